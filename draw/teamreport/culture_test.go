package teamreport

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
)

func cultureReport(t testing.TB, o Options) *CultureReport {
	t.Helper()
	c := team.Read([]string{teamtest.Dir(t, teamtest.ThreeCultures)})
	if len(c.Cultures) != 3 || len(c.Skipped) != 0 {
		t.Fatalf("%d culture results, %d skipped", len(c.Cultures), len(c.Skipped))
	}
	return NewCultureReport(c, o)
}

// TestCultureReportGolden is the plain text at 80 columns (and 40, which
// must stay within its width), in both languages.
func TestCultureReportGolden(t *testing.T) {
	textGolden(t, func(t *testing.T, l i18n.Lang, width int) string {
		return cultureReport(t, Options{Lang: l, Theme: theme.New(true, false)}).Text(width)
	})
}

// TestCultureCSVHasBothPasses: participant rows with their percentages now
// and desired and their own change; the group rows with averages, spread,
// shift and how many want more or less.
func TestCultureCSVHasBothPasses(t *testing.T) {
	r := cultureReport(t, Options{Lang: i18n.NL})
	var buf bytes.Buffer
	if err := WriteCultureCSV(&buf, r, ','); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(CultureCSVHeader, ",") ||
		!strings.Contains(strings.Join(rows[0], ","), "now_bureaucraat,now_ondernemer,now_verbinder,desired_bureaucraat,desired_ondernemer,desired_verbinder") {
		t.Errorf("header %v", rows[0])
	}
	want := []string{
		"participant,1,Anna,Anna,2026-11-28T14:00:00Z,2026-11-28T1400-anna.json,c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc,60,20,20,30,30,40,-30,10,20",
		"participant,2,deelnemer 2,,2026-11-28T14:05:00Z,",
		"participant,3,Bas,Bas,",
		"average,,,,,,,51,29,20,37,30,33,-14,1,13",
		"min,,,,,,,43,20,20,30,20,20,,,",
		"max,,,,,,,60,37,20,40,40,40,,,",
		"more,,,,,,,,,,,,,0,2,2",
		"less,,,,,,,,,,,,,3,1,0",
	}
	if len(rows) != 1+len(want) {
		t.Fatalf("%d rows", len(rows))
	}
	for i, w := range want {
		got := strings.Join(rows[i+1], ",")
		if !strings.HasPrefix(got, w) {
			t.Errorf("row %d:\n got %s\nwant %s", i+1, got, w)
		}
	}
	if !strings.HasSuffix(strings.Join(rows[3], ","), ",43,37,20,40,40,20,-3,3,0") {
		t.Errorf("Bas %v", rows[3])
	}
}

func TestCultureCSVSemicolonForExcel(t *testing.T) {
	r := cultureReport(t, Options{Lang: i18n.NL})
	var buf bytes.Buffer
	if err := WriteCultureCSV(&buf, r, ';'); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "\ufeffrow;number;label;") || !strings.Contains(out, "\naverage;;;;;;;51;29;20;37;30;33;-14;1;13\n") {
		t.Errorf("output:\n%s", out)
	}
	if err := WriteCultureCSV(&buf, r, '\t'); err == nil {
		t.Error("tab separator accepted")
	}
}

