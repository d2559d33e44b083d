package sshjoin

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/i18n"
)

// TestNoSuspendInASession: ctrl+z in a participant's session gives no
// command, at the name step, in the quiz and in the culture survey, and
// no help lists it: Bubble Tea's suspend would stop the server (SIGTSTP
// to its process group), every session with it.
func TestNoSuspendInASession(t *testing.T) {
	ctrlZ := tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	for name, st := range map[string]*session{
		"name step": {s: &Server{room: newRoom(t, 0), lang: i18n.NL}},
		"quiz":      {s: &Server{room: newRoom(t, 0), lang: i18n.NL}, id: 1},
		"culture":   {s: &Server{room: newCultureRoom(t, 0), lang: i18n.NL}, id: 1},
	} {
		t.Run(name, func(t *testing.T) {
			var m tea.Model = newModel(st, i18n.NL, true)
			m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			m, _ = m.Update(tea.BackgroundColorMsg{Color: color.Black})
			m, _ = m.Update(tea.KeyPressMsg{Code: '?', Text: "?"})
			if help := ansi.Strip(m.View().Content); strings.Contains(help, "ctrl+z") {
				t.Errorf("the help offers ctrl+z:\n%s", help)
			}
			if _, cmd := m.Update(ctrlZ); cmd != nil {
				if msg, ok := cmd().(tea.SuspendMsg); ok {
					t.Errorf("ctrl+z gave %T", msg)
				}
			}
		})
	}
}
