package command

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// caches holds one cache folder per test, so that the runs of one test
// share kept progress and no test sees another's (or the user's).
var caches sync.Map // *testing.T → string

// isolateCache points the progress store (results.DefaultStore) at a
// folder of this test's own, the same for every run within the test.
func isolateCache(t *testing.T) string {
	t.Helper()
	if dir, ok := caches.Load(t); ok {
		return dir.(string)
	}
	dir := t.TempDir()
	caches.Store(t, dir)
	t.Cleanup(func() { caches.Delete(t) })
	t.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "xdg")) // Linux, BSD
	t.Setenv("HOME", filepath.Join(dir, "home"))          // macOS: ~/Library/Caches
	t.Setenv("LocalAppData", filepath.Join(dir, "local")) // Windows
	return dir
}

var threeQuestions = filepath.Join("..", "domain", "questionfile", "testdata", "valid.yaml")

func loadThree(t *testing.T) *quiz.Bank {
	t.Helper()
	b, err := quiztest.Builtin(t).Load(threeQuestions)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPlainStopsAndResumes is the brief's example: input ends at question
// 3 of 3 (status 1, progress kept); the next run continues with an empty
// line and finishes with all three answers.
func TestPlainStopsAndResumes(t *testing.T) {
	args := []string{"--plain", "--no-shuffle", "--questions", threeQuestions}
	code, _, errOut := runWith(t, "1\n2\n", nil, args...)
	if code != exitFailure {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(errOut, "casus 3 van 3") || !strings.Contains(errOut, "antwoorden zijn bewaard") {
		t.Fatalf("want where input stopped and that answers were kept:\n%s", errOut)
	}
	code, out, errOut := runWith(t, "\n3\n", nil, args...)
	if code != exitOK {
		t.Fatalf("second run: exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "gebleven bij casus 3 van 3 (2 beantwoord)") || strings.Contains(out, "Casus 1 van 3") {
		t.Fatalf("the second run should offer and continue at question 3:\n%s", out)
	}
	bank := loadThree(t)
	var want profile.Points
	for i, q := range bank.Questions {
		want = want.Add(q.Options[i].Points) // answers 1, 2, 3
	}
	got := printedPercent(t, out)
	for _, tp := range profile.Types {
		if got[bank.Types[tp].Name] != itoa(profile.New(want).Percent[tp]) {
			t.Errorf("%s: %s%%, want %d%%\n%s", bank.Types[tp].Name, got[bank.Types[tp].Name], profile.New(want).Percent[tp], out)
		}
	}
	// The result was printed: nothing is offered a third time.
	if _, out, _ := runWith(t, "1\n", nil, args...); strings.Contains(out, "gebleven bij") || strings.Contains(out, "staat klaar") {
		t.Errorf("a delivered result should not be offered again:\n%s", out)
	}
}

func TestPlainQuitKeepsProgress(t *testing.T) {
	args := []string{"--plain", "--no-shuffle", "--questions", threeQuestions}
	for _, stop := range []string{"q", "stop", "quit"} {
		t.Run(stop, func(t *testing.T) {
			code, out, errOut := runWith(t, "1\n"+stop+"\n1\n1\n", nil, args...)
			if code != exitFailure || strings.Contains(out, "Jouw mix") {
				t.Fatalf("%s should stop with status 1; exit %d\n%s", stop, code, out)
			}
			if !strings.Contains(errOut, "Gestopt bij casus 2 van 3") || !strings.Contains(errOut, "bewaard") {
				t.Fatalf("want a line saying progress was kept:\n%s", errOut)
			}
			_, out, _ = runWith(t, "", nil, args...)
			if !strings.Contains(out, "gebleven bij casus 2 van 3") {
				t.Fatalf("the next start should offer to continue:\n%s", out)
			}
		})
	}
}

func TestPlainFreshStartWithN(t *testing.T) {
	args := []string{"--plain", "--no-shuffle", "--questions", threeQuestions}
	runWith(t, "1\n2\n", nil, args...)
	code, out, _ := runWith(t, "n\n3\n3\n3\n", nil, args...)
	if !strings.Contains(out, "gebleven bij casus 3") || strings.Contains(out, "is geen keuze") {
		t.Fatalf("want the offer, and n taken as its answer:\n%s", out)
	}
	if code != exitOK || strings.Count(out, "Casus 1 van 3") != 1 || !strings.Contains(out, "Jouw mix") {
		t.Fatalf("n should start afresh at question 1; exit %d\n%s", code, out)
	}
}

func TestPlainBackShowsEarlierChoice(t *testing.T) {
	code, out, _ := runWith(t, "2\nt\n\n3\n1\n", nil, "--plain", "--no-shuffle", "--questions", threeQuestions)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "Je koos eerder 2") {
		t.Fatalf("going back should show the earlier choice:\n%s", out)
	}
	bank := loadThree(t)
	want := profile.New(bank.Questions[0].Options[1].Points.Add(bank.Questions[1].Options[2].Points).Add(bank.Questions[2].Options[0].Points))
	got := printedPercent(t, out)
	for _, tp := range profile.Types {
		if got[bank.Types[tp].Name] != itoa(want.Percent[tp]) {
			t.Errorf("an empty line should keep the earlier choice 2:\n%s", out)
		}
	}
}

func TestPlainSaveAsksName(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "groep")
	code, out, errOut := runWith(t, "1\n2\n3\nAnna\n", nil, "--plain", "--no-shuffle", "--questions", threeQuestions, "--save", dir)
	if code != exitOK || !strings.Contains(out, "Je naam bij de uitslag") || !strings.Contains(out, "Bewaard in") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*anna*.json")); len(files) != 1 {
		t.Fatalf("want Anna's result, got %v", files)
	}
	code, out, _ = runWith(t, "1\n2\n3\n", nil, "--plain", "--no-shuffle", "--questions", threeQuestions, "--save", dir, "--name", "Bas")
	if code != exitOK || strings.Contains(out, "Je naam bij de uitslag") {
		t.Fatalf("--name should not ask; exit %d\n%s", code, out)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*bas*.json")); len(files) != 1 {
		t.Fatalf("want Bas's result, got %v", files)
	}
}

