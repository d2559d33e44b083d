package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"ideale-ambtenaar/internal/liveprobe"
)

// The paced workshop under load (-paced): `live --paced --plain` with the
// trainer's commands on its standard input. Everybody joins and waits; the
// driver sends `next` and every device must show the case (SSH: the
// screen; phones: the page they reload every 2 s, as the meta refresh
// does); each answers within -answer-over; the driver sends `reveal` and
// `extreme`, every device shows its type and proposes one line within
// -answer-over. It reports, per channel:
//
//   - next case shown: from the trainer's `next` to the case on the device;
//   - answer to projector: from the key or POST to the room's event line;
//   - extreme shown: from `extreme` to the device asking for a proposal;
//   - proposal to projector: from the key or POST to the event line;
//
// and the server's RSS and CPU. With -kill it then kills the server with
// SIGKILL and checks that `live --resume` brings back every acknowledged
// answer and proposal.

var reProposal = regexp.MustCompile(`^\S+ proposal \d+ by (\S+) \(`)

// pacedRun is what the driver and the participants share: when the
// trainer's steps were sent, as channels closed at that moment.
type pacedRun struct {
	srv     *server
	st      *stats
	nextAt  time.Time
	next    chan struct{}
	extrAt  time.Time
	extreme chan struct{}
	spread  time.Duration // answers and proposals come within this
	until   time.Time
}

// trainer sends one command line to the server.
func (r *pacedRun) trainer(cmd string) error {
	_, err := io.WriteString(r.srv.Stdin, cmd+"\n")
	return err
}

// pause is a random wait within the spread.
func (r *pacedRun) pause() time.Duration {
	return time.Duration(mrand.Int64N(int64(r.spread) + 1))
}

func drivePaced(bin string, nSSH, nWeb int, joinOver, spread, timeout time.Duration, kill bool) error {
	s := &server{answered: map[string]chan time.Time{}, proposed: map[string]chan time.Time{}}
	l, err := liveprobe.StartLive(bin, "loaddriver", []string{"--max", "2000", "--paced"}, os.Stderr, func(line string) {
		now := time.Now()
		if m := reAnswer.FindStringSubmatch(line); m != nil {
			send(s.chan_(s.answered, m[1]+" *"), now)
		}
		if m := reProposal.FindStringSubmatch(line); m != nil {
			send(s.chan_(s.proposed, m[1]), now)
		}
	})
	s.Live = l
	if err != nil {
		return err
	}
	defer s.Stop()
	r := &pacedRun{srv: s, st: &stats{d: map[string][]time.Duration{}, n: map[string]int{}},
		next: make(chan struct{}), extreme: make(chan struct{}), spread: spread, until: time.Now().Add(timeout)}
	total := nSSH + nWeb
	var joined, answered, done sync.WaitGroup
	joined.Add(total)
	answered.Add(total)
	done.Add(total)
	begin := time.Now()
	for i := range total {
		go func() {
			defer done.Done()
			time.Sleep(time.Duration(int64(joinOver) * int64(i) / int64(max(total, 1))))
			var err error
			if i < nSSH {
				err = r.sshPaced(fmt.Sprintf("s%03d", i), &joined, &answered)
			} else {
				err = r.webPaced(fmt.Sprintf("w%03d", i), &joined, &answered)
			}
			if err != nil {
				r.st.count("failed")
				fmt.Fprintf(os.Stderr, "participant %d: %v\n", i, err)
			}
		}()
	}
	joined.Wait()
	joinedAt := time.Since(begin)
	r.nextAt = time.Now()
	if err := r.trainer("next"); err != nil {
		return err
	}
	close(r.next)
	answered.Wait()
	if err := r.trainer("reveal"); err != nil {
		return err
	}
	r.extrAt = time.Now()
	if err := r.trainer("extreme"); err != nil {
		return err
	}
	close(r.extreme)
	done.Wait()
	rss, hwm, cpu := s.proc()

	fmt.Printf("paced workshop: %d over SSH, %d from phones; all joined in %.1f s; failed %d\n", nSSH, nWeb, joinedAt.Seconds(), r.st.n["failed"])
	for _, k := range []string{"first screen (ssh)", "next case shown (ssh)", "next case shown (web)",
		"answer to projector (ssh)", "answer POST (web)", "answer to projector (web)",
		"extreme shown (ssh)", "extreme shown (web)", "proposal to projector (ssh)", "proposal to projector (web)"} {
		if ds := r.st.d[k]; len(ds) > 0 {
			fmt.Printf("%-28s n=%-5d p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", k, len(ds),
				ms(liveprobe.Pct(ds, .50)), ms(liveprobe.Pct(ds, .95)), ms(liveprobe.Pct(ds, 1)))
		}
	}
	fmt.Printf("server RSS: %.0f MiB at the end, peak %.0f MiB; CPU %.1f s in all\n", float64(rss)/1024, float64(hwm)/1024, cpu.Seconds())
	if !kill {
		return nil
	}
	return r.killAndResume(bin)
}

// sshPaced is one participant over SSH through one case.
func (r *pacedRun) sshPaced(name string, joined, answered *sync.WaitGroup) error {
	once := onceDone(answered)
	defer once()
	p, err := joinSSH(r.srv, r.st, name, "shortly")
	joined.Done()
	if err != nil {
		return err
	}
	defer p.close()
	<-r.next
	if err := p.scr.waitFor("Scenario 1 of", r.until); err != nil {
		return err
	}
	r.st.add("next case shown (ssh)", time.Since(r.nextAt))
	time.Sleep(r.pause())
	sent := time.Now()
	if _, err := io.WriteString(p.in, "1"); err != nil {
		return err
	}
	if err := r.srv.waitAnswer(name, sent, r.until, r.st, "answer to projector (ssh)"); err != nil {
		return err
	}
	r.st.count("answers acknowledged")
	once()
	<-r.extreme
	if err := p.scr.waitFor("You are the", r.until); err != nil {
		return err
	}
	r.st.add("extreme shown (ssh)", time.Since(r.extrAt))
	time.Sleep(r.pause())
	sent = time.Now()
	if _, err := io.WriteString(p.in, "Op zijn uiterst: "+name+"\r"); err != nil {
		return err
	}
	return r.waitProposal(name, sent, "proposal to projector (ssh)")
}

