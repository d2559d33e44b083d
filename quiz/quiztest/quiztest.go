// Package quiztest gives tests in other packages the real question sets,
// read from the top of the repository where the program embeds them from
// (questions.yaml, questions.en.yaml, culture.yaml, culture.en.yaml), so
// that they test against what users get.
package quiztest

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// Root is the repository's top folder: the first folder above the test's
// working directory (its package folder) that holds go.mod.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatal("quiztest: no go.mod above the working directory")
		}
		dir = up
	}
}

var (
	readOnce sync.Once
	files    map[string][]byte
	readErr  error
)

// read returns the embedded sets' bytes by file name, read once.
func read(tb testing.TB) map[string][]byte {
	tb.Helper()
	root := Root(tb)
	readOnce.Do(func() {
		files = map[string][]byte{}
		for _, name := range []string{"questions.yaml", "questions.en.yaml", "culture.yaml", "culture.en.yaml"} {
			data, err := os.ReadFile(filepath.Join(root, name))
			if err != nil {
				readErr = err
				return
			}
			files[name] = data
		}
	})
	if readErr != nil {
		tb.Fatal(readErr)
	}
	return files
}

// Builtin returns the question sets the program embeds, one per language.
func Builtin(tb testing.TB) questionfile.Builtin {
	tb.Helper()
	f := read(tb)
	return questionfile.Builtin{
		i18n.NL: {Name: "questions.yaml", Data: f["questions.yaml"]},
		i18n.EN: {Name: "questions.en.yaml", Data: f["questions.en.yaml"]},
	}
}

// CultureBuiltin returns the culture files the program embeds, one per
// language.
func CultureBuiltin(tb testing.TB) questionfile.CultureBuiltin {
	tb.Helper()
	f := read(tb)
	return questionfile.CultureBuiltin{
		i18n.NL: {Name: "culture.yaml", Data: f["culture.yaml"]},
		i18n.EN: {Name: "culture.en.yaml", Data: f["culture.en.yaml"]},
	}
}

// Bank parses the real question set in l and fails the test when it does
// not load.
func Bank(tb testing.TB, l i18n.Lang) *quiz.Bank {
	tb.Helper()
	b, err := Builtin(tb).Bank(l)
	if err != nil {
		tb.Fatalf("quiztest: the %s question set does not load:\n%s", l, questionfile.Message(err, i18n.EN))
	}
	return b
}

// Small parses domain/questionfile/testdata/valid.yaml (as a file named
// valid.yaml, the Source results record) with the embedded sets for the
// types it leaves out: three scenarios, balie-rij, nieuwe-regel and
// zonder-context, options in file order B, O, V; the second option scores
// {B2 V1}, {O2 B1}, {V2 O1}. It is the small set of the live room's tests.
func Small(tb testing.TB) *quiz.Bank {
	tb.Helper()
	data, err := os.ReadFile(SmallFile(tb))
	if err != nil {
		tb.Fatal(err)
	}
	b, err := questionfile.Parse(questionfile.File{Name: "valid.yaml", Data: data}, Builtin(tb))
	if err != nil {
		tb.Fatalf("quiztest: valid.yaml does not load:\n%s", questionfile.Message(err, i18n.EN))
	}
	return b
}

// SmallFile is the absolute path of the file Small parses, for tests
// that pass it as --questions.
func SmallFile(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(Root(tb), "domain", "questionfile", "testdata", "valid.yaml")
}

// Culture parses the embedded culture file in l (culture.yaml or
// culture.en.yaml, as the program has it) and fails the test when it does
// not load.
func Culture(tb testing.TB, l i18n.Lang) *culture.Set {
	tb.Helper()
	s, err := CultureBuiltin(tb).Set(l)
	if err != nil {
		tb.Fatalf("quiztest: the %s culture file does not load:\n%s", l, questionfile.Message(err, i18n.EN))
	}
	return s
}
