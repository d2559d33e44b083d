package webjoin

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/serve/limit"
)

// Cookie names. The token is the participant's key in the room; the
// language cookie only remembers a choice made with ?lang=.
const (
	tokenCookie = "ia_token"
	langCookie  = "ia_lang"
	// tokenAge keeps the token for a day: a workshop, with lunch in it.
	tokenAge = 24 * 60 * 60
)

// Participant tokens are issued by the server, never adopted: a token is
// 16 random bytes and the first 16 bytes of their HMAC-SHA256 under the
// server's secret, in lower-case hex (64 characters). A cookie the client
// made up, even a well-formed one, fails the check and is replaced at the
// join page, so nobody can plant a token they know in someone else's
// browser and then act as them (session fixation). The secret lives in
// the session folder (Config.Secret), so tokens survive `live --resume`.
const tokenBytes = 16

// newToken issues a participant's token.
func (s *Server) newToken() string {
	var b [tokenBytes]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:]) + hex.EncodeToString(s.tokenMAC(b[:]))
}

// tokenMAC is the check half of a token with random half b.
func (s *Server) tokenMAC(b []byte) []byte {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte("ideale-ambtenaar webjoin token\x00"))
	m.Write(b)
	return m.Sum(nil)[:tokenBytes]
}

// validToken reports whether t is a token this server (or its session
// before a resume) issued.
func (s *Server) validToken(t string) bool {
	if len(t) != 4*tokenBytes || strings.ToLower(t) != t {
		return false
	}
	raw, err := hex.DecodeString(t)
	return err == nil && hmac.Equal(raw[tokenBytes:], s.tokenMAC(raw[:tokenBytes]))
}

// token returns the request's participant token, or "" when it has none
// or one the server did not issue.
func (s *Server) token(r *http.Request) string {
	c, err := r.Cookie(tokenCookie)
	if err != nil || !s.validToken(c.Value) {
		return ""
	}
	return c.Value
}

// ensureToken returns the request's token, setting a new one when there
// is none or an unknown one (which is replaced, never adopted).
func (s *Server) ensureToken(w http.ResponseWriter, r *http.Request) string {
	if t := s.token(r); t != "" {
		return t
	}
	t := s.newToken()
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", MaxAge: tokenAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return t
}

// csrfFor is the form token that goes with a participant's token. Forms
// carry it and a post must bring both: a page of another site can make a
// browser post here, but it cannot read the cookie nor so compute this.
// It is derived without a server secret so that it survives `live
// --resume` (a restarted server); the cookie is HttpOnly and SameSite=Lax
// besides.
func csrfFor(tok string) string {
	sum := sha256.Sum256([]byte("ideale-ambtenaar webjoin form\x00" + tok))
	return hex.EncodeToString(sum[:16])
}

// langOf is the interface language of a request: ?lang=, else the cookie
// that remembers an earlier ?lang=, else the server's.
func (s *Server) langOf(w http.ResponseWriter, r *http.Request) i18n.Lang {
	if q := r.URL.Query().Get("lang"); q != "" {
		if l, err := i18n.Parse(q); err == nil {
			if w != nil {
				http.SetCookie(w, &http.Cookie{Name: langCookie, Value: string(l), Path: "/", MaxAge: tokenAge,
					HttpOnly: true, SameSite: http.SameSiteLaxMode})
			}
			return l
		}
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l, err := i18n.Parse(c.Value); err == nil && c.Value != "" {
			return l
		}
	}
	return s.lang
}

// page is what every template gets.
type page struct {
	Lang        string // the interface language, for <html lang>
	ContentLang string // the set's language, for its texts
	Title       string // <title>
	SiteTitle   string // the set's title, on top of every page
	Heading     string
	Problem     string // an error to show first (role=alert)
	Notice      string // a confirmation (role=status)
	OtherLang   string // the link to the other language
	OtherCode   string
	LangHref    string
	CSRF        string
	// Refresh makes the page ask for /q again after that many seconds
	// (a meta refresh, which the CSP does not govern); 0 for never: the
	// paced workshop's pages where the participant only waits for the
	// trainer (pacedpart.go).
	Refresh int

	Join  *joinPage
	Plain *plainPage
	// Part is what the activity's own templates draw: a step, or the
	// body of a result (see part).
	Part any

	// The result's shell around Body (the part's result drawn by its
	// template): Kept says the result is saved, Retry offers to save it
	// again when that failed, Download and DownloadHref link the result
	// as a file ("" inside that file, keep.go).
	Body                   template.HTML
	Kept, Retry            string
	Download, DownloadHref string

	// CSS and Keep are for the downloaded file only (keep.go): CSS puts
	// the stylesheet inline in the head instead of linking it.
	CSS  template.CSS
	Keep *keepPage
}

