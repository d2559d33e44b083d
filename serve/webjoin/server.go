// Package webjoin lets participants join a live room from a phone's
// browser: plain server-rendered HTML forms that work without JavaScript
// and with screen readers, one page per step, the participant's own
// result at the end. It is the phone route next to SSH (serve/sshjoin);
// both call the same domain/room.
//
// A cookie with a random 128-bit token identifies the participant (it is
// the room.Join key, found again with room.Lookup), so a reload, a locked
// phone, a lost connection or a restarted server (live --resume) continues
// where they were. Every form post is answered with a redirect
// (POST-redirect-GET), and a page says an answer is kept only after the
// room returned nil, that is after the journal is on disk.
//
// One flow serves every activity the room runs: the join page, the
// cookie and form token, the headers and limits, the closed and refused
// paths, the result page's shell and its download (keep.go) are shared.
// What differs per activity is a part (the part interface in server.go),
// chosen once in New from the room: the step page (GET /q) and its post
// (POST /answer), when a participant is ready for their result, and the
// result's body. quizpart.go is the quiz walk (one choice per scenario),
// culturepart.go the culture survey (ten points over a dimension's three
// descriptions, now and desired), pacedpart.go the paced workshop (the
// trainer opens one case at a time; a page per room.Stage), each with its
// templates in web/quiz.html, web/culture.html and web/paced.html. A new
// activity plugs in the same way: a type that implements part (its words,
// step page, answer and result body; a step page may also wait for the
// trainer, since GET /q is asked again on every reload), and one case in
// partOf that picks it from the room; nothing else in the flow changes.
//
// Following the trainer without JavaScript (the paced workshop): a page
// where the participant only waits carries <meta http-equiv="refresh"
// content="2; url=/q">, so a phone shows the trainer's next step within
// 2 seconds. The CSP has no directive that governs a meta refresh, so it
// stays as strict as it is. The refresh goes to the plain /q, so a
// message of the address (?e=) shows once, and a page with such a
// message waits 8 seconds instead of 2, so it can be read. Deliberately
// NOT refreshed: a case the participant has not chosen in yet (a
// scenario being read must not jump), the extreme round's text field
// (what is being typed must never be lost), a page that shows text the
// room did not keep, the mix and the end. When the trainer moved on while
// a phone sat on such a page, its post says what was not kept and why
// (the case is no longer open, its split is shown, the workshop ended)
// and lands on the current stage; a refused proposal's text is shown
// there, in the field or beside the stage, so nothing typed is lost.
// Every form names its case, so an old page never answers a newer one.
// A waiting page is drawn from the participant's Stage alone (no
// Snapshot), with templates parsed once in New.
//
// Nothing is loaded from elsewhere: no fonts, scripts or trackers. The
// headers forbid everything but the page's own stylesheet and forms.
package webjoin

import (
	"context"
	"crypto/rand"
	"embed"
	"errors"
	"html/template"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/serve/limit"
)

// Config is what New needs.
type Config struct {
	// Room is the live room; required.
	Room *room.Room
	// Lang is the interface language; "" means the room's language. A
	// participant may switch with ?lang=nl or ?lang=en (kept in a cookie).
	// The scenarios stay in the question set's language.
	Lang i18n.Lang
	// Addr is the host:port the server is meant for (http.Server.Addr);
	// Serve takes its own listener, so it is informative only.
	Addr string
	// Logf reports what the trainer may want to know (a journal that
	// cannot be written, rate limits hit); nil means quiet. It never
	// receives IP addresses or cookie tokens.
	Logf func(format string, args ...any)
	// Secret signs the participants' cookie tokens (see newToken): the
	// same secret after `live --resume` keeps every phone in. At least
	// 16 bytes; nil draws one for this server's life.
	Secret []byte
}

// Timeouts of the HTTP server: a phone on a weak Wi-Fi gets a generous
// minute of idle keep-alive, a slow-loris client no more than a few
// seconds for its headers.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 15 * time.Second
	WriteTimeout      = 15 * time.Second
	IdleTimeout       = 60 * time.Second
	// MaxHeaderBytes bounds a request's headers: ours are a cookie or two.
	MaxHeaderBytes = 8 << 10
	// MaxBody bounds a form post: a code, a name of at most a few hundred
	// bytes, a scenario ID and a number fit many times over.
	MaxBody = 4 << 10
)

// Rate limits per client IP address (token buckets). Joining is where a
// code could be guessed: 10 tries at once, then one every 2 seconds, so
// trying the 279,841 codes from one phone takes days. Answering is
// generous (a participant taps at most a few times a second).
var (
	joinRate   = rate{burst: 10, perSecond: 0.5}
	actionRate = rate{burst: 30, perSecond: 3}
	// pageRate is for page loads (GET): generous, since a classroom can
	// share one address, but no flood.
	pageRate = rate{burst: 120, perSecond: 20}
)

// maxClients bounds the rate limiters' memory: addresses beyond it are
// refused until idle ones have been forgotten.
const maxClients = 4096

//go:embed web
var webFS embed.FS

