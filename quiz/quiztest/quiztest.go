// Package quiztest gives tests in other packages the real question sets,
// read from the repository root, so that they test against what users get
// without each of them finding the files or embedding them again.
package quiztest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// files are the question sets per language, as main embeds them.
var files = map[i18n.Lang]string{
	i18n.NL: "questions.yaml",
	i18n.EN: "questions.en.yaml",
}

// Root returns the repository root, found from this file's location so
// that it works from any package's test directory.
func Root(tb testing.TB) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("quiztest: cannot locate the repository root")
	}
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Builtin reads the embedded question sets from the repository root, as
// main's go:embed does. File names are the same as in the binary.
func Builtin(tb testing.TB) quiz.Builtin {
	tb.Helper()
	root := Root(tb)
	b := quiz.Builtin{}
	for l, name := range files {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			tb.Fatalf("quiztest: %v", err)
		}
		b[l] = quiz.File{Name: name, Data: data}
	}
	return b
}

// Bank parses the real question set in l and fails the test when it does
// not load.
func Bank(tb testing.TB, l i18n.Lang) *quiz.Bank {
	tb.Helper()
	b, err := Builtin(tb).Bank(l)
	if err != nil {
		tb.Fatalf("quiztest: the %s question set does not load:\n%s", l, quiz.Message(err, i18n.EN))
	}
	return b
}
