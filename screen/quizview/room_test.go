package quizview_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/quizview"
)

// fakeRecorder writes down the calls; fail makes the next Answer fail.
type fakeRecorder struct {
	calls []string
	fail  error
}

func (r *fakeRecorder) Answer(id string, shown int) error {
	if r.fail != nil {
		err := r.fail
		r.fail = nil
		return err
	}
	r.calls = append(r.calls, fmt.Sprintf("answer %s %d", id, shown))
	return nil
}
func (r *fakeRecorder) Back() error   { r.calls = append(r.calls, "back"); return nil }
func (r *fakeRecorder) Finish() error { r.calls = append(r.calls, "finish"); return nil }
func (r *fakeRecorder) Leave()        { r.calls = append(r.calls, "leave") }

func TestRecorderTakesEveryStep(t *testing.T) {
	cfg := config(t, i18n.NL)
	rec := &fakeRecorder{}
	cfg.Recorder = rec
	m := sized(quizview.New(cfg), 80, 24)
	m = press(m, "enter", "2", "enter")
	rec.fail = errors.New("schijf vol")
	m = press(m, "enter")
	if out := screen(m); !strings.Contains(out, "schijf vol") || !strings.Contains(out, "Casus 2 van") {
		t.Fatalf("a failed answer must stay on the question with the error:\n%s", out)
	}
	m = press(m, "left")
	n := len(cfg.Bank.Questions)
	m = answerAll(m, n)
	if out := screen(m); strings.Contains(out, "bewaren") {
		t.Errorf("no save key in a room:\n%s", out)
	}
	m, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if !quits(cmd) {
		t.Error("q at the room's result quits at once: the room saved it")
	}
	_ = m
	want := []string{"answer " + cfg.Bank.Questions[0].ID + " 1", "back"}
	if len(rec.calls) != 2+n+2 || rec.calls[0] != want[0] || rec.calls[1] != want[1] ||
		rec.calls[len(rec.calls)-2] != "finish" || rec.calls[len(rec.calls)-1] != "leave" {
		t.Errorf("calls = %q", rec.calls)
	}
}

func TestRecorderStartsFromTheRoomsWalk(t *testing.T) {
	cfg := config(t, i18n.EN)
	w := quiz.NewWalk(cfg.Bank, quiz.Ordering{})
	w.Answer(0)
	w.Answer(1)
	cfg.Recorder, cfg.Walk = &fakeRecorder{}, w
	m := sized(quizview.New(cfg), 80, 24)
	if out := screen(m); !strings.Contains(out, "scenario 3 of") {
		t.Fatalf("welcome must say where they were:\n%s", out)
	}
	m = press(m, "n")
	m = press(m, "enter")
	if out := screen(m); !strings.Contains(out, "Scenario 3 of") {
		t.Fatalf("enter continues at question 3:\n%s", out)
	}
}
