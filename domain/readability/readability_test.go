package readability

import (
	"math"
	"testing"
)

func TestLIX(t *testing.T) {
	// 6 words, 1 sentence, 2 long words (gemeente, vergunning): 6 + 100*2/6.
	if got, want := LIX("De gemeente geeft een vergunning af."), 6+100*2.0/6; math.Abs(got-want) > 1e-9 {
		t.Errorf("LIX = %.2f, want %.2f", got, want)
	}
	// 150.000 and 12:30 end no sentence; "?!" ends one.
	if n := sentences("Er staat 150.000 euro om 12:30 klaar. Echt?! Ja."); n != 3 {
		t.Errorf("sentences = %d, want 3", n)
	}
}

func TestLengthRatio(t *testing.T) {
	if r := LengthRatio([]int{40, 50, 45}); r != 1.25 {
		t.Errorf("ratio %v", r)
	}
	if r := LengthRatio(nil); r != 1 {
		t.Errorf("empty ratio %v", r)
	}
}

func TestGiveAways(t *testing.T) {
	opts := []Option{
		{"bureaucraat", "Je volgt de regel voor iedereen."},
		{"bureaucraat", "Volgens de regel doe je het zo."},
		{"bureaucraat", "De regel is duidelijk."},
		{"verbinder", "Je praat met de buurt."},
	}
	got := GiveAways(opts, "nl", 3)
	if len(got) != 1 || got[0].Word != "regel" || got[0].Type != "bureaucraat" || got[0].Options != 3 {
		t.Errorf("give-aways %+v", got)
	}
}
