// Command loaddriver measures the live room under load: it starts
// `ideale-ambtenaar live --plain` on loopback, joins N participants over SSH
// (each with a pty and its own key, as OpenSSH would) and M from "phones"
// (HTTP forms), lets every participant answer the whole quiz with short
// realistic pauses, and reports:
//
//   - time to first screen over SSH (p50, p95): from dialling to the first
//     frame of the name screen;
//   - answer to projector (p50, p95): from the key (or the form post) to the
//     room's event line, which is what the projector reads (the projector
//     adds at most its 100 ms redraw batch);
//   - answer POST (p50, p95) for phones: the request until its redirect, which
//     comes only after the journal's fsync;
//   - the server's peak RSS and its CPU time, total and while everyone is
//     idle.
//
// With -paced it runs the paced workshop instead (see paced.go): one case,
// its extreme round, and with -kill a kill -9 and --resume at the end.
//
// Loopback only, bounded in count (-ssh, -web ≤ 1000) and time (-timeout),
// and it stops by itself. Usage:
//
//	go build -o /tmp/ia . && go run ./tools/loaddriver -bin /tmp/ia -ssh 250 -web 250
//	go run ./tools/loaddriver -bin /tmp/ia -paced -ssh 400 -web 600 -kill
package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"ideale-ambtenaar/internal/liveprobe"
	"io"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
)

func main() {
	bin := flag.String("bin", "", "the ideale-ambtenaar binary (go build -o /tmp/ia .)")
	nSSH := flag.Int("ssh", 50, "participants over SSH (at most 1000)")
	nWeb := flag.Int("web", 0, "participants from phones, over HTTP (at most 1000)")
	questions := flag.String("questions", "", "question file (default: the built-in set)")
	pauseMin := flag.Duration("pause-min", 300*time.Millisecond, "shortest pause before an answer")
	pauseMax := flag.Duration("pause-max", 1200*time.Millisecond, "longest pause before an answer")
	joinOver := flag.Duration("join-over", 5*time.Second, "participants join spread over this time")
	idle := flag.Duration("idle", 10*time.Second, "after everyone has joined and before answering, measure idle CPU this long")
	timeout := flag.Duration("timeout", 8*time.Minute, "stop after this long whatever happens")
	kill := flag.Bool("kill", false, "kill -9 the server halfway, then check that --resume brings back every acknowledged answer")
	paced := flag.Bool("paced", false, "the paced workshop (live --paced): one case, the extreme round, and with -kill a kill -9 at the end")
	spread := flag.Duration("answer-over", 20*time.Second, "-paced: everyone answers, and proposes, within this time")
	flag.Parse()
	if *bin == "" || *nSSH < 0 || *nWeb < 0 || *nSSH > 1000 || *nWeb > 1000 {
		fmt.Fprintln(os.Stderr, "loaddriver: give -bin, and -ssh and -web from 0 to 1000")
		os.Exit(2)
	}
	if *paced {
		if err := drivePaced(*bin, *nSSH, *nWeb, *joinOver, *spread, *timeout, *kill); err != nil {
			fmt.Fprintln(os.Stderr, "loaddriver:", err)
			os.Exit(1)
		}
		return
	}
	if *kill {
		if err := killAndResume(*bin, *nSSH, *nWeb, *questions, *pauseMin, *pauseMax, *joinOver, *timeout); err != nil {
			fmt.Fprintln(os.Stderr, "loaddriver:", err)
			os.Exit(1)
		}
		return
	}
	if err := drive(*bin, *nSSH, *nWeb, *questions, *pauseMin, *pauseMax, *joinOver, *idle, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "loaddriver:", err)
		os.Exit(1)
	}
}

// server is the live process and the events it prints.
type server struct {
	*liveprobe.Live
	mu       sync.Mutex
	answered map[string]chan time.Time // "name *" → when each answered line of name came
	proposed map[string]chan time.Time // name → when each proposal line of name came (-paced)
}

var reAnswer = regexp.MustCompile(`^\S+ (\S+) answered (\S+)`)

// startServer starts the server with room for 2000 and the question file
// (the built-in set when empty), and notes when each participant's
// answered line comes.
func startServer(bin, questions string) (*server, error) {
	extra := []string{"--max", "2000"}
	if questions != "" {
		extra = append(extra, "--questions", questions)
	}
	s := &server{answered: map[string]chan time.Time{}}
	l, err := liveprobe.StartLive(bin, "loaddriver", extra, os.Stderr, func(line string) {
		if m := reAnswer.FindStringSubmatch(line); m != nil {
			send(s.chan_(s.answered, m[1]+" *"), time.Now())
		}
	})
	s.Live = l
	return s, err
}

