// Package casesview is the case-discussion mode for trainers: a scenario from
// the question bank is shown large and calm in front of a room, and the
// responses of the three ideal types are revealed one at a time, each with a
// prompt that invites the group to take that type to the extreme.
//
// The package reads the bank and draws; it scores nothing. Which response
// belongs to which type follows from the points an option gives (see
// Responses), so a trainer's own question file works without extra markup.
package casesview
