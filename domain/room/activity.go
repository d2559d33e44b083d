package room

import (
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
)

// Activity is what a room runs: the quiz walk (Quiz) or the culture
// survey (Culture); the paced cases come next. The Room holds what every
// activity shares (code, cap, lock, participants, journal, rounds,
// snapshots, events, saved results) and asks its Activity for what
// differs: the journal's format and set, a participant's fresh state, the
// activity's own journal records, the result file at finish and the
// activity's part of the snapshot. An Activity is a value made by Quiz or
// Culture and given to New or Resume in Config.Activity; it keeps the
// round's tallies, so it belongs to one room (make one per New or
// Resume), which guards it with its lock. Its methods are unexported: the activities live in
// this package, next to the records they write.
type Activity interface {
	// format is the journal's format name (JournalFormat,
	// CultureJournalFormat): a journal of another activity is not resumed.
	format() string
	// header fills the set's fields of the journal's header.
	header(h *record)
	// sameSet says whether header h is of this activity's set (else
	// Resume fails with ErrOtherSet).
	sameSet(h *record) bool
	// title and hash name this activity's set (ErrOtherSet).
	title() string
	hash() string
	// fixedOrder takes the header's fixed_order (only the quiz has one).
	fixedOrder(fixed bool)
	// steps is the number of steps a participant gives in all.
	steps() int
	// toFinish is how many steps st still needs before Finish may close
	// it (ErrNotDone): every step for the quiz and the survey, one
	// answer for the paced workshop.
	toFinish(st state) int
	// joined is told of every join record applied (a new participant or
	// one coming back), after p has its state: the paced workshop gives
	// a latecomer a type in a running extreme round.
	joined(p *participant)
	// rounds says whether the activity runs more than one round.
	rounds() bool
	// fresh is a participant's state at the start of round n; seed is the
	// participant's journaled seed.
	fresh(seed uint64, n int) state
	// newRound forgets the round's tallies.
	newRound()
	// owns says whether records of type t are the activity's own
	// (recAnswer, recGive).
	owns(t string) bool
	// replay applies one of the activity's own records to p, with the checks the live call made; it
	// returns why the record does not fit, or nil.
	replay(r *Room, p *participant, rec *record) (*i18n.Text, []any)
	// result is p's result file at finish.
	result(p *participant, at time.Time) results.Result
	// isSaved says whether the file at path holds res (findSaved).
	isSaved(path string, res results.Result) bool
	// snapshot adds the activity's part to s from the participants of the
	// current round (parts[i] is s.Participants[i]).
	snapshot(s *Snapshot, parts []*participant)
	// words are the activity's own messages.
	words() activityWords
}

// activityWords are the messages that name an activity's steps.
type activityWords struct {
	// notDone: Finish with %d steps open.
	notDone i18n.Text
	// otherSet: Resume with another set (ErrOtherSet's arguments).
	otherSet i18n.Text
	// gap: a participant (%s) lacks step %d after a skipped line.
	gap i18n.Text
}

// state is one participant's progress in the activity in one round.
type state interface {
	// given counts the steps given; place is where the participant is
	// (0 … steps).
	given() int
	place() int
	// back moves one step back (place > 0) and end past the last step.
	back()
	end()
	// repair, after a replay that skipped lines, moves the participant to
	// the first step missing before a later step given, and returns the
	// missing steps (1-based).
	repair() []int
}

// holding is how a typed operation (Answer, Give, …) reaches the activity's
// state: it returns the room's activity as A and participant id of the
// current round, under the lock, which it releases on an error:
// ErrOtherActivity when the room runs another activity, and get's errors.
func holding[A Activity](r *Room, id ParticipantID) (A, *participant, error) {
	a, ok := r.act.(A)
	if !ok {
		r.led.Unlock()
		return a, nil, ErrOtherActivity
	}
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return a, nil, err
	}
	return a, p, nil
}

// peek returns f of the activity A and participant id, for a screen to
// show (Walk, Survey); errors as holding.
func peek[A Activity, T any](r *Room, id ParticipantID, f func(A, *participant) T) (T, error) {
	r.led.Lock()
	a, p, err := holding[A](r, id)
	if err != nil {
		var zero T
		return zero, err
	}
	defer r.led.Unlock()
	return f(a, p), nil
}
