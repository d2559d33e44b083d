package command

import (
	"errors"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// fakeProgram stands in for a tea.Program in supervise: Quit and Kill end
// its Run (done) unless it is stubborn, and it records what was asked.
type fakeProgram struct {
	mu       sync.Mutex
	calls    []string
	done     chan error
	stubborn bool // Quit does not end it; only Kill does
	once     sync.Once
}

func newFake() *fakeProgram { return &fakeProgram{done: make(chan error, 1)} }

func (f *fakeProgram) record(s string) {
	f.mu.Lock()
	f.calls = append(f.calls, s)
	f.mu.Unlock()
}

func (f *fakeProgram) end(err error) { f.once.Do(func() { f.done <- err }) }

func (f *fakeProgram) Quit() {
	f.record("quit")
	if !f.stubborn {
		f.end(nil)
	}
}

func (f *fakeProgram) Kill() { f.record("kill"); f.end(tea.ErrProgramKilled) }

func (f *fakeProgram) Send(msg tea.Msg) {
	f.record("send")
	if _, ok := msg.(tea.InterruptMsg); ok {
		f.end(tea.ErrInterrupted)
	}
}

func (f *fakeProgram) got() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.calls...)
}

// Each way a screen ends maps to its exit status; before runProgram,
// SIGTERM ended with 0 (Bubble Tea's handler quits normally) and SIGHUP
// killed the process without restoring the terminal.
func TestSuperviseSignals(t *testing.T) {
	for _, tc := range []struct {
		name   string
		sig    os.Signal
		want   ending
		status int
		calls  string
	}{
		{"TERM", syscall.SIGTERM, endTerminated, 143, "quit"},
		{"HUP", syscall.SIGHUP, endHangup, 129, "quit"},
		{"INT", os.Interrupt, endInterrupted, 130, "send"},
		{"QUIT", syscall.SIGQUIT, endDump, 2, "kill"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if runtime.GOOS == "windows" && tc.sig != os.Interrupt && tc.sig != syscall.SIGTERM {
				t.Skip("no SIGHUP or SIGQUIT on Windows")
			}
			p := newFake()
			sigs := make(chan os.Signal, 1)
			sigs <- tc.sig
			end, err := supervise(p, p.done, sigs, nil, time.Minute)
			if end != tc.want || err != nil {
				t.Fatalf("ending %v, %v; want %v", end, err, tc.want)
			}
			if end.status() != tc.status {
				t.Errorf("status %d, want %d", end.status(), tc.status)
			}
			if got := p.got(); len(got) != 1 || got[0] != tc.calls {
				t.Errorf("program was asked %v, want [%s]", got, tc.calls)
			}
		})
	}
}

// A program that does not quit in time is killed; a second signal kills
// at once. Either way the ending is the first signal's.
func TestSuperviseStubborn(t *testing.T) {
	p := newFake()
	p.stubborn = true
	sigs := make(chan os.Signal, 1)
	sigs <- syscall.SIGTERM
	end, _ := supervise(p, p.done, sigs, nil, 10*time.Millisecond)
	if end != endTerminated || len(p.got()) != 2 || p.got()[1] != "kill" {
		t.Fatalf("ending %v after %v; want terminated after quit, kill", end, p.got())
	}

	p = newFake()
	p.stubborn = true
	sigs = make(chan os.Signal, 2)
	sigs <- syscall.SIGHUP
	sigs <- syscall.SIGTERM
	end, _ = supervise(p, p.done, sigs, nil, time.Minute)
	if end != endHangup || len(p.got()) != 2 || p.got()[1] != "kill" {
		t.Fatalf("ending %v after %v; want hangup after quit, kill", end, p.got())
	}
}

// A terminal that went away ends the program as a hangup, also when no
// SIGHUP comes (it is ignored).
func TestSuperviseTerminalGone(t *testing.T) {
	p := newFake()
	gone := make(chan struct{})
	close(gone)
	end, _ := supervise(p, p.done, nil, gone, time.Minute)
	if end != endHangup || end.status() != 129 {
		t.Fatalf("ending %v (%d), want hangup (129)", end, end.status())
	}
}

// Without a signal, the program's own end decides.
func TestSuperviseOwnEnd(t *testing.T) {
	boom := errors.New("no tty")
	for _, tc := range []struct {
		err  error
		want ending
	}{{nil, endFinished}, {tea.ErrInterrupted, endInterrupted}, {boom, endFailed}} {
		p := newFake()
		p.end(tc.err)
		end, err := supervise(p, p.done, nil, nil, time.Minute)
		if end != tc.want {
			t.Errorf("Run error %v: ending %v, want %v", tc.err, end, tc.want)
		}
		if tc.want == endFailed && !errors.Is(err, boom) {
			t.Errorf("the failure's error was lost: %v", err)
		}
	}
}

// watchedTTY reports the end of its input once: a hung-up terminal reads
// as EOF, which Bubble Tea's input loop takes as a quiet end.
func TestWatchedTTYReportsEOF(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	calls := 0
	tty := &watchedTTY{File: r, gone: func() { calls++ }}
	w.Write([]byte("a"))
	buf := make([]byte, 8)
	if n, err := tty.Read(buf); n != 1 || err != nil || calls != 0 {
		t.Fatalf("a key: n=%d err=%v gone=%d", n, err, calls)
	}
	w.Close()
	if _, err := tty.Read(buf); !errors.Is(err, io.EOF) || calls != 1 {
		t.Fatalf("after close: err=%v gone=%d, want EOF and gone once", err, calls)
	}
}

// The exit waits for a command the screen started (a progress write), also
// one inside a tea.Batch, but not forever.
func TestInflightWaitsForWrites(t *testing.T) {
	w := &inflight{}
	var wrote atomic.Int32
	slow := func() tea.Msg { time.Sleep(30 * time.Millisecond); wrote.Add(1); return nil }
	cmd := w.track(tea.Batch(slow, slow))
	go func() {
		if b, ok := cmd().(tea.BatchMsg); ok {
			for _, c := range b {
				go c()
			}
		}
	}()
	time.Sleep(5 * time.Millisecond) // the batch has handed out its commands
	w.wait(5 * time.Second)
	if n := wrote.Load(); n != 2 {
		t.Fatalf("wait returned after %d of 2 writes", n)
	}

	stuck := w.track(func() tea.Msg { select {} })
	go stuck()
	start := time.Now()
	w.wait(20 * time.Millisecond)
	if time.Since(start) > time.Second {
		t.Fatal("wait did not give up on a command that never ends")
	}
}
