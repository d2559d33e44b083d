package webjoin

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
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

// cultureRoom is a live room running the culture survey of the
// built-in set, in a session folder of the test, with what the tests
// check of it.
type cultureRoom struct {
	*room.Room
	set *culture.Set
	dir string
}

// newCultureRoom opens a culture room of set (the built-in one when nil)
// with the test's code and a cap of max.
func newCultureRoom(t testing.TB, set *culture.Set, max int) *cultureRoom {
	t.Helper()
	if set == nil {
		set = quiztest.Culture(t, i18n.NL)
	}
	dir := filepath.Join(t.TempDir(), "session")
	r, err := room.New(room.Config{Activity: room.Culture(set), Dir: dir, Code: testCode, MaxParticipants: max, Language: i18n.NL})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return &cultureRoom{Room: r, set: set, dir: dir}
}

// cultureView is what the tests check of one participant.
type cultureView struct {
	name, via string
	finished  bool
}

// part returns participant id as the room lists them.
func (f *cultureRoom) part(id room.ParticipantID) cultureView {
	v, _ := f.Participant(id)
	return cultureView{name: v.Name, via: v.Via, finished: v.Done}
}

// counts are the participants, the joins that changed something (a new
// participant, a new name) and the allocations recorded (new or changed).
func (f *cultureRoom) counts() (parts, joins, gives int) {
	events, _ := f.Events(0)
	for _, e := range events {
		switch e.Kind {
		case room.Joined, room.Rejoined:
			joins++
		case room.Answered:
			gives++
		}
	}
	return len(f.Snapshot().Participants), joins, gives
}

// saved is the number of result files in the session folder.
func (f *cultureRoom) saved(t testing.TB) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(f.dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	return len(files)
}

// failSaves makes saving a result fail (the session folder's place holds
// a file; the journal, open already, is still written) until the
// returned function puts the folder back.
func (f *cultureRoom) failSaves(t testing.TB) (restore func()) {
	t.Helper()
	away := f.dir + ".away"
	if err := os.Rename(f.dir, away); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f.dir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return func() {
		if err := os.Remove(f.dir); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(away, f.dir); err != nil {
			t.Fatal(err)
		}
	}
}

