// Package resultview draws a person's mix of the three ideal types: the
// percentages large enough to read across a room, the chart, the headline
// (what the person chose, most often first, then in small print how sure
// that is; never a verdict), the development pointer, the chameleon colour
// the mix makes, and a profile of each type. It is a
// component: the quiz screen (or a demo) owns it, sizes it and handles the
// keys that leave it.
package resultview

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// view is which of the screen's two views is shown.
type view int

const (
	// viewChart is the mix at a glance: big digits, chart, sentence and
	// the chameleon colour.
	viewChart view = iota
	// viewProfiles describes one type at a time.
	viewProfiles
)

// Model is the result screen's state.
type Model struct {
	prof   profile.Mix
	types  [profile.Count]profile.TypeProfile
	lang   i18n.Lang
	theme  theme.Theme
	paints theme.Paints
	keys   keyMap
	width  int
	height int
	demo   bool

	// growthAway is true when the chart view has no room for the
	// development pointer at this size: the profiles view then shows it
	// above each profile and the help line says so.
	growthAway bool

	view   view
	sel    profile.Type // the type shown in the profiles view
	offset int          // first body line shown in the profiles view
}

// New makes a result screen for a mix. types supplies the type names
// and profiles in the interface language.
func New(p profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang, t theme.Theme) Model {
	return Model{prof: p, types: types, lang: l, theme: t, paints: t.Paints(), keys: newKeyMap(l), sel: p.Ranking[0]}
}

// DemoPoints is the sample mix of --demo: clearly leaning, with a real
// second and third, so every part of the screen has something to show.
var DemoPoints = profile.Points{8, 12, 6}

// NewDemo makes the result screen for --demo, marked as an example.
func NewDemo(types [profile.Count]profile.TypeProfile, l i18n.Lang, t theme.Theme) Model {
	m := New(profile.New(DemoPoints), types, l, t)
	m.demo = true
	return m
}

// SetSize tells the screen how much room it has (the whole window less
// whatever the owner draws around it).
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = w, h
	m.growthAway = false
	if w > 0 && h > 0 {
		_, _, shown := m.chartLayout()
		m.growthAway = !shown && m.prof.Shape != profile.Empty
	}
	if m.view == viewProfiles {
		m.offset = m.clampOffset(m.offset)
	}
	return m
}

// SetTheme switches light/dark or colour.
func (m Model) SetTheme(t theme.Theme) Model { m.theme, m.paints = t, t.Paints(); return m }

// Profile returns the profile shown.

// Update handles the screen's own keys: tab between the chart and the
// type profiles, and in the profiles the type and the scrolling.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	if key.Matches(k, m.keys.ToProfiles) {
		if m.view == viewChart {
			m.view = viewProfiles
		} else {
			m.view = viewChart
		}
		return m, nil
	}
	if key.Matches(k, m.keys.Pick) {
		m.view = viewProfiles
		m.selectType(profile.Type(k.Code - '1'))
		return m, nil
	}
	if m.view != viewProfiles {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Prev):
		m.selectType((m.sel + profile.Type(profile.Count) - 1) % profile.Type(profile.Count))
	case key.Matches(k, m.keys.Next):
		m.selectType((m.sel + 1) % profile.Type(profile.Count))
	case key.Matches(k, m.keys.Up):
		m.offset = m.clampOffset(m.offset - 1)
	case key.Matches(k, m.keys.Down):
		m.offset = m.clampOffset(m.offset + 1)
	case key.Matches(k, m.keys.PageUp):
		m.offset = m.clampOffset(m.offset - m.page())
	case key.Matches(k, m.keys.PageDown):
		m.offset = m.clampOffset(m.offset + m.page())
	case key.Matches(k, m.keys.Top):
		m.offset = 0
	case key.Matches(k, m.keys.Bottom):
		m.offset = m.clampOffset(1 << 20)
	}
	return m, nil
}

// page is how far page up and down move: a screenful less one line, so
// that one line of context stays.
func (m Model) page() int { return max(m.bodyHeight()-1, 1) }

func (m *Model) selectType(t profile.Type) {
	if t.Valid() && t != m.sel {
		m.sel, m.offset = t, 0
	}
}

// Keys lists the screen's own key bindings for the owner's help: where
// tab leads (to "tip en typen" when the development pointer is there, not
// on the chart), and in the profiles view the type keys and, when the text is
// longer than the window, scrolling.
func (m Model) Keys() []key.Binding {
	if m.view == viewChart {
		if m.growthAway {
			return []key.Binding{m.keys.ToGrowth}
		}
		return []key.Binding{m.keys.ToProfiles}
	}
	ks := []key.Binding{m.keys.ToChart, m.keys.Types}
	if m.scrolls() {
		ks = append(ks, m.keys.Scroll)
	}
	return ks
}

var (
	txtTitle     = i18n.Text{NL: "Jouw mix", EN: "Your mix"}
	txtDemoTitle = i18n.Text{NL: "Voorbeelduitslag", EN: "Sample result"}
)

// title is the screen's title: the demo says it is an example.
func (m Model) title() string {
	if m.demo {
		return txtDemoTitle.In(m.lang)
	}
	return txtTitle.In(m.lang)
}

// View renders the screen into at most the size set with SetSize: no
// more lines than the height, no line wider than the width.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.view == viewProfiles {
		return m.profilesView()
	}
	return m.chartView()
}

// place centres a column of lines in the screen: horizontally by the
// margin that centres col (so it lines up with the owner's help line),
// vertically in the middle, and clamps it to the screen.
func (m Model) place(lines []string, col int) string {
	top := max((m.height-len(lines))/2, 0)
	out := make([]string, 0, top+len(lines))
	for range top {
		out = append(out, "")
	}
	out = append(out, lines...)
	return layout.Clamp(layout.Indent(out, layout.Margin(m.width, col)), m.width, m.height)
}
