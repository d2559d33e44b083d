package room

import "time"

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
)

var eventNames = [...]string{"", "joined", "rejoined", "answered", "finished", "left", "locked", "unlocked", "round"}

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
	Round       int
	Time        time.Time
}

// maxEvents bounds the events kept: a full room (300 × 24 answers a round)
// fits several times over. When it is exceeded the oldest half goes.
const maxEvents = 1 << 15

// eventLog is the room's recent events.
type eventLog struct {
	list []Event
	next uint64 // Seq of the next event
}

func (l *eventLog) add(e Event) {
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

// since returns a copy of the events after seq.
func (l *eventLog) since(seq uint64) []Event {
	i := len(l.list)
	for i > 0 && l.list[i-1].Seq > seq {
		i--
	}
	return append([]Event(nil), l.list[i:]...)
}

// Events returns the events after seq (0 for all kept), oldest first, and
// the Seq of the last one to pass next time (seq when there is nothing
// new). It never blocks and never drops an event while fewer than 16,384
// happen between two calls. Use it with Subscribe: on each signal, ask for
// what is new.
func (r *Room) Events(seq uint64) ([]Event, uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	evs := r.events.since(seq)
	if len(evs) == 0 {
		return nil, seq
	}
	return evs, evs[len(evs)-1].Seq
}

// Subscribe returns a channel that receives a signal after the room has
// changed, and a function to stop. The channel holds one signal (buffer 1)
// and the room never waits for it: many changes while nobody reads become
// one signal, so a projector that redraws at most ten times a second, on a
// ticker, never falls behind. Read the new state with Snapshot or Events.
// The channel is not closed by the stop function.
func (r *Room) Subscribe() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	r.subMu.Lock()
	r.subs[ch] = struct{}{}
	r.subMu.Unlock()
	var once bool
	return ch, func() {
		r.subMu.Lock()
		defer r.subMu.Unlock()
		if !once {
			once = true
			delete(r.subs, ch)
		}
	}
}

// notify signals every subscriber without blocking.
func (r *Room) notify() {
	r.subMu.Lock()
	defer r.subMu.Unlock()
	for ch := range r.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}
