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
	"strconv"
	"strings"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
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
	ContentLang string // the question set's language, for its texts
	Title       string // <title>
	SiteTitle   string // the question set's title, on top of every page
	Heading     string
	Problem     string // an error to show first (role=alert)
	Notice      string // a confirmation (role=status)
	OtherLang   string // the link to the other language
	OtherCode   string
	LangHref    string
	CSRF        string

	Join     *joinPage
	Question *questionPage
	Done     *donePage
	Result   *resultPage
	Plain    *plainPage
	Step     *stepPage          // culture mode
	Culture  *cultureResultPage // culture mode

	// CSS and Keep are for the downloaded file only (keep.go).
	CSS  template.CSS
	Keep *keepPage
}

type joinPage struct {
	Intro, CodeLabel, CodeHint, Code, NameLabel, NameHint, Button, Privacy string
	CodeLen                                                                int
}

type questionPage struct {
	Progress, Context, Scenario, Choose, Confirm, Back string
	ScenarioID                                         string
	Options                                            []option
	First                                              bool
	Number, Total, Pct                                 int
}

type option struct {
	Value   int
	Text    string
	Checked bool
}

type donePage struct {
	Text, Show, Back string
}

type resultPage struct {
	ChartLabel, Sentence, Margin, NoVerdict, Kept, ProfilesHeading string
	// Growth is the development pointer: the smallest side and when it
	// is needed most (words.Growth), as on the terminal's result.
	Growth   string
	Bars     []bar
	Profiles []typeProfile
	// Download and DownloadHref are the link to the result as a file
	// (keep.go); "" leaves it out (inside that file).
	Download, DownloadHref string
}

type bar struct {
	Name    string
	Percent int
	Class   string
}

type typeProfile struct {
	Heading, Essence, Class string
	Sections                []words.Section
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
	title := s.title
	if title == "" {
		title = s.defaultTitle.In(l)
	}
	t := title
	if heading != "" {
		t = heading + " · " + title
	}
	return &page{Lang: string(l), ContentLang: s.contentLang, Title: t, SiteTitle: title, Heading: heading,
		OtherLang: txtOtherLang.In(l), OtherCode: string(other), LangHref: "?lang=" + string(other)}
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
		if s.room == nil {
			// The culture room's interface has no snapshot to
			// read the cap from.
			return txtFullNoNumber.In(l)
		}
		return t.F(l, s.room.Snapshot().Max)
	}
	return t.In(l)
}

