package export

import (
	"image/color"
	"strings"

	"github.com/xuri/excelize/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
)

// palette is the colours an export uses: those of theme.LightPalette, so
// that a slide, page or workbook looks like the screen on a light
// background, with the three types in the same red, green and blue
// (measured for contrast against white there). It is taken from the theme,
// not copied, so that there is one place where the colours are chosen.
type palette struct {
	Background, Text, Muted, Accent, Track color.Color
	// Types are the bar colours and TypeText the text colours per ideal
	// type, indexed by profile.Type.
	Types, TypeText [profile.Count]color.Color
}

// lightPalette is theme.LightPalette's colours.
func lightPalette() palette {
	p := theme.LightPalette()
	return palette{
		Background: p.Background,
		Text:       p.Text,
		Muted:      p.Muted,
		Accent:     p.Accent,
		Track:      p.Track,
		Types:      p.Types,
		TypeText:   p.TypeText,
	}
}

// colourWorkbook gives a workbook the types' colours, the same red, green
// and blue as the screen: on the participants sheet the type columns'
// header cells (points from column pointsCol, percentages from column
// pctCol, one per type in the fixed order; 1-based) are written in the
// type's text colour over a rule in its bar colour, and each percentage
// column has a data bar in its bar colour (0 to 100 %) for rows 2 to last;
// on the summary sheet the type names (column A from row summaryFirst, one
// row per type) are in their text colour and the average shares (column B)
// have data bars in their bar colour.
func colourWorkbook(f *excelize.File, participants, summary string, pointsCol, pctCol, last, summaryFirst int) error {
	pal := lightPalette()
	xl := func(c color.Color) string { return strings.ToUpper(hex(c)) }
	for _, t := range profile.Types {
		head, err := f.NewStyle(&excelize.Style{
			Font:      &excelize.Font{Bold: true, Color: xl(pal.TypeText[t])},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#FFFFFF"}},
			Border:    []excelize.Border{{Type: "bottom", Color: xl(pal.Types[t]), Style: 5}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		})
		if err != nil {
			return err
		}
		for _, col := range []int{pointsCol + int(t), pctCol + int(t)} {
			if err := f.SetCellStyle(participants, cellName(col, 1), cellName(col, 1), head); err != nil {
				return err
			}
		}
		if last > 1 {
			if err := dataBar(f, participants, cellName(pctCol+int(t), 2)+":"+cellName(pctCol+int(t), last), xl(pal.Types[t])); err != nil {
				return err
			}
		}
		name, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: xl(pal.TypeText[t])}})
		if err != nil {
			return err
		}
		row := summaryFirst + int(t)
		if err := f.SetCellStyle(summary, cellName(1, row), cellName(1, row), name); err != nil {
			return err
		}
		if err := dataBar(f, summary, cellName(2, row), xl(pal.Types[t])); err != nil {
			return err
		}
	}
	return nil
}

// dataBar puts a solid data bar of colour c, from 0 to 100 %, behind the
// cells of ref.
func dataBar(f *excelize.File, sheet, ref, c string) error {
	return f.SetConditionalFormat(sheet, ref, []excelize.ConditionalFormatOptions{{
		Type: "data_bar", Criteria: "=",
		MinType: "num", MinValue: "0", MaxType: "num", MaxValue: "1",
		BarColor: c, BarSolid: true,
	}})
}
