package resultview

import (
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
)

// paints are the painters for one theme, made when the theme is set.
type paints struct {
	title, heading, body, italic, muted theme.Painter
	// typeText is a type's name in its text colour (bold), typeInk its
	// bar colour for graphics (digits, the tab marker).
	typeText, typeInk [profile.Count]theme.Painter
}

func newPaints(t theme.Theme) paints {
	p := paints{
		title:   theme.NewPainter(t.Title),
		heading: theme.NewPainter(t.Heading),
		body:    theme.NewPainter(t.Body),
		italic:  theme.NewPainter(t.Body.Italic(true)),
		muted:   theme.NewPainter(t.Muted),
	}
	p.typeText, p.typeInk = t.TypePainters()
	return p
}
