package teamreport

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/tools/gendata"
)

func TestBlindSpotText(t *testing.T) {
	var ms []profile.Mix
	for _, p := range []profile.Points{{6, 3, 1}, {3, 6, 1}, {2, 1, 3}} {
		ms = append(ms, profile.New(p))
	}
	s := team.Summarize(ms)
	if got := BlindSpotText(s.BlindSpots[0], s, i18n.NL); got != "Verbinder: gemiddeld 23%, minder dan 25%" {
		t.Errorf("text %q", got)
	}
}

// textGolden runs text (a report's plain text in l at width columns, given
// the subtest's t) in both languages at 80 and 40 columns, as subtests
// "nl/80" and so on: no line may be wider than asked, and the text without
// escape codes must match the subtest's golden file.
func textGolden(t *testing.T, text func(t *testing.T, l i18n.Lang, width int) string) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, width := range []int{80, 40} {
			t.Run(fmt.Sprintf("%s/%d", l, width), func(t *testing.T) {
				out := text(t, l, width)
				for i, line := range strings.Split(out, "\n") {
					if w := ansi.StringWidth(line); w > width {
						t.Errorf("line %d is %d wide: %q", i, w, line)
					}
				}
				golden.RequireEqual(t, ansi.Strip(out))
			})
		}
	}
}

func TestReportGolden(t *testing.T) {
	dir := teamtest.Dir(t, gendata.ThreeResults)
	textGolden(t, func(_ *testing.T, l i18n.Lang, width int) string {
		return NewReport(team.Read([]string{dir}), Options{Lang: l, Theme: theme.New(true, false)}).Text(width)
	})
}

func TestReportWithColourHasTheSameText(t *testing.T) {
	dir := teamtest.Dir(t, gendata.ThreeResults)
	c := team.Read([]string{dir})
	plain := NewReport(c, Options{Lang: i18n.NL, Theme: theme.New(true, false)}).Text(80)
	colour := NewReport(c, Options{Lang: i18n.NL, Theme: theme.New(true, true)}).Text(80)
	if colour == plain || !strings.Contains(colour, "\x1b[") {
		t.Error("the colour report has no colour")
	}
	// Bars differ (█ in colour, ▒ ░ without); names and numbers do not.
	norm := func(s string) string {
		s = strings.NewReplacer("▒", "█", "░", "█", "─", " ").Replace(ansi.Strip(s))
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(lines, "\n")
	}
	if norm(colour) != norm(plain) {
		t.Errorf("colour and plain differ:\n%s\n%s", ansi.Strip(colour), plain)
	}
}

func TestAnonymousHidesNames(t *testing.T) {
	c := team.Read([]string{teamtest.Dir(t, gendata.ThreeResults)})
	out := NewReport(c, Options{Lang: i18n.NL, Anonymous: true, Theme: theme.New(true, false)}).Text(80)
	if strings.Contains(out, "Anna") || strings.Contains(out, "Bas") {
		t.Errorf("names shown:\n%s", out)
	}
	for _, want := range []string{"deelnemer 1", "deelnemer 2", "deelnemer 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing", want)
		}
	}
}

func TestReportNoBars(t *testing.T) {
	c := team.Read([]string{teamtest.Dir(t, gendata.ThreeResults)})
	out := NewReport(c, Options{Lang: i18n.EN, NoBars: true, Theme: theme.New(true, false)}).Text(80)
	if strings.ContainsAny(out, "█▒░▏▎▍▌▋▊▉") {
		t.Errorf("bars in the accessible report:\n%s", out)
	}
	if !strings.Contains(out, "Anna") || !strings.Contains(out, "42%") {
		t.Errorf("figures missing:\n%s", out)
	}
}
