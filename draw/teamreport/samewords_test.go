package teamreport_test

import (
	"bytes"
	"strings"
	"testing"

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
