package webjoin

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// fakeCulture is an in-memory culture room with domain/room's (culture activity)
// rules as the shared API states them: join and rejoin by key, the cap
// and the lock, Give validated and at the current step, Back, Finish only
// when both passes are complete and a no-op after, room errors.
type fakeCulture struct {
	set  *culture.Set
	code room.Code
	max  int

	mu       sync.Mutex
	locked   bool
	closed   bool
	failGive bool // Give fails as a journal that cannot be written
	failSave bool // Finish fails as a disk that is full
	byKey    map[string]room.ParticipantID
	parts    []*fakePart
	joins    int // Join calls that changed something
	gives    int // allocations recorded
}

type fakePart struct {
	name, via string
	ops       []fakeOp // replayed to make a Survey copy
	finished  bool
	saved     bool
}

// fakeOp is one recorded step: an allocation, or a step back.
type fakeOp struct {
	back bool
	a    culture.Allocation
}

func newFakeCulture(t *testing.T, max int) *fakeCulture {
	return &fakeCulture{set: quiztest.Culture(t, i18n.NL), code: testCode, max: max, byKey: map[string]room.ParticipantID{}}
}

func (f *fakeCulture) Code() room.Code     { return f.code }
func (f *fakeCulture) Language() i18n.Lang { return i18n.NL }
func (f *fakeCulture) Set() *culture.Set   { return f.set }

func (f *fakeCulture) Join(key, name, via string) (room.ParticipantID, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return 0, room.ErrClosed
	}
	name = room.CleanName(name)
	if id, ok := f.byKey[key]; ok && key != "" {
		p := f.parts[id-1]
		if (name == "" || name == p.name) && (via == "" || via == p.via) {
			return id, nil
		}
		if name != "" {
			p.name = name
		}
		f.joins++
		return id, nil
	}
	if f.locked {
		return 0, room.ErrLocked
	}
	if len(f.parts) >= f.max {
		return 0, room.ErrFull
	}
	f.parts = append(f.parts, &fakePart{name: name, via: via})
	id := room.ParticipantID(len(f.parts))
	if key != "" {
		f.byKey[key] = id
	}
	f.joins++
	return id, nil
}

func (f *fakeCulture) get(id room.ParticipantID) (*fakePart, error) {
	if f.closed {
		return nil, room.ErrClosed
	}
	if id < 1 || int(id) > len(f.parts) {
		return nil, room.ErrUnknownParticipant
	}
	return f.parts[id-1], nil
}

func (f *fakeCulture) survey(p *fakePart) *culture.Survey {
	sv := culture.NewSurvey(f.set)
	for _, op := range p.ops {
		if op.back {
			sv.Back()
		} else if err := sv.Give(op.a); err != nil {
			panic(err)
		}
	}
	return sv
}

func (f *fakeCulture) Survey(id room.ParticipantID) (*culture.Survey, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.get(id)
	if err != nil {
		return nil, err
	}
	return f.survey(p), nil
}

func (f *fakeCulture) Give(id room.ParticipantID, a culture.Allocation) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.get(id)
	if err != nil {
		return err
	}
	if p.finished {
		return room.ErrFinished
	}
	if err := a.Check(); err != nil {
		return err
	}
	if f.failGive {
		return room.ErrJournal
	}
	if f.survey(p).Done() {
		return nil
	}
	p.ops = append(p.ops, fakeOp{a: a})
	f.gives++
	return nil
}

func (f *fakeCulture) Back(id room.ParticipantID) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.get(id)
	if err != nil {
		return err
	}
	if p.finished {
		return room.ErrFinished
	}
	if f.survey(p).Step() > 0 {
		p.ops = append(p.ops, fakeOp{back: true})
	}
	return nil
}

func (f *fakeCulture) Finish(id room.ParticipantID) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p, err := f.get(id)
	if err != nil {
		return "", err
	}
	if !p.finished && !f.survey(p).Done() {
		return "", room.ErrNotDone
	}
	p.finished = true
	if f.failSave {
		return "", errors.New("disk full")
	}
	p.saved = true
	return "/session/culture-" + strconv.Itoa(int(id)) + ".json", nil
}

// part returns participant id's record, for checks.
func (f *fakeCulture) part(id room.ParticipantID) fakePart {
	f.mu.Lock()
	defer f.mu.Unlock()
	return *f.parts[id-1]
}

