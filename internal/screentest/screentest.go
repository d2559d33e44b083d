// Package screentest holds the checks that the screens' tests share.
package screentest

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/screen/frame"
)

// Fits fails the test when the frame out (ANSI codes allowed) has more
// than h lines or a line wider than w cells: a screen must never scroll
// or wrap the terminal it is drawn on.
func Fits(tb testing.TB, out string, w, h int) {
	tb.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		tb.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			tb.Errorf("%dx%d: line %d is %d wide: %q", w, h, i+1, n, ansi.Strip(l))
		}
	}
}

// Suspends fails the test unless ctrl+z suspends m where the platform
// can (frame.CanSuspend) and fullHelp, the text of m's full help, lists
// ctrl+z exactly there.
func Suspends(tb testing.TB, m tea.Model, fullHelp string) {
	tb.Helper()
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl})
	if frame.CanSuspend {
		if cmd == nil {
			tb.Fatal("ctrl+z gave no command")
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			tb.Fatalf("ctrl+z gave %T", cmd())
		}
	}
	if got := strings.Contains(fullHelp, "ctrl+z"); got != frame.CanSuspend {
		tb.Errorf("ctrl+z in the full help: %v, want %v\n%s", got, frame.CanSuspend, fullHelp)
	}
}
