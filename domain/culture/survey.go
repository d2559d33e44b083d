package culture

import "ideale-ambtenaar/profile"

// Pass is one round over all dimensions: the culture as it is now, or as
// it is desired.
type Pass int

// The two passes, in the order they are walked.
const (
	Now Pass = iota
	Desired
)

// Passes is the number of passes.
const Passes = 2

// Survey is one person's walk through a Set: every dimension for Now, then
// every dimension for Desired, with the option to go back. Use NewSurvey.
// A Survey is not safe for use by several goroutines at once.
type Survey struct {
	set   *Set
	given [Passes][]Allocation
	ok    [Passes][]bool
	step  int // 0 … Steps(); Steps() means done
}

// NewSurvey starts a walk through s at the first dimension of the Now
// pass. s must have at least one dimension (questionfile.ParseCulture guarantees
// MinDimensions).
func NewSurvey(s *Set) *Survey {
	sv := &Survey{set: s}
	for p := range sv.given {
		sv.given[p] = make([]Allocation, len(s.Dimensions))
		sv.ok[p] = make([]bool, len(s.Dimensions))
	}
	return sv
}

// Set is the survey's content.
func (s *Survey) Set() *Set { return s.set }

// Len is the number of dimensions in one pass.
func (s *Survey) Len() int { return len(s.set.Dimensions) }

// Steps is the number of allocations in the whole walk: two per dimension.
func (s *Survey) Steps() int { return Passes * s.Len() }

// Step is the 0-based position in the whole walk; Steps() when done.
func (s *Survey) Step() int { return s.step }

// Done reports whether both passes are complete.
func (s *Survey) Done() bool { return s.step >= s.Steps() }

// Pass is the current pass (Desired when done).
func (s *Survey) Pass() Pass {
	if s.Done() {
		return Desired
	}
	return Pass(s.step / s.Len())
}

// Index is the 0-based dimension within the current pass (the last one
// when done).
func (s *Survey) Index() int {
	if s.Done() {
		return s.Len() - 1
	}
	return s.step % s.Len()
}

// Dimension is the dimension being answered.
func (s *Survey) Dimension() Dimension { return s.set.Dimensions[s.Index()] }

// Given returns what was given for the current step, and whether anything
// was: after Back it is the earlier answer, to be shown and changed.
func (s *Survey) Given() (Allocation, bool) {
	if s.Done() {
		return Allocation{}, false
	}
	p, i := s.Pass(), s.Index()
	return s.given[p][i], s.ok[p][i]
}

// Give records a for the current step and moves to the next. An invalid
// allocation is refused with an *AllocationError and nothing changes.
// Giving after the walk is done does nothing and returns nil.
func (s *Survey) Give(a Allocation) error {
	if s.Done() {
		return nil
	}
	if err := a.Check(); err != nil {
		return err
	}
	p, i := s.Pass(), s.Index()
	s.given[p][i], s.ok[p][i] = a, true
	s.step++
	return nil
}

// Back moves to the previous step, from the first dimension of Desired to
// the last of Now, and from a finished walk to its last step. It reports
// false at the very first step. What was given stays, so the screen can
// show it.
func (s *Survey) Back() bool {
	if s.step == 0 {
		return false
	}
	s.step--
	return true
}

// Allocations returns copies of what was given in pass p, in dimension
// order; a dimension not yet given is all zero.
func (s *Survey) Allocations(p Pass) []Allocation {
	return append([]Allocation(nil), s.given[p]...)
}

// Points adds up what was given in pass p: per type, the sum over the
// dimensions, so at most Budget × Len() in total.
func (s *Survey) Points(p Pass) profile.Points {
	var sum profile.Points
	for i, a := range s.given[p] {
		if s.ok[p][i] {
			sum = sum.Add(profile.Points(a))
		}
	}
	return sum
}

// Result compares the two passes. Call it when Done; before that it
// compares what has been given so far.
func (s *Survey) Result() Result { return Compare(s.Points(Now), s.Points(Desired)) }
