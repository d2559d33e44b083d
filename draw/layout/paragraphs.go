package layout

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// OneLine collapses all white space (a YAML block keeps its line breaks) so
// that a scenario can be shown as the start of a list item.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Paragraphs splits text into paragraphs at blank lines and joins the lines
// within each, so that wrapping is ours and not the file's.
func Paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = OneLine(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// WrapText wraps plain text to width cells without trailing spaces,
// breaking a word only when it is longer than a line. Every line fits in
// width cells as any terminal draws it (DrawnWidth), not only as the
// layout counts it: text with emoji sequences that some terminals draw
// wider is wrapped by their widest width, so no word is pushed past the
// edge. A word wider than a line is broken between grapheme clusters,
// never inside one (ansi.Wrap, as of x/ansi v0.11.9, cuts a letter from
// its combining accent there). Other text is wrapped exactly as ansi.Wrap
// does.
func WrapText(s string, width int) string {
	width = max(width, 1)
	lines := strings.Split(ansi.Wrap(s, width, ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
		if DrawnWidth(lines[i]) > width || i > 0 && splitsCluster(lines[i-1], lines[i]) {
			return strings.Join(wrapDrawn(s, width), "\n")
		}
	}
	return strings.Join(lines, "\n")
}

// splitsCluster reports whether a line break between the plain lines a
// and b cuts a grapheme cluster in two: b starts with what belongs to a's
// last cluster (a combining accent, a joiner, a skin tone).
func splitsCluster(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	last := ""
	for rest := a; rest != ""; {
		c, _ := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		if c == "" {
			break
		}
		last, rest = c, rest[len(c):]
	}
	c, _ := ansi.FirstGraphemeCluster(last+b, ansi.GraphemeWidth)
	return len(c) > len(last)
}
