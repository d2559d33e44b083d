package quizview_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
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
	if !strings.Contains(screen(m), "Casus 4 van 26") {
		t.Fatalf("setup: want question 4:\n%s", screen(m))
	}
	answers := m.(quizview.Model).Walk().Answers()

	m = sized(quizview.New(cfg), 80, 24) // the killed program's successor
	if !strings.Contains(screen(m), "gebleven bij casus 4 van 26") {
		t.Fatalf("want an offer to continue at question 4:\n%s", screen(m))
	}
	m = step(t, m, "enter")
	if !strings.Contains(screen(m), "Casus 4 van 26") {
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
	if !strings.Contains(screen(m), "gebleven bij casus 2") {
		t.Fatalf("setup: want the offer to continue:\n%s", screen(m))
	}
	m = step(t, m, "n")
	if !strings.Contains(flat(m), "1 bewaarde antwoord(en) worden gewist") {
		t.Fatalf("n should ask before throwing progress away:\n%s", screen(m))
	}
	if _, ok, _ := cfg.Progress.LoadProgress(cfg.Bank); !ok {
		t.Fatal("asking must not clear the kept progress yet")
	}
	m = step(t, m, "enter") // enter continued a moment ago: not a yes here
	m = step(t, m, "n")
	if !strings.Contains(screen(m), "gebleven bij casus 2") {
		t.Fatalf("n in the dialog should return to the offer:\n%s", screen(m))
	}
	m = step(t, step(t, m, "n"), "j")
	if !strings.Contains(screen(m), "Casus 1 van 26") {
		t.Fatalf("n, j should start at question 1:\n%s", screen(m))
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
	if !strings.Contains(out, "26 casussen") {
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
	file := fileNotDir(t, "not-a-dir")
	cfg.SaveDir = file
	m := finished(t, cfg)
	m = step(t, step(t, m, "s"), "enter")
	out := screen(m)
	if !strings.Contains(out, "not-a-dir") {
		t.Fatalf("want a message naming the folder:\n%s", out)
	}
	if !m.(quizview.Model).SaveFailed() {
		t.Error("SaveFailed should report the failed save")
	}
	m = step(t, m, "esc")
	if out := screen(m); !strings.Contains(out, "Your mix") {
		t.Fatalf("the result must stay on screen:\n%s", out)
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

// finishKept answers every question with step, so that each answer's
// progress write really happens, and returns the result screen.
func finishKept(t *testing.T, cfg quizview.Config) tea.Model {
	t.Helper()
	m := step(t, sized(quizview.New(cfg), 80, 24), "enter")
	for range 10 * len(cfg.Bank.Questions) {
		if m.(quizview.Model).Finished() {
			return m
		}
		m = step(t, m, "enter")
	}
	t.Fatal("setup: quiz did not finish")
	return nil
}

func kept(t *testing.T, cfg quizview.Config) bool {
	t.Helper()
	w, ok, err := cfg.Progress.LoadProgress(cfg.Bank)
	if err != nil {
		t.Fatal(err)
	}
	return ok && w.Done()
}

// TestKillAtResultOffersResultBack: the program dies at the result screen
// (kill -9); the next start offers the result back and enter shows it.
func TestKillAtResultOffersResultBack(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	want := finishKept(t, cfg).(quizview.Model).Walk().Mix()

	m := sized(quizview.New(cfg), 80, 24) // the killed program's successor
	if !strings.Contains(flat(m), "je uitslag staat klaar") {
		t.Fatalf("want the result offered back:\n%s", screen(m))
	}
	m = step(t, m, "enter")
	if !strings.Contains(flat(m), "Jouw mix") || m.(quizview.Model).Walk().Mix() != want {
		t.Fatalf("enter should show the same result again:\n%s", screen(m))
	}
}

// TestQuitAtUnsavedResultAsks: q on a result that is not saved asks, says
// the result is kept, and quitting keeps it for the next start.
func TestQuitAtUnsavedResultAsks(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	m := finishKept(t, cfg)
	m = step(t, m, "q")
	out := flat(m)
	if !strings.Contains(out, "nog niet bewaard") || !strings.Contains(out, "blijft bewaard tot je hem opslaat of weggooit") {
		t.Fatalf("q on an unsaved result should ask and say it is kept:\n%s", out)
	}
	m = step(t, m, "n")
	if !strings.Contains(flat(m), "Jouw mix") {
		t.Fatalf("n should return to the result:\n%s", screen(m))
	}
	m = step(t, m, "q")
	if _, cmd := m.Update(keypress.Msg("j")); cmd == nil {
		t.Fatal("j should quit")
	}
	if !kept(t, cfg) {
		t.Fatal("the unsaved result should be kept after quitting")
	}
}

// TestQuitAtUnsavedResultWithoutStoreSaysLost: without a progress store
// the dialog must not promise anything.
func TestQuitAtUnsavedResultWithoutStoreSaysLost(t *testing.T) {
	cfg := config(t, i18n.EN)
	m := step(t, finished(t, cfg), "q")
	if !strings.Contains(flat(m), "Then it is lost") {
		t.Fatalf("want a warning that the result is lost:\n%s", screen(m))
	}
}

func TestRestartAtUnsavedResultWarns(t *testing.T) {
	cfg := config(t, i18n.NL)
	m := step(t, finished(t, cfg), "r")
	if !strings.Contains(flat(m), "nog niet bewaard en gaat dan verloren") {
		t.Fatalf("r on an unsaved result should say it is lost:\n%s", screen(m))
	}
}

// TestEscAtNamePromptKeepsResult: with --save, esc at the name prompt
// leaves the result unsaved; it stays kept, comes back at the next start
// and is saved then, after which the kept progress goes.
func TestEscAtNamePromptKeepsResult(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	cfg.SaveDir, cfg.AutoSave = t.TempDir(), true
	m := finishKept(t, cfg)
	if !strings.Contains(flat(m), "Uitslag bewaren") {
		t.Fatalf("setup: want the name prompt:\n%s", screen(m))
	}
	step(t, m, "esc")
	if !kept(t, cfg) {
		t.Fatal("the result should be kept after esc")
	}
	m = step(t, sized(quizview.New(cfg), 80, 24), "enter") // next start
	if !strings.Contains(flat(m), "Uitslag bewaren") {
		t.Fatalf("the result offered back should ask the name again:\n%s", screen(m))
	}
	m = step(t, typeText(t, m, "Cor"), "enter")
	if files, _ := filepath.Glob(filepath.Join(cfg.SaveDir, "*cor*.json")); len(files) != 1 {
		t.Fatalf("want Cor's result saved, got %v\n%s", files, screen(m))
	}
	if _, ok, _ := cfg.Progress.LoadProgress(cfg.Bank); ok {
		t.Fatal("a saved result should no longer be kept as progress")
	}
	if m.(quizview.Model).SaveFailed() {
		t.Error("SaveFailed after a good save")
	}
}

// TestFailedSaveAsksAnotherFolder: a failed save opens the dialog on the
// folder field; another folder then works.
func TestFailedSaveAsksAnotherFolder(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.Progress = &results.Store{Dir: t.TempDir()}
	file := fileNotDir(t, "geen-map")
	cfg.SaveDir = file
	m := finishKept(t, cfg)
	m = step(t, step(t, m, "s"), "enter")
	out := flat(m)
	if !strings.Contains(out, "Uitslag bewaren") || !strings.Contains(out, "geen bestand") && !strings.Contains(out, "geen map") {
		t.Fatalf("a failed save should reopen the dialog with the reason:\n%s", out)
	}
	if !m.(quizview.Model).SaveFailed() || !kept(t, cfg) {
		t.Fatal("after a failed save: SaveFailed and the result kept")
	}
	other := filepath.Join(t.TempDir(), "andere")
	m, _ = m.Update(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) // clear the folder field
	m = step(t, typeText(t, m, other), "enter")
	if files, _ := filepath.Glob(filepath.Join(other, "*.json")); len(files) != 1 {
		t.Fatalf("want the result in the other folder, got %v\n%s", files, screen(m))
	}
	if m.(quizview.Model).SaveFailed() {
		t.Error("SaveFailed after the second save succeeded")
	}
	if _, ok, _ := cfg.Progress.LoadProgress(cfg.Bank); ok {
		t.Error("a saved result should no longer be kept as progress")
	}
}

// TestSaveDirCheckedAtStart: a --save folder that cannot work shows on the
// welcome screen, before any question.
func TestSaveDirCheckedAtStart(t *testing.T) {
	cfg := config(t, i18n.EN)
	file := fileNotDir(t, "a-file")
	cfg.SaveDir, cfg.AutoSave = file, true
	out := flat(sized(quizview.New(cfg), 80, 24))
	if !strings.Contains(out, "cannot be saved in") || !strings.Contains(out, "--save") {
		t.Fatalf("want the folder problem at the start:\n%s", out)
	}
}

// TestNoStoreIsSaid: when the cache folder cannot be found (a relative
// XDG_CACHE_HOME), the welcome screen says progress cannot be kept, and
// the quit dialog does not promise it.
func TestNoStoreIsSaid(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.ProgressErr = &results.Error{Op: results.OpLocateStore, Kind: results.KindRelative, Path: "rel"}
	m := sized(quizview.New(cfg), 80, 24)
	if out := flat(m); !strings.Contains(out, "XDG_CACHE_HOME") || !strings.Contains(out, "niet worden hervat") {
		t.Fatalf("want the store problem on the status line:\n%s", out)
	}
	m = step(t, step(t, step(t, m, "enter"), "enter"), "q")
	if out := flat(m); !strings.Contains(out, "gaan verloren") {
		t.Fatalf("the quit dialog must not promise to keep answers:\n%s", out)
	}
}

// flat is the screen as one line of words, without box borders, so that
// a sentence is found wherever the dialog wrapped it.
func flat(m tea.Model) string {
	return strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", " ").Replace(screen(m))), " ")
}

// TestCtrlCAtNamePromptAsks: ctrl+c in the save dialog of an unsaved
// result asks first; a second ctrl+c quits.
func TestCtrlCAtNamePromptAsks(t *testing.T) {
	cfg := config(t, i18n.NL)
	cfg.SaveDir, cfg.AutoSave = t.TempDir(), true
	m := finished(t, cfg)
	m, cmd := m.Update(keypress.Msg("ctrl+c"))
	if cmd != nil || !strings.Contains(flat(m), "nog niet bewaard") {
		t.Fatalf("ctrl+c should ask first:\n%s", screen(m))
	}
	if _, cmd := m.Update(keypress.Msg("ctrl+c")); cmd == nil {
		t.Fatal("a second ctrl+c should quit")
	}
}

// TestQuitAtResultCanThrowItAway: the quit dialog's w (d) throws the kept
// result away before quitting.
func TestQuitAtResultCanThrowItAway(t *testing.T) {
	for _, k := range []string{"w", "d"} {
		cfg := config(t, i18n.NL)
		cfg.Progress = &results.Store{Dir: t.TempDir()}
		m := step(t, finishKept(t, cfg), "q")
		if !strings.Contains(flat(m), "w = weggooien en stoppen") {
			t.Fatalf("the dialog should offer to throw the result away:\n%s", screen(m))
		}
		_, cmd := m.Update(keypress.Msg(k))
		if cmd == nil {
			t.Fatalf("%s should quit", k)
		}
		runAll(cmd()) // the sequence: the clear runs before the quit
		if _, ok, _ := cfg.Progress.LoadProgress(cfg.Bank); ok {
			t.Errorf("%s should throw the kept result away", k)
		}
	}
}

// runAll runs the commands of a sequence or batch message (their types are
// unexported slices of tea.Cmd), in order, as the program would.
func runAll(msg tea.Msg) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice {
		return
	}
	for i := range v.Len() {
		if c, ok := v.Index(i).Interface().(tea.Cmd); ok && c != nil {
			runAll(c())
		}
	}
}

// fileNotDir makes a file called name, for a save folder that cannot be
// one.
func fileNotDir(t *testing.T, name string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}
