package quizview_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/screen/quizview"
)

// step presses one key and carries out the commands it returns, as the
// program would, except those that do not finish promptly (cursor blink).
func step(t *testing.T, m tea.Model, k string) tea.Model {
	t.Helper()
	m, cmd := m.Update(keypress.Msg(k))
	return drain(m, cmd, 3)
}

func drain(m tea.Model, cmd tea.Cmd, depth int) tea.Model {
	if cmd == nil || depth == 0 {
		return m
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(300 * time.Millisecond):
		return m
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			m = drain(m, c, depth-1)
		}
		return m
	}
	if msg == nil {
		return m
	}
	m, next := m.Update(msg)
	return drain(m, next, depth-1)
}

func typeText(t *testing.T, m tea.Model, s string) tea.Model {
	for _, r := range s {
		m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// TestResumeAfterKill answers three questions, drops the model as a killed
// program would, and starts again with the same question set.
func TestResumeAfterKill(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	var m tea.Model = sized(quizview.New(cfg), 80, 24)
	for _, k := range []string{"enter", "2", "enter", "3", "enter", "1", "enter"} {
		m = step(t, m, k)
	}
	if !strings.Contains(screen(m), "Vraag 4 van 26") {
		t.Fatalf("setup: want question 4:\n%s", screen(m))
	}
	answers := m.(quizview.Model).Walk().Answers()

	m = sized(quizview.New(cfg), 80, 24) // the killed program's successor
	if !strings.Contains(screen(m), "gebleven bij vraag 4 van 26") {
		t.Fatalf("want an offer to continue at question 4:\n%s", screen(m))
	}
	m = step(t, m, "enter")
	if !strings.Contains(screen(m), "Vraag 4 van 26") {
		t.Fatalf("want question 4 after continuing:\n%s", screen(m))
	}
	got := m.(quizview.Model).Walk().Answers()
	for i := range 3 {
		if got[i] != answers[i] {
			t.Fatalf("answer %d = %d after resume, want %d", i+1, got[i], answers[i])
		}
	}
	m = step(t, m, "left")
	if !strings.Contains(screen(m), "› 1.") {
		t.Fatalf("going back should select the earlier answer (1):\n%s", screen(m))
	}
}

func TestFreshStartForgetsProgress(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	var m tea.Model = sized(quizview.New(cfg), 80, 24)
	step(t, step(t, m, "enter"), "enter") // one answer, kept as progress
	m = sized(quizview.New(cfg), 80, 24)
	if !strings.Contains(screen(m), "gebleven bij vraag 2") {
		t.Fatalf("setup: want the offer to continue:\n%s", screen(m))
	}
	m = step(t, m, "n")
	if !strings.Contains(screen(m), "Vraag 1 van 26") {
		t.Fatalf("n should start at question 1:\n%s", screen(m))
	}
	if _, ok, _ := cfg.Progress.LoadProgress(cfg.Bank); ok {
		t.Fatal("starting afresh should clear the kept progress")
	}
}

func TestCorruptProgressIsSetAside(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	path, err := cfg.Progress.Path(cfg.Bank)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{niet af"), 0o600); err != nil {
		t.Fatal(err)
	}
	m := sized(quizview.New(cfg), 80, 24)
	out := screen(m)
	if !strings.Contains(out, "26 vragen") {
		t.Fatalf("a corrupt progress file must not stop the quiz:\n%s", out)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("the corrupt file should be moved aside")
	}
}

func finished(t *testing.T, cfg quizview.Config) tea.Model {
	m := answerAll(press(sized(quizview.New(cfg), 80, 24), "enter"), len(cfg.Bank.Questions))
	if !m.(quizview.Model).Finished() {
		t.Fatal("setup: quiz did not finish")
	}
	return m
}

func TestSaveAsksNameAndSaves(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.SaveDir = filepath.Join(t.TempDir(), "groep")
	cfg.Now = func() time.Time { return time.Date(2026, 11, 27, 15, 30, 0, 0, time.UTC) }
	m := finished(t, cfg)
	m = step(t, m, "s")
	if !strings.Contains(screen(m), "Uitslag bewaren") {
		t.Fatalf("s should ask a name:\n%s", screen(m))
	}
	m = typeText(t, m, "Anna")
	m = step(t, m, "enter")
	if !strings.Contains(screen(m), "Bewaard in") {
		t.Fatalf("want a saved message:\n%s", screen(m))
	}
	files, _ := filepath.Glob(filepath.Join(cfg.SaveDir, "*.json"))
	if len(files) != 1 {
		t.Fatalf("want one result file, got %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	r, err := results.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := m.(quizview.Model).Walk().Mix()
	if r.Name != "Anna" || r.Mix() != want || len(r.Answers) != 26 {
		t.Fatalf("saved %+v, want name Anna and profile %+v", r, want)
	}
	m = step(t, m, "s")
	if !strings.Contains(screen(m), "Al bewaard") {
		t.Fatalf("a second s should say it is already saved:\n%s", screen(m))
	}
}

func TestSaveFailureKeepsResultOnScreen(t *testing.T) {
	cfg := config(t, i18n.EN)
	file := filepath.Join(t.TempDir(), "not-a-dir")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.SaveDir = file
	m := finished(t, cfg)
	m = step(t, step(t, m, "s"), "enter")
	out := screen(m)
	if !strings.Contains(out, "Your mix") {
		t.Fatalf("the result must stay on screen:\n%s", out)
	}
	if !strings.Contains(out, "not-a-dir") {
		t.Fatalf("want a message naming the folder:\n%s", out)
	}
}

func TestAutoSaveAsksNameAtTheEnd(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.SaveDir, cfg.AutoSave, cfg.Name = t.TempDir(), true, "Bas"
	m := finished(t, cfg)
	if !strings.Contains(screen(m), "Uitslag bewaren") {
		t.Fatalf("with --save the end should ask a name:\n%s", screen(m))
	}
	m = step(t, m, "enter")
	files, _ := filepath.Glob(filepath.Join(cfg.SaveDir, "*bas*.json"))
	if len(files) != 1 {
		t.Fatalf("want one result file named after Bas, got %v\n%s", files, screen(m))
	}
}
