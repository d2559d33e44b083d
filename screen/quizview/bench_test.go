package quizview_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/quizview"
)

// BenchmarkKeyPress is one key press on a question screen: Update plus the
// View that follows it, the work between a key and the next frame.
func BenchmarkKeyPress(b *testing.B) {
	m := press(sized(quizview.New(config(b, i18n.NL)), 80, 24), "enter")
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	up := tea.KeyPressMsg{Code: tea.KeyUp}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		k := down
		if i%4 >= 2 {
			k = up
		}
		m, _ = m.Update(k)
		_ = m.View()
	}
}

// BenchmarkResultView renders the result screen at 80×24.
func BenchmarkResultView(b *testing.B) {
	cfg := config(b, i18n.NL)
	m := answerAll(press(sized(quizview.New(cfg), 80, 24), "enter"), len(cfg.Bank.Questions))
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
