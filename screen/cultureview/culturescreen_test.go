package cultureview_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/cultureview"
)

func newModel(t testing.TB, l i18n.Lang, color bool, w, h int) cultureview.Model {
	t.Helper()
	m := cultureview.New(cultureview.Config{Set: quiztest.Culture(t, l), Lang: l, Theme: theme.Dark, Color: color})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func send(m cultureview.Model, msgs ...tea.Msg) cultureview.Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(cultureview.Model)
	}
	return m
}

// press sends keys by name (see package keypress).
func press(m cultureview.Model, keys ...string) cultureview.Model {
	for _, k := range keys {
		m = send(m, keypress.Msg(k))
	}
	return m
}

func screen(m cultureview.Model) string { return ansi.Strip(m.View().Content) }

// allocate types one dimension's points as digits and goes on.
func allocate(m cultureview.Model, a culture.Allocation) cultureview.Model {
	for i, n := range a {
		if i > 0 {
			m = press(m, "down")
		}
		if n == 10 {
			m = press(m, "1", "0")
		} else {
			m = press(m, fmt.Sprint(n))
		}
	}
	return press(m, "enter")
}

var nowPass = []culture.Allocation{{6, 2, 2}, {6, 2, 2}, {6, 2, 2}, {6, 2, 2}, {5, 3, 2}, {7, 1, 2}}
var desiredPass = []culture.Allocation{{3, 3, 4}, {3, 3, 4}, {3, 3, 4}, {2, 4, 4}, {4, 2, 4}, {3, 4, 3}}

func finished(t testing.TB, l i18n.Lang, color bool, w, h int) cultureview.Model {
	m := press(newModel(t, l, color, w, h), "enter")
	for _, a := range append(append([]culture.Allocation(nil), nowPass...), desiredPass...) {
		m = allocate(m, a)
	}
	if !m.Finished() {
		t.Fatalf("not finished:\n%s", screen(m))
	}
	return m
}

// TestGolden pins every stage at the projector's 80×24, the smallest
// 40×12 and a wide 120×40.
func TestGolden(t *testing.T) {
	screens := map[string]func(w, h int) cultureview.Model{
		"intro": func(w, h int) cultureview.Model { return newModel(t, i18n.NL, true, w, h) },
		"allocate": func(w, h int) cultureview.Model {
			return press(newModel(t, i18n.NL, true, w, h), "enter", "5", "down", "+", "right", "+")
		},
		"refused-en": func(w, h int) cultureview.Model {
			return press(newModel(t, i18n.EN, true, w, h), "enter", "5", "down", "j", "9", "enter")
		},
		"desired-back": func(w, h int) cultureview.Model {
			m := press(newModel(t, i18n.NL, true, w, h), "enter")
			for _, a := range nowPass {
				m = allocate(m, a)
			}
			return press(m, "esc")
		},
		"result":       func(w, h int) cultureview.Model { return finished(t, i18n.NL, true, w, h) },
		"result-plain": func(w, h int) cultureview.Model { return finished(t, i18n.EN, false, w, h) },
		"dims":         func(w, h int) cultureview.Model { return press(finished(t, i18n.NL, true, w, h), "d") },
		"dims-next-en": func(w, h int) cultureview.Model { return press(finished(t, i18n.EN, false, w, h), "d", "right") },
	}
	for name, mk := range screens {
		for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s_%dx%d", name, w, h), func(t *testing.T) {
				out := mk(w, h).View().Content
				screentest.Fits(t, out, w, h)
				golden.RequireEqual(t, []byte(ansi.Strip(out)))
			})
		}
	}
}

