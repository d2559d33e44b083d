package teamreport_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/export"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/textmode"
)

// TestSameWordsEverywhere: for every split of 26 answers, the person's own
// result in text mode, team's row for that person (percentages and the
// Markdown export's strongest type) and the personal SVG export say the
// same: the same percentages, the same headline, and team's strongest
// type is the type the headline names first (or the equal ones).
func TestSameWordsEverywhere(t *testing.T) {
	const n = 26
	var types [profile.Count]profile.TypeProfile
	names := words.DefaultNames(i18n.NL)
	c := &team.Collection{}
	for a := 0; a <= n; a += 2 {
		for b := 0; a+b <= n; b += 3 {
			c.Participants = append(c.Participants, team.Participant{
				Number: len(c.Participants) + 1, Name: "p",
				Mix: profile.Of(profile.Points{a, b, n - a - b}, n),
			})
		}
	}
	r := teamreport.NewReport(c, teamreport.Options{Lang: i18n.NL, Theme: theme.New(false, false)})
	var md bytes.Buffer
	if err := teamreport.WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	rows := map[int][]string{}
	for _, line := range strings.Split(md.String(), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) == 6 && cells[1] != "Deelnemer" {
			var num int
			for _, ch := range cells[0] {
				num = num*10 + int(ch-'0')
			}
			rows[num] = cells
		}
	}
	for i, p := range c.Participants {
		m := p.Mix
		var own bytes.Buffer
		textmode.PrintResult(&own, m, types, i18n.NL, theme.New(false, false), 200)
		head := words.HeadlineOf(m, types, i18n.NL)
		flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		if text := flat(own.String()); !strings.Contains(text, flat(head.Sentence())) || !strings.Contains(text, flat(head.Precision)) || !strings.Contains(text, flat(head.Growth)) {
			t.Fatalf("%v: text mode lacks the headline %+v:\n%s", m.Points, head, own.String())
		}
		var svg bytes.Buffer
		if err := export.ResultSVG(&svg, export.Result{Mix: m, Lang: i18n.NL}); err != nil {
			t.Fatal(err)
		}
		first := strings.SplitN(head.Order, "(", 2)[0] // up to the first percentage
		if !strings.Contains(svg.String(), strings.SplitN(first, " als ", 2)[0]) {
			t.Errorf("%v: the SVG lacks %q", m.Points, first)
		}
		row := rows[p.Number]
		if row == nil {
			t.Fatalf("no Markdown row for participant %d:\n%s", p.Number, md.String())
		}
		strong := row[5]
		lead := strings.ToLower(strings.Split(strong, " = ")[0])
		named, at := "", len(head.Order)
		for _, nm := range names {
			if i := strings.Index(head.Order, " als "+strings.ToLower(nm)); i >= 0 && i < at {
				named, at = strings.ToLower(nm), i
			}
		}
		if named != lead {
			t.Errorf("%v: team says %q, the headline %q", m.Points, strong, head.Order)
		}
		if strings.Contains(strong, "=") != (m.Points[m.Ranking[0]] == m.Points[m.Ranking[1]]) {
			t.Errorf("%v: team says %q", m.Points, strong)
		}
		if want := words.Strongest(m, names); strong != want {
			t.Errorf("%v: team says %q, want %q", m.Points, strong, want)
		}
		line := r.Line(i, 80)
		for _, ty := range profile.Types {
			if !strings.Contains(line, strings.TrimSpace(strings.Fields(line)[0])) || !strings.Contains(line, itoa(m.Percent[ty])+"%") {
				t.Errorf("%v: team line %q lacks %d%%", m.Points, line, m.Percent[ty])
			}
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// TestStrongestSameInEveryExport: for a tie and a clear leader, in both
// languages, the person's own text result, and team's Markdown, HTML,
// CSV (comma and semicolon), JSON and xlsx name the strongest type in the
// same words (words.Strongest): "Bureaucraat = Verbinder" for the tie,
// never "gelijk"/"tied".
func TestStrongestSameInEveryExport(t *testing.T) {
	cases := []struct {
		pts  profile.Points
		want map[i18n.Lang]string
		text string // the person's own headline (Dutch)
	}{
		{profile.Points{5, 2, 5}, map[i18n.Lang]string{i18n.NL: "Bureaucraat = Verbinder", i18n.EN: "Bureaucrat = Connector"}, "vaakst als bureaucraat en als verbinder"},
		{profile.Points{8, 2, 2}, map[i18n.Lang]string{i18n.NL: "Bureaucraat", i18n.EN: "Bureaucrat"}, "vaakst als bureaucraat ("},
	}
	c := &team.Collection{}
	for i, cs := range cases {
		c.Participants = append(c.Participants, team.Participant{Number: i + 1, Name: "p" + itoa(i+1), Mix: profile.New(cs.pts)})
		var own bytes.Buffer
		var types [profile.Count]profile.TypeProfile
		textmode.PrintResult(&own, c.Participants[i].Mix, types, i18n.NL, theme.New(false, false), 200)
		if !strings.Contains(own.String(), cs.text) {
			t.Errorf("%v: the own text result lacks %q:\n%s", cs.pts, cs.text, own.String())
		}
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		r := teamreport.NewReport(c, teamreport.Options{Lang: l, Theme: theme.New(false, false)})
		got := map[string][]string{} // format → strongest per participant
		var md, html, js, xl bytes.Buffer
		if err := teamreport.WriteMarkdown(&md, r); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(md.String(), "\n") {
			if cells := strings.Split(strings.Trim(line, "| "), " | "); len(cells) == 6 && strings.HasPrefix(cells[1], "p") {
				got["markdown"] = append(got["markdown"], cells[5])
			}
		}
		if err := export.WriteHTML(&html, r); err != nil {
			t.Fatal(err)
		}
		row := regexp.MustCompile(`<tr><td class="n">\d+</td><td>p\d</td>(?:<td class="n">\d+%</td>){3}<td>([^<]*)</td></tr>`)
		for _, m := range row.FindAllStringSubmatch(html.String(), -1) {
			got["html"] = append(got["html"], m[1])
		}
		for _, sep := range []rune{',', ';'} {
			var b bytes.Buffer
			if err := export.WriteCSV(&b, r, sep); err != nil {
				t.Fatal(err)
			}
			cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), export.BOM)))
			cr.Comma = sep
			rows, err := cr.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			col := slices.Index(rows[0], "strongest")
			for _, row := range rows[1:] {
				if row[0] == "participant" {
					got["csv"+string(sep)] = append(got["csv"+string(sep)], row[col])
				}
			}
		}
		if err := teamreport.WriteJSON(&js, r); err != nil {
			t.Fatal(err)
		}
		var e struct {
			Participants []struct{ Dominant, Strongest string }
		}
		if err := json.Unmarshal(js.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		for _, p := range e.Participants {
			got["json"] = append(got["json"], p.Strongest)
		}
		if e.Participants[0].Dominant != "" || e.Participants[1].Dominant != "bureaucraat" {
			t.Errorf("%s: JSON dominant keys changed: %+v", l, e.Participants)
		}
		if err := export.WriteXLSX(&xl, r); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&xl)
		if err != nil {
			t.Fatal(err)
		}
		sheet := f.GetSheetName(0)
		xrows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range xrows[1:] {
			got["xlsx"] = append(got["xlsx"], row[len(xrows[0])-1])
		}
		f.Close()
		for _, format := range []string{"markdown", "html", "csv,", "csv;", "json", "xlsx"} {
			if len(got[format]) != len(cases) {
				t.Errorf("%s %s: %d rows %q, want %d", l, format, len(got[format]), got[format], len(cases))
				continue
			}
			for i, cs := range cases {
				if got[format][i] != cs.want[l] || got[format][i] != words.Strongest(c.Participants[i].Mix, words.DefaultNames(l)) {
					t.Errorf("%s %s %v: strongest %q, want %q", l, format, cs.pts, got[format][i], cs.want[l])
				}
			}
		}
	}
}
