// Package frame is what every screen of the program shares, like
// soft-serve's common UI part: the window size, the theme settled from the
// terminal's background, the minimum size and its message, the keys to quit
// and to get help, a footer whose help line always keeps those two keys, and
// the View that puts a screen on the alternate screen without ever drawing
// past the window. A screen embeds a Frame, passes every message to
// Frame.Update first, and draws its own content only when Frame.Ready.
package frame

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
)

// Minimum window size of every screen, in cells. Below it a screen shows
// TooSmall: at 40×12 every screen still fits its content and a help line
// with q and ?.
const (
	MinWidth  = layout.MinWidth
	MinHeight = layout.MinHeight
)

var (
	txtTooSmall = i18n.Text{
		NL: "Maak het venster groter.\nNodig: %d×%d, nu %d×%d.",
		EN: "Make the window larger.\nNeeded: %d×%d, now %d×%d."}
	txtQuit     = i18n.Text{NL: "stoppen", EN: "quit"}
	txtHelp     = i18n.Text{NL: "toetsen", EN: "keys"}
	txtHelpLess = i18n.Text{NL: "minder", EN: "less"}
	txtSuspend  = i18n.Text{NL: "pauzeren", EN: "suspend"}
)

// Keys are the keys every screen has. ctrl+c is bound to Quit on every
// screen, so it does exactly what q does there: a screen that asks before
// quitting asks for both.
type Keys struct {
	Quit    key.Binding
	Help    key.Binding
	Suspend key.Binding
}

// NewKeys returns the shared keys with help text in l. Suspend is disabled
// where the platform cannot suspend (CanSuspend), so no help lists it there.
func NewKeys(l i18n.Lang) Keys {
	k := Keys{
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", txtQuit.In(l))),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", txtHelp.In(l))),
		Suspend: key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", txtSuspend.In(l))),
	}
	k.Suspend.SetEnabled(CanSuspend)
	return k
}

// Frame holds the state every screen shares. It is a value: Update returns
// the new frame.
type Frame struct {
	Lang i18n.Lang
	// Width and Height are the window in cells; zero until the first
	// WindowSizeMsg.
	Width, Height int
	// Theme is the settled look; valid once Ready.
	Theme theme.Theme
	// Help is the help line, styled by the theme; ShowAll after ?.
	Help help.Model
	Keys Keys

	det   Detector
	color bool
}

// New starts a frame in language l with the theme choice and whether colour
// may be used (false under NO_COLOR).
func New(l i18n.Lang, choice theme.Choice, color bool) Frame {
	f := Frame{Lang: l, Help: help.New(), Keys: NewKeys(l), det: NewDetector(choice), color: color}
	f.applyTheme()
	return f
}

func (f *Frame) applyTheme() {
	f.Theme = theme.New(f.det.Dark(), f.color)
	f.Help.Styles = HelpStyles(f.Theme)
	f.Help.Ellipsis = "…"
}

// Init asks the terminal for its background when the theme is automatic.
func (f Frame) Init() tea.Cmd { return f.det.Init() }

// Update takes the window size and the terminal's background. It reports
// whether msg was the frame's alone (a screen need not look at it again); a
// WindowSizeMsg is reported as not handled, so screens can lay out anew.
func (f Frame) Update(msg tea.Msg) (Frame, bool) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		f.Width, f.Height = ws.Width, ws.Height
		return f, false
	}
	d, ok := f.det.Update(msg)
	if ok {
		f.det = d
		f.applyTheme()
	}
	return f, ok
}

// SetTheme fixes the theme (tests, a screen embedded in another).
func (f Frame) SetTheme(t theme.Theme) Frame {
	f.Theme = t
	f.Help.Styles = HelpStyles(t)
	f.det = Detector{known: true, dark: t.Dark}
	f.color = t.Color
	return f
}

