package casesview

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/screen/frame"
)

// ctrl+z suspends from the list and from a case, and the full help of
// both lists it (where the platform can suspend).
func TestSuspendKey(t *testing.T) {
	for _, m := range []Model{newModel(t, 80, 24), press(newModel(t, 80, 24), "enter")} {
		_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
		if frame.CanSuspend {
			if cmd == nil {
				t.Fatal("ctrl+z gave no command")
			}
			if _, ok := cmd().(tea.SuspendMsg); !ok {
				t.Fatalf("ctrl+z gave %T", cmd())
			}
		}
		if got := strings.Contains(screenText(press(m, "?")), "ctrl+z"); got != frame.CanSuspend {
			t.Errorf("ctrl+z in the full help: %v, want %v\n%s", got, frame.CanSuspend, screenText(press(m, "?")))
		}
	}
}
