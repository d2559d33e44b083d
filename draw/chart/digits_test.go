package chart

import (
	"fmt"

	"github.com/charmbracelet/x/exp/golden"

	"strings"
	"testing"
	"unicode/utf8"
)

// checkFont keeps a pixel font regular: every glyph of font is five rows
// of cols pixels, each '#' (ink) or '.', and no two glyphs look alike.
func checkFont(t *testing.T, font map[rune][5]string, cols int) {
	t.Helper()
	seen := map[[5]string]rune{}
	for r, g := range font {
		for y, row := range g {
			if len(row) != cols || strings.Trim(row, "#.") != "" {
				t.Errorf("%q row %d = %q, want %d of '#' and '.'", r, y, row, cols)
			}
		}
		if o, ok := seen[g]; ok {
			t.Errorf("%q and %q look the same", r, o)
		}
		seen[g] = r
	}
}

// TestGlyphs keeps the font regular: every glyph 3×5 pixels of '#' and
// '.', and no two digits alike.
func TestGlyphs(t *testing.T) {
	checkFont(t, glyphs, glyphCols)
	for _, row := range superscript {
		if utf8.RuneCountInString(row) != SuperscriptWidth-1 {
			t.Errorf("superscript row %q is not %d wide", row, SuperscriptWidth-1)
		}
	}
}

// TestBigPercent: every row of a number is equally wide, as many rows as
// the size says, and the large '48%' reads as ink where the font has it.
func TestBigPercent(t *testing.T) {
	for _, size := range []DigitSize{SmallDigits, LargeDigits, WideDigits, WallDigits} {
		for _, p := range []int{0, 7, 48, 100} {
			for _, gap := range []int{1, 2} {
				rows := BigPercent(p, size, gap)
				if len(rows) != size.Rows() {
					t.Fatalf("size %d: %d rows, want %d", size, len(rows), size.Rows())
				}
				w := utf8.RuneCountInString(rows[0])
				for _, r := range rows {
					if utf8.RuneCountInString(r) != w {
						t.Errorf("size %d, %d%%, gap %d: rows differ in width: %q", size, p, gap, rows)
					}
				}
			}
		}
	}
	got := strings.Join(BigPercent(48, LargeDigits, 2), "\n")
	want := strings.Join([]string{
		"██  ██  ██████ ██ ▄",
		"██  ██  ██  ██  ▄▀ ",
		"██████  ██████ ▀ ██",
		"    ██  ██  ██     ",
		"    ██  ██████     ",
	}, "\n")
	if got != want {
		t.Errorf("48%% large =\n%s\nwant\n%s", got, want)
	}
}

// TestFullPercent holds the '%' of the wide sizes to a full-height glyph:
// as many rows as a digit, ink in its top and bottom row, and a gap of
// the given width between it and the last digit.
func TestFullPercent(t *testing.T) {
	for _, size := range []DigitSize{WideDigits, WallDigits} {
		digit := BigText("5", size, 0)
		rows := BigPercent(5, size, 3)
		if len(rows) != size.Rows() || size.Rows() < 8 {
			t.Fatalf("size %d: %d rows, want %d (at least 8)", size, len(rows), size.Rows())
		}
		skip := utf8.RuneCountInString(digit[0]) + 3
		for _, y := range []int{0, len(rows) - 1} {
			pct := string([]rune(rows[y])[skip:])
			if strings.TrimSpace(pct) == "" {
				t.Errorf("size %d: '%%' row %d is blank: %q", size, y, rows[y])
			}
		}
		for _, r := range rows {
			if gap := string([]rune(r)[skip-3 : skip]); gap != "   " {
				t.Errorf("size %d: gap before '%%' = %q", size, gap)
			}
		}
	}
	for _, g := range [][]string{percentWall, percentWide} {
		for _, row := range g {
			if len(row) != len(g[0]) || strings.Trim(row, "#.") != "" {
				t.Errorf("percent bitmap row %q: want %d of '#' and '.'", row, len(g[0]))
			}
		}
	}
}

// TestPercentGolden keeps the shape of the big '%' at every size in a
// golden: "7%" and "48%" small, large (the raised sign: two solid dots and
// a thin slash), wide and wall (full height, two rings and a slash). Look
// at the golden: each '%' must read as a percent sign, not as a '×'.
func TestPercentGolden(t *testing.T) {
	var b strings.Builder
	for _, size := range []DigitSize{SmallDigits, LargeDigits, WideDigits, WallDigits} {
		for _, p := range []int{7, 48} {
			fmt.Fprintf(&b, "size %d, %d%%:\n", size, p)
			for _, row := range BigPercent(p, size, 2) {
				b.WriteString(strings.TrimRight(row, " ") + "\n")
			}
			b.WriteString("\n")
		}
	}
	golden.RequireEqual(t, []byte(b.String()))
}

// TestPercentNotCross: the small '%' is not a '×': its top right and
// bottom left pixels are not both ink while its top left and bottom
// right are.
func TestPercentNotCross(t *testing.T) {
	g := glyphs['%']
	corners := []bool{g[0][0] == '#', g[0][2] == '#', g[4][0] == '#', g[4][2] == '#'}
	n := 0
	for _, c := range corners {
		if c {
			n++
		}
	}
	if n > 2 {
		t.Errorf("small '%%' has ink in %d corners: reads as '×': %q", n, g)
	}
}
