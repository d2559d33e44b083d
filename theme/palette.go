package theme

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/profile"
)

// Palette is the set of colours for one background. The type colours come
// from the Okabe–Ito set, which stays distinguishable for the common forms of
// colour blindness; text colours are chosen for WCAG AA against Background.
type Palette struct {
	// Background is the background the colours were chosen (and measured)
	// against. The program never paints it; the terminal's own is used.
	Background color.Color
	// Text is body text, Muted secondary text (hints, help), Accent titles
	// and the cursor, Error problems.
	Text, Muted, Accent, Error color.Color
	// Types are the bar colours per ideal type, indexed by profile.Type.
	Types [profile.Count]color.Color
}

// DarkPalette is for dark backgrounds.
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
	}
}

// LightPalette is for light backgrounds.
func LightPalette() Palette {
	return Palette{
		Background: lipgloss.Color("#ffffff"),
		Text:       lipgloss.Color("#1a1a1a"),
		Muted:      lipgloss.Color("#595959"),
		Accent:     lipgloss.Color("#0072b2"),
		Error:      lipgloss.Color("#b3261e"),
		Types: [profile.Count]color.Color{
			lipgloss.Color("#d55e00"), // vermillion
			lipgloss.Color("#009e73"), // bluish green
			lipgloss.Color("#0072b2"), // blue
		},
	}
}
