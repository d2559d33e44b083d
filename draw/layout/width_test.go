package layout

import (
	"strings"
	"testing"
)

// The widths a terminal may draw: tmux 3.3 draws 👍🏽 and 👩🏽‍⚕️ in 4 cells,
// which is more than the grapheme width (2) the layout counts.
func TestDrawnWidth(t *testing.T) {
	for s, want := range map[string]int{
		"abc": 3, "é": 1, "コ": 2, "😀": 2, "🇳🇱": 2,
		"👨‍👩‍👧": 6, "👩🏽‍⚕️": 5, "👍🏽": 4, "⚠️": 2,
		"\x1b[31mrood\x1b[0m": 4,
	} {
		if got := DrawnWidth(s); got != want {
			t.Errorf("DrawnWidth(%q) = %d, want %d", s, got, want)
		}
		if DrawnWidth(s) < Width(s) {
			t.Errorf("DrawnWidth(%q) below Width", s)
		}
	}
}

// Stable keeps text whose width all terminals agree on and reduces the
// rest to a base that they do agree on.
func TestStable(t *testing.T) {
	for in, want := range map[string]string{
		"Anna de Vries": "Anna de Vries",
		"Fam 👨‍👩‍👧 arts 👩🏽‍⚕️": "Fam 👨 arts 👩",
		"NL 🇳🇱 ⚠️ 😀 コ":         "NL 🇳🇱 ⚠ 😀 コ",
	} {
		got := Stable(in)
		if got != want {
			t.Errorf("Stable(%q) = %q, want %q", in, got, want)
		}
		if DrawnWidth(got) != Width(got) {
			t.Errorf("Stable(%q) is still drawn at different widths", in)
		}
	}
}

// Every line of wrapped text fits as any terminal draws it, and no word
// is lost or split.
func TestWrapTextWithEmoji(t *testing.T) {
	text := "Een gezin 👨‍👩‍👧 komt binnen met een arts 👩🏽‍⚕️ en een vlag 🇳🇱 erbij; " +
		"alfa 👨‍👩‍👧 bravo 👩🏽‍⚕️ charlie 🇳🇱 delta 👨‍👩‍👧 echo 👩🏽‍⚕️ foxtrot 🇳🇱 golf hotel " +
		"india 👨‍👩‍👧 juliet kilo lima 👩🏽‍⚕️ mike november 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽"
	for _, w := range []int{38, 33, 20, 8} {
		out := WrapText(text, w)
		for _, l := range strings.Split(out, "\n") {
			if DrawnWidth(l) > w {
				t.Errorf("width %d: line %q is drawn in %d cells", w, l, DrawnWidth(l))
			}
		}
		squeeze := strings.NewReplacer(" ", "", "\n", "")
		if squeeze.Replace(out) != squeeze.Replace(text) {
			t.Errorf("width %d: text changed:\n%s", w, out)
		}
		for _, word := range strings.Fields(text) {
			if DrawnWidth(word) <= w && !strings.Contains(out, word) {
				t.Errorf("width %d: %q was split", w, word)
			}
		}
	}
	plain := "Je werkt aan de balie van Burgerzaken en de wachtrij staat tot de deur."
	if got, want := WrapText(plain, 30), "Je werkt aan de balie van\nBurgerzaken en de wachtrij\nstaat tot de deur."; got != want {
		t.Errorf("plain text wraps differently:\n%s", got)
	}
}
