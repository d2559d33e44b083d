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
// edge. Text without such sequences is wrapped exactly as ansi.Wrap does.
func WrapText(s string, width int) string {
	width = max(width, 1)
	lines := strings.Split(ansi.Wrap(s, width, ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
		if DrawnWidth(lines[i]) > width {
			return strings.Join(wrapDrawn(s, width), "\n")
		}
	}
	return strings.Join(lines, "\n")
}
