package quiz

import (
	"strconv"
	"strings"

	"ideale-ambtenaar/profile"
)

// Cases are the bank's scenarios seen as discussion pieces for a room (the
// cases command): the helpers below find a case and group its options by
// type. They score nothing.

// Responses groups a question's option texts by the type each option leans
// to most: the type with the most points, ties going to the type that comes
// first in the fixed order. A regular question gives every type exactly one
// option; a trainer's file may give a type several or none, and the screens
// show every option under its type and say so when a type has none.
func Responses(q Question) [profile.Count][]string {
	var out [profile.Count][]string
	for _, o := range q.Options {
		t := Leaning(o.Points)
		out[t] = append(out[t], o.Text)
	}
	return out
}

// Leaning returns the type an option scores highest for; a tie goes to
// the type that comes first in the fixed order.
func Leaning(p profile.Points) profile.Type {
	best := profile.Types[0]
	for _, t := range profile.Types {
		if p[t] > p[best] {
			best = t
		}
	}
	return best
}

// FindCase returns the index of the case that id names: a question ID (exact,
// then ignoring case) or a position counted from 1, so that a trainer can
// say --case hangjongeren as well as --case 3.
func FindCase(b *Bank, id string) (int, bool) {
	id = strings.TrimSpace(id)
	if id == "" {
		return 0, false
	}
	for i, q := range b.Questions {
		if q.ID == id {
			return i, true
		}
	}
	for i, q := range b.Questions {
		if strings.EqualFold(q.ID, id) {
			return i, true
		}
	}
	if n, err := strconv.Atoi(id); err == nil && n >= 1 && n <= len(b.Questions) {
		return n - 1, true
	}
	return 0, false
}

// CaseIDs lists the case IDs in bank order, for a message about an unknown one.
func CaseIDs(b *Bank) []string {
	out := make([]string, len(b.Questions))
	for i, q := range b.Questions {
		out[i] = q.ID
	}
	return out
}
