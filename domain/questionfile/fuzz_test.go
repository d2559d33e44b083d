package questionfile_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// FuzzParse feeds the loader arbitrary bytes. Whatever comes in, Parse
// must not panic, and must return either a bank that keeps every promise
// of Bank or problems that are located inside the file and readable in
// both languages. The seeds (testdata, the embedded sets and a few
// awkward snippets) run in every `go test`; found crashers are kept in
// testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	suite, _ := filepath.Glob(filepath.Join("testdata", "yaml-test-suite", "*.yaml"))
	seeds = append(seeds, suite...)
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, file := range quiztest.Builtin(f) {
		f.Add(file.Data)
	}
	for _, s := range []string{
		"",
		"\xEF\xBB\xBFquestions:\r\n  - id: a\r\n    scenario: x\r\n    options:\r\n      - {text: a, type: verbinder}\r\n      - {text: b, scores: {bureaucraat: 2}}\r\n",
		"questions:\n\t- id: a\n",
		"questions: [{id: a, scenario: b, options: [{text: c, type: verbinder}, {text: d, type: ondernemer}]}]",
		"a: &a [x]\nb: [*a, *a]\nquestions: *a\n",
		"questions:\n  - id: a\n    scenario: \"C:\\pad\"\n",
		"language: en\ntypes:\n  verbinder: {name: C, strengths: [a, b]}\nquestions:\n  - id: a\n    scenario: x\n    options: [{text: a, type: verbinder}, {text: b, type: ondernemer}]\n---\nx: 1\n",
		"%YAML 1.2\n---\nquestions: []\n",
		"questions:\n  - id: a\n    options: [ [ a, b, c ]\n  - id: b\n",
		"questions:\n  - id: a\n    options:\n      - text: \"quoted\" and more\n      - {text: a, scores: {bureaucraat: 2,, verbinder: 1}}\n",
		"questions:\n  - id: a\n    scenario: Een lange\n      tekst\n# opmerking\n      verder\n",
		"\xFF\xFEq\x00",
		"q: caf\xe9\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := questionfile.Parse(questionfile.File{Name: "fuzz.yaml", Data: data}, nil)
		if err != nil {
			if b != nil {
				t.Fatal("a bank and an error")
			}
			checkFuzzProblems(t, data, err)
			return
		}
		checkBank(t, b)
	})
}

// checkFuzzProblems asserts that a refusal is well-formed.
func checkFuzzProblems(t *testing.T, data []byte, err error) {
	var ps *questionfile.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %T is not *questionfile.Problems: %v", err, err)
	}
	if len(ps.List) == 0 {
		t.Fatal("an error without problems")
	}
	// Lines count every kind of line end YAML knows, plus one for the
	// position just after the last line.
	lines := 1 + strings.Count(string(data), "\n") + strings.Count(string(data), "\r") +
		strings.Count(string(data), "\u0085") + strings.Count(string(data), "\u2028") + strings.Count(string(data), "\u2029")
	for _, p := range ps.List {
		if p.Line < 0 || p.Line > lines || p.Column < 0 || (p.Line > 0) != (p.Column > 0) {
			t.Errorf("problem outside the file (%d lines): %d:%d %s", lines, p.Line, p.Column, p.Text.EN)
		}
		if p.Text.NL == "" || p.Text.EN == "" {
			t.Errorf("untranslated problem at %d:%d: %+v", p.Line, p.Column, p.Text)
		}
		// A wrong format verb shows as "%!"; the file's own text may
		// contain that too, which is quoted, not formatted.
		if (strings.Contains(p.Text.NL, "%!") || strings.Contains(p.Text.EN, "%!")) && !strings.Contains(string(data), "%!") {
			t.Errorf("bad format verb: %+v", p.Text)
		}
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		if questionfile.Message(err, l) == "" {
			t.Errorf("empty message in %s", l)
		}
	}
}

// checkBank asserts the promises of a parsed Bank.
func checkBank(t *testing.T, b *quiz.Bank) {
	if b.Language != "nl" && b.Language != "en" {
		t.Errorf("language %q", b.Language)
	}
	if len(b.Questions) == 0 {
		t.Fatal("a bank without questions")
	}
	if len(b.Hash) != 64 || b.Source != "fuzz.yaml" {
		t.Errorf("hash %q, source %q", b.Hash, b.Source)
	}
	for _, ty := range profile.Types {
		if strings.TrimSpace(b.Types[ty].Name) == "" {
			t.Errorf("type %s has no name", ty)
		}
	}
	ids := map[string]bool{}
	for _, q := range b.Questions {
		if strings.TrimSpace(q.ID) == "" || ids[q.ID] {
			t.Errorf("empty or duplicate id %q", q.ID)
		}
		ids[q.ID] = true
		if strings.TrimSpace(q.Scenario) == "" {
			t.Errorf("question %q has no scenario", q.ID)
		}
		if n := len(q.Options); n < questionfile.MinOptions || n > questionfile.MaxOptions {
			t.Errorf("question %q has %d options", q.ID, n)
		}
		for _, o := range q.Options {
			if strings.TrimSpace(o.Text) == "" {
				t.Errorf("question %q has an option without text", q.ID)
			}
			if o.Points.Total() <= 0 {
				t.Errorf("question %q: option %q scores nothing", q.ID, o.Text)
			}
			for _, v := range o.Points {
				if v < 0 || v > questionfile.MaxScore {
					t.Errorf("question %q: option %q scores %v", q.ID, o.Text, o.Points)
				}
			}
		}
	}
	_ = b.MaxPoints()
	_ = quiz.NewWalk(b, quiz.Ordering{Shuffle: true, Seed: 1})
}
