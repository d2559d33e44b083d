package chart

import "strings"

// letters is a 5×5 pixel font for join codes: the characters of
// room.CodeAlphabet ('#' is ink). Five pixels wide, not the three of the
// digit font, because M, N, W, K and Q need a middle column of their own
// to be told apart from the back of a room; the code's digits are drawn in
// the same font so that a code reads as one word.
var letters = map[rune][5]string{
	'3': {"####.", "....#", ".###.", "....#", "####."},
	'4': {"#..#.", "#..#.", "#####", "...#.", "...#."},
	'6': {".###.", "#....", "####.", "#...#", ".###."},
	'7': {"#####", "....#", "...#.", "..#..", "..#.."},
	'9': {".###.", "#...#", ".####", "....#", ".###."},
	'A': {".###.", "#...#", "#####", "#...#", "#...#"},
	'C': {".####", "#....", "#....", "#....", ".####"},
	'D': {"####.", "#...#", "#...#", "#...#", "####."},
	'E': {"#####", "#....", "####.", "#....", "#####"},
	'F': {"#####", "#....", "####.", "#....", "#...."},
	'G': {".####", "#....", "#..##", "#...#", ".####"},
	'H': {"#...#", "#...#", "#####", "#...#", "#...#"},
	'J': {"..###", "...#.", "...#.", "#..#.", ".##.."},
	'K': {"#...#", "#..#.", "###..", "#..#.", "#...#"},
	'M': {"#...#", "##.##", "#.#.#", "#...#", "#...#"},
	'N': {"#...#", "##..#", "#.#.#", "#..##", "#...#"},
	'P': {"####.", "#...#", "####.", "#....", "#...."},
	'Q': {".###.", "#...#", "#...#", "#..#.", ".##.#"},
	'R': {"####.", "#...#", "####.", "#..#.", "#...#"},
	'T': {"#####", "..#..", "..#..", "..#..", "..#.."},
	'W': {"#...#", "#...#", "#.#.#", "##.##", "#...#"},
	'X': {"#...#", ".#.#.", "..#..", ".#.#.", "#...#"},
	'Y': {"#...#", ".#.#.", "..#..", "..#..", "..#.."},
}

// LetterCols is the width of a letter in pixels.
const LetterCols = 5

// HasLetter reports whether the letter font draws r.
func HasLetter(r rune) bool {
	_, ok := letters[r]
	return ok
}

// LettersWidth is the width in cells of BigLetters(s, size, gap), so a
// screen can choose a size before drawing.
func LettersWidth(s string, size DigitSize, gap int) int {
	n := len([]rune(s))
	if n == 0 {
		return 0
	}
	per := LetterCols
	switch size {
	case LargeDigits:
		per = 2 * LetterCols
	case NoDigits:
		return 0
	}
	return n*per + (n-1)*gap
}

// BigLetters draws s (a join code: the characters of room.CodeAlphabet,
// upper case) at size, one string per row, every row exactly
// LettersWidth cells: a pixel is two cells side by side at LargeDigits
// (5 rows high) and half a cell at SmallDigits (3 rows high). Characters
// the font lacks are drawn blank, never as something that could be
// misread as another code.
func BigLetters(s string, size DigitSize, gap int) []string {
	rows := make([]strings.Builder, size.Rows())
	sep := strings.Repeat(" ", gap)
	for i, r := range []rune(s) {
		g := letters[r]
		for y := range rows {
			if i > 0 {
				rows[y].WriteString(sep)
			}
			for x := range LetterCols {
				switch size {
				case LargeDigits:
					if ink(g, x, y) {
						rows[y].WriteString("██")
					} else {
						rows[y].WriteString("  ")
					}
				case SmallDigits:
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

// ink reports whether pixel (x, y) of glyph g is set; outside the glyph is
// blank.
func ink(g [5]string, x, y int) bool {
	if y < 0 || y >= len(g) || x < 0 || x >= len(g[y]) {
		return false
	}
	return g[y][x] == '#'
}
