package liveview

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
)

// part is an activity's share of the projector: what differs between the
// quiz and the culture survey (a choice per scenario against ten points
// over three descriptions, twice). Everything else on the screen is
// shared. A part holds no state of its own; what it draws it reads from
// the frame's base (the snapshot, whether h revealed, the step selected,
// the paced workshop's Model.pace).
type part interface {
	// lobby reports whether nobody has given a step yet: the join
	// instructions then fill the screen.
	lobby(s *room.Snapshot) bool
	// mode is the header's words before the door's state, ending in
	// " · " ("ronde 2 · ", "cultuur · ").
	mode(s *room.Snapshot, l i18n.Lang) string
	// body fills h rows after the lobby: the room's progress and, when
	// d.revealed, what the trainer reveals.
	body(d base, h int) []string
	// help is the footer's keys in the lobby or after it (k says what
	// the shared keys do now), and what a narrow footer drops first.
	help(k keyMap, lobby bool) (help.KeyMap, []string)
	// kept names what the session journal keeps of the participants, for
	// the quit question: "antwoorden"/"answer", in the question's
	// number ("alle …" in Dutch, "every …" in English).
	kept() i18n.Text
	// progress is the number of steps the participant list shows for p
	// ("5/12") while p is under way.
	progress(p room.ParticipantView, steps int) int
	// key handles the activity's own keys (the quiz's r and ←/→), any
	// key the shared ones are not; others do nothing.
	key(m *Model, msg tea.KeyPressMsg)
	// ask words the activity's own yes/no question (dialog askPart);
	// confirm does what yes says.
	ask(s *room.Snapshot, l i18n.Lang) string
	confirm(m *Model)
}

// partFor chooses the part of the activity that s's room runs: the one
// place that knows every activity, one case each.
func partFor(s *room.Snapshot, src source) part {
	switch {
	case s.Paced != nil:
		// before the quiz: a paced snapshot has Quiz set too.
		return newPacedPart(src)
	case s.Quiz != nil:
		return newQuizPart(src.Bank())
	default:
		// s.Culture; a snapshot without an activity's part (none
		// today) draws as a survey nobody started.
		return culturePart{}
	}
}

// keyTaker is a part that takes some keys before the shared ones (the
// paced workshop: h reveals in the room, and a case number being typed
// takes every key); takes reports whether it took msg.
type keyTaker interface {
	takes(m *Model, msg tea.KeyPressMsg) bool
}

// quitAsker is a part that words the quit question itself (the paced
// workshop: quitting ends it).
type quitAsker interface {
	askQuit(s *room.Snapshot, l i18n.Lang) string
}
