package webjoin

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"sync"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/serve/limit"
)

// Everyone keeps their result (issue 19). A phone participant downloads
// their result page as one self-contained HTML file (/result/download):
// the stylesheet inline, no link, image or address in it, so it opens
// from the phone's or a laptop's downloads without a network. A
// participant in a terminal gets a personal link (/r/SECRET, ResultLink)
// to the same page and download on the trainer's laptop, so they can keep
// it on their phone.
//
// The secret of a personal link is 100 random bits in base32 (20
// characters A–Z, 2–7, any case), never the cookie token. It lives in this
// server's memory only: the link works while the session runs and is gone
// when the trainer stops it.

// secretLen is the length of a link's secret: 20 base32 characters carry
// 100 bits.
const secretLen = 20

// links caches the secrets of personal links both ways. A secret is not
// drawn but derived from the server's secret (web.secret in the session
// folder) and the participant, so the same participant gets the same link
// after `live --resume`, and a link given out before a crash still works.
type links struct {
	mu     sync.Mutex
	byCode map[string]room.ParticipantID
	byID   map[room.ParticipantID]string
}

// linkSecret is participant id's secret: the first 100 bits of
// HMAC-SHA256(server secret, "result-link" + room code + id) as 20
// upper-case base32 characters (upper case so that a QR code can use its
// compact alphanumeric mode).
func (s *Server) linkSecret(id room.ParticipantID) string {
	m := hmac.New(sha256.New, s.secret)
	fmt.Fprintf(m, "result-link\x00%s\x00%d", s.room.Code(), id)
	return base32.StdEncoding.EncodeToString(m.Sum(nil))[:secretLen]
}

// ResultLink returns the path of participant id's personal result link,
// "/r/" and the secret in lower case (easier to read and type; the server
// takes any case). It returns "" on a Server not made by New.
func (s *Server) ResultLink(id room.ParticipantID) string {
	if s.room == nil {
		return ""
	}
	s.links.mu.Lock()
	defer s.links.mu.Unlock()
	return "/r/" + strings.ToLower(s.remember(id))
}

// remember caches id's secret (under links.mu) and returns it.
func (s *Server) remember(id room.ParticipantID) string {
	if code, ok := s.links.byID[id]; ok {
		return code
	}
	if s.links.byCode == nil {
		s.links.byCode = map[string]room.ParticipantID{}
		s.links.byID = map[room.ParticipantID]string{}
	}
	code := s.linkSecret(id)
	s.links.byCode[code] = id
	s.links.byID[id] = code
	return code
}

// linked is the participant a link's secret names. A secret not cached
// yet (a link from before a resume) is looked for among the room's
// participants.
func (s *Server) linked(secret string) (room.ParticipantID, bool) {
	if len(secret) != secretLen || s.room == nil {
		return 0, false
	}
	secret = strings.ToUpper(secret)
	s.links.mu.Lock()
	defer s.links.mu.Unlock()
	if id, ok := s.links.byCode[secret]; ok {
		return id, true
	}
	for _, p := range s.room.Snapshot().Participants {
		if _, known := s.links.byID[p.ID]; !known && hmac.Equal([]byte(s.remember(p.ID)), []byte(secret)) {
			return p.ID, true
		}
	}
	return 0, false
}

// keepRoutes adds the download and the personal links to the site.
// /R/ is there because a QR code carries the link in upper case.
func (s *Server) keepRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /result/download", s.download)
	mux.HandleFunc("GET /r/{secret}", s.linkPage)
	mux.HandleFunc("GET /R/{secret}", s.linkPage)
	mux.HandleFunc("GET /r/{secret}/download", s.linkDownload)
}

// download sends the cookie's participant their finished result as a
// file; before the end it goes to their step.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	if !s.limited(w, r, s.actLim) {
		return
	}
	v, ok := s.participant(w, r)
	if !ok {
		return
	}
	if !v.Done {
		see(w, r, "/q")
		return
	}
	s.sendKeep(w, v, s.langOf(nil, r))
}

