// Package layout fits rendered screens into the terminal window: a readable
// column width, centring on wide terminals, and a hard clamp so that nothing
// is ever drawn past the window, whatever a screen produces.
package layout

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Minimum window size for the interactive screens. Below it a screen shows
// TooSmall instead of a garbled layout.
const (
	MinWidth  = 40
	MinHeight = 12
)

// ReadableWidth is the widest a column of prose gets; longer lines are hard
// to follow, on a projector even more so.
const ReadableWidth = 72

// Column returns the width for text in a window of width w: the window less
// a margin on each side, at most ReadableWidth.
func Column(w int) int {
	margin := 2
	if w < 60 {
		margin = 1
	}
	c := w - 2*margin
	if c > ReadableWidth {
		c = ReadableWidth
	}
	if c < 1 {
		c = 1
	}
	return c
}

// Wrap wraps text to w cells on the emoji-safe path (WrapText) and
// styles it as one block, without padding lines to w: for output that is
// read as text (plain mode, pipes), where trailing spaces are noise. For
// lines that are placed further, use WrapEach.
func Wrap(style lipgloss.Style, text string, w int) string {
	return style.Render(WrapText(text, w))
}

// Fits reports whether a window of w×h is large enough.
func Fits(w, h int) bool { return w >= MinWidth && h >= MinHeight }

// Screen places content centred horizontally in a w×h window, top-aligned
// with a small top margin when there is room, and clamps it: lines past h
// are dropped and every line is cut at w. The result has at most h lines.
func Screen(content string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(strings.TrimRight(content, "\n"), "\n")
	top := 0
	if h-len(lines) >= 4 {
		top = 1
	}
	block := lipgloss.PlaceHorizontal(w, lipgloss.Center, strings.Join(lines, "\n"))
	return Clamp(strings.Repeat("\n", top)+block, w, h)
}

// Margin is the left margin that centres a column of width col in a
// window of width w.
func Margin(w, col int) int { return max((w-col)/2, 0) }

// Indent shifts every line right by margin spaces. It is the cheap way to
// centre a column whose lines are already at most col wide: no re-wrapping
// and no measuring, which matters on the per-keystroke path.
func Indent(lines []string, margin int) string {
	if margin <= 0 {
		return strings.Join(lines, "\n")
	}
	pad := strings.Repeat(" ", margin)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if l != "" {
			b.WriteString(pad)
			b.WriteString(l)
		}
	}
	return b.String()
}

// Shift returns lines moved right by n cells, as Indent does, but as
// lines, for blocks that are placed further; blank lines stay blank. With
// n <= 0 it returns lines itself.
func Shift(lines []string, n int) []string {
	if n <= 0 {
		return lines
	}
	pad := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			out[i] = pad + l
		}
	}
	return out
}

// Middle places content in the middle of a w×h window, for screens that
// are looked at rather than read line by line (welcome, result). Content
// taller than h is clamped from the bottom.
func Middle(content string, w, h int) string {
	content = strings.TrimRight(content, "\n")
	if lipgloss.Height(content) >= h {
		return Screen(content, w, h)
	}
	return Clamp(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, content), w, h)
}

// Clamp cuts s to at most h lines of at most w cells each.
func Clamp(s string, w, h int) string { return ClampLines(strings.Split(s, "\n"), w, h) }

// ClampLines is Clamp for a screen kept as lines: it cuts lines to at
// most h and every line to at most w cells (in place), and joins them.
func ClampLines(lines []string, w, h int) string {
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// Window selects at most h lines of lines, starting at offset, clamped so
// that the window stays inside the text. It returns the visible lines and
// the offset actually used.
func Window(lines []string, offset, h int) ([]string, int) {
	if h <= 0 {
		return nil, 0
	}
	if offset > len(lines)-h {
		offset = len(lines) - h
	}
	if offset < 0 {
		offset = 0
	}
	end := offset + h
	if end > len(lines) {
		end = len(lines)
	}
	return lines[offset:end], offset
}

// Wall sizes: a window at least WallWidth × WallHeight is taken to be a
// projector or a large screen, where the result, team and cases screens
// grow their text column (Wide), their big digits and their bars, and
// keep their footer near the content (Footed).
const (
	WallWidth  = 120
	WallHeight = 40
)

// Readable widths on a wall: at WallWidth a column of prose may be
// WallReadable cells, growing a cell per four of window up to
// WallReadableMax at 200 columns. Beyond that lines get too long to
// follow, even from the back of a room.
const (
	WallReadable    = 100
	WallReadableMax = 120
)

// IsWall reports whether a w×h window is a wall (see WallWidth).
func IsWall(w, h int) bool { return w >= WallWidth && h >= WallHeight }

// Wide returns the text column for a window of width w on the screens that
// grow with the window: Column below WallWidth (so 80×24 is unchanged),
// from WallReadable at 120 columns to WallReadableMax at 200 and wider,
// and never more than the window less a margin of 2 on each side.
func Wide(w int) int {
	if w < WallWidth {
		return Column(w)
	}
	return min(WallReadable+(w-WallWidth)/4, WallReadableMax, w-4)
}

// Footed stacks body over footer in a window of height h. On a wall
// (tall is true) with room to spare, the footer is not pinned to the
// bottom row, far from what it explains: the body's trailing blank lines
// are dropped and the footer follows after one blank line, and with
// centre the body and footer together are centred vertically (for screens
// looked at as a whole, like the result). Otherwise the body is padded
// and the footer is on the last rows. The result has at most h lines.
func Footed(body, footer string, h int, tall, centre bool) string {
	lines := strings.Split(body, "\n")
	foot := strings.Split(footer, "\n")
	if footer == "" {
		foot = nil
	}
	bodyH := max(h-len(foot)-1, 0)
	if len(lines) > bodyH {
		lines = lines[:bodyH]
	}
	if tall {
		for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
			lines = lines[:len(lines)-1]
		}
		if centre {
			for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
				lines = lines[1:]
			}
			top := (h - len(lines) - 1 - len(foot)) / 2
			lines = append(make([]string, max(top, 0)), lines...)
		}
	}
	if !tall {
		for len(lines) < bodyH {
			lines = append(lines, "")
		}
	}
	out := append(lines, "")
	out = append(out, foot...)
	if len(out) > h {
		out = out[len(out)-h:]
	}
	return strings.Join(out, "\n")
}
