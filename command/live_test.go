package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

// sessionFolder makes a closed session of the built-in Dutch set in a new
// folder, as a crash leaves it, and returns the folder.
func sessionFolder(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "sessie")
	r, err := room.New(room.Config{Bank: quiztest.Bank(t, i18n.NL), Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Join("k", "Anna", room.ViaSSH); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A missing or damaged live.settings: --resume refuses, says what is wrong
// and what to pass, and listens on nothing (before the fix it listened on
// every interface with the default ports, and this test hung).
func TestLiveResumeWithoutSettingsRefuses(t *testing.T) {
	for name, content := range map[string]string{
		"missing":  "",
		"not json": "{ssh_port: 2",
		"bad port": `{"ssh_port": 70000, "http_port": 8080, "listen": "127.0.0.1"}`,
		"bad addr": `{"ssh_port": 2222, "http_port": 8080, "listen": "laptop"}`,
	} {
		t.Run(name, func(t *testing.T) {
			dir := sessionFolder(t)
			if content != "" {
				if err := os.WriteFile(filepath.Join(dir, liveSettingsFile), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, out, errOut := runWith(t, "", nil, "live", "--plain", "--resume", dir)
			if code == 0 || out != "" {
				t.Fatalf("exit %d, stdout %q", code, out)
			}
			for _, want := range []string{liveSettingsFile, "--listen ADRES --ssh-port N --http-port N"} {
				if !strings.Contains(errOut, want) {
					t.Errorf("message lacks %q:\n%s", want, errOut)
				}
			}
		})
	}
}
