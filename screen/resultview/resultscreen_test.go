package resultview_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/resultview"
	"ideale-ambtenaar/textmode"
)

func types(t testing.TB, l i18n.Lang) [profile.Count]profile.TypeProfile {
	t.Helper()
	return quiztest.Bank(t, l).Types
}

func demo(t testing.TB, l i18n.Lang, w, h int) resultview.Model {
	t.Helper()
	return resultview.NewDemo(types(t, l), l, theme.New(true, true)).SetSize(w, h)
}

// press sends keys by name (see package keypress).
func press(m resultview.Model, keys ...string) resultview.Model {
	for _, k := range keys {
		m, _ = m.Update(keypress.Msg(k))
	}
	return m
}

func assertFits(t *testing.T, out string, w, h int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if narrow(ansi.Strip(l), w) {
			continue
		}
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i+1, n, ansi.Strip(l))
		}
	}
}

// narrow is a quick sufficient test that s is at most w cells: no more
// than w runes, each from a range where every character takes at most one
// cell (below U+1100, where the first double-width ones start; general
// punctuation, arrows, box drawing and blocks). It keeps the every-size
// test quick; what it cannot decide goes to ansi.StringWidth.
func narrow(s string, w int) bool {
	if len(s) <= w {
		return true
	}
	n := 0
	for _, r := range s {
		switch {
		case r < 0x1100, r >= 0x2010 && r <= 0x206f, r >= 0x2190 && r <= 0x21ff, r >= 0x2500 && r <= 0x259f:
		default:
			return false
		}
		n++
	}
	return n <= w
}

// TestGolden pins the screen at the projector's common 80×24 (less the
// help line and the gap above it: 80×22), a wide 120×36 (120×34), the
// walls 120×40 (120×38) and 200×60 (200×58) and the smallest window 40×12
// (40×11), in both views.
func TestGolden(t *testing.T) {
	sizes := [][2]int{{80, 22}, {120, 34}, {120, 38}, {200, 58}, {40, 11}}
	screens := map[string]func(w, h int) resultview.Model{
		"demo": func(w, h int) resultview.Model { return demo(t, i18n.NL, w, h) },
		"blend-en": func(w, h int) resultview.Model {
			return resultview.New(profile.New(profile.Points{10, 3, 9}), types(t, i18n.EN), i18n.EN, theme.New(false, true)).SetSize(w, h)
		},
		"profiles": func(w, h int) resultview.Model { return press(demo(t, i18n.NL, w, h), "tab") },
		"profiles-verbinder-en": func(w, h int) resultview.Model {
			return press(demo(t, i18n.EN, w, h), "3")
		},
	}
	for name, mk := range screens {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				out := mk(w, h).View()
				assertFits(t, out, w, h)
				golden.RequireEqual(t, []byte(ansi.Strip(out)))
			})
		}
	}
}

// TestBigDigitsAndSwatch checks that 80×24 shows the big digits and the
// development pointer (the swatch gives way to it), 120×36 the digits and
// the swatch, and 40×12 the chart alone.
func TestBigDigitsAndSwatch(t *testing.T) {
	for _, c := range []struct {
		w, h      int
		digits    bool
		chameleon bool
	}{{80, 22, true, false}, {120, 34, true, true}, {40, 11, false, false}} {
		out := ansi.Strip(demo(t, i18n.NL, c.w, c.h).View())
		if got := strings.Contains(out, "██  ██"); got != c.digits {
			t.Errorf("%dx%d: big digits shown = %v, want %v\n%s", c.w, c.h, got, c.digits, out)
		}
		if got := strings.Contains(out, "╭"); got != c.chameleon {
			t.Errorf("%dx%d: swatch shown = %v, want %v\n%s", c.w, c.h, got, c.chameleon, out)
		}
		if !strings.Contains(out, "Voorbeelduitslag") {
			t.Errorf("%dx%d: the demo is not marked as a sample:\n%s", c.w, c.h, out)
		}
	}
}