type joinPage struct {
	Intro, CodeLabel, CodeHint, Code, NameLabel, NameHint, Button, Privacy string
	CodeLen                                                                int
}

type plainPage struct {
	Text, Link, LinkText string
}

// newPage fills what every page has.
func (s *Server) newPage(l i18n.Lang, heading string) *page {
	other := i18n.EN
	if l == i18n.EN {
		other = i18n.NL
	}
	title := s.words.title
	if title == "" {
		title = s.words.fallback.In(l)
	}
	t := title
	if heading != "" {
		t = heading + " · " + title
	}
	return &page{Lang: string(l), ContentLang: s.words.contentLang, Title: t, SiteTitle: title, Heading: heading,
		OtherLang: txtOtherLang.In(l), OtherCode: string(other), LangHref: "?lang=" + string(other)}
}

// stepHead is what every step page has (templates progress and
// actions): the progress line, which is the page's heading, the bar's
// length in percent, and the buttons, Back not on the first step.
type stepHead struct {
	Progress, Confirm, Back string
	First                   bool
	Pct                     int
}

// stepHead is the head of step i (0-based) of n, saying progress (a
// text with the step's number and n) in p's language; it heads p too.
func (p *page) stepHead(progress i18n.Text, i, n int) stepHead {
	l := i18n.Lang(p.Lang)
	h := stepHead{Progress: progress.F(l, i+1, n), Confirm: txtConfirm.In(l), Back: txtBack.In(l),
		First: i == 0, Pct: 100 * i / n}
	p.Heading = h.Progress
	p.Title = h.Progress + " · " + p.Title
	return h
}

// render writes a page with status code; pages are personal, so nothing
// is cached.
func (s *Server) render(w http.ResponseWriter, code int, name string, p *page) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, p); err != nil {
		s.logf("webjoin: page %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

// plain answers with a short page that explains a problem.
func (s *Server) plain(w http.ResponseWriter, r *http.Request, code int, text i18n.Text) {
	l := s.langOf(nil, r)
	p := s.newPage(l, txtProblem.In(l))
	p.LangHref = "/?lang=" + p.OtherCode
	p.Plain = &plainPage{Text: text.In(l), Link: "/", LinkText: txtToStart.In(l)}
	s.render(w, code, "plain", p)
}

// see redirects after a post (303: the browser follows with a GET).
func see(w http.ResponseWriter, r *http.Request, path string) {
	http.Redirect(w, r, path, http.StatusSeeOther)
}

// problem is the message for ?e=, or "".
func (s *Server) problem(r *http.Request, l i18n.Lang) string {
	e := r.URL.Query().Get("e")
	t, ok := problems[e]
	if !ok {
		return ""
	}
	if e == "full" {
		return t.F(l, s.room.Snapshot().Max)
	}
	return t.In(l)
}

// joinPage asks for the code and a name: at / and at /j/CODE (the QR
// code's address, with the code filled in). Someone the room already
// knows by their cookie goes straight on to their step.
func (s *Server) joinPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	tok := s.ensureToken(w, r)
	code := r.PathValue("code")
	if code == "" {
		code = r.URL.Query().Get("code")
	}
	p := s.newPage(l, txtJoin.In(l))
	if id, ok := s.room.Lookup(tok); ok {
		switch _, err := s.room.Participant(id); {
		case err == nil:
			see(w, r, "/q")
			return
		case errors.Is(err, room.ErrUnknownParticipant):
			// Known from an earlier round: they passed the gate before.
			code = string(s.room.Code())
			p.Notice = txtWelcomeBack.In(l)
		case errors.Is(err, room.ErrClosed):
			s.closedPage(w, r)
			return
		}
	}
	p.Problem = s.problem(r, l)
	s.renderJoin(w, r, p, tok, code)
}

// renderJoin fills in and sends the join form: code (cut,
// upper case) in its field, and the explanation of a code that cannot be
// one after e=code; p.Problem may already say something.
func (s *Server) renderJoin(w http.ResponseWriter, r *http.Request, p *page, tok, code string) {
	l := i18n.Lang(p.Lang)
	if len(code) > 2*room.CodeLength {
		code = code[:2*room.CodeLength]
	}
	if r.URL.Query().Get("e") == "code" {
		if _, err := room.ParseCode(code); err != nil {
			p.Problem = room.Message(err, l)
		}
	}
	p.CSRF = csrfFor(tok)
	p.Join = &joinPage{Intro: txtJoinIntro.In(l), CodeLabel: txtCode.In(l), CodeHint: txtCodeHint.In(l),
		Code: strings.ToUpper(code), NameLabel: txtName.In(l), NameHint: txtNameHint.In(l),
		Button: txtJoinButton.In(l), Privacy: txtPrivacy.In(l), CodeLen: room.CodeLength}
	s.render(w, http.StatusOK, "join", p)
}

// readPost does what every post needs before it may change anything: the
// rate limit for the client's address, a bounded body, a form from this
// site, and the participant's cookie with the form token that goes with
// it. It answers the request itself and returns ok false when one fails;
// a missing cookie or stale form token redirects to fail with e=cookie or
// e=stale.
func (s *Server) readPost(w http.ResponseWriter, r *http.Request, lim *limit.PerAddr, fail string) (tok string, ok bool) {
	if !lim.Allow(clientIP(r)) {
		s.logLimited(r.URL.Path)
		w.Header().Set("Retry-After", "2")
		s.plain(w, r, http.StatusTooManyRequests, txtTooMany)
		return "", false
	}
	r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.plain(w, r, http.StatusRequestEntityTooLarge, txtTooBig)
		} else {
			s.plain(w, r, http.StatusBadRequest, txtBadForm)
		}
		return "", false
	}
	if !sameOrigin(r) {
		s.plain(w, r, http.StatusForbidden, txtForeign)
		return "", false
	}
	tok = s.token(r)
	if tok == "" {
		see(w, r, withProblem(fail, "cookie"))
		return "", false
	}
	want := csrfFor(tok)
	if subtle.ConstantTimeCompare([]byte(r.PostForm.Get("csrf")), []byte(want)) != 1 {
		see(w, r, withProblem(fail, "stale"))
		return "", false
	}
	return tok, true
}

