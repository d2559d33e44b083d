package quizview_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/frame"
	"ideale-ambtenaar/screen/quizview"
)

// A scenario with emoji sequences (ZWJ family and profession, skin tone,
// flag) keeps every word at 40 columns, and no line is wider than the
// window as any terminal draws it (layout.DrawnWidth). The tmux test in
// the root package checks what a real terminal shows.
func TestEmojiScenarioAt40Columns(t *testing.T) {
	scenario := "Een gezin 👨‍👩‍👧 komt binnen met een arts 👩🏽‍⚕️ en een vlag 🇳🇱 erbij; " +
		"alfa 👨‍👩‍👧 bravo 👩🏽‍⚕️ charlie 🇳🇱 delta 👍🏽 echo 👩🏽‍⚕️ foxtrot 🇳🇱 golf"
	cfg := config(t, i18n.NL)
	b := *cfg.Bank
	q := b.Questions[0]
	q.Scenario = scenario
	b.Questions = append([]quiz.Question{q}, b.Questions[1:]...)
	cfg.Bank, cfg.Ordering = &b, quiz.Ordering{}
	for _, h := range []int{24, 12} {
		m := press(sized(quizview.New(cfg), 40, h), "enter")
		out := screen(m)
		for _, l := range strings.Split(out, "\n") {
			if w := layout.DrawnWidth(l); w > 40 {
				t.Errorf("40x%d: line %q may be drawn in %d cells", h, l, w)
			}
		}
		if h == 24 {
			for _, w := range strings.Fields(scenario) {
				if !strings.Contains(out, w) {
					t.Errorf("40x%d: %q is not on the screen:\n%s", h, w, out)
				}
			}
		}
	}
}

// The full help lists ctrl+z on the welcome, question and result screens
// (where the platform can suspend), and ctrl+z suspends even in the name
// dialog, before the text field sees it.
func TestSuspendInHelp(t *testing.T) {
	cfg := config(t, i18n.NL)
	n := len(cfg.Bank.Questions)
	for name, m := range map[string]tea.Model{
		"welcome":  sized(quizview.New(cfg), 80, 30),
		"question": press(sized(quizview.New(cfg), 80, 30), "enter"),
		"result":   answerAll(press(sized(quizview.New(cfg), 80, 30), "enter"), n),
	} {
		if got := strings.Contains(screen(press(m, "?")), "ctrl+z"); got != frame.CanSuspend {
			t.Errorf("%s: ctrl+z in the full help %v, want %v", name, got, frame.CanSuspend)
		}
	}
	m := press(answerAll(press(sized(quizview.New(cfg), 80, 30), "enter"), n), "s")
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if frame.CanSuspend && (cmd == nil || cmd() != tea.SuspendMsg{}) {
		t.Error("ctrl+z in the name dialog did not suspend")
	}
}
