package chart

import (
	"strconv"
	"strings"
)

// glyphs is a 3×5 pixel font for the big percentages: '#' is ink. Three
// pixels wide is the narrowest in which every digit keeps its own shape,
// and it lets three two-digit percentages stand side by side in an 80
// column window at the large size. Its '%' (the small size's sign) is a
// dot top left, a slash and a dot bottom right: not the four corners of a
// '×'.
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
	'%': {"#..", "..#", ".#.", "#..", "..#"},
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
	// WideDigits is half as large again, for a projector of 120 columns:
	// a pixel is 3 cells wide and one and a half rows high (drawn in half
	// blocks), 9 cells wide and 8 rows high per digit. Its '%' is full
	// height.
	WideDigits
	// WallDigits is twice LargeDigits, for 200 columns and more: a pixel
	// is 4 cells × 2 rows, 12 cells wide and 10 rows high per digit. Its
	// '%' is full height.
	WallDigits
)

// scale is a size's pixel in cells across and in half rows down: both
// the same, which keeps a pixel square on cells twice as tall as wide.
func (s DigitSize) scale() int {
	switch s {
	case SmallDigits:
		return 1
	case LargeDigits:
		return 2
	case WideDigits:
		return 3
	case WallDigits:
		return 4
	}
	return 0
}

// FullPercent reports whether the size draws its '%' full height, as a
// glyph of its own, rather than small and raised.
func (s DigitSize) FullPercent() bool { return s == WideDigits || s == WallDigits }

// percentWall is the full-height '%' of WallDigits: 18 cells × 20 half
// rows (as high as a digit, half as wide again), with rings of strokes 3
// cells across and a row down, a hole in each, and a slash 3 cells thick
// that keeps at least 2 cells from each ring, so that from the back of a
// room it reads as a percent sign and not as a blot or a second digit.
var percentWall = []string{
	".######........###",
	"########......###.",
	"###..###.....###..",
	"###..###.....###..",
	"###..###....###...",
	"###..###...###....",
	"########..###.....",
	".######..###......",
	".........###......",
	"........###.......",
	".......###........",
	"......###.........",
	"......###..######.",
	".....###..########",
	"....###...###..###",
	"...###....###..###",
	"..###.....###..###",
	"..###.....###..###",
	".###......########",
	"###........######.",
}

// percentWide is the '%' of WideDigits, 12 cells × 15 half rows, drawn for
// its size (scaling one bitmap to both sizes gives uneven strokes):
// strokes of 2 cells × 1 row, rings with a hole, a slash 2 cells thick
// with a cell of air beside each ring.
var percentWide = []string{
	".####.....##",
	"##..##...##.",
	"##..##...##.",
	"##..##..##..",
	"##..##.##...",
	".####.##....",
	"......##....",
	".....##.....",
	"....##......",
	"....##.####.",
	"...##.##..##",
	"..##..##..##",
	".##...##..##",
	".##...##..##",
	"##.....####.",
}

// Rows is the height of the digits in terminal rows: 3, 5, 8 and 10
// from small to wall, 0 for none.
func (s DigitSize) Rows() int { return (glyphRows*s.scale() + 1) / 2 }

// DigitWidth is the width of one digit in cells at the size.
func (s DigitSize) DigitWidth() int { return glyphCols * s.scale() }

// superscript is the raised '%' of the large digits: 4×6 pixels in half
// blocks, three rows high, level with the top of the digits: a solid dot
// of 2×2 pixels (as large as a pixel of the digits) top left and bottom
// right, and a slash one pixel thick between them. Two dots and a thin
// slash read as a percent sign; four corners of the same weight (the old
// sign) read as a '×'.
var superscript = [...]string{"██ ▄", " ▄▀ ", "▀ ██"}

// SuperscriptWidth is what the raised '%' adds to a large number: a space
// and the sign.
const SuperscriptWidth = 1 + 4

// BigPercent draws a percentage at size, one string per row, every row
// the same width: the digits with gap cells between them, then the '%'.
// At the wide and wall sizes the '%' is a full-height glyph with two
// rings and a slash (percentWide, percentWall), readable from the back
// of a room.
// At the large size the '%' is drawn small and raised, as a superscript:
// the number is what is read across a room, and the narrower sign leaves
// room for a whole pixel between the digits and more air between the
// three numbers.
func BigPercent(p int, size DigitSize, gap int) []string {
	digits := BigText(strconv.Itoa(p), size, gap)
	if size.FullPercent() {
		pct := render(percentWall, len(percentWall[0]), len(percentWall))
		if size == WideDigits {
			pct = render(percentWide, len(percentWide[0]), len(percentWide))
		}
		for y := range digits {
			digits[y] += strings.Repeat(" ", gap) + pct[y]
		}
		return digits
	}
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
	k := size.scale()
	for i, r := range s {
		g := glyphs[r]
		glyph := render(g[:], glyphCols*k, glyphRows*k)
		for y := range rows {
			if i > 0 {
				rows[y].WriteString(sep)
			}
			rows[y].WriteString(glyph[y])
		}
	}
	out := make([]string, len(rows))
	for y := range rows {
		out[y] = rows[y].String()
	}
	return out
}

// render draws a bitmap of '#' pixels in w cells by h half rows (so
// (h+1)/2 terminal rows, each w cells), each cell the half block for the
// pixels its upper and lower half fall in. Scaling is nearest-pixel:
// exact when w and h are whole multiples of the bitmap's size.
func render(bitmap []string, w, h int) []string {
	if len(bitmap) == 0 || w <= 0 || h <= 0 {
		return nil
	}
	rows, cols := len(bitmap), len(bitmap[0])
	at := func(cx, hy int) bool {
		if hy >= h {
			return false
		}
		y, x := hy*rows/h, cx*cols/w
		return bitmap[y][x] == '#'
	}
	out := make([]string, (h+1)/2)
	for y := range out {
		var b strings.Builder
		for cx := range w {
			b.WriteString(halfBlock(at(cx, 2*y), at(cx, 2*y+1)))
		}
		out[y] = b.String()
	}
	return out
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
