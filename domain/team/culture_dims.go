package team

import (
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/profile"
)

// CultureAnswer is one dimension of a participant's culture survey: the
// dimension's id as the culture file names it, and the points the
// participant gave each type now and desired (culture.Budget each).
type CultureAnswer struct {
	Dimension    string
	Now, Desired profile.Points
}

// DimensionSummary is the group's picture of one dimension of the culture
// survey: how many answered it, and per type the average share now and
// desired in percent (the mean of the participants' shares of their
// points, rounded by largest remainder to add up to 100, as
// PassSummary.Average), with the shift desired − now in percentage points.
type DimensionSummary struct {
	// Dimension is the id from the culture file (a result keeps no
	// title); raw: show it with safetext.
	Dimension    string
	Count        int
	Now, Desired profile.Mix
	Shift        [profile.Count]int
}

// SummarizeDimensions computes the group's picture per dimension from the
// participants' answers: one DimensionSummary per dimension id, in the
// order the ids first appear (the culture file's order when all took the
// same file). A participant with no answers (a result without them)
// counts in none. Nil for no answers at all.
func SummarizeDimensions(ps []CultureParticipant) []DimensionSummary {
	var order []string
	now, desired := map[string][]profile.Mix{}, map[string][]profile.Mix{}
	for _, p := range ps {
		for _, a := range p.Dimensions {
			if _, ok := now[a.Dimension]; !ok {
				order = append(order, a.Dimension)
			}
			now[a.Dimension] = append(now[a.Dimension], profile.New(a.Now))
			desired[a.Dimension] = append(desired[a.Dimension], profile.New(a.Desired))
		}
	}
	out := make([]DimensionSummary, 0, len(order))
	for _, id := range order {
		s := SummarizeCulture(now[id], desired[id])
		out = append(out, DimensionSummary{
			Dimension: id, Count: s.Count,
			Now: s.Now.Average, Desired: s.Desired.Average, Shift: s.Shift,
		})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// SummarizeCultures is the group's picture of the collection's culture
// results: SummarizeCulture of their two mixes, with the picture per
// dimension (SummarizeDimensions).
func (c *Collection) SummarizeCultures() CultureSummary {
	s := SummarizeCulture(c.CultureMixes())
	s.Dimensions = SummarizeDimensions(c.Cultures)
	return s
}

// cultureAnswers is a culture result's points per dimension, as
// CultureAnswers.
func cultureAnswers(d *results.CultureData) []CultureAnswer {
	if d == nil {
		return nil
	}
	out := make([]CultureAnswer, len(d.Dimensions))
	for i, a := range d.Dimensions {
		out[i] = CultureAnswer{Dimension: a.Dimension, Now: profile.Points(a.Now.Array()), Desired: profile.Points(a.Desired.Array())}
	}
	return out
}