// sameOrigin refuses a post whose Origin names another site. Browsers
// send "null" with Referrer-Policy no-referrer, and old ones send none;
// both pass here and rest on the form token and SameSite.
func sameOrigin(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" || o == "null" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

func withProblem(path, e string) string {
	if strings.Contains(path, "?") {
		return path + "&e=" + e
	}
	return path + "?e=" + e
}

// join checks the code and lets the participant in, by their cookie.
func (s *Server) join(w http.ResponseWriter, r *http.Request) {
	tok, code, ok := s.readJoin(w, r, s.room.Code())
	if !ok {
		return
	}
	if _, err := s.room.Join(tok, r.PostForm.Get("name"), room.ViaWeb); err != nil {
		see(w, r, withProblem("/?code="+string(code), s.problemOf(err)))
		return
	}
	see(w, r, "/q")
}

// readJoin reads a join form (readPost under the join limit) and checks
// its code against want; otherwise it has sent the visitor back to the
// join page with the typed code and why, and ok is false.
func (s *Server) readJoin(w http.ResponseWriter, r *http.Request, want room.Code) (tok string, code room.Code, ok bool) {
	tok, ok = s.readPost(w, r, s.joinLim, "/")
	if !ok {
		return "", "", false
	}
	typed := r.PostForm.Get("code")
	code, err := room.ParseCode(typed)
	if err != nil {
		if len(typed) > 2*room.CodeLength {
			typed = typed[:2*room.CodeLength]
		}
		see(w, r, "/?"+url.Values{"code": {typed}, "e": {"code"}}.Encode())
		return "", "", false
	}
	if subtle.ConstantTimeCompare([]byte(code), []byte(want)) != 1 {
		see(w, r, "/?"+url.Values{"code": {string(code)}, "e": {"wrong"}}.Encode())
		return "", "", false
	}
	return tok, code, true
}

// problemOf names a room error for ?e=.
func (s *Server) problemOf(err error) string {
	switch {
	case errors.Is(err, room.ErrLocked):
		return "locked"
	case errors.Is(err, room.ErrFull):
		return "full"
	case errors.Is(err, room.ErrClosed):
		return "closed"
	case errors.Is(err, room.ErrNoSuchOption), errors.Is(err, room.ErrUnknownScenario):
		return "stale"
	case errors.Is(err, room.ErrNotReached):
		return "order"
	case errors.Is(err, room.ErrNotDone):
		return "order"
	}
	s.logf("webjoin: %v", err)
	return "journal"
}

// participant is who the request's cookie names, when the room knows
// them in this round; otherwise it redirects to the join page and returns
// participant is who the request's cookie names, when the room knows
// them in this round; otherwise it answers the request (the join page,
// or the closed page) and ok is false.
func (s *Server) participant(w http.ResponseWriter, r *http.Request) (room.ParticipantView, bool) {
	id, ok := s.room.Lookup(s.token(r))
	if !ok {
		see(w, r, "/")
		return room.ParticipantView{}, false
	}
	v, err := s.room.Participant(id)
	return v, s.loaded(w, r, err)
}

// loaded is the end of reading a participant (their view, walk or
// survey) for a page or an action: when err is not nil it answers the request (the closed
// page when the room is closed, otherwise the join page) and returns
// false.
func (s *Server) loaded(w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case err == nil:
		return true
	case errors.Is(err, room.ErrClosed):
		s.closedPage(w, r)
	default:
		see(w, r, "/")
	}
	return false
}