func TestCultureJSONHasBothPasses(t *testing.T) {
	r := cultureReport(t, Options{Lang: i18n.EN})
	var buf bytes.Buffer
	if err := WriteCultureJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var e CultureExport
	if err := json.Unmarshal(buf.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	if e.Format != CultureExportFormatName || e.Kind != "culture" || e.Threshold != 10 {
		t.Errorf("head %q %q %d", e.Format, e.Kind, e.Threshold)
	}
	if e.Now.Average.Array() != [3]int{51, 29, 20} || e.Desired.Average.Array() != [3]int{37, 30, 33} {
		t.Errorf("averages %v %v", e.Now.Average, e.Desired.Average)
	}
	if e.Now.Min.Array() != [3]int{43, 20, 20} || e.Desired.Max.Array() != [3]int{40, 40, 40} {
		t.Errorf("spread %v %v", e.Now.Min, e.Desired.Max)
	}
	if e.Shift.Array() != [3]int{-14, 1, 13} || e.More.Array() != [3]int{0, 2, 2} || e.Less.Array() != [3]int{3, 1, 0} {
		t.Errorf("shift %v more %v less %v", e.Shift, e.More, e.Less)
	}
	if strings.Join(e.Notable, ",") != "bureaucraat,verbinder" {
		t.Errorf("notable %v", e.Notable)
	}
	if len(e.Participants) != 3 {
		t.Fatalf("%d participants", len(e.Participants))
	}
	a := e.Participants[0]
	if a.Label != "Anna" || a.Now.Points.Array() != [3]int{18, 6, 6} || a.Now.Percent.Array() != [3]int{60, 20, 20} ||
		a.Desired.Points.Array() != [3]int{9, 9, 12} || a.Desired.Percent.Array() != [3]int{30, 30, 40} || a.Diff.Array() != [3]int{-30, 10, 20} {
		t.Errorf("Anna %+v", a)
	}
	if e.Participants[1].Label != "participant 2" || len(e.Sets) != 1 || e.Sets[0].Count != 3 {
		t.Errorf("participant 2 %+v, sets %+v", e.Participants[1], e.Sets)
	}
	if !strings.Contains(buf.String(), `"now": {`) || !strings.Contains(buf.String(), `"desired": {`) {
		t.Errorf("json:\n%s", buf.String())
	}
}

func TestCultureMarkdownHasBothPasses(t *testing.T) {
	r := cultureReport(t, Options{Lang: i18n.NL})
	var buf bytes.Buffer
	if err := WriteCultureMarkdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"# Cultuur van de groep — Cultuur van Afdeling Noord\n",
		"| Type | Nu | min–max | Gewenst | min–max | Verschil | Meer | Minder |",
		"| Bureaucraat | 51% | 43–60% | 37% | 30–40% | ▼ −14 \\* | 0 | 3 |",
		"| Ondernemer | 29% | 20–37% | 30% | 20–40% | ▲ +1 | 2 | 1 |",
		"| Verbinder | 20% | 20–20% | 33% | 20–40% | ▲ +13 \\* | 2 | 0 |",
		"## Gedeelde verschuivingen\n\n- 3 van 3 willen minder bureaucraat (gemiddeld van 51% naar 37%, −14)\n- 2 van 3 willen meer verbinder (gemiddeld van 20% naar 33%, +13)\n",
		"| Nr | Deelnemer | Nu Bureaucraat | Nu Ondernemer | Nu Verbinder | Gewenst Bureaucraat | Gewenst Ondernemer | Gewenst Verbinder |",
		"| 1 | Anna | 60% | 20% | 20% | 30% | 30% | 40% |",
		"| 3 | Bas | 43% | 37% | 20% | 40% | 40% | 20% |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestCultureAnonymousAndUntrusted: --anonymous leaves names and files out
// of every export; a name with controls and a formula stays harmless.
func TestCultureAnonymousAndUntrusted(t *testing.T) {
	dir := teamtest.Dir(t, teamtest.ThreeCultures)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		data, _ := os.ReadFile(path)
		s := strings.Replace(string(data), `"name": "Anna"`, `"name": "=HYPERLINK(\"x\")\u001b]0;pwn\u0007"`, 1)
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := team.Read([]string{dir})
	named := NewCultureReport(c, Options{Lang: i18n.NL})
	anon := NewCultureReport(c, Options{Lang: i18n.NL, Anonymous: true})
	for _, r := range []*CultureReport{named, anon} {
		for name, write := range map[string]func(*bytes.Buffer) error{
			"csv":      func(b *bytes.Buffer) error { return WriteCultureCSV(b, r, ',') },
			"json":     func(b *bytes.Buffer) error { return WriteCultureJSON(b, r) },
			"markdown": func(b *bytes.Buffer) error { return WriteCultureMarkdown(b, r) },
			"text":     func(b *bytes.Buffer) error { _, err := b.WriteString(r.Text(80)); return err },
		} {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if strings.Contains(out, "\x1b]") || strings.Contains(out, "\x07") || strings.Contains(out, "\\u001b") {
				t.Errorf("%s: a control reached the output", name)
			}
			if r.Opt.Anonymous && (strings.Contains(out, "Bas") || strings.Contains(out, "HYPERLINK") || strings.Contains(out, ".json")) {
				t.Errorf("%s anonymous: names or files in\n%s", name, out)
			}
			if name == "csv" && !r.Opt.Anonymous && !strings.Contains(out, `,"'=HYPERLINK(`) {
				t.Errorf("csv: formula not defused:\n%s", out)
			}
		}
	}
}

func TestCultureNoNotableShift(t *testing.T) {
	dir := t.TempDir()
	r, err := teamtest.Take(teamtest.CultureSet(), "Zoë", teamtest.CultureAt,
		rep3(4, 3, 3), rep3(4, 3, 3))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := saveResult(dir, r); err != nil {
		t.Fatal(err)
	}
	rep := NewCultureReport(team.Read([]string{dir}), Options{Lang: i18n.NL, NoBars: true})
	out := rep.Text(80)
	out = strings.ReplaceAll(ansi.Strip(out), "\n", " ")
	for _, want := range []string{"Gedeelde verschuivingen: geen: geen type verschuift gemiddeld 10 procentpunten of meer.", "  nu         40%    40–40%", "1 deelnemer", "Deelnemers "} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "█") || strings.Contains(out, "* een verschil") {
		t.Errorf("bars or note:\n%s", out)
	}
}

func rep3(b, o, v int) []culture.Allocation {
	a := culture.Allocation{b, o, v}
	return []culture.Allocation{a, a, a}
}

func saveResult(dir string, r results.Result) (string, error) { return results.Save(dir, r) }

// TestCultureReportFitsEveryWidth: from the narrowest text width (18) to
// a projector's, with and without bars and names, no line is wider than
// asked, and colour changes no text.
func TestCultureReportFitsEveryWidth(t *testing.T) {
	c := team.Read([]string{teamtest.Dir(t, teamtest.ThreeCultures)})
	for _, o := range []Options{{Lang: i18n.NL}, {Lang: i18n.EN, Anonymous: true}, {Lang: i18n.NL, NoBars: true}} {
		plain, colour := o, o
		plain.Theme, colour.Theme = theme.New(true, false), theme.New(false, true)
		for width := 18; width <= 200; width++ {
			p := NewCultureReport(c, plain).Text(width)
			for i, line := range strings.Split(p, "\n") {
				if w := ansi.StringWidth(line); w > width {
					t.Fatalf("%+v width %d: line %d is %d wide: %q", o, width, i, w, line)
				}
			}
			col := NewCultureReport(c, colour).Text(width)
			if trimLines(ansi.Strip(col)) != trimLines(ansi.Strip(p)) {
				t.Fatalf("width %d: colour changes the text:\n%s\n---\n%s", width, ansi.Strip(col), ansi.Strip(p))
			}
		}
	}
}

// trimLines drops the spaces at the end of every line (a styled line
// keeps the spaces before its closing escape code) and draws a bar's track
// as without colour ("─" in colour, "░" without).
func trimLines(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "─", "░"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// TestCultureExportsPerDimension: the Markdown and JSON exports carry the
// picture per dimension that the text report shows (Dims): per dimension
// and type now, desired and the shift.
func TestCultureExportsPerDimension(t *testing.T) {
	r := cultureReport(t, Options{Lang: i18n.NL})
	if len(r.S.Dimensions) == 0 {
		t.Fatal("the fixture has no dimensions")
	}
	var md, js bytes.Buffer
	if err := WriteCultureMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteCultureJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var e CultureExport
	if err := json.Unmarshal(js.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	if len(e.Dimensions) != len(r.S.Dimensions) {
		t.Fatalf("JSON has %d dimensions, want %d", len(e.Dimensions), len(r.S.Dimensions))
	}
	for i, d := range r.S.Dimensions {
		if got := e.Dimensions[i]; got.Dimension != d.Dimension || got.Count != d.Count ||
			got.Now.Array() != d.Now.Percent || got.Desired.Array() != d.Desired.Percent || got.Shift.Array() != d.Shift {
			t.Errorf("JSON dimension %d = %+v, want %+v", i, got, d)
		}
		row := fmt.Sprintf("| %s | Bureaucraat | %d%% | %d%% | ", d.Dimension, d.Now.Percent[0], d.Desired.Percent[0])
		if !strings.Contains(md.String(), row) {
			t.Errorf("markdown lacks %q", row)
		}
	}
	if !strings.Contains(md.String(), "## Per onderwerp\n\n| Onderwerp | Type | Nu | Gewenst | Verschil |") {
		t.Errorf("markdown lacks the section per dimension:\n%s", md.String())
	}
}
