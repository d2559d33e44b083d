package teamreport

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

// ExportFormatName and ExportVersion identify the JSON export.
const (
	ExportFormatName = "ideale-ambtenaar/team"
	ExportVersion    = 1
)

// Export is the team's figures as the JSON export writes them. The type
// keys are the same as in a result file.
type Export struct {
	Format       string              `json:"format"`
	Version      int                 `json:"version"`
	Sets         []ExportSet         `json:"sets"`
	Participants []ExportParticipant `json:"participants"`
	// Average is the mean of the participants' percentages, rounded by
	// largest remainder (profile.Percentages: equal shares stay equal, the
	// sum is 100, or 99 or 101 when ties make 100 impossible).
	Average results.TypeNumbers `json:"average"`
	Min     results.TypeNumbers `json:"min"`
	Max     results.TypeNumbers `json:"max"`
	// Dominant counts the participants who lead with each type; Tied
	// those whose top types have equal points.
	Dominant   results.TypeNumbers `json:"dominant"`
	Tied       int                 `json:"tied"`
	BlindSpots []ExportBlindSpot   `json:"blind_spots"`
	// LowShare is the threshold (percent) below which an average share
	// is a blind spot.
	LowShare int             `json:"low_share"`
	Skipped  []ExportSkipped `json:"skipped"`
}

// ExportSet is one question set and how many results use it.
type ExportSet struct {
	Hash     string `json:"hash"`
	Title    string `json:"title"`
	Language string `json:"language"`
	Count    int    `json:"count"`
}

// ExportParticipant is one participant. Name and File are empty when the
// export is anonymous; Label is what the screen shows. Every text is made
// safe (package safetext): names and labels are one line without controls
// or direction overrides, and a file name holding a control is given
// quoted with visible escapes ("\x1b]0;pwn\a.json"), so it is not the
// file's exact name then.
type ExportParticipant struct {
	Number   int                 `json:"number"`
	Label    string              `json:"label"`
	Name     string              `json:"name,omitempty"`
	File     string              `json:"file,omitempty"`
	TakenAt  time.Time           `json:"taken_at"`
	SetHash  string              `json:"set_hash"`
	Points   results.TypeNumbers `json:"points"`
	Percent  results.TypeNumbers `json:"percent"`
	Dominant string              `json:"dominant"` // a type key, or "" when tied
	// Strongest names the strongest type in the export's language as the
	// person's own result does (words.Strongest): equal most points
	// together ("Bureaucraat = Verbinder"), "" for an empty mix. It is the
	// wording every export shows; Dominant stays the machine key.
	Strongest string `json:"strongest"`
}

// ExportBlindSpot is a blind spot: the type key and why.
type ExportBlindSpot struct {
	Type        string `json:"type"`
	NobodyLeads bool   `json:"nobody_leads"`
	Low         bool   `json:"low"`
}

// ExportSkipped is a skipped file and why (in the export's language).
// File is left out when the export is anonymous: file names carry names.
type ExportSkipped struct {
	File   string `json:"file,omitempty"`
	Reason string `json:"reason"`
}

// NewExport gathers the figures of r for export.
func NewExport(r *Report) Export {
	l, anon := r.Opt.Lang, r.Opt.Anonymous
	e := Export{
		Format:       ExportFormatName,
		Version:      ExportVersion,
		Participants: make([]ExportParticipant, 0, len(r.C.Participants)),
		Average:      results.FromArray(r.S.Average.Percent),
		Min:          results.FromArray(r.S.Min),
		Max:          results.FromArray(r.S.Max),
		Dominant:     results.FromArray(r.S.Dominant),
		Tied:         r.S.Tied,
		BlindSpots:   []ExportBlindSpot{},
		LowShare:     team.LowShare,
	}
	e.Sets = exportSets(r.C)
	names := words.DefaultNames(l)
	for _, p := range r.C.Participants {
		ep := ExportParticipant{
			Number:  p.Number,
			Label:   p.Label(l, anon),
			TakenAt: p.TakenAt,
			SetHash: safetext.Line(p.SetHash),
			Points:  results.FromArray(p.Mix.Points),
			Percent: results.FromArray(p.Mix.Percent),
		}
		if !anon {
			ep.Name, ep.File = safetext.Name(p.Name), safetext.Path(filepath.Base(p.File))
		}
		if t, ok := p.Mix.Dominant(); ok {
			ep.Dominant = t.Key()
		}
		ep.Strongest = words.Strongest(p.Mix, names)
		e.Participants = append(e.Participants, ep)
	}
	for _, b := range r.S.BlindSpots {
		e.BlindSpots = append(e.BlindSpots, ExportBlindSpot{Type: b.Type.Key(), NobodyLeads: b.NobodyLeads, Low: b.Low})
	}
	e.Skipped = exportSkipped(r.C, l, anon)
	return e
}

