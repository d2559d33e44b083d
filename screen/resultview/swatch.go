package resultview

import (
	"strings"

	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
)

// Layout of the chameleon block.
const (
	// swatchGap is between the swatch and its sentence.
	swatchGap = 2
	// minSwatchText is the narrowest the sentence beside the swatch may
	// get before the swatch is left out.
	minSwatchText = 24
)

// chameleonBlock is the swatch with the RGB sentence beside it, or the
// sentence alone without colour or room, in col cells.
func (m Model) chameleonBlock(col int) []string {
	sentence := words.RGBSentence(m.types, m.lang)
	sw := chart.Swatch(m.prof, m.theme)
	textW := col - chart.SwatchW - swatchGap
	if sw == nil || textW < minSwatchText {
		return layout.WrapEach(sentence, col, m.paints.Body.Paint)
	}
	text := layout.WrapEach(sentence, textW, m.paints.Body.Paint)
	n := max(len(sw), len(text))
	// The text sits level with the swatch's coloured rows when it is as
	// short as they are; longer text starts at the frame's top.
	top := 0
	if len(text) <= chart.SwatchInnerH {
		top = 1
	}
	out := make([]string, n)
	gap := strings.Repeat(" ", swatchGap)
	blank := strings.Repeat(" ", chart.SwatchW)
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
