// Package culture describes an organisation's culture as a mix of the three
// ideal types, once as it is now and once as it is desired. It follows the
// book's image of sedimentation (bureaucracy at the base, entrepreneurship on
// top, connecting on top of that) and the working form trainers know from
// the OCAI of Cameron & Quinn: per dimension, points are shared over one
// description per type, first for "now" and then for "desired", and the gap
// drives the conversation. It draws nothing and reads no files: the loader
// is questionfile.ParseCulture, the screens are culturescreen and plain.
package culture

import "ideale-ambtenaar/profile"

// Set is a validated culture survey: what a culture file says. A Set
// returned by questionfile.ParseCulture has at least MinDimensions dimensions and
// every dimension has a description for every type.
type Set struct {
	// Title and Intro are shown before the first dimension; empty means
	// the interface's own wording is used.
	Title string
	Intro string
	// Language is the file's language: "nl" or "en".
	Language string
	// Dimensions in file order.
	Dimensions []Dimension
	// Source names where the set came from, for messages: a path, or the
	// name of the embedded file.
	Source string
	// Hash identifies the content (hex SHA-256 of the file's bytes), so a
	// saved result can tell which set it belongs to.
	Hash string
}

// Dimension is one aspect of the culture (how it is led, what holds it
// together, …) with one description per ideal type, indexed by
// profile.Type. The descriptions are shown in the fixed type order.
type Dimension struct {
	ID           string
	Title        string
	Descriptions [profile.Count]string
}

// MinDimensions is the fewest dimensions a culture file must have. With
// fewer, one answer weighs so much that the mix says little; six is what
// the OCAI uses and what the built-in files have.
const MinDimensions = 3

// MaxDimensions is the most dimensions a culture file may have: two passes
// over more than twelve become a chore, and a trainer's group stops
// reading carefully.
const MaxDimensions = 12
