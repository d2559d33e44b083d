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
// breaking a word only when it is longer than a line.
func WrapText(s string, width int) string {
	lines := strings.Split(ansi.Wrap(s, max(width, 1), ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
