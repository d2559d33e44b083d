package chart

import (
	"fmt"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

var (
	dutchNames   = [profile.Count]string{"Bureaucraat", "Ondernemer", "Verbinder"}
	englishNames = [profile.Count]string{"Bureaucrat", "Entrepreneur", "Connector"}

	// testPalette is the light theme in colour; noColor draws no escape
	// code at all.
	testPalette = theme.New(false, true)
	noColor     = theme.New(false, false)
)

// chartCases are the mixes the goldens show: one of each shape, plus the
// extremes.
var chartCases = []struct {
	name   string
	points profile.Points
}{
	{"leaning", profile.Points{9, 2, 3}},
	{"blend", profile.Points{6, 5, 1}},
	{"balanced", profile.Points{4, 4, 3}},
	{"zero", profile.Points{}},
	{"pure", profile.Points{5, 0, 0}},
	{"tiny-share", profile.Points{99, 0, 1}},
}

func TestChartGolden(t *testing.T) {
	for _, c := range chartCases {
		for _, w := range []int{40, 60, 80, 120} {
			t.Run(fmt.Sprintf("%s/%d", c.name, w), func(t *testing.T) {
				out := ansi.Strip(Chart(profile.New(c.points), w, testPalette, dutchNames))
				golden.RequireEqual(t, []byte(out+"\n"))
			})
		}
	}
}

// TestChartGoldenNarrow pins the degraded layouts: stems, first letters,
// no bar, the number alone.
func TestChartGoldenNarrow(t *testing.T) {
	p := profile.New(profile.Points{9, 2, 3})
	var b strings.Builder
	for _, w := range []int{4, 6, 8, 10, 14, 18, 20, 22, 25, 30} {
		fmt.Fprintf(&b, "width %d\n%s\n\n", w, Chart(p, w, noColor, dutchNames))
	}
	for _, w := range []int{14, 20, 30} {
		fmt.Fprintf(&b, "width %d (English)\n%s\n\n", w, Chart(p, w, noColor, englishNames))
	}
	golden.RequireEqual(t, []byte(b.String()))
}

func TestChartNeverWiderThanWidth(t *testing.T) {
	names := map[string][profile.Count]string{
		"dutch":   dutchNames,
		"english": englishNames,
		"empty":   {},
		"same":    {"Team", "Team", "Team"},
		"wide":    {"官僚主义者", "企业家", "连接者"},
	}
	pals := map[string]theme.Theme{"colour": testPalette, "no-colour": noColor}
	for _, c := range chartCases {
		p := profile.New(c.points)
		for nn, n := range names {
			for pn, pal := range pals {
				for w := 0; w <= 300; w++ {
					out := Chart(p, w, pal, n)
					lines := strings.Split(out, "\n")
					if w > 0 && len(lines) != profile.Count {
						t.Fatalf("%s/%s/%s width %d: %d lines, want %d", c.name, nn, pn, w, len(lines), profile.Count)
					}
					for i, line := range lines {
						lw, sw := lipgloss.Width(line), ansi.StringWidth(line)
						if lw > w || sw > w {
							t.Fatalf("%s/%s/%s width %d line %d is %d cells: %q", c.name, nn, pn, w, i, max(lw, sw), line)
						}
						// From 20 cells on, the bar is there and the
						// lines fill the width exactly, so the numbers
						// line up in one column.
						if w >= 20 && nn != "same" && sw != w {
							t.Fatalf("%s/%s/%s width %d line %d is %d cells, want exactly %d: %q", c.name, nn, pn, w, i, sw, w, line)
						}
					}
				}
			}
		}
	}
}

// TestChartKeepsNumber checks the degradation order: the percentage is on
// every line down to 3 cells, and a bar is drawn from 10 cells on.
func TestChartKeepsNumber(t *testing.T) {
	p := profile.New(profile.Points{9, 2, 3})
	for w := 3; w <= 300; w++ {
		lines := strings.Split(Chart(p, w, noColor, dutchNames), "\n")
		for i, line := range lines {
			want := fmt.Sprintf("%d%%", p.Percent[i])
			if !strings.HasSuffix(line, want) {
				t.Errorf("width %d line %d %q does not end in %q", w, i, line, want)
			}
		}
		hasBar := strings.Contains(lines[0], fullBlock)
		if w >= 10 && !hasBar {
			t.Errorf("width %d: no bar: %q", w, lines[0])
		}
	}
}

func TestChartNoColorHasNoEscape(t *testing.T) {
	for _, c := range chartCases {
		for w := 1; w <= 200; w++ {
			out := Chart(profile.New(c.points), w, noColor, dutchNames) + StackedBar(profile.New(c.points), w, noColor)
			if strings.ContainsRune(out, '\x1b') {
				t.Fatalf("%s width %d: escape code in no-colour output: %q", c.name, w, out)
			}
		}
	}
}

// TestChartColourIsTerminalIndependent checks that lipgloss v2 renders full
// 24-bit colour whatever the environment says, so the goldens and these
// tests pass on any terminal and in CI; downsampling happens on output.
func TestChartColourIsTerminalIndependent(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	t.Setenv("TERM", "dumb")
	t.Setenv("COLORTERM", "")
	out := Chart(profile.New(profile.Points{9, 2, 3}), 60, testPalette, dutchNames)
	for _, want := range []string{
		"38;2;207;46;46",   // red bar
		"38;2;47;143;47",   // green bar
		"38;2;30;64;175",   // blue bar
		"38;2;204;204;204", // track line
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in %q", want, out)
		}
	}
}

