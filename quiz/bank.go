// Package quiz holds the question bank (the scenarios and options a
// question file gives, as package questionfile loaded and checked them),
// the walk through it (which option was shown where, and what was chosen)
// and the cases that a trainer discusses (each type's response to a
// scenario). It computes no styles and draws nothing; screens, the text
// mode and the live room read from it.
package quiz

import "ideale-ambtenaar/profile"

// Bank is a validated question set. A Bank returned by Parse or Load is
// always usable: it has at least one question and every option scores.
type Bank struct {
	// Title and Intro are shown on the welcome screen; empty means the
	// interface's own wording is used.
	Title string
	Intro string
	// Language is the file's language: "nl" or "en". Empty in the file
	// means "nl".
	Language string
	// Types describes each ideal type in the file's language, indexed by
	// profile.Type. A file without a types: section gets the embedded
	// set's descriptions.
	Types [profile.Count]profile.TypeProfile
	// Questions in file order.
	Questions []Question
	// Source names where the bank came from, for messages: a path, or the
	// name of the embedded file.
	Source string
	// Hash identifies the content (hex SHA-256 of the file's bytes), so that
	// saved progress and results can tell whether they belong to this set.
	Hash string
}

// Question is one workplace scenario with its options in file order.
type Question struct {
	ID       string
	Context  string
	Scenario string
	Options  []Option
}

// Option is one answer and what it scores.
type Option struct {
	Text   string
	Points profile.Points
}

// MaxPoints returns, per type, the most points a person could collect over
// the whole bank: the sum over questions of the best option for that type.
// A balanced bank has the same maximum for every type.
func (b *Bank) MaxPoints() profile.Points {
	var most profile.Points
	for _, q := range b.Questions {
		for _, t := range profile.Types {
			best := 0
			for _, o := range q.Options {
				best = max(best, o.Points[t])
			}
			most[t] += best
		}
	}
	return most
}
