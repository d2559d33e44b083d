package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCasesWith runs `cases args…` without a terminal and with the given
// environment, and returns the exit status and both outputs.
func runCasesWith(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	return runWith(t, "", vars, append([]string{"cases"}, args...)...)
}

func TestCasesHelp(t *testing.T) {
	code, out, _ := runCasesWith(t, nil, "--help")
	if code != exitOK || !strings.Contains(out, "ideale-ambtenaar cases") || !strings.Contains(out, "--case") {
		t.Errorf("--help: exit %d, output:\n%s", code, out)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("help line wider than 80: %q", l)
		}
	}
	_, out, _ = runCasesWith(t, nil, "--lang", "en", "-h")
	if !strings.Contains(out, "Usage") {
		t.Errorf("--lang en -h is not in English:\n%s", out)
	}
}

func TestCasesPlainWithoutTerminal(t *testing.T) {
	code, out, errOut := runCasesWith(t, nil)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"Casus 1 van", "Bureaucraat:", "Ondernemer:", "Verbinder:"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("plain output has escape codes")
	}
}

func TestCasesPlainOneCaseInEnglish(t *testing.T) {
	code, out, _ := runCasesWith(t, map[string]string{"ACCESSIBLE": "1"}, "--lang", "en", "--case", "2")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "Scenario 2 of") || strings.Contains(out, "Scenario 1 of") || !strings.Contains(out, "Connector:") {
		t.Errorf("one case in English:\n%s", out)
	}
}

func TestCasesBadInput(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "kapot.yaml")
	if err := os.WriteFile(broken, []byte("questions: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"unknown flag", nil, []string{"--nope"}, "--help"},
		{"extra argument", nil, []string{"extra"}, "extra"},
		{"bad language", nil, []string{"--lang", "fr"}, "fr"},
		{"bad theme", nil, []string{"--theme", "paars"}, "paars"},
		{"bad theme variable", map[string]string{"IDEALE_AMBTENAAR_THEME": "paars"}, nil, "IDEALE_AMBTENAAR_THEME"},
		{"missing file", nil, []string{"--questions", filepath.Join(dir, "weg.yaml")}, "weg.yaml"},
		{"broken file", nil, []string{"--questions", broken}, "kapot.yaml"},
		{"unknown case", nil, []string{"--case", "bestaat-niet"}, "bestaat-niet"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCasesWith(t, c.vars, c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if out != "" {
				t.Errorf("wrote to Stdout: %q", out)
			}
			if !strings.Contains(errOut, c.want) {
				t.Errorf("stderr %q does not mention %q", errOut, c.want)
			}
		})
	}
}
