package sshjoin

import (
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/screen/quizview"
)

// quizPart is the quiz (room.Quiz) in a session: the participant's walk
// through the scenarios in quizview, and their result, which they can
// keep through the link screen.
type quizPart struct{ r *room.Room }

func (p quizPart) title() string { return p.r.Bank().Title }

func (p quizPart) screen(o screenOptions) tea.Model {
	// nil when the room just closed: the quiz shows nothing wrong, and
	// answers fail with a clear line.
	w, _ := p.r.Walk(o.id)
	return quizview.New(quizview.Config{Bank: p.r.Bank(), Walk: w, ResultKeys: o.resultKeys,
		Lang: o.lang, Theme: o.theme, Color: o.color, Recorder: o.rec, NoSuspend: true})
}

func (quizPart) showsResult(screen tea.Model) bool {
	q, ok := screen.(quizview.Model)
	return ok && q.Finished()
}

// Answer records the participant's choice for a scenario (quizview's
// Recorder).
func (r recorder) Answer(scenarioID string, shown int) error {
	return r.st.s.room.Answer(r.st.id, scenarioID, shown)
}
