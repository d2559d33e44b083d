package export

import (
	"strconv"

	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"io"

	"github.com/xuri/excelize/v2"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/profile"
)

// Number formats of the workbook (Excel's built-in ids).
const (
	numFmtInt     = 1 // 0
	numFmtPercent = 9 // 0%
)

// WriteXLSX writes the team as an Excel workbook (Office Open XML) with
// two sheets, named in the report's language:
//
//   - Deelnemers/Participants: per participant the number, the label (the
//     name, or "deelnemer N" when anonymous), the points per type, the
//     share per type as a fraction shown as a percentage (0.47 → 47%) and
//     the strongest type in the same words as every other export
//     (teamreport.ExportParticipant.Strongest: "Bureaucraat = Verbinder"
//     when two lead with equal points, empty for an empty mix);
//   - Samenvatting/Summary: the title and subtitle above the table; per
//     type the average share, min and max (as percentages), the number who
//     lead with it and why it is a blind spot (empty when it is not); then
//     the ties and the method.
//
// Numbers are number cells, text is text cells: a name is never a formula,
// whatever it starts with, and is Cleaned. Each sheet's header row is bold
// on a light grey fill, two lines tall (the titles wrap) and frozen, with a
// filter on the participants; both sheets print in landscape, one page wide.
func WriteXLSX(w io.Writer, r *teamreport.Report) error {
	l := r.Opt.Lang
	e := teamreport.NewExport(r)
	f, st, err := newWorkbook()
	if err != nil {
		return err
	}
	defer f.Close()
	head, pct, num := st.head, st.pct, st.num

	// Participants.
	var header []any
	for _, t := range profile.Types {
		header = append(header, txtPoints.F(l, words.DefaultName(t, l)))
	}
	for _, t := range profile.Types {
		header = append(header, txtPercent.F(l, words.DefaultName(t, l)))
	}
	header = append(header, txtStrongest.In(l))
	var rows [][]any
	for _, p := range e.Participants {
		row := []any{p.Number, Clean(p.Label)}
		for _, v := range p.Points.Array() {
			row = append(row, v)
		}
		for _, v := range p.Percent.Array() {
			row = append(row, float64(v)/100)
		}
		rows = append(rows, append(row, p.Strongest))
	}
	ps, last, err := participantsSheet(f, head, l, header, rows)
	if err != nil {
		return err
	}
	if last > 1 {
		if err := f.SetCellStyle(ps, "C2", cellName(5, last), num); err != nil {
			return err
		}
		if err := f.SetCellStyle(ps, "F2", cellName(8, last), pct); err != nil {
			return err
		}
	}

	// Summary.
	ss := txtSummary.In(l)
	if _, err := f.NewSheet(ss); err != nil {
		return err
	}
	// The title and subtitle stand above the table (rows 1–2), the table
	// starts at row summaryHead, the ties and the method follow it.
	titleStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	if err != nil {
		return err
	}
	if err := f.SetCellValue(ss, "A1", Clean(r.Title())); err != nil {
		return err
	}
	if err := f.SetCellStyle(ss, "A1", "A1", titleStyle); err != nil {
		return err
	}
	if err := f.SetCellValue(ss, "A2", Clean(r.Subtitle())); err != nil {
		return err
	}
	sheader := []any{txtType.In(l), txtAverage.In(l), txtMin.In(l), txtMax.In(l), txtLeads.In(l), txtBlindSpot.In(l)}
	if err := f.SetSheetRow(ss, cellName(1, summaryHead), &sheader); err != nil {
		return err
	}
	why := map[string]string{}
	for _, b := range e.BlindSpots {
		why[b.Type] = blindSpotReason(b, l)
	}
	avg, lo, hi, dom := e.Average.Array(), e.Min.Array(), e.Max.Array(), e.Dominant.Array()
	for _, t := range profile.Types {
		row := []any{words.DefaultName(t, l), float64(avg[t]) / 100, float64(lo[t]) / 100, float64(hi[t]) / 100, dom[t], why[t.Key()]}
		if err := f.SetSheetRow(ss, cellName(1, summaryHead+1+int(t)), &row); err != nil {
			return err
		}
	}
	first, lastType := summaryHead+1, summaryHead+profile.Count
	if err := f.SetCellStyle(ss, cellName(2, first), cellName(4, lastType), pct); err != nil {
		return err
	}
	if err := f.SetCellStyle(ss, cellName(5, first), cellName(5, lastType), num); err != nil {
		return err
	}
	notes := [][]any{
		{txtTied.In(l), e.Tied},
		{txtMethod.F(l, team.LowShare)},
	}
	for i, row := range notes {
		if err := f.SetSheetRow(ss, cellName(1, lastType+2+i), &row); err != nil {
			return err
		}
	}
	if err := styleHead(f, ss, head, summaryHead, "F"); err != nil {
		return err
	}
	if err := f.SetColWidth(ss, "A", "A", 16); err != nil {
		return err
	}
	if err := f.SetColWidth(ss, "B", "E", 13); err != nil {
		return err
	}
	if err := f.SetColWidth(ss, "F", "F", 44); err != nil {
		return err
	}
	if err := colourWorkbook(f, ps, ss, 3, 3+profile.Count, last, summaryHead+1); err != nil {
		return err
	}
	return writeWorkbook(w, f, r.Title(), l, ps, ss)
}

