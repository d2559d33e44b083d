package cultureroom

import "ideale-ambtenaar/domain/room"

// Events returns the events after seq (0 for all kept), oldest first, and
// the Seq of the last one to pass next time (seq when there is nothing
// new), as room.Room.Events. Kinds: room.Joined, Rejoined, Answered (an
// allocation given or changed; Scenario is "now/<dimension ID>" or
// "desired/<dimension ID>"), Finished, Left, Locked, Unlocked; Round is
// always 1. A Resume does not repeat the journal's history.
func (r *Room) Events(seq uint64) ([]room.Event, uint64) {
	r.led.Lock()
	defer r.led.Unlock()
	return r.events.After(seq)
}

// Subscribe returns a channel that receives a signal after the room has
// changed, and a function to stop, as room.Room.Subscribe: buffer 1, the
// room never waits for it, many changes while nobody reads become one
// signal. The channel is not closed by the stop function.
func (r *Room) Subscribe() (<-chan struct{}, func()) { return r.led.Subscribe() }
