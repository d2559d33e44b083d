package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"image/color"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/xuri/excelize/v2"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Names as a hostile or careless result file may carry them: accents, a
// spreadsheet command, terminal escapes with a bidi override, a tab and a
// line break, and markup.
const (
	nameAccents = "Zoë Ĳsselmeer-Çelik"
	nameFormula = `=cmd|' /C calc'!A0`
	nameEscapes = "\x1b[31mRood\x1b[0m\u202eevil\a"
	nameBreaks  = "Anne\tvan\nDam"
	nameMarkup  = `<script>alert(1)</script> & "Bas"`
	nameSpaced  = "  +31 6 1234"
)

var nine = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)

// fixture is a team built in memory, as team.Read would give it for these
// names, with one skipped file.
func fixture(l i18n.Lang, anonymous bool) *teamreport.Report {
	ps := []struct {
		name string
		pts  profile.Points
	}{
		{nameAccents, profile.Points{6, 3, 3}},
		{nameFormula, profile.Points{2, 8, 2}},
		{nameEscapes, profile.Points{4, 4, 4}},
		{nameBreaks, profile.Points{5, 5, 2}},
		{nameMarkup, profile.Points{7, 1, 4}},
		{nameSpaced, profile.Points{3, 6, 3}},
		{"", profile.Points{9, 2, 1}},
	}
	c := &team.Collection{
		Sets:    []team.Set{{Hash: "0123456789abcdef", Title: "Werk & <beleid>\x1b]0;x\a", Language: "nl", Count: len(ps)}},
		Skipped: []team.Skipped{{Path: "/tmp/kapot\x1b[2J.json", Err: errors.New("kapot")}},
	}
	for i, p := range ps {
		c.Participants = append(c.Participants, team.Participant{
			Number: i + 1, Name: p.name, File: "/res/r" + string(rune('a'+i)) + ".json",
			TakenAt: nine.Add(time.Duration(i) * time.Minute), SetHash: "0123456789abcdef",
			Mix: profile.New(p.pts),
		})
	}
	return teamreport.NewReport(c, teamreport.Options{Lang: l, Anonymous: anonymous})
}

// badRunes finds what must never reach an export: control characters
// other than a line break, and bidi controls.
func badRunes(t *testing.T, what, s string) {
	t.Helper()
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
			t.Errorf("%s contains %U", what, r)
			return
		}
	}
}