// send delivers t without ever blocking the reader of the server's lines.
func send(c chan time.Time, t time.Time) {
	select {
	case c <- t:
	default:
	}
}

// chan_ is the buffered channel for key, made on first use by either side.
func (s *server) chan_(m map[string]chan time.Time, key string) chan time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := m[key]
	if !ok {
		c = make(chan time.Time, 64)
		m[key] = c
	}
	return c
}

// proc reads the server's resident memory (KiB) and CPU time from /proc.
func (s *server) proc() (rssKiB, hwmKiB int, cpu time.Duration) {
	pid := s.Cmd.Process.Pid
	if data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) >= 2 && f[0] == "VmRSS:" {
				rssKiB, _ = strconv.Atoi(f[1])
			}
			if len(f) >= 2 && f[0] == "VmHWM:" {
				hwmKiB, _ = strconv.Atoi(f[1])
			}
		}
	}
	if data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		s := string(data)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
		if len(f) > 13 {
			u, _ := strconv.Atoi(f[11])
			k, _ := strconv.Atoi(f[12])
			cpu = time.Duration(u+k) * time.Second / 100 // USER_HZ is 100 on Linux
		}
	}
	return
}

// stats collects durations from many goroutines.
type stats struct {
	mu sync.Mutex
	d  map[string][]time.Duration
	n  map[string]int
}

func (st *stats) add(name string, d time.Duration) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.d[name] = append(st.d[name], d)
}

func (st *stats) count(name string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.n[name]++
}

func drive(bin string, nSSH, nWeb int, questions string, pauseMin, pauseMax, joinOver, idle, timeout time.Duration) error {
	srv, err := startServer(bin, questions)
	if err != nil {
		return err
	}
	defer srv.Stop()
	deadline := time.Now().Add(timeout)
	st := &stats{d: map[string][]time.Duration{}, n: map[string]int{}}
	nq, err := countQuestions(srv)
	if err != nil {
		return err
	}
	pause := func() time.Duration {
		return pauseMin + time.Duration(mrand.Int64N(int64(pauseMax-pauseMin)+1))
	}
	var joined sync.WaitGroup
	startAnswering := make(chan struct{})
	var wg sync.WaitGroup
	total := nSSH + nWeb
	joined.Add(total)
	begin := time.Now()
	for i := range total {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(int64(joinOver) * int64(i) / int64(max(total, 1))))
			var err error
			if i < nSSH {
				err = sshParticipant(srv, st, fmt.Sprintf("s%03d", i), nq, pause, &joined, startAnswering, deadline)
			} else {
				err = webParticipant(srv, st, fmt.Sprintf("w%03d", i), nq, pause, &joined, startAnswering, deadline)
			}
			if err != nil {
				st.count("failed")
				fmt.Fprintf(os.Stderr, "participant %d: %v\n", i, err)
			}
		}(i)
	}
	joined.Wait()
	joinedAt := time.Since(begin)
	_, _, cpu0 := srv.proc()
	time.Sleep(idle)
	rssIdle, _, cpu1 := srv.proc()
	close(startAnswering)
	wg.Wait()
	rss, hwm, cpu2 := srv.proc()

	fmt.Printf("participants: %d over SSH, %d from phones; all joined in %.1f s; failed %d\n", nSSH, nWeb, joinedAt.Seconds(), st.n["failed"])
	for _, k := range []string{"first screen (ssh)", "answer to projector (ssh)", "answer POST (web)", "answer to projector (web)"} {
		ds := st.d[k]
		if len(ds) == 0 {
			continue
		}
		fmt.Printf("%-28s n=%-5d p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", k, len(ds),
			ms(liveprobe.Pct(ds, .50)), ms(liveprobe.Pct(ds, .95)), ms(liveprobe.Pct(ds, 1)))
	}
	fmt.Printf("server RSS: %.0f MiB idle with everyone joined, %.0f MiB at the end, peak %.0f MiB\n", float64(rssIdle)/1024, float64(rss)/1024, float64(hwm)/1024)
	fmt.Printf("server CPU: %.1f %% of one core while %d sessions were idle (%.0f s); %.1f s in all\n",
		100*(cpu1-cpu0).Seconds()/idle.Seconds(), total, idle.Seconds(), cpu2.Seconds())
	return nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// countQuestions is the number of scenarios every participant answers:
