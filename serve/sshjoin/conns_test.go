package sshjoin

import (
	"testing"
	"time"
)

// Connections without a session: an address holds only a few at once,
// they are closed after NoSessionTimeout, and a participant with a
// session (slow to type the name) is not; the refusals are counted for
// the projector.
func TestIdleConnectionsAreBounded(t *testing.T) {
	r := newRoom(t, 10)
	s, addr := serve(t, r, Limits{MaxPendingPerAddr: 3, NoSessionTimeout: 300 * time.Millisecond})
	real := open(t, addr, string(r.Code()), newKey(t))
	real.waitFor("Je naam")
	closed := make(chan error, 3)
	for range 3 {
		c, err := dial(addr, string(r.Code()), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		go func() { closed <- c.Wait() }()
	}
	if c, err := dial(addr, string(r.Code()), nil); err == nil {
		c.Close()
		t.Error("a fourth connection without a session from one address was let in")
	}
	if n, last := s.Refused(); n == 0 || last.IsZero() {
		t.Errorf("refusals not counted: %d at %v", n, last)
	}
	for range 3 {
		<-closed // each idle connection is closed by the server
	}
	joinAs(real, "Anna") // the session, older than the timeout, is still there
}
