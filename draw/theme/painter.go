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

// Paints are the painters of one theme, one per style a screen paints
// many lines with (named as the theme's styles; Italic is Body in
// italics), and per type its name's and its ink's painter (TypePainters).
// A screen that draws hundreds of lines a frame (the result, the live
// room) makes them once when its theme is set, with Theme.Paints.
type Paints struct {
	Title, Heading, Body, Italic, Muted, Cursor, Error, Selected Painter
	// TypeText is a type's name in its text colour (bold), TypeInk its
	// bar colour for graphics (big digits, the tab marker).
	TypeText, TypeInk [profile.Count]Painter
}

// Paints makes the painters of t.
func (t Theme) Paints() Paints {
	p := Paints{
		Title:    NewPainter(t.Title),
		Heading:  NewPainter(t.Heading),
		Body:     NewPainter(t.Body),
		Italic:   NewPainter(t.Body.Italic(true)),
		Muted:    NewPainter(t.Muted),
		Cursor:   NewPainter(t.Cursor),
		Error:    NewPainter(t.Error),
		Selected: NewPainter(t.Selected),
	}
	p.TypeText, p.TypeInk = t.TypePainters()
	return p
}
