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

// TestAbbreviationsEndNoSentence: the point of "bijv.", "d.w.z.", "e.g."
// or an initial is not a sentence end, so a sentence with an abbreviation
// scores as one sentence, as it does written out.
func TestAbbreviationsEndNoSentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Je belt bijv. de buurt op en vraagt wat zij ervan vinden.", 1},
		{"Je kijkt d.w.z. eerst in de regels. Daarna bel je.", 2},
		{"Dhr. Jansen en mevr. De Vries komen o.a. langs, enz. Daarna praat je.", 2},
		{"You call e.g. the neighbours, i.e. the people next door.", 1},
		{"J. de Vries belt. Bijv. over de vergunning.", 2},
		{"Appels, peren enz.", 1},
		{"Zeg nee. Dan is het klaar.", 2},
	} {
		if n := sentences(c.text); n != c.want {
			t.Errorf("sentences(%q) = %d, want %d", c.text, n, c.want)
		}
	}
	// 14 words, none longer than six letters, one sentence (not two).
	short := LIX("Je belt bijv. de buurt op en vraagt wat zij van het plan vinden.")
	if want := 14.0; math.Abs(short-want) > 1e-9 {
		t.Errorf("LIX with bijv. = %.1f, want %.1f (one sentence)", short, want)
	}
}