// TestNoColor: without colour the screen draws no colour at all, leaves
// the swatch out and keeps the sentence on the colour; the digits stay,
// as shapes, labelled by name.
func TestNoColor(t *testing.T) {
	ty := types(t, i18n.NL)
	for _, view := range []string{"chart", "profiles"} {
		m := resultview.NewDemo(ty, i18n.NL, theme.New(true, false)).SetSize(80, 22)
		if view == "profiles" {
			m = press(m, "tab")
		}
		raw := m.View()
		// The theme keeps bold without colour (NO_COLOR allows it); no
		// foreground or background colour may appear.
		if seq := colourEscape(raw); seq != "" {
			t.Fatalf("%s: colour escape %q without colour", view, seq)
		}
		if view != "chart" {
			continue
		}
		out := ansi.Strip(raw)
		if strings.Contains(out, "╭") {
			t.Errorf("a swatch without colour:\n%s", out)
		}
		want := words.RGBSentence(ty, i18n.NL)
		if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("the RGB sentence %q is missing:\n%s", want, out)
		}
		for _, name := range words.Names(ty, i18n.NL) {
			if !strings.Contains(out, name) {
				t.Errorf("%s is missing:\n%s", name, out)
			}
		}
		if !strings.Contains(out, "▀▀▀") {
			t.Errorf("no big digits without colour:\n%s", out)
		}
		golden.RequireEqual(t, []byte(out))
	}
}

// colourEscape returns the first SGR sequence in s that sets a colour, or
// "".
func colourEscape(s string) string {
	for _, seq := range strings.Split(s, "\x1b[")[1:] {
		end := strings.IndexByte(seq, 'm')
		if end < 0 {
			continue
		}
		for _, p := range strings.Split(seq[:end], ";") {
			var n int
			if _, err := fmt.Sscan(p, &n); err != nil {
				continue
			}
			if (n >= 30 && n <= 49) || (n >= 90 && n <= 107) {
				return seq[:end+1]
			}
		}
	}
	return ""
}

// TestNoColorPlainBytes: with colour off (NO_COLOR), the screens set no
// colour at all, neither foreground nor background: only bold may stay.
func TestNoColorPlainBytes(t *testing.T) {
	sgr := regexp.MustCompile(`\x1b\[([0-9;:]*)m`)
	m := resultview.NewDemo(types(t, i18n.EN), i18n.EN, theme.New(false, false)).SetSize(80, 22)
	for _, out := range []string{m.View(), press(m, "tab").View()} {
		for _, seq := range sgr.FindAllStringSubmatch(out, -1) {
			for _, p := range strings.FieldsFunc(seq[1], func(r rune) bool { return r == ';' || r == ':' }) {
				if n, _ := strconv.Atoi(p); (n >= 30 && n <= 49) || (n >= 90 && n <= 107) {
					t.Fatalf("a colour sequence %q without colour:\n%q", seq[0], out)
				}
			}
		}
	}
	colour := resultview.NewDemo(types(t, i18n.EN), i18n.EN, theme.New(false, true)).SetSize(80, 22).View()
	if !strings.Contains(colour, "\x1b[38;") {
		t.Fatal("the check above would not see colour: the coloured screen has no 38; sequence")
	}
}

// profiles are mixes that stress the layout: the demo, a tie, all in one
// type (a three-digit number), none, and a balanced mix.
var profiles = []profile.Points{resultview.DemoPoints, {5, 5, 0}, {12, 0, 0}, {0, 0, 0}, {7, 7, 7}, {1, 20, 1}}

// TestEverySizeFits renders the demo's two views at every width 20..300
// and height 6..80, and every type, the end of its scroll and the other
// mixes on a grid of those sizes (with -short, only the grid).
func TestEverySizeFits(t *testing.T) {
	ty := types(t, i18n.NL)
	th := theme.New(true, true)
	for i, pts := range profiles {
		base := resultview.New(profile.New(pts), ty, i18n.NL, th)
		if i == 0 {
			base = resultview.NewDemo(ty, i18n.NL, th)
		}
		for w := 20; w <= 300; w++ {
			for h := 6; h <= 80; h++ {
				grid := w%9 == 0 && h%4 == 0
				dense := w%3 == 0 && h%2 == 0 // the demo: a sixth of all sizes
				if (i > 0 || testing.Short() || !dense) && !grid {
					continue
				}
				m := base.SetSize(w, h)
				assertFits(t, m.View(), w, h)
				m = press(m, "tab")
				assertFits(t, m.View(), w, h)
				if !grid {
					continue
				}
				for range profile.Count {
					assertFits(t, press(m, "end").View(), w, h)
					m = press(m, "right")
					assertFits(t, m.View(), w, h)
				}
			}
		}
	}
}

