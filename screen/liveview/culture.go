package liveview

import (
	"errors"

	"charm.land/bubbles/v2/key"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
)

// CultureSource is what the projector reads of a culture room (the
// command adapts a domain/room.Room running room.Culture to it): the room as it is now,
// a coalescing change signal, and the door. The screen never writes
// anything else.
type CultureSource interface {
	// Snapshot is the room now; cheap enough to call ten times a second.
	Snapshot() CultureSnapshot
	// Subscribe returns a channel that receives (at least) one value
	// after every change, and a function that stops the signals. The
	// sender must never block on a slow screen (buffer 1, drop extras).
	Subscribe() (<-chan struct{}, func())
	// Lock shuts (true) or opens (false) the door for new participants;
	// its errors are the room's (room.Message words them).
	Lock(locked bool) error
}

// CultureSnapshot is exactly what the culture projector draws, copied
// from room.Snapshot (its common part and Culture).
type CultureSnapshot struct {
	// Code is the room's join code, shown when Join.Code is empty.
	Code string
	// Version grows with every change; the screen redraws only when it
	// (or the window, or a key's state) changed.
	Version uint64
	// Locked: no new participants may join.
	Locked bool
	// Steps is a survey's number of steps: 2 passes × the dimensions.
	Steps int
	// Joined counts everyone who ever joined, Busy those under way,
	// Finished those who finished, Left those who left.
	Joined, Busy, Finished, Left int
	// Participants in the order they joined.
	Participants []CultureParticipant
	// Group is the culture of those who finished; Live of everyone with
	// both passes complete so far (it may equal Group).
	Group, Live team.CultureSummary
}

// CultureParticipant is one participant as the list shows them.
type CultureParticipant struct {
	// Name as the room cleaned it; "" shows as "deelnemer N" (N the place
	// in the list, from 1).
	Name string
	// Step is how many steps of the survey are given (0 to Steps).
	Step int
	// Done: the participant finished and the result is saved.
	Done bool
}

// CultureConfig is what NewCulture needs; as Config, with the culture
// room's source instead of the quiz room.
type CultureConfig struct {
	Source CultureSource
	Join   Join
	Lang   i18n.Lang
	// Theme is the light/dark wish; Auto asks the terminal.
	Theme theme.Choice
	// Color is false under NO_COLOR.
	Color bool
}

// NewCulture makes the projector screen of a culture room: the same
// lobby as the quiz room, then the counts, each participant's progress
// (a), and the group's culture now and desired with the shifts, hidden
// until the trainer reveals it (h). It subscribes to the source at once.
func NewCulture(cfg CultureConfig) Model {
	m := baseModel(cfg.Join, cfg.Lang, cfg.Theme, cfg.Color)
	m.src = cfg.Source
	m.sub, m.stop = cfg.Source.Subscribe()
	m.csnap = cfg.Source.Snapshot()
	if m.join.Code == "" {
		m.join.Code = safetext.Line(m.csnap.Code)
	}
	return m
}

// Texts of the culture keys and dialog.
var (
	txtAskQuitCulture = i18n.Text{
		NL: "Stoppen?\nDe sessie sluit; alle verdelingen\nstaan in het sessielogboek.",
		EN: "Quit?\nThe session closes; every allocation\nis in the session journal."}
)

// cultureKeys is the help of the culture screen: no scenarios, no rounds.
type cultureKeys struct{ keyMap }

func (k cultureKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Reveal, k.Names, k.QR, k.Lock, k.Help, k.Quit}
}

func (k cultureKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Reveal, k.Names, k.QR}, {k.Lock}, {k.Help, k.Quit}}
}

// cultureDrop is what the short help leaves out first on a narrow window.
var cultureDrop = []string{"l", "a", "j"}

// cultureLobby reports whether nobody has given an allocation yet: the
// join instructions then fill the screen.
func (m Model) cultureLobby() bool {
	s := &m.csnap
	if s.Finished > 0 || s.Group.Count > 0 || s.Live.Count > 0 {
		return false
	}
	for _, p := range s.Participants {
		if p.Step > 0 || p.Done {
			return false
		}
	}
	return true
}

// renderCulture draws the culture screen: header, lobby or the room's
// culture, status and footer.
func (m Model) renderCulture() string {
	d := m.newCultureDrawer()
	keys := m.keys.withState(m.revealed, m.names, m.csnap.Locked, m.qr, m.lang)
	var footer string
	if m.dialog != noDialog {
		footer = m.fr.Footer(dialogKeys{keys}, d.col)
	} else {
		footer = m.fr.Footer(cultureKeys{keys}, d.col, cultureDrop...)
	}
	body := d.culture
	if m.cultureLobby() {
		body = d.lobby
	}
	return m.assemble(d.base, d.header(txtCultureMode.In(m.lang)+" · "), body, footer)
}

// sourceMessage says a culture source's error in l: an error that knows
// both languages (i18n.Localized, as the command's adapter wraps the
// culture room's errors) speaks for itself; anything else as the quiz
// room would say it.
func sourceMessage(err error, l i18n.Lang) string {
	var lz i18n.Localized
	if errors.As(err, &lz) {
		return lz.Message(l)
	}
	return room.Message(err, l)
}
