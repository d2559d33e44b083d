// Package keypress turns key names into Bubble Tea key messages for the
// screens' tests, so that every test types "enter" or "shift+tab" the same
// way a terminal would deliver it.
package keypress

import tea "charm.land/bubbletea/v2"

var named = map[string]tea.KeyPressMsg{
	"enter":     {Code: tea.KeyEnter},
	"esc":       {Code: tea.KeyEscape},
	"tab":       {Code: tea.KeyTab},
	"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"space":     {Code: tea.KeySpace, Text: " "},
	"backspace": {Code: tea.KeyBackspace},
	"up":        {Code: tea.KeyUp},
	"down":      {Code: tea.KeyDown},
	"left":      {Code: tea.KeyLeft},
	"right":     {Code: tea.KeyRight},
	"pgup":      {Code: tea.KeyPgUp},
	"pgdown":    {Code: tea.KeyPgDown},
	"home":      {Code: tea.KeyHome},
	"end":       {Code: tea.KeyEnd},
	"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
}

// Msg returns the key press for a name: one of the named keys above, or a
// single printable character typed as itself.
func Msg(name string) tea.KeyPressMsg {
	if m, ok := named[name]; ok {
		return m
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

// Drive sends m the window size w×h and then the keys in turn, as a
// program would, and returns the model as it ends; the commands that
// Update returns are not run. M is the screen's model type.
func Drive[M tea.Model](m M, w, h int, keys ...string) M {
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	for _, k := range keys {
		next, _ = next.Update(Msg(k))
	}
	return next.(M)
}
