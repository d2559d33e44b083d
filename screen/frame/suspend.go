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

// Handle is the start of a screen's Update: the suspend key (Suspend),
// the window size and the terminal's background answer (Update) are the
// frame's. It reports true when msg was the suspend key or made the theme
// known; the screen then restyles from f.Theme and returns cmd, and has
// nothing more to do with msg:
//
//	if cmd, done := m.fr.Handle(msg); done {
//		m.restyle()
//		return m, cmd
//	}
//
// A window size is taken and still reported false, so that the screen
// can lay itself out again.
func (f *Frame) Handle(msg tea.Msg) (tea.Cmd, bool) {
	if cmd, ok := f.Suspend(msg); ok {
		return cmd, true
	}
	var handled bool
	*f, handled = f.Update(msg)
	return nil, handled
}
