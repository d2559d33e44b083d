package cultureview

import (
	"charm.land/bubbles/v2/key"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// keyMap holds every key of the culture screens. Bindings are enabled per
// stage (see Model.syncKeys), so the help shows only what works there.
type keyMap struct {
	Select key.Binding // ↑/↓: which description (help only)
	Points key.Binding // ←/→ and +/−: the points (help only)
	More   key.Binding
	Less   key.Binding
	Digit  key.Binding
	Next   key.Binding
	Back   key.Binding
	Start  key.Binding
	// Dims switches the result between the totals and the picture per
	// dimension; Page (←/→, pgup/pgdn) leafs through the dimensions
	// when they do not all fit.
	Dims    key.Binding
	Page    key.Binding
	Help    key.Binding
	Quit    key.Binding
	Suspend key.Binding

	// Up and Down move the focus and stop at the first and last
	// description; Prev and Follow (tab, shift+tab) go round.
	Up, Down, Prev, Follow key.Binding
	// PagePrev and PageNext are Page's two directions.
	PagePrev, PageNext key.Binding
}

var (
	helpSelect = i18n.Text{NL: "beschrijving", EN: "description"}
	helpPoints = i18n.Text{NL: "punten", EN: "points"}
	helpDigit  = i18n.Text{NL: "typ punten", EN: "type points"}
	helpNext   = i18n.Text{NL: "verder", EN: "next"}
	helpBack   = i18n.Text{NL: "terug", EN: "back"}
	helpStart  = i18n.Text{NL: "begin", EN: "start"}
	helpDims   = i18n.Text{NL: "per onderwerp", EN: "per dimension"}
	helpTotals = i18n.Text{NL: "totaal", EN: "totals"}
	helpPage   = i18n.Text{NL: "bladeren", EN: "leaf through"}
)

// newKeyMap makes the culture screen's keys in l, with the keys every
// screen shares (fk).
func newKeyMap(l i18n.Lang, fk frame.Keys) keyMap {
	back := "t"
	if l == i18n.EN {
		back = "b"
	}
	return keyMap{
		Select:   key.NewBinding(key.WithKeys("up", "down", "k", "j", "tab", "shift+tab"), key.WithHelp("↑/↓", helpSelect.In(l))),
		Up:       key.NewBinding(key.WithKeys("up", "k")),
		Down:     key.NewBinding(key.WithKeys("down", "j")),
		Prev:     key.NewBinding(key.WithKeys("shift+tab")),
		Follow:   key.NewBinding(key.WithKeys("tab")),
		Points:   key.NewBinding(key.WithKeys("left", "right", "+", "-"), key.WithHelp("←/→", helpPoints.In(l))),
		More:     key.NewBinding(key.WithKeys("right", "l", "+", "=")),
		Less:     key.NewBinding(key.WithKeys("left", "h", "-", "_")),
		Digit:    key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9", helpDigit.In(l))),
		Next:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", helpNext.In(l))),
		Back:     key.NewBinding(key.WithKeys("esc", "backspace", "t", "b"), key.WithHelp(back, helpBack.In(l))),
		Start:    key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", helpStart.In(l))),
		Dims:     key.NewBinding(key.WithKeys("d", "tab"), key.WithHelp("d", helpDims.In(l))),
		Page:     key.NewBinding(key.WithKeys("left", "right", "pgup", "pgdown"), key.WithHelp("←/→", helpPage.In(l))),
		PagePrev: key.NewBinding(key.WithKeys("left", "h", "pgup")),
		PageNext: key.NewBinding(key.WithKeys("right", "l", "pgdown", "space")),
		Help:     fk.Help,
		Quit:     fk.Quit,
		Suspend:  fk.Suspend,
	}
}

// ShortHelp is the one-line help under every screen.
func (k keyMap) ShortHelp() []key.Binding {
	return frame.Enabled(k.Start, k.Next, k.Back, k.Select, k.Points, k.Dims, k.Page, k.Quit, k.Help)
}

// FullHelp is shown after "?".
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		frame.Enabled(k.Select, k.Points, k.Digit),
		frame.Enabled(k.Start, k.Next, k.Back, k.Dims, k.Page),
		frame.Enabled(k.Help, k.Suspend, k.Quit),
	}
}
