// Package theme keeps every colour and style of the program in one place,
// as a function of two facts: is the background dark, and may we use colour.
// Screens ask a Theme for styles; they never pick colours themselves.
package theme

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Theme is the resolved look for one run.
type Theme struct {
	// Dark is true on a dark background.
	Dark bool
	// Color is false when colour is off (NO_COLOR, or output that is not a
	// terminal). Screens then rely on text, numbers and bar length only.
	Color   bool
	Palette Palette

	Title    lipgloss.Style // screen titles
	Heading  lipgloss.Style // section headings and the question counter
	Body     lipgloss.Style // scenario and paragraph text
	Muted    lipgloss.Style // hints and secondary text
	Key      lipgloss.Style // a key name in a hint ("enter")
	Cursor   lipgloss.Style // the marker before the selected option
	Selected lipgloss.Style // the selected option's text
	Option   lipgloss.Style // an unselected option's text
	Number   lipgloss.Style // an option's number
	Error    lipgloss.Style // problems and warnings
	Frame    lipgloss.Style // a rounded box around dialogs
}

// New builds the theme for a dark or light background, with or without
// colour.
func New(dark, color bool) Theme {
	p := LightPalette()
	if dark {
		p = DarkPalette()
	}
	t := Theme{Dark: dark, Color: color, Palette: p}
	s := lipgloss.NewStyle
	if !color {
		t.Title = s().Bold(true)
		t.Heading = s().Bold(true)
		t.Body = s()
		t.Muted = s()
		t.Key = s().Bold(true)
		t.Cursor = s().Bold(true)
		t.Selected = s().Bold(true)
		t.Option = s()
		t.Number = s()
		t.Error = s().Bold(true)
		t.Frame = s().Border(lipgloss.NormalBorder()).Padding(0, 1)
		return t
	}
	t.Title = s().Bold(true).Foreground(p.Accent)
	t.Heading = s().Bold(true).Foreground(p.Text)
	t.Body = s().Foreground(p.Text)
	t.Muted = s().Foreground(p.Muted)
	t.Key = s().Bold(true).Foreground(p.Text)
	t.Cursor = s().Bold(true).Foreground(p.Accent)
	t.Selected = s().Bold(true).Foreground(p.Accent)
	t.Option = s().Foreground(p.Text)
	t.Number = s().Foreground(p.Muted)
	t.Error = s().Bold(true).Foreground(p.Error)
	t.Frame = s().Border(lipgloss.RoundedBorder()).BorderForeground(p.Muted).Padding(0, 1)
	return t
}

// TypeStyle colours text in a type's colour (bold without colour).
func (t Theme) TypeStyle(pt profile.Type) lipgloss.Style {
	if !t.Color {
		return lipgloss.NewStyle().Bold(true)
	}
	return lipgloss.NewStyle().Bold(true).Foreground(t.Palette.TypeText[pt])
}

// Choice is the user's or the environment's wish for light or dark.
type Choice int

// The theme choices. Auto asks the terminal.
const (
	Auto Choice = iota
	Light
	Dark
)

// EnvVar lets a trainer fix the theme without a flag.
const EnvVar = "IDEALE_AMBTENAAR_THEME"

// ParseChoice reads "light", "dark" or "auto" (or empty, meaning auto).
func ParseChoice(s string) (Choice, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return Auto, nil
	case "light", "licht":
		return Light, nil
	case "dark", "donker":
		return Dark, nil
	}
	return Auto, i18n.Errorf(txtUnknownTheme, s)
}

var txtUnknownTheme = i18n.Text{
	NL: "onbekend thema %q: kies light, dark of auto",
	EN: "unknown theme %q: use light, dark or auto"}
