package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTeamOutputFile: --output writes the export to the file, the format
// from its extension, says so on stderr and leaves stdout empty.
func TestTeamOutputFile(t *testing.T) {
	dir := threeTaken(t)
	to := t.TempDir()
	for _, c := range []struct{ name, head string }{
		{"team.csv", "row,"},
		{"team.json", "{"},
		{"team.md", "#"},
		{"team.xlsx", "PK"},
		{"team.svg", "<svg "},
		{"team.HTML", "<!DOCTYPE html>"},
		{"team.txt", "Team"},
	} {
		path := filepath.Join(to, c.name)
		code, out, errOut := runTeamCmd(t, nil, dir, "--output", path)
		if code != exitOK || out != "" || !strings.Contains(errOut, "Bewaard in "+path) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", c.name, code, out, errOut)
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil || !strings.HasPrefix(string(data), c.head) {
			t.Errorf("%s starts %.20q, want %q (%v)", c.name, data, c.head, err)
		}
	}
}

// TestTeamOutputRefusesToOverwrite: an existing file is kept and the
// message says how to overwrite it; --force overwrites.
func TestTeamOutputRefusesToOverwrite(t *testing.T) {
	dir := threeTaken(t)
	path := filepath.Join(t.TempDir(), "team.csv")
	if err := os.WriteFile(path, []byte("eigen werk"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runTeamCmd(t, nil, dir, "--output", path)
	if data, _ := os.ReadFile(path); code != exitFailure || string(data) != "eigen werk" ||
		!strings.Contains(errOut, path+" bestaat al; kies een andere naam, of zet --force erbij") {
		t.Errorf("exit %d, file %q, stderr %q", code, data, errOut)
	}
	code, _, errOut = runTeamCmd(t, nil, dir, "--output", path, "--force")
	if data, _ := os.ReadFile(path); code != exitOK || !strings.HasPrefix(string(data), "row,") {
		t.Errorf("--force: exit %d, file %.20q, stderr %q", code, data, errOut)
	}
}

// TestTeamOutputFormatAndSeparator: an unknown extension is a usage error
// naming the extensions; --format wins over the extension; the separator
// is a word that needs no quotes in any shell, and cmd's quoted ';' works.
func TestTeamOutputFormatAndSeparator(t *testing.T) {
	dir := threeTaken(t)
	to := t.TempDir()
	code, _, errOut := runTeamCmd(t, nil, dir, "--output", filepath.Join(to, "team.dat"))
	if code != exitUsage || !strings.Contains(errOut, "eindigen op .txt .csv .json .md .xlsx .svg .html") ||
		!strings.Contains(errOut, "Zie 'ideale-ambtenaar team --help'.") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	path := filepath.Join(to, "team.dat")
	if code, _, errOut := runTeamCmd(t, nil, dir, "--output", path, "--format", "json"); code != exitOK {
		t.Errorf("--format json: exit %d, %q", code, errOut)
	} else if data, _ := os.ReadFile(path); !strings.HasPrefix(string(data), "{") {
		t.Errorf("--format json wrote %.20q", data)
	}
	for i, sep := range []string{"semicolon", "';'", ";", "puntkomma"} {
		path := filepath.Join(to, "excel"+string(rune('a'+i))+".csv")
		code, _, errOut := runTeamCmd(t, nil, dir, "--output", path, "--sep", sep)
		data, _ := os.ReadFile(path)
		if code != exitOK || !strings.HasPrefix(string(data), "\uFEFFrow;") {
			t.Errorf("--sep %s: exit %d, %q, file %.20q", sep, code, errOut, data)
		}
	}
}

// runMain runs the program with args, as main does.
func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runWith(t, "", nil, args...)
}

// TestGlobalOptionsBeforeTheCommand: --lang (and the other shared
// options) may stand before the command; one the command does not take is
// named by that command.
func TestGlobalOptionsBeforeTheCommand(t *testing.T) {
	code, _, errOut := runMain(t, "--lang", "en", "team")
	if code != exitUsage || !strings.HasPrefix(errOut, "team: give a folder of results") {
		t.Errorf("--lang en team: exit %d, %q", code, errOut)
	}
	code, out, _ := runMain(t, "--lang=en", "check", "--help")
	if code != exitOK || !strings.Contains(out, "Exit status:") {
		t.Errorf("--lang=en check --help: exit %d\n%s", code, out)
	}
	code, _, errOut = runMain(t, "--plain", "check", "questions.yaml")
	if code != exitUsage || !strings.HasPrefix(errOut, "check: onbekende optie --plain\n") {
		t.Errorf("--plain check: exit %d, %q", code, errOut)
	}
	// A word that is not a command stays the quiz's.
	code, _, errOut = runMain(t, "--lang", "en", "tema")
	if code != exitUsage || !strings.Contains(errOut, `unexpected argument "tema"`) {
		t.Errorf("--lang en tema: exit %d, %q", code, errOut)
	}
}

// TestOptionNamedAsTyped: -v is reported as -v (with the long option it
// may mean), --kleur as --kleur.
func TestOptionNamedAsTyped(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-v"}, "onbekende optie -v; bedoelde je --version?\nZie 'ideale-ambtenaar --help'.\n"},
		{[]string{"--lang", "en", "-v"}, "unknown option -v; did you mean --version?\n"},
		{[]string{"team", "-v"}, "team: onbekende optie -v\n"},
		{[]string{"team", "--kleur=rood"}, "team: onbekende optie --kleur\n"},
		{[]string{"team", "-output"}, "team: de optie -output verwacht een waarde\n"},
	} {
		code, _, errOut := runMain(t, c.args...)
		if code != exitUsage || !strings.HasPrefix(errOut, c.want) {
			t.Errorf("%q: exit %d, %q, want %q", c.args, code, errOut, c.want)
		}
	}
}

// TestTeamSlide: --slide writes the 16:9 slide with the trainer's title;
// it is an svg, and --title goes with it.
func TestTeamSlide(t *testing.T) {
	dir := threeTaken(t)
	path := filepath.Join(t.TempDir(), "dia.svg")
	code, _, errOut := runTeamCmd(t, nil, dir, "--slide", "--title", "Workshop Zwolle", "--output", path)
	data, _ := os.ReadFile(path)
	if code != exitOK || !strings.Contains(string(data), `width="1920" height="1080"`) || !strings.Contains(string(data), "Workshop Zwolle") {
		t.Errorf("exit %d, %q\n%.300s", code, errOut, data)
	}
	if code, _, errOut := runTeamCmd(t, nil, dir, "--slide", "--output", filepath.Join(t.TempDir(), "dia.html")); code != exitUsage || !strings.Contains(errOut, "--slide maakt een svg") {
		t.Errorf("slide as html: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runTeamCmd(t, nil, dir, "--title", "x", "--format", "svg"); code != exitUsage || !strings.Contains(errOut, "--title hoort bij --slide") {
		t.Errorf("title without slide: exit %d, %q", code, errOut)
	}
}
