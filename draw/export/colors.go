package export

import (
	"image/color"

	"ideale-ambtenaar/profile"
)

// palette is the colours an export uses: those of theme.LightPalette, so
// that a slide or page looks like the screen on a light background. It is
// a copy because package theme also holds the screens' Bubble Tea styles,
// which an export must not depend on; TestPaletteIsTheLightTheme keeps the
// two equal.
type palette struct {
	Background, Text, Muted, Accent, Track color.Color
	// Types are the bar colours and TypeText the text colours per ideal
	// type, indexed by profile.Type.
	Types, TypeText [profile.Count]color.Color
}

func rgb(v uint32) color.Color {
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
}

// lightPalette is theme.LightPalette's colours (Okabe–Ito based, measured
// for contrast against white there).
func lightPalette() palette {
	return palette{
		Background: rgb(0xffffff),
		Text:       rgb(0x1a1a1a),
		Muted:      rgb(0x595959),
		Accent:     rgb(0x0072b2),
		Track:      rgb(0xcccccc),
		Types:      [profile.Count]color.Color{rgb(0xd55e00), rgb(0x009b71), rgb(0x0072b2)},
		TypeText:   [profile.Count]color.Color{rgb(0xba4800), rgb(0x007d54), rgb(0x0072b2)},
	}
}