// written runs w on v into a buffer and returns what it wrote; an error
// fails t.
func written[T any](t *testing.T, w func(io.Writer, T) error, v T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := w(&buf, v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// workbook writes v with w and opens the workbook again with excelize, as
// a spreadsheet program would; the caller closes it.
func workbook[T any](t *testing.T, w func(io.Writer, T) error, v T) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(strings.NewReader(written(t, w, v)))
	if err != nil {
		t.Fatalf("workbook does not open again: %v", err)
	}
	return f
}

// checkSVG checks what an SVG must be wherever it goes: it parses, with a
// proper root and no outside references, and has no forbidden runes.
func checkSVG(t *testing.T, out string) {
	t.Helper()
	checkRoot(t, parseXML(t, out))
	badRunes(t, "svg", out)
}

// checkPage checks what an HTML page must be to open on a locked-down
// laptop and be read aloud: no forbidden runes, the lang attribute of l,
// and no URL or reference outside itself.
func checkPage(t *testing.T, out string, l i18n.Lang) {
	t.Helper()
	badRunes(t, "html", out)
	if !strings.Contains(out, `<html lang="`+string(l)+`">`) {
		t.Error("no lang attribute")
	}
	if strings.Contains(out, "http://") || strings.Contains(out, "https://") {
		t.Error("the page holds a URL")
	}
	if m := urlAttr.FindString(out); m != "" {
		t.Errorf("the page refers outside itself: %q", m)
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"Zoë":                "Zoë",
		nameEscapes:          "Roodevil",
		nameBreaks:           "Anne van Dam",
		"a\u2066b\u2069c":    "abc",
		"ok\xffok":           "okok",
		"\u0085x\u009bq\x7f": " xq", // NEL is a line break
	} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestXLSX(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		r := fixture(l, false)
		f := workbook(t, WriteXLSX, r)
		ps, ss := txtParticipants.In(l), txtSummary.In(l)
		if got := f.GetSheetList(); len(got) != 2 || got[0] != ps || got[1] != ss {
			t.Fatalf("%s: sheets %q, want %q and %q", l, got, ps, ss)
		}
		rows, err := f.GetRows(ps, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(r.C.Participants)+1 {
			t.Fatalf("%s: %d rows, want header + %d", l, len(rows), len(r.C.Participants))
		}
		for i, p := range r.C.Participants {
			row, n := rows[i+1], i+2
			if want := Clean(p.Label(l, false)); row[1] != want {
				t.Errorf("%s: name %q, want %q", l, row[1], want)
			}
			name := cellName(2, n)
			if typ, _ := f.GetCellType(ps, name); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Errorf("%s: name cell %s has type %v, want text", l, name, typ)
			}
			if fm, _ := f.GetCellFormula(ps, name); fm != "" {
				t.Errorf("%s: name cell %s holds formula %q", l, name, fm)
			}
			badRunes(t, "xlsx name", row[1])
			for col := 1; col <= 8; col++ {
				if col == 2 {
					continue
				}
				if typ, _ := f.GetCellType(ps, cellName(col, n)); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
					t.Errorf("%s: %s is %v, want a number", l, cellName(col, n), typ)
				}
			}
			wantRow := []string{itoa(p.Number), "", itoa(p.Mix.Points[0]), itoa(p.Mix.Points[1]), itoa(p.Mix.Points[2])}
			for c := 0; c < 5; c++ {
				if c != 1 && row[c] != wantRow[c] {
					t.Errorf("%s: row %d col %d = %q, want %q", l, n, c+1, row[c], wantRow[c])
				}
			}
			// The percentages are fractions shown as 0%.
			shown, _ := f.GetCellValue(ps, cellName(6, n))
			if want := itoa(p.Mix.Percent[0]) + "%"; shown != want {
				t.Errorf("%s: %s shows %q, want %q", l, cellName(6, n), shown, want)
			}
		}
		if rows[1][1] != nameAccents {
			t.Errorf("%s: accents lost: %q", l, rows[1][1])
		}
		for sheet, head := range map[string]int{ps: 1, ss: summaryHead} {
			panes, err := f.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != head {
				t.Errorf("%s: %s header not frozen: %+v %v", l, sheet, panes, err)
			}
			style, _ := f.GetCellStyle(sheet, cellName(1, head))
			if s, err := f.GetStyle(style); err != nil || s.Font == nil || !s.Font.Bold {
				t.Errorf("%s: %s header not bold", l, sheet)
			}
			// Two lines, for the wrapped titles.
			if h, err := f.GetRowHeight(sheet, head); err != nil || h < 28 {
				t.Errorf("%s: %s header row %g pt high (%v), want two lines", l, sheet, h, err)
			}
			// Landscape, all columns on one page wide.
			layout, err := f.GetPageLayout(sheet)
			if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" ||
				layout.FitToWidth == nil || *layout.FitToWidth != 1 || layout.FitToHeight == nil || *layout.FitToHeight != 0 {
				t.Errorf("%s: %s page layout %+v (%v)", l, sheet, layout, err)
			}
			props, err := f.GetSheetProps(sheet)
			if err != nil || props.FitToPage == nil || !*props.FitToPage {
				t.Errorf("%s: %s does not fit to page (%v)", l, sheet, err)
			}
		}
		// The title stands above the summary table.
		if title, _ := f.GetCellValue(ss, "A1"); title != Clean(r.Title()) {
			t.Errorf("%s: summary A1 is %q, want the title %q", l, title, r.Title())
		}
		sum, err := f.GetRows(ss, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, ty := range profile.Types {
			row := sum[summaryHead+int(ty)]
			if row[0] != words.DefaultName(ty, l) {
				t.Errorf("%s: summary row %d is %q", l, ty, row[0])
			}
			if typ, _ := f.GetCellType(ss, cellName(2, summaryHead+1+int(ty))); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("%s: average is %v, want a number", l, typ)
			}
			shown, _ := f.GetCellValue(ss, cellName(2, summaryHead+1+int(ty)))
			if want := itoa(r.S.Average.Percent[ty]) + "%"; shown != want {
				t.Errorf("%s: average %q, want %q", l, shown, want)
			}
		}
		for _, row := range sum {
			for _, c := range row {
				badRunes(t, "xlsx summary", c)
			}
		}
		f.Close()
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestCSVComma(t *testing.T) {
	r := fixture(i18n.NL, false)
	var a, b bytes.Buffer
	if err := teamreport.WriteCSV(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&b, r, ','); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the comma CSV differs from teamreport.WriteCSV")
	}
	if err := WriteCSV(io.Discard, r, '\t'); err == nil {
		t.Error("a tab separator was accepted")
	}
}

func TestCSVSemicolon(t *testing.T) {
	for _, anon := range []bool{false, true} {
		r := fixture(i18n.NL, anon)
		var buf bytes.Buffer
		if err := WriteCSV(&buf, r, ';'); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		body, ok := strings.CutPrefix(out, BOM)
		if !ok {
			t.Fatal("no UTF-8 BOM")
		}
		badRunes(t, "csv", body)
		cr := csv.NewReader(strings.NewReader(body))
		cr.Comma = ';'
		rows, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("semicolon CSV does not read back: %v", err)
		}
		if strings.Join(rows[0], ",") != strings.Join(teamreport.CSVHeader, ",") {
			t.Errorf("header %q", rows[0])
		}
		if n := len(r.C.Participants) + 4; len(rows) != n {
			t.Fatalf("%d rows, want %d", len(rows), n)
		}
		for i, p := range r.C.Participants {
			row := rows[i+1]
			label := row[2]
			if Formula(strings.TrimPrefix(label, "'")) && !strings.HasPrefix(label, "'") {
				t.Errorf("formula not defused: %q", label)
			}
			if want := Clean(p.Label(i18n.NL, anon)); strings.TrimPrefix(label, "'") != want {
				t.Errorf("label %q, want %q", label, want)
			}
			for c, v := range p.Mix.Percent {
				if row[10+c] != itoa(v) {
					t.Errorf("percent %q, want %d", row[10+c], v)
				}
			}
		}
		if !anon {
			if rows[1][3] != nameAccents {
				t.Errorf("accents lost: %q", rows[1][3])
			}
			for _, row := range rows[1:] {
				for _, c := range row {
					if strings.Contains(c, "=cmd") && !strings.HasPrefix(c, "'") {
						t.Errorf("formula cell %q", c)
					}
					if strings.Contains(c, "+31") && !strings.HasPrefix(c, "'") {
						t.Errorf("formula cell %q", c)
					}
				}
			}
		}
	}
}

