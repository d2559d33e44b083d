package liveview

import (
	"strings"

	tea "charm.land/bubbletea/v2"

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
	qr             bool
	sel            int
	dialog         dialog
	help           bool
	status         string
	pace           pacedState
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
	if m.status == "" && m.join.Problem != nil {
		m.status = m.join.Problem(m.lang) // a full disk, until it is fixed
	}
	k := cacheKey{
		w: m.fr.Width, h: m.fr.Height,
		dark: m.fr.Theme.Dark, color: m.fr.Theme.Color, revealed: m.revealed, name: m.names, qr: m.qr,
		sel: m.sel, dialog: m.dialog, help: m.fr.Help.ShowAll, status: m.status,
		version: m.snap.Version, round: m.snap.Round, pace: m.pace,
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

// render draws the whole screen: header, lobby or the activity's body,
// status and footer.
func (m Model) render() string {
	if !m.fr.Fits() {
		return m.fr.TooSmall()
	}
	d := m.newBase()
	lobby := m.part.lobby(m.snap)
	keys := m.keys.withState(m.revealed, m.names, m.snap.Locked, m.qr, m.lang).withPace(m.snap, m.pace)
	var footer string
	if m.dialog != noDialog {
		footer = m.fr.Footer(dialogKeys{keys}, d.col)
	} else {
		help, drop := m.part.help(keys, lobby)
		footer = m.fr.Footer(help, d.col, drop...)
	}
	body := func(h int) []string { return m.part.body(d, h) }
	if lobby {
		body = d.lobby
	}
	return m.assemble(d, d.header(m.part.mode(m.snap, m.lang)), body, footer)
}

// assemble puts a frame together: head on top, then body(h) in the rows
// left, the open dialog over it, the status and the footer at the bottom,
// all inside the margin and the window.
func (m Model) assemble(d base, head []string, body func(h int) []string, footer string) string {
	foot := strings.Split(footer, "\n")
	if m.status != "" {
		foot = append(layout.WrapEach(m.status, d.col, d.ps.Error.Paint), foot...)
	}
	bodyH := m.fr.Height - len(head) - len(foot)
	var lines []string
	if bodyH > 0 {
		if m.qr && m.dialog == noDialog {
			lines = fit(d.qrScreen(bodyH), bodyH)
		} else {
			lines = fit(body(bodyH), bodyH)
		}
		if m.dialog != noDialog {
			lines = d.overlay(lines, m.question())
		}
	}
	lines = append(append(append(make([]string, 0, m.fr.Height), head...), lines...), foot...)
	margin := strings.Repeat(" ", d.margin)
	for i, l := range lines {
		if l != "" {
			lines[i] = margin + l
		}
	}
	return layout.ClampLines(lines, m.fr.Width, m.fr.Height)
}

// question is the open dialog's text, with the keys that answer it.
func (m Model) question() string {
	var q string
	switch asker, ok := m.part.(quitAsker); {
	case m.dialog == askPart:
		q = m.part.ask(m.snap, m.lang)
	case ok:
		q = asker.askQuit(m.snap, m.lang)
	default:
		q = txtAskQuit.F(m.lang, m.part.kept().In(m.lang))
	}
	return q + "\n\n" + txtDialogKeys.In(m.lang)
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
