package sshjoin

import (
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/screen/cultureview"
)

// culturePart is the culture survey (room.Culture) in a session: ten
// points over the three descriptions, per dimension, now and desired, in
// cultureview. The survey has no personal result page, so no link screen.
type culturePart struct{ r *room.Room }

// Give records the participant's allocation for their survey's current
// step (cultureview's Recorder).
func (r recorder) Give(a culture.Allocation) error {
	return r.st.s.room.Give(r.st.id, a)
}

func (culturePart) showsResult(tea.Model) bool { return false }

func (p culturePart) title() string { return p.r.Set().Title }

func (p culturePart) screen(o screenOptions) tea.Model {
	// nil when the room just closed: steps fail with a clear line.
	sv, _ := p.r.Survey(o.id)
	return cultureview.New(cultureview.Config{Set: p.r.Set(), Survey: sv,
		Lang: o.lang, Theme: o.theme, Color: o.color, Recorder: o.rec, NoSuspend: true})
}
