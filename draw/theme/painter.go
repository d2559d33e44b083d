package theme

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/profile"
)

// Painter puts a style's escape codes around text. Lip Gloss's Render
// measures and lays out its input on every call, which is most of the
// cost of a frame of big digits or of a screen of 300 names; styles that
// only colour and weigh text can take their codes once per theme and
// reuse them. The zero Painter leaves text as it is.
type Painter struct{ pre, post string }

// NewPainter takes the codes of s from one rendered sentinel. Escape
// sequences never contain the sentinel, so the split is exact. s must not
// pad, align or border its text: those are not a prefix and a suffix.
func NewPainter(s lipgloss.Style) Painter {
	const sentinel = "X"
	pre, post, ok := strings.Cut(s.Render(sentinel), sentinel)
	if !ok {
		return Painter{}
	}
	return Painter{pre, post}
}

// Paint styles one line of text; an empty line stays empty.
func (p Painter) Paint(s string) string {
	if s == "" || (p.pre == "" && p.post == "") {
		return s
	}
	return p.pre + s + p.post
}

// TypePainters returns per type its name's painter (TypeStyle: its text
// colour, bold) and its ink, the bar colour for graphics such as big
// digits; without colour the ink paints nothing.
func (t Theme) TypePainters() (text, ink [profile.Count]Painter) {
	for _, pt := range profile.Types {
		text[pt] = NewPainter(t.TypeStyle(pt))
		if t.Color {
			ink[pt] = NewPainter(lipgloss.NewStyle().Foreground(t.Palette.Types[pt]))
		}
	}
	return text, ink
}
