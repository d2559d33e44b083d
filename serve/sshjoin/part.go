package sshjoin

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
)

// part is what one activity of the room does in an SSH session: the rest
// of the session (the gate, the name step, the rounds, the link screen,
// leaving) is the same for every activity. One file per activity
// implements it (quizpart.go, culturepart.go, pacedpart.go); partOf
// picks it.
type part interface {
	// title is the title of the activity's set, for the name step; ""
	// takes the step's own title.
	title() string
	// screen is the participant's screen of the activity, at their place
	// in the room (where they were, for someone who comes back).
	screen(o screenOptions) tea.Model
	// showsResult reports whether screen, a screen that part made, shows the
	// participant's result, so that the link screen may open (keep.go);
	// an activity without a personal result page says false.
	showsResult(screen tea.Model) bool
}

// screenOptions is what every participant screen in a session needs.
type screenOptions struct {
	id    room.ParticipantID
	lang  i18n.Lang
	theme theme.Choice
	color bool
	// rec takes the participant's steps into the room.
	rec recorder
	// resultKeys are the keys the session adds to the result screen
	// (keep.go: m, for the link); nil when there is no link to give.
	resultKeys []key.Binding
}

// partOf is the part of the activity r runs. A new activity adds one case
// here, and its part in a file of its own.
func partOf(r *room.Room) part {
	if r.Set() != nil {
		return culturePart{r}
	}
	if r.Paced() {
		return pacedPart{r}
	}
	return quizPart{r}
}

// recorder takes one participant's steps into the room, for the
// activity's screen: the methods all activities share are here; each
// part's file adds what its screen's Recorder asks for besides (Answer,
// Give).
type recorder struct{ st *session }

func (r recorder) Back() error { return r.st.s.room.Back(r.st.id) }

func (r recorder) Finish() error {
	_, err := r.st.s.room.Finish(r.st.id)
	return err
}

func (r recorder) Leave() { r.st.release() }
