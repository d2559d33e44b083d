package sshjoin

import (
	"testing"
	"time"
)

// Connections without a session: an address holds only a few at once,
// they are closed after NoSessionTimeout, and a participant with a
// session (slow to type the name) is not; the refusals are counted for
// the projector.
// TestIdleConnectionsAreBounded: connections without a session are capped
// per address and closed after NoSessionTimeout. The timeout (2 s) is long
// enough for the four dials to happen inside it on a loaded 2-core
// machine (at 300 ms the first was sometimes closed before the fourth
// was tried, which let the fourth in); the test then waits on the closes.
func TestIdleConnectionsAreBounded(t *testing.T) {
	r := newRoom(t, 10)
	s, addr := serve(t, r, Limits{MaxPendingPerAddr: 3, NoSessionTimeout: 2 * time.Second})
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
