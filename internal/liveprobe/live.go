package liveprobe

import (
	"bufio"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"time"
)

// Live is a `live --plain` server the tools started on loopback, with
// what its join lines said: the SSH address and join code, and the base
// URL of the phone page.
type Live struct {
	Cmd     *exec.Cmd
	Dir     string // temporary; holds the session folder and the config
	SSHAddr string // host:port
	Code    string // the join code (the SSH user)
	WebAddr string // http://host:port
}

var (
	reSSH = regexp.MustCompile(`ssh -p (\d+) (\S+)@(\S+)`)
	reWeb = regexp.MustCompile(`(http://\S+)/j/(\S+)`)
)

// StartLive starts `bin live --plain --lang en` on 127.0.0.1 with free
// ports, the join code K7QX, its session in a new temporary directory
// (named after prefix) and the extra arguments, and waits up to 20 s for
// its join lines. Every line the server prints goes to onLine (nil for
// none), from one goroutine; with stderr nil the server's standard error
// is read as lines too, else it goes to stderr.
func StartLive(bin, prefix string, extra []string, stderr io.Writer, onLine func(line string)) (*Live, error) {
	dir, err := os.MkdirTemp("", prefix+"-")
	if err != nil {
		return nil, err
	}
	args := append([]string{"live", "--plain", "--lang", "en", "--listen", "127.0.0.1", "--dir", filepath.Join(dir, "session"),
		"--ssh-port", strconv.Itoa(FreePort()), "--http-port", strconv.Itoa(FreePort()), "--code", "K7QX"}, extra...)
	s := &Live{Dir: dir, Cmd: exec.Command(bin, args...)}
	s.Cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	out, err := s.Cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	s.Cmd.Stderr = stderr
	if stderr == nil {
		s.Cmd.Stderr = s.Cmd.Stdout
	}
	if err := s.Cmd.Start(); err != nil {
		return nil, err
	}
	ready := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(out)
		started := false
		for sc.Scan() {
			line := sc.Text()
			if m := reSSH.FindStringSubmatch(line); m != nil {
				s.SSHAddr, s.Code = net.JoinHostPort(m[3], m[1]), m[2]
			}
			if m := reWeb.FindStringSubmatch(line); m != nil {
				s.WebAddr = m[1]
			}
			if !started && s.SSHAddr != "" && s.WebAddr != "" {
				started = true
				ready <- nil
			}
			if onLine != nil {
				onLine(line)
			}
		}
		if !started {
			ready <- errors.New("the server ended before printing its join lines")
		}
	}()
	select {
	case err := <-ready:
		return s, err
	case <-time.After(20 * time.Second):
		return s, errors.New("the server did not print its join lines within 20 s")
	}
}

// Stop interrupts the server as ctrl+c would, kills it when it has not
// ended after 10 s, and removes its temporary directory.
func (s *Live) Stop() {
	if s.Cmd.Process != nil {
		_ = s.Cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = s.Cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = s.Cmd.Process.Kill()
			<-done
		}
	}
	_ = os.RemoveAll(s.Dir)
}
