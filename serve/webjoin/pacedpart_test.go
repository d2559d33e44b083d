package webjoin

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

// The small set's scenario IDs, in file order.
var pacedIDs = []string{"balie-rij", "nieuwe-regel", "zonder-context"}

const refreshTag = `<meta http-equiv="refresh" content="2; url=/q">`

func newPacedSite(t *testing.T) *site {
	t.Helper()
	return newSite(t, room.Config{Activity: room.Paced(quiztest.Small(t), true)})
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// refreshes says whether the last page follows the trainer by itself.
func (p *phone) refreshes(want bool) {
	p.site.t.Helper()
	if got := strings.Contains(p.body, refreshTag); got != want {
		p.site.t.Errorf("page %s refreshes %v, want %v:\n%s", p.url, got, want, p.body)
	}
}

// propose sends text as the proposal of the case on the last page.
func (p *phone) propose(text string) *phone {
	p.site.t.Helper()
	return p.post("/answer", url.Values{"csrf": {p.field(reCSRF)}, "scenario": {p.field(reScenario)}, "proposal": {text}})
}

// stage is the room's stage of the site's participant n (from 1).
func (s *site) stage(n int) room.Stage {
	s.t.Helper()
	st, err := s.room.Stage(room.ParticipantID(n))
	must(s.t, err)
	return st
}

// TestPacedFlow walks the workshop on a phone as the trainer leads it:
// waiting, the case, a choice and a change, the mix so far, the reveal,
// the extreme round with its refusals, an old page after the trainer
// moved on, and the end.
func TestPacedFlow(t *testing.T) {
	s := newPacedSite(t)
	p := s.phone()
	p.join("Anna")
	p.at("/q")
	p.want("De trainer start zo met de eerste casus", "de casus verschijnt hier vanzelf", `href="/q?view=mix"`, "Mijn mix")
	p.refreshes(true)

	// Before the first case, an answer is refused kindly.
	p.post("/answer", url.Values{"csrf": {csrfFor(cookieOf(t, p))}, "scenario": {pacedIDs[0]}, "choice": {"0"}})
	p.at("/q?e=moved")
	p.want("Niet bewaard: de trainer is al naar een andere casus gegaan")

	_, err := s.room.Next()
	must(t, err)
	p.get("/q")
	p.want("Casus 1 van 3", "Er staat een lange rij", `<span class="context">Balie</span>`,
		`<button type="submit" class="opt" name="choice" value="0">`, `value="balie-rij"`, "Kies wat jij als eerste zou doen. Er is geen goed of fout antwoord.")
	p.refreshes(false) // being read: it does not jump
	casePage := p.body

	p.answer("1")
	p.at("/q")
	p.want("Gekozen en bewaard", `class="opt chosen" name="choice" value="1" aria-current="true"`, "✓ jouw keuze")
	p.refreshes(true)
	if st := s.stage(1); st.Chosen != 1 || st.Answered != 1 {
		t.Fatalf("stage after the choice: %+v", st)
	}
	p.answer("2") // changed their mind
	if st := s.stage(1); st.Chosen != 2 {
		t.Fatalf("stage after the change: %+v", st)
	}

	p.get("/q?view=mix")
	p.want("Jouw mix tot nu toe", "In deze ene situatie", "Terug naar de workshop", "Geen oordeel")
	p.wantNot("Bewaar mijn uitslag", "Je uitslag is bewaard")
	p.refreshes(false)

	must(t, s.room.Reveal())
	p.get("/q")
	p.want("Zo koos de groep", `aria-label="De keuzes van de groep per type als staafdiagram"`,
		`<span class="name">Verbinder</span><span>1 (100%)</span>`, `<rect class="fill" width="100"`,
		"Jouw keuze: Ik vraag de rij of iemand met haast voor mag.")
	p.refreshes(true)

	// The case page, still open on the phone, answers after the reveal.
	p.body = casePage
	p.answer("0")
	p.at("/q?e=revealed")
	p.want("Niet bewaard: de verdeling van deze casus staat al op het scherm; je keuze staat vast.",
		`<meta http-equiv="refresh" content="8; url=/q">`) // time to read it
	if st := s.stage(1); st.Chosen != 2 {
		t.Fatalf("a refused answer changed the choice: %+v", st)
	}

	must(t, s.room.Extreme())
	p.get("/q")
	st := s.stage(1)
	typ := strings.ToLower(s.room.Bank().Types[st.Type].Name)
	p.want("Jij bent de <strong class=\"tname t", ">"+typ+"</strong>: wat doe je in deze casus, op zijn uiterst, zonder te relativeren?",
		`maxlength="140"`, `name="proposal" value=""`)
	p.refreshes(false) // a field being typed in
	extremePage := p.body

	// Empty: a clear message, nothing kept.
	p.propose("  \t ")
	if p.code != http.StatusUnprocessableEntity {
		t.Errorf("empty proposal: status %d", p.code)
	}
	p.want("Niet bewaard: je voorstel is leeg", `aria-invalid="true"`, `id="problem"`)
	p.refreshes(false)
	// Too long: the message, and the text stays in the field.
	long := strings.Repeat("lang ", 40) // 200 characters
	p.propose(long)
	p.want("je voorstel is 199 tekens; het mag er hoogstens 140 zijn", `value="`+strings.TrimSpace(long)+`"`)
	if st := s.stage(1); st.Proposal != "" {
		t.Fatalf("a refused proposal was kept: %q", st.Proposal)
	}

	// Untrusted text: control characters and bidi marks removed,
	// escaped everywhere.
	p.propose("<script>alert(1)</script>\u202e\x07 \"quoted\" & 'so'")
	p.at("/q")
	want := `<script>alert(1)</script> "quoted" & 'so'`
	if st := s.stage(1); st.Proposal != want {
		t.Fatalf("proposal kept as %q, want %q", st.Proposal, want)
	}
	p.want("Verstuurd en bewaard", "&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; &amp; &#39;so&#39;", `href="/q?edit=1"`)
	p.wantNot("<script>", "\u202e", "\x07")
	p.refreshes(true)
	p.get("/q?edit=1")
	p.want(`value="&lt;script&gt;alert(1)&lt;/script&gt; &#34;quoted&#34; &amp; &#39;so&#39;"`)
	p.wantNot("<script>")
	p.refreshes(false)
	p.propose("Ik volg elke regel tot op de letter.")
	if st := s.stage(1); st.Proposal != "Ik volg elke regel tot op de letter." {
		t.Fatalf("proposal not replaced: %q", st.Proposal)
	}
	// Emptied while changing it: the field again, with what is kept.
	p.get("/q?edit=1")
	p.propose("")
	p.want("Niet bewaard: je voorstel is leeg", `name="proposal" value="Ik volg elke regel tot op de letter."`)
	p.refreshes(false)

	// The trainer moves on while the phone sits on the field: the text
	// is not lost, the page shows the case of now.
	_, err = s.room.Next()
	must(t, err)
	p.body = extremePage
	p.propose("Ik schrijf een nieuwe regel.")
	if p.code != http.StatusUnprocessableEntity {
		t.Errorf("proposal for an old case: status %d", p.code)
	}
	p.want("Casus 2 van 3", "Niet bewaard: de trainer is al naar een andere casus gegaan",
		"Wat je schreef (niet bewaard):", "Ik schrijf een nieuwe regel.", `value="nieuwe-regel"`)
	// An old case page's choice is refused the same way.
	p.body = casePage
	p.answer("0")
	p.at("/q?e=moved")
	p.want("Casus 2 van 3", "Niet bewaard: de trainer is al naar een andere casus gegaan")
	p.answer("0")
	p.at("/q")
	p.refreshes(true)
	// On a page that follows the trainer, unkept text stops the refresh.
	p.body = extremePage
	p.propose("Nog een keer.")
	p.want("Gekozen en bewaard", "Wat je schreef (niet bewaard):", "Nog een keer.", `<a href="/q">Is de trainer al verder?`)
	p.refreshes(false)
	if strings.Contains(p.body, `http-equiv="refresh"`) {
		t.Error("a page with unkept text refreshes")
	}

	// A latecomer enters at the case of now.
	late := s.phone()
	late.join("Bram")
	late.want("Casus 2 van 3", "Er komt een nieuwe regel")
	// Someone without an answer at the end.
	idle := s.phone()
	idle.join("")

	n, err := s.room.End()
	must(t, err)
	if n != 1 {
		t.Errorf("End finished %d, want 1", n)
	}
	p.get("/q")
	p.at("/result")
	p.want("Jouw mix", "In deze 2 situaties", "Bewaar mijn uitslag als bestand", "Je uitslag is bewaard", "Geen oordeel")
	p.refreshes(false)
	p.body = casePage
	p.answer("1")
	p.at("/result")
	idle.get("/q")
	idle.want("De trainer heeft de workshop afgesloten", "Je hebt geen casus beantwoord")
	idle.wantNot("Mijn mix")
	idle.refreshes(false)
	p.get("/result/download")
	p.want("In deze 2 situaties", "Gemaakt op")
}

// openCase is a paced site with one phone joined and the first case
// open.
func openCase(t *testing.T) (*site, *phone) {
	t.Helper()
	s := newPacedSite(t)
	p := s.phone()
	p.join("")
	_, err := s.room.Next()
	must(t, err)
	return s, p
}

// TestPacedEnded refuses a proposal after the end, showing the text.
func TestPacedEnded(t *testing.T) {
	s, p := openCase(t)
	must(t, s.room.Extreme())
	p.get("/q")
	page := p.body
	_, err := s.room.End()
	must(t, err)
	p.body = page
	p.propose("Te laat")
	p.want("Niet bewaard: de trainer heeft de workshop afgesloten", "Te laat")
	p.refreshes(false)
	p.body = page
	p.post("/answer", url.Values{"csrf": {p.field(reCSRF)}, "scenario": {pacedIDs[0]}, "choice": {"0"}})
	p.at("/q?e=ended")
	p.want("Niet bewaard: de trainer heeft de workshop afgesloten")
}

// TestPacedNoExtreme refuses a crafted proposal outside the extreme
// round, in English, and shows the countdown.
func TestPacedNoExtreme(t *testing.T) {
	s, p := openCase(t)
	must(t, s.room.Countdown(30*time.Second))
	p.get("/q?lang=en")
	p.want("Scenario 1 of 3", `role="timer"`, "seconds left", `<animate attributeName="width"`)
	p.propose("Too early")
	p.want("Not kept: the extreme round of this scenario has not started; wait for the trainer.", "What you wrote (not kept):", "Too early")
	if p.code != http.StatusUnprocessableEntity {
		t.Errorf("status %d", p.code)
	}
	// A page that refreshes says the seconds anew; no bar runs there.
	p.answer("0")
	p.want("Chosen and kept", "seconds left")
	p.wantNot("<animate")
	p.refreshes(true)
}

// TestPartOfPaced: a paced room (which has a Bank too) gets the paced
// part, not the quiz's.
func TestPartOfPaced(t *testing.T) {
	s := newPacedSite(t)
	if _, ok := s.srv.part.(*pacedPart); !ok {
		t.Fatalf("part %T", s.srv.part)
	}
	q := newSite(t, room.Config{})
	if _, ok := q.srv.part.(*quizPart); !ok {
		t.Fatalf("quiz room's part %T", q.srv.part)
	}
}

// BenchmarkPacedWaitingPage is one phone's GET /q while it waits for the
// trainer (600 phones refreshing every 2 s are 300 of these a second),
// through the whole handler: headers, limits (lifted here), cookie,
// Stage, template.
func BenchmarkPacedWaitingPage(b *testing.B) {
	r, err := room.New(room.Config{Activity: room.Paced(quiztest.Small(b), true), Dir: b.TempDir(), Code: testCode, Language: i18n.NL, MaxParticipants: 1000})
	must(b, err)
	defer r.Close()
	s, err := New(Config{Room: r, Secret: testSecret})
	must(b, err)
	s.getLim = newLimiter(rate{burst: 1 << 30, perSecond: 1e9}, maxClients)
	tok := s.newToken()
	for i := range 600 {
		_, err := r.Join(s.newToken(), "deelnemer "+strings.Repeat("x", i%7), room.ViaWeb)
		must(b, err)
	}
	_, err = r.Join(tok, "Anna", room.ViaWeb)
	must(b, err)
	h := s.Handler()
	req := httptest.NewRequest("GET", "/q", nil)
	req.AddCookie(&http.Cookie{Name: tokenCookie, Value: tok})
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
}

// TestPacedSplitScalesToTotal draws the split's bars as shares of
// everybody who chose, as the projector and the SSH screen do: 2 of 3
// is two thirds of the track with "2 (67%)" beside it, not a full bar
// (issue 17).
func TestPacedSplitScalesToTotal(t *testing.T) {
	s, a := openCase(t)
	b, c := s.phone(), s.phone()
	b.join("")
	c.join("")
	for _, x := range []struct {
		p      *phone
		choice string
	}{{a, "0"}, {b, "0"}, {c, "1"}} {
		x.p.get("/q")
		x.p.answer(x.choice)
	}
	must(t, s.room.Reveal())
	st := s.stage(1)
	names := s.room.Bank().Types
	var two, one string
	for i, n := range st.Split {
		switch n {
		case 2:
			two = names[i].Name
		case 1:
			one = names[i].Name
		}
	}
	if two == "" || one == "" {
		t.Fatalf("split %v: want one type with 2 and one with 1", st.Split)
	}
	a.get("/q")
	a.want(`<span class="name">`+two+`</span><span>2 (67%)</span>`, `<rect class="fill" width="67"`,
		`<span class="name">`+one+`</span><span>1 (33%)</span>`, `<rect class="fill" width="33"`,
		`<span>0 (0%)</span>`, `<rect class="fill" width="0"`)
	a.wantNot(`<rect class="fill" width="100"`)
}

// TestPacedNamesInPageLanguage names the types in the page's language:
// an English page over the Dutch set says "You are the entrepreneur",
// never "the ondernemer" (issue 17), in the extreme sentence and the
// split; the Dutch page keeps the set's own names.
func TestPacedNamesInPageLanguage(t *testing.T) {
	s, p := openCase(t)
	p.get("/q")
	p.answer("0")
	must(t, s.room.Reveal())
	p.get("/q?lang=en")
	p.want(`<span class="name">Bureaucrat</span>`, `<span class="name">Entrepreneur</span>`, `<span class="name">Connector</span>`)
	p.wantNot("Bureaucraat", "Ondernemer", "Verbinder")
	must(t, s.room.Extreme())
	st := s.stage(1)
	if !st.Assigned {
		t.Fatalf("no type assigned: %+v", st)
	}
	en := strings.ToLower(words.DefaultName(st.Type, i18n.EN))
	nl := strings.ToLower(s.room.Bank().Types[st.Type].Name)
	p.get("/q")
	p.want("You are the <strong class=\"tname t", ">"+en+"</strong>: what do you do in this scenario")
	p.wantNot(">" + nl + "</strong>")
	p.get("/q?lang=nl")
	p.want("Jij bent de <strong class=\"tname t", ">"+nl+"</strong>: wat doe je")
}

// refreshTo is where and after how many seconds the last page goes by
// itself; ok is false for a page that does not refresh.
func (p *phone) refreshTo() (secs, to string, ok bool) {
	m := regexp.MustCompile(`<meta http-equiv="refresh" content="(\d+); url=([^"]+)">`).FindStringSubmatch(p.body)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// TestPacedWaitingPagesAfterEnd: a phone that sat on any page that
// follows the trainer (waiting for the first case, a choice made, the
// split, a proposal sent, a message of why something was not kept)
// lands on its result, the mix with its download, at the page's next
// refresh after `end`; a participant without an answer lands on the
// clear page that says so, which no longer refreshes (issue 17). The
// same holds after a crash and `live --resume`.
func TestPacedWaitingPagesAfterEnd(t *testing.T) {
	for _, resume := range []bool{false, true} {
		dir := t.TempDir()
		bank := quiztest.Small(t)
		s := newSite(t, room.Config{Activity: room.Paced(bank, true), Dir: dir})
		idle := s.phone().join("") // on the page before the first case
		idle.refreshes(true)
		_, err := s.room.Next()
		must(t, err)
		chosen := s.phone().join("Chosen")
		chosen.answer("0")
		revealed := s.phone().join("Revealed")
		revealed.answer("1")
		noChoice := s.phone().join("") // sees the split without a choice
		sent := s.phone().join("Sent")
		sent.answer("2")
		problem := s.phone().join("Problem")
		problem.answer("0")
		old := problem.body
		must(t, s.room.Reveal())
		revealed.get("/q")
		noChoice.get("/q")
		problem.body = old
		problem.answer("1") // refused: the split is shown
		problem.at("/q?e=revealed")
		must(t, s.room.Extreme())
		sent.get("/q")
		sent.propose("Ik doe het op zijn uiterst.")
		sent.want("Verstuurd en bewaard")
		idle.get("/q") // joined before the first case, never chose
		waiting := map[string]*phone{"chosen": chosen, "revealed": revealed, "sent": sent, "problem": problem}
		for _, p := range []*phone{idle, chosen, revealed, noChoice, sent, problem} {
			p.wantNot("quiz", "Quiz") // a workshop, never a quiz
		}
		for name, p := range waiting {
			if _, to, ok := p.refreshTo(); !ok || to != "/q" {
				t.Fatalf("%s: the page does not refresh to /q:\n%s", name, p.body)
			}
		}
		_, err = s.room.End()
		must(t, err)
		if resume {
			must(t, s.room.Close())
			r, _, err := room.Resume(dir, room.Config{Activity: room.Paced(bank, true)})
			must(t, err)
			t.Cleanup(func() { _ = r.Close() })
			srv, err := New(Config{Room: r, Logf: t.Logf, Secret: testSecret})
			must(t, err)
			s.ts.Config.Handler = srv.Handler()
		}
		for name, p := range waiting {
			_, to, _ := p.refreshTo()
			p.get(to) // the one refresh
			p.at("/result")
			p.want("Jouw mix", "In deze ene situatie", "Je uitslag is bewaard", `href="/result/download"`, "Bewaar mijn uitslag als bestand")
			// "quiz" still comes from the shared margin sentence
			// (words.HeadlineOf: "Doe je de quiz opnieuw"), the lead's.
			p.refreshes(false)
			p.get("/result/download")
			if p.code != http.StatusOK || !strings.Contains(p.body, "In deze ene situatie") {
				t.Errorf("resume %v, %s: download %d:\n%s", resume, name, p.code, p.body)
			}
		}
		for _, p := range []*phone{idle, noChoice} {
			p.get("/q")
			p.at("/q")
			p.want("De trainer heeft de workshop afgesloten", "Je hebt geen casus beantwoord, dus er is geen mix om te laten zien.")
			p.wantNot("Mijn mix", "quiz", `http-equiv="refresh"`)
			p.get("/result") // an old bookmark: the clear page, not an error
			p.at("/q")
			p.want("De trainer heeft de workshop afgesloten")
		}
	}
}
