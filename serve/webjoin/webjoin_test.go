package webjoin

import (
	"errors"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

const testCode = room.Code("7K3Q")

// site is a room with its web server on a test listener.
type site struct {
	t    *testing.T
	room *room.Room
	srv  *Server
	ts   *httptest.Server
}

func newSite(t *testing.T, cfg room.Config) *site {
	t.Helper()
	if cfg.Bank == nil {
		cfg.Bank = quiztest.Small(t)
	}
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	cfg.Code = testCode
	r, err := room.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	s, err := New(Config{Room: r, Logf: t.Logf, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &site{t: t, room: r, srv: s, ts: ts}
}

// phone is one browser: a cookie jar that follows redirects.
type phone struct {
	site *site
	c    *http.Client
	// last is the last page: its final URL and body.
	url  string
	body string
	code int
}

func (s *site) phone() *phone {
	jar, _ := cookiejar.New(nil)
	return &phone{site: s, c: &http.Client{Jar: jar, Timeout: 10 * time.Second}}
}

func (p *phone) do(req *http.Request) *phone {
	p.site.t.Helper()
	resp, err := p.c.Do(req)
	if err != nil {
		p.site.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	p.url, p.body, p.code = resp.Request.URL.RequestURI(), string(b), resp.StatusCode
	return p
}

func (p *phone) get(path string) *phone {
	p.site.t.Helper()
	req, _ := http.NewRequest("GET", p.site.ts.URL+path, nil)
	return p.do(req)
}

func (p *phone) post(path string, form url.Values) *phone {
	p.site.t.Helper()
	req, _ := http.NewRequest("POST", p.site.ts.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return p.do(req)
}

var (
	reCSRF     = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)
	reScenario = regexp.MustCompile(`name="scenario" value="([^"]+)"`)
)

func (p *phone) field(re *regexp.Regexp) string {
	p.site.t.Helper()
	m := re.FindStringSubmatch(p.body)
	if m == nil {
		p.site.t.Fatalf("no %s on the page %s:\n%s", re, p.url, p.body)
	}
	return m[1]
}

// join opens the QR code's address and joins with name.
func (p *phone) join(name string) *phone {
	p.site.t.Helper()
	p.get("/j/" + string(testCode))
	return p.post("/join", url.Values{"csrf": {p.field(reCSRF)}, "code": {string(testCode)}, "name": {name}})
}

// answer chooses the option at shown position pos on the current page.
func (p *phone) answer(pos string) *phone {
	p.site.t.Helper()
	return p.post("/answer", url.Values{"csrf": {p.field(reCSRF)}, "scenario": {p.field(reScenario)}, "choice": {pos}})
}

func (p *phone) want(parts ...string) {
	p.site.t.Helper()
	for _, s := range parts {
		if !strings.Contains(p.body, s) {
			p.site.t.Errorf("page %s (%d) lacks %q:\n%s", p.url, p.code, s, p.body)
		}
	}
}

func (p *phone) wantNot(parts ...string) {
	p.site.t.Helper()
	for _, s := range parts {
		if strings.Contains(p.body, s) {
			p.site.t.Errorf("page %s has %q", p.url, s)
		}
	}
}

func (p *phone) at(path string) {
	p.site.t.Helper()
	if p.url != path {
		p.site.t.Errorf("at %s, want %s; page:\n%s", p.url, path, p.body)
	}
}

func TestWholeFlow(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone()
	p.get("/j/7k3q")
	p.want(`value="7K3Q"`, "Meedoen", `lang="nl"`)
	u, _ := url.Parse(s.ts.URL)
	cs := p.c.Jar.Cookies(u)
	if len(cs) != 1 || cs[0].Name != tokenCookie || !s.srv.validToken(cs[0].Value) {
		t.Fatalf("cookies %v", cs)
	}
	p.post("/join", url.Values{"csrf": {p.field(reCSRF)}, "code": {" 7k3q "}, "name": {"Anna <b>"}})
	p.at("/q")
	p.want("Casus 1 van 3", "<legend>", "lange rij", `type="radio" name="choice" value="0" required`, `value="balie-rij"`)
	if snap := s.room.Snapshot(); snap.Joined != 1 || snap.Participants[0].Name != "Anna <b>" || snap.Participants[0].Via != room.ViaWeb {
		t.Fatalf("room after join: %+v", snap.Participants)
	}
	t.Logf("question page: %d bytes", len(p.body))
	p.answer("0")
	p.at("/q?saved=1")
	p.want("Casus 2 van 3", "Je antwoord op casus 1 is bewaard.", `formaction="/back"`)
	p.answer("1")
	p.want("Casus 3 van 3")
	p.answer("2")
	p.at("/result")
	p.want("Jouw mix", "Bureaucraat", "Ondernemer", "Verbinder", "In deze 3 situaties koos je", "Zo weinig situaties", "Je kleinste kant is de", "Geen oordeel",
		"Wat je meebrengt", `<svg viewBox="0 0 100 10"`, `aria-label="Jouw mix als staafdiagram"`)
	t.Logf("result page: %d bytes", len(p.body))
	snap := s.room.Snapshot()
	if snap.Finished != 1 {
		t.Errorf("finished %d, want 1", snap.Finished)
	}
	files, _ := filepath.Glob(filepath.Join(s.room.Dir(), "*.json"))
	if len(files) != 1 {
		t.Errorf("result files %v", files)
	}
	// Going back after the end is refused kindly: the result stays.
	p.get("/q")
	p.at("/result")
	p.post("/back", url.Values{"csrf": {csrfFor(cookieOf(t, p))}})
	p.at("/result")
}

func cookieOf(t *testing.T, p *phone) string {
	t.Helper()
	u, _ := url.Parse(p.site.ts.URL)
	for _, c := range p.c.Jar.Cookies(u) {
		if c.Name == tokenCookie {
			return c.Value
		}
	}
	t.Fatal("no token cookie")
	return ""
}

func TestShuffledOrderIsTheWalks(t *testing.T) {
	s := newSite(t, room.Config{})
	p := s.phone().join("")
	id, ok := s.room.Lookup(cookieOf(t, p))
	if !ok {
		t.Fatal("not joined")
	}
	w, _ := s.room.Walk(id)
	shown := w.Shown()
	last := -1
	for _, o := range shown {
		i := strings.Index(p.body, o.Text)
		if i < 0 || i < last {
			t.Fatalf("options not in the shown order %v", shown)
		}
		last = i
	}
	// Choosing shown position 2 records what was shown there.
	p.answer("2")
	w, _ = s.room.Walk(id)
	if got := w.Answers()[0]; got != w.Order()[0][2] {
		t.Errorf("answer %d, want file index %d", got, w.Order()[0][2])
	}
}

func TestWrongCode(t *testing.T) {
	s := newSite(t, room.Config{})
	p := s.phone()
	p.get("/")
	csrf := p.field(reCSRF)
	p.post("/join", url.Values{"csrf": {csrf}, "code": {"9999"}})
	p.want("niet de code van deze sessie", `value="9999"`)
	p.post("/join", url.Values{"csrf": {csrf}, "code": {"70K3"}})
	p.want("0, O, 1") // the look-alike explained
	p.post("/join", url.Values{"csrf": {csrf}, "code": {"<script>alert(1)</script>"}})
	p.wantNot("<script>")
	if n := s.room.Snapshot().Joined; n != 0 {
		t.Errorf("%d joined with wrong codes", n)
	}
}

func TestDoubleSubmitCountsOnce(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone().join("")
	form := url.Values{"csrf": {p.field(reCSRF)}, "scenario": {p.field(reScenario)}, "choice": {"1"}}
	p.post("/answer", form)
	p.want("Casus 2 van 3")
	p.post("/answer", form) // the same post again (a double tap, a resend)
	p.want("Casus 2 van 3")
	snap := s.room.Snapshot()
	if snap.Quiz.Scenarios[0].Answered != 1 || snap.Participants[0].Answered != 1 {
		t.Errorf("answered %d / %d, want 1", snap.Quiz.Scenarios[0].Answered, snap.Participants[0].Answered)
	}
}

func TestResumeByCookie(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone().join("Bo")
	p.answer("0")
	// A reload, or the phone unlocked later: the cookie brings them back.
	p.get("/j/" + string(testCode))
	p.at("/q")
	p.want("Casus 2 van 3")
	// Another browser (no cookie) is someone new.
	q := s.phone().join("")
	q.want("Casus 1 van 3")
	// A restarted server (live --resume) keeps the cookie and the form token.
	s2, err := New(Config{Room: s.room, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	s.ts.Config.Handler = s2.Handler()
	p.answer("1")
	p.want("Casus 3 van 3")
	// Back keeps the earlier answer selected.
	p.post("/back", url.Values{"csrf": {p.field(reCSRF)}})
	p.want("Casus 2 van 3", `value="1" required checked`)
}

func TestOversizedBody(t *testing.T) {
	s := newSite(t, room.Config{})
	p := s.phone().join("")
	big := url.Values{"csrf": {p.field(reCSRF)}, "name": {strings.Repeat("x", 10<<10)}}
	p.post("/answer", big)
	if p.code != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", p.code)
	}
	p.want("te groot")
}

func TestBadFormValues(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone().join("")
	csrf, scen := p.field(reCSRF), p.field(reScenario)
	cases := []struct {
		form url.Values
		want string
	}{
		{url.Values{"csrf": {csrf}, "scenario": {scen}}, "Kies eerst een van de opties"},
		{url.Values{"csrf": {csrf}, "scenario": {scen}, "choice": {"abc"}}, "verouderd"},
		{url.Values{"csrf": {csrf}, "scenario": {scen}, "choice": {"7"}}, "verouderd"},
		{url.Values{"csrf": {csrf}, "scenario": {scen}, "choice": {"-1"}}, "verouderd"},
		{url.Values{"csrf": {csrf}, "scenario": {scen}, "choice": {"99999999999999999999"}}, "verouderd"},
		{url.Values{"csrf": {csrf}, "scenario": {"nope"}, "choice": {"0"}}, "verouderd"},
		{url.Values{"csrf": {csrf}, "scenario": {"zonder-context"}, "choice": {"0"}}, "op volgorde"},
		{url.Values{"csrf": {"00"}, "scenario": {scen}, "choice": {"0"}}, "verouderd"},
		{url.Values{"scenario": {scen}, "choice": {"0"}}, "verouderd"},
	}
	for _, c := range cases {
		p.post("/answer", c.form)
		if p.code != http.StatusOK || !strings.Contains(p.body, c.want) || !strings.Contains(p.body, "Casus 1 van 3") {
			t.Errorf("%v: %d, want %q on question 1:\n%s", c.form, p.code, c.want, p.body)
		}
	}
	if n := s.room.Snapshot().Participants[0].Answered; n != 0 {
		t.Errorf("bad forms recorded %d answers", n)
	}
	// A browser that keeps no cookies: asked to allow them.
	q := s.phone()
	q.c.Jar = nil
	q.get("/")
	q.post("/join", url.Values{"csrf": {q.field(reCSRF)}, "code": {string(testCode)}})
	q.want("sta cookies toe")
	q.post("/answer", url.Values{"csrf": {csrf}, "scenario": {scen}, "choice": {"0"}})
	q.at("/")
	// From another site: refused.
	req, _ := http.NewRequest("POST", s.ts.URL+"/answer", strings.NewReader(url.Values{"csrf": {csrf}, "scenario": {scen}, "choice": {"0"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	p.do(req)
	if p.code != http.StatusForbidden {
		t.Errorf("foreign origin: %d", p.code)
	}
	if n := s.room.Snapshot().Participants[0].Answered; n != 0 {
		t.Errorf("recorded %d answers", n)
	}
}

func TestLockedAndFull(t *testing.T) {
	s := newSite(t, room.Config{MaxParticipants: 1})
	a := s.phone().join("A")
	a.want("Casus 1 van 3")
	b := s.phone().join("B")
	b.want("De sessie is vol (1 deelnemers)")
	if err := s.room.Lock(true); err != nil {
		t.Fatal(err)
	}
	c := s.phone().join("C")
	c.want("gesloten voor nieuwe deelnemers")
	// Who was in comes back in, locked or not.
	a.get("/")
	a.want("Casus 1 van 3")
	if n := s.room.Snapshot().Joined; n != 1 {
		t.Errorf("joined %d", n)
	}
}

func TestNewRoundJoinsAgain(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone().join("A")
	p.answer("0").answer("0").answer("0")
	p.at("/result")
	if err := s.room.Leave(1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.room.NewRound(); err != nil {
		t.Fatal(err)
	}
	p.get("/result")
	p.at("/")
	p.want("Welkom terug", `value="7K3Q"`)
	p.post("/join", url.Values{"csrf": {p.field(reCSRF)}, "code": {"7K3Q"}})
	p.want("Casus 1 van 3")
}

func TestHeaders(t *testing.T) {
	s := newSite(t, room.Config{})
	p := s.phone().join("")
	for _, path := range []string{"/", "/q", "/style.css", "/nope", "/web/", "/web/pages.html", "/j/", "/style.css/", "/../go.mod"} {
		resp, err := p.c.Get(s.ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		h := resp.Header
		if got := h.Get("Content-Security-Policy"); got != csp || !strings.Contains(got, "default-src 'none'") {
			t.Errorf("%s: CSP %q", path, got)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", path, h)
		}
		switch path {
		case "/", "/q", "/style.css":
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: %d", path, resp.StatusCode)
			}
		default:
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s: %d, want 404", path, resp.StatusCode)
			}
		}
	}
	u, _ := url.Parse(s.ts.URL)
	resp, _ := http.Get(s.ts.URL + "/")
	resp.Body.Close()
	for _, c := range resp.Cookies() {
		if c.Name == tokenCookie && (!c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/") {
			t.Errorf("cookie %v", c)
		}
	}
	_ = u
	if s.srv.srv.ReadHeaderTimeout == 0 || s.srv.srv.ReadTimeout == 0 || s.srv.srv.WriteTimeout == 0 || s.srv.srv.IdleTimeout == 0 {
		t.Error("a server timeout is not set")
	}
}

func TestJoinRateLimit(t *testing.T) {
	s := newSite(t, room.Config{})
	p := s.phone()
	p.get("/")
	csrf := p.field(reCSRF)
	limited := false
	for range 15 {
		p.post("/join", url.Values{"csrf": {csrf}, "code": {"9999"}})
		if p.code == http.StatusTooManyRequests {
			limited = true
			break
		}
	}
	if !limited {
		t.Error("15 wrong codes in a row were never limited")
	}
}

// A flood of page loads from one address is limited; the limiter itself
// is tested in serve/limit.
func TestPageLoadsAreLimited(t *testing.T) {
	s := newSite(t, room.Config{})
	p := s.phone()
	limited := 0
	for range 300 {
		if p.get("/j/" + string(testCode)); p.code == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited == 0 {
		t.Error("300 page loads in a row from one address were never limited")
	}
}

func TestLanguage(t *testing.T) {
	s := newSite(t, room.Config{Language: i18n.EN})
	p := s.phone()
	p.get("/")
	p.want(`lang="en"`, "Type the code", `href="?lang=nl"`)
	p.get("/?lang=nl")
	p.want("Vul de code in")
	p.join("")
	p.want("Casus 1 van 3") // the choice is remembered
	p.get("/q?lang=en")
	p.want("Scenario 1 of 3", `<fieldset lang="nl">`)
}

// TestEscaped: texts from a question file reach the page escaped.
func TestEscaped(t *testing.T) {
	yaml := `language: nl
title: "<i>Set</i>"
questions:
  - id: x
    context: "<b>ctx</b>"
    scenario: "<script>alert(1)</script>"
    options:
      - {text: "<img src=x onerror=alert(1)>", type: bureaucraat}
      - {text: "\"><a href=javascript:alert(1)>", type: ondernemer}
`
	b, err := questionfile.Parse(questionfile.File{Name: "evil.yaml", Data: []byte(yaml)}, quiztest.Builtin(t))
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(t, room.Config{Bank: b, NoShuffle: true})
	p := s.phone().join("")
	p.want("&lt;script&gt;", "&lt;img src=x", "&lt;i&gt;Set&lt;/i&gt;")
	p.wantNot("<script>", "<img", "<b>ctx", "<a href=javascript")
}

func TestNewNeedsRoom(t *testing.T) {
	if _, err := New(Config{}); err == nil {
		t.Error("no error without a room")
	}
	_ = errors.New
}

// TestClosedRoom: an answer the room could not keep is never confirmed.
func TestClosedRoom(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone().join("")
	form := url.Values{"csrf": {p.field(reCSRF)}, "scenario": {p.field(reScenario)}, "choice": {"0"}}
	if err := s.room.Close(); err != nil {
		t.Fatal(err)
	}
	p.post("/answer", form)
	p.want("De sessie is afgesloten")
	p.wantNot("is bewaard", "Vraag 2")
	if p.code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", p.code)
	}
	p.get("/")
	p.want("De sessie is afgesloten")
}
