package textmode_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/textmode"
)

// answers for the six built-in dimensions: now leans bureaucraat, desired
// moves to verbinder. Now: 6 2 2 ×4, 5 3 2, 7 1 2 = 36, 12, 12 of 60 →
// 60, 20, 20. Desired: 3 3 4 ×3, 2 4 4, 4 2 4, 3 4 3 = 18, 19, 23 → 30,
// 32 (31.67), 38 (38.33): the largest remainder (.67) gets the point.
// Changes −30, +12, +18.
const goodInput = "6 2 2\n6 2 2\n6 2 2\n6 2 2\n5 3 2\n7 1 2\n" +
	"3 3 4\n3 3 4\n3 3 4\n2 4 4\n4 2 4\n3 4 3\n"

func TestRunCulture(t *testing.T) {
	set := quiztest.Culture(t, i18n.NL)
	var out strings.Builder
	s, err := textmode.RunCulture(textmode.CultureConfig{Set: set, Lang: i18n.NL, Theme: theme.New(true, false)}, strings.NewReader(goodInput), &out)
	if err != nil {
		t.Fatal(err)
	}
	r := s.Result()
	if r.Now.Percent != [3]int{60, 20, 20} || r.Desired.Percent != [3]int{30, 32, 38} || r.Diff != [3]int{-30, 12, 18} {
		t.Errorf("result %+v", r)
	}
	got := ansi.Strip(out.String())
	flat := strings.Join(strings.Fields(got), " ")
	for _, want := range []string{
		"NU · onderwerp 1 van 6 · Zo voelt het hier",
		"GEWENST · onderwerp 6 van 6 · Dit noemen we geslaagd",
		"Bureaucraat   60%      30%  ▼ −30 *",
		"Ondernemer    20%      32%  ▲ +12 *",
		"De grootste verschuiving: minder bureaucraat, van 60% nu naar 30% gewenst (−30).",
	} {
		if !strings.Contains(got, want) && !strings.Contains(flat, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

// TestRunCultureAsksAgain: a line that does not add up, one that is not
// three numbers and one with a word are each refused with the reason, in
// the user's language; back shows what was given; the survey goes on.
func TestRunCultureAsksAgain(t *testing.T) {
	set := quiztest.Culture(t, i18n.EN)
	in := "b\n5 3 1\n5 3\n5 three 2\n11 0 -1\n5 3 2\nb\n4 4 2\n" + strings.Join(strings.Split(goodInput, "\n")[1:], "\n")
	var out strings.Builder
	s, err := textmode.RunCulture(textmode.CultureConfig{Set: set, Lang: i18n.EN, Theme: theme.New(false, false), Echo: true}, strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Allocations(culture.Now)[0]; got != (culture.Allocation{4, 4, 2}) {
		t.Errorf("first dimension: %v (the answer after going back counts)", got)
	}
	golden.RequireEqual(t, ansi.Strip(out.String()))
}

// TestRunCultureInputEnds: input that stops early ends with a clear
// message and no result.
func TestRunCultureInputEnds(t *testing.T) {
	set := quiztest.Culture(t, i18n.NL)
	var out strings.Builder
	_, err := textmode.RunCulture(textmode.CultureConfig{Set: set, Lang: i18n.NL, Theme: theme.New(true, false)}, strings.NewReader("5 3 2\n5 3 2\n"), &out)
	var ie *textmode.CultureInputEndedError
	if !errors.As(err, &ie) || ie.Step != 3 || ie.Total != 12 {
		t.Fatalf("error %v", err)
	}
	if got := ie.Message(i18n.NL); !strings.HasPrefix(got, "De invoer stopte bij stap 3 van 12") {
		t.Errorf("message %q", got)
	}
	if strings.Contains(out.String(), "grootste verschuiving") {
		t.Error("a result after input ended")
	}
}

// TestRunCultureEchoIsClean: a typed escape sequence is not echoed raw.
func TestRunCultureEchoIsClean(t *testing.T) {
	set := quiztest.Culture(t, i18n.NL)
	var out strings.Builder
	_, _ = textmode.RunCulture(textmode.CultureConfig{Set: set, Lang: i18n.NL, Theme: theme.New(true, false), Echo: true}, strings.NewReader("\x1b[2J 3 2\n"), &out)
	if strings.Contains(out.String(), "\x1b[2J") {
		t.Errorf("escape reached the output: %q", out.String())
	}
}

func TestCultureTableWithoutChange(t *testing.T) {
	r := culture.Compare(profile.Points{5, 3, 2}, profile.Points{5, 3, 2})
	lines := textmode.CultureTable(r, i18n.EN, theme.New(true, false))
	if len(lines) != 4 || !strings.HasSuffix(lines[3], "20%  =   0") {
		t.Errorf("%q", lines)
	}
}

// TestPrintCultureDims: the picture per dimension has, per type, the
// points now (▒) and desired (█) as bars with their numbers and the
// arrow; in a narrow column only the numbers.
func TestPrintCultureDims(t *testing.T) {
	set := quiztest.Culture(t, i18n.NL)
	s, err := textmode.RunCulture(textmode.CultureConfig{Set: set, Lang: i18n.NL, Theme: theme.New(true, false)}, strings.NewReader(goodInput), &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	var wide, narrow strings.Builder
	textmode.PrintCultureDims(&wide, s, i18n.NL, theme.New(false, false), 72)
	textmode.PrintCultureDims(&narrow, s, i18n.NL, theme.New(false, false), 30)
	for _, want := range []string{"Per onderwerp, in punten (▒ nu, █ gewenst)", set.Dimensions[5].Title,
		"Bureaucraat ▒▒▒▒▒▒▒───  7  ███───────  3  ▼", "Verbinder   ▒▒────────  2  ███───────  3  ▲"} {
		if !strings.Contains(ansi.Strip(wide.String()), want) {
			t.Errorf("wide lacks %q:\n%s", want, ansi.Strip(wide.String()))
		}
	}
	if out := ansi.Strip(narrow.String()); !strings.Contains(out, "Bureaucraat  7 →  3  ▼") || strings.Contains(out, "▒▒") {
		t.Errorf("narrow:\n%s", out)
	}
	for i, line := range strings.Split(narrow.String(), "\n") {
		if w := ansi.StringWidth(line); w > 30 {
			t.Errorf("narrow line %d is %d wide: %q", i, w, line)
		}
	}
}
