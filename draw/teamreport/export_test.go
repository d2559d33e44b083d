package teamreport

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/tools/gendata"
)

// exportReport is the three hand-computed results plus a participant with
// a name full of CSV and Markdown markup, and a skipped file.
func exportReport(t *testing.T, l i18n.Lang, anonymous bool) *Report {
	t.Helper()
	dir := teamtest.Dir(t, gendata.ThreeResults)
	tricky, err := gendata.Take(gendata.Bank(4), `=cmd|"x" *de* [Vries]_\ <b>#1`, gendata.ThreeResultsAt.Add(time.Hour), profile.Verbinder, profile.Verbinder, profile.Verbinder, profile.Ondernemer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := results.Save(dir, tricky); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kapot.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	return NewReport(team.Read([]string{dir}), Options{Lang: l, Anonymous: anonymous, Theme: theme.New(true, false)})
}

// figures are what every export must carry: per participant the label
// and percentages, and the average, min and max.
type figures struct {
	labels            []string
	percent           [][3]int
	average, min, max [3]int
}

func want(r *Report) figures {
	f := figures{average: r.S.Average.Percent, min: r.S.Min, max: r.S.Max}
	for _, p := range r.C.Participants {
		f.labels = append(f.labels, p.Label(r.Opt.Lang, r.Opt.Anonymous))
		f.percent = append(f.percent, p.Mix.Percent)
	}
	return f
}

func TestJSONRoundTrip(t *testing.T) {
	for _, anon := range []bool{false, true} {
		r := exportReport(t, i18n.NL, anon)
		var buf bytes.Buffer
		if err := WriteJSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		var got Export
		dec := json.NewDecoder(&buf)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		wantExport := NewExport(r)
		if !reflect.DeepEqual(got, wantExport) {
			t.Errorf("anonymous=%v: round trip differs:\n got %+v\nwant %+v", anon, got, wantExport)
		}
		f := figures{average: got.Average.Array(), min: got.Min.Array(), max: got.Max.Array()}
		for _, p := range got.Participants {
			f.labels = append(f.labels, p.Label)
			f.percent = append(f.percent, p.Percent.Array())
		}
		if !reflect.DeepEqual(f, want(r)) {
			t.Errorf("figures %+v, want %+v", f, want(r))
		}
		if got.Average != (results.TypeNumbers{Bureaucraat: 31, Ondernemer: 31, Verbinder: 38}) {
			// (75+0+50+0)/4 = 31.25, (25+50+25+25)/4 = 31.25,
			// (0+50+25+75)/4 = 37.5: the largest remainder goes to
			// verbinder.
			t.Errorf("average %+v", got.Average)
		}
		if len(got.Skipped) != 1 || (got.Skipped[0].File == "") != anon {
			t.Errorf("skipped %+v", got.Skipped)
		}
		if anon && strings.Contains(buf.String(), "Anna") {
			t.Error("anonymous export names Anna")
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	r := exportReport(t, i18n.EN, false)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader) {
		t.Fatalf("header %v", rows[0])
	}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		return n
	}
	pct := func(row []string) [3]int { return [3]int{atoi(row[10]), atoi(row[11]), atoi(row[12])} }
	unformula := func(s string) string { return strings.TrimPrefix(s, "'") }
	var f figures
	for _, row := range rows[1:] {
		switch row[0] {
		case "participant":
			f.labels = append(f.labels, unformula(row[2]))
			f.percent = append(f.percent, pct(row))
			n := atoi(row[1])
			p := r.C.Participants[n-1]
			if unformula(row[3]) != p.Name || [3]int{atoi(row[7]), atoi(row[8]), atoi(row[9])} != [3]int(p.Mix.Points) {
				t.Errorf("row %v does not match %+v", row, p)
			}
		case "average":
			f.average = pct(row)
		case "min":
			f.min = pct(row)
		case "max":
			f.max = pct(row)
		default:
			t.Errorf("row kind %q", row[0])
		}
	}
	if !reflect.DeepEqual(f, want(r)) {
		t.Errorf("figures %+v, want %+v", f, want(r))
	}
	if !strings.Contains(out, `'=cmd|`) {
		t.Error("a formula-like name was not defused")
	}
}

func TestMarkdownRoundTrip(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		r := exportReport(t, l, false)
		var buf bytes.Buffer
		if err := WriteMarkdown(&buf, r); err != nil {
			t.Fatal(err)
		}
		tables := markdownTables(buf.String())
		if len(tables) != 2 {
			t.Fatalf("%d tables in:\n%s", len(tables), buf.String())
		}
		num := func(s string) int {
			n, err := strconv.Atoi(strings.TrimSuffix(s, "%"))
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
			return n
		}
		var f figures
		for i, row := range tables[0][1:] {
			if row[0] != words.DefaultName(profile.Types[i], l) {
				t.Errorf("type %q", row[0])
			}
			f.average[i], f.min[i], f.max[i] = num(row[1]), num(row[2]), num(row[3])
			if num(row[4]) != r.S.Dominant[i] {
				t.Errorf("%s strongest for %s", row[0], row[4])
			}
		}
		for i, row := range tables[1][1:] {
			if num(row[0]) != i+1 {
				t.Errorf("number %q", row[0])
			}
			f.labels = append(f.labels, row[1])
			f.percent = append(f.percent, [3]int{num(row[2]), num(row[3]), num(row[4])})
		}
		if !reflect.DeepEqual(f, want(r)) {
			t.Errorf("%s: figures %+v, want %+v\n%s", l, f, want(r), buf.String())
		}
	}
}

// markdownTables parses the pipe tables of a Markdown document: rows of
// unescaped cells, the separator row left out.
func markdownTables(doc string) [][][]string {
	var tables [][][]string
	var cur [][]string
	for _, line := range strings.Split(doc, "\n") {
		if !strings.HasPrefix(line, "|") {
			if cur != nil {
				tables = append(tables, cur)
				cur = nil
			}
			continue
		}
		if strings.HasPrefix(line, "|---") {
			continue
		}
		cur = append(cur, splitRow(line))
	}
	if cur != nil {
		tables = append(tables, cur)
	}
	return tables
}

// splitRow splits "| a | b\| c |" into ["a", "b| c"], undoing mdEscape.
func splitRow(line string) []string {
	var cells []string
	var cell strings.Builder
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\' && i+1 < len(line):
			i++
			cell.WriteByte(line[i])
		case c == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(cell.String()))
}