// TestChartBarLengths reads the bars back from the plain chart: the length
// in eighths is the share of a bar area that stands for 100 %.
func TestChartBarLengths(t *testing.T) {
	for _, c := range chartCases {
		p := profile.New(c.points)
		for _, w := range []int{20, 40, 80, 123, 300} {
			lines := strings.Split(Chart(p, w, noColor, dutchNames), "\n")
			area := chartLayout(w, dutchNames).bar
			for i, line := range lines {
				got := eighthsIn(line)
				want := barEighths(p.Percent[i], area)
				if got != want {
					t.Errorf("%s width %d line %d: %d eighths, want %d: %q", c.name, w, i, got, want, line)
				}
				if p.Percent[i] == 100 && got != area*8 {
					t.Errorf("%s width %d: 100%% does not fill the area", c.name, w)
				}
			}
		}
	}
}

// eighthsIn counts the eighths of a cell drawn in a line.
func eighthsIn(line string) int {
	n := 0
	for _, r := range line {
		if r == '█' {
			n += 8
			continue
		}
		for i, g := range eighthGlyphs {
			if string(r) == g {
				n += i + 1
			}
		}
	}
	return n
}

func TestBlocks(t *testing.T) {
	cases := map[int]string{
		-3: "", 0: "", 1: "▏", 2: "▎", 3: "▍", 4: "▌", 5: "▋", 6: "▊", 7: "▉",
		8: "█", 9: "█▏", 13: "█▋", 16: "██", 23: "██▉", 80: "██████████",
	}
	for n, want := range cases {
		if got := blocks(n); got != want {
			t.Errorf("blocks(%d) = %q, want %q", n, got, want)
		}
		if n > 0 && ansi.StringWidth(blocks(n)) != (n+7)/8 {
			t.Errorf("blocks(%d) is %d cells, want %d", n, ansi.StringWidth(blocks(n)), (n+7)/8)
		}
	}
}

func TestBarEighths(t *testing.T) {
	cases := []struct{ percent, cells, want int }{
		{0, 10, 0},
		{100, 10, 80},
		{50, 10, 40},
		{42, 10, 34},   // 33.6 rounds up
		{33, 10, 26},   // 26.4 rounds down
		{1, 10, 1},     // 0.8 rounds to 1
		{1, 1, 1},      // 0.08 would round to nothing: a share shows
		{99, 1, 7},     // 7.92 would round to full: 99 is not 100
		{99, 100, 792}, // of 800 eighths
		{25, 0, 0},
		{-5, 10, 0},
		{120, 10, 80},
	}
	for _, c := range cases {
		if got := barEighths(c.percent, c.cells); got != c.want {
			t.Errorf("barEighths(%d, %d) = %d, want %d", c.percent, c.cells, got, c.want)
		}
	}
	// Monotonic: a larger share is never a shorter bar.
	for cells := 1; cells <= 120; cells++ {
		prev := 0
		for pc := 0; pc <= 100; pc++ {
			n := barEighths(pc, cells)
			if n < prev {
				t.Fatalf("cells %d: %d%% is %d eighths, less than %d%%", cells, pc, n, pc-1)
			}
			prev = n
		}
	}
}

func TestChartZeroProfile(t *testing.T) {
	out := Chart(profile.New(profile.Points{}), 40, noColor, dutchNames)
	bar := strings.Repeat(" ", 40-len("Bureaucraat")-2-percentWidth)
	want := "Bureaucraat " + bar + "   0%\n" +
		"Ondernemer  " + bar + "   0%\n" +
		"Verbinder   " + bar + "   0%"
	if out != want {
		t.Errorf("zero chart:\n%s\nwant:\n%s", out, want)
	}
}

func TestShorten(t *testing.T) {
	cases := []struct {
		name string
		n    int
		want string
	}{
		{"Bureaucraat", 20, "Bureaucraat"},
		{"Bureaucraat", 11, "Bureaucraat"},
		{"Bureaucraat", 6, "Burea…"},
		{"Bureaucraat", 4, "Bur…"},
		{"Bureaucraat", 3, "Bur"},
		{"Bureaucraat", 1, "B"},
	}
	for _, c := range cases {
		if got := shorten(c.name, c.n); got != c.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", c.name, c.n, got, c.want)
		}
	}
	if got := uniquePrefix([profile.Count]string{"Team A", "Team B", "Team C"}, 6); got != 6 {
		t.Errorf("uniquePrefix of Team A/B/C = %d, want 6", got)
	}
	if got := uniquePrefix(dutchNames, 11); got != 1 {
		t.Errorf("uniquePrefix of the Dutch names = %d, want 1", got)
	}
}

func BenchmarkChart(b *testing.B) {
	p := profile.New(profile.Points{9, 2, 3})
	b.ReportAllocs()
	for b.Loop() {
		_ = Chart(p, 80, testPalette, dutchNames)
	}
}

func BenchmarkChartNoColor(b *testing.B) {
	p := profile.New(profile.Points{9, 2, 3})
	b.ReportAllocs()
	for b.Loop() {
		_ = Chart(p, 80, noColor, dutchNames)
	}
}
