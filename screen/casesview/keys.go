package casesview

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/viewport"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/screen/frame"
)

// keyMap holds every key of the case-discussion mode. The case screen and
// the list each show their own part of it in the help (caseHelp, listHelp).
type keyMap struct {
	// Case screen.
	Reveal    [profile.Count]key.Binding // b/1, o/2, v/3: show or hide one type
	RevealAny key.Binding                // the three above as one help entry
	All       key.Binding
	Hide      key.Binding
	Next      key.Binding
	Prev      key.Binding
	Browse    key.Binding // n/p as one help entry
	Scroll    key.Binding // ↑/↓ as one help entry (the viewport does the work)
	Page      key.Binding // pgup/pgdn as one help entry
	Top       key.Binding
	Bottom    key.Binding
	Back      key.Binding

	// List screen.
	Open key.Binding
	List list.KeyMap

	// Everywhere.
	Help    key.Binding
	Quit    key.Binding
	Suspend key.Binding
	// ForceQuit works even while typing a filter.
	ForceQuit key.Binding
}

var (
	helpReveal    = [profile.Count]i18n.Text{{NL: "bureaucraat", EN: "bureaucrat"}, {NL: "ondernemer", EN: "entrepreneur"}, {NL: "verbinder", EN: "connector"}}
	helpRevealAny = i18n.Text{NL: "tonen", EN: "reveal"}
	helpAll       = i18n.Text{NL: "alle drie", EN: "all three"}
	helpHide      = i18n.Text{NL: "verbergen", EN: "hide all"}
	helpNext      = i18n.Text{NL: "volgende", EN: "next"}
	helpPrev      = i18n.Text{NL: "vorige", EN: "previous"}
	helpBrowse    = i18n.Text{NL: "bladeren", EN: "browse"}
	helpScroll    = i18n.Text{NL: "scrollen", EN: "scroll"}
	helpPage      = i18n.Text{NL: "pagina", EN: "page"}
	helpBack      = i18n.Text{NL: "lijst", EN: "list"}
	helpOpen      = i18n.Text{NL: "openen", EN: "open"}

	helpUp          = i18n.Text{NL: "kiezen", EN: "choose"}
	helpPageList    = i18n.Text{NL: "pagina", EN: "page"}
	helpStartEnd    = i18n.Text{NL: "begin/eind", EN: "start/end"}
	helpFilter      = i18n.Text{NL: "zoeken", EN: "filter"}
	helpClearFilter = i18n.Text{NL: "zoekterm wissen", EN: "clear filter"}
	helpApply       = i18n.Text{NL: "klaar", EN: "apply"}
	helpCancel      = i18n.Text{NL: "annuleren", EN: "cancel"}
)

// typeLetters are the reveal keys per language, in the fixed type order.
var typeLetters = map[i18n.Lang][profile.Count]string{
	i18n.NL: {"b", "o", "v"},
	i18n.EN: {"b", "e", "c"},
}

