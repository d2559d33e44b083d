package room

import (
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Snapshot is what the projector shows of the room at one moment: a
// common part and the activity's (Quiz or Culture, the other nil). It is a
// value computed once per change and shared between callers: treat it, and
// the slices in it, as read-only.
type Snapshot struct {
	Code   Code
	Locked bool
	// Round is the current round, from 1.
	Round int
	// Version changes with every change of the room; equal versions are
	// equal snapshots.
	Version uint64
	// Max is the cap on participants per round.
	Max int
	// Steps is the number of steps per participant: the scenarios of the
	// quiz, 2 × dimensions of the culture survey.
	Steps int

	// Counts of the current round's participants: Joined = Present + Left;
	// Present = Busy + those finished and still here; Left counts who left
	// unfinished; Finished counts who finished, whether they are still
	// here or not.
	Joined, Present, Busy, Finished, Left int

	// Participants of the current round in the order they joined.
	Participants []ParticipantView

	// Quiz is the quiz's part (nil for another activity).
	Quiz *QuizSnapshot
	// Culture is the culture survey's part (nil for another activity).
	Culture *CultureSnapshot
	// Paced is the paced workshop's part (nil for another activity);
	// the workshop runs the quiz's set, so Quiz is set beside it with
	// the tallies per case and the room's mix.
	Paced *PacedSnapshot
}

// ParticipantView is one participant as the projector lists them.
type ParticipantView struct {
	ID ParticipantID
	// Name is cleaned (CleanName); "" for anonymous. Use Label to show it.
	Name string
	// Via is the transport they came in by (ViaSSH, ViaWeb).
	Via string
	// Answered is the number of steps given (scenarios answered, survey
	// steps with points); Step is where they are (0 … Steps).
	Answered int
	Step     int
	Done     bool
	// Left: their session ended (they may come back).
	Left bool
	// Mix is the mix of the quiz answers so far (zero for the culture
	// survey, whose two mixes are the group's in the snapshot).
	Mix profile.Mix
}

var txtParticipantN = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}

// Label is the name, or "deelnemer N" / "participant N" when the
// participant is anonymous or anonymous is asked for (names off on the
// projector).
func (p ParticipantView) Label(l i18n.Lang, anonymous bool) string {
	if p.Name == "" || anonymous {
		return txtParticipantN.F(l, int(p.ID))
	}
	return p.Name
}

// view is p as the projector lists them.
func view(p *participant) ParticipantView {
	v := ParticipantView{ID: p.id, Name: p.name, Via: p.via, Answered: p.st.given(), Step: p.st.place(),
		Done: p.done, Left: p.left}
	if w, ok := p.st.(*walkState); ok {
		v.Mix = w.mix()
	}
	return v
}

// Snapshot returns the room as it is now. It is computed at most once per
// change (0.3 to 0.9 ms for 300 participants on a busy 2-core machine; see
// BenchmarkSnapshot), so any number of screens may ask for it.
func (r *Room) Snapshot() *Snapshot {
	r.led.Lock()
	defer r.led.Unlock()
	if r.snap != nil && r.snap.Version == r.led.Version() {
		return r.snap
	}
	s := &Snapshot{
		Code: r.code, Locked: r.locked, Round: r.round, Version: r.led.Version(),
		Max: r.max, Steps: r.act.steps(),
	}
	s.Participants = make([]ParticipantView, 0, len(r.parts))
	parts := make([]*participant, 0, len(r.parts))
	for _, p := range r.parts {
		if p.round != r.round {
			continue
		}
		parts = append(parts, p)
		s.Participants = append(s.Participants, view(p))
		s.Joined++
		switch {
		case p.left:
			if !p.done {
				s.Left++
			}
		default:
			s.Present++
			if !p.done {
				s.Busy++
			}
		}
		if p.done {
			s.Finished++
		}
	}
	r.act.snapshot(s, parts)
	r.snap = s
	return s
}

// Participant returns participant id as the projector would list them.
func (r *Room) Participant(id ParticipantID) (ParticipantView, error) {
	r.led.Lock()
	defer r.led.Unlock()
	p, err := r.get(id)
	if err != nil {
		return ParticipantView{}, err
	}
	return view(p), nil
}
