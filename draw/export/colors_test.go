package export

import (
	"bytes"
	"image/color"
	"regexp"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// TestExportColoursAreRGB: every export draws the three types in a red, a
// green and a blue (theme.TypeHue), the light theme's own: the team SVG
// and the result SVG (bars), the HTML page (swatches and its chart) and
// the workbook (data bars and header rules).
func TestExportColoursAreRGB(t *testing.T) {
	pal := lightPalette()
	for _, ty := range profile.Types {
		for role, c := range map[string]color.Color{"bar": pal.Types[ty], "text": pal.TypeText[ty]} {
			if h := theme.Hue(c); !theme.TypeHue(ty, h) {
				t.Errorf("%s %s %s has hue %.0f°", ty, role, hex(c), h)
			}
		}
	}
	r := fixture(i18n.NL, false)
	var team, res, page bytes.Buffer
	if err := TeamSVG(&team, r); err != nil {
		t.Fatal(err)
	}
	if err := ResultSVG(&res, Result{Mix: profile.New(profile.Points{6, 4, 2}), Lang: i18n.NL}); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(&page, r); err != nil {
		t.Fatal(err)
	}
	fills := regexp.MustCompile(`<rect [^>]*fill="(#[0-9a-f]{6})"`)
	for name, out := range map[string]string{"team svg": team.String(), "result svg": res.String(), "html": page.String()} {
		for _, ty := range profile.Types {
			if !strings.Contains(out, hex(pal.Types[ty])) {
				t.Errorf("%s lacks %s's colour %s", name, ty, hex(pal.Types[ty]))
			}
		}
		// No bar in a colour that is not a type's, the track's or the
		// background's (the result's chameleon swatch is the mix).
		allowed := map[string]bool{hex(pal.Track): true, hex(pal.Background): true}
		for _, c := range pal.Types {
			allowed[hex(c)] = true
		}
		for _, m := range fills.FindAllStringSubmatch(out, -1) {
			if !allowed[m[1]] && !strings.Contains(m[0], `rx="8"`) {
				t.Errorf("%s draws a rect in %s: %s", name, m[1], m[0])
			}
		}
	}

	f := workbook(t, WriteXLSX, r)
	defer f.Close()
	bars := 0
	for _, sheet := range f.GetSheetList() {
		formats, err := f.GetConditionalFormats(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for ref, opts := range formats {
			for _, o := range opts {
				if o.Type != "data_bar" {
					continue
				}
				bars++
				c := lipgloss.Color("#" + strings.TrimPrefix(o.BarColor, "#"))
				col := ref[0] // F, G, H on the participants, B on the summary
				var ty profile.Type
				if col >= 'F' && col <= 'H' {
					ty = profile.Type(col - 'F')
				} else {
					// The summary's table starts below the title: one row
					// per type from the row after its head.
					row := strings.TrimLeft(ref, "AB")
					ty = profile.Type(int(row[0]-'0') - (summaryHead + 1))
				}
				if h := theme.Hue(c); !theme.TypeHue(ty, h) {
					t.Errorf("%s %s: data bar %s (hue %.0f°) is not %s's channel", sheet, ref, o.BarColor, h, ty)
				}
			}
		}
	}
	if bars != 2*profile.Count {
		t.Errorf("workbook has %d data bars, want %d", bars, 2*profile.Count)
	}
}
