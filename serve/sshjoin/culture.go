package sshjoin

import (
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/cultureview"
)

// joinRoom is what the gate, the name step and the leaving need of a
// room, whatever its activity (quiz or culture): the codes, keys, joins,
// leaves, lock and cap.
type joinRoom interface {
	Code() room.Code
	Language() i18n.Lang
	Lookup(key string) (room.ParticipantID, bool)
	Join(key, name, via string) (room.ParticipantID, error)
	Leave(id room.ParticipantID) error
	// openness is what turnedAway checks before asking a name.
	openness() (locked bool, joined, max int)
}

// gateRoom is a room as a joinRoom.
type gateRoom struct{ *room.Room }

func (g gateRoom) openness() (bool, int, int) {
	s := g.Snapshot()
	return s.Locked, s.Joined, s.Max
}

// pickRoom is the room the server's sessions join: the culture room when
// cfg has one, else the quiz room (nil when neither is set).
func pickRoom(cfg Config) joinRoom {
	switch {
	case cfg.Culture != nil:
		return gateRoom{cfg.Culture}
	case cfg.Room != nil:
		return gateRoom{cfg.Room}
	}
	return nil
}

// message is err in l, for the room's errors (room.Message).
func message(err error, l i18n.Lang) string { return room.Message(err, l) }

// newCulture starts the culture survey at the participant's place in the
// culture room.
func (m model) newCulture(c theme.Choice) tea.Model {
	r := m.st.s.culture
	sv, err := r.Survey(m.st.id)
	if err != nil { // the room just closed: steps fail with a clear line
		sv = nil
	}
	return cultureview.New(cultureview.Config{
		Set:       r.Set(),
		Lang:      m.lang,
		Theme:     c,
		Color:     m.color,
		Recorder:  cultureRecorder{m.st},
		NoSuspend: true,
		Survey:    sv,
	})
}

// cultureRecorder is cultureview's Recorder over the culture room, for
// one participant.
type cultureRecorder struct{ st *session }

func (r cultureRecorder) Give(a culture.Allocation) error {
	return r.st.s.culture.Give(r.st.id, a)
}

func (r cultureRecorder) Back() error { return r.st.s.culture.Back(r.st.id) }

func (r cultureRecorder) Finish() error {
	_, err := r.st.s.culture.Finish(r.st.id)
	return err
}

func (r cultureRecorder) Leave() { r.st.release() }

// title is the title of the room's set, for the name step.
func (s *Server) title() string {
	if s.culture != nil {
		return s.culture.Set().Title
	}
	return s.room.Bank().Title
}
