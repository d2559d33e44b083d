//go:build !windows

package command

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"ideale-ambtenaar/profile"
)

// These tests drive the real binary in a real terminal: a private tmux
// server (its own socket, killed at the end), 80×24. They check what a
// user sees after a signal or ctrl+z: the main screen back, the cursor
// shown, the tty cooked with echo, the exit status, and that progress was
// kept. They are skipped without tmux and under -short.

type tmuxRig struct {
	t      *testing.T
	socket string
	dir    string
	bin    string
}

func newTmuxRig(t *testing.T) *tmuxRig {
	t.Helper()
	if testing.Short() {
		t.Skip("drives the binary in tmux; skipped under -short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "ia")
	if out, err := exec.Command("go", "build", "-o", bin, "ideale-ambtenaar").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	r := &tmuxRig{t: t, socket: fmt.Sprintf("ia-test-%d", os.Getpid()), dir: dir, bin: bin}
	t.Cleanup(func() { exec.Command("tmux", "-L", r.socket, "kill-server").Run() })
	return r
}

func (r *tmuxRig) tmux(args ...string) string {
	r.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", r.socket}, args...)...).CombinedOutput()
	if err != nil {
		r.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return strings.TrimRight(string(out), "\n")
}

// start opens session name running cmd (through sh), in the rig's folder,
// with a private cache for progress.
func (r *tmuxRig) start(name, cmd string) { r.startSized(name, "80", cmd) }

// startSized is start in a window w columns wide and 24 lines high.
func (r *tmuxRig) startSized(name, w, cmd string) {
	r.t.Helper()
	r.tmux("new-session", "-d", "-s", name, "-x", w, "-y", "24",
		"-c", r.dir, "-e", "XDG_CACHE_HOME="+filepath.Join(r.dir, "cache"), "-e", "PS1=$ ",
		"-e", "TERM=xterm-256color", cmd)
}

func (r *tmuxRig) screen(name string) string { return r.tmux("capture-pane", "-p", "-t", name) }

// waitFor polls the pane until it contains want.
func (r *tmuxRig) waitFor(name, want string) {
	r.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(r.screen(name), want) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	r.t.Fatalf("%q never appeared; screen:\n%s", want, r.screen(name))
}

// state is the pane's alternate screen and cursor flags.
func (r *tmuxRig) state(name string) string {
	return r.tmux("display", "-p", "-t", name, "alt=#{alternate_on} cursor=#{cursor_flag}")
}

func (r *tmuxRig) pid() int {
	r.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(filepath.Join(r.dir, "pid"))
		if n, perr := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && perr == nil {
			return n
		}
		time.Sleep(20 * time.Millisecond)
	}
	r.t.Fatal("no pid file")
	return 0
}

// TERM and HUP leave a usable terminal, exit 143 and 129, say so in the
// user's language, and keep the answer given. Before runProgram, TERM
// exited 0 and HUP left the alternate screen on and the tty raw.
func TestSignalsRestoreTerminal(t *testing.T) {
	r := newTmuxRig(t)
	for _, tc := range []struct {
		sig    syscall.Signal
		status int
		line   string
	}{
		{syscall.SIGTERM, 143, "Gestopt door een signaal (TERM)"},
		{syscall.SIGHUP, 129, "De terminal is weggevallen (HUP)"},
		{syscall.SIGQUIT, 2, "goroutine"},
	} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			r.t = t
			os.RemoveAll(filepath.Join(r.dir, "cache"))
			os.Remove(filepath.Join(r.dir, "pid"))
			name := "sig" + strconv.Itoa(int(tc.sig))
			// The shell stays, so the tty's state after the exit can be read.
			r.start(name, `sh -c 'sh -c "echo \$\$ > pid; exec ./ia"; echo EXIT=$?; `+
				`stty -a | tr " ;" "\n\n" | grep -x -e -echo -e echo -e -icanon -e icanon; echo END; exec sleep 60'`)
			r.waitFor(name, "De ideale ambtenaar")
			r.tmux("send-keys", "-t", name, "Enter")
			r.waitFor(name, "Casus 1 van")
			r.tmux("send-keys", "-t", name, "Enter")
			r.waitFor(name, "Casus 2 van")
			if s := r.state(name); s != "alt=1 cursor=0" {
				t.Fatalf("while running: %s", s)
			}
			syscall.Kill(r.pid(), tc.sig)
			r.waitFor(name, "END")
			scr := r.screen(name)
			if !strings.Contains(scr, fmt.Sprintf("EXIT=%d", tc.status)) {
				t.Errorf("want exit %d; screen:\n%s", tc.status, scr)
			}
			if s := r.state(name); s != "alt=0 cursor=1" {
				t.Errorf("after the signal: %s, want the main screen and a cursor", s)
			}
			if !strings.Contains(scr, "\necho") || !strings.Contains(scr, "\nicanon") {
				t.Errorf("the tty was left raw (no echo or icanon):\n%s", scr)
			}
			if tc.sig != syscall.SIGQUIT {
				// The dump scrolls the line off; for TERM and HUP it is there.
				if !strings.Contains(scr, tc.line) {
					t.Errorf("no %q on the screen:\n%s", tc.line, scr)
				}
				kept, _ := filepath.Glob(filepath.Join(r.dir, "cache", "ideale-ambtenaar", "progress-*.json"))
				if len(kept) != 1 {
					t.Errorf("progress not kept: %v", kept)
				} else if b, _ := os.ReadFile(kept[0]); !strings.Contains(string(b), `"answers":[`) || strings.Contains(string(b), `"answers":[]`) {
					t.Errorf("kept progress has no answer: %s", b)
				}
			}
		})
	}
}

