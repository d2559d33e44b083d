package cultureroom

import (
	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Snapshot is what the projector shows of the culture room at one moment.
// It is computed once per change and shared between callers: treat it,
// and the slices in it, as read-only.
type Snapshot struct {
	Code   room.Code
	Locked bool
	// Version changes with every change of the room; equal versions are
	// equal snapshots.
	Version uint64
	// Max is the cap on participants.
	Max int
	// Steps is the number of allocations per participant: 2 × dimensions.
	Steps int

	// Counts, as room.Snapshot: Joined = Present + Left; Present = Busy +
	// those finished and still here; Left counts who left unfinished;
	// Finished counts who finished, here or not.
	Joined, Present, Busy, Finished, Left int

	// Participants in the order they joined.
	Participants []Participant

	// Group is the group's culture (team.SummarizeCulture) of everybody
	// who finished: what `team DIR` will show of the saved results.
	Group team.CultureSummary
	// Live is the same over everybody with both passes complete so far,
	// finished or not (so it equals Group once all have finished).
	Live team.CultureSummary
}

// Participant is one participant as the projector lists them.
type Participant struct {
	ID room.ParticipantID
	// Name is cleaned (room.CleanName); "" for anonymous. Use Label.
	Name string
	// Via is the transport they came in by (room.ViaSSH, room.ViaWeb).
	Via string
	// Step is where they are: 0 … Steps (Steps when all are given).
	Step int
	Done bool
	// Left: their session ended (they may come back).
	Left bool
}

var txtParticipantN = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}

// Label is the name, or "deelnemer N" / "participant N" when the
// participant is anonymous or anonymous is asked for.
func (p Participant) Label(l i18n.Lang, anonymous bool) string {
	if p.Name == "" || anonymous {
		return txtParticipantN.F(l, int(p.ID))
	}
	return p.Name
}

// Snapshot returns the room as it is now, computed at most once per
// change, so any number of screens may ask for it.
func (r *Room) Snapshot() *Snapshot {
	r.led.Lock()
	defer r.led.Unlock()
	if r.snap != nil && r.snap.Version == r.led.Version() {
		return r.snap
	}
	s := &Snapshot{Code: r.code, Locked: r.locked, Version: r.led.Version(), Max: r.max, Steps: r.steps}
	s.Participants = make([]Participant, 0, len(r.parts))
	var groupNow, groupDes, liveNow, liveDes []profile.Mix
	for _, p := range r.parts {
		s.Participants = append(s.Participants, Participant{ID: p.id, Name: p.name, Via: p.via,
			Step: p.step, Done: p.done, Left: p.left})
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
		if p.reached < r.steps {
			continue
		}
		now, des := profile.New(r.points(p, culture.Now)), profile.New(r.points(p, culture.Desired))
		liveNow, liveDes = append(liveNow, now), append(liveDes, des)
		if p.done {
			s.Finished++
			groupNow, groupDes = append(groupNow, now), append(groupDes, des)
		}
	}
	s.Group = team.SummarizeCulture(groupNow, groupDes)
	s.Live = team.SummarizeCulture(liveNow, liveDes)
	r.snap = s
	return s
}
