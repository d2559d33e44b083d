package sshjoin

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/quiz/quiztest"
)

func newRoom(t testing.TB, max int) *room.Room {
	t.Helper()
	r, err := room.New(room.Config{Bank: quiztest.Small(t), Dir: t.TempDir(), MaxParticipants: max, NoShuffle: true, Code: "7K3Q"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

// serve starts a server for r on a loopback port and returns it and its
// address; it is shut down when the test ends.
func serve(t testing.TB, r *room.Room, lim Limits) (*Server, string) {
	t.Helper()
	return serveConfig(t, Config{Room: r, Limits: lim})
}

// serveConfig is serve for any cfg (a culture room): it adds a host key
// in a temporary folder and the test's log.
func serveConfig(t testing.TB, cfg Config) (*Server, string) {
	t.Helper()
	cfg.HostKeyPath, cfg.Logf = filepath.Join(t.TempDir(), "keys", "host_ed25519"), t.Logf
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := contextWithTimeout(5 * time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-done; !errors.Is(err, ErrServerClosed) {
			t.Errorf("Serve returned %v, want ErrServerClosed", err)
		}
	})
	return s, ln.Addr().String()
}

// newKey makes a client key.
func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial connects as user with key, or keyboard-interactive without one.
func dial(addr, user string, key gossh.Signer) (*gossh.Client, error) {
	auth := []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
		return make([]string, len(qs)), nil
	})}
	if key != nil {
		auth = append([]gossh.AuthMethod{gossh.PublicKeys(key)}, auth...)
	}
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: user, Auth: auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
}

// buffer is a bytes.Buffer safe for a writer and a reader.
type buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// term is a client session with a pty.
type term struct {
	t      testing.TB
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	out    *buffer
	done   chan error
}

// open joins with a pty of 80×24 and a shell request, as ssh does.
func open(t testing.TB, addr, user string, key gossh.Signer) *term {
	t.Helper()
	c, err := dial(addr, user, key)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	tm := &term{t: t, client: c, sess: sess, out: &buffer{}, done: make(chan error, 1)}
	sess.Stdout, sess.Stderr = tm.out, tm.out
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { tm.done <- sess.Wait() }()
	t.Cleanup(func() { _ = c.Close() })
	return tm
}

// screen is everything received, without escape codes.
func (tm *term) screen() string { return ansi.Strip(tm.out.String()) }

// waitFor waits until text has been received.
func (tm *term) waitFor(text string) {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(tm.screen(), text) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tm.t.Fatalf("did not see %q; got:\n%s", text, tail(tm.screen()))
}

// mark forgets what was received so far, so waitFor sees only what comes.
func (tm *term) mark() {
	tm.out.mu.Lock()
	tm.out.b.Reset()
	tm.out.mu.Unlock()
}

func (tm *term) send(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		if _, err := io.WriteString(tm.in, k); err != nil {
			tm.t.Fatal(err)
		}
	}
}

// exit waits for the session to end and returns its exit status.
func (tm *term) exit() int {
	tm.t.Helper()
	select {
	case err := <-tm.done:
		var ee *gossh.ExitError
		if errors.As(err, &ee) {
			return ee.ExitStatus()
		}
		if err != nil {
			tm.t.Fatalf("session: %v", err)
		}
		return 0
	case <-time.After(10 * time.Second):
		tm.t.Fatalf("session did not end; got:\n%s", tail(tm.screen()))
		return -1
	}
}

func tail(s string) string {
	if len(s) > 3000 {
		return "…" + s[len(s)-3000:]
	}
	return s
}

// run runs a session without a pty (cmd "" = a shell request) and returns
// what it said and its exit status.
func run(t testing.TB, addr, user, cmd string) (string, int) {
	t.Helper()
	c, err := dial(addr, user, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out buffer
	sess.Stdout, sess.Stderr = &out, &out
	if cmd == "" {
		err = sess.Shell()
		if err == nil {
			err = sess.Wait()
		}
	} else {
		err = sess.Run(cmd)
	}
	var ee *gossh.ExitError
	if errors.As(err, &ee) {
		return out.String(), ee.ExitStatus()
	}
	if err != nil {
		t.Fatalf("session: %v", err)
	}
	return out.String(), 0
}