func (f *fakeCulture) counts() (parts, joins, gives int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.parts), f.joins, f.gives
}

var _ CultureRoom = (*fakeCulture)(nil)

// newCultureSite is a fake culture room with its web server.
func newCultureSite(t *testing.T, max int) (*site, *fakeCulture) {
	t.Helper()
	f := newFakeCulture(t, max)
	s, err := NewCulture(CultureConfig{Room: f, Logf: t.Logf, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &site{t: t, srv: s, ts: ts}, f
}

var reStep = regexp.MustCompile(`name="step" value="([0-9]+)"`)

// points posts an allocation on the current step page.
func (p *phone) points(a ...string) *phone {
	p.site.t.Helper()
	form := url.Values{"csrf": {p.field(reCSRF)}, "step": {p.field(reStep)}}
	for i, v := range a {
		form.Set("p"+strconv.Itoa(i+1), v)
	}
	return p.post("/answer", form)
}

// TestCultureWholeFlow walks both passes of the built-in set (six
// dimensions, so twelve steps) from joining to the result, going back
// once across the border between the passes.
func TestCultureWholeFlow(t *testing.T) {
	s, f := newCultureSite(t, 10)
	p := s.phone()
	p.get("/j/7k3q")
	p.want(`value="7K3Q"`, "Meedoen", "<title>Meedoen · "+escaped(f.set.Title)+"</title>")
	p.post("/join", url.Values{"csrf": {p.field(reCSRF)}, "code": {"7k3q"}, "name": {"Anna <b>"}})
	p.at("/q")
	n := len(f.set.Dimensions)
	d := f.set.Dimensions[0]
	p.want("Stap 1 van "+strconv.Itoa(2*n), "Zo is het nu · onderwerp 1 van "+strconv.Itoa(n),
		"<legend>"+escaped(d.Title)+"</legend>", escaped(strings.TrimSpace(d.Descriptions[profile.Ondernemer])),
		`type="number" id="p1" name="p1" value="" min="0" max="10"`, "samen moeten ze precies 10 zijn",
		`aria-describedby="sum"`, `lang="nl"`)
	p.wantNot(`formaction="/back"`) // nothing to go back to
	if got := f.part(1); got.name != "Anna <b>" || got.via != room.ViaWeb {
		t.Errorf("joined as %+v", got)
	}
	t.Logf("step page: %d bytes", len(p.body))

	// The Now pass: 6 2 2 for every dimension.
	for i := range n {
		p.points("6", "2", "2")
		if i < n-1 {
			p.at("/q?saved=" + strconv.Itoa(i+1))
			p.want("Je punten voor stap "+strconv.Itoa(i+1)+" zijn bewaard.", `formaction="/back"`)
		}
	}
	p.want("Zo zou je het willen · onderwerp 1 van "+strconv.Itoa(n), "Nu nog eens")
	// Back over the border shows the last Now step with its points.
	p.post("/back", url.Values{"csrf": {p.field(reCSRF)}})
	p.at("/q")
	p.want("Stap "+strconv.Itoa(n)+" van", "Zo is het nu · onderwerp "+strconv.Itoa(n), `name="p1" value="6"`, `name="p3" value="2"`)
	p.points("4", "4", "2") // changed on the way back
	// The Desired pass: 2 3 5 (an empty field is 0: "", "5", "5" once).
	for i := range n {
		if i == 0 {
			p.points("", "5", "5")
			continue
		}
		p.points("2", "3", "5")
	}
	p.at("/result")
	// Now: 5×(6,2,2)+(4,4,2) = 34,14,12 of 60 → 57, 23, 20; desired:
	// (0,5,5)+5×(2,3,5) = 10,20,30 → 17, 33, 50; changes −40, +10, +30.
	p.want("Jouw beeld van de cultuur", "De cultuur, nu en gewenst", "<th scope=\"col\">nu</th>",
		`<th scope="row" class="name">Bureaucraat</th><td>57%</td><td>17%</td><td><span aria-hidden="true">▼ </span>−40 *</td>`,
		`<td>23%</td><td>33%</td><td><span aria-hidden="true">▲ </span>&#43;10 *</td>`,
		`<td>20%</td><td>50%</td>`, "* een verschil van 10 procentpunten of meer",
		"De grootste verschuiving: minder bureaucraat, van 57% nu naar 17% gewenst (−40).",
		"Je uitslag is bewaard op de laptop van de trainer.", `aria-label="Nu en gewenst per type als staafdiagram"`)
	// The picture per dimension: dimension 1 was 6 2 2 now and 0 5 5
	// desired, in points, with bars of ten per point.
	p.want("<h2>Per onderwerp, in punten</h2>", `<h3 lang="nl">`+escaped(d.Title)+"</h3>",
		`aria-label="Punten nu en gewenst per type als staafdiagram"`,
		`<span class="name">Bureaucraat</span><span>nu 6 · gewenst 0</span>`,
		`<rect class="fill now" width="60" height="10"/><rect class="track" y="16" width="100" height="2"/><rect class="fill" y="12" width="0" height="10"/>`,
		`<span class="name">Verbinder</span><span>nu 2 · gewenst 5</span>`)
	if got := strings.Count(p.body, "<h3 "); got != n {
		t.Errorf("%d dimensions pictured, want %d", got, n)
	}
	t.Logf("result page: %d bytes", len(p.body))
	if got := f.part(1); !got.finished || !got.saved {
		t.Errorf("not finished and saved: %+v", got)
	}
	if _, _, gives := f.counts(); gives != 2*n+1 {
		t.Errorf("%d allocations recorded, want %d", gives, 2*n+1)
	}
	// After the end: the step page and back lead to the result.
	p.get("/q")
	p.at("/result")
	p.post("/back", url.Values{"csrf": {csrfFor(cookieOf(t, p))}})
	p.at("/result")
	p.get("/result?lang=en")
	p.want("Your view of the culture", "The biggest shift: less of the bureaucrat", "Entrepreneur")
}

// escaped is s as html/template writes it in an element.
func escaped(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")
	return r.Replace(s)
}

// TestCultureWrongSum: a wrong sum, a number out of range or not a number
// shows the form again with the message and the numbers given, and
// records nothing.
func TestCultureWrongSum(t *testing.T) {
	s, f := newCultureSite(t, 10)
	p := s.phone().join("")
	cases := []struct {
		a    []string
		want []string
	}{
		{[]string{"5", "3", "1"}, []string{"Niet bewaard: je hebt 9 van de 10 punten verdeeld; er is nog 1 punt over om te geven.",
			`name="p1" value="5"`, `name="p2" value="3"`, `name="p3" value="1"`}},
		{[]string{"5", "5", "5"}, []string{"Niet bewaard: je hebt 15 punten verdeeld, maar er zijn er 10; haal er 5 weg.", `name="p3" value="5"`}},
		{[]string{"", "", ""}, []string{"er zijn er nog 10 over", `name="p1" value=""`}},
		{[]string{"11", "0", "-1"}, []string{"elk getal moet een heel getal van 0 tot en met 10 zijn",
			`name="p1" value="11" min="0" max="10" step="1" inputmode="numeric" autocomplete="off" aria-describedby="sum" aria-invalid="true"`}},
		{[]string{"2.5", "<b>x", "99999999999999999999"}, []string{"van 0 tot en met 10", `value="2.5"`, `value="&lt;b&gt;x"`, `value="99999999"`}},
	}
	for _, c := range cases {
		p.points(c.a...)
		if p.code != http.StatusUnprocessableEntity {
			t.Errorf("%v: status %d, want 422", c.a, p.code)
		}
		p.at("/answer")
		p.want(append(c.want, "Stap 1 van", `role="alert"`)...)
		p.wantNot("<b>x", "is bewaard")
	}
	if _, _, gives := f.counts(); gives != 0 {
		t.Errorf("wrong sums recorded %d allocations", gives)
	}
	// The form shown again still works.
	p.points("10", "0", "0")
	p.at("/q?saved=1")
	p.want("Stap 2 van")
	if got := f.part(1); len(got.ops) != 1 || got.ops[0].a != (culture.Allocation{10, 0, 0}) {
		t.Errorf("recorded %+v", got.ops)
	}
	// In English.
	p.get("/q?lang=en")
	p.points("1", "1", "1")
	p.want("Not saved: you have given 3 of the 10 points; 7 are still left to give.", "Step 2 of")
}

// TestCultureBack: back keeps the points given there, is not offered on
// the first step, and a stale form (of the step before a back) records
// nothing.
func TestCultureBack(t *testing.T) {
	s, f := newCultureSite(t, 10)
	p := s.phone().join("")
	p.points("7", "2", "1")
	stale := url.Values{"csrf": {p.field(reCSRF)}, "step": {p.field(reStep)}, "p1": {"3"}, "p2": {"3"}, "p3": {"4"}}
	p.post("/back", url.Values{"csrf": {p.field(reCSRF)}})
	p.at("/q")
	p.want("Stap 1 van", `name="p1" value="7"`, `name="p2" value="2"`, `name="p3" value="1"`)
	p.wantNot(`formaction="/back"`)
	// Back at the first step does nothing.
	p.post("/back", url.Values{"csrf": {p.field(reCSRF)}})
	p.want("Stap 1 van")
	// The page of step 2 posted now: stale, nothing recorded.
	p.post("/answer", stale)
	p.want("verouderd", "Stap 1 van")
	if _, _, gives := f.counts(); gives != 1 {
		t.Errorf("gives %d, want 1", gives)
	}
	// Changing the answer on the way back.
	p.points("5", "3", "2")
	p.want("Stap 2 van")
	if sv, _ := f.Survey(1); sv.Step() != 1 || sv.Allocations(culture.Now)[0] != (culture.Allocation{5, 3, 2}) {
		t.Errorf("survey at %d with %v", sv.Step(), sv.Allocations(culture.Now))
	}
	// A double tap: the same post twice counts once and is confirmed
	// twice; the same step with other points is an old page.
	form := url.Values{"csrf": {p.field(reCSRF)}, "step": {p.field(reStep)}, "p1": {"4"}, "p2": {"4"}, "p3": {"2"}}
	p.post("/answer", form)
	p.want("Stap 3 van", "Je punten voor stap 2 zijn bewaard.")
	p.post("/answer", form)
	p.want("Stap 3 van", "Je punten voor stap 2 zijn bewaard.")
	p.wantNot("verouderd")
	form.Set("p1", "3")
	form.Set("p3", "3")
	p.post("/answer", form)
	p.want("verouderd", "Stap 3 van")
	if _, _, gives := f.counts(); gives != 3 {
		t.Errorf("gives %d, want 3", gives)
	}
	if sv, _ := f.Survey(1); sv.Allocations(culture.Now)[1] != (culture.Allocation{4, 4, 2}) {
		t.Errorf("step 2 holds %v", sv.Allocations(culture.Now)[1])
	}
}

// TestCultureResumeByCookie: a reload brings the participant back; a
// restarted server (live --resume: a new Server on the same room) keeps
// them by their cookies without a new join; another browser is someone
// new; a made-up pass cookie lets nobody in.
func TestCultureResumeByCookie(t *testing.T) {
	s, f := newCultureSite(t, 10)
	p := s.phone().join("Bo")
	p.points("6", "2", "2")
	p.get("/j/" + string(testCode))
	p.at("/q")
	p.want("Stap 2 van")

	s2, err := NewCulture(CultureConfig{Room: f, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	s.ts.Config.Handler = s2.Handler()
	p.get("/")
	p.at("/q")
	p.want("Stap 2 van")
	p.points("5", "3", "2")
	p.want("Stap 3 van")
	if parts, joins, _ := f.counts(); parts != 1 || joins != 1 {
		t.Errorf("%d participants, %d joins: the restart made a new one", parts, joins)
	}
	if got := f.part(1); got.name != "Bo" {
		t.Errorf("name %q after the restart", got.name)
	}

	// Another browser is someone new.
	q := s.phone().join("")
	q.want("Stap 1 van")
	// A browser with a token and a forged pass never gets in.
	r := s.phone()
	r.get("/")
	u, _ := url.Parse(s.ts.URL)
	r.c.Jar.SetCookies(u, []*http.Cookie{{Name: passCookie, Value: strings.Repeat("0", 32), Path: "/"}})
	r.get("/q")
	r.at("/")
	r.want("Vul de code in")
	// A pass of another token is no pass either.
	r.c.Jar.SetCookies(u, []*http.Cookie{{Name: passCookie, Value: passFor(testCode, cookieOf(t, p)), Path: "/"}})
	r.get("/q")
	r.at("/")
	if parts, _, _ := f.counts(); parts != 2 {
		t.Errorf("%d participants, want 2", parts)
	}
	// Forged passes cost join tries.
	limited := false
	for range 15 {
		r.get("/q")
		if r.code == http.StatusTooManyRequests {
			limited = true
			break
		}
	}
	if !limited {
		t.Error("15 forged passes in a row were never limited")
	}
}

// TestCultureRefusals: the quiz mode's refusals hold here too: the wrong
// code, a full or locked room, a missing cookie, a foreign origin, an
// oversized form, the headers, a journal that cannot be written, a save
// that fails, a closed room.
func TestCultureRefusals(t *testing.T) {
	s, f := newCultureSite(t, 1)
	a := s.phone()
	a.get("/")
	csrf := a.field(reCSRF)
	a.post("/join", url.Values{"csrf": {csrf}, "code": {"9999"}})
	a.want("niet de code van deze sessie")
	a.post("/join", url.Values{"csrf": {csrf}, "code": {"<script>"}})
	a.wantNot("<script>")
	if parts, _, _ := f.counts(); parts != 0 {
		t.Fatal("joined with a wrong code")
	}
	a.join("A")
	a.want("Stap 1 van")
	b := s.phone().join("B")
	b.want("De sessie is vol.")
	f.mu.Lock()
	f.locked, f.max = true, 5
	f.mu.Unlock()
	c := s.phone().join("C")
	c.want("gesloten voor nieuwe deelnemers")
	a.get("/")
	a.want("Stap 1 van") // who was in comes back in

	// No cookie, a stale form token, another site, too big a form.
	nc := s.phone()
	nc.c.Jar = nil
	nc.get("/")
	nc.post("/join", url.Values{"csrf": {nc.field(reCSRF)}, "code": {string(testCode)}})
	nc.want("sta cookies toe")
	a.post("/answer", url.Values{"csrf": {"00"}, "step": {"0"}, "p1": {"10"}})
	a.want("verouderd", "Stap 1 van")
	req, _ := http.NewRequest("POST", s.ts.URL+"/answer", strings.NewReader(url.Values{"csrf": {a.field(reCSRF)}, "step": {"0"}, "p1": {"10"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	a.do(req)
	if a.code != http.StatusForbidden {
		t.Errorf("foreign origin: %d", a.code)
	}
	a.get("/q")
	a.post("/answer", url.Values{"csrf": {a.field(reCSRF)}, "step": {"0"}, "p1": {strings.Repeat("1", 10<<10)}})
	if a.code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized: %d", a.code)
	}
	for _, path := range []string{"/", "/q", "/style.css", "/nope", "/result"} {
		resp, err := a.c.Get(s.ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.Header.Get("Content-Security-Policy") != csp || resp.Header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", path, resp.Header)
		}
	}
	if _, _, gives := f.counts(); gives != 0 {
		t.Errorf("refused posts recorded %d allocations", gives)
	}

	// A journal that cannot be written: never confirmed.
	f.mu.Lock()
	f.failGive = true
	f.mu.Unlock()
	a.get("/q")
	a.points("10", "0", "0")
	a.want("NIET bewaard", "Stap 1 van")
	a.wantNot("zijn bewaard")
	f.mu.Lock()
	f.failGive, f.failSave = false, true
	f.mu.Unlock()
	for range 2 * len(f.set.Dimensions) {
		a.points("4", "3", "3")
	}
	// The last step given but the save failed: the result is shown with
	// the problem and a way to try again.
	a.at("/result")
	a.want("je uitslag kon niet worden opgeslagen", "Opnieuw bewaren", "De cultuur, nu en gewenst")
	a.wantNot("is bewaard op de laptop")
	f.mu.Lock()
	f.failSave = false
	f.mu.Unlock()
	a.post("/finish", url.Values{"csrf": {a.field(reCSRF)}})
	a.at("/result")
	a.want("Je uitslag is bewaard op de laptop van de trainer.")

	// A closed room says so.
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	a.get("/q")
	a.want("De sessie is afgesloten")
	if a.code != http.StatusServiceUnavailable {
		t.Errorf("closed: %d", a.code)
	}
}

func TestNewCultureNeedsRoom(t *testing.T) {
	if _, err := NewCulture(CultureConfig{}); err == nil {
		t.Error("no error without a room")
	}
	f := newFakeCulture(t, 1)
	f.set = &culture.Set{}
	if _, err := NewCulture(CultureConfig{Room: f, Secret: testSecret}); err == nil {
		t.Error("no error for a set without dimensions")
	}
}

// TestCultureEscaped: texts from a culture file reach the page escaped.
func TestCultureEscaped(t *testing.T) {
	s, f := newCultureSite(t, 10)
	set := *f.set
	set.Title = "<i>Set</i>"
	set.Dimensions = append([]culture.Dimension(nil), set.Dimensions...)
	set.Dimensions[0].Title = "<script>alert(1)</script>"
	set.Dimensions[0].Descriptions[0] = `"><img src=x onerror=alert(1)>`
	f.set = &set
	srv, err := NewCulture(CultureConfig{Room: f, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	s.ts.Config.Handler = srv.Handler()
	p := s.phone().join("")
	p.want("&lt;script&gt;", "&lt;img src=x", "&lt;i&gt;Set&lt;/i&gt;")
	p.wantNot("<script>", "<img", "<i>Set")
}

// TestCultureRefusedAfterRestart: a pass cookie of a room that no longer
// knows the participant (another room with the same code, locked) leads
// to the join page with the room's refusal, never into the survey.
func TestCultureRefusedAfterRestart(t *testing.T) {
	s, _ := newCultureSite(t, 10)
	p := s.phone().join("")
	p.want("Stap 1 van")
	other := newFakeCulture(t, 10)
	other.locked = true
	srv, err := NewCulture(CultureConfig{Room: other, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	s.ts.Config.Handler = srv.Handler()
	p.get("/q")
	p.at("/?code=7K3Q&e=locked")
	p.want("gesloten voor nieuwe deelnemers", `value="7K3Q"`)
	if parts, _, _ := other.counts(); parts != 0 {
		t.Errorf("%d joined a locked room", parts)
	}
}

// TestCultureConcurrent: 20 phones fill in the whole survey at once (run
// with -race); every one ends with their own result.
func TestCultureConcurrent(t *testing.T) {
	s, f := newCultureSite(t, 100)
	s.srv.unlimit()
	n := 2 * len(f.set.Dimensions)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			p := s.phone().join("P" + strconv.Itoa(i))
			for range n {
				p.points(strconv.Itoa(i%11), strconv.Itoa(10-i%11), "0")
			}
			p.at("/result")
			p.want("Jouw beeld van de cultuur")
		})
	}
	wg.Wait()
	parts, _, gives := f.counts()
	if parts != 20 || gives != 20*n {
		t.Errorf("%d participants, %d allocations; want 20, %d", parts, gives, 20*n)
	}
	for id := range parts {
		if !f.part(room.ParticipantID(id + 1)).saved {
			t.Errorf("participant %d not saved", id+1)
		}
	}
}

// BenchmarkCultureGive: each iteration is one step given from a phone
// (the post, its redirect and the next page) against the in-memory fake
// room, so it measures the web side only; a new phone starts when a
// survey is done. Run with go test -run - -bench CultureGive ./serve/webjoin.
func BenchmarkCultureGive(b *testing.B) {
	f := &fakeCulture{set: quiztest.Culture(b, i18n.NL), code: testCode, max: 1 << 30, byKey: map[string]room.ParticipantID{}}
	srv, err := NewCulture(CultureConfig{Room: f, Secret: testSecret})
	if err != nil {
		b.Fatal(err)
	}
	srv.unlimit()
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	n := 2 * len(f.set.Dimensions)
	var p *bphone
	var csrf string
	step := n
	for b.Loop() {
		if step == n {
			b.StopTimer()
			p = benchPhone(ts.URL)
			if err := p.do("GET", "/", nil); err != nil {
				b.Fatal(err)
			}
			csrf = reCSRF.FindStringSubmatch(p.body)[1]
			if err := p.do("POST", "/join", url.Values{"csrf": {csrf}, "code": {string(testCode)}}); err != nil {
				b.Fatal(err)
			}
			step = 0
			b.StartTimer()
		}
		if err := p.do("POST", "/answer", url.Values{"csrf": {csrf}, "step": {strconv.Itoa(step)}, "p1": {"5"}, "p2": {"3"}, "p3": {"2"}}); err != nil {
			b.Fatal(err)
		}
		step++
	}
}
