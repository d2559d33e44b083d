package sshjoin

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/screen/pacedview"
)

// pacedPart is the paced workshop (room.Paced) in a session: the
// participant follows the trainer in pacedview, case by case, and at the
// end sees their mix, which they can keep through the link screen as
// after the quiz.
type pacedPart struct{ r *room.Room }

// screen starts pacedview over the room, at the participant's stage.
func (p pacedPart) screen(o screenOptions) tea.Model {
	return pacedview.New(pacedview.Config{Bank: p.r.Bank(), Source: pacedSource{o.rec}, ResultKeys: o.resultKeys,
		Lang: o.lang, Theme: o.theme, Color: o.color, NoSuspend: true})
}

// showsResult: the end of the workshop, with the participant's result
// saved.
func (pacedPart) showsResult(screen tea.Model) bool {
	s, ok := screen.(pacedview.Model)
	return ok && s.Finished()
}

func (p pacedPart) title() string { return p.r.Bank().Title }

// pacedSource is the room as pacedview reads it: the participant's stage,
// their two steps and the room's change signal.
type pacedSource struct{ rec recorder }

func (s pacedSource) room() *room.Room { return s.rec.st.s.room }

func (s pacedSource) Stage() (room.Stage, error) { return s.room().Stage(s.rec.st.id) }

// Answer chooses for case q by the case's ID as the room knows it (the
// question's ID, or its 1-based number): the room refuses it when the
// trainer has moved on to another case since the screen drew this one.
func (s pacedSource) Answer(q, shown int) error {
	qs := s.room().Bank().Questions
	if q < 0 || q >= len(qs) {
		return room.ErrNotOpen
	}
	id := qs[q].ID
	if id == "" {
		id = strconv.Itoa(q + 1)
	}
	return s.room().Answer(s.rec.st.id, id, shown)
}

func (s pacedSource) Propose(text string) error { return s.room().Propose(s.rec.st.id, text) }

func (s pacedSource) Changes() (<-chan struct{}, func()) { return s.room().Subscribe() }

func (s pacedSource) Leave() { s.rec.Leave() }