// closedPage answers that the room is closed (the trainer ended the
// session).
func (s *Server) closedPage(w http.ResponseWriter, r *http.Request) {
	s.plain(w, r, http.StatusServiceUnavailable, problems["closed"])
}

// refused answers the request when the room refused an action on a
// participant (an answer, a step given, a step back): a finished
// participant goes to the result, an unknown one to the join page, a
// closed room says so, anything else goes back to the current step with
// its problem. It returns
// false when err is nil and the caller goes on.
func (s *Server) refused(w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case err == nil:
		return false
	case errors.Is(err, room.ErrFinished):
		see(w, r, "/result")
	case errors.Is(err, room.ErrUnknownParticipant):
		see(w, r, "/")
	case errors.Is(err, room.ErrClosed):
		s.closedPage(w, r)
	default:
		see(w, r, "/q?e="+s.problemOf(err))
	}
	return true
}

// actor reads the form of an action (answer, back, finish) with
// readPost under the action limit and returns the participant its cookie
// names. Otherwise it has answered the request (refused, or sent to the
// join page) and ok is false.
func (s *Server) actor(w http.ResponseWriter, r *http.Request) (id room.ParticipantID, ok bool) {
	tok, ok := s.readPost(w, r, s.actLim, "/q")
	if !ok {
		return 0, false
	}
	if id, ok = s.room.Lookup(tok); !ok {
		see(w, r, "/")
		return 0, false
	}
	return id, true
}

// stepPage shows the participant's current step (the part's page), with
// the problem of a redirect (?e=).
func (s *Server) stepPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	v, ok := s.participant(w, r)
	if !ok {
		return
	}
	p := s.newPage(l, "")
	p.CSRF = csrfFor(s.token(r))
	p.Problem = s.problem(r, l)
	s.part.step(s, w, r, p, v)
}

// answer records the posted step with the part.
func (s *Server) answer(w http.ResponseWriter, r *http.Request) {
	if id, ok := s.actor(w, r); ok {
		s.part.answer(s, w, r, id)
	}
}

// back moves the participant one step back.
func (s *Server) back(w http.ResponseWriter, r *http.Request) {
	id, ok := s.actor(w, r)
	if ok && !s.refused(w, r, s.room.Back(id)) {
		see(w, r, "/q")
	}
}

// finish closes the participant's activity and saves the result (when
// the automatic finish after the last step failed, or the participant
// went back and forth) and shows it: the join page for an unknown
// participant, the step with "order" when not every step is given, and
// the step with "save" (logged) when the save failed, from where a
// participant who is finished goes on to the result, which retries.
func (s *Server) finish(w http.ResponseWriter, r *http.Request) {
	id, ok := s.actor(w, r)
	if !ok {
		return
	}
	switch _, err := s.room.Finish(id); {
	case err == nil:
		see(w, r, "/result")
	case errors.Is(err, room.ErrUnknownParticipant):
		see(w, r, "/")
	case errors.Is(err, room.ErrNotDone):
		see(w, r, "/q?e=order")
	default:
		s.logf("webjoin: finish: %v", err)
		see(w, r, "/q?e=save")
	}
}

// resultPage shows a participant their own result: the part's body in
// the shared shell. It finishes again first: a no-op when the result
// file is saved, a retry of the save when it failed (disk full), so the
// page never says "saved" when it is not; a reload or the button retries.
func (s *Server) resultPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	v, ok := s.participant(w, r)
	if !ok {
		return
	}
	p := s.newPage(l, s.words.heading.In(l))
	body, ok := s.part.result(s, p, v.ID)
	if !ok {
		see(w, r, "/q")
		return
	}
	p.Kept = txtResultKep.In(l)
	p.Download, p.DownloadHref = txtDownload.In(l), "/result/download"
	if _, err := s.room.Finish(v.ID); err != nil {
		s.logf("webjoin: saving a result: %v", err)
		p.Problem = problems["save"].In(l)
		p.CSRF = csrfFor(s.token(r))
		p.Kept, p.Retry = "", txtRetrySave.In(l)
	}
	s.renderResult(w, "result", p, body)
}

// renderResult draws the part's result body (template body) into p and
// sends it in the shell named shell: the page ("result") or the file to
// keep ("keep").
func (s *Server) renderResult(w http.ResponseWriter, shell string, p *page, body string) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, body, p); err != nil {
		s.logf("webjoin: page %s: %v", body, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p.Body = template.HTML(buf.String()) // html/template escaped it
	s.render(w, http.StatusOK, shell, p)
}

// style serves the stylesheet, the only file besides the pages.
func (s *Server) style(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/css; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(s.css)
}

// notFound answers everything else.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.plain(w, r, http.StatusNotFound, txtNotFound)
}