// Server is the phone route into one room. Create it with New.
type Server struct {
	room *room.Room
	part part // the activity's pages (partOf)
	lang i18n.Lang
	// words are the part's: the set's title and language, the result's
	// heading and file name.
	words   partWords
	logf    func(format string, args ...any)
	secret  []byte // signs cookie tokens
	pages   *template.Template
	css     []byte
	joinLim *limit.PerAddr
	actLim  *limit.PerAddr
	getLim  *limit.PerAddr
	handler http.Handler
	srv     *http.Server
	// links are the personal result links (keep.go).
	links links
	// limitLogged is when a hit rate limit was last logged (Unix ns).
	limitLogged atomic.Int64
}

// New builds the server for cfg.Room, whatever activity it runs. It fails
// without a room, for an activity the web has no part for, or when the
// embedded pages do not parse (a build mistake).
func New(cfg Config) (*Server, error) {
	if cfg.Room == nil {
		return nil, errors.New("webjoin: no room")
	}
	pt, err := partOf(cfg.Room)
	if err != nil {
		return nil, err
	}
	s := &Server{
		room:    cfg.Room,
		part:    pt,
		lang:    cfg.Lang,
		words:   pt.words(),
		secret:  cfg.Secret,
		logf:    cfg.Logf,
		joinLim: newLimiter(joinRate, maxClients),
		actLim:  newLimiter(actionRate, maxClients),
		getLim:  newLimiter(pageRate, maxClients),
	}
	if s.lang == "" {
		s.lang = cfg.Room.Language()
	}
	if len(s.secret) < 16 {
		s.secret = make([]byte, 32)
		_, _ = rand.Read(s.secret)
	}
	if s.logf == nil {
		s.logf = func(string, ...any) {}
	}
	s.words.title = strings.TrimSpace(s.words.title)
	if s.words.contentLang == "" {
		s.words.contentLang = string(i18n.NL)
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	if s.css, err = styleSheet(); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	s.srv = &http.Server{
		Addr:              cfg.Addr,
		Handler:           s.handler,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          nil,
	}
	return s, nil
}

// part is what the web flow asks of the activity the room runs; the
// rest of the flow (join, cookie, limits, refusals, the result's shell
// and download) is the same for all. A part keeps no participant state:
// the room has it.
type part interface {
	// words are the part's set title and language and its result's
	// words, for every page.
	words() partWords
	// step shows participant v's current step on p (GET /q), whose
	// common fields (language, form token, problem) are filled, or sends
	// them on (to /result when they are ready for it).
	step(s *Server, w http.ResponseWriter, r *http.Request, p *page, v room.ParticipantView)
	// answer records the step posted in r.PostForm (POST /answer; the
	// form is read and its token checked) for participant id and answers
	// with where to go next.
	answer(s *Server, w http.ResponseWriter, r *http.Request, id room.ParticipantID)
	// result fills p with participant id's result in p's language and
	// returns the name of the template that draws its body, or ok false
	// when id is not ready for a result (not every step given).
	result(s *Server, p *page, id room.ParticipantID) (body string, ok bool)
}

// partWords are the words of a part that the shared pages show.
type partWords struct {
	// title and contentLang are the set's title and language; an empty
	// title is fallback in the page's language.
	title       string
	fallback    i18n.Text
	contentLang string
	// heading is the result page's heading; file the downloaded result's
	// file name (ASCII, no quotes) with a %s for the date.
	heading, file i18n.Text
}

// partOf picks the part for the activity r runs: the one place that
// knows every part. An activity built on another one's set (the paced
// workshop runs the quiz's bank, so Bank is not nil there) has its case
// before that one's.
func partOf(r *room.Room) (part, error) {
	switch {
	case r.Paced():
		return newPacedPart(r.Bank()), nil
	case r.Bank() != nil:
		return newQuizPart(r.Bank()), nil
	case r.Set() != nil:
		return newCulturePart(r.Set())
	}
	return nil, errors.New("webjoin: the room runs an activity the web has no pages for")
}

// Handler is the whole site, for tests and for mounting elsewhere.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve answers requests on ln until Shutdown; it then returns
// http.ErrServerClosed.
func (s *Server) Serve(ln net.Listener) error { return s.srv.Serve(ln) }

// Shutdown stops accepting connections and waits for the requests under
// way (each is at most one journal write) until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error { return s.srv.Shutdown(ctx) }

// routes is the site: the shared pages, the part's step and answer, the
// download and personal links, and the stylesheet; nothing else (404).
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.joinPage)
	mux.HandleFunc("GET /j/{code}", s.joinPage)
	mux.HandleFunc("POST /join", s.join)
	mux.HandleFunc("GET /q", s.stepPage)
	mux.HandleFunc("POST /answer", s.answer)
	mux.HandleFunc("POST /back", s.back)
	mux.HandleFunc("POST /finish", s.finish)
	mux.HandleFunc("GET /result", s.resultPage)
	s.keepRoutes(mux)
	mux.HandleFunc("GET /style.css", s.style)
	mux.HandleFunc("/", s.notFound)
	return secure(s.limitGets(mux))
}

// csp allows the page's own stylesheet and forms posting to itself, and
// nothing else: no scripts, no frames, no images from anywhere (the chart
// is inline SVG), no plugins.
const csp = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// secure sets the security headers on every response, 404s included.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
