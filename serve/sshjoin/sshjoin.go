// Package sshjoin lets participants join a live room over SSH:
// `ssh -p 2222 CODE@HOST` opens the room's activity — the quiz
// (screen/quizview), the culture survey (screen/cultureview) or the paced
// workshop (screen/pacedview) — in their own terminal, at their size,
// with their colours and background, in the room's language. The join code is the user name and the only gate: every
// client is let in (any public key, or keyboard-interactive without
// questions), and a client that offers a public key is known by its
// fingerprint, so after a dropped connection it comes back as the same
// participant where it was.
//
// Every session goes the same way, whatever the activity: the gate (the
// code, a terminal, no command), the name step for someone new, the
// activity's steps, its end screen (with m for the personal result link
// and QR code where the activity has a result to keep, keep.go), and
// leaving. What differs per activity is one part (the part interface in
// part.go), chosen once per session from the room by partOf: which
// participant screen starts, at the participant's place in the room, and
// whether it shows a result to keep. Steps reach the room through the one
// recorder: the common Back, Finish and Leave, plus the method each
// screen's own Recorder asks for, in its part's file (Answer in
// quizpart.go, Give in culturepart.go; pacedview reads the room through
// its own Source, pacedSource in pacedpart.go).
//
// A new activity plugs in as one more file, as the paced workshop did
// (pacedpart.go): a type that implements part, the recorder method(s) its
// screen's Recorder asks for, and one case in partOf that recognises its
// room. The gate, the name step, the limits, the rounds (watchRounds
// tells every session of a new round, whatever the activity) and the
// link screen stay as they are; the quiz and culture parts are not
// touched.
//
// The activity is the only thing the server runs: no shell, no commands, no
// port or agent forwarding, no subsystems. Connection attempts and wrong
// codes are limited per IP address; handshakes, idle and long sessions time
// out; a panic ends one session only.
package sshjoin

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	rm "charm.land/wish/v2/recover"
	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/serve/limit"
)

// Config is what New needs.
type Config struct {
	// Room is the live room, whatever its activity (room.Quiz or
	// room.Culture); required.
	Room *room.Room
	// Addr is the address to listen on (host:port), for ListenAndServe and
	// for the hint lines that show the ssh command; Serve takes its own
	// listener.
	Addr string
	// HostKeyPath is the server's ed25519 host key (mode 0600); it is made
	// on first use, with its folder. "" keeps a key in memory only, so
	// clients see a new host key at every start.
	HostKeyPath string
	// Lang is the language of every line and screen; "" means the room's.
	Lang i18n.Lang
	// Logf reports joins, leaves and refusals, without addresses; nil is
	// quiet.
	Logf func(format string, args ...any)
	// Limits are the server's limits; zero fields take the defaults.
	Limits Limits
	// ResultLink is the address of a participant's personal result page
	// on the web server (webjoin.Server.ResultLink with the address
	// phones use), shown with a QR code on the end screen (keep.go); nil
	// or "" shows none.
	ResultLink func(room.ParticipantID) string
}

// Limits bound what one client can cost. A zero field takes the default.
type Limits struct {
	// HandshakeTimeout ends a connection that has not finished the SSH
	// handshake (default 20 s).
	HandshakeTimeout time.Duration
	// IdleTimeout ends a session without any traffic (default 30 min: a
	// workshop discusses between questions).
	IdleTimeout time.Duration
	// MaxSession ends any session after this long (default 4 h).
	MaxSession time.Duration
	// ConnBurst connection attempts per IP address at once, then one more
	// every ConnEvery (defaults 30 and 2 s: a classroom behind one address
	// still gets in, a script does not flood).
	ConnBurst int
	ConnEvery time.Duration
	// WrongBurst wrong codes per IP address, then one more every
	// WrongEvery (defaults 5 and 20 s: guessing one of 279,841 codes takes
	// months).
	WrongBurst int
	WrongEvery time.Duration
	// MaxConns is the number of open connections at once (default twice
	// the room's cap plus 20).
	MaxConns int
	// MaxPerAddr is the number of open connections from one address
	// (default 40: a classroom behind one router still gets in), and
	// MaxPendingPerAddr how many of them may be without a session
	// (default 8: a handshake takes a moment, holding one is no use).
	MaxPerAddr, MaxPendingPerAddr int
	// NoSessionTimeout closes a connection that has not opened a session
	// (default 30 s: past the handshake's 20 s; a participant typing
	// their name has a session).
	NoSessionTimeout time.Duration
}

