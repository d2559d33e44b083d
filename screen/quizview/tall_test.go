package quizview_test

import (
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/quizview"
)

// tallBank is the built-in set with nine options of n characters each, so
// that at a small window no option ever fits on screen whole.
func tallBank(t *testing.T, n int) *quiz.Bank {
	b := *quiztest.Bank(t, i18n.NL)
	word := "overleg "
	text := strings.TrimSpace(strings.Repeat(word, n/len(word)+1)[:n])
	qs := make([]quiz.Question, len(b.Questions))
	for i, q := range b.Questions {
		q.Options = make([]quiz.Option, 9)
		for j := range q.Options {
			o := b.Questions[i].Options[j%len(b.Questions[i].Options)]
			o.Text = text
			q.Options[j] = o
		}
		qs[i] = q
	}
	b.Questions = qs
	return &b
}

// An option taller than the window could never be chosen: enter only
// scrolled it to its top. Now enter chooses it once it fills the window
// or has been scrolled through, and every option of a question can be
// reached and chosen.
func TestTallOptionsCanBeChosen(t *testing.T) {
	for _, tc := range []struct{ w, h, n int }{{40, 12, 300}, {80, 24, 2000}} {
		cfg := config(t, i18n.NL)
		cfg.Bank = tallBank(t, tc.n)
		cfg.Ordering = quiz.Ordering{}
		for _, opt := range []string{"1", "5", "9"} {
			m := press(sized(quizview.New(cfg), tc.w, tc.h), "enter", opt)
			for range 50 {
				if m.(quizview.Model).Walk().Index() > 0 {
					break
				}
				m = press(m, "enter")
			}
			w := m.(quizview.Model).Walk()
			if w.Index() != 1 {
				t.Fatalf("%dx%d, option %s of %d characters: enter never chose it; screen:\n%s",
					tc.w, tc.h, opt, tc.n, screen(m))
			}
			screentest.Fits(t, screen(m), tc.w, tc.h)
		}

		// Scrolling through with the arrows ends on the option's last
		// line; enter then chooses it without another jump.
		m := press(sized(quizview.New(cfg), tc.w, tc.h), "enter")
		for range 400 {
			if strings.Contains(screen(m), "2.") {
				break
			}
			m = press(m, "down")
		}
		m = press(m, "up", "enter") // back on option 1, its tail seen
		if got := m.(quizview.Model).Walk().Index(); got != 1 {
			t.Errorf("%dx%d: enter after scrolling through option 1 did not choose it", tc.w, tc.h)
		}
	}
}
