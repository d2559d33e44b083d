package theme

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"ideale-ambtenaar/profile"
)

// Thresholds the palettes are held to (WCAG 2.x).
const (
	textRatio  = 4.5 // AA for body text
	graphRatio = 3.0 // AA for graphics: bars, swatches
	trackRatio = 1.3 // a faint but visible track
)

// backgroundRange is every grey a palette must work on: its nominal
// background plus what a projector, a washed-out beamer or another theme
// of the same kind really shows.
func backgroundRange(dark bool) []color.Color {
	lo, hi := 0xf0, 0xff
	if dark {
		lo, hi = 0x00, 0x2b
	}
	var out []color.Color
	for g := lo; g <= hi; g++ {
		out = append(out, color.RGBA{uint8(g), uint8(g), uint8(g), 255})
	}
	return out
}

type paletteCase struct {
	name string
	dark bool
	p    Palette
}

var palettes = []paletteCase{{"dark", true, DarkPalette()}, {"light", false, LightPalette()}}

type measured struct {
	role      string
	c         color.Color
	threshold float64
}

func (pc paletteCase) colours() []measured {
	p := pc.p
	m := []measured{
		{"Text", p.Text, textRatio},
		{"Muted", p.Muted, textRatio},
		{"Accent", p.Accent, textRatio},
		{"Error", p.Error, textRatio},
	}
	for _, t := range profile.Types {
		m = append(m, measured{"Types[" + t.Key() + "] (bar)", p.Types[t], graphRatio})
	}
	for _, t := range profile.Types {
		m = append(m, measured{"TypeText[" + t.Key() + "]", p.TypeText[t], textRatio})
	}
	m = append(m, measured{"Track", p.Track, trackRatio})
	return m
}

func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// TestPaletteContrast prints every colour's contrast against the nominal
// background and the worst and best over the background range (run with
// -v to see the table), and holds each to its threshold over the whole
// range.
func TestPaletteContrast(t *testing.T) {
	for _, pc := range palettes {
		bgs := backgroundRange(pc.dark)
		t.Logf("%s palette, background %s, range %s..%s", pc.name, hex(pc.p.Background), hex(bgs[0]), hex(bgs[len(bgs)-1]))
		t.Logf("  %-26s %-8s %7s %7s %7s %6s", "role", "colour", "nominal", "worst", "best", "needs")
		for _, m := range pc.colours() {
			if m.c == nil {
				t.Errorf("%s: %s is not set", pc.name, m.role)
				continue
			}
			worst, best := math.Inf(1), 0.0
			for _, bg := range bgs {
				r := ContrastRatio(m.c, bg)
				worst, best = min(worst, r), max(best, r)
			}
			nominal := ContrastRatio(m.c, pc.p.Background)
			t.Logf("  %-26s %-8s %7.2f %7.2f %7.2f %6.1f", m.role, hex(m.c), nominal, worst, best, m.threshold)
			if nominal < m.threshold || worst < m.threshold {
				t.Errorf("%s: %s %s has %.2f:1 (nominal %.2f:1), needs %.1f:1", pc.name, m.role, hex(m.c), worst, nominal, m.threshold)
			}
			// As a 256-colour terminal shows it: the nearest xterm
			// colour must hold the same threshold.
			c256 := colorprofile.ANSI256.Convert(m.c)
			worst256 := math.Inf(1)
			for _, bg := range bgs {
				worst256 = min(worst256, ContrastRatio(c256, bg))
			}
			if worst256 < m.threshold {
				t.Errorf("%s: %s %s in 256 colours is %s with %.2f:1, needs %.1f:1", pc.name, m.role, hex(m.c), hex(c256), worst256, m.threshold)
			}
		}
	}
}

// TestPaletteTrackIsFaint holds the track fainter than every bar and than
// muted text over the whole background range: it is a guide, not content.
func TestPaletteTrackIsFaint(t *testing.T) {
	for _, pc := range palettes {
		for _, bg := range backgroundRange(pc.dark) {
			track := ContrastRatio(pc.p.Track, bg)
			others := append([]color.Color{pc.p.Muted}, pc.p.Types[:]...)
			for _, c := range others {
				if r := ContrastRatio(c, bg); r <= track {
					t.Errorf("%s on %s: track %.2f:1 is not fainter than %s (%.2f:1)", pc.name, hex(bg), track, hex(c), r)
				}
			}
		}
	}
}