func (l Limits) withDefaults(roomMax int) Limits {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&l.HandshakeTimeout, 20*time.Second)
	def(&l.IdleTimeout, 30*time.Minute)
	def(&l.MaxSession, 4*time.Hour)
	def(&l.ConnEvery, 2*time.Second)
	def(&l.WrongEvery, 20*time.Second)
	if l.ConnBurst <= 0 {
		l.ConnBurst = 30
	}
	if l.WrongBurst <= 0 {
		l.WrongBurst = 5
	}
	if l.MaxConns <= 0 {
		l.MaxConns = 2*roomMax + 20
	}
	if l.MaxPerAddr <= 0 {
		l.MaxPerAddr = 40
	}
	if l.MaxPendingPerAddr <= 0 {
		l.MaxPendingPerAddr = 8
	}
	def(&l.NoSessionTimeout, 30*time.Second)
	return l
}

// Server is the SSH server of one room.
type Server struct {
	room   *room.Room
	lang   i18n.Lang
	addr   string
	logf   func(string, ...any)
	limits Limits
	srv    *ssh.Server
	fp     string

	conns *limit.PerAddr // connection attempts per IP
	wrong *limit.PerAddr // wrong codes per IP
	open  atomic.Int64
	addrs addrs // open connections per address
	// refused counts refused connections; lastRefused is the last one's
	// time (Unix ns), for the projector.
	refused, lastRefused atomic.Int64
	// closing is set by Shutdown: new connections are refused.
	closing  atomic.Bool
	sessions sync.WaitGroup
	// pmu guards progs, the running programs, so that Shutdown and a new
	// round reach every one of them.
	pmu   sync.Mutex
	progs map[*session]*tea.Program
	// resultLink is Config.ResultLink.
	resultLink func(room.ParticipantID) string
	// stop ends the goroutine that watches the room for a new round.
	stop     chan struct{}
	stopOnce sync.Once

	// mu orders joins and leaves, so that a participant who drops and
	// comes back at once is never marked gone by the old session's Leave.
	mu   sync.Mutex
	live map[room.ParticipantID]int // open sessions per participant

	// beforeQuiz runs just before a session's program (whatever the
	// activity); tests use it to make a session panic. nil in use.
	beforeQuiz func(ssh.Session)
}

// ctxKey keys the session's state in the SSH context.
type ctxKey struct{}