// parseXML reads an SVG document through encoding/xml to its end and
// returns the root element.
func parseXML(t *testing.T, doc string) xml.StartElement {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	var root xml.StartElement
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root.Name.Local == "" {
			root = se.Copy()
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "href" || strings.Contains(a.Value, "url(") {
					t.Errorf("external reference %s=%q", a.Name.Local, a.Value)
				}
			}
		}
	}
	return root
}

func checkRoot(t *testing.T, root xml.StartElement) {
	t.Helper()
	if root.Name.Local != "svg" || root.Name.Space != "http://www.w3.org/2000/svg" {
		t.Errorf("root %v", root.Name)
	}
	have := map[string]string{}
	for _, a := range root.Attr {
		have[a.Name.Local] = a.Value
	}
	for _, a := range []string{"width", "height", "viewBox"} {
		if have[a] == "" {
			t.Errorf("root has no %s", a)
		}
	}
	if want := "0 0 " + have["width"] + " " + have["height"]; have["viewBox"] != want {
		t.Errorf("viewBox %q, want %q", have["viewBox"], want)
	}
}

func TestTeamSVG(t *testing.T) {
	out := written(t, TeamSVG, fixture(i18n.NL, false))
	checkSVG(t, out)
	pal := lightPalette()
	for _, want := range []string{"Zoë Ĳsselmeer-Çelik", "=cmd|&#39; /C calc&#39;!A0", "&lt;script&gt;", hex(pal.Types[0]), hex(pal.Types[1]), hex(pal.Types[2])} {
		if !strings.Contains(out, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(out))
}

func TestTeamSVGAnonymousEnglish(t *testing.T) {
	out := written(t, TeamSVG, fixture(i18n.EN, true))
	checkRoot(t, parseXML(t, out))
	if strings.Contains(out, "Zoë") || !strings.Contains(out, "participant 1") || !strings.Contains(out, "Average mix") {
		t.Error("anonymous English chart shows a name or lacks English labels")
	}
}

func TestResultSVG(t *testing.T) {
	res := Result{
		Mix:      profile.New(profile.Points{6, 4, 2}),
		Lang:     i18n.NL,
		Name:     "Zoë\x1b[2J",
		Subtitle: "Werk & beleid",
	}
	out := written(t, ResultSVG, res)
	checkSVG(t, out)
	for _, want := range []string{"De mix van Zoë</text>", "Bureaucraat", "50%", "33%", "17%", "#ffaa55", "kameleonkleur"} {
		if !strings.Contains(out, want) {
			t.Errorf("result SVG lacks %q", want)
		}
	}
	golden.RequireEqual(t, []byte(out))
}

// urlAttr finds a src or href (or CSS url()) that points anywhere.
var urlAttr = regexp.MustCompile(`(?i)(src|href|action|xmlns)\s*=|url\(|@import|//`)

func TestHTML(t *testing.T) {
	out := written(t, WriteHTML, fixture(i18n.NL, false))
	checkPage(t, out, i18n.NL)
	if strings.Contains(out, "<script>") || !strings.Contains(out, "&lt;script&gt;") {
		t.Error("markup in a name is not escaped")
	}
	if !strings.Contains(out, nameAccents) {
		t.Error("accents lost")
	}
	golden.RequireEqual(t, []byte(out))

	en := written(t, WriteHTML, fixture(i18n.EN, true))
	checkPage(t, en, i18n.EN)
	if strings.Contains(en, "Zoë") {
		t.Error("English anonymous page shows a name")
	}
}

func TestPaletteIsTheLightTheme(t *testing.T) {
	got, want := lightPalette(), theme.LightPalette()
	same := func(what string, a, b color.Color) {
		if hex(a) != hex(b) {
			t.Errorf("%s is %s, theme.LightPalette has %s", what, hex(a), hex(b))
		}
	}
	same("Background", got.Background, want.Background)
	same("Text", got.Text, want.Text)
	same("Muted", got.Muted, want.Muted)
	same("Accent", got.Accent, want.Accent)
	same("Track", got.Track, want.Track)
	for _, ty := range profile.Types {
		same("Types["+ty.Key()+"]", got.Types[ty], want.Types[ty])
		same("TypeText["+ty.Key()+"]", got.TypeText[ty], want.TypeText[ty])
	}
}

// TestResultPageAndMarkdown: one person's page is self-contained (no URL),
// holds the picture and the table; the Markdown escapes a name's markup.
func TestResultPageAndMarkdown(t *testing.T) {
	res := Result{Mix: profile.New(profile.Points{7, 13, 6}), Lang: i18n.NL, Name: "Zoë <b>|*", Subtitle: "Set", Sentence: "Een zin."}
	var page, md bytes.Buffer
	if err := ResultHTML(&page, res); err != nil {
		t.Fatal(err)
	}
	p := page.String()
	for _, want := range []string{`<html lang="nl">`, "<svg ", "Een zin.", "<td class=\"n\">13</td><td class=\"n\">50%</td>"} {
		if !strings.Contains(p, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(p, "<b>") || strings.Contains(p, "http") || strings.Contains(p, "<script") {
		t.Errorf("page has markup from the name, a URL or a script:\n%s", p)
	}
	if err := ResultMarkdown(&md, res); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(md.String(), "# De mix van Zoë \\<b\\>\\|\\*\n") || !strings.Contains(md.String(), "| Ondernemer | 13 | 50% |") {
		t.Errorf("markdown:\n%s", md.String())
	}
}

// TestSlideSVG: the slide is a 16:9 SVG that parses, carries the trainer's
// title (escaped), the participant count and the average, and no set hash.
func TestSlideSVG(t *testing.T) {
	r := fixture(i18n.NL, false)
	var b bytes.Buffer
	if err := SlideSVG(&b, r, "Workshop <Zwolle> & co"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
		Width   int    `xml:"width,attr"`
		Height  int    `xml:"height,attr"`
		Title   string `xml:"title"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("slide does not parse: %v", err)
	}
	if doc.XMLName.Local != "svg" || doc.Width != 1920 || doc.Height != 1080 || doc.Title != "Workshop <Zwolle> & co" {
		t.Errorf("slide %+v", doc)
	}
	out := b.String()
	for _, want := range []string{"7 deelnemers", itoa(r.S.Average.Percent[profile.Bureaucraat]) + "%", "Gemiddelde mix"} {
		if !strings.Contains(out, want) {
			t.Errorf("slide lacks %q", want)
		}
	}
	if strings.Contains(out, "01234567") || strings.Contains(out, "vragenset") {
		t.Errorf("slide shows the set hash:\n%s", out)
	}
	// Without a title of its own, the report's.
	b.Reset()
	if err := SlideSVG(&b, r, " "); err != nil || !strings.Contains(b.String(), "<title>"+esc(r.Title())+"</title>") {
		t.Errorf("default title: %v", err)
	}
}
