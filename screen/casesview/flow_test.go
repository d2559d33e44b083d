package casesview

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/profile"
)

// TestFlow runs the mode as a program: open a case from the list, reveal
// the three responses, step to the next case and quit.
func TestFlow(t *testing.T) {
	m, err := New(Options{Bank: testBank(), Lang: i18n.NL, Theme: theme.Dark, Color: true})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))

	waitFor := func(text string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			return bytes.Contains([]byte(ansi.Strip(string(b))), []byte(text))
		}, teatest.WithDuration(3*time.Second))
	}
	key := func(k string) { tm.Send(keypress.Msg(k)) }

	waitFor("Casusbespreking")
	key("enter")
	waitFor("Nog te tonen")
	key("b")
	waitFor("Handhaven")
	key("o")
	waitFor("ontmoetingsplek")
	key("v")
	waitFor("om tafel")
	key("n")
	waitFor("burgemeester")
	key("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))

	final := tm.FinalModel(t).(Model)
	if final.current != 1 || final.revealed != [profile.Count]bool{} {
		t.Errorf("after n: case %d, revealed %v; want case 2 with nothing revealed", final.current+1, final.revealed)
	}
}
