package liveview

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/domain/mix"
	"ideale-ambtenaar/draw/theme"
)

// painter puts a style's escape codes around text, taken once per theme:
// Lip Gloss's Render measures its input on every call, which a screen of
// 300 names would pay per frame.
type painter struct{ pre, post string }

func newPainter(s lipgloss.Style) painter {
	const sentinel = "X"
	pre, post, ok := strings.Cut(s.Render(sentinel), sentinel)
	if !ok {
		return painter{}
	}
	return painter{pre, post}
}

// paint styles one line; an empty line stays empty.
func (p painter) paint(s string) string {
	if s == "" || (p.pre == "" && p.post == "") {
		return s
	}
	return p.pre + s + p.post
}

// paints are the painters of one theme.
type paints struct {
	title, heading, body, muted, accent, err, sel painter
	// typeText is a type's name in its text colour, typeInk its bar
	// colour for the big digits.
	typeText, typeInk [mix.Count]painter
}

func newPaints(t theme.Theme) paints {
	p := paints{
		title:   newPainter(t.Title),
		heading: newPainter(t.Heading),
		body:    newPainter(t.Body),
		muted:   newPainter(t.Muted),
		err:     newPainter(t.Error),
		sel:     newPainter(t.Selected),
		accent:  newPainter(t.Cursor),
	}
	for _, pt := range mix.Types {
		p.typeText[pt] = newPainter(t.TypeStyle(pt))
		if t.Color {
			p.typeInk[pt] = newPainter(lipgloss.NewStyle().Foreground(t.Palette.Types[pt]))
		}
	}
	return p
}