// exportSets is the sets of c for export, made safe; never nil.
func exportSets(c *team.Collection) []ExportSet {
	out := []ExportSet{}
	for _, s := range c.Sets {
		out = append(out, ExportSet{
			Hash: safetext.Line(s.Hash), Title: safetext.Line(s.Title),
			Language: safetext.Line(s.Language), Count: s.Count,
		})
	}
	return out
}

// exportSkipped is the skipped files of c for export, with their reasons
// in l and without file names when anon; never nil.
func exportSkipped(c *team.Collection, l i18n.Lang, anon bool) []ExportSkipped {
	out := []ExportSkipped{}
	for _, s := range c.Skipped {
		es := ExportSkipped{Reason: s.Reason(l)}
		if !anon {
			es.File = safetext.Path(filepath.Base(s.Path))
		}
		out = append(out, es)
	}
	return out
}

// WriteJSON writes the figures as one indented JSON document.
func WriteJSON(w io.Writer, r *Report) error {
	return writeJSON(w, NewExport(r))
}

// writeJSON writes v as one JSON document indented by two spaces, with
// <, > and & as they are (an export is read by people and scripts, not
// pasted into HTML).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// CSVHeader is the first row of the CSV export. The columns are fixed
// identifiers in every language so that a spreadsheet or script can rely
// on them; row is "participant", "average", "min" or "max". "dominant" is
// a type key ("" when tied); "strongest", the last column, is the words
// every export shows for the strongest type (ExportParticipant.Strongest).
var CSVHeader = []string{
	"row", "number", "label", "name", "taken_at", "file", "set_hash",
	"points_bureaucraat", "points_ondernemer", "points_verbinder",
	"percent_bureaucraat", "percent_ondernemer", "percent_verbinder",
	"dominant", "strongest",
}

