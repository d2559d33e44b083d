package command

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// Words that are only in one of the two languages: a message in the
// other language that has one of them has leaked (issue 19, "one
// language at a time"). Short, common words, so that a leaked sentence
// has at least one; none is also a word of the other language or a flag.
var (
	onlyEnglish = wordSet("the", "not", "cannot", "could", "which", "with", "and", "or", "to", "no",
		"file", "folder", "found", "room", "session", "journal", "contains", "unknown", "option", "expects",
		"yes", "too", "many", "levels", "symbolic", "links", "resume", "question", "questions", "answer",
		"there", "this", "that", "use", "look", "again", "screen", "expected", "directory", "permission", "denied", "such")
	onlyDutch = wordSet("de", "het", "een", "niet", "geen", "kan", "kunnen", "wordt", "met", "en", "naar", "bij",
		"bestand", "map", "gevonden", "sessie", "sessielogboek", "bevat", "onbekend", "onbekende", "optie", "verwacht",
		"ja", "nee", "vraag", "vragen", "casus", "zaal", "scherm", "kijk", "nog", "eens", "deze", "dat", "dit", "staat",
		"hervatten", "zie", "snelkoppeling", "kring", "wijst", "overgeslagen", "zichzelf")
)

func wordSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// quoted is what a message quotes from the user or names as it is (a
// path, a file name, a flag, an id from a file): not the message's own
// language.
var quoted = regexp.MustCompile(`"[^"]*"|“[^”]*”|'[^']*'|\x60[^\x60]*\x60|--[a-z-]+|\S*[/\\]\S*|\S+\.[a-z]+\b|[a-z]+(-[a-z]+)+`)

// foreignWords are the words of text that belong only to the other
// language than l, after the paths in paths and anything quoted are
// taken out.
func foreignWords(text, l string, paths ...string) []string {
	for _, p := range paths {
		text = strings.ReplaceAll(text, p, " ")
	}
	text = quoted.ReplaceAllString(text, " ")
	other := onlyEnglish
	if l == "en" {
		other = onlyDutch
	}
	var out []string
	for _, w := range regexp.MustCompile(`\p{L}+`).FindAllString(text, -1) {
		if other[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}

// TestNoWordOfTheOtherLanguage runs every command with bad input in
// both languages and finds no word of the other language in what it
// says: flags, files, the live room's code and resume folder, a team
// folder with a symbolic link that loops.
func TestNoWordOfTheOtherLanguage(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "kapot.yaml")
	if err := os.WriteFile(broken, []byte("questions:\n  - id: a\n    scenaro: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notJournal := filepath.Join(dir, "geen-sessie")
	if err := os.MkdirAll(notJournal, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(notJournal, "journal.jsonl"), []byte("rommel\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	teamDir := filepath.Join(dir, "team")
	if err := os.MkdirAll(teamDir, 0o755); err != nil {
		t.Fatal(err)
	}
	loop := runtime.GOOS != "windows"
	if loop {
		if err := os.Symlink("lus.json", filepath.Join(teamDir, "lus.json")); err != nil {
			loop = false
		}
	}
	cases := [][]string{
		{"--theme", "blauw"},
		{"--kleur"},
		{"--seed", "x"},
		{"quiz"},
		{"--questions", broken},
		{"--questions", filepath.Join(dir, "weg.yaml")},
		{"cases", "--kleur"},
		{"cases", "--questions", broken},
		{"cases", "--case", "bestaat-niet"},
		{"team", "--kleur"},
		{"team", dir},
		{"team", "--format", "pdf", dir},
		{"check", "--kleur"},
		{"check"},
		{"check", broken},
		{"culture", "--kleur"},
		{"culture", "--questions", broken},
		{"culture", "--questions", filepath.Join(dir, "weg.yaml")},
		{"live", "--kleur"},
		{"live", "--culture", "--questions", broken, "--plain"},
		{"live", "--code", "TEST", "--plain"},
		{"live", "--code", "AB", "--plain"},
		{"live", "--resume", notJournal, "--plain"},
		{"live", "--resume", filepath.Join(dir, "weg"), "--plain"},
		{"live", "--resume", notJournal, "--culture", "--plain"},
	}
	if loop {
		cases = append(cases, []string{"team", teamDir})
	}
	for _, args := range cases {
		for _, lang := range []string{"nl", "en"} {
			a := append(append([]string(nil), args...), "--lang", lang)
			code, out, errOut := runWith(t, "", nil, a...)
			if code == 0 {
				t.Errorf("%v: exit 0", a)
			}
			text := out + "\n" + errOut
			if strings.TrimSpace(text) == "" {
				t.Errorf("%v: says nothing", a)
			}
			if bad := foreignWords(text, lang, dir, filepath.ToSlash(dir)); len(bad) > 0 {
				t.Errorf("%v: words of the other language %q in:\n%s", a, bad, text)
			}
		}
	}
}

// TestOneWordForAScenario: the text mode calls a scenario "casus" in
// Dutch and "scenario" in English, as every other screen does (issue 19),
// never "vraag" or "question".
func TestOneWordForAScenario(t *testing.T) {
	for _, c := range []struct{ lang, want, not string }{
		{"nl", "Casus 1 van", "raag 1 van"},
		{"en", "Scenario 1 of", "uestion 1 of"},
	} {
		_, out, errOut := runWith(t, "1\n", nil, "--plain", "--lang", c.lang)
		text := out + errOut
		if !strings.Contains(text, c.want) || strings.Contains(text, c.not) {
			t.Errorf("%s: want %q and no %q in:\n%s", c.lang, c.want, c.not, text)
		}
	}
}