// TestPointKeys: → and + add, ← and − take away, a digit sets, "1" then
// "0" makes ten, + stops when nothing is left; ↑/↓ move the focus and
// stop at the ends, tab and shift+tab go round.
func TestPointKeys(t *testing.T) {
	m := press(newModel(t, i18n.NL, false, 80, 24), "enter")
	m = press(m, "+", "right", "l")
	if !strings.Contains(screen(m), "▸  3 ███░░░░░░░") {
		t.Errorf("after three +:\n%s", screen(m))
	}
	m = press(m, "-", "left")
	if !strings.Contains(screen(m), "▸  1 █░░░░░░░░░") || !strings.Contains(screen(m), "Nog te verdelen: 9 van 10") {
		t.Errorf("after two −:\n%s", screen(m))
	}
	m = press(m, "up", "shift+tab", "1", "0")
	if !strings.Contains(screen(m), "▸ 10 ██████████") || !strings.Contains(screen(m), "1 punt te veel: haal er 1 weg.") {
		t.Errorf("1, 0 on the third:\n%s", screen(m))
	}
	m = press(m, "down", "tab", "0", "down", "j", "+")
	if !strings.Contains(screen(m), "Er zijn geen punten meer over") {
		t.Errorf("+ with nothing left:\n%s", screen(m))
	}
	m = press(m, "enter")
	if !strings.Contains(screen(m), "onderwerp 2 van 6") {
		t.Errorf("enter with 10 points did not go on:\n%s", screen(m))
	}
	if got := m.Survey().Allocations(culture.Now)[0]; got != (culture.Allocation{0, 0, 10}) {
		t.Errorf("given %v", got)
	}
}

// TestEnterNeedsTen: enter does not go on before the points add up to
// ten, and says why; back at the first dimension says there is no back.
func TestEnterNeedsTen(t *testing.T) {
	m := press(newModel(t, i18n.NL, false, 80, 24), "enter", "4", "enter")
	out := screen(m)
	if !strings.Contains(out, "onderwerp 1 van 6") || !strings.Contains(out, "Nog niet verder: je hebt 4 van de 10 punten verdeeld; er zijn er nog 6") {
		t.Errorf("enter with 4 points:\n%s", out)
	}
	m = press(m, "t")
	if !strings.Contains(screen(m), "Dit is het eerste onderwerp; terug kan niet.") {
		t.Errorf("back at the first:\n%s", screen(m))
	}
}

// TestBackShowsWhatWasGiven: back from the first desired dimension goes
// to the last "now" one with its points; back from the result to the last
// desired one; every back key works.
func TestBackShowsWhatWasGiven(t *testing.T) {
	m := press(newModel(t, i18n.NL, false, 80, 24), "enter")
	for _, a := range nowPass {
		m = allocate(m, a)
	}
	if !strings.Contains(screen(m), "Zo zou je het willen · onderwerp 1 van 6") {
		t.Fatalf("desired pass:\n%s", screen(m))
	}
	for _, k := range []string{"esc", "backspace", "t"} {
		m = press(m, k)
	}
	out := screen(m)
	if !strings.Contains(out, "Zo is het nu · onderwerp 4 van 6") || !strings.Contains(out, "▸  6 ██████░░░░") {
		t.Errorf("three steps back:\n%s", out)
	}
	m = finished(t, i18n.NL, false, 80, 24)
	m = press(m, "t")
	if out := screen(m); !strings.Contains(out, "Zo zou je het willen · onderwerp 6 van 6") || !strings.Contains(out, "▸  3 ███░░░░░░░") {
		t.Errorf("back from the result:\n%s", out)
	}
	if m.Finished() {
		t.Error("still finished after back")
	}
}

// TestResultMarksWithoutColour: without colour the notable changes carry
// a * and the note explains it; the chameleon swatches (colour only) are
// left out.
func TestResultMarksWithoutColour(t *testing.T) {
	out := screen(finished(t, i18n.NL, false, 80, 24))
	for _, want := range []string{"▼ −30 *", "▲ +12 *", "* een verschil van 10 procentpunten of meer", "De grootste verschuiving: minder bureaucraat"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "╭") {
		t.Error("a swatch without colour")
	}
	if !strings.Contains(screen(finished(t, i18n.NL, true, 80, 24)), "╭────────╮  ╭────────╮") {
		t.Error("no swatches with colour")
	}
}

