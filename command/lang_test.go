package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsSpeakTheUsersLanguage provokes every kind of bad input a user
// can give on the command line — a flag, an environment value, a file —
// on every command, and checks that a Dutch user reads Dutch and an English
// user (--lang en) English, with the status for a usage error.
func TestErrorsSpeakTheUsersLanguage(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "kapot.yaml")
	if err := os.WriteFile(broken, []byte("questions:\n  - id: a\n    scenaro: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	themeEnv := map[string]string{"IDEALE_AMBTENAAR_THEME": "blauw"}
	cases := []struct {
		name   string
		vars   map[string]string
		args   []string
		nl, en string
	}{
		{"theme flag", nil, []string{"--theme", "blauw"}, `onbekend thema "blauw"`, `unknown theme "blauw"`},
		{"theme env", themeEnv, nil, `IDEALE_AMBTENAAR_THEME: onbekend thema "blauw"`, `IDEALE_AMBTENAAR_THEME: unknown theme "blauw"`},
		{"cases theme env", themeEnv, []string{"cases"}, `cases: IDEALE_AMBTENAAR_THEME: onbekend thema`, `cases: IDEALE_AMBTENAAR_THEME: unknown theme`},
		{"team theme flag", nil, []string{"team", "--theme", "blauw", dir}, `team: onbekend thema`, `team: unknown theme`},
		{"unknown flag", nil, []string{"--kleur"}, "onbekende optie --kleur\nZie 'ideale-ambtenaar --help'.", "unknown option --kleur\nSee 'ideale-ambtenaar --help'."},
		{"cases unknown flag", nil, []string{"cases", "--kleur"}, "cases: onbekende optie --kleur", "cases: unknown option --kleur"},
		{"team unknown flag", nil, []string{"team", "--kleur"}, "team: onbekende optie --kleur", "team: unknown option --kleur"},
		{"check unknown flag", nil, []string{"check", "--kleur"}, "check: onbekende optie --kleur", "check: unknown option --kleur"},
		{"seed", nil, []string{"--seed", "x"}, "--seed verwacht een geheel getal", "--seed expects a whole number"},
		{"stray argument", nil, []string{"quiz"}, `onverwacht argument "quiz"`, `unexpected argument "quiz"`},
		{"bad file", nil, []string{"--questions", broken}, "onbekend veld", "unknown field"},
		{"missing file", nil, []string{"--questions", filepath.Join(dir, "weg.yaml")}, "bestand niet gevonden", "file not found"},
		{"cases bad file", nil, []string{"cases", "--questions", broken}, "onbekend veld", "unknown field"},
		{"team no results", nil, []string{"team", dir}, "Geen resultaten gevonden", "No results found"},
		{"team format", nil, []string{"team", "--format", "pdf", dir}, `onbekend formaat "pdf"`, `unknown format "pdf"`},
	}
	for _, c := range cases {
		for _, lang := range []string{"nl", "en"} {
			args := c.args
			want := c.nl
			if lang == "en" {
				args = append(append([]string(nil), c.args...), "--lang", "en")
				want = c.en
			}
			code, _, errOut := runWith(t, "", c.vars, args...)
			if code == 0 || !strings.Contains(errOut, want) {
				t.Errorf("%s (%s): exit %d, stderr %q; want %q", c.name, lang, code, errOut, want)
			}
			if strings.Count(errOut, want) != 1 {
				t.Errorf("%s (%s): the message is not printed exactly once: %q", c.name, lang, errOut)
			}
		}
	}
}