// 26 for the built-in set, else what `check` counts in the file.
func countQuestions(srv *server) (int, error) {
	args := []string{"check", "--lang", "en"}
	q := ""
	for i, a := range srv.Cmd.Args {
		if a == "--questions" && i+1 < len(srv.Cmd.Args) {
			q = srv.Cmd.Args[i+1]
		}
	}
	if q == "" {
		return 26, nil // the built-in set
	}
	out, _ := exec.Command(srv.Cmd.Path, append(args, q)...).Output()
	m := regexp.MustCompile(`valid — (\d+) question`).FindSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("cannot count the questions of %s", q)
	}
	return strconv.Atoi(string(m[1]))
}

// screen collects what a session printed, for waiting on a text.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
	got chan struct{}
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	s.buf.Write(p)
	s.mu.Unlock()
	select {
	case s.got <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (s *screen) waitFor(text string, until time.Time) error {
	for {
		s.mu.Lock()
		ok := bytes.Contains(s.buf.Bytes(), []byte(text))
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-s.got:
		case <-time.After(time.Until(until)):
			return fmt.Errorf("no %q on screen in time", text)
		}
	}
}

func sshParticipant(srv *server, st *stats, name string, nq int, pause func() time.Duration,
	joined *sync.WaitGroup, start <-chan struct{}, deadline time.Time) (err error) {
	done := false
	defer func() {
		if !done {
			joined.Done()
		}
	}()
	p, err := joinSSH(srv, st, name, "scenarios")
	if err != nil {
		return err
	}
	defer p.close()
	done = true
	joined.Done()
	<-start
	if _, err := io.WriteString(p.in, "\r"); err != nil {
		return err
	}
	for range nq {
		time.Sleep(pause())
		if time.Now().After(deadline) {
			return errors.New("out of time")
		}
		sent := time.Now()
		if _, err := io.WriteString(p.in, "1\r"); err != nil {
			return err
		}
		if err := srv.waitAnswer(name, sent, deadline, st, "answer to projector (ssh)"); err != nil {
			return err
		}
	}
	_, _ = io.WriteString(p.in, "q")
	return nil
}

// sshSession is a participant's SSH session: what they type and what
// their terminal got.
type sshSession struct {
	in    io.Writer
	scr   *screen
	close func()
}

