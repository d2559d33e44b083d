package theme

import (
	"image/color"
	"math"

	"ideale-ambtenaar/profile"
)

// ContrastRatio is the WCAG 2.x contrast ratio between two colours, from 1
// (the same luminance) to 21 (black on white). It is symmetric. WCAG AA asks
// 4.5 for body text and 3 for graphics such as bars; the palette tests hold
// every colour to those figures against a range of backgrounds, because a
// projector or a slightly different terminal theme is never exactly the
// background the colours were picked for.
func ContrastRatio(a, b color.Color) float64 {
	la, lb := RelativeLuminance(a), RelativeLuminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// RelativeLuminance is the WCAG 2.x relative luminance of c: 0 for black, 1
// for white. Alpha is ignored (terminal colours are opaque).
func RelativeLuminance(c color.Color) float64 {
	r, g, b := rgb8(c)
	return 0.2126*linear(r) + 0.7152*linear(g) + 0.0722*linear(b)
}

// rgb8 returns the 8-bit sRGB channels of c, undoing alpha premultiplication.
func rgb8(c color.Color) (r, g, b uint8) {
	cr, cg, cb, ca := c.RGBA()
	if ca == 0 {
		return 0, 0, 0
	}
	if ca != 0xffff {
		cr, cg, cb = cr*0xffff/ca, cg*0xffff/ca, cb*0xffff/ca
	}
	return uint8(cr >> 8), uint8(cg >> 8), uint8(cb >> 8)
}

// linear turns one 8-bit sRGB channel into linear light. The threshold is
// the sRGB standard's 0.04045; WCAG 2.x prints 0.03928, which gives the same
// result for every 8-bit value.
func linear(v uint8) float64 {
	c := float64(v) / 255
	if c <= 0.04045 {
		return c / 12.92
	}
	return math.Pow((c+0.055)/1.055, 2.4)
}

// Hue is the hue of c in degrees on the colour wheel (HSL/HSV hue): 0 is
// red, 120 green, 240 blue; a grey is 0. The palette tests use it to keep
// the three types red, green and blue in every theme and export.
func Hue(c color.Color) float64 {
	r8, g8, b8 := rgb8(c)
	r, g, b := float64(r8)/255, float64(g8)/255, float64(b8)/255
	hi, lo := max(r, g, b), min(r, g, b)
	d := hi - lo
	if d == 0 {
		return 0
	}
	var h float64
	switch hi {
	case r:
		h = math.Mod((g-b)/d, 6)
	case g:
		h = (b-r)/d + 2
	default:
		h = (r-g)/d + 4
	}
	h *= 60
	if h < 0 {
		h += 360
	}
	return h
}

// TypeHue reports whether hue h (degrees, see Hue) is the hue of type t's
// channel: red (345–15) for the bureaucraat, green (90–160) for the
// ondernemer, blue (195–250) for the verbinder. The ranges are wide enough
// for a 256-colour terminal's nearest colours and narrow enough that
// orange, yellow, teal or purple do not pass.
func TypeHue(t profile.Type, h float64) bool {
	switch t {
	case profile.Bureaucraat:
		return h >= 345 || h <= 15
	case profile.Ondernemer:
		return h >= 90 && h <= 160
	case profile.Verbinder:
		return h >= 195 && h <= 250
	}
	return false
}