// TestQuitAsksOnce: q during the survey warns first, and ctrl+c does what
// q does, as on every screen.
func TestQuitAsksOnce(t *testing.T) {
	m := allocate(press(newModel(t, i18n.EN, false, 80, 24), "enter"), culture.Allocation{5, 3, 2})
	next, cmd := m.Update(keypress.Msg("q"))
	if cmd != nil || !strings.Contains(screen(next.(cultureview.Model)), "Press q again to quit without a result.") {
		t.Errorf("first q:\n%s", screen(next.(cultureview.Model)))
	}
	if _, cmd := next.Update(keypress.Msg("q")); cmd == nil {
		t.Error("second q did not quit")
	}
	next, cmd = m.Update(keypress.Msg("ctrl+c"))
	if cmd != nil {
		t.Error("the first ctrl+c quit without a warning")
	}
	if _, cmd := next.Update(keypress.Msg("ctrl+c")); cmd == nil {
		t.Error("second ctrl+c did not quit")
	}
}

// TestEverySize: no size from the smallest to wide draws past the window.
func TestEverySize(t *testing.T) {
	base := finished(t, i18n.NL, true, 80, 24)
	mid := press(newModel(t, i18n.NL, true, 80, 24), "enter", "5")
	for w := 30; w <= 130; w += 7 {
		for h := 8; h <= 42; h += 3 {
			for _, m := range []cultureview.Model{base, mid} {
				out := send(m, tea.WindowSizeMsg{Width: w, Height: h}).View().Content
				screentest.Fits(t, out, w, h)
			}
		}
	}
}

// TestDimsKeys: d shows the picture per dimension and back; ←/→ leaf
// through the dimensions that do not fit and stop at the ends; the
// picture shows each dimension's points now and desired.
func TestDimsKeys(t *testing.T) {
	m := press(finished(t, i18n.NL, false, 80, 24), "d")
	out := screen(m)
	if !strings.Contains(out, "Per onderwerp, nu en gewenst") || !strings.Contains(out, "onderwerp 1–4 van 6") ||
		!strings.Contains(out, "Bureaucraat ▒▒▒▒▒▒────  6  ███───────  3  ▼") {
		t.Fatalf("d did not show the first dimensions:\n%s", out)
	}
	m = press(m, "left")
	if !strings.Contains(screen(m), "onderwerp 1–4 van 6") {
		t.Errorf("← on the first page moved:\n%s", screen(m))
	}
	m = press(m, "right", "right")
	if out := screen(m); !strings.Contains(out, "onderwerp 5–6 van 6") || !strings.Contains(out, "Bureaucraat ▒▒▒▒▒▒▒───  7  ███───────  3  ▼") {
		t.Errorf("→ did not leaf to the last dimensions, or went past them:\n%s", out)
	}
	m = press(m, "pgup")
	if !strings.Contains(screen(m), "onderwerp 1–4 van 6") {
		t.Errorf("pgup did not leaf back:\n%s", screen(m))
	}
	m = press(m, "d")
	if out := screen(m); !strings.Contains(out, "De cultuur, nu en gewenst") || !strings.Contains(out, "▒▒▒") {
		t.Errorf("d did not go back to the totals with ▒ for now:\n%s", out)
	}
	wide := press(finished(t, i18n.NL, false, 120, 40), "d")
	if out := screen(wide); !strings.Contains(out, "6 onderwerpen") || strings.Contains(out, "bladert") {
		t.Errorf("120×40 does not show all six dimensions at once:\n%s", out)
	}
}

// TestSideBySide: at 200×60 the totals and the picture of every dimension
// stand side by side, within the window; at 120×40 the totals stand alone.
func TestSideBySide(t *testing.T) {
	m := finished(t, i18n.NL, true, 200, 60)
	out := m.View().Content
	screentest.Fits(t, out, 200, 60)
	plain := ansi.Strip(out)
	for _, want := range []string{"De cultuur, nu en gewenst", "Per onderwerp, nu en gewenst", "6 onderwerpen", "Dit noemen we geslaagd"} {
		if !strings.Contains(plain, want) {
			t.Errorf("200×60 lacks %q:\n%s", want, plain)
		}
	}
	if strings.Contains(screen(finished(t, i18n.NL, true, 120, 40)), "Per onderwerp") {
		t.Error("120×40 puts the dimensions beside the totals")
	}
	if got := screen(press(m, "d")); strings.Contains(got, "De cultuur, nu en gewenst") || !strings.Contains(got, "Per onderwerp") {
		t.Errorf("d at 200×60 does not show the dimensions alone:\n%s", got)
	}
}
