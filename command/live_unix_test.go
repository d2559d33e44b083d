//go:build unix

package command

import (
	"bufio"
	"encoding/json"
	"fmt"
	"ideale-ambtenaar/quiz/quiztest"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The live room end to end, as a trainer and a participant meet it: the
// built binary runs `live --plain` (headless, so the test reads its event
// lines), and the real OpenSSH client joins in a tmux pane with its own
// key. Skipped without ssh, ssh-keygen or tmux (.ci/run installs them) and
// under -short.

// liveServer is a headless live process and the lines it printed; stdin
// is its standard input, where the paced workshop takes the trainer's
// commands (send).
type liveServer struct {
	t     *testing.T
	cmd   *exec.Cmd
	stdin io.WriteCloser
	mu    sync.Mutex
	lines []string
	got   chan struct{}
}

// startLive starts `live --plain --lang en args` and waits for its code.
func startLive(t *testing.T, bin, home string, args ...string) *liveServer {
	t.Helper()
	return startLiveIn(t, bin, home, "en", args...)
}

// startLiveIn is startLive in language lang (nl, en).
func startLiveIn(t *testing.T, bin, home, lang string, args ...string) *liveServer {
	t.Helper()
	s := &liveServer{t: t, got: make(chan struct{}, 1)}
	s.cmd = exec.Command(bin, append([]string{"live", "--plain", "--lang", lang}, args...)...)
	s.cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+filepath.Join(home, "config"))
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if s.stdin, err = s.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	s.cmd.Stderr = s.cmd.Stdout
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			s.mu.Lock()
			s.lines = append(s.lines, sc.Text())
			s.mu.Unlock()
			select {
			case s.got <- struct{}{}:
			default:
			}
		}
	}()
	t.Cleanup(func() { _ = s.cmd.Process.Kill(); _ = s.cmd.Wait() })
	s.waitLine("Code: ")
	return s
}

// waitLine waits for a line holding want and returns it.
func (s *liveServer) waitLine(want string) string {
	s.t.Helper()
	return s.waitAfter(0, want)
}

// send writes one line of the trainer's commands to the server's input.
func (s *liveServer) send(line string) {
	s.t.Helper()
	if _, err := io.WriteString(s.stdin, line+"\n"); err != nil {
		s.t.Fatalf("send %q: %v", line, err)
	}
}

// since is the number of lines printed so far, for waitAfter.
func (s *liveServer) since() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.lines)
}

// waitAfter waits for a line holding want among the lines printed after
// the first n (since) and returns it.
func (s *liveServer) waitAfter(n int, want string) string {
	s.t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		s.mu.Lock()
		for _, l := range s.lines[n:] {
			if strings.Contains(l, want) {
				s.mu.Unlock()
				return l
			}
		}
		s.mu.Unlock()
		select {
		case <-s.got:
		case <-deadline:
			s.mu.Lock()
			defer s.mu.Unlock()
			s.t.Fatalf("no line with %q after line %d; the server printed:\n%s", want, n, strings.Join(s.lines, "\n"))
			return ""
		}
	}
}

// linesAfter are the lines printed after the first n.
func (s *liveServer) linesAfter(n int) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.lines[n:]...)
}

func (s *liveServer) count(want string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, l := range s.lines {
		if strings.Contains(l, want) {
			n++
		}
	}
	return n
}

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
}

