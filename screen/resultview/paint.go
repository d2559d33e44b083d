package resultview

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/domain/mix"
	"ideale-ambtenaar/draw/theme"
)

// painter puts a style's escape codes around text. Lip Gloss's Render
// measures and lays out its input on every call, which is most of the
// cost of a frame of big digits; the styles used here only colour and
// weigh text, so the codes are taken once per theme and reused.
type painter struct{ pre, post string }

// newPainter takes the codes of s from one rendered sentinel. Escape
// sequences never contain the sentinel, so the split is exact.
func newPainter(s lipgloss.Style) painter {
	const sentinel = "X"
	pre, post, ok := strings.Cut(s.Render(sentinel), sentinel)
	if !ok {
		return painter{}
	}
	return painter{pre, post}
}

// paint styles one line of text; an empty line stays empty.
func (p painter) paint(s string) string {
	if s == "" || (p.pre == "" && p.post == "") {
		return s
	}
	return p.pre + s + p.post
}

// paints are the painters for one theme, made when the theme is set.
type paints struct {
	title, heading, body, italic, muted painter
	// typeText is a type's name in its text colour (bold), typeInk its
	// bar colour for graphics (digits, the tab marker).
	typeText, typeInk [mix.Count]painter
}

func newPaints(t theme.Theme) paints {
	p := paints{
		title:   newPainter(t.Title),
		heading: newPainter(t.Heading),
		body:    newPainter(t.Body),
		italic:  newPainter(t.Body.Italic(true)),
		muted:   newPainter(t.Muted),
	}
	for _, pt := range mix.Types {
		p.typeText[pt] = newPainter(t.TypeStyle(pt))
		if t.Color {
			p.typeInk[pt] = newPainter(lipgloss.NewStyle().Foreground(t.Palette.Types[pt]))
		}
	}
	return p
}
