package layout

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// The kit: placing blocks of lines on a screen. A block is a []string,
// one string per row, each row at most as wide as the block (rows may
// carry escape codes; widths are counted with Width, by grapheme, as the
// renderer counts them). Screens keep their frames as blocks rather than
// as one string so that parts can be measured, chosen and moved without
// splitting them again; every function here returns a new block and
// leaves its arguments alone. Rows are not padded on the right: trailing
// spaces are noise in goldens, in pipes and for the renderer, which is
// why lipgloss.JoinHorizontal (which pads every row to the block's width)
// is not used here.

// WrapLines wraps plain text to width cells, one string per line, on the
// emoji-safe path (WrapText): every line fits width as any terminal draws
// it, words are broken only when wider than a line, and no line ends in a
// space. Leading and trailing white space of text is dropped; line breaks
// in it are kept. A width below 1 counts as 1. Empty text is one empty
// line.
func WrapLines(text string, width int) []string {
	return strings.Split(WrapText(strings.TrimSpace(text), width), "\n")
}

// WrapEach is WrapLines with paint applied to every line on its own (a
// theme.Painter's Paint, a lipgloss.Style's Render), so that no escape
// code or padding runs across a line break and the lines can be placed
// further.
func WrapEach(text string, width int, paint func(string) string) []string {
	return Each(WrapLines(text, width), paint)
}

// Each is lines with paint applied to every line on its own, in a new
// block: for lines wrapped once and painted again with another style (a
// selected option, a changed theme).
func Each(lines []string, paint func(string) string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = paint(l)
	}
	return out
}

// Style is st's Render as a paint for Each and WrapEach.
func Style(st lipgloss.Style) func(string) string {
	return func(s string) string { return st.Render(s) }
}

// Flow puts parts one after the other with sep between them, in lines of
// at most width cells, breaking only between parts: a list of short
// entries ("r Bureaucraat", "v Verbinder") where an entry is never split.
// A part wider than width is wrapped on its own (WrapLines).
func Flow(parts []string, sep string, width int) []string {
	var out []string
	line := ""
	for _, p := range parts {
		switch {
		case line == "":
			line = p
		case Width(line+sep+p) <= width:
			line += sep + p
		default:
			out = append(out, fitLine(line, width)...)
			line = p
		}
	}
	if line != "" {
		out = append(out, fitLine(line, width)...)
	}
	return out
}

// fitLine is line itself when it fits width, else line wrapped.
func fitLine(line string, width int) []string {
	if Width(line) <= width {
		return []string{line}
	}
	return WrapLines(line, width)
}

// Widest is the width in cells of the widest row of block.
func Widest(block []string) int {
	n := 0
	for _, l := range block {
		n = max(n, Width(l))
	}
	return n
}

// Centre shifts block right so that its widest row is centred in width
// cells (see Shift: blank rows stay blank). A block as wide as width or
// wider is returned as it is.
func Centre(width int, block []string) []string {
	return Shift(block, (width-Widest(block))/2)
}

// Beside puts blocks side by side, top-aligned, gap cells between them:
// each block starts where the widest row of the one before it ends, plus
// gap. The result has as many rows as the tallest block; a row is only as
// long as its last non-empty part.
func Beside(gap int, blocks ...[]string) []string {
	rows := 0
	for _, b := range blocks {
		rows = max(rows, len(b))
	}
	out := make([]string, rows)
	offset := 0
	for _, b := range blocks {
		for i, l := range b {
			if l == "" {
				continue
			}
			out[i] += strings.Repeat(" ", max(offset-Width(out[i]), 0)) + l
		}
		offset += Widest(b) + gap
	}
	return out
}

// Stack puts blocks one under the other with gap blank rows between
// them. Empty blocks are left out, with no gap for them.
func Stack(gap int, blocks ...[]string) []string {
	var out []string
	for _, b := range blocks {
		if len(b) == 0 {
			continue
		}
		if out != nil {
			for range gap {
				out = append(out, "")
			}
		}
		out = append(out, b...)
	}
	return out
}

// Grid places cells in columns of rows rows, filling the first column
// top to bottom before the next (a list read down, as names are): cell i
// is in column i/rows, row i%rows, and column c starts at c×(cellW+gap)
// cells. Cells are at most cellW wide; empty cells leave their place
// blank. The result has min(rows, len(cells)) rows; rows below 1 give
// nil.
func Grid(rows, cellW, gap int, cells []string) []string {
	if rows < 1 || len(cells) == 0 {
		return nil
	}
	out := make([]string, min(rows, len(cells)))
	for i, s := range cells {
		if s == "" {
			continue
		}
		c, r := i/rows, i%rows
		out[r] += strings.Repeat(" ", max(c*(cellW+gap)-Width(out[r]), 0)) + s
	}
	return out
}

// Spread splits width into len(blocks) equal slots, left to right, and
// centres every row of each block in its slot on its own: big numbers
// over their labels, each number and each label in the middle of its
// slot. The result has as many rows as the tallest block. A row wider
// than its slot runs into the next one; the caller checks fit.
func Spread(width int, blocks ...[]string) []string {
	if len(blocks) == 0 {
		return nil
	}
	slot := width / len(blocks)
	rows := 0
	for _, b := range blocks {
		rows = max(rows, len(b))
	}
	out := make([]string, rows)
	for i, b := range blocks {
		for y, l := range b {
			left := i*slot + (slot-Width(l))/2
			out[y] += strings.Repeat(" ", max(left-Width(out[y]), 0)) + l
		}
	}
	return out
}