func TestLiveOverRealSSH(t *testing.T) {
	needTools(t, "ssh", "ssh-keygen")
	r := newTmuxRig(t)
	home := r.dir
	key := filepath.Join(home, "id")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	session := filepath.Join(home, "sessie")
	sshPort, webPort := freeTCPPort(t), freeTCPPort(t)
	questions, _ := quiztest.SmallFile(t), error(nil)
	srv := startLive(t, r.bin, home, "--listen", "127.0.0.1", "--code", "k7qx", "--questions", questions,
		"--ssh-port", strconv.Itoa(sshPort), "--http-port", strconv.Itoa(webPort), "--dir", session)
	join := srv.waitLine("ssh -p ")
	if want := fmt.Sprintf("ssh -p %d K7QX@127.0.0.1", sshPort); !strings.Contains(join, want) {
		t.Fatalf("join line %q, want %q", join, want)
	}
	srv.waitLine(fmt.Sprintf("http://127.0.0.1:%d/j/K7QX", webPort))
	ssh := func(user string, extra ...string) string {
		return strings.Join(append([]string{"ssh", "-i", key, "-o", "StrictHostKeyChecking=no",
			"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", strconv.Itoa(sshPort), user + "@127.0.0.1"}, extra...), " ")
	}

	// A wrong code and a command each get one line, and no session.
	out, _ := exec.Command("sh", "-c", ssh("XXXX")+" -tt </dev/null").CombinedOutput()
	if !strings.Contains(string(out), "not the code of this session") {
		t.Errorf("wrong code: %q", out)
	}
	out, _ = exec.Command("sh", "-c", ssh("K7QX", "echo", "hi")+" </dev/null").CombinedOutput()
	if !strings.Contains(string(out), "without a command") {
		t.Errorf("a command: %q", out)
	}

	// Join in a terminal, give a name, answer two questions.
	r.start("p", ssh("k7qx"))
	r.waitFor("p", "Your name")
	r.tmux("send-keys", "-t", "p", "Anna", "Enter")
	r.waitFor("p", "enter")
	r.tmux("send-keys", "-t", "p", "Enter")
	for i := 1; i <= 2; i++ {
		r.waitFor("p", fmt.Sprintf("Scenario %d of 3", i))
		r.tmux("send-keys", "-t", "p", "1", "Enter")
		for srv.count("Anna answered") < i {
			srv.waitLine("Anna answered")
			time.Sleep(20 * time.Millisecond)
		}
	}
	srv.waitLine("Anna joined (ssh)")

	// The server dies (kill -9); every acknowledged answer is in the
	// journal. --resume brings the room back with the same code and ports,
	// and the same key continues at question 3.
	_ = srv.cmd.Process.Signal(syscall.SIGKILL)
	_ = srv.cmd.Wait()
	_ = exec.Command("tmux", "-L", r.socket, "kill-session", "-t", "p").Run() // ssh may have ended with the server
	srv = startLive(t, r.bin, home, "--resume", session)
	srv.waitLine("Resumed the session")
	srv.waitLine(fmt.Sprintf("ssh -p %d K7QX@127.0.0.1", sshPort))
	r.start("p2", ssh("K7QX"))
	r.waitFor("p2", "scenario 3 of 3")
	r.tmux("send-keys", "-t", "p2", "Enter")
	r.waitFor("p2", "Scenario 3 of 3")
	r.tmux("send-keys", "-t", "p2", "1", "Enter")
	srv.waitLine("Anna finished")
	r.waitFor("p2", "Your mix")

	// The result is an ordinary result file: team reads the folder.
	files, _ := filepath.Glob(filepath.Join(session, "*.json"))
	if len(files) != 1 || !strings.Contains(filepath.Base(files[0]), "anna") {
		t.Fatalf("result files %v", files)
	}
	data, err := exec.Command(r.bin, "team", "--format", "json", session).Output()
	if err != nil {
		t.Fatalf("team: %v", err)
	}
	var team struct {
		Participants []struct {
			Name   string
			Points map[string]int
		}
	}
	if err := json.Unmarshal(data, &team); err != nil || len(team.Participants) != 1 || team.Participants[0].Name != "Anna" {
		t.Fatalf("team over the session folder: %v\n%s", err, data)
	}
	total := 0
	for _, v := range team.Participants[0].Points {
		total += v
	}
	if total == 0 {
		t.Errorf("no points in %s", data)
	}
	// SIGTERM ends the headless room cleanly. The closing line is read
	// before Wait, which closes the output pipe and may cut off what the
	// reader has not read yet (os/exec: do not Wait before the reads end).
	_ = srv.cmd.Process.Signal(syscall.SIGTERM)
	srv.waitLine("Stopped; everything is in")
	done := make(chan error, 1)
	go func() { done <- srv.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("after SIGTERM: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("the room did not stop after SIGTERM")
	}
	if srv.count("Stopped; everything is in") != 1 {
		t.Errorf("no closing line")
	}
}

// TestLiveCultureOverRealSSH: `live --culture` runs the culture instrument
// for the room: a participant with the real OpenSSH client fills in both
// passes, the room journals every allocation, the finished survey is a
// culture result in the session folder, and team reads the group's
// culture from it.
func TestLiveCultureOverRealSSH(t *testing.T) {
	needTools(t, "ssh")
	r := newTmuxRig(t)
	session := filepath.Join(r.dir, "cultuur")
	sshPort := freeTCPPort(t)
	srv := startLive(t, r.bin, r.dir, "--culture", "--listen", "127.0.0.1", "--code", "K7QX",
		"--ssh-port", strconv.Itoa(sshPort), "--http-port", strconv.Itoa(freeTCPPort(t)), "--dir", session)
	r.start("c", fmt.Sprintf("ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -p %d K7QX@127.0.0.1", sshPort))
	r.waitFor("c", "Your name")
	r.tmux("send-keys", "-t", "c", "Anna", "Enter")
	r.waitFor("c", "enter")
	r.tmux("send-keys", "-t", "c", "Enter")
	for i := 1; i <= 12; i++ {
		r.tmux("send-keys", "-t", "c", "5", "Down", "3", "Down", "2", "Enter")
		for srv.count("Anna answered") < i {
			srv.waitLine("Anna answered")
			time.Sleep(20 * time.Millisecond)
		}
	}
	srv.waitLine("Anna finished")
	r.waitFor("c", "now")
	data, err := exec.Command(r.bin, "team", "--format", "json", session).Output()
	if err != nil {
		t.Fatalf("team over the culture session: %v", err)
	}
	if !strings.Contains(string(data), "team-culture") || !strings.Contains(string(data), "Anna") {
		t.Fatalf("team JSON:\n%s", data)
	}
}
