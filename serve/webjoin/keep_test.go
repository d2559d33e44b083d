package webjoin

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/quiz/quiztest"
)

// finishWeb joins a phone as name and answers all three scenarios.
func finishWeb(t *testing.T, s *site, name string) *phone {
	t.Helper()
	p := s.phone()
	p.join(name)
	p.answer("0")
	p.answer("1")
	p.answer("2")
	p.at("/result")
	return p
}

// getRaw fetches path with p's cookies and returns the response with its
// body read.
func (p *phone) getRaw(path string) (*http.Response, string) {
	p.site.t.Helper()
	req, _ := http.NewRequest("GET", p.site.ts.URL+path, nil)
	resp, err := p.c.Do(req)
	if err != nil {
		p.site.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// wantSelfContained checks a downloaded result: an attachment, the
// chart, the headline and the profiles, the stylesheet inline, the name
// escaped, and no address of any kind.
func wantSelfContained(t *testing.T, resp *http.Response, body string) {
	t.Helper()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("download: %d\n%s", resp.StatusCode, body)
	}
	if cd := resp.Header.Get("Content-Disposition"); !regexp.MustCompile(`^attachment; filename="mijn-mix-\d{4}-\d\d-\d\d\.html"$`).MatchString(cd) {
		t.Errorf("Content-Disposition %q", cd)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	for _, want := range []string{"<style>", "--accent", "Jouw mix", `<svg viewBox="0 0 100 10"`, "Bureaucraat", "Ondernemer", "Verbinder",
		"Zo weinig situaties", "Wat je meebrengt", "Geen oordeel", "zonder internet", "In deze 3 situaties koos je"} {
		if !strings.Contains(body, want) {
			t.Errorf("download lacks %q:\n%s", want, body)
		}
	}
	for _, bad := range []string{"http:", "https:", "//", "href", "src=", "url(", "@import", "<link", "<script", "<form", "action=", "/style.css"} {
		if strings.Contains(body, bad) {
			t.Errorf("download has %q: it must work without a network and point nowhere", bad)
		}
	}
}

func TestDownloadIsSelfContained(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := finishWeb(t, s, `Anna <script>alert(1)</script> & "Bob"`)
	p.want(`href="/result/download" download`, "Bewaar mijn uitslag als bestand")
	resp, body := p.getRaw("/result/download")
	wantSelfContained(t, resp, body)
	if !strings.Contains(body, "Anna &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Bob&#34;") {
		t.Errorf("the name is not there escaped:\n%s", body)
	}
	if strings.Contains(body, "<script>") {
		t.Error("the name went in unescaped")
	}
	// The served result page itself keeps the policy: no inline style.
	r2, page := p.getRaw("/result")
	if r2.Header.Get("Content-Security-Policy") != csp || strings.Contains(page, "<style") {
		t.Errorf("result page: CSP %q, inline style %v", r2.Header.Get("Content-Security-Policy"), strings.Contains(page, "<style"))
	}
}

func TestDownloadBeforeTheEnd(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone()
	p.join("Anna")
	p.get("/result/download")
	p.at("/q")
	q := s.phone()
	q.get("/result/download") // no cookie: the join page
	q.at("/")
}

func TestPersonalLink(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	// Two participants: the link shows the one it was made for.
	a := finishWeb(t, s, "Anna")
	b := s.phone()
	b.join("Bob")
	b.answer("2")
	b.answer("2")
	b.answer("2")
	snap := s.room.Snapshot()
	var anna, bob room.ParticipantID
	for _, v := range snap.Participants {
		switch v.Name {
		case "Anna":
			anna = v.ID
		case "Bob":
			bob = v.ID
		}
	}
	link := s.srv.ResultLink(anna)
	if !regexp.MustCompile(`^/r/[a-z2-7]{20}$`).MatchString(link) {
		t.Fatalf("link %q", link)
	}
	if again := s.srv.ResultLink(anna); again != link {
		t.Errorf("a second ask gives %q, want the same %q", again, link)
	}
	if other := s.srv.ResultLink(bob); other == link {
		t.Error("two participants share a link")
	}
	if strings.Contains(link, cookieOf(t, a)) || strings.Contains(strings.ToUpper(link), strings.ToUpper(cookieOf(t, a))) {
		t.Error("the link carries the cookie token")
	}
	// A fresh browser without any cookie sees Anna's result, not Bob's.
	x := s.phone()
	x.get(link)
	if x.code != http.StatusOK {
		t.Fatalf("link: %d\n%s", x.code, x.body)
	}
	annaMix, _ := s.room.Participant(anna)
	bobMix, _ := s.room.Participant(bob)
	x.want("Jouw mix", `href="`+link+`/download"`)
	sentence := func(p *phone) string { return regexp.MustCompile(`<p class="sentence">[^<]*</p>`).FindString(p.body) }
	a.get("/result")
	if sentence(x) != sentence(a) || annaMix.Mix.Percent == bobMix.Mix.Percent {
		t.Errorf("link shows %q, Anna's page %q", sentence(x), sentence(a))
	}
	// Upper case (as in the QR code) works too.
	x.get("/R/" + strings.ToUpper(link[3:]))
	if x.code != http.StatusOK {
		t.Errorf("upper-case link: %d", x.code)
	}
	resp, body := x.getRaw(link + "/download")
	wantSelfContained(t, resp, body)
	if !strings.Contains(body, "Uitslag van Anna") {
		t.Error("the download does not say whose it is")
	}
	// Unknown secrets and the cookie token are 404.
	for _, bad := range []string{"/r/aaaaaaaaaaaaaaaaaaaa", "/r/" + cookieOf(t, a), "/r/x", "/r/" + link[3:] + "x"} {
		y := s.phone()
		y.get(bad)
		if y.code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", bad, y.code)
		}
		y.wantNot("Bureaucraat")
	}
}

func TestPersonalLinkNotFinished(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	p := s.phone()
	p.join("Anna")
	id := s.room.Snapshot().Participants[0].ID
	link := s.srv.ResultLink(id)
	p.get(link)
	if p.code != http.StatusGone {
		t.Errorf("unfinished: %d, want 410", p.code)
	}
}

func TestPersonalLinkIsRateLimited(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	fixed := time.Unix(1e9, 0)
	s.srv.joinLim.SetClock(func() time.Time { return fixed })
	p := s.phone()
	codes := map[int]int{}
	for range 12 {
		p.get("/r/aaaaaaaaaaaaaaaaaaaa")
		codes[p.code]++
	}
	if codes[http.StatusNotFound] != int(joinRate.burst) || codes[http.StatusTooManyRequests] != 12-int(joinRate.burst) {
		t.Errorf("codes %v", codes)
	}
}

// TestNoLinksWithoutRoom: a Server not made by New has no links to give.
func TestNoLinksWithoutRoom(t *testing.T) {
	s := &Server{}
	if got := s.ResultLink(1); got != "" {
		t.Errorf("link %q without a room", got)
	}
}

// TestPersonalLinkSurvivesResume: a link given out before a crash opens the
// same result after `live --resume` (the same folder, the same secret).
func TestPersonalLinkSurvivesResume(t *testing.T) {
	dir := t.TempDir()
	s := newSite(t, room.Config{NoShuffle: true, Dir: dir})
	p := s.phone()
	p.join("Anna")
	id := s.room.Snapshot().Participants[0].ID
	link := s.srv.ResultLink(id)
	if err := s.room.Close(); err != nil {
		t.Fatal(err)
	}
	r, _, err := room.Resume(dir, room.Config{Bank: quiztest.Small(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	srv, err := New(Config{Room: r, Logf: t.Logf, Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := srv.linked(strings.TrimPrefix(link, "/r/")); !ok || got != id {
		t.Errorf("the old link names %d, %v; want %d", got, ok, id)
	}
	if got := srv.ResultLink(id); got != link {
		t.Errorf("link after resume %q, before %q", got, link)
	}
}
