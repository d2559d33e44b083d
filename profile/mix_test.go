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
