package profile

import (
	"math/rand/v2"
	"testing"
)

// TestRandomRespondentsRarelyLean simulates people who answer at random:
// at most 10 % of them may be told that their mix leans one way. With the
// one-sided 95 % margin it is about 4 % for 26 answers.
func TestRandomRespondentsRarelyLean(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{10, 24, 26, 40} {
		const people = 20000
		leaning := 0
		for range people {
			var p Points
			for range n {
				p[rng.IntN(Count)]++
			}
			if Of(p, n).Shape == Leaning {
				leaning++
			}
		}
		if share := float64(leaning) / people; share > 0.10 {
			t.Errorf("%d answers: %.1f %% of random respondents lean, want at most 10 %%", n, 100*share)
		} else {
			t.Logf("%d answers: %.1f %% of random respondents are told they lean", n, 100*share)
		}
	}
}

// TestMarginShrinksWithAnswers: the same shares mean more with more
// answers, and a clear lead with enough answers leans.
func TestMarginShrinksWithAnswers(t *testing.T) {
	few, many := Of(Points{5, 3, 2}, 10), Of(Points{50, 30, 20}, 100)
	if few.Margin <= many.Margin {
		t.Errorf("margin %d with 10 answers, %d with 100", few.Margin, many.Margin)
	}
	if few.Shape == Leaning || many.Shape != Leaning {
		t.Errorf("50/30/20: %v with 10 answers, %v with 100", few.Shape, many.Shape)
	}
	if m := Of(Points{20, 4, 2}, 26); m.Shape != Leaning {
		t.Errorf("20/4/2 of 26: %v, want leaning", m.Shape)
	}
	if m := New(Points{}); m.Margin != 0 || m.Shape != Empty {
		t.Errorf("empty: %+v", m)
	}
}

// TestPercentagesEqualPointsEqualPercent: equal points never get different
// percentages, and the sum is 100 whenever equal points allow it (99 or
// 101 otherwise), over every split of up to 40 points.
func TestPercentagesEqualPointsEqualPercent(t *testing.T) {
	cases := []struct {
		p    Points
		want [Count]int
	}{
		{Points{9, 9, 8}, [Count]int{35, 35, 31}},
		{Points{8, 9, 9}, [Count]int{31, 35, 35}},
		{Points{1, 1, 1}, [Count]int{33, 33, 33}},
		{Points{13, 9, 4}, [Count]int{50, 35, 15}},
		{Points{1, 1, 4}, [Count]int{17, 17, 67}},
		{Points{0, 0, 0}, [Count]int{0, 0, 0}},
		{Points{1, 0, 0}, [Count]int{100, 0, 0}},
		{Points{2, 1, 0}, [Count]int{67, 33, 0}},
	}
	for _, c := range cases {
		if got := Percentages(c.p); got != c.want {
			t.Errorf("Percentages(%v) = %v, want %v", c.p, got, c.want)
		}
	}
	for n := 1; n <= 40; n++ {
		for a := 0; a <= n; a++ {
			for b := 0; a+b <= n; b++ {
				p := Points{a, b, n - a - b}
				got := Percentages(p)
				sum := got[0] + got[1] + got[2]
				ties := p[0] == p[1] || p[1] == p[2] || p[0] == p[2]
				if sum != 100 && (!ties || sum < 99 || sum > 101) {
					t.Errorf("Percentages(%v) = %v sums to %d", p, got, sum)
				}
				for i := range p {
					for j := range p {
						if p[i] == p[j] && got[i] != got[j] {
							t.Errorf("Percentages(%v) = %v: equal points, unequal percentages", p, got)
						}
						if p[i] > p[j] && got[i] < got[j] {
							t.Errorf("Percentages(%v) = %v: more points, less percent", p, got)
						}
					}
					exact := 100 * float64(p[i]) / float64(n)
					if d := float64(got[i]) - exact; d <= -1 || d >= 1 {
						t.Errorf("Percentages(%v) = %v: %d is more than a point from %.2f", p, got, got[i], exact)
					}
				}
			}
		}
	}
}

// TestPrecision: the footnote's figure shrinks with more answers and is
// about 15 points for the shipped 26 situations.
func TestPrecision(t *testing.T) {
	m := Of(Points{13, 9, 4}, 26)
	if m.Precision < 12 || m.Precision > 18 {
		t.Errorf("precision with 26 answers = %d, want about 15", m.Precision)
	}
	if many := Of(Points{50, 35, 15}, 100); many.Precision >= m.Precision {
		t.Errorf("precision with 100 answers %d, with 26 %d", many.Precision, m.Precision)
	}
	if e := New(Points{}); e.Precision != 0 {
		t.Errorf("empty precision %d", e.Precision)
	}
}
