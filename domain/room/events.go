package room

import (
	"sync"
	"time"

	"ideale-ambtenaar/profile"
)

// EventKind says what happened.
type EventKind int

// The kinds of event.
const (
	Joined EventKind = iota + 1
	// Rejoined: a participant came back with their key (or renamed).
	Rejoined
	// Answered: a new or changed answer (not a repeat, not going back).
	Answered
	Finished
	Left
	Locked
	Unlocked
	RoundStarted
	// The paced workshop's: the trainer opened a case (Scenario), showed
	// its split, started its extreme round, hid or showed a proposal
	// (Proposal), ended the workshop; a participant gave a proposal.
	Opened
	Revealed
	ExtremeStarted
	Proposed
	ProposalHidden
	ProposalShown
	Ended
)

var eventNames = [...]string{"", "joined", "rejoined", "answered", "finished", "left", "locked", "unlocked", "round",
	"opened", "revealed", "extreme", "proposal", "hidden", "shown", "ended"}

// String names the kind in English, for logs.
func (k EventKind) String() string {
	if k < 0 || int(k) >= len(eventNames) {
		return "event"
	}
	return eventNames[k]
}

// Event is one thing that happened in the room, for the headless mode that
// prints one line per event. Name is cleaned (CleanName) and may be empty
// (anonymous); Scenario is the scenario's ID for Answered.
type Event struct {
	// Seq numbers events from 1 in the order they happened (since New or
	// Resume; a Resume does not repeat the journal's history).
	Seq         uint64
	Kind        EventKind
	Participant ParticipantID
	Name        string
	Via         string
	Scenario    string
	// Proposal is the proposal's number for Proposed, ProposalHidden and
	// ProposalShown; Text (cleaned) and Type are a proposal's for
	// Proposed. Counts are per ideal type: the split for Revealed, the
	// assignment for ExtremeStarted.
	Proposal int
	Text     string
	Type     profile.Type
	Counts   profile.Points
	Round    int
	Time     time.Time
}

// maxEvents bounds the events kept: a full room (300 × 24 answers a round)
// fits several times over. When it is exceeded the oldest half goes.
const maxEvents = 1 << 15

// eventLog is a room's recent events, numbered from 1, whatever its
// activity; the room guards it with its lock.
type eventLog struct {
	list []Event
	next uint64 // Seq of the next event
}

// Add numbers e and keeps it; past maxEvents the oldest half goes.
func (l *eventLog) Add(e Event) {
	if l.next == 0 {
		l.next = 1
	}
	e.Seq = l.next
	l.next++
	if len(l.list) >= maxEvents {
		l.list = append(l.list[:0], l.list[len(l.list)/2:]...)
	}
	l.list = append(l.list, e)
}

// After returns a copy of the events after seq, oldest first, and the Seq
// of the last one to pass next time (seq when there is nothing new).
func (l *eventLog) After(seq uint64) ([]Event, uint64) {
	i := len(l.list)
	for i > 0 && l.list[i-1].Seq > seq {
		i--
	}
	if i == len(l.list) {
		return nil, seq
	}
	evs := append([]Event(nil), l.list[i:]...)
	return evs, evs[len(evs)-1].Seq
}

// Events returns the events after seq (0 for all kept), oldest first, and
// the Seq of the last one to pass next time (seq when there is nothing
// new). It never blocks and never drops an event while fewer than 16,384
// happen between two calls. Use it with Subscribe: on each signal, ask for
// what is new.
func (r *Room) Events(seq uint64) ([]Event, uint64) {
	r.led.Lock()
	defer r.led.Unlock()
	return r.events.After(seq)
}

// signal tells subscribers that something changed. Each subscriber's
// channel holds one signal (buffer 1) and the sender never waits for it:
// many changes while nobody reads become one signal, so a projector that
// redraws at most ten times a second, on a ticker, never falls behind. The
// zero signal is ready to use.
type signal struct {
	mu   sync.Mutex
	subs map[chan struct{}]struct{}
}

// Subscribe returns a channel that receives a signal after each change, and
// a function to stop. The channel is not closed by the stop function.
func (s *signal) Subscribe() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	if s.subs == nil {
		s.subs = map[chan struct{}]struct{}{}
	}
	s.subs[ch] = struct{}{}
	s.mu.Unlock()
	var once bool
	return ch, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if !once {
			once = true
			delete(s.subs, ch)
		}
	}
}

// Notify signals every subscriber without blocking.
func (s *signal) Notify() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Subscribe returns a channel that receives a signal after the room has
// changed, and a function to stop (see signal). Read the new state with
// Snapshot or Events.
func (r *Room) Subscribe() (<-chan struct{}, func()) { return r.led.Subscribe() }