// New makes the server: the host key (made when missing), the limits and
// the session chain. Errors (*i18n.Error, in both languages): a host key
// folder that cannot be made, a host key that cannot be made or read; a
// Config without Room is a programming mistake.
func New(cfg Config) (*Server, error) {
	if cfg.Room == nil {
		return nil, errors.New("sshjoin: no room")
	}
	s := &Server{
		room:  cfg.Room,
		lang:  cfg.Lang,
		addr:  cfg.Addr,
		logf:  cfg.Logf,
		live:  map[room.ParticipantID]int{},
		addrs: addrs{m: map[string]*addrCount{}},
		progs: map[*session]*tea.Program{},
		stop:  make(chan struct{}),
	}
	s.resultLink = cfg.ResultLink
	if s.lang == "" {
		s.lang = cfg.Room.Language()
	}
	if s.logf == nil {
		s.logf = func(string, ...any) {}
	}
	s.limits = cfg.Limits.withDefaults(cfg.Room.Snapshot().Max)
	s.conns = limit.New(limit.Every(s.limits.ConnEvery), s.limits.ConnBurst, maxIPs)
	s.wrong = limit.New(limit.Every(s.limits.WrongEvery), s.limits.WrongBurst, maxIPs)

	hostKey, err := hostKeyOption(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	srv, err := wish.NewServer(
		hostKey,
		wish.WithAddress(cfg.Addr),
		ssh.EmulatePty(),
		// Every key and every keyboard-interactive client (no questions
		// asked) gets in; the code is the gate. The "none" method is
		// refused on purpose: OpenSSH tries it first, and accepting it
		// would mean no client ever offers its key, so nobody could come
		// back as themselves. Refusing it costs nothing: every client
		// then falls back to a key or to keyboard-interactive.
		ssh.PublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		ssh.KeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		ssh.WrapConn(s.admit),
		wish.WithMiddleware(rm.MiddlewareWithLogger(logger{s.logf},
			s.teaMiddleware, // wish's bubbletea middleware, with window changes coalesced
			s.gate,
		)),
	)
	if err != nil {
		return nil, i18n.Errorf(txtServerFailed, err)
	}
	srv.HandshakeTimeout = s.limits.HandshakeTimeout
	srv.IdleTimeout = s.limits.IdleTimeout
	// The session limit is the programs' own (teaMiddleware), which
	// restores the terminal; this deadline only closes what is left.
	srv.MaxTimeout = s.limits.MaxSession + time.Minute
	// The activity is all there is: no subsystems (sftp), no forwarding (the
	// callbacks stay nil, which denies), no channels but "session".
	srv.SubsystemHandlers = nil
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionHandler}
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	if len(srv.HostSigners) == 0 {
		return nil, i18n.Errorf(txtServerFailed, errors.New("no host key"))
	}
	s.srv = srv
	s.fp = gossh.FingerprintSHA256(srv.HostSigners[0].PublicKey())
	go s.watchRounds()
	return s, nil
}

// newRoundMsg tells a session's program that the trainer started a new
// round: the room gave the participant a fresh walk.
type newRoundMsg struct{}

// watchRounds tells every running program when the room's round changes,
// so that nobody answers into a round that is over. One goroutine for the
// server, not one per session; in a room whose activity has one round (the
// culture survey) the round never changes and it tells nobody.
func (s *Server) watchRounds() {
	ch, cancel := s.room.Subscribe()
	defer cancel()
	round := s.room.Snapshot().Round
	for {
		select {
		case <-s.stop:
			return
		case <-ch:
		}
		if n := s.room.Snapshot().Round; n != round {
			round = n
			s.broadcast(newRoundMsg{})
		}
	}
}

// broadcast sends msg to every running program, without waiting for any.
func (s *Server) broadcast(msg tea.Msg) {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	for _, p := range s.progs {
		go p.Send(msg)
	}
}

// hostKeyOption loads or makes the host key: at path (its folder made
// 0700, the key written 0600 by wish), or in memory when path is "".
func hostKeyOption(path string) (ssh.Option, error) {
	if path == "" {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		signer, err := gossh.NewSignerFromKey(priv)
		if err != nil {
			return nil, err
		}
		return func(s *ssh.Server) error { s.AddHostKey(signer); return nil }, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, i18n.Errorf(txtKeyFolder, filepath.Dir(path), err)
	}
	return wish.WithHostKeyPath(path), nil
}

// Fingerprint is the host key's SHA256 fingerprint ("SHA256:…"), as ssh
// shows it on a first connection: the projector shows it so participants
// can check they reach the trainer's laptop.
func (s *Server) Fingerprint() string { return s.fp }

// Serve accepts connections on ln until Shutdown; it then returns
// ssh.ErrServerClosed.
func (s *Server) Serve(ln net.Listener) error { return s.srv.Serve(ln) }

// ListenAndServe listens on Config.Addr and serves.
func (s *Server) ListenAndServe() error { return s.srv.ListenAndServe() }

// ErrServerClosed is what Serve returns after Shutdown.
var ErrServerClosed = ssh.ErrServerClosed