// newKeyMap makes the case screens' keys in l, with the keys every screen
// shares (fk).
func newKeyMap(l i18n.Lang, fk frame.Keys) keyMap {
	nb := key.NewBinding
	// The letters are the types' initials in the user's language:
	// b/o/v (bureaucraat, ondernemer, verbinder), b/e/c (bureaucrat,
	// entrepreneur, connector); the digits work in both.
	letters := typeLetters[l]
	if letters == [profile.Count]string{} {
		letters = typeLetters[i18n.NL]
	}
	reveal := func(t profile.Type) key.Binding {
		d := string(rune('1' + int(t)))
		return nb(key.WithKeys(letters[t], d), key.WithHelp(letters[t]+"/"+d, helpReveal[t].In(l)))
	}
	k := keyMap{
		Reveal: [profile.Count]key.Binding{reveal(profile.Bureaucraat), reveal(profile.Ondernemer), reveal(profile.Verbinder)},
		RevealAny: nb(key.WithKeys(letters[0], letters[1], letters[2], "1", "2", "3"),
			key.WithHelp(letters[0]+"/"+letters[1]+"/"+letters[2], helpRevealAny.In(l))),
		All:       nb(key.WithKeys("a"), key.WithHelp("a", helpAll.In(l))),
		Hide:      nb(key.WithKeys("h"), key.WithHelp("h", helpHide.In(l))),
		Next:      nb(key.WithKeys("n", "right"), key.WithHelp("n/→", helpNext.In(l))),
		Prev:      nb(key.WithKeys("p", "left"), key.WithHelp("p/←", helpPrev.In(l))),
		Browse:    nb(key.WithKeys("n", "p", "right", "left"), key.WithHelp("n/p", helpBrowse.In(l))),
		Scroll:    nb(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", helpScroll.In(l))),
		Page:      nb(key.WithKeys("pgup", "pgdown", "space"), key.WithHelp("pgup/pgdn", helpPage.In(l))),
		Top:       nb(key.WithKeys("home", "g")),
		Bottom:    nb(key.WithKeys("end", "G")),
		Back:      nb(key.WithKeys("esc", "backspace"), key.WithHelp("esc", helpBack.In(l))),
		Open:      nb(key.WithKeys("enter"), key.WithHelp("enter", helpOpen.In(l))),
		Help:      fk.Help,
		Quit:      fk.Quit,
		Suspend:   fk.Suspend,
		ForceQuit: nb(key.WithKeys("ctrl+c")),
	}

	// The list's own keys, with help in the interface language. Its quit
	// keys are ours (q, ctrl+c), and ? toggles our help, not the list's.
	lk := list.DefaultKeyMap()
	lk.CursorUp.SetHelp("↑/↓", helpUp.In(l))
	lk.CursorDown.SetHelp("↓", helpUp.In(l))
	lk.NextPage.SetHelp("→/pgdn", helpPageList.In(l)+" →")
	lk.PrevPage.SetHelp("←/pgup", helpPageList.In(l)+" ←")
	lk.GoToStart.SetHelp("g/G", helpStartEnd.In(l))
	lk.Filter.SetHelp("/", helpFilter.In(l))
	lk.ClearFilter.SetHelp("esc", helpClearFilter.In(l))
	lk.AcceptWhileFiltering.SetHelp("enter", helpApply.In(l))
	lk.CancelWhileFiltering.SetHelp("esc", helpCancel.In(l))
	lk.ShowFullHelp.SetEnabled(false)
	lk.CloseFullHelp.SetEnabled(false)
	lk.Quit.SetEnabled(false)
	lk.ForceQuit.SetEnabled(false)
	k.List = lk
	return k
}

// viewportKeys scrolls the case text. The pager keys that the viewport has
// by default (b, h, l, d, u, f) are left out: here they mean something else.
func viewportKeys() viewport.KeyMap {
	nb := key.NewBinding
	return viewport.KeyMap{
		Up:           nb(key.WithKeys("up", "k")),
		Down:         nb(key.WithKeys("down", "j")),
		PageUp:       nb(key.WithKeys("pgup")),
		PageDown:     nb(key.WithKeys("pgdown", "space")),
		HalfPageUp:   nb(key.WithKeys("ctrl+u")),
		HalfPageDown: nb(key.WithKeys("ctrl+d")),
		Left:         nb(key.WithDisabled()),
		Right:        nb(key.WithDisabled()),
	}
}

// caseHelp is the help for the case screen. short is chosen by fitShort so
// that the essential keys are never cut off on a narrow window.
type caseHelp struct {
	k     keyMap
	short []key.Binding
}

func (h caseHelp) ShortHelp() []key.Binding { return h.short }

func (h caseHelp) FullHelp() [][]key.Binding {
	k := h.k
	return [][]key.Binding{
		{k.Reveal[0], k.Reveal[1], k.Reveal[2], k.All, k.Hide},
		{k.Next, k.Prev, k.Scroll, k.Page},
		frame.Enabled(k.Back, k.Help, k.Suspend, k.Quit),
	}
}

// caseShort lists the case screen's short help in display order; the
// optional entries are dropped first when the window is narrow.
func (k keyMap) caseShort() (all []key.Binding, dropOrder []string) {
	return []key.Binding{k.RevealAny, k.All, k.Hide, k.Browse, k.Back, k.Help, k.Quit},
		[]string{"h", "a", "esc", "n/p"}
}

// listHelp is the help for the list screen; it follows the list's filter
// state, as the list's own help would.
type listHelp struct {
	k     keyMap
	state list.FilterState
	short []key.Binding
}

func (h listHelp) ShortHelp() []key.Binding { return h.short }

func (h listHelp) FullHelp() [][]key.Binding {
	k := h.k
	if h.state == list.Filtering {
		return [][]key.Binding{{k.List.AcceptWhileFiltering, k.List.CancelWhileFiltering}}
	}
	third := frame.Enabled(k.Help, k.Suspend, k.Quit)
	second := []key.Binding{k.Open, k.List.Filter}
	if h.state == list.FilterApplied {
		second = append(second, k.List.ClearFilter)
	}
	return [][]key.Binding{
		{k.List.CursorUp, k.List.NextPage, k.List.PrevPage, k.List.GoToStart},
		second,
		third,
	}
}

func (k keyMap) listShort(state list.FilterState) (all []key.Binding, dropOrder []string) {
	switch state {
	case list.Filtering:
		return []key.Binding{k.List.AcceptWhileFiltering, k.List.CancelWhileFiltering}, nil
	case list.FilterApplied:
		return []key.Binding{k.List.CursorUp, k.Open, k.List.ClearFilter, k.Help, k.Quit},
			[]string{"↑/↓"}
	}
	return []key.Binding{k.List.CursorUp, k.Open, k.List.Filter, k.Help, k.Quit},
		[]string{"↑/↓"}
}