// With SIGHUP ignored, closing the terminal still ends the program: its
// input reads EOF. Before, it lingered forever with its render ticker.
func TestHangupIgnoredStillEnds(t *testing.T) {
	r := newTmuxRig(t)
	r.start("nohup", `sh -c 'trap "" HUP; echo $$ > pid; exec ./ia'`)
	r.waitFor("nohup", "De ideale ambtenaar")
	pid := r.pid()
	r.tmux("kill-session", "-t", "nohup")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if !alive(pid) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	syscall.Kill(pid, syscall.SIGKILL)
	t.Fatal("the program kept running after its terminal went away")
}

// alive reports a process that exists and is not a zombie.
func alive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return syscall.Kill(pid, 0) == nil
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	return len(f) > 0 && f[0] != "Z" && f[0] != "X"
}

// ctrl+z gives the terminal back to the shell (keys typed there stay
// there) and fg brings the quiz back where it was, with working keys.
// Before, ctrl+z did nothing.
func TestSuspendAndResume(t *testing.T) {
	r := newTmuxRig(t)
	r.start("job", "bash --norc --noprofile -i")
	r.waitFor("job", "bash")
	r.tmux("send-keys", "-t", "job", "clear; ./ia", "Enter")
	r.waitFor("job", "De ideale ambtenaar")
	r.tmux("send-keys", "-t", "job", "Enter")
	r.waitFor("job", "Casus 1 van")
	r.tmux("send-keys", "-t", "job", "C-z")
	deadline := time.Now().Add(5 * time.Second)
	for r.state("job") != "alt=0 cursor=1" && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if s := r.state("job"); s != "alt=0 cursor=1" {
		t.Fatalf("after ctrl+z: %s, want the shell's screen", s)
	}
	r.tmux("send-keys", "-t", "job", "echo at-the-shell", "Enter")
	r.waitFor("job", "at-the-shell")
	r.tmux("send-keys", "-t", "job", "fg", "Enter")
	r.waitFor("job", "Casus 1 van")
	if s := r.state("job"); s != "alt=1 cursor=0" {
		t.Fatalf("after fg: %s", s)
	}
	r.tmux("send-keys", "-t", "job", "Enter")
	r.waitFor("job", "Casus 2 van")
	r.tmux("send-keys", "-t", "job", "?")
	r.waitFor("job", "ctrl+z")
}

