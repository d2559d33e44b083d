package webjoin

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/room"
)

// Session fixation: a token the client chose, even a well-formed one, is
// replaced at the join page and never becomes the participant's key; a
// post with it is refused as a missing cookie.
func TestClientChosenTokenIsReplaced(t *testing.T) {
	s := newSite(t, room.Config{NoShuffle: true})
	u, _ := url.Parse(s.ts.URL)
	for _, chosen := range []string{
		strings.Repeat("ab", 16), // the old format: 32 lower-case hex
		strings.Repeat("cd", 32), // the new length, a made-up check half
	} {
		p := s.phone()
		p.c.Jar.SetCookies(u, []*http.Cookie{{Name: tokenCookie, Value: chosen, Path: "/"}})
		p.get("/j/" + string(testCode))
		var got string
		for _, c := range p.c.Jar.Cookies(u) {
			if c.Name == tokenCookie {
				got = c.Value
			}
		}
		if got == chosen || !s.srv.validToken(got) {
			t.Errorf("chosen token %q: the browser now holds %q", chosen, got)
		}
		p.post("/join", url.Values{"csrf": {p.field(reCSRF)}, "code": {string(testCode)}, "name": {"Anna"}})
		p.at("/q")
		if _, ok := s.room.Lookup(chosen); ok {
			t.Errorf("the chosen token %q became a participant's key", chosen)
		}
		if _, ok := s.room.Lookup(got); !ok {
			t.Errorf("the issued token is not the participant's key")
		}
		// A post that brings the chosen token (and the form token that
		// goes with it) is refused.
		req, _ := http.NewRequest("POST", s.ts.URL+"/join", strings.NewReader(url.Values{
			"csrf": {csrfFor(chosen)}, "code": {string(testCode)}, "name": {"Eve"}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.AddCookie(&http.Cookie{Name: tokenCookie, Value: chosen})
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if loc := resp.Header.Get("Location"); !strings.Contains(loc, "e=cookie") {
			t.Errorf("a post with a chosen token: %d to %q", resp.StatusCode, loc)
		}
	}
}

// Tokens survive a new server with the same secret (live --resume).
func TestTokenSurvivesSameSecret(t *testing.T) {
	s := newSite(t, room.Config{})
	secret := []byte("0123456789abcdef0123456789abcdef")
	a, err := New(Config{Room: s.room, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{Room: s.room, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	tok := a.newToken()
	other, _ := New(Config{Room: s.room})
	if !b.validToken(tok) || other.validToken(tok) {
		t.Errorf("token %q: same secret %v, other secret %v", tok, b.validToken(tok), other.validToken(tok))
	}
}

// testSecret is the token secret of the test servers, so that a restarted
// server (as after live --resume) knows the phones' tokens.
var testSecret = []byte("test secret of webjoin, 32 bytes")

// unlimit lifts the rate limits, for tests that play many phones from one
// address.
func (s *Server) unlimit() {
	u := rate{burst: 1e9, perSecond: 1e9}
	s.joinLim, s.actLim, s.getLim = newLimiter(u, maxClients), newLimiter(u, maxClients), newLimiter(u, maxClients)
}
