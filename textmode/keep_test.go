package textmode

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// onRead runs hook just before the reader gives its n-th line, so a test
// can change the world while the quiz waits for input.
type onRead struct {
	lines []string
	n     int
	hook  func()
	i     int
}

func (r *onRead) Read(p []byte) (int, error) {
	if r.i >= len(r.lines) {
		return 0, io.EOF
	}
	if r.i == r.n && r.hook != nil {
		r.hook()
		r.hook = nil
	}
	n := copy(p, r.lines[r.i]+"\n")
	r.i++
	return n, nil
}

func three(t *testing.T) *quiz.Bank {
	t.Helper()
	b, err := quiztest.Builtin(t).Load(quiztest.SmallFile(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFailedSaveKeepsResult: the save folder turns into a file while the
// name is asked; the run fails with a SaveError that says the result is
// kept, and the next run offers the result back and saves it.
func TestFailedSaveKeepsResult(t *testing.T) {
	bank := three(t)
	store := &results.Store{Dir: t.TempDir()}
	dir := filepath.Join(t.TempDir(), "groep")
	cfg := Config{Bank: bank, Lang: i18n.NL, Theme: theme.New(true, false), Progress: store, SaveDir: dir, AskName: true}
	in := &onRead{lines: []string{"1", "2", "3", "Dirk"}, n: 3, hook: func() {
		if err := os.Remove(dir); err != nil {
			t.Error(err)
		}
		if err := os.WriteFile(dir, nil, 0o600); err != nil {
			t.Error(err)
		}
	}}
	var out bytes.Buffer
	_, err := Run(cfg, in, &out)
	var se *SaveError
	if !errors.As(err, &se) || !se.Kept {
		t.Fatalf("err = %v, want a SaveError with the result kept", err)
	}
	if msg := explain(err, i18n.NL); !strings.Contains(msg, "blijft bewaard") {
		t.Errorf("message: %s", msg)
	}
	if !strings.Contains(out.String(), "Jouw mix") {
		t.Errorf("the result should have been printed:\n%s", out.String())
	}

	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if _, err := Run(cfg, strings.NewReader("\nDirk\n"), &out); err != nil {
		t.Fatalf("second run: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "je uitslag staat klaar") || !strings.Contains(out.String(), "Bewaard in") {
		t.Fatalf("want the kept result offered back and saved:\n%s", out.String())
	}
	if _, ok, _ := store.LoadProgress(bank); ok {
		t.Error("a saved result should no longer be kept")
	}
}

func TestEnglishPrompts(t *testing.T) {
	bank := three(t)
	store := &results.Store{Dir: t.TempDir()}
	cfg := Config{Bank: bank, Lang: i18n.EN, Theme: theme.New(true, false), Progress: store}
	var out bytes.Buffer
	_, err := Run(cfg, strings.NewReader("1\nquit\n"), &out)
	if msg := explain(err, i18n.EN); !strings.Contains(msg, "Stopped at scenario 2 of 3") || !strings.Contains(msg, "Your answers are kept") {
		t.Fatalf("message: %s", msg)
	}
	out.Reset()
	_, err = Run(cfg, strings.NewReader("maybe\n\nb\n"), &out)
	if !strings.Contains(out.String(), "Continue? Enter or y") || !strings.Contains(out.String(), "Type enter or y") {
		t.Fatalf("want the English resume prompt and a complaint:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "You chose 1 before") {
		t.Errorf("b should show the earlier choice:\n%s", out.String())
	}
	var ie *InputEndedError
	if !errors.As(err, &ie) || !ie.Kept {
		t.Errorf("err = %v", err)
	}
}

// explain says err in l as the command line does.
func explain(err error, l i18n.Lang) string {
	var lz i18n.Localized
	if errors.As(err, &lz) {
		return lz.Message(l)
	}
	return err.Error()
}
