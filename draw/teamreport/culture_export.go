package teamreport

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

// CultureExportFormatName and CultureExportVersion identify the JSON
// export of a group's culture surveys; it differs from the quiz team's
// export (ExportFormatName) so that no reader takes one for the other.
const (
	CultureExportFormatName = "ideale-ambtenaar/team-culture"
	CultureExportVersion    = 1
)

// CultureExport is the group's culture figures as the JSON export writes
// them: both passes, the shifts and every participant. The type keys are
// those of a result file; numbers are whole percentages or percentage
// points.
type CultureExport struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Kind is results.KindCulture.
	Kind         string                     `json:"kind"`
	Sets         []ExportSet                `json:"sets"`
	Participants []CultureExportParticipant `json:"participants"`
	// Now and Desired are the group's two passes: the mean of the
	// participants' percentages (largest remainder, adding up to 100)
	// and the spread.
	Now     CultureExportPass `json:"now"`
	Desired CultureExportPass `json:"desired"`
	// Shift is desired − now of the averages, in percentage points.
	Shift results.TypeNumbers `json:"shift"`
	// More and Less count the participants whose own desired share of a
	// type is higher or lower than their share now.
	More results.TypeNumbers `json:"more"`
	Less results.TypeNumbers `json:"less"`
	// Notable lists the type keys whose shift is at least Threshold
	// points either way, the largest first.
	Notable   []string        `json:"notable"`
	Threshold int             `json:"threshold"`
	Skipped   []ExportSkipped `json:"skipped"`
	// Dimensions is the group's picture per dimension of the survey
	// (team.DimensionSummary), in the culture file's order; empty when the
	// results hold no points per dimension.
	Dimensions []CultureExportDimension `json:"dimensions"`
}

// CultureExportDimension is one dimension of the survey for the group:
// its id as the culture file names it (made safe), how many answered it,
// per type the average share now and desired in percent (each adding up
// to 100) and the shift desired − now in percentage points.
type CultureExportDimension struct {
	Dimension string              `json:"dimension"`
	Count     int                 `json:"count"`
	Now       results.TypeNumbers `json:"now"`
	Desired   results.TypeNumbers `json:"desired"`
	Shift     results.TypeNumbers `json:"shift"`
}

// CultureExportPass is one pass of the group: average, min and max per
// type, in percent.
type CultureExportPass struct {
	Average results.TypeNumbers `json:"average"`
	Min     results.TypeNumbers `json:"min"`
	Max     results.TypeNumbers `json:"max"`
}

// CultureExportParticipant is one participant's culture survey. Name and
// File are empty when the export is anonymous; texts are made safe as in
// ExportParticipant.
type CultureExportParticipant struct {
	Number  int       `json:"number"`
	Label   string    `json:"label"`
	Name    string    `json:"name,omitempty"`
	File    string    `json:"file,omitempty"`
	TakenAt time.Time `json:"taken_at"`
	SetHash string    `json:"set_hash"`
	// Now and Desired are the points summed over the dimensions and the
	// percentages, per pass; Diff is desired − now in percentage points.
	Now     results.CultureMix  `json:"now"`
	Desired results.CultureMix  `json:"desired"`
	Diff    results.TypeNumbers `json:"diff"`
}

