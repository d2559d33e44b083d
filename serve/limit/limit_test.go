package limit

import (
	"testing"
	"time"
)

func TestPerAddr(t *testing.T) {
	now := time.Unix(0, 0)
	l := New(1, 2, 3)
	l.SetClock(func() time.Time { return now })
	first, second, third := l.Allow("a"), l.Allow("a"), l.Allow("a")
	if !first || !second || third || !l.Empty("a") {
		t.Fatal("burst of 2 not kept")
	}
	now = now.Add(time.Second)
	if l.Empty("a") || !l.Allow("a") || l.Allow("a") {
		t.Fatal("refill of 1 a second not kept")
	}
	l.Allow("b")
	l.Allow("c")
	if l.Allow("d") {
		t.Error("a fourth address was let in while three are busy")
	}
	now = now.Add(time.Minute)
	if !l.Allow("d") || l.Len() > 3 {
		t.Errorf("idle addresses not forgotten: %d", l.Len())
	}
	if e := Every(2 * time.Second); e != 0.5 {
		t.Errorf("Every(2s) = %v", e)
	}
}
