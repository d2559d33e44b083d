package casesview

import (
	"testing"

	"ideale-ambtenaar/internal/screentest"
)

// ctrl+z suspends from the list and from a case, and the full help of
// both lists it (where the platform can suspend).
func TestSuspendKey(t *testing.T) {
	for _, m := range []Model{newModel(t, 80, 24), press(newModel(t, 80, 24), "enter")} {
		screentest.Suspends(t, m, screenText(press(m, "?")))
	}
}
