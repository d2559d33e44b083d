package pacedview_test

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/pacedview"
)

// TestFlowWorkshop runs the screen in a real program while the test
// plays the trainer on the fake room: the screen follows every change
// signal by itself (no message from the test), the participant chooses
// and proposes with keys, and the end shows their mix. Every wait waits
// on the room's state or on a whole line of the new stage.
func TestFlowWorkshop(t *testing.T) {
	f := newFake(quiztest.Bank(t, i18n.NL))
	m := pacedview.New(pacedview.Config{Bank: f.bank, Source: f, Lang: i18n.NL, Theme: theme.Dark, Color: true, NoSuspend: true})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	waitFor(t, tm, "De trainer start zo")

	f.open(1)
	waitFor(t, tm, "Casus 2 van 26")
	tm.Send(keypress.Msg("2"))
	waitState(t, f, func(st room.Stage) bool { return st.Chosen == 1 })

	f.reveal(profile.Points{4, 5, 6})
	waitFor(t, tm, "Zo koos de groep")
	f.extreme(profile.Bureaucraat)
	waitFor(t, tm, "bureaucraat")
	for _, r := range "Alles volgens het boekje." {
		tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	tm.Send(keypress.Msg("enter"))
	waitState(t, f, func(st room.Stage) bool { return st.Proposal == "Alles volgens het boekje." })

	f.end()
	waitFor(t, tm, "workshop afgesloten")
	tm.Send(keypress.Msg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(pacedview.Model)
	if !final.Finished() || final.Stage().Answered != 1 {
		t.Errorf("final stage %+v", final.Stage())
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// waitState waits until the fake room's stage satisfies ok.
func waitState(t *testing.T, f *fake, ok func(room.Stage) bool) {
	t.Helper()
	ch, stop := f.Changes()
	defer stop()
	deadline := time.After(5 * time.Second)
	for {
		if st, _ := f.Stage(); ok(st) {
			return
		}
		select {
		case <-ch:
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			st, _ := f.Stage()
			t.Fatalf("the room never reached the state; it is %+v", st)
		}
	}
}
