package liveview

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/i18n"
)

// viewCache keeps the last rendered screen: Bubble Tea asks for the view
// after every message, and a screen whose snapshot, size and state have
// not changed is the same string.
type viewCache struct {
	key cacheKey
	out string
	ok  bool
}

// cacheKey is everything a frame depends on.
type cacheKey struct {
	version        uint64
	round          int
	w, h           int
	dark, color    bool
	revealed, name bool
	sel            int
	dialog         dialog
	help           bool
	status         string
}

var txtWindowTitle = i18n.Text{NL: "ideale-ambtenaar — live", EN: "ideale-ambtenaar — live"}

// View draws the screen on the alternate screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = txtWindowTitle.In(m.lang)
	return v
}

// content is the screen as a string, from the cache when nothing changed.
func (m Model) content() string {
	if !m.fr.Ready() {
		return ""
	}
	k := cacheKey{
		version: m.snap.Version, round: m.snap.Round, w: m.fr.Width, h: m.fr.Height,
		dark: m.fr.Theme.Dark, color: m.fr.Theme.Color, revealed: m.revealed, name: m.names,
		sel: m.sel, dialog: m.dialog, help: m.fr.Help.ShowAll, status: m.status,
	}
	if c := m.cache; c != nil && c.ok && c.key == k {
		return c.out
	}
	out := m.render()
	if m.cache != nil {
		*m.cache = viewCache{key: k, out: out, ok: true}
	}
	return out
}

// render draws the whole screen: header, body, status and footer.
func (m Model) render() string {
	if !m.fr.Fits() {
		return m.fr.TooSmall()
	}
	d := m.newDrawer()
	keys := m.keys.withState(m.revealed, m.names, m.snap.Locked, m.lang)
	var footer string
	switch {
	case m.dialog != noDialog:
		footer = m.fr.Footer(dialogKeys{keys}, d.col)
	case m.lobby():
		footer = m.fr.Footer(lobbyKeys{keys}, d.col, dropOrder...)
	default:
		footer = m.fr.Footer(keys, d.col, dropOrder...)
	}
	foot := strings.Split(footer, "\n")
	if m.status != "" {
		st := strings.Split(ansi.Wrap(m.status, d.col, ""), "\n")
		for i := range st {
			st[i] = d.ps.err.Paint(st[i])
		}
		foot = append(st, foot...)
	}
	head := d.header()
	bodyH := m.fr.Height - len(head) - len(foot)
	var body []string
	if bodyH > 0 {
		if m.lobby() {
			body = d.lobby(bodyH)
		} else {
			body = d.quiz(bodyH)
		}
		body = fit(body, bodyH)
		if m.dialog != noDialog {
			body = d.overlay(body, m.question())
		}
	}
	lines := make([]string, 0, m.fr.Height)
	lines = append(lines, head...)
	lines = append(lines, body...)
	lines = append(lines, foot...)
	margin := strings.Repeat(" ", d.margin)
	for i, l := range lines {
		if l != "" {
			lines[i] = margin + l
		}
	}
	return layout.ClampLines(lines, m.fr.Width, m.fr.Height)
}

// lobby reports whether nobody has answered yet in this round: the join
// instructions then fill the screen.
func (m Model) lobby() bool { return m.snap.Live.Count == 0 }

// question is the open dialog's text.
func (m Model) question() string {
	if m.dialog == askRound {
		return txtAskRound.F(m.lang, m.snap.Round)
	}
	return txtAskQuit.In(m.lang)
}

// fit makes lines exactly h long.
func fit(lines []string, h int) []string {
	if len(lines) > h {
		return lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}
