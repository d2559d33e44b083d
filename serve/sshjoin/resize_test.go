package sshjoin

import (
	"testing"
)

// A window-change flood ends the session that sends it (before, each one
// was drawn: 20,000 cost the server 29 s of CPU); a terminal dragged to a
// new size (a few dozen changes) keeps its session; another participant
// is not bothered.
func TestWindowChangeFloodEndsTheSession(t *testing.T) {
	r := newRoom(t, 10)
	_, addr := serve(t, r, Limits{})
	calm := open(t, addr, string(r.Code()), newKey(t))
	calm.waitFor("naam")
	for i := range 40 {
		if err := calm.sess.WindowChange(24+i%10, 80+i); err != nil {
			t.Fatal(err)
		}
	}
	flood := open(t, addr, string(r.Code()), newKey(t))
	flood.waitFor("naam")
	for i := range 5000 {
		if err := flood.sess.WindowChange(24+i%30, 80+i%60); err != nil {
			break // the server ended it
		}
	}
	flood.exit()
	joinAs(calm, "Anna")
}
