package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

const culturePiped = "6 2 2\n6 2 2\n6 2 2\n6 2 2\n5 3 2\n7 1 2\n3 3 4\n3 3 4\n3 3 4\n2 4 4\n4 2 4\n3 4 3\n"

// TestCulturePipedAndSaved: without a terminal the survey runs as text
// from piped lines, asks again after a bad line, and --save writes a
// culture result that reads back with the same figures and that the team
// command shows as the group's culture.
func TestCulturePipedAndSaved(t *testing.T) {
	dir := t.TempDir()
	in := "5 3\n" + culturePiped
	code, out, errOut := runWith(t, in, nil, "culture", "--save", dir, "--name", "Team Zuid")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape codes into a pipe")
	}
	for _, want := range []string{"typ drie getallen, één per beschrijving", "Bureaucraat   60%      30%  ▼ −30 *", "Bewaard in "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*-team-zuid.json"))
	if len(files) != 1 {
		t.Fatalf("saved files: %v", files)
	}
	r, err := results.LoadCulture(files[0])
	if err != nil {
		t.Fatal(results.Message(err, i18n.EN))
	}
	if cr, _ := r.CultureResult(); cr.Diff != [3]int{-30, 12, 18} {
		t.Errorf("saved diff %v", cr.Diff)
	}
	_, out, errOut = runWith(t, "", nil, "team", dir)
	if !strings.Contains(out, "Cultuur van de groep") || !strings.Contains(out, "1 deelnemer") || errOut != "" {
		t.Errorf("team did not show the culture result as a group of one:\n%s%s", out, errOut)
	}
}

func TestCultureEnglishAndInputEnds(t *testing.T) {
	code, _, errOut := runWith(t, "5 3 2\n", nil, "culture", "--lang", "en")
	if code != exitFailure || !strings.Contains(errOut, "Input ended at step 2 of 12") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// TestCultureBadFiles: a broken culture file and a question file get
// located messages and exit 2.
func TestCultureBadFiles(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "kapot.yaml")
	if err := os.WriteFile(broken, []byte("kind: culture\nlanguage: en\ndimensions:\n  - id: a\n    titel: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runWith(t, "", nil, "culture", "--questions", broken)
	if code != exitUsage || !strings.Contains(errOut, "kapot.yaml:5:5: unknown field \"titel\" in dimension \"a\"") {
		t.Errorf("broken file: exit %d: %s", code, errOut)
	}
	code, _, errOut = runWith(t, "", nil, "culture", "--questions", quiztest.SmallFile(t))
	if code != exitUsage || !strings.Contains(errOut, "vragenbestand") {
		t.Errorf("question file: exit %d: %s", code, errOut)
	}
	code, _, errOut = runWith(t, "", nil, "culture", "--bogus")
	if code != exitUsage || !strings.Contains(errOut, "onbekende optie --bogus") {
		t.Errorf("bad flag: exit %d: %s", code, errOut)
	}
}

func TestCultureHelp(t *testing.T) {
	code, out, _ := runWith(t, "", nil, "culture", "--help", "--lang", "en")
	if code != exitOK || !strings.Contains(out, "Usage: ideale-ambtenaar culture [options]") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("help line of %d columns: %q", n, line)
		}
	}
}
