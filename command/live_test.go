package command

import (
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

func freeTCPPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

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

// A start that fails before anyone joined (here: the SSH port is taken)
// takes back what it made, so the next start with the same --dir works;
// a folder that was there stays, empty as it was.
func TestLiveFailedStartLeavesNothing(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	port := strconv.Itoa(busy.Addr().(*net.TCPAddr).Port)
	free := strconv.Itoa(freeTCPPort(t))
	for _, existing := range []bool{false, true} {
		dir := filepath.Join(t.TempDir(), "sessie")
		if existing {
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		code, _, errOut := runWith(t, "", nil, "live", "--plain", "--dir", dir, "--listen", "127.0.0.1", "--ssh-port", port, "--http-port", free)
		if code == 0 || !strings.Contains(errOut, "poort "+port+" is al in gebruik") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		entries, err := os.ReadDir(dir)
		switch {
		case !existing && !os.IsNotExist(err):
			t.Errorf("the folder made by the failed start is still there: %v %v", entries, err)
		case existing && (err != nil || len(entries) != 0):
			t.Errorf("the folder given holds %v (%v) after a failed start; want it empty", entries, err)
		}
	}
}

// A folder that holds a session already: refused in the user's language.
func TestLiveNewOverSessionSaysItInDutch(t *testing.T) {
	dir := sessionFolder(t)
	code, _, errOut := runWith(t, "", nil, "live", "--plain", "--dir", dir)
	if code == 0 || !strings.Contains(errOut, "staat al een sessie") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, room.JournalName)); err != nil {
		t.Errorf("the session's journal is gone: %v", err)
	}
}

// What failed at the start, said as that and in Dutch: a journal that is
// a folder is not "not kept", and a session folder that is a file is not
// said in the system's English.
func TestLiveStartFailuresSayWhatFailed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sessie")
	if err := os.MkdirAll(filepath.Join(dir, room.JournalName), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runWith(t, "", nil, "live", "--plain", "--resume", dir, "--listen", "127.0.0.1", "--ssh-port", "1", "--http-port", "2")
	if code == 0 || !strings.Contains(errOut, "kan niet beginnen") || !strings.Contains(errOut, "een map, geen bestand") || strings.Contains(errOut, "niet bewaard") {
		t.Errorf("journal is a folder: exit %d: %s", code, errOut)
	}
	file := filepath.Join(t.TempDir(), "bestand")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runWith(t, "", nil, "live", "--plain", "--dir", filepath.Join(file, "sessie"))
	if code == 0 || !strings.Contains(errOut, "kan niet worden gemaakt") || strings.Contains(errOut, "not a directory") {
		t.Errorf("folder under a file: exit %d: %s", code, errOut)
	}
}