// writeWorkbook finishes f and writes it to w: every sheet named gets the
// print layout, the document properties say the (Cleaned) title, the
// program and the language l, and the workbook opens on its first sheet.
func writeWorkbook(w io.Writer, f *excelize.File, title string, l i18n.Lang, sheets ...string) error {
	for _, sheet := range sheets {
		if err := printLayout(f, sheet); err != nil {
			return err
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:    Clean(title),
		Creator:  "ideale-ambtenaar",
		Language: string(l),
	}); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

// workbookStyles are the cell styles both workbooks use: the header row
// (bold on light grey, a rule below, wrapped), a share shown as a
// percentage and a whole number.
type workbookStyles struct{ head, pct, num int }

// newWorkbook starts a workbook with its styles; the caller closes it.
func newWorkbook() (*excelize.File, workbookStyles, error) {
	f := excelize.NewFile()
	styles := []*excelize.Style{
		{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#E6E6E6"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "#595959", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		},
		{NumFmt: numFmtPercent},
		{NumFmt: numFmtInt},
	}
	ids := make([]int, len(styles))
	for i, s := range styles {
		id, err := f.NewStyle(s)
		if err != nil {
			f.Close()
			return nil, workbookStyles{}, err
		}
		ids[i] = id
	}
	return f, workbookStyles{head: ids[0], pct: ids[1], num: ids[2]}, nil
}

// summaryHead is the row of the summary's table head, below the title,
// the subtitle and an empty row.
const summaryHead = 4

// headHeight is the height of a header row, in points: two lines of the
// default 11 pt font, so that a wrapped title ("Bureaucraat (punten)" in a
// column 16 wide) shows whole.
const headHeight = 30

// participantsSheet makes the workbook's first sheet, Deelnemers
// (Participants): the header (number, participant, then header), one row
// per participant (rows, each starting with the number and the Cleaned
// label) and the layout both workbooks share: the header styled and
// frozen (style head), a filter over the rows, a narrow number column, a
// wide name column and 16 for the figures. It returns the sheet's name and
// its last row, for the caller's number styles.
func participantsSheet(f *excelize.File, head int, l i18n.Lang, header []any, rows [][]any) (string, int, error) {
	ps := txtParticipants.In(l)
	if err := f.SetSheetName("Sheet1", ps); err != nil {
		return "", 0, err
	}
	header = append([]any{txtNumber.In(l), txtParticipant.In(l)}, header...)
	if err := f.SetSheetRow(ps, "A1", &header); err != nil {
		return "", 0, err
	}
	for i, row := range rows {
		if err := f.SetSheetRow(ps, cellName(1, i+2), &row); err != nil {
			return "", 0, err
		}
	}
	last := len(rows) + 1
	lastCol, _ := excelize.ColumnNumberToName(len(header))
	if err := styleHead(f, ps, head, 1, lastCol); err != nil {
		return "", 0, err
	}
	if err := f.AutoFilter(ps, "A1:"+cellName(len(header), last), nil); err != nil {
		return "", 0, err
	}
	for _, w := range []struct {
		from, to string
		width    float64
	}{{"A", "A", 6}, {"B", "B", 28}, {"C", lastCol, 16}} {
		if err := f.SetColWidth(ps, w.from, w.to, w.width); err != nil {
			return "", 0, err
		}
	}
	return ps, last, nil
}

// styleHead styles the header row row from column A to lastCol, makes it
// tall enough for two lines and freezes the rows down to it.
func styleHead(f *excelize.File, sheet string, style, row int, lastCol string) error {
	if err := f.SetCellStyle(sheet, cellName(1, row), lastCol+strconv.Itoa(row), style); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, row, headHeight); err != nil {
		return err
	}
	below := cellName(1, row+1)
	return f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: row, TopLeftCell: below, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: below, ActiveCell: below, Pane: "bottomLeft"}},
	})
}

// printLayout prints sheet in landscape, all columns on one page wide (as
// many pages down as needed).
func printLayout(f *excelize.File, sheet string) error {
	landscape, one, tall := "landscape", 1, 0
	fit := true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Orientation: &landscape, FitToWidth: &one, FitToHeight: &tall,
	}); err != nil {
		return err
	}
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// cellName is the A1-style name of column col, row row (both 1-based).
func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}
