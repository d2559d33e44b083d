package layout

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Widths of text on screen. The layout measures with Width, which is
// x/ansi's grapheme width, the one Lip Gloss uses; the program runner
// makes Bubble Tea's renderer measure the same way (it counts code points,
// wcwidth, unless told otherwise). Terminals do not all agree, though: for
// an emoji with a skin tone (👍🏽) or a ZWJ profession (👩🏽‍⚕️) tmux 3.3
// draws 4 cells where the grapheme width is 2 and wcwidth 4 or 5; only a
// terminal in Unicode mode 2027 is sure to draw 2. DrawnWidth is the most
// cells any of these draws, so text wrapped to it (WrapText) never runs
// past the window and loses its last word, and Stable makes a short label
// (a participant's name in a table) the same width everywhere.

// Width is the width of s in cells as the layout and the renderer count it:
// grapheme clusters, escape codes ignored.
func Width(s string) int { return ansi.StringWidth(s) }

// DrawnWidth is the most cells a terminal may draw s in: per grapheme
// cluster the larger of its grapheme width and its wcwidth (the sum over
// its code points). It equals Width for text without emoji sequences
// (letters, accents, CJK, a plain emoji, a flag).
func DrawnWidth(s string) int {
	s = ansi.Strip(s)
	n := 0
	for s != "" {
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" {
			break
		}
		n += max(w, ansi.StringWidthWc(c))
		s = s[len(c):]
	}
	return n
}

// Stable replaces each grapheme cluster whose width differs between
// terminals (see DrawnWidth) with its first code point, so that s is drawn
// in Width(s) cells by every terminal: 👩🏽‍⚕️ becomes 👩, 👨‍👩‍👧 becomes 👨,
// ⚠️ becomes ⚠. It is for labels in columns, where a cell more or less
// would push the next column off the row; prose keeps its emoji and is
// wrapped with WrapText instead. Escape codes in s are removed.
func Stable(s string) string {
	s = ansi.Strip(s)
	var b strings.Builder
	for s != "" {
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" {
			break
		}
		s = s[len(c):]
		if ansi.StringWidthWc(c) != w {
			c = string([]rune(c)[0])
		}
		b.WriteString(c)
	}
	return b.String()
}

// wrapDrawn wraps plain text word by word so that every line is at most
// width cells by DrawnWidth, breaking a word (between grapheme clusters)
// only when it is wider than a line. It is WrapText's path for text that
// ansi.Wrap, which counts grapheme widths, would let run past the edge.
func wrapDrawn(s string, width int) []string {
	var lines []string
	var cur []string
	curW := 0
	flush := func() {
		lines = append(lines, strings.Join(cur, " "))
		cur, curW = cur[:0], 0
	}
	for _, para := range strings.Split(s, "\n") {
		for _, word := range strings.Fields(para) {
			ww := DrawnWidth(word)
			switch {
			case curW > 0 && curW+1+ww <= width:
				cur, curW = append(cur, word), curW+1+ww
				continue
			case curW > 0:
				flush()
			}
			for ww > width { // a word wider than a line: cut between clusters
				head, hw := "", 0
				for rest := word; rest != ""; {
					c, _ := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
					cw := DrawnWidth(c)
					if hw > 0 && hw+cw > width || c == "" {
						break
					}
					head, hw, rest = head+c, hw+cw, rest[len(c):]
				}
				lines = append(lines, head)
				word = word[len(head):]
				ww = DrawnWidth(word)
			}
			if word != "" {
				cur, curW = append(cur, word), ww
			}
		}
		flush()
	}
	return lines
}
