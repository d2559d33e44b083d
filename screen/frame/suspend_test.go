package frame

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
)

// ctrl+z must suspend (on Unix) and nothing else may.
func TestSuspend(t *testing.T) {
	f := New(i18n.NL, theme.Dark, false)
	cmd, ok := f.Suspend(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if ok != CanSuspend {
		t.Fatalf("ctrl+z handled = %v, want %v", ok, CanSuspend)
	}
	if CanSuspend {
		if cmd == nil {
			t.Fatal("ctrl+z gave no command")
		}
		if _, isSuspend := cmd().(tea.SuspendMsg); !isSuspend {
			t.Fatalf("ctrl+z gave %T, want tea.SuspendMsg", cmd())
		}
	}
	for _, msg := range []tea.Msg{tea.KeyPressMsg{Code: 'z'}, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}, tea.WindowSizeMsg{}} {
		if _, ok := f.Suspend(msg); ok {
			t.Errorf("%v was taken for suspend", msg)
		}
	}
	if f.Keys.Suspend.Enabled() != CanSuspend {
		t.Error("the suspend key's help must show exactly where it works")
	}
}
