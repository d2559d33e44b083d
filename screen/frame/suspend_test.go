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

// Handle takes the suspend key and the window size; only the suspend key
// (where it works) ends the screen's Update.
func TestHandle(t *testing.T) {
	f := New(i18n.NL, theme.Dark, false)
	if _, done := f.Handle(tea.WindowSizeMsg{Width: 80, Height: 24}); done || f.Width != 80 || f.Height != 24 {
		t.Fatalf("a window size: done %v, size %d×%d", done, f.Width, f.Height)
	}
	if _, done := f.Handle(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}); done != CanSuspend {
		t.Errorf("ctrl+z: done %v, want %v", done, CanSuspend)
	}
	if _, done := f.Handle(tea.KeyPressMsg{Code: 'q'}); done {
		t.Error("q was taken by the frame")
	}
}
