package sshjoin

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Connections that never open a session cost a slot and nothing else: 22
// addresses held 619 of them with keepalives, and a real participant got
// "Connection closed by remote host". So a connection must open a session
// within NoSessionTimeout (a participant slow to type their name has one
// by then), an address may hold at most MaxPerAddr connections and at most
// MaxPendingPerAddr of them without a session, and every refusal is
// counted for the projector (Refused).

// connKey keys a connection's connState in the SSH context.
type connKey struct{}

// connState is one connection's address and whether it opened a session.
type connState struct {
	ip      string
	session atomic.Bool
}

// addrCount is what one address holds now.
type addrCount struct{ open, pending int }

// addrs counts the open connections per address.
type addrs struct {
	mu sync.Mutex
	m  map[string]*addrCount
}

// admitAddr counts a new connection from ip, or says no when the address
// is at either cap.
func (a *addrs) admitAddr(ip string, maxOpen, maxPending int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	c := a.m[ip]
	if c == nil {
		c = &addrCount{}
		a.m[ip] = c
	}
	if c.open >= maxOpen || c.pending >= maxPending {
		return false
	}
	c.open++
	c.pending++
	return true
}

// opened moves a connection of ip from pending to in session.
func (a *addrs) opened(ip string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if c := a.m[ip]; c != nil && c.pending > 0 {
		c.pending--
	}
}

// closed forgets a connection of ip.
func (a *addrs) closed(ip string, pending bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	c := a.m[ip]
	if c == nil {
		return
	}
	c.open--
	if pending {
		c.pending--
	}
	if c.open <= 0 {
		delete(a.m, ip)
	}
}

// refuse counts a refused connection and logs why.
func (s *Server) refuseConn(why string, args ...any) net.Conn {
	s.refused.Add(1)
	s.lastRefused.Store(time.Now().UnixNano())
	s.logf("ssh: refused a connection: "+why, args...)
	return nil
}

// Refused is how many connections the server refused so far (too many
// attempts or connections from one address, or the server full) and when
// it last did; the projector says so while it happens.
func (s *Server) Refused() (n int64, last time.Time) {
	if ns := s.lastRefused.Load(); ns != 0 {
		last = time.Unix(0, ns)
	}
	return s.refused.Load(), last
}

// sessionHandler is ssh's session channel handler that first marks the
// connection as having a session (see connState).
func (s *Server) sessionHandler(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	if st, ok := ctx.Value(connKey{}).(*connState); ok && st.session.CompareAndSwap(false, true) {
		s.addrs.opened(st.ip)
	}
	ssh.DefaultSessionHandler(srv, conn, ch, ctx)
}
