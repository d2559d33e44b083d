package culture

import (
	"fmt"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Threshold is the difference, in percentage points, from which a shift
// between now and desired stands out. Ten points is one point of the ten
// in every dimension: a change a group notices, where smaller ones are
// within the noise of sharing ten points.
const Threshold = 10

// Result compares the culture now with the desired culture.
type Result struct {
	// Now and Desired are the two mixes, computed with profile.New, so
	// each has whole percentages that add up to 100.
	Now, Desired profile.Mix
	// Diff is, per type, Desired.Percent − Now.Percent in percentage
	// points: positive means "more of this", negative "less of this".
	Diff [profile.Count]int
}

// Compare builds the Result for the points of the two passes.
func Compare(now, desired profile.Points) Result {
	r := Result{Now: profile.New(now), Desired: profile.New(desired)}
	for _, t := range profile.Types {
		r.Diff[t] = r.Desired.Percent[t] - r.Now.Percent[t]
	}
	return r
}

// Notable reports whether the difference for t is at least Threshold
// percentage points, either way.
func (r Result) Notable(t profile.Type) bool { return abs(r.Diff[t]) >= Threshold }

// NotableTypes lists the types whose difference is Notable, in the fixed
// type order.
func (r Result) NotableTypes() []profile.Type {
	var out []profile.Type
	for _, t := range profile.Types {
		if r.Notable(t) {
			out = append(out, t)
		}
	}
	return out
}

// BiggestShift returns the type with the largest difference either way.
// Equal differences are settled by the fixed type order, so the answer
// never depends on how the walk went. ok is false when nothing shifts.
func (r Result) BiggestShift() (t profile.Type, ok bool) {
	best := 0
	for _, u := range profile.Types {
		if d := abs(r.Diff[u]); d > best {
			t, best = u, d
		}
	}
	return t, best > 0
}

// Sentence says in one sentence, in l, which shift is biggest: the type,
// from what to what, and by how much.
func (r Result) Sentence(l i18n.Lang) string {
	t, ok := r.BiggestShift()
	if !ok {
		return txtNoShift.In(l)
	}
	txt := txtMore
	if r.Diff[t] < 0 {
		txt = txtLess
	}
	return txt.F(l, TypeName(t, l), r.Now.Percent[t], r.Desired.Percent[t], Signed(r.Diff[t]))
}

// Signed writes a difference with its sign: "+15", "−5" (a real minus
// sign, U+2212) or "0".
func Signed(d int) string {
	switch {
	case d > 0:
		return fmt.Sprintf("+%d", d)
	case d < 0:
		return fmt.Sprintf("−%d", -d)
	}
	return "0"
}

// TypeName is the name of t in l, in lower case, for running text: the
// culture files describe the types but do not name them.
func TypeName(t profile.Type, l i18n.Lang) string {
	if !t.Valid() {
		return t.Key()
	}
	return typeNames[t].In(l)
}

var typeNames = [profile.Count]i18n.Text{
	profile.Bureaucraat: {NL: "bureaucraat", EN: "bureaucrat"},
	profile.Ondernemer:  {NL: "ondernemer", EN: "entrepreneur"},
	profile.Verbinder:   {NL: "verbinder", EN: "connector"},
}

var (
	txtMore = i18n.Text{
		NL: "De grootste verschuiving: meer %s, van %d%% nu naar %d%% gewenst (%s).",
		EN: "The biggest shift: more of the %s, from %d%% now to %d%% desired (%s)."}
	txtLess = i18n.Text{
		NL: "De grootste verschuiving: minder %s, van %d%% nu naar %d%% gewenst (%s).",
		EN: "The biggest shift: less of the %s, from %d%% now to %d%% desired (%s)."}
	txtNoShift = i18n.Text{
		NL: "Nu en gewenst zijn gelijk: er is geen verschuiving.",
		EN: "Now and desired are the same: there is no shift."}
)

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
