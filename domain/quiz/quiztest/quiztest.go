// Package quiztest gives tests in other packages the real question sets,
// as the program embeds them (package content), so that they test against
// what users get.
package quiztest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"ideale-ambtenaar/content"
	"ideale-ambtenaar/domain/culture"
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

// Small parses domain/quiz/testdata/valid.yaml (as a file named
// valid.yaml, the Source results record) with the embedded sets for the
// types it leaves out: three scenarios, balie-rij, nieuwe-regel and
// zonder-context, options in file order B, O, V; the second option scores
// {B2 V1}, {O2 B1}, {V2 O1}. It is the small set of the live room's tests.
func Small(tb testing.TB) *quiz.Bank {
	tb.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("quiztest: cannot find its own folder")
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "testdata", "valid.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	b, err := quiz.Parse(quiz.File{Name: "valid.yaml", Data: data}, content.Builtin())
	if err != nil {
		tb.Fatalf("quiztest: valid.yaml does not load:\n%s", quiz.Message(err, i18n.EN))
	}
	return b
}

// Culture parses the embedded culture file in l (culture.yaml or
// culture.en.yaml, as the program has it) and fails the test when it does
// not load.
func Culture(tb testing.TB, l i18n.Lang) *culture.Set {
	tb.Helper()
	s, err := content.CultureBuiltin().Set(l)
	if err != nil {
		tb.Fatalf("quiztest: the %s culture file does not load:\n%s", l, quiz.Message(err, i18n.EN))
	}
	return s
}
