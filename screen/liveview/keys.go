package liveview

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// keyMap holds the screen's keys.
type keyMap struct {
	Reveal, Names, Lock, Round key.Binding
	// QR shows the join QR code large over the screen, and hides it.
	QR key.Binding
	// Round, Scenario, Prev and Next are the quiz's (quizpart.go);
	// Scenario is for the help only: "←/→ scenario".
	Scenario, Prev, Next key.Binding
	Yes, No              key.Binding
	Help, Quit           key.Binding
}

var (
	helpReveal   = i18n.Text{NL: "mix tonen", EN: "show mix"}
	helpHide     = i18n.Text{NL: "mix verbergen", EN: "hide mix"}
	helpNames    = i18n.Text{NL: "namen", EN: "names"}
	helpNoNames  = i18n.Text{NL: "namen weg", EN: "hide names"}
	helpLock     = i18n.Text{NL: "deur dicht", EN: "lock"}
	helpUnlock   = i18n.Text{NL: "deur open", EN: "unlock"}
	helpRound    = i18n.Text{NL: "nieuwe ronde", EN: "new round"}
	helpScenario = i18n.Text{NL: "casus", EN: "scenario"}
	helpPrev     = i18n.Text{NL: "vorige casus", EN: "previous scenario"}
	helpNext     = i18n.Text{NL: "volgende casus", EN: "next scenario"}
	helpYes      = i18n.Text{NL: "ja", EN: "yes"}
	helpQR       = i18n.Text{NL: "QR-code", EN: "QR code"}
	helpNoQR     = i18n.Text{NL: "QR weg", EN: "hide QR"}
	helpNo       = i18n.Text{NL: "nee", EN: "no"}
)

func newKeyMap(l i18n.Lang, fk frame.Keys) keyMap {
	return keyMap{
		Reveal:   key.NewBinding(key.WithKeys("h"), key.WithHelp("h", helpReveal.In(l))),
		Names:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", helpNames.In(l))),
		Lock:     key.NewBinding(key.WithKeys("l"), key.WithHelp("l", helpLock.In(l))),
		Round:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", helpRound.In(l))),
		QR:       key.NewBinding(key.WithKeys("j"), key.WithHelp("j", helpQR.In(l))),
		Scenario: key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", helpScenario.In(l))),
		Prev:     key.NewBinding(key.WithKeys("left", "p"), key.WithHelp("←/p", helpPrev.In(l))),
		Next:     key.NewBinding(key.WithKeys("right", "n"), key.WithHelp("→/n", helpNext.In(l))),
		Yes:      key.NewBinding(key.WithKeys("j", "y", "enter"), key.WithHelp(yesKey.In(l), helpYes.In(l))),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", helpNo.In(l))),
		Help:     fk.Help,
		Quit:     fk.Quit,
	}
}

// withState says what h, a, l and j do now.
func (k keyMap) withState(revealed, names, locked, qr bool, l i18n.Lang) keyMap {
	k.QR.SetHelp("j", pick(qr, helpNoQR, helpQR).In(l))
	k.Reveal.SetHelp("h", pick(revealed, helpHide, helpReveal).In(l))
	k.Names.SetHelp("a", pick(names, helpNoNames, helpNames).In(l))
	k.Lock.SetHelp("l", pick(locked, helpUnlock, helpLock).In(l))
	return k
}

func pick(b bool, yes, no i18n.Text) i18n.Text {
	if b {
		return yes
	}
	return no
}

// dialogKeys is the help while a question is open.
type dialogKeys struct{ keyMap }

func (k dialogKeys) ShortHelp() []key.Binding { return []key.Binding{k.Yes, k.No, k.Help, k.Quit} }
func (k dialogKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Yes, k.No}, {k.Help, k.Quit}}
}

var (
	// yesKey is the key the help names for yes: j(a) in Dutch, y(es) in
	// English (both work in both).
	yesKey = i18n.Text{NL: "j", EN: "y"}
	// txtAskQuit is the quit question; what the journal keeps is the
	// activity's word (part.kept).
	txtAskQuit = i18n.Text{
		NL: "Stoppen?\nDe sessie sluit; alle %s\nstaan in het sessielogboek.",
		EN: "Quit?\nThe session closes; every %s\nis in the session journal."}
)

// handleKey: h, a, l, j, ? and q (asked first; ctrl+c does what q does)
// for every activity; the activity's own keys (the quiz's r, asked first,
// and ←/→) go to its part.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	m.status = ""
	if m.dialog != noDialog {
		switch {
		case key.Matches(msg, k.Yes), m.dialog == askQuit && key.Matches(msg, k.Quit):
			d := m.dialog
			m.dialog = noDialog
			if d == askQuit {
				return m.quit()
			}
			m.part.confirm(&m)
		case key.Matches(msg, k.No):
			m.dialog = noDialog
		case key.Matches(msg, k.Quit):
			m.dialog = askQuit
		case key.Matches(msg, k.Help):
			m.fr.ToggleHelp()
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		m.dialog = askQuit
	case key.Matches(msg, k.Help):
		m.fr.ToggleHelp()
	case key.Matches(msg, k.Reveal):
		m.revealed = !m.revealed
	case key.Matches(msg, k.Names):
		m.names = !m.names
	case key.Matches(msg, k.Lock):
		m.lock()
	case key.Matches(msg, k.QR):
		m.qr = !m.qr
	default:
		m.part.key(&m, msg)
	}
	return m, nil
}

// lock shuts the door when it is open and opens it when it is shut; a
// refusal is said in the status line.
func (m *Model) lock() {
	if err := m.src.Lock(!m.snap.Locked); err != nil {
		m.status = room.Message(err, m.lang)
	}
	m.refresh()
}
