// Package profile is what a finished quiz says about a person: the three
// ideal types of De ideale ambtenaar, the mix that points make of them
// (whole percentages, equal for equal points, the chameleon colour), and the type
// profiles a question file describes. It knows nothing of screens or
// files, so the quiz, the plain mode, the live room and the team view all
// score the same way.
package profile

import (
	"fmt"
	"math"
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

// MarginZ is the one-sided 95 % point of the normal distribution. Two
// shares count as different only when their difference is more than MarginZ
// standard errors: with 26 answers given at random, about 4 % of people are
// then told they lean one way (TestRandomRespondentsRarelyLean simulates
// it; the target is at most 10 %).
const MarginZ = 1.645

// margin is the half-width, as a fraction, beyond which the difference
// between shares a and b (fractions of n answers) is more than chance:
// MarginZ times the standard error of a difference of two multinomial
// shares, √((a + b − (a − b)²) / n) (e.g. Scott & Seber, "Difference of
// proportions from the same survey", The American Statistician 37, 1983).
func margin(a, b float64, n int) float64 {
	if n <= 0 {
		return 1
	}
	d := a - b
	return MarginZ * math.Sqrt(max(a+b-d*d, 0)/float64(n))
}

// Shape says how a mix leans, which decides the sentence shown with it.
type Shape int

const (
	// Empty means there are no points at all.
	Empty Shape = iota
	// Leaning means one type leads the runner-up by more than the margin
	// that the number of answers allows.
	Leaning
	// Blend means the top two types are close together (within the margin)
	// and the third is further off.
	Blend
	// Balanced means all three types are close together: the leader is
	// within the margin of the last.
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
	// Percent per type (see Percentages): equal points have equal
	// percentages, and the sum is 100, or 99 or 101 when equal points make
	// 100 impossible; all zero when Points is empty.
	Percent [Count]int
	// Ranking orders the types from most to fewest points. Equal points keep
	// the fixed type order, so a tie never depends on option position or map
	// order; Shape tells whether the order means anything.
	Ranking [Count]Type
	// Shape says whether the mix leans to one type, is a blend of two or is
	// balanced over all three, given the margin.
	Shape Shape
	// Answers is the number of answers the mix rests on.
	Answers int
	// Margin is, in percentage points (rounded up), how far the leader must
	// be ahead of the runner-up before the difference means anything: the
	// uncertainty of a mix of this many answers. Zero without points.
	Margin int
	// Precision is, in percentage points (rounded), how far one type's
	// percentage might come out different if the same person did the quiz
	// again: MarginZ standard errors of one share, √(p(1 − p) / n), for
	// the share p of the three that is nearest a half (the least certain
	// one), so that it holds for every type; p is smoothed by one point
	// either way so that it is never 0 or 1. About 15 for 26 answers, 8
	// for 100. Zero without points.
	Precision int
}

// New computes the mix for the given points, counting one answer per
// point (as in the shipped sets, where every option scores one point).
// Negative points are treated as zero.
func New(p Points) Mix { return Of(p, p.Total()) }

// Of computes the mix for points collected over the given number of
// answers; the answers set the margin (see Mix.Margin). Negative points are
// treated as zero.
func Of(p Points, answers int) Mix {
	for i, v := range p {
		if v < 0 {
			p[i] = 0
		}
	}
	pr := Mix{Points: p, Percent: Percentages(p), Answers: max(answers, 0)}
	order := Types
	sort.SliceStable(order[:], func(i, j int) bool { return p[order[i]] > p[order[j]] })
	pr.Ranking = order
	if p.Total() == 0 {
		pr.Shape = Empty
		return pr
	}
	share := func(t Type) float64 { return float64(p[t]) / float64(p.Total()) }
	n := pr.Answers
	if n <= 0 {
		n = p.Total()
	}
	close := func(a, b Type) bool { return share(a)-share(b) <= margin(share(a), share(b), n) }
	switch {
	case close(order[0], order[2]):
		pr.Shape = Balanced
	case close(order[0], order[1]):
		pr.Shape = Blend
	default:
		pr.Shape = Leaning
	}
	pr.Margin = int(math.Ceil(100 * margin(share(order[0]), share(order[1]), n)))
	// The shares are smoothed by one point either way ((x + 1) / (n + 2),
	// Laplace), so that a type chosen always or never is not taken as
	// certain: 26 of 26 still gives about 6 points.
	worst := 0.0
	for _, t := range Types {
		s := (share(t)*float64(n) + 1) / float64(n+2)
		worst = max(worst, s*(1-s))
	}
	pr.Precision = int(math.Round(100 * MarginZ * math.Sqrt(worst/float64(n))))
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

// Percentages turns points into whole percentages: the largest-remainder
// method (each type gets its percentage rounded down, and the points still
// missing from 100 go to the largest remainders, the larger share first
// when remainders are equal), with one rule on top: equal points always
// give equal percentages. Types with equal points get the extra point
// together or not at all; when such a group does not fit in what is
// missing from 100, it gets the point if its exact share would round up
// (a remainder of at least a half) and not otherwise. The sum is
// therefore 100, except when equal points make that impossible, and then
// 99 or 101: 9/9/8 of 26 gives 35/35/31, 1/1/1 gives 33/33/33. The type
// order never settles anything, so the result does not depend on which
// type happens to come first. Negative points count as zero; all zero
// gives all zero.
func Percentages(p Points) [Count]int {
	var out [Count]int
	total := 0
	for i, v := range p {
		p[i] = max(v, 0)
		total += p[i]
	}
	if total <= 0 {
		return out
	}
	var rem [Count]int // remainder numerator, in units of 1/total
	sum := 0
	for _, t := range Types {
		out[t] = p[t] * 100 / total
		rem[t] = p[t] * 100 % total
		sum += out[t]
	}
	var done [Count]bool
	for sum < 100 {
		best := Type(-1)
		for _, t := range Types {
			if done[t] || rem[t] == 0 {
				continue
			}
			if best < 0 || rem[t] > rem[best] || rem[t] == rem[best] && p[t] > p[best] {
				best = t
			}
		}
		if best < 0 {
			break
		}
		var group []Type
		for _, t := range Types {
			if !done[t] && p[t] == p[best] {
				group = append(group, t)
			}
		}
		if sum+len(group) > 100 && 2*rem[best] < total {
			break // the group does not fit and would not round up
		}
		for _, t := range group {
			out[t]++
			done[t] = true
		}
		sum += len(group)
	}
	return out
}
