// Command attack measures what two attacks on the live room cost (issue
// 20, items 1 and 2). It starts `ideale-ambtenaar live --plain` on
// loopback and then:
//
//   - -mode resize: -n SSH sessions (each with a pty) send -m
//     window-change requests each as fast as they can; meanwhile one phone
//     answers a question every 250 ms. It reports the server's CPU time
//     over the flood and the following -settle, and the phone's answer
//     POST latency (p50, p95, max).
//   - -mode idle: -n connections authenticate and never open a session
//     (each from its own loopback address, -per connections per address);
//     then one real participant dials, opens a session and waits for the
//     name screen. It reports how many idle connections the server kept
//     and whether the real participant got in.
//
// Loopback only; every loop is bounded by -n, -m and -timeout. Usage:
//
//	go build -o /tmp/ia . && go run ./tools/attack -bin /tmp/ia -mode resize -n 8 -m 20000
package main

import (
	"bytes"
	"flag"
	"fmt"
	"ideale-ambtenaar/internal/liveprobe"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/ssh"
)

// server is the live process under attack.
type server struct{ *liveprobe.Live }

// start starts the server with room for max participants; it prints the
// server's lines about refused connections.
func start(bin string, max int) (*server, error) {
	l, err := liveprobe.StartLive(bin, "attack", []string{"--max", strconv.Itoa(max)}, nil, func(line string) {
		if strings.Contains(line, "refus") || strings.Contains(line, "weiger") {
			fmt.Println("server:", line)
		}
	})
	return &server{l}, err
}

// cpu is the server's CPU time so far, from /proc/PID/stat.
func (s *server) cpu() time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.Cmd.Process.Pid))
	if err != nil {
		return 0
	}
	str := string(data)
	f := strings.Fields(str[strings.LastIndexByte(str, ')')+2:])
	u, _ := strconv.Atoi(f[11])
	k, _ := strconv.Atoi(f[12])
	return time.Duration(u+k) * time.Second / 100
}

func (s *server) rssMiB() int {
	data, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.Cmd.Process.Pid))
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return kb / 1024
		}
	}
	return 0
}

func dial(s *server, from net.IP) (*ssh.Client, error) {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: from}, Timeout: 10 * time.Second}
	conn, err := d.Dial("tcp", s.SSHAddr)
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := ssh.NewClientConn(conn, s.SSHAddr, &ssh.ClientConfig{
		User: s.Code, Auth: []ssh.AuthMethod{ssh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return ssh.NewClient(cc, chans, reqs), nil
}

// screenText collects what a session printed.
type screenText struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (t *screenText) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.buf.Len() < 1<<20 {
		t.buf.Write(p)
	}
	return len(p), nil
}

func (t *screenText) has(s string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return bytes.Contains(t.buf.Bytes(), []byte(s))
}

// participant opens a session with a pty and waits up to wait for the
// name screen; it returns the session, or why not.
func participant(s *server, from net.IP, wait time.Duration) (*ssh.Client, *ssh.Session, error) {
	c, err := dial(s, from)
	if err != nil {
		return nil, nil, err
	}
	sess, err := c.NewSession()
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	out := &screenText{}
	sess.Stdout, sess.Stderr = out, out
	if err := sess.RequestPty("xterm-256color", 24, 80, ssh.TerminalModes{}); err != nil {
		c.Close()
		return nil, nil, err
	}
	if _, err := sess.StdinPipe(); err != nil {
		c.Close()
		return nil, nil, err
	}
	if err := sess.Shell(); err != nil {
		c.Close()
		return nil, nil, err
	}
	for end := time.Now().Add(wait); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if out.has("name") || out.has("naam") {
			return c, sess, nil
		}
	}
	c.Close()
	return nil, nil, fmt.Errorf("no name screen within %v: %q", wait, strings.ToValidUTF8(out.buf.String(), "?"))
}

