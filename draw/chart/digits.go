package chart

import (
	"strconv"
	"strings"
)

// glyphs is a 3×5 pixel font for the big percentages: '#' is ink. Three
// pixels wide is the narrowest in which every digit keeps its own shape,
// and it lets three two-digit percentages stand side by side in an 80
// column window at the large size.
var glyphs = map[rune][5]string{
	'0': {"###", "#.#", "#.#", "#.#", "###"},
	'1': {".#.", "##.", ".#.", ".#.", "###"},
	'2': {"###", "..#", "###", "#..", "###"},
	'3': {"###", "..#", ".##", "..#", "###"},
	'4': {"#.#", "#.#", "###", "..#", "..#"},
	'5': {"###", "#..", "###", "..#", "###"},
	'6': {"###", "#..", "###", "#.#", "###"},
	'7': {"###", "..#", "..#", ".#.", ".#."},
	'8': {"###", "#.#", "###", "#.#", "###"},
	'9': {"###", "#.#", "###", "..#", "###"},
	'%': {"#.#", "..#", ".#.", "#..", "#.#"},
}

// glyphCols and glyphRows are the font's size in pixels.
const (
	glyphCols = 3
	glyphRows = 5
)

// DigitSize is how large the big digits are drawn. Both sizes keep the
// pixels square on a terminal's cells, which are about twice as tall as
// they are wide, so the digits keep their shape.
type DigitSize int

const (
	// NoDigits draws no big digits; the chart alone shows the numbers.
	NoDigits DigitSize = iota
	// SmallDigits draws a pixel as half a cell (▀ ▄ █): 3 cells wide and
	// 3 rows high per glyph.
	SmallDigits
	// LargeDigits draws a pixel as two cells side by side (██): 6 cells
	// wide and 5 rows high per glyph, legible from the back of a room.
	LargeDigits
)

// Rows is the height of the digits in terminal rows.
func (s DigitSize) Rows() int {
	switch s {
	case LargeDigits:
		return glyphRows
	case SmallDigits:
		return (glyphRows + 1) / 2
	}
	return 0
}

// superscript is the raised '%' of the large digits: 4×4 pixels in half
// blocks, two rows high, level with the top of the digits. At four pixels
// wide the sign keeps both its rings and its stroke, which three cannot.
var superscript = [...]string{"▀ ▄▀", "▄▀ ▄"}

// SuperscriptWidth is what the raised '%' adds to a large number: a space
// and the sign.
const SuperscriptWidth = 1 + 4

// BigPercent draws a percentage at size, one string per row, every row
// the same width: the digits with gap cells between them, then the '%'.
// At the large size the '%' is drawn small and raised, as a superscript:
// the number is what is read across a room, and the narrower sign leaves
// room for a whole pixel between the digits and more air between the
// three numbers.
func BigPercent(p int, size DigitSize, gap int) []string {
	digits := BigText(strconv.Itoa(p), size, gap)
	if size != LargeDigits {
		pct := BigText("%", size, 0)
		for y := range digits {
			digits[y] += strings.Repeat(" ", gap) + pct[y]
		}
		return digits
	}
	blank := strings.Repeat(" ", SuperscriptWidth-1)
	for y := range digits {
		s := blank
		if y < len(superscript) {
			s = superscript[y]
		}
		digits[y] += " " + s
	}
	return digits
}

// BigText draws s (digits and '%') at size, one string per row, every row
// exactly as wide. Runes the font lacks are drawn blank.
func BigText(s string, size DigitSize, gap int) []string {
	rows := make([]strings.Builder, size.Rows())
	sep := strings.Repeat(" ", gap)
	for i, r := range s {
		g := glyphs[r]
		for y := range rows {
			if i > 0 {
				rows[y].WriteString(sep)
			}
			switch size {
			case LargeDigits:
				for x := range glyphCols {
					if ink(g, x, y) {
						rows[y].WriteString("██")
					} else {
						rows[y].WriteString("  ")
					}
				}
			case SmallDigits:
				for x := range glyphCols {
					rows[y].WriteString(halfBlock(ink(g, x, 2*y), ink(g, x, 2*y+1)))
				}
			}
		}
	}
	out := make([]string, len(rows))
	for y := range rows {
		out[y] = rows[y].String()
	}
	return out
}

// ink reports whether pixel (x, y) of g is set; outside the glyph is blank.
func ink(g [5]string, x, y int) bool {
	if y < 0 || y >= glyphRows || x < 0 || x >= len(g[y]) {
		return false
	}
	return g[y][x] == '#'
}

// halfBlock is the cell for an upper and a lower pixel.
func halfBlock(top, bottom bool) string {
	switch {
	case top && bottom:
		return "█"
	case top:
		return "▀"
	case bottom:
		return "▄"
	}
	return " "
}
