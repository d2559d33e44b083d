package resultview

import (
	"charm.land/bubbles/v2/key"

	"ideale-ambtenaar/i18n"
)

// keyMap holds the result screen's own keys. The owner handles the keys
// that leave the screen (restart, quit, help, save); everything else
// arrives here.
type keyMap struct {
	// ToProfiles and ToChart are the same keys (tab, shift+tab) with the
	// help for where they lead from the current view.
	ToProfiles key.Binding
	ToChart    key.Binding
	// ToGrowth is ToProfiles when the development pointer is in the
	// profiles view (the window is too small for it on the chart).
	ToGrowth key.Binding
	// Prev and Next move through the three types in the profiles view.
	Prev, Next key.Binding
	// Pick jumps to a type by number, from either view.
	Pick key.Binding
	// Types is help only: "←/→ type" for Prev, Next and Pick.
	Types key.Binding
	// Scroll is help only: "↑/↓ meer tekst" when a profile is longer
	// than the window.
	Scroll                     key.Binding
	Up, Down, PageUp, PageDown key.Binding
	Top, Bottom                key.Binding
}

var (
	helpProfiles = i18n.Text{NL: "de typen", EN: "the types"}
	helpGrowth   = i18n.Text{NL: "tip en de typen", EN: "tip and the types"}
	helpChart    = i18n.Text{NL: "grafiek", EN: "chart"}
	helpType     = i18n.Text{NL: "type", EN: "type"}
	helpScroll   = i18n.Text{NL: "meer tekst", EN: "more text"}
)

func newKeyMap(l i18n.Lang) keyMap {
	tab := []string{"tab", "shift+tab"}
	return keyMap{
		ToProfiles: key.NewBinding(key.WithKeys(tab...), key.WithHelp("tab", helpProfiles.In(l))),
		ToChart:    key.NewBinding(key.WithKeys(tab...), key.WithHelp("tab", helpChart.In(l))),
		ToGrowth:   key.NewBinding(key.WithKeys(tab...), key.WithHelp("tab", helpGrowth.In(l))),
		Prev:       key.NewBinding(key.WithKeys("left", "h")),
		Next:       key.NewBinding(key.WithKeys("right", "l")),
		Pick:       key.NewBinding(key.WithKeys("1", "2", "3")),
		Types:      key.NewBinding(key.WithKeys("left", "right", "h", "l", "1", "2", "3"), key.WithHelp("←/→", helpType.In(l))),
		Scroll:     key.NewBinding(key.WithKeys("up", "down", "k", "j", "pgup", "pgdown", "space", "home", "end"), key.WithHelp("↑/↓", helpScroll.In(l))),
		Up:         key.NewBinding(key.WithKeys("up", "k")),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		PageUp:     key.NewBinding(key.WithKeys("pgup")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "space")),
		Top:        key.NewBinding(key.WithKeys("home")),
		Bottom:     key.NewBinding(key.WithKeys("end")),
	}
}