// NewCultureExport gathers the figures of r for export.
func NewCultureExport(r *CultureReport) CultureExport {
	l, anon := r.Opt.Lang, r.Opt.Anonymous
	s := r.S
	e := CultureExport{
		Format:       CultureExportFormatName,
		Version:      CultureExportVersion,
		Kind:         results.KindCulture,
		Sets:         exportSets(r.C),
		Participants: make([]CultureExportParticipant, 0, len(r.C.Cultures)),
		Now:          CultureExportPass{results.FromArray(s.Now.Average.Percent), results.FromArray(s.Now.Min), results.FromArray(s.Now.Max)},
		Desired:      CultureExportPass{results.FromArray(s.Desired.Average.Percent), results.FromArray(s.Desired.Min), results.FromArray(s.Desired.Max)},
		Shift:        results.FromArray(s.Shift),
		More:         results.FromArray(s.More),
		Less:         results.FromArray(s.Less),
		Notable:      []string{},
		Threshold:    culture.Threshold,
		Skipped:      exportSkipped(r.C, l, anon),
	}
	for _, t := range s.NotableTypes() {
		e.Notable = append(e.Notable, t.Key())
	}
	e.Dimensions = make([]CultureExportDimension, 0, len(s.Dimensions))
	for _, d := range s.Dimensions {
		e.Dimensions = append(e.Dimensions, CultureExportDimension{
			Dimension: safetext.Line(d.Dimension), Count: d.Count,
			Now: results.FromArray(d.Now.Percent), Desired: results.FromArray(d.Desired.Percent),
			Shift: results.FromArray(d.Shift),
		})
	}
	for _, p := range r.C.Cultures {
		res := p.Result()
		ep := CultureExportParticipant{
			Number:  p.Number,
			Label:   p.Label(l, anon),
			TakenAt: p.TakenAt,
			SetHash: safetext.Line(p.SetHash),
			Now:     results.CultureMix{Points: results.FromArray(res.Now.Points), Percent: results.FromArray(res.Now.Percent)},
			Desired: results.CultureMix{Points: results.FromArray(res.Desired.Points), Percent: results.FromArray(res.Desired.Percent)},
			Diff:    results.FromArray(res.Diff),
		}
		if !anon {
			ep.Name, ep.File = safetext.Name(p.Name), safetext.Path(filepath.Base(p.File))
		}
		e.Participants = append(e.Participants, ep)
	}
	return e
}

// WriteCultureJSON writes the culture figures as one indented JSON
// document.
func WriteCultureJSON(w io.Writer, r *CultureReport) error {
	return writeJSON(w, NewCultureExport(r))
}

// CultureCSVHeader is the first row of the culture CSV export: fixed
// identifiers in every language. now_* and desired_* are percentages,
// shift_* percentage points; row is "participant", "average", "min",
// "max", "more" or "less".
var CultureCSVHeader = []string{
	"row", "number", "label", "name", "taken_at", "file", "set_hash",
	"now_bureaucraat", "now_ondernemer", "now_verbinder",
	"desired_bureaucraat", "desired_ondernemer", "desired_verbinder",
	"shift_bureaucraat", "shift_ondernemer", "shift_verbinder",
}

// The first column of each block in CultureCSVHeader.
const (
	csvNow     = 7
	csvDesired = 10
	csvShift   = 13
)

