// Package webjoin lets participants join a live room from a phone's
// browser: plain server-rendered HTML forms that work without JavaScript
// and with screen readers, one page per scenario, the participant's own mix
// at the end. It is the phone route next to SSH (serve/sshjoin); both call
// the same domain/room.
//
// A cookie with a random 128-bit token identifies the participant (it is
// the room.Join key), so a reload, a locked phone or a lost connection
// continues where they were. Every form post is answered with a redirect
// (POST-redirect-GET), and a page says an answer is kept only after
// room.Answer returned nil, that is after the journal is on disk.
//
// NewCulture is the same route into a live culture room (the culture
// survey, now and desired): one page per step (pass and dimension) where
// ten points are shared over the dimension's three descriptions, the
// participant's own culture now and desired at the end. It codes against
// CultureRoom, the methods of domain/room it calls for the culture survey.
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
	"strconv"
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
	room    *room.Room  // the quiz room (New); nil in culture mode
	culture CultureRoom // the culture room (NewCulture); nil in quiz mode
	members *members    // culture mode: who passed the code gate
	lang    i18n.Lang
	// title and contentLang are the set's title and language, for every
	// page; an empty title is defaultTitle in the page's language.
	title        string
	defaultTitle i18n.Text
	contentLang  string
	logf         func(format string, args ...any)
	secret       []byte // signs cookie tokens
	pages        *template.Template
	css          []byte
	scenNo       map[string]int // scenario ID → 1-based number in the set
	joinLim      *limit.PerAddr
	actLim       *limit.PerAddr
	getLim       *limit.PerAddr
	handler      http.Handler
	srv          *http.Server
	// links are the personal result links (keep.go).
	links links
	// limitLogged is when a hit rate limit was last logged (Unix ns).
	limitLogged atomic.Int64
}

// New builds the server for cfg.Room. It fails without a room or when
// the embedded pages do not parse (a build mistake).
func New(cfg Config) (*Server, error) {
	if cfg.Room == nil {
		return nil, errors.New("webjoin: no room")
	}
	lang := cfg.Lang
	if lang == "" {
		lang = cfg.Room.Language()
	}
	bank := cfg.Room.Bank()
	return newServer(cfg.Addr, cfg.Logf, cfg.Secret, func(s *Server) {
		s.room = cfg.Room
		s.lang = lang
		s.title, s.defaultTitle, s.contentLang = bank.Title, txtTitle, bank.Language
		s.scenNo = map[string]int{}
		for i, q := range bank.Questions {
			id := q.ID
			if id == "" {
				id = strconv.Itoa(i + 1)
			}
			s.scenNo[id] = i + 1
		}
	})
}

// newServer builds what both modes share (limits, pages, stylesheet,
// the HTTP server) around what mode sets: the room, the language and
// the set's title.
func newServer(addr string, logf func(string, ...any), secret []byte, mode func(s *Server)) (*Server, error) {
	if len(secret) < 16 {
		secret = make([]byte, 32)
		_, _ = rand.Read(secret)
	}
	s := &Server{
		secret:  secret,
		logf:    logf,
		joinLim: newLimiter(joinRate, maxClients),
		actLim:  newLimiter(actionRate, maxClients),
		getLim:  newLimiter(pageRate, maxClients),
	}
	if s.logf == nil {
		s.logf = func(string, ...any) {}
	}
	mode(s)
	s.title = strings.TrimSpace(s.title)
	if s.contentLang == "" {
		s.contentLang = string(i18n.NL)
	}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	if s.css, err = styleSheet(); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	s.srv = &http.Server{
		Addr:              addr,
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

// Handler is the whole site, for tests and for mounting elsewhere.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve answers requests on ln until Shutdown; it then returns
// http.ErrServerClosed.
func (s *Server) Serve(ln net.Listener) error { return s.srv.Serve(ln) }

// Shutdown stops accepting connections and waits for the requests under
// way (each is at most one journal write) until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error { return s.srv.Shutdown(ctx) }

// routes is the site: the pages of the quiz (or of the culture survey)
// and the stylesheet, nothing else (404).
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	if s.culture != nil {
		s.cultureRoutes(mux)
		mux.HandleFunc("GET /style.css", s.style)
		mux.HandleFunc("/", s.notFound)
		return secure(s.limitGets(mux))
	}
	mux.HandleFunc("GET /{$}", s.joinPage)
	mux.HandleFunc("GET /j/{code}", s.joinPage)
	mux.HandleFunc("POST /join", s.join)
	mux.HandleFunc("GET /q", s.questionPage)
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
