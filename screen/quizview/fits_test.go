package quizview

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// OptionFits agrees with the screen: an option it says fits is shown
// whole once revealed, and one it says does not is never shown whole.
func TestOptionFitsAgreesWithLayout(t *testing.T) {
	base := quiztest.Bank(t, i18n.NL)
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		for _, n := range []int{40, 200, 400, 600, 800, 1000, 1400, 2000} {
			text := strings.TrimSpace(strings.Repeat("overleg ", n/8))
			b := *base
			q := b.Questions[0]
			q.Options = append([]quiz.Option(nil), q.Options...)
			q.Options[0].Text = text
			b.Questions = append([]quiz.Question{q}, b.Questions[1:]...)
			m := New(Config{Bank: &b, Lang: i18n.NL, Theme: theme.Dark})
			mm, _ := m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			m = mm.(Model)
			m.stage = stageQuestion
			ql := m.layoutQuestion()
			shown := ql.visible(ql.reveal(0, 0), 0)
			if want := OptionFits(text, len(q.Options), sz[0], sz[1]); shown != want {
				t.Errorf("%dx%d, %d characters: OptionFits %v, shown whole %v", sz[0], sz[1], n, want, shown)
			}
		}
	}
}