// emojiScenario has the clusters terminals measure differently: a ZWJ
// family, a ZWJ profession with a skin tone, a flag.
const emojiScenario = "Een gezin 👨‍👩‍👧 komt binnen met een arts 👩🏽‍⚕️ en een vlag 🇳🇱 erbij; " +
	"alfa 👨‍👩‍👧 bravo 👩🏽‍⚕️ charlie 🇳🇱 delta 👨‍👩‍👧 echo 👩🏽‍⚕️ foxtrot 🇳🇱 golf " +
	"hotel india 👨‍👩‍👧 juliet kilo lima 👩🏽‍⚕️ mike november"

// At 40 columns every word of a scenario with emoji sequences is on the
// screen, whole. Before, the renderer counted wcwidth (6 cells for the
// family) where the layout counted 2 and cut words off line ends ("ar"
// for "arts"), and tmux draws the profession in 4 cells, not 2.
func TestEmojiWordsOnScreen(t *testing.T) {
	r := newTmuxRig(t)
	yaml := "language: nl\ntitle: Emoji\nquestions:\n  - id: gezin\n    context: Balie\n" +
		"    scenario: \"" + emojiScenario + "\"\n    options:\n" +
		"      - text: Ik help iedereen 👩🏽‍⚕️ op volgorde zoals afgesproken.\n        type: bureaucraat\n" +
		"      - text: Ik open een tweede loket.\n        type: ondernemer\n" +
		"      - text: Ik vraag de rij wie voor mag.\n        type: verbinder\n"
	if err := os.WriteFile(filepath.Join(r.dir, "emoji.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	r.startSized("emoji", "40", "./ia --questions emoji.yaml --no-shuffle")
	r.waitFor("emoji", "Emoji")
	r.tmux("send-keys", "-t", "emoji", "Enter")
	r.waitFor("emoji", "Casus 1 van 1")
	time.Sleep(200 * time.Millisecond)
	scr := r.screen("emoji")
	onScreen := map[string]bool{}
	for _, w := range strings.Fields(scr) {
		onScreen[strings.Trim(w, ";.")] = true
	}
	for _, w := range strings.Fields(emojiScenario + " Ik help iedereen op volgorde zoals afgesproken.") {
		w = strings.Trim(w, ";.")
		if w[0] < 0x80 && !onScreen[w] { // the words; emoji are checked by the layout tests
			t.Errorf("%q is not on the screen", w)
		}
	}
	if t.Failed() {
		t.Logf("screen:\n%s", scr)
	}
}

// A team row whose name has emoji sequences keeps its last column at 80
// and 40 columns. Before, the row lost "83%" (drawn as "8%").
func TestTeamRowWithEmojiName(t *testing.T) {
	r := newTmuxRig(t)
	dir := filepath.Join(r.dir, "team")
	bank := teamBank(teamHash)
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	B, O, V := profile.Bureaucraat, profile.Ondernemer, profile.Verbinder
	takeAndSave(t, dir, bank, "Fam 👨‍👩‍👧 arts 👩🏽‍⚕️ NL 🇳🇱 Jansen", at, B, O, V, V)
	takeAndSave(t, dir, bank, "Anna", at.Add(time.Minute), B, B, B, O)
	for _, w := range []string{"80", "40"} {
		name := "team" + w
		r.startSized(name, w, "./ia team team")
		r.waitFor(name, "Anna")
		time.Sleep(200 * time.Millisecond)
		scr := r.screen(name)
		for _, l := range strings.Split(scr, "\n") {
			if strings.Contains(l, "Fam") && !strings.HasSuffix(strings.TrimSpace(l), "50%") {
				t.Errorf("%s columns: the row lost its end: %q", w, l)
			}
		}
	}
}
