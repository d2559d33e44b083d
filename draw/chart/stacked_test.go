package chart

import (
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// TestStackCellsAllMixes runs every whole-percent mix at every width up to
// 120: the cells add up to the width, follow the quota to within a cell
// (two where a small share was lifted to one cell), and every share above
// 0 has a cell whenever the width allows.
func TestStackCellsAllMixes(t *testing.T) {
	for a := 0; a <= 100; a++ {
		for b := 0; a+b <= 100; b++ {
			pc := [profile.Count]int{a, b, 100 - a - b}
			positive := 0
			for _, v := range pc {
				if v > 0 {
					positive++
				}
			}
			for w := 1; w <= 120; w++ {
				cells := stackCells(pc, w)
				sum, lifted := 0, false
				for ty, n := range cells {
					sum += n
					if pc[ty] > 0 && pc[ty]*w < 100 {
						lifted = true
					}
					if pc[ty] == 0 && n != 0 {
						t.Fatalf("%v width %d: a 0%% share got %d cells", pc, w, n)
					}
				}
				if sum != w {
					t.Fatalf("%v width %d: cells %v add up to %d", pc, w, cells, sum)
				}
				for ty, n := range cells {
					dev := math.Abs(float64(n) - float64(pc[ty]*w)/100)
					if dev >= 1 && !(lifted && dev < 2) {
						t.Fatalf("%v width %d: cells %v, type %d is %.2f off its quota", pc, w, cells, ty, dev)
					}
					if w >= positive && pc[ty] > 0 && n == 0 {
						t.Fatalf("%v width %d: cells %v leave a %d%% share out", pc, w, cells, pc[ty])
					}
				}
			}
		}
	}
}

func TestStackCellsExamples(t *testing.T) {
	cases := []struct {
		pc    [profile.Count]int
		width int
		want  [profile.Count]int
	}{
		{[profile.Count]int{50, 30, 20}, 10, [profile.Count]int{5, 3, 2}},
		{[profile.Count]int{34, 33, 33}, 10, [profile.Count]int{4, 3, 3}},     // remainders .4 .3 .3
		{[profile.Count]int{33, 34, 33}, 3, [profile.Count]int{1, 1, 1}},      // all .99/1.02/.99
		{[profile.Count]int{98, 1, 1}, 10, [profile.Count]int{8, 1, 1}},       // small shares lifted
		{[profile.Count]int{98, 1, 1}, 2, [profile.Count]int{2, 0, 0}},        // no room for all
		{[profile.Count]int{100, 0, 0}, 7, [profile.Count]int{7, 0, 0}},       // pure
		{[profile.Count]int{}, 10, [profile.Count]int{}},                      // zero profile
		{[profile.Count]int{60, 40, 0}, 25, [profile.Count]int{15, 10, 0}},    // exact
		{[profile.Count]int{45, 45, 10}, 5, [profile.Count]int{2, 2, 1}},      // .25 .25 .5
		{[profile.Count]int{45, 10, 45}, 4, [profile.Count]int{2, 1, 1}},      // tie goes to fixed order
		{[profile.Count]int{1, 1, 98}, 3, [profile.Count]int{1, 1, 1}},        // each share one cell
		{[profile.Count]int{20, 30, 50}, 0, [profile.Count]int{}},             // no room at all
		{[profile.Count]int{33, 33, 34}, 100, [profile.Count]int{33, 33, 34}}, // one cell a point
	}
	for _, c := range cases {
		if got := stackCells(c.pc, c.width); got != c.want {
			t.Errorf("stackCells(%v, %d) = %v, want %v", c.pc, c.width, got, c.want)
		}
	}
}

func TestStackedBarWidth(t *testing.T) {
	for _, c := range chartCases {
		p := profile.New(c.points)
		for w := 0; w <= 300; w++ {
			for _, pal := range []theme.Theme{testPalette, noColor} {
				out := StackedBar(p, w, pal)
				if got := ansi.StringWidth(out); got != w {
					t.Fatalf("%s width %d: %d cells: %q", c.name, w, got, out)
				}
				if strings.Contains(out, "\n") {
					t.Fatalf("%s width %d: more than one line", c.name, w)
				}
			}
		}
	}
}

// TestStackedBarNoColorGlyphs checks that without colour each segment has
// its own fill character and the right number of cells.
func TestStackedBarNoColorGlyphs(t *testing.T) {
	p := profile.New(profile.Points{5, 3, 2})
	out := StackedBar(p, 20, noColor)
	if want := "██████████▒▒▒▒▒▒░░░░"; out != want {
		t.Errorf("StackedBar = %q, want %q", out, want)
	}
	for _, w := range []int{3, 17, 64} {
		out := StackedBar(p, w, noColor)
		cells := stackCells(p.Percent, w)
		for _, ty := range profile.Types {
			if got := strings.Count(out, StackedGlyphs[ty]); got != cells[ty] {
				t.Errorf("width %d: %d × %s, want %d", w, got, StackedGlyphs[ty], cells[ty])
			}
		}
	}
	if got := StackedBar(profile.New(profile.Points{}), 5, noColor); got != "     " {
		t.Errorf("zero profile = %q, want spaces", got)
	}
}

func TestStackedBarColour(t *testing.T) {
	out := StackedBar(profile.New(profile.Points{5, 3, 2}), 20, testPalette)
	for _, want := range []string{"38;2;207;46;46", "38;2;47;143;47", "38;2;30;64;175"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in %q", want, out)
		}
	}
	if got := ansi.Strip(out); got != strings.Repeat("█", 20) {
		t.Errorf("stripped = %q, want 20 full blocks", got)
	}
	if zero := StackedBar(profile.New(profile.Points{}), 8, testPalette); !strings.Contains(zero, "38;2;204;204;204") || ansi.Strip(zero) != strings.Repeat("─", 8) {
		t.Errorf("zero profile with a track shows no track: %q", zero)
	}
}

func TestStackedBarGolden(t *testing.T) {
	var b strings.Builder
	for _, c := range chartCases {
		for _, w := range []int{10, 40} {
			b.WriteString(StackedBar(profile.New(c.points), w, noColor))
			b.WriteString("| " + c.name + "\n")
		}
	}
	golden.RequireEqual(t, []byte(b.String()))
}

func BenchmarkStackedBar(b *testing.B) {
	p := profile.New(profile.Points{9, 2, 3})
	b.ReportAllocs()
	for b.Loop() {
		_ = StackedBar(p, 40, testPalette)
	}
}