func TestKeys(t *testing.T) {
	m := demo(t, i18n.NL, 80, 22)
	helpOf := func(m resultview.Model) string {
		var s []string
		for _, k := range m.Keys() {
			s = append(s, k.Help().Key+" "+k.Help().Desc)
		}
		return strings.Join(s, ", ")
	}
	if got := helpOf(m); got != "tab de typen" {
		t.Errorf("chart view keys = %q", got)
	}
	// Tab opens the profiles on the leading type (ondernemer in the demo).
	m = press(m, "tab")
	if out := ansi.Strip(m.View()); !strings.Contains(out, "resultaat en doelmatigheid") {
		t.Fatalf("tab did not open the ondernemer's profile:\n%s", out)
	}
	if got := helpOf(m); !strings.HasPrefix(got, "tab grafiek, ←/→ type") {
		t.Errorf("profiles view keys = %q", got)
	}
	// From the ondernemer: right is the verbinder, left the bureaucraat,
	// as are l and h; 2 comes back.
	for k, want := range map[string]string{"right": "samenwerking en draagvlak", "l": "samenwerking en draagvlak", "left": "regels en procedures", "h": "regels en procedures"} {
		got := ansi.Strip(press(m, k).View())
		if !strings.Contains(got, want) {
			t.Errorf("%s from the ondernemer: want %q in\n%s", k, want, got)
		}
		if got := ansi.Strip(press(m, k, "2").View()); !strings.Contains(got, "resultaat en doelmatigheid") {
			t.Errorf("%s then 2: want the ondernemer:\n%s", k, got)
		}
	}
	// Wrapping round: left from the first type is the last.
	if got := ansi.Strip(press(m, "1", "left").View()); !strings.Contains(got, "samenwerking en draagvlak") {
		t.Errorf("left from the first type should wrap to the verbinder:\n%s", got)
	}
	// Shift+tab goes back to the chart too.
	if got := ansi.Strip(press(m, "shift+tab").View()); !strings.Contains(got, "In deze 26 situaties") {
		t.Errorf("shift+tab should show the chart:\n%s", got)
	}
	// From the chart, a number opens that type's profile.
	if got := ansi.Strip(press(press(m, "tab"), "1").View()); !strings.Contains(got, "regels en procedures") {
		t.Errorf("1 from the chart should open the bureaucraat:\n%s", got)
	}
}

// TestScroll: a profile longer than the window scrolls, says so, ends at
// its last line, and a key past the end is not stored up.
func TestScroll(t *testing.T) {
	m := press(demo(t, i18n.NL, 40, 11), "tab")
	top := ansi.Strip(m.View())
	if !strings.Contains(top, "↓ meer tekst") || strings.Contains(top, "↑ meer tekst") {
		t.Fatalf("want only a 'more below' hint at the top:\n%s", top)
	}
	found := false
	for _, k := range m.Keys() {
		if k.Help().Key == "↑/↓" {
			found = true
		}
	}
	if !found {
		t.Errorf("scrolling is not in the keys")
	}
	end := press(m, "end")
	bottom := ansi.Strip(end.View())
	if !strings.Contains(bottom, "Nagaan of snel") || strings.Contains(bottom, "↓ meer tekst") {
		t.Fatalf("end should show the last pointer and no 'more below':\n%s", bottom)
	}
	if got := ansi.Strip(press(end, "down", "down", "down", "up").View()); got == bottom {
		t.Errorf("up after pressing down past the end did not move")
	}
	if got := ansi.Strip(press(end, "right").View()); !strings.Contains(got, "↓ meer tekst") || strings.Contains(got, "↑ meer tekst") {
		t.Errorf("another type should start at the top:\n%s", got)
	}
	// At 80×24 the profile fits and the keys say nothing of scrolling.
	m = press(demo(t, i18n.NL, 80, 22), "tab")
	for _, k := range m.Keys() {
		if k.Help().Key == "↑/↓" {
			t.Errorf("scrolling offered where nothing scrolls:\n%s", ansi.Strip(m.View()))
		}
	}
}

