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
	// The paced workshop's (pacedpart.go): the next case, a case by
	// number, the split, the extreme round, the type whose proposals show
	// (Types for 1/2/3, TypeCycle for tab and shift+tab), a proposal to
	// pick and hide, the case's extreme responses, the countdown and the
	// room's mix; Enter and Cancel end the case number being typed.
	// CaseNext is →, n, space and PageDown (a clicker's), in every state;
	// CasePrev is a clicker's PageUp, which only says how to go back.
	CaseNext, CasePrev, CaseOpen key.Binding
	Split, Extreme               key.Binding
	Types, TypeCycle, Pick, Hide key.Binding
	Extremes, Clock, Mix         key.Binding
	Enter, Cancel                key.Binding
	// End ends the paced workshop (asked first) and keeps the screen on
	// the room's mix, where q ends it and the program.
	End key.Binding

	// paced and pace are what the paced workshop's help depends on: its
	// part of the snapshot (nil for another activity) and its state on
	// the screen (withPace).
	paced *room.PacedSnapshot
	pace  pacedState
	l     i18n.Lang
}

var (
	helpReveal   = i18n.Text{NL: "mix tonen", EN: "show mix"}
	helpHide     = i18n.Text{NL: "mix verbergen", EN: "hide mix"}
	helpNames    = i18n.Text{NL: "namen", EN: "names"}
	helpNoNames  = i18n.Text{NL: "namen weg", EN: "hide names"}
	helpLock     = i18n.Text{NL: "inschrijving dicht", EN: "lock joining"}
	helpUnlock   = i18n.Text{NL: "inschrijving open", EN: "open joining"}
	helpRound    = i18n.Text{NL: "nieuwe ronde", EN: "new round"}
	helpScenario = i18n.Text{NL: "casus", EN: "scenario"}
	helpPrev     = i18n.Text{NL: "vorige casus", EN: "previous scenario"}
	helpNext     = i18n.Text{NL: "volgende casus", EN: "next scenario"}
	helpYes      = i18n.Text{NL: "ja", EN: "yes"}
	helpQR       = i18n.Text{NL: "QR-code", EN: "QR code"}
	helpNoQR     = i18n.Text{NL: "QR weg", EN: "hide QR"}
	helpNo       = i18n.Text{NL: "nee", EN: "no"}

	helpCaseNext  = i18n.Text{NL: "volgende casus", EN: "next scenario"}
	helpCaseFirst = i18n.Text{NL: "eerste casus", EN: "first scenario"}
	helpCaseEnd   = i18n.Text{NL: "afsluiten", EN: "end"}
	helpCaseOpen  = i18n.Text{NL: "casus nr.", EN: "scenario no."}
	helpSplit     = i18n.Text{NL: "verdeling", EN: "split"}
	helpExtreme   = i18n.Text{NL: "extreme ronde", EN: "extreme round"}
	helpTypes     = i18n.Text{NL: "type", EN: "type"}
	helpPick      = i18n.Text{NL: "kiezen", EN: "select"}
	helpHideProp  = i18n.Text{NL: "verbergen", EN: "hide"}
	helpShowProp  = i18n.Text{NL: "tonen", EN: "show"}
	helpExtremes  = i18n.Text{NL: "uitersten", EN: "extremes"}
	helpNoOverlay = i18n.Text{NL: "terug", EN: "back"}
	helpClock     = i18n.Text{NL: "aftellen", EN: "countdown"}
	helpNoClock   = i18n.Text{NL: "aftellen stop", EN: "stop countdown"}
	helpMix       = i18n.Text{NL: "mix zaal", EN: "room's mix"}
	helpEnter     = i18n.Text{NL: "openen", EN: "open"}
	helpCancel    = i18n.Text{NL: "annuleren", EN: "cancel"}
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
		Yes:      key.NewBinding(key.WithKeys("enter", "y"), key.WithHelp("enter", helpYes.In(l))),
		No:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", helpNo.In(l))),
		Help:     fk.Help,
		Quit:     fk.Quit,

		CaseNext:  key.NewBinding(key.WithKeys("right", "n", "space", "pgdown"), key.WithHelp("→/n", helpCaseNext.In(l))),
		CasePrev:  key.NewBinding(key.WithKeys("pgup")),
		CaseOpen:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", helpCaseOpen.In(l))),
		Split:     key.NewBinding(key.WithKeys("h"), key.WithHelp("h", helpSplit.In(l))),
		Extreme:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", helpExtreme.In(l))),
		Types:     key.NewBinding(key.WithKeys("1", "2", "3"), key.WithHelp("1/2/3", helpTypes.In(l))),
		TypeCycle: key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", helpTypes.In(l))),
		Pick:      key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", helpPick.In(l))),
		Hide:      key.NewBinding(key.WithKeys("v"), key.WithHelp("v", helpHideProp.In(l))),
		Extremes:  key.NewBinding(key.WithKeys("x"), key.WithHelp("x", helpExtremes.In(l))),
		Clock:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", helpClock.In(l))),
		Mix:       key.NewBinding(key.WithKeys("m"), key.WithHelp("m", helpMix.In(l))),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", helpEnter.In(l))),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", helpCancel.In(l))),
		End:       key.NewBinding(key.WithKeys("E", "shift+e"), key.WithHelp("E", helpCaseEnd.In(l))),
		l:         l,
	}
}

// withPace says what the paced workshop's keys do now: s's part of it
// (nil for another activity) and the screen's state st.
func (k keyMap) withPace(s *room.Snapshot, st pacedState) keyMap {
	if s.Paced == nil {
		return k
	}
	k.paced, k.pace = s.Paced, st
	l := k.l
	switch {
	case s.Paced.Case < 0:
		k.CaseNext.SetHelp("→/n", helpCaseFirst.In(l))
	case s.Quiz != nil && s.Paced.Case >= len(s.Quiz.Scenarios)-1:
		k.CaseNext.SetHelp("→/n", helpCaseEnd.In(l))
	}
	if sel, ok := st.picked(s.Paced); ok && sel.Hidden {
		k.Hide.SetHelp("v", helpShowProp.In(l))
	}
	if st.over == overExtremes {
		k.Extremes.SetHelp("x", helpNoOverlay.In(l))
	}
	if st.over == overMix {
		k.Mix.SetHelp("m", helpNoOverlay.In(l))
	}
	if !s.Paced.Deadline.IsZero() {
		k.Clock.SetHelp("t", helpNoClock.In(l))
	}
	return k
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
	// txtDialogKeys is the last line of every question: enter is yes
	// and esc no. j (the QR code) and n (the next case) are no answer, so
	// that a key meant for the screen ends nothing by accident.
	txtDialogKeys = i18n.Text{NL: "enter = ja · esc = nee", EN: "enter = yes · esc = no"}
	// txtAskQuit is the quit question; what the journal keeps is the
	// activity's word (part.kept).
	txtAskQuit = i18n.Text{
		NL: "Stoppen?\nDe sessie sluit; alle %s\nstaan in het sessielogboek.",
		EN: "Quit?\nThe session closes; every %s\nis in the session journal."}
)

// handleKey: h, a, l, j, ? (esc closes it) and q (asked first; ctrl+c does what q does)
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
	if m.fr.Help.ShowAll && key.Matches(msg, k.Cancel) {
		m.fr.ToggleHelp() // esc closes the key help before it does anything else
		return m, nil
	}
	if kt, ok := m.part.(keyTaker); ok && kt.takes(&m, msg) {
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