// joinPage asks for the code and a name: at / and at /j/CODE (the QR
// code's address, with the code filled in). Someone the room already
// knows by their cookie goes straight on to their question.
func (s *Server) joinPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	tok := s.ensureToken(w, r)
	code := r.PathValue("code")
	if code == "" {
		code = r.URL.Query().Get("code")
	}
	p := s.newPage(l, txtJoin.In(l))
	if id, ok := s.room.Lookup(tok); ok {
		switch _, err := s.room.Walk(id); {
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

// renderJoin fills in and sends the join form of both modes: code (cut,
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
// ok false.
func (s *Server) participant(w http.ResponseWriter, r *http.Request) (room.ParticipantID, *quiz.Walk, bool) {
	tok := s.token(r)
	id, ok := s.room.Lookup(tok)
	if !ok {
		see(w, r, "/")
		return 0, nil, false
	}
	walk, err := s.room.Walk(id)
	if !s.loaded(w, r, err) {
		return 0, nil, false
	}
	return id, walk, true
}

// loaded is the end of reading a participant's walk or survey for a page
// or an action: when err is not nil it answers the request (the closed
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
// session), for either kind of room.
func (s *Server) closedPage(w http.ResponseWriter, r *http.Request) {
	s.plain(w, r, http.StatusServiceUnavailable, problems["closed"])
}

// refused answers the request when the room refused an action on a
// participant (an answer, a step given, a step back): a finished walk or
// survey goes to the result, an unknown participant to the join page,
// anything else back to the current step with its problem. It returns
// false when err is nil and the caller goes on.
func (s *Server) refused(w http.ResponseWriter, r *http.Request, err error) bool {
	switch {
	case err == nil:
		return false
	case errors.Is(err, room.ErrFinished):
		see(w, r, "/result")
	case errors.Is(err, room.ErrUnknownParticipant):
		see(w, r, "/")
	default:
		see(w, r, "/q?e="+s.problemOf(err))
	}
	return true
}

// finished answers a finish action with the room's verdict: the result
// when it is saved, the join page for an unknown participant, the step
// with "order" when not everything is answered, and failed (logged) when
// the save failed.
func (s *Server) finished(w http.ResponseWriter, r *http.Request, err error, failed string) {
	switch {
	case err == nil:
		see(w, r, "/result")
	case errors.Is(err, room.ErrUnknownParticipant):
		see(w, r, "/")
	case errors.Is(err, room.ErrNotDone):
		see(w, r, "/q?e=order")
	default:
		s.logf("webjoin: finish: %v", err)
		see(w, r, failed)
	}
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

// questionPage shows the participant's current scenario with its options
// in their shown order, or, when all are answered, the way to the result.
func (s *Server) questionPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	id, walk, ok := s.participant(w, r)
	if !ok {
		return
	}
	if v, err := s.room.Participant(id); err == nil && v.Done {
		see(w, r, "/result")
		return
	}
	p := s.newPage(l, "")
	p.CSRF = csrfFor(s.token(r))
	p.Problem = s.problem(r, l)
	if n, err := strconv.Atoi(r.URL.Query().Get("saved")); err == nil && n >= 1 && n <= walk.Len() && p.Problem == "" {
		p.Notice = txtSaved.F(l, n)
	}
	if walk.Done() {
		p.Heading = txtAllDone.F(l, walk.Len())
		p.Title = p.Heading + " · " + p.Title
		p.Done = &donePage{Text: txtAllDoneP.In(l), Show: txtShowMix.In(l), Back: txtBack.In(l)}
		s.render(w, http.StatusOK, "done", p)
		return
	}
	q := walk.Question()
	chosen := walk.Chosen()
	qp := &questionPage{
		Progress: txtQuestionOf.F(l, walk.Index()+1, walk.Len()),
		Context:  strings.TrimSpace(q.Context), Scenario: strings.TrimSpace(q.Scenario),
		Choose: txtChoose.In(l), Confirm: txtConfirm.In(l), Back: txtBack.In(l),
		ScenarioID: scenarioID(q, walk.Index()), First: walk.Index() == 0,
		Number: walk.Index() + 1, Total: walk.Len(), Pct: 100 * walk.Index() / walk.Len(),
	}
	for i, o := range walk.Shown() {
		qp.Options = append(qp.Options, option{Value: i, Text: strings.TrimSpace(o.Text), Checked: i == chosen})
	}
	p.Heading = qp.Progress
	p.Title = qp.Progress + " · " + p.Title
	p.Question = qp
	s.render(w, http.StatusOK, "question", p)
}

// scenarioID is a question's ID, or its number when the file gives none
// (as the room names it).
func scenarioID(q quiz.Question, i int) string {
	if q.ID != "" {
		return q.ID
	}
	return strconv.Itoa(i + 1)
}

// answer records a choice for the scenario named in the form (so a stale
// page cannot answer another question) and moves on; after the last one
// it finishes the walk and shows the result.
func (s *Server) answer(w http.ResponseWriter, r *http.Request) {
	id, ok := s.actor(w, r)
	if !ok {
		return
	}
	scen := r.PostForm.Get("scenario")
	num, okScen := s.scenNo[scen]
	if !okScen {
		see(w, r, "/q?e=stale")
		return
	}
	raw := r.PostForm.Get("choice")
	if raw == "" {
		see(w, r, "/q?e=choose")
		return
	}
	shown, err := strconv.Atoi(raw)
	if err != nil || len(raw) > 3 {
		see(w, r, "/q?e=stale")
		return
	}
	if s.refused(w, r, s.room.Answer(id, scen, shown)) {
		return
	}
	walk, err := s.room.Walk(id)
	if err == nil && walk.Done() {
		if _, err := s.room.Finish(id); err != nil {
			see(w, r, "/q?e=save")
			return
		}
		see(w, r, "/result")
		return
	}
	see(w, r, "/q?saved="+strconv.Itoa(num))
}

// back moves the participant one scenario back.
func (s *Server) back(w http.ResponseWriter, r *http.Request) {
	id, ok := s.actor(w, r)
	if !ok {
		return
	}
	if !s.refused(w, r, s.room.Back(id)) {
		see(w, r, "/q")
	}
}

// finish closes the walk and saves the result (when the automatic finish
// after the last answer failed, or the participant went back and forth).
func (s *Server) finish(w http.ResponseWriter, r *http.Request) {
	id, ok := s.actor(w, r)
	if !ok {
		return
	}
	_, err := s.room.Finish(id)
	s.finished(w, r, err, "/q?e=save")
}

// resultPage shows a finished participant their own mix: the bars, the
// sentence and margin, and the three type profiles, the leading one first.
func (s *Server) resultPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	id, walk, ok := s.participant(w, r)
	if !ok {
		return
	}
	if v, err := s.room.Participant(id); err != nil || !v.Done {
		see(w, r, "/q")
		return
	}
	p := s.newPage(l, txtYourMix.In(l))
	rp := s.result(walk.Mix(), l)
	rp.Download, rp.DownloadHref = txtDownload.In(l), "/result/download"
	// Finish again: a no-op when the result file is saved, a retry of the
	// save when it failed (disk full), so the page never says "saved"
	// when it is not; a reload retries.
	if _, err := s.room.Finish(id); err != nil {
		s.logf("webjoin: saving a result: %v", err)
		p.Problem = problems["save"].In(l)
		rp.Kept = ""
	}
	p.Result = rp
	s.render(w, http.StatusOK, "result", p)
}

// result is what the result page shows of mix m in l: the bars, the
// sentence and margin, and the three type profiles, the leading one
// first. The page at /result, the personal link (/r/…) and the
// downloaded file (keep.go) all show this.
func (s *Server) result(m profile.Mix, l i18n.Lang) *resultPage {
	types := s.room.Bank().Types
	names := words.Names(types, l)
	h := words.HeadlineOf(m, types, l)
	rp := &resultPage{ChartLabel: txtChartName.In(l), Sentence: h.Sentence(),
		Margin: h.Precision, Growth: h.Growth, NoVerdict: words.NoVerdict.In(l), Kept: txtResultKep.In(l),
		ProfilesHeading: txtProfiles.In(l)}
	for _, t := range profile.Types {
		rp.Bars = append(rp.Bars, bar{Name: names[t], Percent: m.Percent[t], Class: "t" + strconv.Itoa(int(t))})
	}
	for _, t := range m.Ranking {
		rp.Profiles = append(rp.Profiles, typeProfile{
			Heading:  names[t] + ": " + words.OfMix(m.Percent[t], l),
			Essence:  strings.TrimSpace(types[t].Essence),
			Class:    "t" + strconv.Itoa(int(t)),
			Sections: words.Sections(types[t], l),
		})
	}
	return rp
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
