package cultureroom

import "ideale-ambtenaar/domain/room"

// maxEvents bounds the events kept, as in room; when exceeded the oldest
// half goes.
const maxEvents = 1 << 15

// eventLog is the room's recent events.
type eventLog struct {
	list []room.Event
	next uint64 // Seq of the next event
}

func (l *eventLog) add(e room.Event) {
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
func (l *eventLog) since(seq uint64) []room.Event {
	i := len(l.list)
	for i > 0 && l.list[i-1].Seq > seq {
		i--
	}
	return append([]room.Event(nil), l.list[i:]...)
}

// Events returns the events after seq (0 for all kept), oldest first, and
// the Seq of the last one to pass next time (seq when there is nothing
// new), as room.Room.Events. Kinds: room.Joined, Rejoined, Answered (an
// allocation given or changed; Scenario is "now/<dimension ID>" or
// "desired/<dimension ID>"), Finished, Left, Locked, Unlocked; Round is
// always 1. A Resume does not repeat the journal's history.
func (r *Room) Events(seq uint64) ([]room.Event, uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	evs := r.events.since(seq)
	if len(evs) == 0 {
		return nil, seq
	}
	return evs, evs[len(evs)-1].Seq
}

// Subscribe returns a channel that receives a signal after the room has
// changed, and a function to stop, as room.Room.Subscribe: buffer 1, the
// room never waits for it, many changes while nobody reads become one
// signal. The channel is not closed by the stop function.
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