// Ready reports whether the first frame can be drawn: the size and the
// background are known. Until then a screen draws nothing, so it never
// flashes the wrong palette.
func (f Frame) Ready() bool { return f.det.Known() && f.Width > 0 && f.Height > 0 }

// Fits reports whether the window reaches the minimum size.
func (f Frame) Fits() bool { return layout.Fits(f.Width, f.Height) }

// TooSmall is the message every screen shows below the minimum size.
func (f Frame) TooSmall() string {
	msg := txtTooSmall.F(f.Lang, MinWidth, MinHeight, f.Width, f.Height)
	return layout.Clamp(f.Theme.Body.Render(layout.WrapText(msg, f.Width-1)), f.Width, f.Height)
}

// ToggleHelp switches between the short help line and the full help.
func (f *Frame) ToggleHelp() { f.Help.ShowAll = !f.Help.ShowAll }

// Footer draws the help for keys in width cells. The full help (after ?)
// shows every column; the short help is fitted with Fit.
func (f Frame) Footer(keys help.KeyMap, width int, drop ...string) string {
	h := f.Help
	h.SetWidth(width)
	if h.ShowAll {
		return h.View(keys)
	}
	return h.ShortHelpView(f.Fit(keys.ShortHelp(), width, drop...))
}

// Fit keeps the bindings of all, in order, that fit in a help line of
// width cells. It drops the bindings named in drop (by help key, such as
// "a") first, in that order, then others from the front, but never the
// quit or the help key: q and ? stay on the narrowest window.
func (f Frame) Fit(all []key.Binding, width int, drop ...string) []key.Binding {
	out := append([]key.Binding(nil), all...)
	free := f.Help
	free.SetWidth(0) // measure without the help's own truncation
	fits := func() bool { return lipgloss.Width(free.ShortHelpView(out)) <= width }
	remove := func(i int) { out = append(out[:i], out[i+1:]...) }
	essential := func(b key.Binding) bool {
		k := b.Help().Key
		return k == f.Keys.Quit.Help().Key || k == f.Keys.Help.Help().Key
	}
	for _, d := range drop {
		if fits() {
			return out
		}
		for i, b := range out {
			if b.Help().Key == d && !essential(b) {
				remove(i)
				break
			}
		}
	}
	for !fits() {
		i := 0
		for i < len(out) && essential(out[i]) {
			i++
		}
		if i == len(out) {
			break
		}
		remove(i)
	}
	return out
}

// HelpLabel is the help key's description for the current state: "toetsen"
// with the short help, "minder" with the full one.
func (f Frame) HelpLabel() string {
	if f.Help.ShowAll {
		return txtHelpLess.In(f.Lang)
	}
	return txtHelp.In(f.Lang)
}

// View puts content on the alternate screen with the window title, clamped
// to the window, without cursor or mouse: the look of every screen.
func (f Frame) View(content, title string) tea.View {
	v := tea.NewView(layout.Clamp(content, f.Width, f.Height))
	v.AltScreen = true
	v.WindowTitle = title
	return v
}

// Draw is a screen's View: nothing until Ready (no flash of the wrong
// palette), TooSmall below the minimum size, else render's frame; always
// clamped to the window, in the alternate screen, with title.
func (f Frame) Draw(title string, render func() string) tea.View {
	switch {
	case !f.Ready():
		return f.View("", title)
	case !f.Fits():
		return f.View(f.TooSmall(), title)
	}
	return f.View(render(), title)
}

// PadLines makes s exactly h lines, so that a footer below it stays on the
// last rows.
func PadLines(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// HelpStyles styles the key help the same on every screen: keys bold,
// descriptions muted.
func HelpStyles(t theme.Theme) help.Styles {
	return help.Styles{
		Ellipsis:       t.Muted,
		ShortKey:       t.Key,
		ShortDesc:      t.Muted,
		ShortSeparator: t.Muted,
		FullKey:        t.Key,
		FullDesc:       t.Muted,
		FullSeparator:  t.Muted,
	}
}