// webPaced is one participant from a phone through one case: it reloads
// its page every 2 s while it waits, as the page's meta refresh does.
func (r *pacedRun) webPaced(name string, joined, answered *sync.WaitGroup) error {
	once := onceDone(answered)
	defer once()
	c, page, err := joinWeb(r.srv, name)
	joined.Done()
	if err != nil {
		return err
	}
	<-r.next
	if page, err = r.reloadUntil(c, page, `name="choice"`); err != nil {
		return err
	}
	r.st.add("next case shown (web)", time.Since(r.nextAt))
	time.Sleep(r.pause())
	form, action, err := liveprobe.FirstForm(page)
	if err != nil {
		return err
	}
	form.Set("choice", "0")
	sent := time.Now()
	if _, err = liveprobe.Post(c, r.srv.WebAddr+action, form); err != nil {
		return err
	}
	r.st.add("answer POST (web)", time.Since(sent))
	if err := r.srv.waitAnswer(name, sent, r.until, r.st, "answer to projector (web)"); err != nil {
		return err
	}
	r.st.count("answers acknowledged")
	once()
	<-r.extreme
	if page, err = r.reloadUntil(c, "", `name="proposal"`); err != nil {
		return err
	}
	r.st.add("extreme shown (web)", time.Since(r.extrAt))
	time.Sleep(r.pause())
	form, action, err = liveprobe.FirstForm(page)
	if err != nil {
		return err
	}
	form.Set("proposal", "Op zijn uiterst: "+name)
	sent = time.Now()
	if _, err = liveprobe.Post(c, r.srv.WebAddr+action, form); err != nil {
		return err
	}
	return r.waitProposal(name, sent, "proposal to projector (web)")
}

// reloadUntil reloads the participant's page every 2 s (the first at a
// random moment within those 2 s, as phones reloaded out of step) until
// it holds want.
func (r *pacedRun) reloadUntil(c *http.Client, page, want string) (string, error) {
	wait := time.Duration(mrand.Int64N(int64(2 * time.Second)))
	for !strings.Contains(page, want) {
		if time.Now().After(r.until) {
			return "", fmt.Errorf("no %s on the page in time", want)
		}
		time.Sleep(wait)
		wait = 2 * time.Second
		var err error
		if page, err = liveprobe.Get(c, r.srv.WebAddr+"/q"); err != nil {
			return "", err
		}
	}
	return page, nil
}

// waitProposal waits for name's proposal line.
func (r *pacedRun) waitProposal(name string, sent time.Time, metric string) error {
	select {
	case at := <-r.srv.chan_(r.srv.proposed, name):
		r.st.add(metric, at.Sub(sent))
		r.st.count("proposals acknowledged")
		return nil
	case <-time.After(time.Until(r.until)):
		return errors.New("no proposal line in time")
	}
}

// onceDone returns a function that marks wg done the first time only.
func onceDone(wg *sync.WaitGroup) func() {
	var once sync.Once
	return func() { once.Do(wg.Done) }
}

// killAndResume kills the server with SIGKILL, starts `live --resume` on
// its folder and asks it for the proposals of each type: every
// acknowledged answer and proposal must be back.
func (r *pacedRun) killAndResume(bin string) error {
	_ = r.srv.Cmd.Process.Kill()
	_ = r.srv.Cmd.Wait()
	time.Sleep(200 * time.Millisecond) // the last event lines in the pipe
	r.st.mu.Lock()
	answers, proposals := r.st.n["answers acknowledged"], r.st.n["proposals acknowledged"]
	r.st.mu.Unlock()
	session := ""
	for i, a := range r.srv.Cmd.Args {
		if a == "--dir" {
			session = r.srv.Cmd.Args[i+1]
		}
	}
	cmd := exec.Command(bin, "live", "--plain", "--lang", "en", "--resume", session,
		"--ssh-port", strconv.Itoa(liveprobe.FreePort()), "--http-port", strconv.Itoa(liveprobe.FreePort()))
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	_, _ = io.WriteString(in, "show 1\nshow 2\nshow 3\n")
	reBack := regexp.MustCompile(`(\d+) participants?, (\d+) answers? back`)
	reShown := regexp.MustCompile(`proposals \S+ \((\d+)\):`)
	back, shown, lists := -1, 0, 0
	sc := bufio.NewScanner(out)
	for lists < 3 && sc.Scan() {
		if m := reBack.FindStringSubmatch(sc.Text()); m != nil {
			back, _ = strconv.Atoi(m[2])
		}
		if m := reShown.FindStringSubmatch(sc.Text()); m != nil {
			n, _ := strconv.Atoi(m[1])
			shown += n
			lists++
		}
	}
	fmt.Printf("kill -9 after %d acknowledged answers and %d proposals; --resume brought back %d answers and %d proposals; lost %d answers, %d proposals\n",
		answers, proposals, back, shown, max(answers-back, 0), max(proposals-shown, 0))
	if back < answers || shown < proposals {
		return errors.New("acknowledged answers or proposals lost")
	}
	return nil
}
