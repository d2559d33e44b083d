package chart

import (
	"strings"
	"testing"
	"unicode/utf8"

	"ideale-ambtenaar/domain/room"
)

// TestLetters keeps the code font regular and complete: every character
// of the code alphabet has a glyph of 5×5 pixels of '#' and '.', no two
// look alike, and the font holds nothing else.
func TestLetters(t *testing.T) {
	for _, r := range room.CodeAlphabet {
		if !HasLetter(r) {
			t.Errorf("no glyph for %q", r)
		}
	}
	if len(letters) != len(room.CodeAlphabet) {
		t.Errorf("%d glyphs for an alphabet of %d", len(letters), len(room.CodeAlphabet))
	}
	checkFont(t, letters, LetterCols)
}

// TestBigLetters: rows as many as the size says, every row as wide as
// LettersWidth, and an unknown rune drawn blank.
func TestBigLetters(t *testing.T) {
	for _, size := range []DigitSize{SmallDigits, LargeDigits} {
		for _, gap := range []int{1, 2} {
			rows := BigLetters("7K3Q", size, gap)
			if len(rows) != size.Rows() {
				t.Fatalf("size %d: %d rows", size, len(rows))
			}
			for _, r := range rows {
				if w := utf8.RuneCountInString(r); w != LettersWidth("7K3Q", size, gap) {
					t.Errorf("size %d gap %d: row %q is %d wide, want %d", size, gap, r, w, LettersWidth("7K3Q", size, gap))
				}
			}
		}
	}
	for _, r := range BigLetters("0", LargeDigits, 1) {
		if strings.TrimSpace(r) != "" {
			t.Errorf("unknown rune drawn as %q", r)
		}
	}
	want := []string{
		"██████████  ██      ██",
		"        ██  ██      ██",
		"      ██    ██████████",
		"    ██      ██      ██",
		"    ██      ██      ██",
	}
	if got := BigLetters("7H", LargeDigits, 2); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("7H:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := LettersWidth("", LargeDigits, 2); got != 0 {
		t.Errorf("empty width %d", got)
	}
}
