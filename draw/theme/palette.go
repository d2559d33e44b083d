package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/profile"
)

// Palette is the set of colours for one background. The three types are
// drawn in a red, a green and a blue, after the book's picture of the
// chameleon whose colour is the mix of three channels (bureaucraat red,
// ondernemer green, verbinder blue), so that "rood, groen en blauw" is
// true wherever it is written. The three also differ in lightness (on
// dark: blue darkest, then red, then green; on light: blue darkest, then
// red, then green), so that a colour-blind reader who cannot tell red from
// green still sees two different bars; names and numbers stand beside
// every bar anyway. Every colour is measured (palette_test.go) against the
// nominal Background and against a range of backgrounds a projector or
// another terminal theme may really show: #000000..#2b2b2b for dark,
// #f0f0f0..#ffffff for light, both as given and as a 256-colour terminal
// shows them (the nearest xterm colour). Text colours reach WCAG AA
// (4.5:1) over the whole range, bars 3:1, the track 1.3:1.
type Palette struct {
	// Background is the background the colours were chosen (and measured)
	// against. The program never paints it; the terminal's own is used.
	Background color.Color
	// Text is body text, Muted secondary text (hints, help), Accent titles
	// and the cursor, Error problems.
	Text, Muted, Accent, Error color.Color
	// Types are the bar colours per ideal type, indexed by profile.Type.
	// They reach 3:1, enough for a graphic but not always for text.
	Types [profile.Count]color.Color
	// TypeText are the type colours for text (a type's name or response in
	// its colour): the same hue as Types, darkened or lightened where the
	// bar colour misses 4.5:1 (blue on dark, green on light).
	TypeText [profile.Count]color.Color
	// Track is the faint thin line for the remainder of a chart bar, so
	// that bars can be compared by eye against the full 100 %. Fainter
	// than any bar, but at least 1.3:1 so that it is there at all.
	Track color.Color
}

// DarkPalette is for dark backgrounds: a light red, a light green and a
// blue. The blue bar is the darkest of the three (3.9:1 against #2b2b2b);
// its text colour is a lighter blue that reaches 4.5:1.
func DarkPalette() Palette {
	return Palette{
		Background: lipgloss.Color("#1e1e1e"),
		Text:       lipgloss.Color("#e6e6e6"),
		Muted:      lipgloss.Color("#a8a8a8"),
		Accent:     lipgloss.Color("#56b4e9"),
		Error:      lipgloss.Color("#ff8c69"),
		Types: [profile.Count]color.Color{
			lipgloss.Color("#ff6e6e"), // red
			lipgloss.Color("#45d15a"), // green
			lipgloss.Color("#3f83f8"), // blue
		},
		TypeText: [profile.Count]color.Color{
			lipgloss.Color("#ff6e6e"), // red
			lipgloss.Color("#45d15a"), // green
			lipgloss.Color("#6b9fff"), // blue, lighter
		},
		Track: lipgloss.Color("#444444"),
	}
}

// LightPalette is for light backgrounds: a red, a green and a dark blue.
// The green bar is the lightest that still has 3:1 against #f0f0f0 in a
// 256-colour terminal too; its text colour is a darker green.
func LightPalette() Palette {
	return Palette{
		Background: lipgloss.Color("#ffffff"),
		Text:       lipgloss.Color("#1a1a1a"),
		Muted:      lipgloss.Color("#595959"),
		Accent:     lipgloss.Color("#0072b2"),
		Error:      lipgloss.Color("#b3261e"),
		Types: [profile.Count]color.Color{
			lipgloss.Color("#cf2e2e"), // red
			lipgloss.Color("#2f8f2f"), // green
			lipgloss.Color("#1e40af"), // blue
		},
		TypeText: [profile.Count]color.Color{
			lipgloss.Color("#cf2e2e"), // red
			lipgloss.Color("#1b6e2a"), // green, darker
			lipgloss.Color("#1e40af"), // blue
		},
		Track: lipgloss.Color("#cccccc"),
	}
}
