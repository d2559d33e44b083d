package team

import "ideale-ambtenaar/profile"

// LowShare is the average share, in percent, below which a type counts as
// a blind spot of the team. An even mix gives every type about 33 %; below
// 25 % the team has noticeably less of a type than of the others together,
// even when someone leads with it.
const LowShare = 25

// MinForNobodyLeads is the smallest group in which "nobody leads with
// it" makes a type a blind spot. One person leads with one type at most,
// and two with two, so in a smaller group the other types are nobody's
// strongest by arithmetic, not because the group lacks them; there only
// a low average counts.
const MinForNobodyLeads = 3

// Summary is the team's picture: its average mix, the spread, who leads
// with which type, and the blind spots.
type Summary struct {
	// Count is the number of participants.
	Count int
	// Average is the mean of the participants' percentages per type,
	// rounded as profile.Percentages rounds a person's mix: largest
	// remainder, equal shares equal, so the sum is 100 except where
	// equal shares make that impossible (then 99 or 101). Every participant
	// weighs the same, whatever the number of questions in their set.
	Average profile.Mix
	// Min and Max are the lowest and highest percentage per type.
	Min, Max [profile.Count]int
	// Dominant counts, per type, the participants who lead with it on
	// their own (profile.Mix.Dominant).
	Dominant [profile.Count]int
	// Tied counts the participants whose top two (or three) types have
	// equal points, so that no single type leads.
	Tied int
	// BlindSpots lists, in the fixed type order, the types that nobody
	// leads with (in a group of at least MinForNobodyLeads) or whose
	// average share is below LowShare.
	BlindSpots []BlindSpot
}

// BlindSpot is a type the team may be missing, and why.
type BlindSpot struct {
	Type profile.Type
	// NobodyLeads is true when no participant has it as their single
	// dominant type.
	NobodyLeads bool
	// Low is true when its average share is below LowShare.
	Low bool
}

// Summarize computes the team's picture of the mixes of its members: saved
// results (Collection.Mixes) or the participants of a live room alike. An
// empty team gives a zero Summary.
func Summarize(mixes []profile.Mix) Summary {
	s := Summary{Count: len(mixes)}
	if len(mixes) == 0 {
		return s
	}
	var sum profile.Points
	for i := range s.Min {
		s.Min[i] = 100
	}
	for _, m := range mixes {
		for _, t := range profile.Types {
			v := m.Percent[t]
			sum[t] += v
			s.Min[t] = min(s.Min[t], v)
			s.Max[t] = max(s.Max[t], v)
		}
		if t, ok := m.Dominant(); ok {
			s.Dominant[t]++
		} else {
			s.Tied++
		}
	}
	// The sum of the percentages, as "points", gives exactly the mean
	// percentages with largest-remainder rounding: sum[t]/n/100 of the
	// whole is sum[t]/(sum of all sums), because every participant adds
	// 100 to the total.
	s.Average = profile.New(sum)
	for _, t := range profile.Types {
		b := BlindSpot{Type: t, NobodyLeads: s.Count >= MinForNobodyLeads && s.Dominant[t] == 0, Low: s.Average.Percent[t] < LowShare}
		if b.NobodyLeads || b.Low {
			s.BlindSpots = append(s.BlindSpots, b)
		}
	}
	return s
}
