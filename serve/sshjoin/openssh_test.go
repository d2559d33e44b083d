package sshjoin

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
	gossh "golang.org/x/crypto/ssh"
)

// sshClient is a real OpenSSH client in a pty of 80×24, reading into a
// buffer.
type sshClient struct {
	t   testing.TB
	cmd *exec.Cmd
	pty *os.File
	out *buffer
}

// keyFile writes an ed25519 identity for ssh -i and returns its path and
// the fingerprint the server will see.
func keyFile(t testing.TB) (string, string) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	sp, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return path, gossh.FingerprintSHA256(sp)
}

// startSSH runs `ssh -p PORT CODE@HOST` as a participant would, with no
// user configuration, known hosts or agent in the way.
func startSSH(t testing.TB, bin, addr, user, identity string) *sshClient {
	t.Helper()
	host, port, _ := net.SplitHostPort(addr)
	args := []string{"-F", "/dev/null", "-p", port,
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR", "-o", "IdentityAgent=none"}
	if identity != "" {
		args = append(args, "-i", identity, "-o", "IdentitiesOnly=yes")
	}
	cmd := exec.Command(bin, append(args, user+"@"+host)...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		t.Fatal(err)
	}
	c := &sshClient{t: t, cmd: cmd, pty: f, out: &buffer{}}
	go func() { _, _ = io.Copy(c.out, f) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = f.Close()
	})
	return c
}

func (c *sshClient) waitFor(text string) bool {
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(ansi.Strip(c.out.String()), text) {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}

func (c *sshClient) mustSee(text string) {
	c.t.Helper()
	if !c.waitFor(text) {
		c.t.Fatalf("ssh did not show %q; got:\n%s", text, tail(ansi.Strip(c.out.String())))
	}
}

func TestRealOpenSSHClient(t *testing.T) {
	bin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("no OpenSSH client (apt-get install -y openssh-client)")
	}
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	identity, fp := keyFile(t)
	c := startSSH(t, bin, addr, "7k3q", identity)
	c.mustSee("Je naam")
	_, _ = c.pty.WriteString("Ria\r")
	c.mustSee("3 casussen")
	_, _ = c.pty.WriteString("\r")
	c.mustSee("Casus 1 van 3")
	c.mustSee("lange rij bij de balie")
	if raw := c.out.String(); !strings.Contains(raw, "38;5;") || strings.Contains(raw, "38;2;") {
		t.Error("TERM=xterm-256color without COLORTERM must be drawn in 256 colours")
	}
	if _, ok := r.Lookup(fp); !ok {
		t.Error("the participant is not known by the fingerprint of the key ssh offered")
	}
	_, _ = c.pty.WriteString("q")
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("ssh ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("q did not end the ssh session")
	}
}

func TestColourProfile(t *testing.T) {
	for env, want := range map[string]string{
		"TERM=xterm-256color":            "ANSI256",
		"TERM=xterm":                     "ANSI256",
		"TERM=":                          "ANSI256",
		"TERM=linux":                     "ANSI",
		"TERM=dumb":                      "Ascii",
		"TERM=xterm-256color NO_COLOR=1": "Ascii",
		"TERM=xterm-256color COLORTERM=truecolor": "TrueColor",
	} {
		if got := colorProfile(strings.Fields(env)).String(); got != want {
			t.Errorf("%s: %s, want %s", env, got, want)
		}
	}
}
