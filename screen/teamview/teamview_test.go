package teamview

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/tools/gendata"
)

// report reads n generated results (the same every run).
func report(t testing.TB, n int, l i18n.Lang) *teamreport.Report {
	t.Helper()
	dir := t.TempDir()
	if err := gendata.Write(dir, n, gendata.Bank(12), 3); err != nil {
		t.Fatal(err)
	}
	return teamreport.NewReport(team.Read([]string{dir}), teamreport.Options{Lang: l})
}

func content(m Model) string { return ansi.Strip(m.View().Content) }

func TestScreenGolden(t *testing.T) {
	for _, c := range []struct {
		w, h int
		l    i18n.Lang
		keys []string
		n    int // participants; 30 when 0
	}{
		{80, 24, i18n.NL, nil, 0},
		{80, 24, i18n.EN, []string{"end"}, 0},
		{40, 12, i18n.NL, nil, 0},
		{40, 12, i18n.NL, []string{"pgdown", "pgdown"}, 0},
		{120, 40, i18n.NL, []string{"a"}, 0},
		{25, 5, i18n.NL, nil, 0},
		// Walls: a team of 12 leaves room, and the help follows the list.
		{120, 40, i18n.NL, nil, 12},
		{200, 60, i18n.NL, nil, 12},
		{200, 60, i18n.EN, nil, 0},
	} {
		n := c.n
		if n == 0 {
			n = 30
		}
		name := fmt.Sprintf("%dx%d-%s", c.w, c.h, c.l)
		if c.n != 0 {
			name += fmt.Sprintf("-%d", c.n)
		}
		if len(c.keys) > 0 {
			name += "-" + strings.Join(c.keys, "-")
		}
		t.Run(name, func(t *testing.T) {
			m := New(Config{Report: report(t, n, c.l), Theme: theme.Dark, Color: false})
			m = keypress.Drive(m, c.w, c.h, c.keys...)
			out := content(m)
			screentest.Fits(t, out, c.w, c.h)
			golden.RequireEqual(t, out)
		})
	}
}

func TestScrolling(t *testing.T) {
	m := New(Config{Report: report(t, 200, i18n.NL), Theme: theme.Light, Color: true})
	m = keypress.Drive(m, 80, 24)
	if !strings.Contains(content(m), "1–") || !strings.Contains(content(m), "van 200") {
		t.Errorf("no position:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "end")
	if !strings.Contains(content(m), "–200 van 200") {
		t.Errorf("end does not show the last participant:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "end", "down", "down") // past the end stays at the end
	if !strings.Contains(content(m), "–200 van 200") {
		t.Errorf("scrolled past the end:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "g")
	if !strings.Contains(content(m), "1–") {
		t.Errorf("g does not go to the top:\n%s", content(m))
	}
	// The head stays pinned while the list scrolls.
	m = keypress.Drive(m, 80, 24, "pgdown")
	if !strings.Contains(content(m), "Gemiddelde mix") {
		t.Errorf("head scrolled away:\n%s", content(m))
	}
}

func TestAnonymousToggle(t *testing.T) {
	r := report(t, 5, i18n.NL)
	named := r.C.Participants[0].Name
	if named == "" {
		t.Fatal("the first generated participant should have a name")
	}
	m := keypress.Drive(New(Config{Report: r, Theme: theme.Dark}), 80, 24)
	if !strings.Contains(content(m), named) {
		t.Fatalf("%s not shown", named)
	}
	m = keypress.Drive(m, 80, 24, "a")
	if strings.Contains(content(m), named) || !m.Anonymous() {
		t.Errorf("a does not hide names:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "a")
	if !strings.Contains(content(m), named) {
		t.Error("a again does not show names")
	}
}

func TestFirstFrameWaitsForTheBackground(t *testing.T) {
	m := New(Config{Report: report(t, 3, i18n.NL), Theme: theme.Auto, Color: true})
	m = keypress.Drive(m, 80, 24)
	if got := m.View().Content; got != "" {
		t.Errorf("drew before the background was known:\n%s", got)
	}
	next, _ := m.Update(tea.BackgroundColorMsg{Color: colorWhite{}})
	m = next.(Model)
	if !strings.Contains(content(m), "Gemiddelde mix") {
		t.Errorf("nothing drawn once known:\n%s", content(m))
	}
	if !m.View().AltScreen {
		t.Error("not in the alternate screen")
	}
}

type colorWhite struct{}

func (colorWhite) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// TestTeamScreenProgram runs the screen in a real Bubble Tea program with
// a forced colour profile, waits for plain text on the first frame, pages,
// hides the names and quits.
func TestTeamScreenProgram(t *testing.T) {
	r := report(t, 40, i18n.NL)
	tm := teatest.NewTestModel(t, New(Config{Report: r, Theme: theme.Auto, Color: true}),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		s := ansi.Strip(string(b))
		return strings.Contains(s, "Team — Synthetische set") && strings.Contains(s, "Blinde vlekken") &&
			strings.Contains(s, "deelnemer") && strings.Contains(s, "van 40")
	}, teatest.WithDuration(3*time.Second))
	tm.Send(keypress.Msg("end"))
	tm.Send(keypress.Msg("a"))
	tm.Send(keypress.Msg("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
	final := tm.FinalModel(t).(Model)
	if !final.Anonymous() {
		t.Error("a did not hide the names")
	}
	view := ansi.Strip(final.View().Content)
	if !strings.Contains(view, "–40 van 40") {
		t.Errorf("end did not scroll to the last participant:\n%s", view)
	}
	if bytes.Contains([]byte(view), []byte(r.C.Participants[39].Name+" ")) && r.C.Participants[39].Name != "" {
		t.Errorf("names still shown:\n%s", view)
	}
}

// TestCultureScreenGolden: a team of culture surveys on the same screen:
// now and desired pinned at the top, the participants below, names behind
// a.
func TestCultureScreenGolden(t *testing.T) {
	c := team.Read([]string{teamtest.Dir(t, teamtest.ThreeCultures)})
	if !c.IsCulture() {
		t.Fatal("the three culture results were not read as culture")
	}
	for _, size := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			rep := teamreport.NewCultureReport(c, teamreport.Options{Lang: i18n.NL})
			m := keypress.Drive(New(Config{Culture: rep, Theme: theme.Dark, Color: false}), size[0], size[1])
			out := content(m)
			screentest.Fits(t, out, size[0], size[1])
			if size[0] >= 80 && (!strings.Contains(out, "nu") || !strings.Contains(out, "gewenst")) {
				t.Errorf("no now and desired:\n%s", out)
			}
			golden.RequireEqual(t, out)
		})
	}
}
