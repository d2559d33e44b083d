package cultureview_test

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/cultureview"
)

// fakeRecorder records the calls and fails the next one that starts with
// failOn, once.
type fakeRecorder struct {
	calls  []string
	failOn string
}

func (f *fakeRecorder) call(s string) error {
	if f.failOn != "" && strings.HasPrefix(s, f.failOn) {
		f.failOn = ""
		return errors.New("disk full")
	}
	f.calls = append(f.calls, s)
	return nil
}

func (f *fakeRecorder) Give(a culture.Allocation) error { return f.call("give " + a.String()) }
func (f *fakeRecorder) Back() error                     { return f.call("back") }
func (f *fakeRecorder) Finish() error                   { return f.call("finish") }
func (f *fakeRecorder) Leave()                          { f.calls = append(f.calls, "leave") }

func roomModel(t *testing.T, rec *fakeRecorder, sv *culture.Survey) cultureview.Model {
	t.Helper()
	m := cultureview.New(cultureview.Config{Set: quiztest.Culture(t, i18n.NL), Lang: i18n.NL, Theme: theme.Dark,
		Color: true, Recorder: rec, Survey: sv})
	return send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
}

func TestRecorderTakesEveryStep(t *testing.T) {
	rec := &fakeRecorder{}
	m := press(roomModel(t, rec, nil), "enter")
	m = allocate(m, culture.Allocation{5, 3, 1}) // 9 points: the room is not asked
	if len(rec.calls) != 0 || m.Survey().Step() != 0 {
		t.Fatalf("an incomplete allocation reached the room: %v", rec.calls)
	}
	m = press(roomModel(t, rec, nil), "enter")
	rec.failOn = "give"
	m = allocate(m, culture.Allocation{5, 3, 2})
	if m.Survey().Step() != 0 || !strings.Contains(screen(m), "disk full") {
		t.Fatalf("moved on after the room failed: step %d\n%s", m.Survey().Step(), screen(m))
	}
	m = press(m, "enter") // the same allocation again: now the room takes it
	if m.Survey().Step() != 1 || len(rec.calls) != 1 || rec.calls[0] != "give 5 3 2" {
		t.Fatalf("step %d, calls %v", m.Survey().Step(), rec.calls)
	}
	m = press(m, "t")
	if m.Survey().Step() != 0 || rec.calls[1] != "back" {
		t.Fatalf("back: step %d, calls %v", m.Survey().Step(), rec.calls)
	}
	for _, a := range append(append([]culture.Allocation(nil), nowPass...), desiredPass[:5]...) {
		m = allocate(m, a)
	}
	rec.failOn = "finish"
	m = allocate(m, desiredPass[5]) // given, but the finish fails: stay
	if m.Finished() || m.Survey().Done() || !strings.Contains(screen(m), "disk full") {
		t.Fatalf("finished although the room failed\n%s", screen(m))
	}
	m = press(m, "enter")
	if !m.Finished() || rec.calls[len(rec.calls)-1] != "finish" {
		t.Fatalf("finish not retried: %v", rec.calls)
	}
	if n := len(rec.calls); rec.calls[n-2] != "give 3 4 3" || rec.calls[n-3] != "give 3 4 3" {
		t.Errorf("calls %v", rec.calls[n-3:])
	}
	m = press(m, "t") // finished in a room: final
	if !m.Finished() {
		t.Error("back from the result in a room")
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if cmd == nil || rec.calls[len(rec.calls)-1] != "leave" {
		t.Errorf("q did not leave: %v", rec.calls)
	}
}

func TestRecorderStartsFromTheRoomsSurvey(t *testing.T) {
	set := quiztest.Culture(t, i18n.NL)
	sv := culture.NewSurvey(set)
	_ = sv.Give(culture.Allocation{5, 3, 2})
	_ = sv.Give(culture.Allocation{4, 4, 2})
	m := press(roomModel(t, &fakeRecorder{}, sv), "enter")
	if !strings.Contains(screen(m), "onderwerp 3 van 6") {
		t.Errorf("not at the third step:\n%s", screen(m))
	}
	for range set.Dimensions {
		_ = sv.Give(culture.Allocation{10, 0, 0})
		_ = sv.Give(culture.Allocation{0, 0, 10})
	}
	if m := roomModel(t, &fakeRecorder{}, sv); !m.Finished() {
		t.Error("a finished survey does not start at the result")
	}
}
