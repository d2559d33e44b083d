package command

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// runWith runs the program with args and stdin, without a terminal.
func runWith(t *testing.T, stdin string, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	isolateCache(t)
	var out, errOut bytes.Buffer
	code = Run(args, Env{
		Stdin:   strings.NewReader(stdin),
		Stdout:  &out,
		Stderr:  &errOut,
		Getenv:  func(k string) string { return vars[k] },
		Builtin: quiztest.Builtin(t), CultureBuiltin: quiztest.CultureBuiltin(t), Version: "9.9.9-test",
	})
	return code, out.String(), errOut.String()
}

// shipped is the number of questions in the embedded Dutch set, so that
// the plain-mode tests follow the content instead of a fixed count.
func shipped(t *testing.T) int {
	t.Helper()
	return len(quiztest.Bank(t, i18n.NL).Questions)
}

func answers(n int, pick func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(pick(i) + "\n")
	}
	return b.String()
}

var percentLine = regexp.MustCompile(`(?m)^(\S+)\s.*?\s(\d+)%$`)

// printedPercent reads the chart lines of plain output back into numbers.
func printedPercent(t *testing.T, out string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, m := range percentLine.FindAllStringSubmatch(out, -1) {
		got[m[1]] = m[2]
	}
	return got
}

func TestPlainPipedAnswers(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	var want profile.Points
	for i, q := range bank.Questions {
		want = want.Add(q.Options[i%3].Points)
	}
	wantPct := profile.New(want).Percent

	in := answers(len(bank.Questions), func(i int) string { return string(rune('1' + i%3)) })
	code, out, errOut := runWith(t, in, nil, "--plain", "--no-shuffle")
	if code != exitOK {
		t.Fatalf("exit %d, Stderr: %s", code, errOut)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("output to a pipe must not contain escape codes")
	}
	got := printedPercent(t, out)
	for _, tp := range profile.Types {
		name := bank.Types[tp].Name
		if got[name] != itoa(wantPct[tp]) {
			t.Errorf("%s: printed %q%%, want %d%%\n%s", name, got[name], wantPct[tp], out)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestPlainWithoutTerminalStartsByItself(t *testing.T) {
	in := answers(shipped(t), func(int) string { return "2" })
	code, out, _ := runWith(t, in, nil, "--no-shuffle")
	if code != exitOK || !strings.Contains(out, "Jouw mix") {
		t.Fatalf("without a terminal the quiz should run as text; exit %d\n%s", code, out)
	}
}

func TestPlainEnglish(t *testing.T) {
	in := answers(shipped(t), func(int) string { return "1" })
	code, out, _ := runWith(t, in, nil, "--lang", "en", "--seed", "3")
	if code != exitOK || !strings.Contains(out, "Your mix") || !strings.Contains(out, fmt.Sprintf("Scenario %d of %d", shipped(t), shipped(t))) {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

func TestPlainBadInputIsAskedAgain(t *testing.T) {
	in := "0\nfoo\n4\n\n" + answers(shipped(t), func(int) string { return "1" })
	code, out, _ := runWith(t, in, nil, "--plain", "--no-shuffle")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out, "is geen keuze"); n != 4 {
		t.Errorf("want 4 complaints about bad input, got %d\n%s", n, out)
	}
}

func TestPlainBackGoesToPreviousQuestion(t *testing.T) {
	in := "1\nt\n2\n" + answers(shipped(t)-1, func(int) string { return "3" })
	code, out, _ := runWith(t, in, nil, "--plain", "--no-shuffle")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if strings.Count(out, fmt.Sprintf("Casus 1 van %d", shipped(t))) != 2 {
		t.Errorf("want question 1 asked twice after 't'\n%s", out)
	}
}

func TestPlainInputEndsEarly(t *testing.T) {
	code, _, errOut := runWith(t, "1\n2\n", nil, "--plain")
	if code == exitOK {
		t.Fatal("want a non-zero exit when input ends early")
	}
	if !strings.Contains(errOut, fmt.Sprintf("casus 3 van %d", shipped(t))) {
		t.Errorf("want the message to name where input stopped, got %q", errOut)
	}
}

func TestHelpListsEveryFlag(t *testing.T) {
	for _, l := range []string{"nl", "en"} {
		code, out, _ := runWith(t, "", nil, "--help", "--lang", l)
		if code != exitOK {
			t.Fatalf("exit %d", code)
		}
		var o quizOptions
		for _, f := range quizFlags(&o).docs {
			if !strings.Contains(out, f.flag) {
				t.Errorf("%s help lacks %s", l, f.flag)
			}
		}
		for _, c := range commands() {
			if !strings.Contains(out, c.name) {
				t.Errorf("%s help lacks the %s command", l, c.name)
			}
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runWith(t, "", nil, "--version")
	if code != exitOK || !strings.Contains(out, "9.9.9-test") {
		t.Fatalf("exit %d, out %q", code, out)
	}
}

func TestBadInvocations(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "kapot.yaml")
	if err := os.WriteFile(broken, []byte("questions:\n  - id: a\n    scenaro: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		vars map[string]string
		want string
	}{
		{"unknown flag", []string{"--colour"}, nil, "--colour"},
		{"stray argument", []string{"chek"}, nil, "chek"},
		{"bad seed", []string{"--seed", "abc"}, nil, "--seed"},
		{"bad lang", []string{"--lang", "de"}, nil, "de"},
		{"bad theme", []string{"--theme", "blue"}, nil, "blue"},
		{"bad theme env", nil, map[string]string{"IDEALE_AMBTENAAR_THEME": "paars"}, "IDEALE_AMBTENAAR_THEME"},
		{"missing file", []string{"--questions", filepath.Join(dir, "nope.yaml")}, nil, "nope.yaml"},
		{"broken file", []string{"--questions", broken}, nil, "kapot.yaml:3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runWith(t, "1\n", c.vars, c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" {
				t.Errorf("nothing may be drawn before the error, got %q", out)
			}
			if !strings.Contains(errOut, c.want) {
				t.Errorf("message %q should mention %q", errOut, c.want)
			}
		})
	}
}

func TestPlainSaves(t *testing.T) {
	dir := t.TempDir()
	in := answers(shipped(t), func(int) string { return "1" })
	code, out, errOut := runWith(t, in, nil, "--plain", "--save", dir, "--name", "Fatima")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "Bewaard in") {
		t.Fatalf("want where it was saved:\n%s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*fatima*.json"))
	if len(files) != 1 {
		t.Fatalf("want one result file, got %v", files)
	}
}

func TestPlainSaveFailureSaysWhy(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bestand")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	in := answers(shipped(t), func(int) string { return "1" })
	code, out, errOut := runWith(t, in, nil, "--plain", "--save", file)
	if code != exitFailure {
		t.Fatalf("exit %d, want %d", code, exitFailure)
	}
	// --save is checked before the first question (a failure after the
	// result is tested in textmode: the result is kept for the next run).
	if strings.Contains(out, "Vraag 1") || !strings.Contains(errOut, "bestand") {
		t.Fatalf("the quiz must not start and the error must name the path\nout: %s\nerr: %s", out, errOut)
	}
}

func TestPlainDemo(t *testing.T) {
	code, out, _ := runWith(t, "", nil, "--plain", "--demo")
	if code != exitOK || !strings.Contains(out, "%") || !strings.HasPrefix(out, "Voorbeelduitslag") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

// TestPlainExportsEveryFormat: --export writes each format that fits one
// person, from the extension; the json is a result file that team reads;
// an existing file stops the quiz before the first question.
func TestPlainExportsEveryFormat(t *testing.T) {
	dir := t.TempDir()
	in := answers(26, func(int) string { return "2" })
	for _, c := range []struct{ name, head, has string }{
		{"mix.html", "<!DOCTYPE html>", "<svg "},
		{"mix.json", "{", `"format": "ideale-ambtenaar/result"`},
		{"mix.md", "# De mix van Zoë", "| Punten |"},
		{"mix.txt", "", "%"},
	} {
		file := filepath.Join(dir, c.name)
		code, out, errOut := runWith(t, in, nil, "--export", file, "--name", "Zoë")
		data, _ := os.ReadFile(file)
		if code != exitOK || !strings.Contains(out, "Uitslag bewaard in "+file) ||
			!strings.HasPrefix(string(data), c.head) || !strings.Contains(string(data), c.has) {
			t.Errorf("%s: exit %d, %s\n%.300s", c.name, code, errOut, data)
		}
	}
	code, out, _ := runTeamCmd(t, nil, "--format", "csv", filepath.Join(dir, "mix.json"))
	if code != exitOK || !strings.Contains(out, "Zoë") {
		t.Errorf("team does not read the exported json: exit %d\n%s", code, out)
	}
	code, out, errOut := runWith(t, in, nil, "--export", filepath.Join(dir, "mix.md"))
	if code != exitFailure || strings.Contains(out, "Vraag 1") || !strings.Contains(errOut, "mix.md bestaat al") {
		t.Errorf("existing file: exit %d, %q\n%s", code, errOut, out)
	}
	if code, _, errOut := runWith(t, in, nil, "--export", filepath.Join(dir, "mix.md"), "--force"); code != exitOK {
		t.Errorf("--force: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runWith(t, "", nil, "--demo", "--export", filepath.Join(dir, "demo.json")); code != exitUsage || !strings.Contains(errOut, "alleen een echte uitslag") {
		t.Errorf("--demo json: exit %d, %q", code, errOut)
	}
}

func TestPlainExportsAPicture(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mix.svg")
	in := answers(26, func(int) string { return "1" })
	code, out, errOut := runWith(t, in, nil, "--export", file, "--name", "Zoë")
	if code != exitOK || !strings.Contains(out, "Uitslag bewaard in "+file) {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	svg, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(svg, []byte("<svg ")) || !bytes.Contains(svg, []byte("De mix van Zoë")) {
		t.Fatalf("picture %v:\n%.300s", err, svg)
	}

	code, _, errOut = runWith(t, "", nil, "--demo", "--export", filepath.Join(dir, "mix.png"), "--lang", "en")
	if code != exitUsage || !strings.Contains(errOut, `"`+filepath.Join(dir, "mix.png")+`" is none of them (choose .svg .html .json .md .txt)`) {
		t.Errorf("png: exit %d, %q", code, errOut)
	}
	// A missing folder is said before the quiz, in the user's words.
	code, _, errOut = runWith(t, "", nil, "--demo", "--export", filepath.Join(dir, "nope", "mix.svg"))
	if code != exitFailure || !strings.Contains(errOut, "mix.svg kon niet worden geschreven: de map ") || !strings.Contains(errOut, "bestaat niet") {
		t.Errorf("unwritable: exit %d, %q", code, errOut)
	}
}
