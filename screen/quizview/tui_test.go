package quizview_test

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

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/quizview"
)

func config(t testing.TB, l i18n.Lang) quizview.Config {
	return quizview.Config{
		Bank:     quiztest.Bank(t, l),
		Lang:     l,
		Ordering: quiz.Ordering{Shuffle: true, Seed: 7},
		Theme:    theme.Dark,
		Color:    true,
	}
}

func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		m, _ = m.Update(keypress.Msg(k))
	}
	return m
}

func screen(m tea.Model) string { return ansi.Strip(m.View().Content) }

func sized(m tea.Model, w, h int) tea.Model {
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// answerAll confirms the selected option of every question. On a small
// window enter first scrolls an option into view, so it presses until the
// result shows.
func answerAll(m tea.Model, n int) tea.Model {
	for range 10 * n {
		if m.(quizview.Model).Finished() {
			break
		}
		m = press(m, "enter")
	}
	return m
}

func TestGoldenScreens(t *testing.T) {
	sizes := [][2]int{{80, 24}, {40, 12}, {120, 40}}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		cfg := config(t, i18n.NL)
		n := len(cfg.Bank.Questions)
		steps := map[string]func(tea.Model) tea.Model{
			"welcome":  func(m tea.Model) tea.Model { return m },
			"question": func(m tea.Model) tea.Model { return press(m, "enter", "enter", "enter", "down") },
			"result":   func(m tea.Model) tea.Model { return answerAll(press(m, "enter"), n) },
			"quit":     func(m tea.Model) tea.Model { return press(m, "enter", "enter", "q") },
		}
		for name, step := range steps {
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				m := step(sized(quizview.New(cfg), w, h))
				out := screen(m)
				screentest.Fits(t, out, w, h)
				golden.RequireEqual(t, []byte(out))
			})
		}
	}
}

func TestEverySizeFits(t *testing.T) {
	cfg := config(t, i18n.EN)
	for w := 20; w <= 300; w += 17 {
		for h := 6; h <= 80; h += 7 {
			m := sized(quizview.New(cfg), w, h)
			for i := 0; i < 5; i++ {
				screentest.Fits(t, screen(m), w, h)
				m = press(m, "enter", "down", "down")
			}
		}
	}
}

func TestTooSmall(t *testing.T) {
	m := sized(quizview.New(config(t, i18n.NL)), 30, 10)
	if !strings.Contains(screen(m), "venster groter") {
		t.Fatalf("want a 'make the window larger' message, got:\n%s", screen(m))
	}
	m = sized(m, 80, 24)
	if !strings.Contains(screen(m), "26 casussen") {
		t.Fatalf("after growing, want the welcome screen, got:\n%s", screen(m))
	}
}

func TestBackKeepsEarlierAnswer(t *testing.T) {
	m := sized(quizview.New(config(t, i18n.NL)), 80, 24)
	m = press(m, "enter", "3", "enter", "left")
	out := screen(m)
	if !strings.Contains(out, "Casus 1 van 26") {
		t.Fatalf("want question 1 after going back:\n%s", out)
	}
	if !strings.Contains(out, "› 3.") {
		t.Fatalf("want the earlier answer (3) selected:\n%s", out)
	}
}

func TestQuitAsksWhenAnswersWouldBeLost(t *testing.T) {
	m := sized(quizview.New(config(t, i18n.NL)), 80, 24)
	m = press(m, "enter", "enter", "esc")
	if !strings.Contains(screen(m), "Stoppen?") {
		t.Fatalf("want a confirmation:\n%s", screen(m))
	}
	m = press(m, "n")
	if !strings.Contains(screen(m), "Casus 2 van 26") {
		t.Fatalf("after 'n' want the quiz back at question 2:\n%s", screen(m))
	}
	_, cmd := press(m, "q").Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	if !quits(cmd) {
		t.Fatal("after 'j' the program should quit")
	}
	if _, cmd := press(m, "q").Update(tea.KeyPressMsg{Code: 'n', Text: "n"}); quits(cmd) {
		t.Fatal("after 'n' the program must not quit")
	}
}

// quits runs cmd, and the commands of a batch or sequence it returns, and
// reports whether one of them is tea.Quit.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}

func TestNoFrameBeforeBackgroundIsKnown(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Theme = theme.Auto
	m := sized(quizview.New(cfg), 80, 24)
	if got := screen(m); got != "" {
		t.Fatalf("want an empty frame while the background is unknown, got:\n%s", got)
	}
	m, _ = m.Update(tea.BackgroundColorMsg{})
	if !strings.Contains(screen(m), "26 casussen") {
		t.Fatal("want the welcome screen once the background is known")
	}
}

// TestFlowWholeQuiz answers the embedded quiz with key presses through a
// real program and checks the profile the model ends with.
func TestFlowWholeQuiz(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Ordering = quiz.Ordering{Shuffle: false}
	tm := teatest.NewTestModel(t, quizview.New(cfg),
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	waitFor(t, tm, "26 casussen")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	var want profile.Points
	for i, q := range cfg.Bank.Questions {
		pick := i % len(q.Options) // 1, 2, 3, 1, …
		want = want.Add(q.Options[pick].Points)
		tm.Send(tea.KeyPressMsg{Code: rune('1' + pick), Text: string(rune('1' + pick))})
		tm.Send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	}
	waitFor(t, tm, "Jouw mix")
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	waitFor(t, tm, "nog niet bewaard") // an unsaved result: quitting asks first
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(quizview.Model)
	if !final.Finished() {
		t.Fatal("the quiz did not reach the result")
	}
	if got := final.Walk().Mix(); got != profile.New(want) {
		t.Fatalf("profile = %+v, want %+v", got, profile.New(want))
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}
