package room

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

// Two processes on one session folder: the second is refused with ErrBusy
// (said in the user's language) and writes nothing; once the first has
// closed, the folder can be resumed.
func TestSessionFolderIsLocked(t *testing.T) {
	r := newTestRoom(t, Config{})
	join(t, r, "ka", "Anna")
	_, _, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	if !errors.Is(err, ErrBusy) {
		t.Fatalf("second resume while the room is open: %v", err)
	}
	if m := Message(err, i18n.NL); !strings.Contains(m, "al open") {
		t.Errorf("message %q", m)
	}
	if _, err := New(Config{Bank: r.Bank(), Dir: r.Dir()}); !errors.Is(err, ErrBusy) {
		t.Errorf("new in a held folder: %v", err)
	}
	must(t, r.Close())
	r2, _, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	if _, _, err := Resume(r.Dir(), Config{Bank: r.Bank()}); !errors.Is(err, ErrBusy) {
		t.Errorf("resume of a resumed room: %v", err)
	}
	must(t, r2.Close())
}

// held keeps the helper process's room alive.
var held *Room

// The lock dies with its process: after kill -9 of the process holding
// the session, --resume works.
func TestSessionLockDiesWithProcess(t *testing.T) {
	if dir := os.Getenv("ROOM_TEST_HOLD"); dir != "" {
		r, _, err := Resume(dir, Config{Bank: quiztest.Small(t)})
		if err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(1)
		}
		held = r // reachable: a collected room would close the lock's file
		os.Stdout.WriteString("holding\n")
		select {} // until killed
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	r := newTestRoom(t, Config{})
	join(t, r, "ka", "Anna")
	must(t, r.Close())
	cmd := exec.Command(os.Args[0], "-test.run=^TestSessionLockDiesWithProcess$")
	cmd.Env = append(os.Environ(), "ROOM_TEST_HOLD="+r.Dir())
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "holding\n" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("helper said %q", line)
	}
	if r3, _, err := Resume(r.Dir(), Config{Bank: r.Bank()}); !errors.Is(err, ErrBusy) {
		t.Errorf("resume while another process holds the folder: %v", err)
		if err == nil {
			_ = r3.Close()
		}
	}
	must(t, cmd.Process.Kill()) // SIGKILL on Unix
	_ = cmd.Wait()
	r2, _, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	must(t, r2.Close())
}
