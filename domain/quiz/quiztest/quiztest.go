// Package quiztest gives tests in other packages the real question sets,
// as the program embeds them (package content), so that they test against
// what users get.
package quiztest

import (
	"testing"

	"ideale-ambtenaar/content"
	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/i18n"
)

// Builtin returns the embedded question sets.
func Builtin(tb testing.TB) quiz.Builtin {
	tb.Helper()
	return content.Builtin()
}

// Bank parses the real question set in l and fails the test when it does
// not load.
func Bank(tb testing.TB, l i18n.Lang) *quiz.Bank {
	tb.Helper()
	b, err := content.Builtin().Bank(l)
	if err != nil {
		tb.Fatalf("quiztest: the %s question set does not load:\n%s", l, quiz.Message(err, i18n.EN))
	}
	return b
}
