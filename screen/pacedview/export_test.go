package pacedview

import tea "charm.land/bubbletea/v2"

// ChangedMsg is the message the screen's listener sends after a change
// of the room, for tests that drive Update directly.
func ChangedMsg() tea.Msg { return changedMsg{} }

// Field is what the proposal field holds.
func (m Model) Field() string { return m.field.Value() }
