package liveview

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/quiz/quiztest"
)

// watched runs a model in a test program and keeps the last frame it
// drew, whole. The program's output is no place to wait for text: the
// renderer writes only the cells that changed, so "25 van 25" after
// "24 van 25" may reach it as a lone "5" (the test waited on it and
// failed 2 runs in 6). The frame is what the window shows.
type watched struct {
	tea.Model
	frame *lastFrame
}

// lastFrame is the text of the frame a watched model drew last.
type lastFrame struct {
	mu   sync.Mutex
	text string
}

func (w watched) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := w.Model.Update(msg)
	return watched{m, w.frame}, cmd
}

func (w watched) View() tea.View {
	v := w.Model.View()
	w.frame.mu.Lock()
	w.frame.text = ansi.Strip(v.Content)
	w.frame.mu.Unlock()
	return v
}

// startWatched starts m in a test program at 80×24 and returns it with
// its last frame.
func startWatched(t *testing.T, m tea.Model) (*teatest.TestModel, *lastFrame) {
	t.Helper()
	f := &lastFrame{}
	tm := teatest.NewTestModel(t, watched{m, f},
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	return tm, f
}

// waitFor waits until the last frame shows text. The deadline only keeps
// a broken screen from hanging the suite; the test waits on the frame.
func waitFor(t *testing.T, f *lastFrame, text string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		f.mu.Lock()
		frame := f.text
		f.mu.Unlock()
		if strings.Contains(frame, text) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q; it shows:\n%s", text, frame)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestProgramFollowsTheRoom runs the screen in a real program: the lobby
// first, then participants join and answer from other goroutines (as the
// SSH and web servers do) and the screen follows through Subscribe and the
// tick; then the trainer locks the room and quits, asked first.
func TestProgramFollowsTheRoom(t *testing.T) {
	r := newRoom(t, 0, 4)
	tm, f := startWatched(t, New(Config{Room: r, Join: testJoin(), Lang: i18n.NL, Theme: theme.Auto, Color: true}))
	waitFor(t, f, "Nog niemand binnen.")
	meanwhile(t, func() error {
		for i := range 25 {
			id, err := r.Join(fmt.Sprint("p", i), "", room.ViaWeb)
			if err == nil {
				err = r.Answer(id, "q01", i%3)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	waitFor(t, f, "25 van 25 beantwoord")
	lockAndQuit(t, tm, f, func() bool { return r.Snapshot().Locked })
}

// TestCultureProgramFollowsTheRoom runs the screen of a real room
// running the culture survey in a real program: the lobby, then
// participants give both passes and finish from another goroutine and the
// screen follows; h reveals, l locks, q asks, j quits.
func TestCultureProgramFollowsTheRoom(t *testing.T) {
	set := quiztest.Culture(t, i18n.NL)
	r, err := room.New(room.Config{Activity: room.Culture(set), Dir: t.TempDir(), Code: "7K3Q"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	tm, f := startWatched(t, New(Config{Room: r, Join: testJoin(), Lang: i18n.NL, Theme: theme.Auto, Color: true}))
	waitFor(t, f, "Nog niemand binnen.")
	meanwhile(t, func() error {
		for i := range 6 {
			id, err := r.Join(fmt.Sprint("p", i), "", room.ViaWeb)
			for step := 0; err == nil && step < culture.Passes*len(set.Dimensions); step++ {
				a := culture.Allocation{6, 2, 2} // now leans to the bureaucraat,
				if step >= len(set.Dimensions) {
					a = culture.Allocation{2, 3, 5} // desired to the verbinder
				}
				err = r.Give(id, a)
			}
			if err == nil {
				_, err = r.Finish(id)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	waitFor(t, f, "Cultuur nu en gewenst verborgen")
	tm.Send(keypress.Msg("h"))
	waitFor(t, f, "Grootste gedeelde verschuiving")
	lockAndQuit(t, tm, f, func() bool { return r.Snapshot().Locked })
}

// meanwhile runs f in another goroutine while the program runs, as the
// SSH and web servers change the room, and fails the test on its error.
func meanwhile(t *testing.T, f func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// lockAndQuit is how both program tests end: l locks the room (locked
// reads it), q asks, enter quits the program.
func lockAndQuit(t *testing.T, tm *teatest.TestModel, f *lastFrame, locked func() bool) {
	t.Helper()
	tm.Send(keypress.Msg("l"))
	waitFor(t, f, "inschrijving dicht: geen nieuwe deelnemers")
	tm.Send(keypress.Msg("q"))
	waitFor(t, f, "Stoppen?")
	tm.Send(keypress.Msg("enter"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(20*time.Second))
	if !locked() {
		t.Error("l did not lock the room")
	}
}
