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

// Wrap wraps text to w cells and styles it, without padding lines to w:
// for output that is read as text (plain mode, pipes), where trailing
// spaces are noise.
func Wrap(style lipgloss.Style, text string, w int) string {
	return style.Render(ansi.Wrap(text, max(w, 1), ""))
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
func Clamp(s string, w, h int) string {
	lines := strings.Split(s, "\n")
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
