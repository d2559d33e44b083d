package liveview

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
)

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return strings.Contains(ansi.Strip(string(b)), text)
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// TestProgramFollowsTheRoom runs the screen in a real program: the lobby
// first, then participants join and answer from other goroutines (as the
// SSH and web servers do) and the screen follows through Subscribe and the
// tick; then the trainer locks the room and quits, asked first.
func TestProgramFollowsTheRoom(t *testing.T) {
	r := newRoom(t, 0, 4)
	tm := teatest.NewTestModel(t, New(Config{Room: r, Join: testJoin(), Lang: i18n.NL, Theme: theme.Auto, Color: true}),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	waitFor(t, tm, "Nog niemand binnen.")
	done := make(chan error, 1)
	go func() {
		for i := range 25 {
			id, err := r.Join(fmt.Sprint("p", i), "", room.ViaWeb)
			if err == nil {
				err = r.Answer(id, "q01", i%3)
			}
			if err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, "25 van 25 beantwoord")
	tm.Send(keypress.Msg("l"))
	waitFor(t, tm, "deur dicht: geen nieuwe deelnemers")
	tm.Send(keypress.Msg("q"))
	waitFor(t, tm, "Stoppen?")
	tm.Send(keypress.Msg("j"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
	if !r.Snapshot().Locked {
		t.Error("l did not lock the room")
	}
}
