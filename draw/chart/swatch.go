package chart

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
)

// Swatch sizes in cells: the coloured area inside its frame.
const (
	SwatchInnerW = 8
	SwatchInnerH = 2
	// SwatchW is the swatch with its frame.
	SwatchW = SwatchInnerW + 2
)

// Swatch draws the chameleon colour of p as a block of full cells inside
// a rounded frame in the muted colour. The frame carries the contrast
// (muted text reaches 4.5:1 on the background) where the colour itself
// does not: an even mix is near white, which vanishes on a light
// background. It returns nil without colour: the colour is the only thing
// a swatch says.
func Swatch(p profile.Mix, t theme.Theme) []string {
	if !t.Color {
		return nil
	}
	frame := lipgloss.NewStyle().Foreground(t.Palette.Muted)
	fill := lipgloss.NewStyle().Foreground(profile.Chameleon(p))
	b := lipgloss.RoundedBorder()
	out := make([]string, 0, SwatchInnerH+2)
	out = append(out, frame.Render(b.TopLeft+strings.Repeat(b.Top, SwatchInnerW)+b.TopRight))
	row := frame.Render(b.Left) + fill.Render(strings.Repeat("█", SwatchInnerW)) + frame.Render(b.Right)
	for range SwatchInnerH {
		out = append(out, row)
	}
	out = append(out, frame.Render(b.BottomLeft+strings.Repeat(b.Bottom, SwatchInnerW)+b.BottomRight))
	return out
}
