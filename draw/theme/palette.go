package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/profile"
)

// Palette is the set of colours for one background. The type colours come
// from the Okabe–Ito set, which stays distinguishable for the common forms of
// colour blindness. Every colour is measured (palette_test.go) against the
// nominal Background and against a range of backgrounds a projector or
// another terminal theme may really show: #000000..#2b2b2b for dark,
// #f0f0f0..#ffffff for light. Text colours reach WCAG AA (4.5:1) over the
// whole range, bars 3:1, the track 1.3:1.
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
	// bar colour misses 4.5:1 (bluish green on both backgrounds, vermillion
	// on light).
	TypeText [profile.Count]color.Color
	// Track is the faint thin line for the remainder of a chart bar, so
	// that bars can be compared by eye against the full 100 %. Fainter
	// than any bar, but at least 1.3:1 so that it is there at all.
	Track color.Color
}

// DarkPalette is for dark backgrounds. The bars are orange, bluish green
// and sky blue: orange rather than vermillion because it stays bright on a
// washed-out projector (6.3:1 against #2b2b2b, where vermillion has 3.7).
func DarkPalette() Palette {
	return Palette{
		Background: lipgloss.Color("#1e1e1e"),
		Text:       lipgloss.Color("#e6e6e6"),
		Muted:      lipgloss.Color("#a8a8a8"),
		Accent:     lipgloss.Color("#56b4e9"),
		Error:      lipgloss.Color("#ff8c69"),
		Types: [profile.Count]color.Color{
			lipgloss.Color("#e69f00"), // orange
			lipgloss.Color("#009e73"), // bluish green
			lipgloss.Color("#56b4e9"), // sky blue
		},
		TypeText: [profile.Count]color.Color{
			lipgloss.Color("#e69f00"), // orange
			lipgloss.Color("#19a67b"), // bluish green, a little lighter
			lipgloss.Color("#56b4e9"), // sky blue
		},
		Track: lipgloss.Color("#444444"),
	}
}

// LightPalette is for light backgrounds. The bars are vermillion, bluish
// green (a shade darker than Okabe–Ito's #009e73, which has only 3.0:1
// against #f0f0f0) and blue.
func LightPalette() Palette {
	return Palette{
		Background: lipgloss.Color("#ffffff"),
		Text:       lipgloss.Color("#1a1a1a"),
		Muted:      lipgloss.Color("#595959"),
		Accent:     lipgloss.Color("#0072b2"),
		Error:      lipgloss.Color("#b3261e"),
		Types: [profile.Count]color.Color{
			lipgloss.Color("#d55e00"), // vermillion
			lipgloss.Color("#009b71"), // bluish green, a shade darker
			lipgloss.Color("#0072b2"), // blue
		},
		TypeText: [profile.Count]color.Color{
			lipgloss.Color("#ba4800"), // vermillion, darker
			lipgloss.Color("#007d54"), // bluish green, darker
			lipgloss.Color("#0072b2"), // blue
		},
		Track: lipgloss.Color("#cccccc"),
	}
}