// Shutdown stops accepting, ends every session's program (each
// participant is told the session has ended and leaves the room), waits
// for them until ctx ends, then closes every connection and returns once
// every session is done with the room: call it before closing the room.
// It returns ctx.Err() when the sessions did not end in time.
func (s *Server) Shutdown(ctx context.Context) error {
	s.pmu.Lock()
	s.closing.Store(true)
	for _, p := range s.progs {
		go p.Quit()
	}
	s.pmu.Unlock()
	s.stopOnce.Do(func() { close(s.stop) })
	done := make(chan struct{})
	go func() { s.sessions.Wait(); close(done) }()
	var werr error
	select {
	case <-done:
	case <-ctx.Done():
		werr = ctx.Err()
	}
	err := s.srv.Close()
	if errors.Is(err, ssh.ErrServerClosed) || err == nil {
		err = werr
	}
	if werr == nil {
		return err
	}
	// The sessions that did not end in time end now, with their
	// connections; wait for them to be done with the room.
	<-done
	return werr
}

// admit is the connection callback: it refuses a connection (closing it
// before the handshake) while shutting down, over the connection limit,
// or when the address tries too often.
func (s *Server) admit(ctx ssh.Context, c net.Conn) net.Conn {
	if s.closing.Load() {
		return nil
	}
	ip := hostOf(c.RemoteAddr())
	if !s.conns.Allow(ip) {
		return s.refuseConn("too many attempts from one address")
	}
	if s.open.Add(1) > int64(s.limits.MaxConns) {
		s.open.Add(-1)
		return s.refuseConn("%d connections open", s.limits.MaxConns)
	}
	if !s.addrs.admitAddr(ip, s.limits.MaxPerAddr, s.limits.MaxPendingPerAddr) {
		s.open.Add(-1)
		return s.refuseConn("too many connections from one address")
	}
	st := &connState{ip: ip}
	ctx.SetValue(connKey{}, st)
	// A connection without a session by now is closed: the server's
	// deferred Close then runs done below.
	timer := time.AfterFunc(s.limits.NoSessionTimeout, func() {
		if !st.session.Load() {
			_ = c.Close()
		}
	})
	return &countedConn{Conn: c, done: func() {
		timer.Stop()
		s.addrs.closed(ip, !st.session.Load())
		s.open.Add(-1)
	}}
}

// session is one SSH session's state, shared by the gate and the program.
type session struct {
	s   *Server
	key string // the public key's fingerprint, "" without one
	// id is the participant once joined; 0 before.
	id room.ParticipantID
	// err is a line to say after the program ends (a refused join).
	err   string
	leave sync.Once
	// timeUp: the session limit ended the program.
	timeUp atomic.Bool
}

// gate checks a session before the activity starts and cleans up after it: the
// code, the pty, no command; a returning key joins at once. It runs inside
// the recover middleware, so a panic ends this session only.
func (s *Server) gate(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.sessions.Add(1)
		defer s.sessions.Done()
		st := &session{s: s}
		defer st.release()
		if s.closing.Load() {
			refuse(sess, txtClosed.In(s.lang))
			return
		}
		ip := hostOf(sess.RemoteAddr())
		if s.wrong.Empty(ip) {
			refuse(sess, txtTooMany.In(s.lang))
			return
		}
		code, err := room.ParseCode(sess.User())
		if err != nil || code != s.room.Code() {
			s.wrong.Allow(ip)
			s.logf("ssh: refused a wrong code")
			if err != nil {
				refuse(sess, sentence(room.Message(err, s.lang)))
			} else {
				refuse(sess, txtWrongCode.In(s.lang))
			}
			return
		}
		port, host := s.hint(sess)
		if sess.RawCommand() != "" || sess.Subsystem() != "" {
			refuse(sess, txtNoCommand.F(s.lang, port, code, host))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			refuse(sess, txtNeedTerminal.F(s.lang, port, code, host))
			return
		}
		if pk := sess.PublicKey(); pk != nil {
			st.key = gossh.FingerprintSHA256(pk)
		}
		if _, ok := s.room.Lookup(st.key); ok {
			if err := st.join("", true); err != nil {
				refuse(sess, sentence(room.Message(err, s.lang)))
				return
			}
		} else if line := s.turnedAway(); line != "" {
			refuse(sess, line)
			return
		}
		sess.Context().SetValue(ctxKey{}, st)
		if s.beforeQuiz != nil {
			s.beforeQuiz(sess)
		}
		next(sess)
		s.pmu.Lock()
		delete(s.progs, st)
		s.pmu.Unlock()
		switch {
		case st.err != "":
			refuse(sess, st.err)
		case s.closing.Load(), st.timeUp.Load():
			_, _ = fmt.Fprintln(sess.Stderr(), txtClosed.In(s.lang))
			_ = sess.Exit(0)
		default:
			_ = sess.Exit(0)
		}
	}
}

