package command

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"ideale-ambtenaar/quiz/quiztest"
)

// checkCmd runs `ideale-ambtenaar check args…` with buffers.
func checkCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Chdir(quiztest.Root(t)) // the shipped sets are named as a trainer would: questions.yaml
	var out, errOut bytes.Buffer
	code = Run(append([]string{"check"}, args...), Env{
		Stdin:   strings.NewReader(""),
		Stdout:  &out,
		Stderr:  &errOut,
		Getenv:  func(string) string { return "" },
		Builtin: quiztest.Builtin(t), CultureBuiltin: quiztest.CultureBuiltin(t), Version: "9.9.9-test",
	})
	return code, out.String(), errOut.String()
}

// writeQuestionFile writes a question file into a fresh folder and returns its
// path.
func writeQuestionFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var checkMaxPointsLine = regexp.MustCompile(`(?m)^  (?:maximaal te halen punten|most points to reach): bureaucraat (\d+) · ondernemer (\d+) · verbinder (\d+) \((in balans|balanced)\)$`)

// TestCheckEmbeddedSets: the shipped sets pass, each summarised in its own
// language, with equal maximum points per type.
func TestCheckEmbeddedSets(t *testing.T) {
	code, out, errOut := checkCmd(t, "questions.yaml", "questions.en.yaml")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	for _, want := range []string{
		"questions.yaml: in orde — ",
		"questions.en.yaml: valid — ",
		"\n2 van 2 bestanden in orde\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	m := checkMaxPointsLine.FindAllStringSubmatch(out, -1)
	if len(m) != 2 {
		t.Fatalf("want two balanced max-points lines:\n%s", out)
	}
	for _, g := range m {
		if g[1] != g[2] || g[2] != g[3] {
			t.Errorf("unbalanced: %v", g[1:4])
		}
	}
	if strings.Contains(out, "waarschuwing") || strings.Contains(out, "warning") {
		t.Errorf("a warning for the shipped sets:\n%s", out)
	}
}

const checkSmallSet = `questions:
  - id: a
    context: Balie
    scenario: Een situatie.
    options:
      - {text: Een, type: bureaucraat}
      - {text: Twee, scores: {ondernemer: 2, verbinder: 1}}
  - id: b
    context: Balie
    scenario: Nog een.
    options:
      - {text: Een, type: verbinder}
      - {text: Twee, type: ondernemer}
  - id: c
    scenario: Zonder context.
    options:
      - {text: Een, type: verbinder}
      - {text: Twee, type: bureaucraat}
`

// TestCheckSummary shows the count, the contexts with their numbers and
// the maximum points, and warns (without failing) when unbalanced.
func TestCheckSummary(t *testing.T) {
	path := writeQuestionFile(t, "klein.yaml", checkSmallSet)
	code, out, _ := checkCmd(t, path)
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	want := path + `: in orde — 3 vragen, 2 contexten
  Balie              2
  (zonder context)   1
  maximaal te halen punten: bureaucraat 2 · ondernemer 3 · verbinder 3 (niet in balans)
` + path + `: waarschuwing: niet elk type kan evenveel punten halen, dus de uitslag trekt naar het type met de meeste; geef in de vragen elk type evenveel kansen
`
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

// TestCheckProblems lists every problem as file:line:col on standard error,
// as every command says what went wrong, and exits 1.
func TestCheckProblems(t *testing.T) {
	path := writeQuestionFile(t, "fout.yaml", `questions:
  - id: a
    scenaro: x
    options:
      - {text: a, type: verbindr}
      - {text: b, type: ondernemer}
  - id: a
    scenario: y
    options:
      - {text: a, type: verbinder}
`)
	code, stdout, out := checkCmd(t, path)
	if code != exitFailure || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	want := []string{
		path + `:3:5: onbekend veld "scenaro" in vraag "a"; toegestaan zijn: id, context, scenario, options (bedoel je "scenario"?)`,
		path + `:5:25: onbekend type "verbindr"; toegestaan zijn: bureaucraat, ondernemer, verbinder (bedoel je "verbinder"?)`,
		path + `:7:9: de id "a" komt twee keer voor (ook op regel 2); geef elke vraag een eigen id`,
		path + `:9:5: vraag "a" heeft maar één antwoordoptie; er zijn er minstens 2 nodig, anders valt er niets te kiezen`,
		path + `: 4 problemen gevonden; los ze op en controleer opnieuw`,
	}
	if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("output:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
}

// TestCheckLanguage: --lang wins, else the file's own language (also when
// YAML cannot read the file), else Dutch.
func TestCheckLanguage(t *testing.T) {
	broken := "questions:\n  - id: a\n    scenaro: x\n"
	en := writeQuestionFile(t, "en.yaml", "language: en\n"+broken)
	enSyntax := writeQuestionFile(t, "en-syntax.yaml", "language: en\nquestions:\n\t- id: a\n")
	nl := writeQuestionFile(t, "nl.yaml", broken)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{en}, `unknown field "scenaro"`},
		{[]string{enSyntax}, `use spaces instead of tabs`},
		{[]string{nl}, `onbekend veld "scenaro"`},
		{[]string{"--lang", "en", nl}, `unknown field "scenaro"`},
		{[]string{nl, "--lang=en"}, `unknown field "scenaro"`},
		{[]string{"--lang", "nl", en}, `onbekend veld "scenaro"`},
		{[]string{"--lang", "en", "questions.yaml"}, `questions.yaml: valid — `},
		{[]string{"questions.en.yaml"}, `questions.en.yaml: valid — `},
	}
	for _, tt := range tests {
		code, out, errOut := checkCmd(t, tt.args...)
		if !strings.Contains(out+errOut, tt.want) {
			t.Errorf("check %q (exit %d):\n%s%s\nwant %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

// TestCheckFiles: a missing file and a folder are problems of that file;
// the valid ones are still checked and summarised.
func TestCheckFiles(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "weg.yaml")
	code, out, errOut := checkCmd(t, "questions.yaml", missing, dir)
	if code != exitFailure {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{"questions.yaml: in orde — ", "\n1 van 3 bestanden in orde\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{
		missing + ": bestand niet gevonden; controleer de naam en de map",
		missing + ": 1 probleem gevonden; los het op en controleer opnieuw",
		dir + ": dit is een map, geen bestand",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	_, _, errOut = checkCmd(t, "--lang", "en", missing)
	if !strings.Contains(errOut, missing+": file not found; check the name and the folder") {
		t.Errorf("English:\n%s", errOut)
	}
}

// TestCheckWindowsFile: CRLF and a byte order mark pass check.
func TestCheckWindowsFile(t *testing.T) {
	path := writeQuestionFile(t, "windows.yaml", "\xEF\xBB\xBF"+strings.ReplaceAll(checkSmallSet, "\n", "\r\n"))
	if code, out, _ := checkCmd(t, path); code != exitOK {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestCheckUsage: no files, an unknown flag or a bad --lang is a usage
// error (2) on stderr; --help explains the command on stdout.
func TestCheckUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "check: geef minstens één vragenbestand om te controleren\nZie 'ideale-ambtenaar check --help'."},
		{[]string{"--lang", "en"}, "check: give at least one question file to check\nSee 'ideale-ambtenaar check --help'."},
		{[]string{"--strict", "questions.yaml"}, "check: onbekende optie --strict\nZie 'ideale-ambtenaar check --help'."},
		{[]string{"--lang", "de", "questions.yaml"}, `check: onbekende taal "de" voor --lang; kies nl of en`},
		{[]string{"--lang=", "questions.yaml"}, `check: onbekende taal "" voor --lang; kies nl of en`},
		{[]string{"questions.yaml", "--lang"}, "check: de optie --lang verwacht een waarde"},
	}
	for _, tt := range tests {
		code, out, errOut := checkCmd(t, tt.args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errOut, tt.want) {
			t.Errorf("check %q: exit %d, stdout %q, stderr %q; want stderr %q", tt.args, code, out, errOut, tt.want)
		}
	}
	for _, args := range [][]string{{"--help"}, {"-h"}, {"--lang", "en", "--help"}} {
		code, out, errOut := checkCmd(t, args...)
		if code != exitOK || errOut != "" || !strings.Contains(out, "check [--lang nl|en]") ||
			!strings.Contains(out, "--questions") {
			t.Errorf("check %q: exit %d, stderr %q:\n%s", args, code, errOut, out)
		}
	}
	if _, out, _ := checkCmd(t, "--lang", "en", "--help"); !strings.Contains(out, "Exit status: 0 when every file is valid, 1 when one has problems, 2 on a") {
		t.Errorf("English help:\n%s", out)
	}
	// "--" ends the flags, for a file whose name starts with a dash.
	if code, _, errOut := checkCmd(t, "--", "-raar.yaml"); code != exitFailure || !strings.Contains(errOut, "-raar.yaml: bestand niet gevonden") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
}

// TestCheckWarnsAboutHonestWording: a text over LIX 40, an option much
// longer than its siblings and a word that only one type uses are warnings
// (exit 0), located by question and option, in the user's language.
func TestCheckWarnsAboutHonestWording(t *testing.T) {
	path := writeQuestionFile(t, "woorden.yaml", `questions:
  - id: lang
    scenario: De gemeentelijke beleidsmedewerker constateert onregelmatigheden bij subsidieaanvragen van maatschappelijke organisaties.
    options:
      - {text: Je volgt de regel en kijkt wat de wet zegt over dit geval., type: bureaucraat}
      - {text: Je belt de organisatie op en vraagt wat er precies aan de hand is met de aanvraag en waarom die zo laat kwam., type: ondernemer}
      - {text: Je praat met de buurt over wat zij van dit plan vinden., type: verbinder}
  - id: twee
    scenario: Een inwoner wil iets anders dan de regel toestaat. Wat doe je als eerste?
    options:
      - {text: Je legt uit welke regel geldt en waarom dat zo is., type: bureaucraat}
      - {text: Je zoekt een snelle oplossing die wel binnen de wet past., type: ondernemer}
      - {text: Je vraagt de buurt wat zij een goede oplossing vinden., type: verbinder}
  - id: drie
    scenario: Een collega vraagt je om hulp bij een lastig dossier. Wat doe je als eerste?
    options:
      - {text: Je kijkt eerst wat de regel zegt over dit soort dossiers., type: bureaucraat}
      - {text: Je pakt het dossier op en maakt het vandaag nog af., type: ondernemer}
      - {text: Je gaat met de collega en de buurt om de tafel zitten., type: verbinder}
`)
	code, out, _ := checkCmd(t, path)
	if code != exitOK {
		t.Fatalf("warnings must not fail the check: exit %d\n%s", code, out)
	}
	for _, want := range []string{
		`waarschuwing: vraag "lang" heeft LIX `,
		`waarschuwing: vraag "lang": optie 2 is `,
		`waarschuwing: het woord "regel" staat in 3 opties van de bureaucraat en in geen andere`,
		`waarschuwing: het woord "buurt" staat in 3 opties van de verbinder en in geen andere`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, en, _ := checkCmd(t, "--lang", "en", path)
	if !strings.Contains(en, `warning: the word "regel" appears in 3 options of the bureaucraat and in no other`) {
		t.Errorf("English:\n%s", en)
	}
}

// TestCheckCultureFiles: check recognises a culture file by its kind and
// checks it with the culture loader, located and in both languages.
func TestCheckCultureFiles(t *testing.T) {
	code, out, _ := checkCmd(t, "culture.yaml", "culture.en.yaml")
	if code != exitOK || !strings.Contains(out, "culture.yaml: in orde — cultuurbestand, 6 onderwerpen") ||
		!strings.Contains(out, "culture.en.yaml: valid — culture file, 6 dimensions") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	code, _, out = checkCmd(t, "domain/questionfile/testdata/culture-mistakes.yaml")
	if code != exitFailure || !strings.Contains(out, `culture-mistakes.yaml:1:7: onbekende soort "cultuur"`) {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}