// joinSSH connects as name with a key of its own and a pty of 80×24,
// waits for the name step (counted as "first screen (ssh)"), gives the
// name and waits for ready on the screen.
func joinSSH(srv *server, st *stats, name, ready string) (*sshSession, error) {
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, err := ssh.NewSignerFromKey(key)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	conn, err := dialer(name).Dial("tcp", srv.SSHAddr)
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := ssh.NewClientConn(conn, srv.SSHAddr, &ssh.ClientConfig{
		User: srv.Code, Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(), Timeout: 30 * time.Second,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	client := ssh.NewClient(cc, chans, reqs)
	sess, err := client.NewSession()
	if err != nil {
		client.Close()
		return nil, err
	}
	p := &sshSession{scr: &screen{got: make(chan struct{}, 1)}, close: func() { sess.Close(); client.Close() }}
	sess.Stdout = p.scr
	in, err := sess.StdinPipe()
	if err == nil {
		err = sess.RequestPty("xterm-256color", 24, 80, ssh.TerminalModes{})
	}
	if err == nil {
		err = sess.Shell()
	}
	if err == nil {
		err = p.scr.waitFor("Your name", time.Now().Add(30*time.Second))
	}
	if err == nil {
		st.add("first screen (ssh)", time.Since(t0))
		_, err = io.WriteString(in, name+"\r")
	}
	if err == nil {
		err = p.scr.waitFor(ready, time.Now().Add(30*time.Second))
	}
	if err != nil {
		p.close()
		return nil, err
	}
	p.in = in
	return p, nil
}

// waitAnswer waits for the next "answered" line of name (whatever the
// scenario: the shown order is shuffled per participant).
func (srv *server) waitAnswer(name string, sent time.Time, deadline time.Time, st *stats, metric string) error {
	c := srv.chan_(srv.answered, name+" *")
	select {
	case at := <-c:
		st.add(metric, at.Sub(sent))
		return nil
	case <-time.After(time.Until(deadline)):
		return errors.New("no answer line in time")
	}
}

func webParticipant(srv *server, st *stats, name string, nq int, pause func() time.Duration,
	joined *sync.WaitGroup, start <-chan struct{}, deadline time.Time) error {
	done := false
	defer func() {
		if !done {
			joined.Done()
		}
	}()
	c, page, err := joinWeb(srv, name)
	if err != nil {
		return err
	}
	done = true
	joined.Done()
	<-start
	for range nq {
		time.Sleep(pause())
		if time.Now().After(deadline) {
			return errors.New("out of time")
		}
		form, action, err := liveprobe.FirstForm(page)
		if err != nil {
			return err
		}
		sent := time.Now()
		page, err = liveprobe.Post(c, srv.WebAddr+action, form)
		if err != nil {
			return err
		}
		st.add("answer POST (web)", time.Since(sent))
		if err := srv.waitAnswer(name, sent, deadline, st, "answer to projector (web)"); err != nil {
			return err
		}
	}
	return nil
}

// joinWeb joins as name from a "phone" of its own (a cookie jar and a
// loopback address) and returns the client and the page after joining.
func joinWeb(srv *server, name string) (*http.Client, string, error) {
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 30 * time.Second,
		Transport: &http.Transport{DialContext: dialer(name).DialContext, MaxIdleConnsPerHost: 1}}
	page, err := liveprobe.Get(c, srv.WebAddr+"/j/"+srv.Code)
	if err != nil {
		return nil, "", err
	}
	form, action, err := liveprobe.FirstForm(page)
	if err != nil {
		return nil, "", err
	}
	form.Set("name", name)
	page, err = liveprobe.Post(c, srv.WebAddr+action, form)
	return c, page, err
}

// dialer connects from a loopback address of the participant's own
// (127.0.x.y), as phones and laptops in a room each have their own: the
// servers' per-address limits then see a room, not one attacker.
func dialer(name string) *net.Dialer {
	n, _ := strconv.Atoi(name[1:])
	ip := net.IPv4(127, 0, byte(1+n/250), byte(2+n%250))
	return &net.Dialer{LocalAddr: &net.TCPAddr{IP: ip}, Timeout: 30 * time.Second}
}

// killAndResume lets everyone answer, kills the server with SIGKILL when
// about half of all answers are acknowledged (their event line printed,
// which the room does only after the journal's fsync), and then starts
// `live --resume` on the same folder: the number of answers it reports
// back must be at least the number acknowledged.
func killAndResume(bin string, nSSH, nWeb int, questions string, pauseMin, pauseMax, joinOver, timeout time.Duration) error {
	srv, err := startServer(bin, questions)
	if err != nil {
		return err
	}
	defer srv.Stop()
	nq, err := countQuestions(srv)
	if err != nil {
		return err
	}
	st := &stats{d: map[string][]time.Duration{}, n: map[string]int{}}
	deadline := time.Now().Add(timeout)
	pause := func() time.Duration { return pauseMin + time.Duration(mrand.Int64N(int64(pauseMax-pauseMin)+1)) }
	var joined sync.WaitGroup
	start := make(chan struct{})
	total := nSSH + nWeb
	joined.Add(total)
	for i := range total {
		go func(i int) {
			time.Sleep(time.Duration(int64(joinOver) * int64(i) / int64(max(total, 1))))
			if i < nSSH {
				_ = sshParticipant(srv, st, fmt.Sprintf("s%03d", i), nq, pause, &joined, start, deadline)
			} else {
				_ = webParticipant(srv, st, fmt.Sprintf("w%03d", i), nq, pause, &joined, start, deadline)
			}
		}(i)
	}
	joined.Wait()
	close(start)
	half := total * nq / 2
	for {
		st.mu.Lock()
		acked := len(st.d["answer to projector (ssh)"]) + len(st.d["answer to projector (web)"])
		st.mu.Unlock()
		if acked >= half || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	_ = srv.Cmd.Process.Kill()
	_ = srv.Cmd.Wait()
	time.Sleep(200 * time.Millisecond) // the last event lines in the pipe
	st.mu.Lock()
	acked := len(st.d["answer to projector (ssh)"]) + len(st.d["answer to projector (web)"])
	st.mu.Unlock()
	session := ""
	for i, a := range srv.Cmd.Args {
		if a == "--dir" {
			session = srv.Cmd.Args[i+1]
		}
	}
	cmd := exec.Command(bin, "live", "--plain", "--lang", "en", "--resume", session,
		"--ssh-port", strconv.Itoa(liveprobe.FreePort()), "--http-port", strconv.Itoa(liveprobe.FreePort()))
	pipe, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	sc := bufio.NewScanner(pipe)
	re := regexp.MustCompile(`(\d+) participants?, (\d+) answers? back`)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			back, _ := strconv.Atoi(m[2])
			fmt.Printf("kill -9 after %d acknowledged answers (of %d); --resume brought back %d answers of %s participants; lost %d\n",
				acked, total*nq, back, m[1], max(acked-back, 0))
			if back < acked {
				return fmt.Errorf("%d acknowledged answers lost", acked-back)
			}
			return nil
		}
	}
	return errors.New("--resume printed no summary")
}