// TestPaletteTypesDistinct keeps the three bar colours of a palette apart
// from each other (TestPaletteTypesLightnessApart holds them apart in
// lightness; this guards against a later edit making two of them alike).
func TestPaletteTypesDistinct(t *testing.T) {
	for _, pc := range palettes {
		for i, a := range pc.p.Types {
			for _, b := range pc.p.Types[i+1:] {
				if hex(a) == hex(b) {
					t.Errorf("%s: two types share %s", pc.name, hex(a))
				}
			}
		}
	}
}

func TestContrastRatio(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#000000", 21},
		{"#777777", "#777777", 1},
		{"#767676", "#ffffff", 4.54}, // the classic lightest AA grey on white
		{"#0072b2", "#ffffff", 5.19},
		{"#e69f00", "#000000", 9.32},
	}
	for _, c := range cases {
		got := ContrastRatio(lipgloss.Color(c.a), lipgloss.Color(c.b))
		if math.Abs(got-c.want) > 0.01 {
			t.Errorf("ContrastRatio(%s, %s) = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
	// Alpha premultiplication is undone: half-transparent white measures as
	// white.
	if got := ContrastRatio(color.NRGBA{255, 255, 255, 128}, color.Black); math.Abs(got-21) > 0.01 {
		t.Errorf("translucent white on black = %.2f, want 21", got)
	}
}

// TestStylesUseMeasuredColours holds every text style of the theme to a
// colour TestPaletteContrast measures at 4.5:1 (Text, Muted, Accent,
// Error): hints and help (Muted, Number) included, so that no style
// picks a fainter grey of its own.
func TestStylesUseMeasuredColours(t *testing.T) {
	for _, dark := range []bool{true, false} {
		th := New(dark, true)
		p := th.Palette
		ok := map[string]bool{hex(p.Text): true, hex(p.Muted): true, hex(p.Accent): true, hex(p.Error): true}
		styles := map[string]lipgloss.Style{
			"Title": th.Title, "Heading": th.Heading, "Body": th.Body, "Muted": th.Muted,
			"Key": th.Key, "Cursor": th.Cursor, "Selected": th.Selected, "Option": th.Option,
			"Number": th.Number, "Error": th.Error,
		}
		for name, st := range styles {
			fg := st.GetForeground()
			if _, none := fg.(lipgloss.NoColor); none || fg == nil {
				t.Errorf("dark=%v: %s has no colour of its own", dark, name)
				continue
			}
			if !ok[hex(fg)] {
				t.Errorf("dark=%v: %s uses %s, not a measured text colour", dark, name, hex(fg))
			}
			if st.GetFaint() {
				t.Errorf("dark=%v: %s is faint, which halves its contrast", dark, name)
			}
		}
	}
}

// TestPaletteTypesAreRGB holds the three types to the book's channels in
// every theme, in true colour and in a 256-colour terminal: the
// bureaucraat red, the ondernemer green, the verbinder blue, bars and
// text alike.
func TestPaletteTypesAreRGB(t *testing.T) {
	for _, pc := range palettes {
		for _, ty := range profile.Types {
			for role, c := range map[string]color.Color{"bar": pc.p.Types[ty], "text": pc.p.TypeText[ty]} {
				for prof, cc := range map[string]color.Color{"true colour": c, "256 colours": colorprofile.ANSI256.Convert(c)} {
					if h := Hue(cc); !TypeHue(ty, h) {
						t.Errorf("%s %s %s (%s): %s has hue %.0f°, not %s's channel", pc.name, ty, role, prof, hex(cc), h, ty)
					}
				}
			}
		}
	}
}

// TestPaletteTypesLightnessApart keeps the three bars of a palette apart
// in lightness (a contrast of at least 1.2:1 between any two), so that a
// reader who cannot tell red from green still sees different bars.
func TestPaletteTypesLightnessApart(t *testing.T) {
	for _, pc := range palettes {
		for i, a := range pc.p.Types {
			for j, b := range pc.p.Types[i+1:] {
				if r := ContrastRatio(a, b); r < 1.2 {
					t.Errorf("%s: %s and %s bars are %.2f:1 apart in lightness, want 1.2", pc.name, profile.Types[i], profile.Types[i+1+j], r)
				}
			}
		}
	}
}

func TestHue(t *testing.T) {
	for c, want := range map[string]float64{"#ff0000": 0, "#00ff00": 120, "#0000ff": 240, "#ffff00": 60, "#808080": 0, "#ff00ff": 300} {
		if got := Hue(lipgloss.Color(c)); math.Abs(got-want) > 0.01 {
			t.Errorf("Hue(%s) = %.1f, want %.0f", c, got, want)
		}
	}
}
