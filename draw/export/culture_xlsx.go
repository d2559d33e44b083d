package export

import (
	"io"

	"github.com/xuri/excelize/v2"

	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Culture workbook words that only the workbook uses.
var (
	txtPassOf   = i18n.Text{NL: "%s %s (%%)", EN: "%s %s (%%)"}
	txtChangeOf = i18n.Text{NL: "Verschil %s (punten)", EN: "Change %s (points)"}
	txtChangePt = i18n.Text{NL: "Verschil (procentpunten)", EN: "Change (percentage points)"}
)

// WriteCultureXLSX writes a group's culture surveys as an Excel workbook
// with two or three sheets, named in the report's language:
//
//   - Deelnemers/Participants: per participant the number, the label, the
//     share per type now and desired (fractions shown as percentages,
//     0.47 → 47%) and the change per type in percentage points (a whole
//     number, desired − now);
//   - Samenvatting/Summary: per type the average now with its min and max,
//     the same desired, the change in percentage points and how many want
//     more and less of it; then the note on notable changes, the method,
//     the title and the subtitle;
//   - Per onderwerp/Per dimension (only when the results hold points per
//     dimension): one row per dimension and type with the dimension id,
//     the type, the average share now and desired (as percentages) and
//     the change in percentage points.
//
// As in WriteXLSX numbers are number cells and text is text cells (a name
// is never a formula and is Cleaned); the header rows are bold, grey and
// frozen, with a filter on the participants.
func WriteCultureXLSX(w io.Writer, r *teamreport.CultureReport) error {
	l := r.Opt.Lang
	e := teamreport.NewCultureExport(r)
	wd := r.Words()
	now, des := capital(wd.Now), capital(wd.Desired)
	f, st, err := newWorkbook()
	if err != nil {
		return err
	}
	defer f.Close()
	head, pct, num := st.head, st.pct, st.num

	// Participants.
	var header []any
	for _, pass := range []string{now, des} {
		for _, t := range profile.Types {
			header = append(header, txtPassOf.F(l, pass, words.DefaultName(t, l)))
		}
	}
	for _, t := range profile.Types {
		header = append(header, txtChangeOf.F(l, words.DefaultName(t, l)))
	}
	var rows [][]any
	for _, p := range e.Participants {
		row := []any{p.Number, Clean(p.Label)}
		for _, v := range p.Now.Percent.Array() {
			row = append(row, float64(v)/100)
		}
		for _, v := range p.Desired.Percent.Array() {
			row = append(row, float64(v)/100)
		}
		for _, v := range p.Diff.Array() {
			row = append(row, v)
		}
		rows = append(rows, row)
	}
	ps, last, err := participantsSheet(f, head, l, header, rows)
	if err != nil {
		return err
	}
	if last > 1 {
		if err := f.SetCellStyle(ps, "C2", cellName(2+2*profile.Count, last), pct); err != nil {
			return err
		}
		if err := f.SetCellStyle(ps, cellName(3+2*profile.Count, 2), cellName(2+3*profile.Count, last), num); err != nil {
			return err
		}
	}

	// Summary.
	ss := txtSummary.In(l)
	if _, err := f.NewSheet(ss); err != nil {
		return err
	}
	sheader := []any{txtType.In(l),
		now, now + " " + txtMin.In(l), now + " " + txtMax.In(l),
		des, des + " " + txtMin.In(l), des + " " + txtMax.In(l),
		txtChangePt.In(l), wd.More, wd.Less}
	if err := f.SetSheetRow(ss, "A1", &sheader); err != nil {
		return err
	}
	nowA, nowLo, nowHi := e.Now.Average.Array(), e.Now.Min.Array(), e.Now.Max.Array()
	desA, desLo, desHi := e.Desired.Average.Array(), e.Desired.Min.Array(), e.Desired.Max.Array()
	shift, more, less := e.Shift.Array(), e.More.Array(), e.Less.Array()
	frac := func(v int) float64 { return float64(v) / 100 }
	for _, t := range profile.Types {
		row := []any{words.DefaultName(t, l),
			frac(nowA[t]), frac(nowLo[t]), frac(nowHi[t]),
			frac(desA[t]), frac(desLo[t]), frac(desHi[t]),
			shift[t], more[t], less[t]}
		if err := f.SetSheetRow(ss, cellName(1, int(t)+2), &row); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(ss, "B2", "G4", pct); err != nil {
		return err
	}
	if err := f.SetCellStyle(ss, "H2", "J4", num); err != nil {
		return err
	}
	notes := [][]any{{wd.Note}, {teamreport.CultureMethod(l)}, {}, {Clean(r.Title())}, {Clean(r.Subtitle())}}
	for i, row := range notes {
		if err := f.SetSheetRow(ss, cellName(1, 6+i), &row); err != nil {
			return err
		}
	}
	if err := styleHead(f, ss, head, 1, "J"); err != nil {
		return err
	}
	if err := f.SetColWidth(ss, "A", "A", 16); err != nil {
		return err
	}
	if err := f.SetColWidth(ss, "B", "J", 13); err != nil {
		return err
	}

	sheets := []string{ps, ss}
	if len(e.Dimensions) > 0 {
		ds := wd.Dims
		if err := cultureDimsSheet(f, ds, e.Dimensions, l, []string{wd.Dimension, txtType.In(l), now, des, txtChangePt.In(l)}, head, pct, num); err != nil {
			return err
		}
		sheets = append(sheets, ds)
	}
	return writeWorkbook(w, f, r.Title(), l, sheets...)
}

// cultureDimsSheet adds the sheet name with the group's picture per
// dimension: under header one row per dimension and type, the dimension
// id (Cleaned text) on each row so that a filter keeps it, the type's
// name, now and desired as fractions in percent style and the shift as a
// whole number.
func cultureDimsSheet(f *excelize.File, name string, dims []teamreport.CultureExportDimension, l i18n.Lang, header []string, head, pct, num int) error {
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if err := f.SetSheetRow(name, "A1", &header); err != nil {
		return err
	}
	row := 2
	for _, d := range dims {
		now, des, shift := d.Now.Array(), d.Desired.Array(), d.Shift.Array()
		for _, t := range profile.Types {
			cells := []any{Clean(d.Dimension), words.DefaultName(t, l), float64(now[t]) / 100, float64(des[t]) / 100, shift[t]}
			if err := f.SetSheetRow(name, cellName(1, row), &cells); err != nil {
				return err
			}
			row++
		}
	}
	last := row - 1
	if err := f.SetCellStyle(name, "C2", cellName(4, last), pct); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "E2", cellName(5, last), num); err != nil {
		return err
	}
	if err := styleHead(f, name, head, 1, "E"); err != nil {
		return err
	}
	if err := f.AutoFilter(name, "A1:"+cellName(5, last), nil); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "A", "B", 20); err != nil {
		return err
	}
	return f.SetColWidth(name, "C", "E", 14)
}
