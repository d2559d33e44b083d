package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// kitText mixes what the kit must keep whole and within the width: emoji
// sequences that terminals draw at different widths, a flag, combining
// accents (e + U+0301) and wide CJK.
const kitText = "De verbinder 👩🏽‍⚕️ belt de burger 👨‍👩‍👧 terug; de ondernemer 🇳🇱 " +
	"zoekt een snellere weg en de bureaucraat wil het dossier compleet. " +
	"Cafe\u0301 re\u0301sume\u0301 コーヒー 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽"

func TestWrapLinesFitsEveryTerminal(t *testing.T) {
	for _, w := range []int{1, 4, 8, 20, 33, 40, 80} {
		lines := WrapLines(kitText, w)
		for _, l := range lines {
			if DrawnWidth(l) > w && !oneCluster(l) {
				t.Errorf("width %d: %q is drawn in %d cells", w, l, DrawnWidth(l))
			}
			if strings.HasSuffix(l, " ") {
				t.Errorf("width %d: %q ends in a space", w, l)
			}
		}
		squeeze := strings.NewReplacer(" ", "", "\n", "")
		if got := squeeze.Replace(strings.Join(lines, "")); got != squeeze.Replace(kitText) {
			t.Errorf("width %d: text changed: %q", w, got)
		}
	}
	// A combining accent stays on its letter.
	for _, l := range WrapLines("e\u0301e\u0301e\u0301e\u0301", 2) {
		if strings.HasPrefix(l, "\u0301") {
			t.Errorf("accent split from its letter: %q", l)
		}
	}
	if got := WrapLines("  \n ", 10); !slices.Equal(got, []string{""}) {
		t.Errorf("blank text = %q, want one empty line", got)
	}
}

// oneCluster reports whether s is a single grapheme cluster: one wider
// than the width cannot be made to fit and is allowed through.
func oneCluster(s string) bool {
	c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
	return c == s
}

func TestWrapEachPaintsEveryLine(t *testing.T) {
	got := WrapEach("aa bb cc", 5, func(s string) string { return "<" + s + ">" })
	if want := []string{"<aa bb>", "<cc>"}; !slices.Equal(got, want) {
		t.Errorf("WrapEach = %q, want %q", got, want)
	}
}

func TestEachLeavesItsInputAlone(t *testing.T) {
	in := []string{"a", "b"}
	got := Each(in, Style(lipgloss.NewStyle().Bold(true)))
	if len(got) != 2 || !strings.Contains(got[0], "\x1b[") || ansi.Strip(got[1]) != "b" || in[0] != "a" {
		t.Errorf("Each = %q (input %q)", got, in)
	}
}

func TestFlowKeepsPartsWhole(t *testing.T) {
	parts := []string{"r Bureaucraat", "o Ondernemer", "v Verbinder"}
	got := Flow(parts, " · ", 30)
	if want := []string{"r Bureaucraat · o Ondernemer", "v Verbinder"}; !slices.Equal(got, want) {
		t.Errorf("Flow = %q, want %q", got, want)
	}
	// A part wider than the width is wrapped on its own.
	got = Flow([]string{"ab", "cdef ghij", "k"}, " ", 4)
	if want := []string{"ab", "cdef", "ghij", "k"}; !slices.Equal(got, want) {
		t.Errorf("Flow narrow = %q, want %q", got, want)
	}
}

func TestBeside(t *testing.T) {
	got := Beside(2, []string{"ab", "abcd", ""}, []string{"x", "", "y", "z"}, []string{"1"})
	want := []string{"ab    x  1", "abcd", "      y", "      z"}
	if !slices.Equal(got, want) {
		t.Errorf("Beside = %q, want %q", got, want)
	}
	// Widths are counted by grapheme, escape codes ignored.
	got = Beside(1, []string{"\x1b[31m👩🏽‍⚕️\x1b[0m", "abc"}, []string{"x", "y"})
	if Width(got[0]) != 5 || Width(got[1]) != 5 {
		t.Errorf("Beside with emoji and colour = %q", got)
	}
}

func TestStackLeavesOutEmptyBlocks(t *testing.T) {
	got := Stack(1, []string{"a"}, nil, []string{"b", "c"}, []string{})
	if want := []string{"a", "", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("Stack = %q, want %q", got, want)
	}
	if got := Stack(2); got != nil {
		t.Errorf("Stack() = %q, want nil", got)
	}
}

func TestGridFillsColumnsFirst(t *testing.T) {
	got := Grid(2, 3, 1, []string{"a", "b", "c", "", "e"})
	if want := []string{"a   c   e", "b"}; !slices.Equal(got, want) {
		t.Errorf("Grid = %q, want %q", got, want)
	}
	if got := Grid(5, 3, 1, []string{"a"}); !slices.Equal(got, []string{"a"}) {
		t.Errorf("Grid with fewer cells than rows = %q", got)
	}
	if Grid(0, 3, 1, []string{"a"}) != nil {
		t.Error("Grid with no rows is not nil")
	}
}

func TestCentreAndSpread(t *testing.T) {
	if got, want := Centre(10, []string{"abcd", "", "ab"}), []string{"   abcd", "", "   ab"}; !slices.Equal(got, want) {
		t.Errorf("Centre = %q, want %q", got, want)
	}
	got := Spread(12, []string{"1", "een"}, []string{"22", "twee"})
	if want := []string{"  1     22", " een   twee"}; !slices.Equal(got, want) {
		t.Errorf("Spread = %q, want %q", got, want)
	}
}

// TestKitGolden composes a lobby-like screen with every helper of the kit
// at the widths the screens meet (a phone-narrow 40, 80, a wall's 120):
// a title, wrapped prose with emoji, a block beside a list, a grid of
// names and big numbers spread over the column.
func TestKitGolden(t *testing.T) {
	for _, w := range []int{24, 40, 80, 120} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			code := []string{"█▀▀ █▀█", "█▄▄ █▄█"}
			info := Stack(1, WrapLines("Telefoon: scan de QR-code 📱 of open de pagina", w-Widest(code)-2), []string{"3 deelnemers"})
			var names []string
			for i, n := range []string{"Anna", "Bram 👍🏽", "Chloë", "Dirk", "Eva 👩🏽‍⚕️", "Fatima", "Gert"} {
				names = append(names, fmt.Sprintf("%d %s", i+1, Stable(n)))
			}
			block := Stack(1,
				Centre(w, []string{"Doe mee"}),
				WrapLines(kitText, w),
				Beside(2, code, info),
				Grid(3, 12, 2, names),
				Spread(w, []string{"12", "binnen"}, []string{"3", "bezig"}, []string{"9", "klaar"}),
				Flow([]string{"r Bureaucraat", "o Ondernemer", "v Verbinder"}, "   ", w),
			)
			for _, l := range block {
				if Width(l) > w && w >= 40 {
					t.Errorf("line %q is wider than %d", l, w)
				}
			}
			golden.RequireEqual(t, []byte(strings.Join(block, "\n")+"\n"))
		})
	}
}