func TestPlainBadSaveDirStopsAtStart(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bestand")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runWith(t, "1\n2\n3\n", nil, "--plain", "--questions", threeQuestions, "--save", file)
	if code != exitFailure || strings.Contains(out, "Vraag 1") {
		t.Fatalf("a bad --save should stop before the first question; exit %d\n%s", code, out)
	}
	if !strings.Contains(errOut, "kan je uitslag niet worden bewaard") || !strings.Contains(errOut, "--save") {
		t.Fatalf("want an actionable message:\n%s", errOut)
	}
}

// TestPlainOffersKeptResultBack: a result kept by a run that died at the
// result comes back with enter.
func TestPlainOffersKeptResultBack(t *testing.T) {
	isolateCache(t)
	bank := loadThree(t)
	w := quiz.NewWalk(bank, quiz.Ordering{})
	for range bank.Questions {
		w.Answer(1)
	}
	store, err := results.DefaultStore()
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SaveProgress(w); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runWith(t, "\n", nil, "--plain", "--no-shuffle", "--questions", threeQuestions)
	if code != exitOK || !strings.Contains(out, "je uitslag staat klaar") || !strings.Contains(out, "Jouw mix") || strings.Contains(out, "Vraag 1") {
		t.Fatalf("want the kept result shown; exit %d\n%s", code, out)
	}
}

func TestPlainSaysWhenProgressCannotBeKept(t *testing.T) {
	isolateCache(t)
	t.Setenv("XDG_CACHE_HOME", "relatief")
	if _, err := os.UserCacheDir(); err == nil {
		t.Skip("this system does not use XDG_CACHE_HOME")
	}
	code, out, errOut := runWith(t, "1\nq\n", nil, "--plain", "--questions", threeQuestions)
	if !strings.Contains(out, "XDG_CACHE_HOME is geen volledig pad") {
		t.Fatalf("want one line saying progress cannot be kept:\n%s", out)
	}
	if code != exitFailure || !strings.Contains(errOut, "niet bewaard") {
		t.Fatalf("q must not claim anything was kept; exit %d\n%s", code, errOut)
	}
}

// TestPipedAnswersMeetKeptProgress: piped answers whose first line does
// not answer "go on?" stop at once with how to begin the input, instead of
// asking again for every line; the kept progress stays for the next run.
func TestPipedAnswersMeetKeptProgress(t *testing.T) {
	args := []string{"--plain", "--no-shuffle", "--questions", threeQuestions}
	if code, _, _ := runWith(t, "1\n2\n", nil, args...); code != exitFailure {
		t.Fatalf("first run: exit %d, want 1 with progress kept", code)
	}
	code, out, errOut := runWith(t, "1\n2\n3\n", nil, args...)
	if code != exitFailure || !strings.Contains(errOut, "Begin de invoer met een lege regel of j") {
		t.Fatalf("exit %d, want 1 and how to begin the input:\n%s", code, errOut)
	}
	if n := strings.Count(out, "Verdergaan?"); n != 1 {
		t.Errorf("the question was asked %d times, want once:\n%s", n, out)
	}
	if code, out, _ := runWith(t, "\n3\n", nil, args...); code != exitOK || !strings.Contains(out, "gebleven bij casus 3 van 3") {
		t.Errorf("the kept progress should still be offered: exit %d\n%s", code, out)
	}
}
