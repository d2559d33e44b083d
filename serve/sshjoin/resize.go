package sshjoin

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"golang.org/x/time/rate"
)

// Window changes: only the last size matters, so a session's program gets
// at most one size every ResizeEvery, the newest; the ones between are
// dropped. A client that sends more than ResizeBurst at once and then more
// than ResizeRate a second is no terminal being dragged but a flood (one
// session sent 20,000 in 1.6 s and cost the server 29 s of CPU when each
// one was drawn): its session ends.
const (
	ResizeEvery = 100 * time.Millisecond
	ResizeBurst = 300
	ResizeRate  = 30
)

// teaMiddleware runs the session's Bubble Tea program (s.program) as
// wish's bubbletea middleware does, with its window changes coalesced
// and bounded (see ResizeEvery).
func (s *Server) teaMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		program := s.program(sess)
		if program == nil {
			next(sess)
			return
		}
		_, winCh, ok := sess.Pty()
		if !ok {
			next(sess)
			return
		}
		// The session limit ends the program itself, so that the
		// terminal is restored; the server's own deadline (a minute
		// later, see New) only closes what is left.
		st, _ := sess.Context().Value(ctxKey{}).(*session)
		limit := time.AfterFunc(s.limits.MaxSession, func() {
			if st != nil {
				st.timeUp.Store(true)
			}
			program.Quit()
		})
		defer limit.Stop()
		ctx, cancel := context.WithCancel(sess.Context())
		done := make(chan struct{})
		go func() {
			defer close(done)
			s.resizes(ctx, winCh, program)
		}()
		if _, err := program.Run(); err != nil && ctx.Err() == nil {
			s.logf("ssh: a session's screen ended: %v", err)
		}
		program.Kill() // restores the terminal if it is still running
		cancel()
		<-done
		next(sess)
	}
}

// resizes passes the session's window sizes to p, coalesced and bounded,
// until ctx ends; a flood quits p. It always leaves a goroutine draining
// winCh, so that the SSH library's request loop never blocks on it.
func (s *Server) resizes(ctx context.Context, winCh <-chan ssh.Window, p *tea.Program) {
	all := winCh
	defer func() {
		if r := recover(); r != nil {
			s.logf("ssh: panic in a session's window changes: %v", r)
			p.Quit()
		}
		go func() {
			for range all {
			}
		}()
	}()
	lim := rate.NewLimiter(ResizeRate, ResizeBurst)
	timer := time.NewTimer(0)
	<-timer.C
	var latest ssh.Window
	pending, armed := false, false
	var last time.Time
	for {
		select {
		case <-ctx.Done():
			p.Quit() // the client is gone (or the program ended)
			return
		case w, ok := <-winCh:
			if !ok {
				winCh = nil // the client sends no more requests
				continue
			}
			if !lim.Allow() {
				s.logf("ssh: ended a session that sent window changes faster than any terminal")
				p.Quit()
				return
			}
			latest, pending = w, true
			if !armed {
				timer.Reset(max(0, time.Until(last.Add(ResizeEvery))))
				armed = true
			}
		case <-timer.C:
			armed = false
			if pending {
				pending = false
				last = time.Now()
				p.Send(tea.WindowSizeMsg{Width: latest.Width, Height: latest.Height})
			}
		}
	}
}
