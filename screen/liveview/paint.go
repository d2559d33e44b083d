package liveview

import (
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
)

// paints are the painters of one theme.
type paints struct {
	title, heading, body, muted, accent, err, sel theme.Painter
	// typeText is a type's name in its text colour, typeInk its bar
	// colour for the big digits.
	typeText, typeInk [profile.Count]theme.Painter
}

func newPaints(t theme.Theme) paints {
	p := paints{
		title:   theme.NewPainter(t.Title),
		heading: theme.NewPainter(t.Heading),
		body:    theme.NewPainter(t.Body),
		muted:   theme.NewPainter(t.Muted),
		err:     theme.NewPainter(t.Error),
		sel:     theme.NewPainter(t.Selected),
		accent:  theme.NewPainter(t.Cursor),
	}
	p.typeText, p.typeInk = t.TypePainters()
	return p
}
