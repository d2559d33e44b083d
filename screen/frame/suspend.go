package frame

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Suspend handles the suspend key (ctrl+z) the same way on every screen: on
// Unix it returns tea.Suspend, which gives the terminal back to the shell
// (raw mode off, main screen, cursor shown) and stops the process until
// `fg`; Bubble Tea then restores raw mode, repaints and sends tea.ResumeMsg.
// Without this, ctrl+z is an ordinary key that does nothing, and keys typed
// at the shell afterwards would reach the quiz. A screen calls it first in
// Update, before dialogs and text fields see the key:
//
//	if cmd, ok := m.fr.Suspend(msg); ok {
//		return m, cmd
//	}
//
// It reports false for every other message, and always on Windows, which
// has no job control (CanSuspend).
func (f Frame) Suspend(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !CanSuspend || !key.Matches(k, f.Keys.Suspend) {
		return nil, false
	}
	return tea.Suspend, true
}

// Enabled keeps the enabled bindings of bs, in order: for a full help that
// lists a key only where it works (Suspend is disabled on Windows).
func Enabled(bs ...key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		if b.Enabled() {
			out = append(out, b)
		}
	}
	return out
}
