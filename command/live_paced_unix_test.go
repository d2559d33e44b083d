//go:build unix

package command

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/browsertest"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// The paced workshop end to end (issue 17), as a trainer and four
// participants meet it: the built binary runs `live --paced --plain`
// (headless: the test types the trainer's commands on its input and reads
// its event lines), two participants join with the real OpenSSH client in
// tmux panes and two with a real headless Chromium at a phone's size.
// Every wait is on state: an event line, a pane's screen, a page's text.
// Skipped without ssh, tmux or chromium and under -short.

// pacedPhone is one browser participant: its own browser context (its
// own cookies) in the shared headless Chromium.
type pacedPhone struct {
	t    *testing.T
	name string
	ctx  context.Context
}

// newPacedPhones starts one headless Chromium at 390×844 and gives n
// participants a browser context each.
func newPacedPhones(t *testing.T, names ...string) []*pacedPhone {
	t.Helper()
	ctx := browsertest.Allocator(t)
	base, cancelBase := chromedp.NewContext(ctx)
	t.Cleanup(cancelBase)
	if err := chromedp.Do(base); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	var phones []*pacedPhone
	for _, name := range names {
		c, cancel := chromedp.NewContext(base, chromedp.WithNewBrowserContext())
		t.Cleanup(cancel)
		p := &pacedPhone{t: t, name: name, ctx: c}
		p.must(chromedp.Do(c, chromedp.EmulateViewport(390, 844, chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch)))
		phones = append(phones, p)
	}
	return phones
}

func (p *pacedPhone) must(err error) {
	p.t.Helper()
	if err != nil {
		p.t.Fatalf("%s: %v", p.name, err)
	}
}

// text is the page's visible text; "" while a navigation is under way
// (an evaluation that a page's refresh interrupts may not come back: it
// gets a few seconds, and waitText asks again).
func (p *pacedPhone) text() string {
	ctx, cancel := context.WithTimeout(p.ctx, 3*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	if err != nil {
		return ""
	}
	return s
}

// eval is the value of the JavaScript expression js, a string or null
// (an element not there yet). A page that refreshes itself every 2 s may
// be between two loads: eval asks again until js gives a string.
func (p *pacedPhone) eval(js string) string {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(p.ctx, 3*time.Second)
		s, err := chromedp.Run(ctx, chromedp.Evaluate[*string](js))
		cancel()
		if err == nil && s != nil {
			return *s
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: %s gave %v, %v", p.name, js, s, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitText waits until the page's text holds want: a page that refreshes
// itself (every 2 s while waiting) gets there by itself.
func (p *pacedPhone) waitText(want string) string {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if s := p.text(); strings.Contains(s, want) {
			return s
		}
		time.Sleep(100 * time.Millisecond)
	}
	p.t.Fatalf("%s: the page never showed %q; it shows:\n%s", p.name, want, p.text())
	return ""
}

// shot saves a screenshot of the page as $PACED_SHOTS/name.png, when
// that is set (to look at the pages as a participant does).
func (p *pacedPhone) shot(name string) {
	p.t.Helper()
	dir := os.Getenv("PACED_SHOTS")
	if dir == "" {
		return
	}
	// A page that refreshes itself may be between two loads: a
	// screenshot gets a few seconds, and a missing one is only logged.
	ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Logf("%s: no screenshot %s: %v", p.name, name, err)
		return
	}
	p.must(os.MkdirAll(dir, 0o755))
	p.must(os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644))
}

// optionType is the ideal type of the option of q whose text starts with
// shown (a device's rendering of it, wrapped or not), or fails.
func optionType(t *testing.T, q quiz.Question, shown string) profile.Points {
	t.Helper()
	shown = strings.Join(strings.Fields(shown), " ")
	for _, o := range q.Options {
		if shown != "" && strings.HasPrefix(strings.Join(strings.Fields(o.Text), " "), shown) {
			return o.Points
		}
	}
	t.Fatalf("no option of %q starts with %q", q.ID, shown)
	return profile.Points{}
}