// phone joins from the web and answers one question every 250 ms until
// stop, returning the answer POST latencies.
func phone(s *server, stop <-chan struct{}) ([]time.Duration, error) {
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	page, err := liveprobe.Get(c, s.WebAddr+"/j/"+s.Code)
	if err != nil {
		return nil, err
	}
	form, action, err := liveprobe.FirstForm(page)
	if err != nil {
		return nil, err
	}
	form.Set("name", "phone")
	if page, err = liveprobe.Post(c, s.WebAddr+action, form); err != nil {
		return nil, err
	}
	var lat []time.Duration
	for range 200 {
		select {
		case <-stop:
			return lat, nil
		case <-time.After(250 * time.Millisecond):
		}
		form, action, err := liveprobe.FirstForm(page)
		if err != nil {
			return lat, nil // the end of the quiz
		}
		if action != "/answer" {
			if page, err = liveprobe.Get(c, s.WebAddr+"/q"); err != nil {
				return lat, err
			}
			continue
		}
		t := time.Now()
		if page, err = liveprobe.Post(c, s.WebAddr+action, form); err != nil {
			return lat, err
		}
		lat = append(lat, time.Since(t))
	}
	return lat, nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func resize(s *server, n, m int, settle time.Duration) error {
	var sessions []*ssh.Session
	for i := range n {
		c, sess, err := participant(s, net.IPv4(127, 0, 3, byte(2+i)), 10*time.Second)
		if err != nil {
			return fmt.Errorf("session %d: %w", i, err)
		}
		defer c.Close()
		sessions = append(sessions, sess)
	}
	stop := make(chan struct{})
	var lat []time.Duration
	var perr error
	pdone := make(chan struct{})
	go func() { lat, perr = phone(s, stop); close(pdone) }()
	time.Sleep(time.Second) // the phone's first answers before the flood
	cpu0, t0 := s.cpu(), time.Now()
	var wg sync.WaitGroup
	var sent atomic.Int64
	for _, sess := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range m {
				if err := sess.WindowChange(24+i%30, 80+i%60); err != nil {
					return
				}
				sent.Add(1)
			}
		}()
	}
	wg.Wait()
	flood := time.Since(t0)
	cpuFlood := s.cpu() - cpu0
	time.Sleep(settle)
	close(stop)
	<-pdone
	total := time.Since(t0)
	cpu := s.cpu() - cpu0
	fmt.Printf("resize flood: %d sessions sent %d window changes in %v\n", n, sent.Load(), flood.Round(time.Millisecond))
	fmt.Printf("server CPU: %v during the flood, %v in flood + %v after (%.0f ms per second), RSS %d MiB\n",
		cpuFlood, cpu, settle, float64(cpu)/float64(time.Millisecond)/total.Seconds(), s.rssMiB())
	fmt.Printf("phone answer POST: n=%d p50 %s p95 %s max %s (err %v)\n", len(lat), ms(liveprobe.Pct(lat, 0.5)), ms(liveprobe.Pct(lat, 0.95)), ms(liveprobe.Pct(lat, 1)), perr)
	return nil
}

func idle(s *server, n, per int, hold time.Duration) error {
	var held []*ssh.Client
	refused := 0
	for i := range n {
		ip := net.IPv4(127, 0, 5+byte(i/per/250), byte(2+(i/per)%250))
		c, err := dial(s, ip)
		if err != nil {
			refused++
			continue
		}
		held = append(held, c)
		go func() { // keepalives, as an attacker would
			for range int(hold / (5 * time.Second)) {
				time.Sleep(5 * time.Second)
				if _, _, err := c.SendRequest("keepalive@openssh.com", true, nil); err != nil {
					return
				}
			}
		}()
	}
	fmt.Printf("idle: %d connections tried, %d authenticated, %d refused\n", n, len(held), refused)
	time.Sleep(hold)
	alive := 0
	for _, c := range held {
		if _, _, err := c.SendRequest("keepalive@openssh.com", true, nil); err == nil {
			alive++
		}
	}
	fmt.Printf("after %v: %d idle connections still open\n", hold, alive)
	c, _, err := participant(s, net.IPv4(127, 0, 9, 9), 15*time.Second)
	if err != nil {
		fmt.Printf("a real participant: NOT in (%v)\n", err)
	} else {
		fmt.Printf("a real participant: in (name screen shown)\n")
		c.Close()
	}
	for _, c := range held {
		c.Close()
	}
	return nil
}

func main() {
	bin := flag.String("bin", "", "the ideale-ambtenaar binary")
	mode := flag.String("mode", "resize", "resize or idle")
	n := flag.Int("n", 8, "sessions (resize) or connections (idle), at most 2000")
	m := flag.Int("m", 20000, "window changes per session, at most 100000")
	per := flag.Int("per", 30, "idle connections per address")
	max := flag.Int("max", 300, "the room's --max")
	settle := flag.Duration("settle", 5*time.Second, "how long to measure after the flood, or to hold idle connections")
	flag.Parse()
	if *bin == "" || *n < 1 || *n > 2000 || *m < 1 || *m > 100000 || *per < 1 {
		flag.Usage()
		os.Exit(2)
	}
	s, err := start(*bin, *max)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer s.Stop()
	if *mode == "idle" {
		err = idle(s, *n, *per, *settle)
	} else {
		err = resize(s, *n, *m, *settle)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}
