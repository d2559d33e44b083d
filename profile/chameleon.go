package profile

import "image/color"

// ChameleonGrey is the chameleon colour of a profile without points: a
// neutral mid grey, neither a type nor a mix.
var ChameleonGrey = color.RGBA{R: 128, G: 128, B: 128, A: 255}

// Chameleon is the colour that the mix makes, after the book's metaphor of
// the civil servant as a chameleon mixing three channels: red is the
// bureaucraat's share, green the ondernemer's and blue the verbinder's.
//
// The channels are scaled so that the largest share is 255 and the others
// are in proportion to it (share / largest share × 255). That keeps the
// colour at full strength whatever the mix, so it shows the balance and not
// a brightness that would read as "more" or "less": a pure bureaucraat is
// pure red (255, 0, 0), an even mix of all three is white, half
// bureaucraat and half verbinder is magenta (255, 0, 255), and 60/40
// bureaucraat/ondernemer is an orange (255, 170, 0). The shares come from
// the points (exact), or from the percentages when a profile carries only
// those. A profile without points is ChameleonGrey.
//
// The colour is a fact about the mix, not a theme colour: a near-white or
// near-black swatch needs a frame to stand out from the background.
func Chameleon(p Mix) color.RGBA {
	var share [Count]int
	if p.Points.Total() > 0 {
		share = p.Points
	} else {
		share = p.Percent
	}
	top := 0
	for _, v := range share {
		top = max(top, v)
	}
	if top <= 0 {
		return ChameleonGrey
	}
	var ch [Count]uint8
	for t, v := range share {
		v = max(v, 0)
		ch[t] = uint8((510*v + top) / (2 * top)) // round(255 × v / top)
	}
	return color.RGBA{R: ch[Bureaucraat], G: ch[Ondernemer], B: ch[Verbinder], A: 255}
}
