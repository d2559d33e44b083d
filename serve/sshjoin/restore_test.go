package sshjoin

import (
	"strings"
	"testing"
	"time"
)

// restored reports whether the terminal was given back: the switch back
// from the alternate screen comes after any switch to it, and the cursor
// is shown again after that.
func restored(raw string) bool {
	enter := strings.LastIndex(raw, "\x1b[?1049h")
	leave := strings.LastIndex(raw, "\x1b[?1049l")
	return leave > enter && strings.LastIndex(raw, "\x1b[?25h") > leave
}

// On every orderly end the participant's terminal is restored before the
// connection closes: a shutdown (quit, SIGTERM) and the session limit.
func TestTerminalRestoredOnOrderlyEnd(t *testing.T) {
	r := newRoom(t, 0)
	s, addr := serve(t, r, Limits{})
	tm := open(t, addr, "7K3Q", nil)
	joinAs(tm, "")
	ctx, cancel := contextWithTimeout(5 * time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	tm.exit()
	if raw := tm.out.String(); !restored(raw) {
		t.Errorf("shutdown: terminal not restored; the output ends %q", tail(raw))
	}

	r2 := newRoom(t, 0)
	_, addr2 := serve(t, r2, Limits{MaxSession: 1500 * time.Millisecond})
	tm2 := open(t, addr2, "7K3Q", nil)
	joinAs(tm2, "")
	tm2.exit() // the session limit ends it
	tm2.waitFor("De sessie is afgelopen")
	if raw := tm2.out.String(); !restored(raw) {
		t.Errorf("session limit: terminal not restored; the output ends %q", tail(raw))
	}
}