func TestPlainResult(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		t.Run(string(l), func(t *testing.T) {
			ty := types(t, l)
			var b strings.Builder
			pr := profile.New(resultview.DemoPoints)
			textmode.PrintResult(&b, pr, ty, l, theme.New(true, false), 72)
			out := ansi.Strip(b.String())
			if !strings.Contains(strings.Join(strings.Fields(out), " "), words.RGBSentence(ty, l)) {
				t.Errorf("no RGB sentence:\n%s", out)
			}
			names := words.Names(ty, i18n.NL)
			last := -1
			for _, pt := range pr.Ranking {
				i := strings.Index(out, "\n"+names[pt]+": ")
				if i < 0 || i < last {
					t.Errorf("%s's profile missing or out of order (leading type first):\n%s", names[pt], out)
				}
				last = i
			}
			if strings.ContainsAny(out, "╭╮╰╯│┌┐└┘") {
				t.Errorf("box drawing in plain mode:\n%s", out)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

func TestNamesFallBack(t *testing.T) {
	got := words.Names([profile.Count]profile.TypeProfile{{Name: "B"}}, i18n.NL)
	if got != [profile.Count]string{"B", "Ondernemer", "Verbinder"} {
		t.Errorf("Names = %v", got)
	}
}

// BenchmarkView renders the chart view at 80×24, the frame a projector
// shows most.
func BenchmarkView(b *testing.B) {
	m := resultview.NewDemo(types(b, i18n.NL), i18n.NL, theme.New(true, true)).SetSize(80, 22)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkProfilesKey is a key press in the profiles view and the frame
// after it.
func BenchmarkProfilesKey(b *testing.B) {
	m := press(resultview.NewDemo(types(b, i18n.NL), i18n.NL, theme.New(true, true)).SetSize(80, 22), "tab")
	b.ReportAllocs()
	for b.Loop() {
		m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyRight})
		_ = m.View()
	}
}

// TestGrowthPointer: the development pointer is on the chart at 80×24 and
// larger for every mix of 26 answers, in both languages; where it does not
// fit (40×12) the help line's tab says "tip" and the profiles view starts
// with it.
func TestGrowthPointer(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		ty := types(t, l)
		for a := 0; a <= 26; a += 1 {
			for b := 0; a+b <= 26; b += 3 {
				mix := profile.Of(profile.Points{a, b, 26 - a - b}, 26)
				want := strings.Fields(words.Growth(mix, ty, l))
				for _, sz := range [][2]int{{80, 22}, {120, 38}, {200, 58}} {
					m := resultview.New(mix, ty, l, theme.New(true, true)).SetSize(sz[0], sz[1])
					out := strings.Join(strings.Fields(ansi.Strip(m.View())), " ")
					if !strings.Contains(out, strings.Join(want, " ")) {
						t.Fatalf("%v at %dx%d: no pointer:\n%s", mix.Points, sz[0], sz[1], ansi.Strip(m.View()))
					}
					for _, k := range m.Keys() {
						if strings.Contains(k.Help().Desc, "tip") {
							t.Errorf("%v at %dx%d: help says %q while the pointer is shown", mix.Points, sz[0], sz[1], k.Help().Desc)
						}
					}
				}
			}
		}
	}
	m := demo(t, i18n.NL, 40, 11)
	if got := m.Keys()[0].Help(); got.Key != "tab" || got.Desc != "tip en de typen" {
		t.Errorf("40x11 help = %q %q, want tab to the tip", got.Key, got.Desc)
	}
	prof := ansi.Strip(press(m, "tab").View())
	if !strings.Contains(prof, "Je kleinste kant") {
		t.Errorf("40x11 profiles view does not start with the pointer:\n%s", prof)
	}
}