// newCultureSite is a culture room with its web server.
func newCultureSite(t *testing.T, max int) (*site, *cultureRoom) {
	t.Helper()
	f := newCultureRoom(t, nil, max)
	s, err := New(Config{Room: f.Room, Logf: t.Logf, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &site{t: t, room: f.Room, srv: s, ts: ts}, f
}

// restart serves r from a new Server at the site's address, as `live
// --resume` does after a restart: the same secret, a fresh memory.
func (s *site) restart(r *room.Room) {
	s.t.Helper()
	srv, err := New(Config{Room: r, Secret: testSecret})
	if err != nil {
		s.t.Fatal(err)
	}
	s.ts.Config.Handler = srv.Handler()
	s.room, s.srv = r, srv
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
	if got := f.part(1); !got.finished || f.saved(t) != 1 {
		t.Errorf("not finished and saved: %+v, %d files", got, f.saved(t))
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
	if sv, _ := f.Survey(1); sv.Step() != 1 || sv.Allocations(culture.Now)[0] != (culture.Allocation{10, 0, 0}) {
		t.Errorf("survey at %d with %v", sv.Step(), sv.Allocations(culture.Now))
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
// them by their cookie without a new join; another browser is someone
// new; a browser with a token the room does not know gets the join page.
func TestCultureResumeByCookie(t *testing.T) {
	s, f := newCultureSite(t, 10)
	p := s.phone().join("Bo")
	p.points("6", "2", "2")
	p.get("/j/" + string(testCode))
	p.at("/q")
	p.want("Stap 2 van")

	s.restart(f.Room)
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
	// A browser with a token that never joined never gets in.
	r := s.phone()
	r.get("/")
	r.get("/q")
	r.at("/")
	r.want("Vul de code in")
	if parts, _, _ := f.counts(); parts != 2 {
		t.Errorf("%d participants, want 2", parts)
	}
}

// TestCultureRefusals: the quiz mode's refusals hold here too: the wrong
// code, a full or locked room, a missing cookie, a foreign origin, an
// oversized form, the headers, a save that fails, a closed room.
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
	b.want("De sessie is vol (1 deelnemers).")
	if err := f.Lock(true); err != nil {
		t.Fatal(err)
	}
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

	a.get("/q")
	restore := f.failSaves(t)
	for range 2 * len(f.set.Dimensions) {
		a.points("4", "3", "3")
	}
	// The last step given but the save failed: the result is shown with
	// the problem and a way to try again.
	a.at("/result")
	a.want("je uitslag kon niet worden opgeslagen", "Opnieuw bewaren", "De cultuur, nu en gewenst")
	a.wantNot("is bewaard op de laptop")
	restore()
	a.post("/finish", url.Values{"csrf": {a.field(reCSRF)}})
	a.at("/result")
	a.want("Je uitslag is bewaard op de laptop van de trainer.")

	// A closed room says so.
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	a.get("/q")
	a.want("De sessie is afgesloten")
	if a.code != http.StatusServiceUnavailable {
		t.Errorf("closed: %d", a.code)
	}
}

// TestCultureDownload: the culture result is kept as a file the same
// way as the quiz's mix (keep.go): an attachment with its own name, the
// table and the stylesheet inline, and nothing that points anywhere.
func TestCultureDownload(t *testing.T) {
	s, f := newCultureSite(t, 10)
	p := s.phone().join("Anna")
	p.get("/result/download")
	p.at("/q") // not before the end
	for range 2 * len(f.set.Dimensions) {
		p.points("4", "3", "3")
	}
	p.at("/result")
	p.want(`href="/result/download" download`, "Bewaar mijn uitslag als bestand")
	resp, body := p.getRaw("/result/download")
	if cd := resp.Header.Get("Content-Disposition"); !regexp.MustCompile(`^attachment; filename="mijn-cultuurbeeld-\d{4}-\d\d-\d\d\.html"$`).MatchString(cd) {
		t.Errorf("Content-Disposition %q", cd)
	}
	for _, want := range []string{"<style>", "Jouw beeld van de cultuur", "Uitslag van Anna", "De cultuur, nu en gewenst", "Per onderwerp, in punten", "zonder internet"} {
		if !strings.Contains(body, want) {
			t.Errorf("download lacks %q", want)
		}
	}
	for _, bad := range []string{"http:", "https:", "href", "src=", "<link", "<script", "<form", "action=", "/style.css"} {
		if strings.Contains(body, bad) {
			t.Errorf("download has %q", bad)
		}
	}
	// The personal link (for a participant in a terminal) shows the same.
	link := s.srv.ResultLink(1)
	x := s.phone()
	x.get(link)
	if x.code != http.StatusOK {
		t.Fatalf("link: %d", x.code)
	}
	x.want("Jouw beeld van de cultuur", "De cultuur, nu en gewenst", `href="`+link+`/download"`)
}

// TestCultureEscaped: texts from a culture file reach the page escaped.
func TestCultureEscaped(t *testing.T) {
	s, f := newCultureSite(t, 10)
	set := *f.set
	set.Title = "<i>Set</i>"
	set.Dimensions = append([]culture.Dimension(nil), set.Dimensions...)
	set.Dimensions[0].Title = "<script>alert(1)</script>"
	set.Dimensions[0].Descriptions[0] = `"><img src=x onerror=alert(1)>`
	s.restart(newCultureRoom(t, &set, 10).Room)
	p := s.phone().join("")
	p.want("&lt;script&gt;", "&lt;img src=x", "&lt;i&gt;Set&lt;/i&gt;")
	p.wantNot("<script>", "<img", "<i>Set")
}

// TestCultureRefusedAfterRestart: a cookie of a room that no longer
// knows the participant (another room with the same code, locked) leads
// to the join page, which says the room's refusal on joining, never into
// the survey.
func TestCultureRefusedAfterRestart(t *testing.T) {
	s, _ := newCultureSite(t, 10)
	p := s.phone().join("")
	p.want("Stap 1 van")
	other := newCultureRoom(t, nil, 10)
	if err := other.Lock(true); err != nil {
		t.Fatal(err)
	}
	s.restart(other.Room)
	p.get("/q")
	p.at("/")
	p.join("")
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
	if got := f.saved(t); got != parts {
		t.Errorf("%d results saved, want %d", got, parts)
	}
}

// BenchmarkCultureGive: each iteration is one step given from a phone
// (the post, its redirect and the next page) against a room in a
// temporary folder, so it measures the web side and the journal's sync;
// a new phone starts when a survey is done. Run with go test -run - -bench CultureGive ./serve/webjoin.
func BenchmarkCultureGive(b *testing.B) {
	f := newCultureRoom(b, nil, 1<<30)
	srv, err := New(Config{Room: f.Room, Secret: testSecret})
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