// linkPage shows a personal link's result page. An unknown secret is 404,
// a participant the room no longer knows (a new round, a closed room) or
// who has not finished is 410.
func (s *Server) linkPage(w http.ResponseWriter, r *http.Request) {
	v, ok := s.linkedResult(w, r)
	if !ok {
		return
	}
	l := s.langOf(w, r)
	p := s.newPage(l, s.words.heading.In(l))
	body, ok := s.part.result(s, p, v.ID)
	if !ok {
		s.plain(w, r, http.StatusGone, txtLinkGone)
		return
	}
	p.Kept, p.Download = txtResultKep.In(l), txtDownload.In(l)
	p.DownloadHref = "/r/" + strings.ToLower(r.PathValue("secret")) + "/download"
	s.renderResult(w, "result", p, body)
}

// linkDownload is the download of a personal link.
func (s *Server) linkDownload(w http.ResponseWriter, r *http.Request) {
	v, ok := s.linkedResult(w, r)
	if !ok {
		return
	}
	s.sendKeep(w, v, s.langOf(nil, r))
}

// linkedResult is the finished participant a personal link names, under
// the join limit (a secret is something one could try to guess);
// otherwise it has answered 429, 404 or 410 and ok is false.
func (s *Server) linkedResult(w http.ResponseWriter, r *http.Request) (room.ParticipantView, bool) {
	if !s.limited(w, r, s.joinLim) {
		return room.ParticipantView{}, false
	}
	id, ok := s.linked(r.PathValue("secret"))
	if !ok {
		s.plain(w, r, http.StatusNotFound, txtNoLink)
		return room.ParticipantView{}, false
	}
	v, err := s.room.Participant(id)
	if err != nil || !v.Done {
		if errors.Is(err, room.ErrClosed) {
			s.closedPage(w, r)
		} else {
			s.plain(w, r, http.StatusGone, txtLinkGone)
		}
		return room.ParticipantView{}, false
	}
	return v, true
}

// limited takes a token from lim for the client's address; without one
// it answers 429 and returns false.
func (s *Server) limited(w http.ResponseWriter, r *http.Request, lim *limit.PerAddr) bool {
	if lim.Allow(clientIP(r)) {
		return true
	}
	s.logLimited(r.URL.Path)
	w.Header().Set("Retry-After", "2")
	s.plain(w, r, http.StatusTooManyRequests, txtTooMany)
	return false
}

// keepPage is what the downloaded file says besides the result: whose it
// is and when it was made.
type keepPage struct {
	Who, Made string
}

// now is the clock of the downloaded file's date; tests may set it.
var now = time.Now

// sendKeep answers with finished participant v's result as a file to
// keep: the result page's own body (the part's template) with the
// stylesheet inline and nothing that points anywhere, as an attachment.
func (s *Server) sendKeep(w http.ResponseWriter, v room.ParticipantView, l i18n.Lang) {
	heading := s.words.heading.In(l)
	p := s.newPage(l, heading)
	body, ok := s.part.result(s, p, v.ID)
	if !ok {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p.Kept = txtResultKep.In(l)
	p.CSS = template.CSS(s.css)
	p.Keep = &keepPage{Made: txtMade.F(l, now().Format("2006-01-02"))}
	if v.Name != "" {
		p.Keep.Who = txtWho.F(l, v.Name)
		p.Title = heading + " · " + v.Name + " · " + p.SiteTitle
	}
	h := w.Header()
	h.Set("Content-Disposition", `attachment; filename="`+s.words.file.F(l, now().Format("2006-01-02"))+`"`)
	s.renderResult(w, "keep", p, body)
}

// The words of keeping a result.
var (
	txtDownload = i18n.Text{NL: "Bewaar mijn uitslag als bestand", EN: "Keep my result as a file"}
	txtWho      = i18n.Text{NL: "Uitslag van %s", EN: "Result of %s"}
	txtMade     = i18n.Text{NL: "Gemaakt op %s met De ideale ambtenaar. Dit bestand werkt zonder internet.", EN: "Made on %s with The ideal civil servant. This file works without internet."}
	// txtFileName is the downloaded quiz result's name (ASCII, no
	// quotes), with the date.
	txtFileName = i18n.Text{NL: "mijn-mix-%s.html", EN: "my-mix-%s.html"}
	txtNoLink   = i18n.Text{
		NL: "Deze link bestaat niet. Kijk of je hem goed hebt overgenomen van je terminal.",
		EN: "This link does not exist. Check that you copied it correctly from your terminal."}
	txtLinkGone = i18n.Text{
		NL: "Deze link werkt niet meer: er is een nieuwe ronde begonnen. Je uitslag staat op de laptop van de trainer.",
		EN: "This link no longer works: a new round has started. Your result is on the trainer's laptop."}
)