// WriteCultureCSV writes one row per participant (percentages now and
// desired, and the participant's own change), then the rows "average"
// (now, desired and the group's shift), "min" and "max" (now and desired),
// and "more" and "less" (in the shift columns: how many participants want
// more, or less, of the type).
//
// sep is ',' or ';'. With ';' the output is what Dutch Excel opens in
// columns, as export.WriteCSV writes the quiz team's: a UTF-8 BOM first
// and semicolons between cells. Either way a cell that a spreadsheet would
// take for a formula (= + - @, also after spaces) starts with an
// apostrophe. Any other sep is an error.
func WriteCultureCSV(w io.Writer, r *CultureReport, sep rune) error {
	switch sep {
	case ',':
	case ';':
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	default:
		return fmt.Errorf("teamreport: CSV separator %q: use ',' or ';'", sep)
	}
	e := NewCultureExport(r)
	cw := csv.NewWriter(w)
	cw.Comma = sep
	if err := cw.Write(CultureCSVHeader); err != nil {
		return err
	}
	put := func(row []string, at int, v results.TypeNumbers) {
		for i, n := range v.Array() {
			row[at+i] = strconv.Itoa(n)
		}
	}
	for _, p := range e.Participants {
		row := make([]string, len(CultureCSVHeader))
		row[0], row[1], row[2], row[3] = "participant", strconv.Itoa(p.Number), formulaSafe(p.Label), formulaSafe(p.Name)
		row[4], row[5], row[6] = p.TakenAt.Format(time.RFC3339), formulaSafe(p.File), formulaSafe(p.SetHash)
		put(row, csvNow, p.Now.Percent)
		put(row, csvDesired, p.Desired.Percent)
		put(row, csvShift, p.Diff)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for _, agg := range []struct {
		name                string
		now, desired, shift *results.TypeNumbers
	}{
		{"average", &e.Now.Average, &e.Desired.Average, &e.Shift},
		{"min", &e.Now.Min, &e.Desired.Min, nil},
		{"max", &e.Now.Max, &e.Desired.Max, nil},
		{"more", nil, nil, &e.More},
		{"less", nil, nil, &e.Less},
	} {
		row := make([]string, len(CultureCSVHeader))
		row[0] = agg.name
		for at, v := range map[int]*results.TypeNumbers{csvNow: agg.now, csvDesired: agg.desired, csvShift: agg.shift} {
			if v != nil {
				put(row, at, *v)
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// formulaSafe defuses a cell that a spreadsheet would read as a formula
// or command, also after leading spaces or a tab (CSV injection): it gets
// a leading apostrophe. The text is already one safe line.
func formulaSafe(s string) string {
	if t := strings.TrimLeft(s, " \t\r"); t != "" && strings.ContainsRune("=+-@", rune(t[0])) || s != "" && strings.ContainsRune("\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteCultureMarkdown writes the culture figures as a Markdown document:
// a heading, per type now and desired with their spread and the change,
// the method, the shared shifts, the participants and the skipped files.
func WriteCultureMarkdown(w io.Writer, r *CultureReport) error {
	l := r.Opt.Lang
	e := NewCultureExport(r)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s\n\n", mdEscape(r.Title()), mdEscape(r.Subtitle()))
	now, des := capitalise(txtCultureNow.In(l)), capitalise(txtCultureDesired.In(l))
	fmt.Fprintf(&b, "## %s\n\n", txtCultureAverage.In(l))
	fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n",
		txtMdType.In(l), now, txtSpread.In(l), des, txtSpread.In(l), capitalise(txtCultureChange.In(l)),
		txtCultureMore.In(l), txtCultureLess.In(l))
	for _, t := range profile.Types {
		ch := culturetable.Arrow(r.S.Shift[t]) + " " + culture.Signed(r.S.Shift[t])
		if r.S.Notable(t) {
			ch += " \\*"
		}
		fmt.Fprintf(&b, "| %s | %d%% | %d–%d%% | %d%% | %d–%d%% | %s | %d | %d |\n", words.DefaultName(t, l),
			r.S.Now.Average.Percent[t], r.S.Now.Min[t], r.S.Now.Max[t],
			r.S.Desired.Average.Percent[t], r.S.Desired.Min[t], r.S.Desired.Max[t],
			ch, r.S.More[t], r.S.Less[t])
	}
	fmt.Fprintf(&b, "\n%s\n\n## %s\n\n", mdEscape(txtCultureMethod.F(l, culture.Threshold)), txtSharedHead.In(l))
	if len(e.Notable) == 0 {
		fmt.Fprintf(&b, "%s\n", capitalise(txtNoShared.F(l, culture.Threshold)))
	}
	for _, t := range r.S.NotableTypes() {
		fmt.Fprintf(&b, "- %s\n", mdEscape(r.SharedText(t)))
	}
	mdDims(&b, r, now, des)
	fmt.Fprintf(&b, "\n## %s\n\n| %s | %s |", txtListHead.In(l), txtMdNumber.In(l), txtMdName.In(l))
	for _, pass := range []string{now, des} {
		for _, t := range profile.Types {
			fmt.Fprintf(&b, " %s %s |", pass, words.DefaultName(t, l))
		}
	}
	fmt.Fprintf(&b, "\n|---:|---|%s\n", strings.Repeat("---:|", 2*profile.Count))
	for _, p := range e.Participants {
		n, d := p.Now.Percent.Array(), p.Desired.Percent.Array()
		fmt.Fprintf(&b, "| %d | %s | %d%% | %d%% | %d%% | %d%% | %d%% | %d%% |\n", p.Number, mdEscape(p.Label), n[0], n[1], n[2], d[0], d[1], d[2])
	}
	mdSkipped(&b, e.Skipped, l)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdDims writes the Markdown section per dimension: a heading, then a
// table with per dimension and type the average now and desired and the
// change (* where it stands out, as in the totals), with the number who
// answered a dimension when fewer than the whole group did. Nothing when
// the results hold no points per dimension.
func mdDims(b *strings.Builder, r *CultureReport, now, des string) {
	if len(r.S.Dimensions) == 0 {
		return
	}
	l := r.Opt.Lang
	fmt.Fprintf(b, "\n## %s\n\n| %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|\n",
		txtCultureDimsHead.In(l), txtCultureDimension.In(l), txtMdType.In(l), now, des, capitalise(txtCultureChange.In(l)))
	for _, d := range r.S.Dimensions {
		name := mdEscape(safetext.Line(d.Dimension))
		if d.Count != r.S.Count {
			name += " (" + ParticipantCount(d.Count, l) + ")"
		}
		for _, t := range profile.Types {
			ch := culturetable.Arrow(d.Shift[t]) + " " + culture.Signed(d.Shift[t])
			if d.Shift[t] >= culture.Threshold || d.Shift[t] <= -culture.Threshold {
				ch += " \\*"
			}
			fmt.Fprintf(b, "| %s | %s | %d%% | %d%% | %s |\n", name, words.DefaultName(t, l), d.Now.Percent[t], d.Desired.Percent[t], ch)
			name = ""
		}
	}
}

// capitalise puts the first letter of s in upper case (ASCII, as the
// interface words here are).
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// CultureMethod says in l how the group's figures are computed, for under
// a table or chart of them (the exports in package export).
func CultureMethod(l i18n.Lang) string { return txtCultureMethod.F(l, culture.Threshold) }

// CultureWords are the words of the group's culture report that the
// exports in package export reuse, in one language, so that a workbook,
// slide or page says what the screen says.
type CultureWords struct {
	Average, Now, Desired, Change, Spread, More, Less, Shared, NoShared, Note, List string
	// Dims is the heading of the picture per dimension, Dimension the
	// word for one.
	Dims, Dimension string
}

// Words gives the report's words in its language.
func (r *CultureReport) Words() CultureWords {
	l := r.Opt.Lang
	return CultureWords{
		Average: txtCultureAverage.In(l), Now: txtCultureNow.In(l), Desired: txtCultureDesired.In(l),
		Change: txtCultureChange.In(l), Spread: txtSpread.In(l), More: txtCultureMore.In(l), Less: txtCultureLess.In(l),
		Shared: txtSharedHead.In(l), NoShared: capitalise(txtNoShared.F(l, culture.Threshold)),
		Note: txtCultureNote.F(l, culture.Threshold), List: txtListHead.In(l),
		Dims: txtCultureDimsHead.In(l), Dimension: txtCultureDimension.In(l),
	}
}

// CultureFormatError refuses an export format that culture results do not
// have. Every --format of team now has a culture form, so the command
// only meets it for a format it does not know.
type CultureFormatError struct{ Format string }

var txtCultureFormat = i18n.Text{
	NL: "--format %s is er niet voor cultuurmetingen; kies text, csv, json, markdown, xlsx, svg of html",
	EN: "--format %s is not available for culture surveys; choose text, csv, json, markdown, xlsx, svg or html"}

func (e *CultureFormatError) Error() string { return e.Message(i18n.EN) }

// Message names the format and the ones that work, in l.
func (e *CultureFormatError) Message(l i18n.Lang) string {
	return txtCultureFormat.F(l, safetext.Line(e.Format))
}

// CultureFormats are the --format values a culture report can write.
var CultureFormats = []string{"text", "csv", "json", "markdown", "xlsx", "svg", "html"}