var (
	// paneChosen is the first line of the option a pane marks as chosen.
	paneChosen = regexp.MustCompile(`● (.+)$`)
	// extremeType is the type in "Jij bent de ondernemer: wat doe je …".
	extremeType = regexp.MustCompile(`Jij bent de (\pL+):`)
)

// TestPacedEndToEnd leads one case of the workshop from the headless
// trainer's input: four join and wait, next shows the case on every
// device, the reveal's counts are the types of the options the devices
// marked, each device names the type the room assigned, the proposals
// arrive (a refused one keeps its text; markup escaped, a bidi override
// removed), and after kill -9 --resume has the open case and every
// proposal back; quit saves four results that team reads.
func TestPacedEndToEnd(t *testing.T) {
	needTools(t, "ssh", "ssh-keygen")
	r := newTmuxRig(t) // skips under -short and without tmux
	phones := newPacedPhones(t, "Cees", "Dirk")
	bank := quiztest.Bank(t, i18n.NL)
	home := r.dir
	session := filepath.Join(home, "workshop")
	sshPort, webPort := freeTCPPort(t), freeTCPPort(t)
	srv := startLiveIn(t, r.bin, home, "nl", "--paced", "--listen", "127.0.0.1", "--code", "K7QX",
		"--ssh-port", strconv.Itoa(sshPort), "--http-port", strconv.Itoa(webPort), "--dir", session)
	site := fmt.Sprintf("http://127.0.0.1:%d", webPort)
	srv.waitLine(site + "/j/K7QX")
	srv.waitLine("Opdrachten: next")

	// Everyone joins before the first case and waits.
	// Each SSH participant has their own key: the room knows a person
	// by it.
	panes := []string{"Anna", "Bram"}
	for _, name := range panes {
		key := filepath.Join(home, "id-"+name)
		if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
			t.Fatalf("ssh-keygen: %v\n%s", err, out)
		}
		r.start(name, strings.Join([]string{"ssh", "-i", key, "-o", "IdentitiesOnly=yes", "-o", "StrictHostKeyChecking=no",
			"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-p", strconv.Itoa(sshPort), "K7QX@127.0.0.1"}, " "))
	}
	for _, name := range panes {
		r.waitFor(name, "Je naam")
		r.tmux("send-keys", "-t", name, name, "Enter")
	}
	for _, p := range phones {
		p.must(chromedp.Do(p.ctx, chromedp.Navigate(site+"/j/K7QX")))
		p.waitText("Meedoen")
		p.must(chromedp.Do(p.ctx, chromedp.SendKeys("#name", p.name), chromedp.Click("button.primary")))
	}
	for _, name := range panes {
		r.waitFor(name, "De trainer start zo met de eerste casus")
	}
	for _, p := range phones {
		p.waitText("De trainer start zo met de eerste casus")
	}
	for _, name := range append(append([]string(nil), panes...), "Cees", "Dirk") {
		srv.waitLine(name + " doet mee")
	}

	// next: every device shows the first case; each chooses an option
	// (its first, second, third, first in their own order).
	n := srv.since()
	srv.send("next")
	opened := srv.waitAfter(n, "casus 1 geopend: ")
	id := opened[strings.LastIndex(opened, ": ")+2:]
	qi, ok := quiz.FindCase(bank, id)
	if !ok {
		t.Fatalf("opened %q, not in the question set", id)
	}
	q := bank.Questions[qi]
	first := strings.Join(strings.Fields(q.Scenario)[:4], " ")
	var want profile.Points
	add := func(p profile.Points) {
		for _, ty := range profile.Types {
			want[ty] += p[ty]
		}
	}
	for i, name := range panes {
		r.waitFor(name, first)
		r.tmux("send-keys", "-t", name, strconv.Itoa(i+1))
		r.waitFor(name, "●")
		var line string
		for _, l := range strings.Split(r.screen(name), "\n") {
			if m := paneChosen.FindStringSubmatch(l); m != nil {
				line = m[1]
			}
		}
		add(optionType(t, q, line))
		srv.waitLine(name + " beantwoordde " + id)
	}
	for i, p := range phones {
		p.waitText(first)
		p.must(chromedp.Do(p.ctx, chromedp.Click(fmt.Sprintf("button.opt:nth-of-type(%d)", (i+2)%3+1))))
		p.waitText("Gekozen en bewaard")
		p.shot("chosen-" + p.name)
		add(optionType(t, q, p.eval(`document.querySelector("button.opt.chosen span")?.textContent ?? null`)))
		srv.waitLine(p.name + " beantwoordde " + id)
	}

	// reveal: the split the room shows is the four choices' types.
	n = srv.since()
	srv.send("reveal")
	revealed := srv.waitAfter(n, "verdeling van "+id+" getoond: ")
	if !strings.HasSuffix(revealed, ": "+typeCounts(want, i18n.NL)) {
		t.Errorf("revealed %q, but the devices chose %s", revealed, typeCounts(want, i18n.NL))
	}
	t.Logf("%s (the devices chose %s)", revealed, typeCounts(want, i18n.NL))
	for _, name := range panes {
		r.waitFor(name, "Zo koos de groep")
	}
	for _, p := range phones {
		p.waitText("Zo koos de groep")
		p.shot("revealed-" + p.name)
	}

	// extreme: every device says which type its participant is, and the
	// room's assignment counts the four of them.
	n = srv.since()
	srv.send("extreme")
	assigned := srv.waitAfter(n, "extreme ronde van "+id+": ")
	types := map[string]string{}
	var got profile.Points
	typeOf := func(word string) profile.Type {
		for _, ty := range profile.Types {
			if typeWord(ty, i18n.NL) == strings.ToLower(word) {
				return ty
			}
		}
		t.Fatalf("%q is no ideal type", word)
		return 0
	}
	for _, name := range panes {
		r.waitFor(name, "Jij bent de ")
		m := extremeType.FindStringSubmatch(r.screen(name))
		if m == nil {
			t.Fatalf("%s's pane names no type:\n%s", name, r.screen(name))
		}
		types[name] = strings.ToLower(m[1])
		got[typeOf(m[1])]++
	}
	for _, p := range phones {
		s := p.waitText("Jij bent de ")
		m := extremeType.FindStringSubmatch(s)
		if m == nil {
			t.Fatalf("%s's page names no type:\n%s", p.name, s)
		}
		tname := strings.ToLower(p.eval(`document.querySelector("strong.tname")?.textContent ?? null`))
		if tname != strings.ToLower(m[1]) {
			t.Errorf("%s: the type in colour is %q, the sentence says %q", p.name, tname, m[1])
		}
		types[p.name] = tname
		got[typeOf(tname)]++
	}
	if !strings.HasSuffix(assigned, ": "+typeCounts(got, i18n.NL)) {
		t.Errorf("assigned %q, but the devices show %s", assigned, typeCounts(got, i18n.NL))
	}
	t.Logf("%s; the devices: %v", assigned, types)
	if total := got[profile.Bureaucraat] + got[profile.Ondernemer] + got[profile.Verbinder]; total != 4 {
		t.Errorf("%d devices show a type, want 4", total)
	}

	// Each proposes one line; Cees's has markup and a bidi override,
	// which the room removes (the override) and the pages escape (the
	// markup).
	proposals := map[string]string{
		"Anna": "Ik volg het protocol, zonder uitzondering",
		"Bram": "Ik bel de notaris zelf en regel het vandaag",
		"Cees": "<b>Iedereen</b> \u202eschuift op voor hem",
		"Dirk": "Ik vraag de rij om begrip en leg het uit",
	}
	cleaned := map[string]string{"Cees": "<b>Iedereen</b> schuift op voor hem"}
	clean := func(name string) string {
		if c, ok := cleaned[name]; ok {
			return c
		}
		return proposals[name]
	}
	// A refused proposal gets the room's reason on the device, and what
	// was typed stays: an empty one in a pane, an over-long one (past the
	// field's maxlength, as an old phone may send) on a page.
	r.tmux("send-keys", "-t", "Bram", "Enter")
	r.waitFor("Bram", "voorstel is leeg")
	long := strings.Repeat("Ik schrijf veel te veel. ", 6) // 150 characters
	dirk := phones[1]
	dirk.must(chromedp.Do(dirk.ctx, chromedp.SetValue("#proposal", long), chromedp.Click("form button.primary")))
	dirk.waitText("maak het korter") // the room's reason, not the field's label
	dirk.shot("refused-Dirk")
	if v := dirk.eval(`document.querySelector("#proposal")?.value ?? null`); v != strings.TrimSpace(long) && v != long {
		t.Errorf("after the refusal, Dirk's field holds %q, want what he typed", v)
	}
	for _, name := range panes {
		r.tmux("send-keys", "-t", name, "-l", proposals[name])
		r.tmux("send-keys", "-t", name, "Enter")
		r.waitFor(name, "Verstuurd.")
	}
	for _, p := range phones {
		p.must(chromedp.Do(p.ctx, chromedp.SetValue("#proposal", proposals[p.name]), chromedp.Click("form button.primary")))
		p.waitText("Verstuurd en bewaard")
		p.shot("sent-" + p.name)
		if q := p.eval(`document.querySelector("p.quote")?.textContent ?? null`); q != clean(p.name) {
			t.Errorf("%s's page shows the proposal %q, want %q", p.name, q, clean(p.name))
		}
	}
	if b := phones[0].eval(`document.querySelector("p.quote") ? String(document.querySelectorAll("body b").length) : null`); b != "0" {
		t.Errorf("Cees's markup became %s element(s) on the page", b)
	}
	for name := range proposals {
		srv.waitLine(fmt.Sprintf("van %s (%s): %s", name, types[name], clean(name)))
	}
	journal, err := os.ReadFile(filepath.Join(session, "journal.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(journal), "\u202e") || strings.Contains(strings.ToLower(string(journal)), `\u202e`) {
		t.Errorf("the bidi override reached the journal")
	}

	// The server dies (kill -9): every proposal was in the journal before
	// its device moved on. --resume brings back the open case and the
	// proposals.
	_ = srv.cmd.Process.Signal(syscall.SIGKILL)
	_ = srv.cmd.Wait()
	for _, name := range panes {
		_ = exec.Command("tmux", "-L", r.socket, "kill-session", "-t", name).Run()
	}
	srv = startLiveIn(t, r.bin, home, "nl", "--resume", session)
	srv.waitLine("Verder met de sessie in ")
	srv.waitLine("4 deelnemers, 4 antwoorden terug")
	n = srv.since()
	for i := 1; i <= 3; i++ {
		srv.send("show " + strconv.Itoa(i))
	}
	srv.send("extremes")
	srv.waitAfter(n, "de uitersten van "+id+":")
	listed := strings.Join(srv.linesAfter(n), "\n")
	for name := range proposals {
		if !regexp.MustCompile(`\[\d+\] ` + regexp.QuoteMeta(clean(name)) + `\n`).MatchString(listed + "\n") {
			t.Errorf("after --resume, show does not list %s's proposal %q:\n%s", name, clean(name), listed)
		}
	}
	t.Logf("after --resume:\n%s", listed)
	// A phone that comes back finds its sent proposal.
	phones[1].must(chromedp.Do(phones[1].ctx, chromedp.Navigate(site+"/q")))
	phones[1].waitText(clean("Dirk"))

	// quit ends the workshop and saves everyone's result.
	n = srv.since()
	srv.send("quit")
	srv.waitAfter(n, "4 resultaten in de sessiemap")
	if err := srv.cmd.Wait(); err != nil {
		t.Errorf("after quit: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(session, "*.json"))
	if len(files) != 4 {
		t.Errorf("result files %v, want 4", files)
	}
	out, err := exec.Command(r.bin, "team", "--plain", session).CombinedOutput()
	if err != nil {
		t.Fatalf("team: %v\n%s", err, out)
	}
	t.Logf("team --plain:\n%s", out)
	for name := range proposals {
		if !strings.Contains(string(out), name) {
			t.Errorf("team does not list %s:\n%s", name, out)
		}
	}
}
