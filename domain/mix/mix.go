// Package profile holds the three ideal types of De ideale ambtenaar and
// turns points into a mix of them. It knows nothing of screens or files, so
// the quiz, the plain mode and the team view all score the same way.
package mix

import (
	"fmt"
	"sort"
)

// Type is one of the three ideal types. The numeric order is the fixed
// display order (bureaucraat, ondernemer, verbinder) and doubles as the RGB
// channel of the chameleon colour: red, green, blue.
type Type int

// The three ideal types, in their fixed order.
const (
	Bureaucraat Type = iota
	Ondernemer
	Verbinder
)

// Types lists the ideal types in their fixed order. Loop over it instead of
// over a map, so that output never depends on map order.
var Types = [...]Type{Bureaucraat, Ondernemer, Verbinder}

// Count is the number of ideal types.
const Count = len(Types)

// keys are the names used in question files and result files. They are
// Dutch in every language because they are identifiers, not prose.
var keys = [...]string{"bureaucraat", "ondernemer", "verbinder"}

// Key returns the identifier of t as it is written in YAML and JSON.
func (t Type) Key() string {
	if t < 0 || int(t) >= Count {
		return fmt.Sprintf("type(%d)", int(t))
	}
	return keys[t]
}

// String returns the key, so that %v prints something readable.
func (t Type) String() string { return t.Key() }

// Valid reports whether t is one of the three types.
func (t Type) Valid() bool { return t >= 0 && int(t) < Count }

// ParseType finds the type whose key is s. Matching is exact: question files
// are checked strictly so that a typo is reported, not guessed at.
func ParseType(s string) (Type, bool) {
	for _, t := range Types {
		if keys[t] == s {
			return t, true
		}
	}
	return 0, false
}

// Keys returns the type keys in fixed order, for error messages that list
// what is allowed.
func Keys() []string { return append([]string(nil), keys[:]...) }

// Points holds points per type, indexed by Type.
type Points [Count]int

// Add returns p plus q.
func (p Points) Add(q Points) Points {
	for i := range p {
		p[i] += q[i]
	}
	return p
}

// Total is the sum of the points of all types.
func (p Points) Total() int {
	n := 0
	for _, v := range p {
		n += v
	}
	return n
}

// BlendMargin is how close, in percentage points, the runner-up must be to
// the leader for the mix to be called a blend rather than leaning one way.
const BlendMargin = 10

// Shape says how a mix leans, which decides the sentence shown with it.
type Shape int

const (
	// Empty means there are no points at all.
	Empty Shape = iota
	// Leaning means one type leads by more than BlendMargin points.
	Leaning
	// Blend means the top two types are within BlendMargin of each other
	// and the third is further off.
	Blend
	// Balanced means all three types are within BlendMargin of the leader.
	Balanced
)

// String names the shape for tests and debugging.
func (s Shape) String() string {
	switch s {
	case Leaning:
		return "leaning"
	case Blend:
		return "blend"
	case Balanced:
		return "balanced"
	}
	return "empty"
}

// Mix is a person's (or a team's) mix of the three types. It is a value:
// compute it with New and never edit the fields by hand.
type Mix struct {
	// Points per type, as scored.
	Points Points
	// Percent per type; always sums to exactly 100 unless Points is empty.
	Percent [Count]int
	// Ranking orders the types from most to fewest points. Equal points keep
	// the fixed type order, so a tie never depends on option position or map
	// order; Shape tells whether the order means anything.
	Ranking [Count]Type
	// Shape says whether the mix leans to one type, is a blend of two or is
	// balanced over all three.
	Shape Shape
}

// New computes the profile for the given points. Negative points are
// treated as zero.
func New(p Points) Mix {
	for i, v := range p {
		if v < 0 {
			p[i] = 0
		}
	}
	pr := Mix{Points: p, Percent: Percentages(p)}
	order := Types
	sort.SliceStable(order[:], func(i, j int) bool { return p[order[i]] > p[order[j]] })
	pr.Ranking = order
	if p.Total() == 0 {
		pr.Shape = Empty
		return pr
	}
	share := func(t Type) float64 { return 100 * float64(p[t]) / float64(p.Total()) }
	top := share(order[0])
	switch {
	case top-share(order[2]) <= BlendMargin:
		pr.Shape = Balanced
	case top-share(order[1]) <= BlendMargin:
		pr.Shape = Blend
	default:
		pr.Shape = Leaning
	}
	return pr
}

// Dominant returns the leading type and whether it leads on its own. When
// two or three types share the most points there is no single dominant type
// and ok is false.
func (pr Mix) Dominant() (t Type, ok bool) {
	t = pr.Ranking[0]
	return t, pr.Points.Total() > 0 && pr.Points[t] > pr.Points[pr.Ranking[1]]
}

// Leaders returns the types the result sentence should name: one when the
// mix leans, two for a blend, three when balanced, none when empty.
func (pr Mix) Leaders() []Type {
	switch pr.Shape {
	case Leaning:
		return pr.Ranking[:1]
	case Blend:
		return pr.Ranking[:2]
	case Balanced:
		return pr.Ranking[:]
	}
	return nil
}

// Percentages turns points into whole percentages that add up to exactly 100,
// using the largest-remainder method. Equal remainders are settled by the
// fixed type order, which is the only order that is not an accident of how
// the quiz was answered. All zero gives all zero.
func Percentages(p Points) [Count]int {
	var out [Count]int
	total := p.Total()
	if total <= 0 {
		return out
	}
	type rem struct {
		t Type
		r int // remainder numerator, in units of 1/total
	}
	rems := make([]rem, 0, Count)
	sum := 0
	for _, t := range Types {
		out[t] = p[t] * 100 / total
		sum += out[t]
		rems = append(rems, rem{t, p[t] * 100 % total})
	}
	sort.SliceStable(rems, func(i, j int) bool { return rems[i].r > rems[j].r })
	for i := 0; sum < 100; i++ {
		out[rems[i].t]++
		sum++
	}
	return out
}
