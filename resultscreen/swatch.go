package resultscreen

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/theme"
)

var txtRGB = i18n.Text{
	NL: "Rood (%s), groen (%s) en blauw (%s) mengen tot jouw kleur: die van de kameleon, die schakelt tussen de drie.",
	EN: "Red (%s), green (%s) and blue (%s) mix into your colour: that of the chameleon, which switches between the three.",
}

// RGBSentence is the one sentence on the chameleon metaphor that goes with
// the colour swatch, and stands on its own where there is no colour. It
// names the types as the question file does, in the channel order red,
// green, blue (profile.Type order).
func RGBSentence(types [profile.Count]quiz.TypeProfile, l i18n.Lang) string {
	n := Names(types)
	low := func(t profile.Type) string { return strings.ToLower(n[t]) }
	return txtRGB.F(l, low(profile.Bureaucraat), low(profile.Ondernemer), low(profile.Verbinder))
}

// Swatch sizes in cells: the coloured area inside its frame.
const (
	swatchInnerW = 8
	swatchInnerH = 2
	// swatchW is the swatch with its frame.
	swatchW = swatchInnerW + 2
	// swatchGap is between the swatch and its sentence.
	swatchGap = 2
	// minSwatchText is the narrowest the sentence beside the swatch may
	// get before the swatch is left out.
	minSwatchText = 24
)

// swatch draws the chameleon colour of p as a block of full cells inside
// a rounded frame in the muted colour. The frame carries the contrast
// (muted text reaches 4.5:1 on the background) where the colour itself
// does not: an even mix is near white, which vanishes on a light
// background. It returns nil without colour: the colour is the only thing
// a swatch says.
func swatch(p profile.Profile, t theme.Theme) []string {
	if !t.Color {
		return nil
	}
	frame := newPainter(lipgloss.NewStyle().Foreground(t.Palette.Muted))
	fill := newPainter(lipgloss.NewStyle().Foreground(profile.Chameleon(p)))
	b := lipgloss.RoundedBorder()
	out := make([]string, 0, swatchInnerH+2)
	out = append(out, frame.paint(b.TopLeft+strings.Repeat(b.Top, swatchInnerW)+b.TopRight))
	row := frame.paint(b.Left) + fill.paint(strings.Repeat("█", swatchInnerW)) + frame.paint(b.Right)
	for range swatchInnerH {
		out = append(out, row)
	}
	out = append(out, frame.paint(b.BottomLeft+strings.Repeat(b.Bottom, swatchInnerW)+b.BottomRight))
	return out
}

// chameleonBlock is the swatch with the RGB sentence beside it, or the
// sentence alone without colour or room, in col cells.
func (m Model) chameleonBlock(col int) []string {
	sentence := RGBSentence(m.types, m.lang)
	sw := swatch(m.prof, m.theme)
	textW := col - swatchW - swatchGap
	if sw == nil || textW < minSwatchText {
		return wrapLines(m.paints.body, sentence, col)
	}
	text := wrapLines(m.paints.body, sentence, textW)
	n := max(len(sw), len(text))
	// The text sits level with the swatch's coloured rows when it is as
	// short as they are; longer text starts at the frame's top.
	top := 0
	if len(text) <= swatchInnerH {
		top = 1
	}
	out := make([]string, n)
	gap := strings.Repeat(" ", swatchGap)
	blank := strings.Repeat(" ", swatchW)
	for i := range out {
		s := blank
		if i < len(sw) {
			s = sw[i]
		}
		if j := i - top; j >= 0 && j < len(text) {
			s += gap + text[j]
		}
		out[i] = s
	}
	return out
}
