package cultureview_test

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/cultureview"
)

// TestFlowWholeSurvey takes the survey with key presses through a real
// program and checks the result the model ends with.
func TestFlowWholeSurvey(t *testing.T) {
	m := cultureview.New(cultureview.Config{Set: quiztest.Culture(t, i18n.NL), Lang: i18n.NL, Theme: theme.Dark, Color: true})
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	waitFor(t, tm, "6 onderwerpen")
	tm.Send(keypress.Msg("enter"))
	waitFor(t, tm, "onderwerp 1 van 6")
	for _, a := range append(append([]culture.Allocation(nil), nowPass...), desiredPass...) {
		for i, n := range a {
			if i > 0 {
				tm.Send(keypress.Msg("down"))
			}
			for j := range n {
				// → and + both add a point.
				k := "+"
				if j%2 == 1 {
					k = "right"
				}
				tm.Send(keypress.Msg(k))
			}
		}
		tm.Send(keypress.Msg("enter"))
	}
	waitFor(t, tm, "grootste verschuiving")
	tm.Send(keypress.Msg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(cultureview.Model)
	if !final.Finished() {
		t.Fatal("the survey did not reach the result")
	}
	if r := final.Survey().Result(); r.Diff != [3]int{-30, 12, 18} {
		t.Errorf("diff %v", r.Diff)
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// BenchmarkKeystroke is one key press and the frame drawn after it, at
// 80×24 during the allocation: the per-keystroke path.
func BenchmarkKeystroke(b *testing.B) {
	m := press(newModel(b, i18n.NL, true, 80, 24), "enter", "5")
	keys := []string{"down", "+", "up", "-"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m = press(m, keys[i%len(keys)])
		_ = m.View()
	}
}

// BenchmarkResultFrame draws the result at 120×40.
func BenchmarkResultFrame(b *testing.B) {
	m := finished(b, i18n.NL, true, 120, 40)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkSideFrame draws the result with the picture per dimension
// beside it at 200×60, the largest culture frame.
func BenchmarkSideFrame(b *testing.B) {
	m := finished(b, i18n.NL, true, 200, 60)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