// turnedAway is the line for someone new when the room will not take them
// (locked or full), checked before the name is asked; Join decides.
func (s *Server) turnedAway() string {
	snap := s.room.Snapshot()
	switch {
	case snap.Locked:
		return sentence(room.Message(room.ErrLocked, s.lang))
	case snap.Joined >= snap.Max:
		return txtFull.F(s.lang, snap.Max)
	}
	return ""
}

// hint is the port and host to put in an ssh command line: where this
// session connected to.
func (s *Server) hint(sess ssh.Session) (port, host string) {
	host, port, err := net.SplitHostPort(sess.LocalAddr().String())
	if err != nil {
		host, port = "HOST", "2222"
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return port, host
}

// refuse says one line and ends the session with exit status 1.
func refuse(sess ssh.Session, line string) {
	_, _ = fmt.Fprintln(sess.Stderr(), line)
	_ = sess.Exit(1)
	_ = sess.Close()
}

// join lets the session's participant into the room with name, or back
// in (back: their key is known); the first join of a session counts it as
// open for that participant.
func (st *session) join(name string, back bool) error {
	s := st.s
	s.mu.Lock()
	defer s.mu.Unlock()
	id, err := s.room.Join(st.key, name, room.ViaSSH)
	if err != nil {
		return err
	}
	if st.id == 0 {
		st.id = id
		s.live[id]++
		if back {
			s.logf("ssh: participant %d came back", id)
		} else {
			s.logf("ssh: participant %d joined", id)
		}
	}
	return nil
}

// release ends the session's part: the participant leaves the room when
// this was their last open session. It is safe to call more than once
// (quitting calls it, and so does the end of the session).
func (st *session) release() {
	if st.id == 0 {
		return
	}
	st.leave.Do(func() {
		s := st.s
		s.mu.Lock()
		defer s.mu.Unlock()
		s.live[st.id]--
		if s.live[st.id] > 0 {
			return
		}
		delete(s.live, st.id)
		if err := s.room.Leave(st.id); err != nil && !errors.Is(err, room.ErrClosed) {
			s.logf("ssh: participant %d left: %v", st.id, err)
			return
		}
		s.logf("ssh: participant %d left", st.id)
	})
}

// program makes the session's Bubble Tea program: the name step (for
// someone new) and the activity, with the session's own input, output, size,
// environment and colour profile, and no signal handler of its own (the
// command handles signals once, for the whole server).
func (s *Server) program(sess ssh.Session) *tea.Program {
	st, _ := sess.Context().Value(ctxKey{}).(*session)
	if st == nil {
		return nil
	}
	pty, _, _ := sess.Pty()
	env := append(sess.Environ(), "TERM="+pty.Term)
	prof := colorProfile(env)
	m := newModel(st, s.lang, prof >= colorprofile.ANSI)
	opts := append(bm.MakeOptions(sess),
		tea.WithoutSignalHandler(),
		// The renderer's frame ticker is what an idle session costs
		// (50 idle sessions: 6–7 % of a core at the default 60 fps, 5 % at
		// 30, under 1 % at 1); 30 fps is still instant for a key press.
		tea.WithFPS(30),
		tea.WithColorProfile(prof),
		tea.WithEnvironment(env),
	)
	p := tea.NewProgram(m, opts...)
	s.pmu.Lock()
	defer s.pmu.Unlock()
	if s.closing.Load() {
		return nil // Shutdown has begun: the gate says goodbye
	}
	s.progs[st] = p
	return p
}

// logger adapts Logf for the recover middleware.
type logger struct{ logf func(string, ...any) }

func (l logger) Printf(format string, args ...any) { l.logf("ssh: "+format, args...) }