// WriteCSV writes one row per participant, then the rows "average", "min"
// and "max" (percent columns only). Cells that a spreadsheet would take
// for a formula (starting with = + - @) get a leading apostrophe.
func WriteCSV(w io.Writer, r *Report) error {
	e := NewExport(r)
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	itoa := strconv.Itoa
	for _, p := range e.Participants {
		pts, pct := p.Points.Array(), p.Percent.Array()
		row := []string{"participant", itoa(p.Number), cell(p.Label), cell(p.Name),
			p.TakenAt.Format(time.RFC3339), cell(p.File), p.SetHash,
			itoa(pts[0]), itoa(pts[1]), itoa(pts[2]),
			itoa(pct[0]), itoa(pct[1]), itoa(pct[2]), p.Dominant, p.Strongest}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for _, agg := range []struct {
		name string
		v    results.TypeNumbers
	}{{"average", e.Average}, {"min", e.Min}, {"max", e.Max}} {
		a := agg.v.Array()
		row := make([]string, len(CSVHeader))
		row[0] = agg.name
		row[10], row[11], row[12] = itoa(a[0]), itoa(a[1]), itoa(a[2])
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell defuses spreadsheet formulas (CSV injection): a name like
// "=HYPERLINK(…)" is written as "'=HYPERLINK(…)".
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Markdown headings and column names.
var (
	txtMdNumber   = i18n.Text{NL: "Nr", EN: "No"}
	txtMdName     = i18n.Text{NL: "Deelnemer", EN: "Participant"}
	txtMdType     = i18n.Text{NL: "Type", EN: "Type"}
	txtMdAverage  = i18n.Text{NL: "Gemiddeld", EN: "Average"}
	txtMdMin      = i18n.Text{NL: "Min", EN: "Min"}
	txtMdMax      = i18n.Text{NL: "Max", EN: "Max"}
	txtMdLeads    = i18n.Text{NL: "Sterkste bij", EN: "Strongest for"}
	txtMdStrong   = i18n.Text{NL: "Sterkste type", EN: "Strongest type"}
	txtMdMethod   = i18n.Text{NL: "Gemiddelde van de percentages, afgerond met de grootste-restmethode (gelijke aandelen blijven gelijk; samen 100%%, of 99 of 101%% als dat niet kan); blinde vlek: bij niemand het sterkste type, of gemiddeld minder dan %d%%.", EN: "Mean of the percentages, rounded by largest remainder (equal shares stay equal; adding up to 100%%, or 99 or 101%% when that is impossible); blind spot: nobody's strongest type, or an average below %d%%."}
	txtMdNoSpots  = i18n.Text{NL: "Geen.", EN: "None."}
	txtMdSkippedN = i18n.Text{NL: "bestand %d", EN: "file %d"}
)

// WriteMarkdown writes the figures as a Markdown document: a heading, the
// average mix as a table with spread and strongest counts, the blind
// spots, the participants as a table and the skipped files.
func WriteMarkdown(w io.Writer, r *Report) error {
	l := r.Opt.Lang
	e := NewExport(r)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s\n\n", mdEscape(r.Title()), mdEscape(r.Subtitle()))
	fmt.Fprintf(&b, "## %s\n\n", txtAverage.In(l))
	fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|\n",
		txtMdType.In(l), txtMdAverage.In(l), txtMdMin.In(l), txtMdMax.In(l), txtMdLeads.In(l))
	for _, t := range profile.Types {
		fmt.Fprintf(&b, "| %s | %d%% | %d%% | %d%% | %d |\n", words.DefaultName(t, l),
			e.Average.Array()[t], e.Min.Array()[t], e.Max.Array()[t], e.Dominant.Array()[t])
	}
	if r.S.Tied > 0 {
		fmt.Fprintf(&b, "\n%s: %d\n", txtTied.In(l), r.S.Tied)
	}
	fmt.Fprintf(&b, "\n%s\n\n## %s\n\n", txtMdMethod.F(l, team.LowShare), txtBlindSpots.In(l))
	if len(r.S.BlindSpots) == 0 {
		fmt.Fprintf(&b, "%s\n", txtMdNoSpots.In(l))
	}
	for _, s := range r.S.BlindSpots {
		fmt.Fprintf(&b, "- %s\n", mdEscape(BlindSpotText(s, r.S, l)))
	}
	fmt.Fprintf(&b, "\n## %s\n\n| %s | %s |", txtListHead.In(l), txtMdNumber.In(l), txtMdName.In(l))
	for _, t := range profile.Types {
		fmt.Fprintf(&b, " %s |", words.DefaultName(t, l))
	}
	fmt.Fprintf(&b, " %s |\n|---:|---|---:|---:|---:|---|\n", txtMdStrong.In(l))
	for _, p := range e.Participants {
		pct := p.Percent.Array()
		// The strongest type as the person's own result names it:
		// equal most points are named together ("Bureaucraat =
		// Verbinder").
		strong := p.Strongest
		if strong == "" {
			strong = "–"
		}
		fmt.Fprintf(&b, "| %d | %s | %d%% | %d%% | %d%% | %s |\n", p.Number, mdEscape(p.Label), pct[0], pct[1], pct[2], strong)
	}
	mdSkipped(&b, e.Skipped, l)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscaper escapes what Markdown would read as markup in a name or file
// name, so a name cannot break a table or become a link.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`,
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdSkipped writes the Markdown section on the skipped files, each with
// its reason in l (numbered instead of named when the export is
// anonymous); nothing when none was skipped.
func mdSkipped(b *strings.Builder, skipped []ExportSkipped, l i18n.Lang) {
	if len(skipped) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n", txtSkippedHead.In(l))
	for i, s := range skipped {
		file := s.File
		if file == "" {
			file = txtMdSkippedN.F(l, i+1)
		}
		fmt.Fprintf(b, "- %s: %s\n", mdEscape(file), mdEscape(s.Reason))
	}
}
