package teamview

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/screen/frame"
)

// ctrl+z suspends the team screen, and its full help lists it (where the
// platform can suspend).
func TestSuspendKey(t *testing.T) {
	m := keypress.Drive(New(Config{Report: report(t, 3, i18n.NL), Theme: theme.Dark}), 80, 24)
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if frame.CanSuspend {
		if cmd == nil {
			t.Fatal("ctrl+z gave no command")
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Fatalf("ctrl+z gave %T", cmd())
		}
	}
	if got := strings.Contains(content(keypress.Drive(m, 80, 24, "?")), "ctrl+z"); got != frame.CanSuspend {
		t.Errorf("ctrl+z in the full help: %v, want %v", got, frame.CanSuspend)
	}
}
