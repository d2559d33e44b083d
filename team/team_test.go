package team

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/results"
	"ideale-ambtenaar/team/internal/gendata"
	"ideale-ambtenaar/theme"
)

var (
	B = profile.Bureaucraat
	O = profile.Ondernemer
	V = profile.Verbinder
)

// take walks bank choosing the option of each given type in turn, and
// returns the result as saved.
func take(t testing.TB, bank *quiz.Bank, name string, at time.Time, types ...profile.Type) results.Result {
	t.Helper()
	w := quiz.NewWalk(bank, quiz.Ordering{Shuffle: true, Seed: uint64(at.Unix())})
	for _, want := range types {
		pos := -1
		for p, idx := range w.Order()[w.Index()] {
			if idx == int(want) {
				pos = p
			}
		}
		if !w.Answer(pos) {
			t.Fatalf("answer %v refused", want)
		}
	}
	if !w.Done() {
		t.Fatal("walk not finished")
	}
	return results.NewResult(w, name, at)
}

var nine = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

// threeResults saves the three results of the hand-computed example in a
// new directory (in reverse order of time, so that numbering by time is
// tested) and returns it. Four questions, one point per answer:
//
//	Anna      (09:00)  B B B O  → 3,1,0 points → 75 % 25 %  0 %
//	anonymous (09:05)  O O V V  → 0,2,2 points →  0 % 50 % 50 %  (tied)
//	Bas       (09:10)  B B O V  → 2,1,1 points → 50 % 25 % 25 %
//
// Average of the percentages: 41.67, 33.33, 25.00 → largest remainder
// 42, 33, 25. Spread: B 0–75, O 25–50, V 0–50. Strongest: bureaucraat 2,
// ondernemer 0, verbinder 0, tied 1. Blind spots: ondernemer and verbinder
// (nobody leads with them); verbinder's 25 % is not below 25.
func threeResults(t testing.TB) string {
	t.Helper()
	bank := gendata.Bank(4)
	dir := t.TempDir()
	for _, r := range []results.Result{
		take(t, bank, "Bas", nine.Add(10*time.Minute), B, B, O, V),
		take(t, bank, "", nine.Add(5*time.Minute), O, O, V, V),
		take(t, bank, "Anna", nine, B, B, B, O),
	} {
		if _, err := results.Save(dir, r); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestThreeResultsHandComputed(t *testing.T) {
	c := Read([]string{threeResults(t)})
	if len(c.Skipped) != 0 {
		t.Fatalf("skipped %v", c.Skipped)
	}
	if err := c.Check(false); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		label   string
		percent [3]int
	}{
		{"Anna", [3]int{75, 25, 0}},
		{"deelnemer 2", [3]int{0, 50, 50}},
		{"Bas", [3]int{50, 25, 25}},
	}
	if len(c.Participants) != len(want) {
		t.Fatalf("%d participants", len(c.Participants))
	}
	for i, w := range want {
		p := c.Participants[i]
		if p.Number != i+1 || p.Label(i18n.NL, false) != w.label || p.Profile.Percent != w.percent {
			t.Errorf("participant %d: %d %q %v, want %q %v", i, p.Number, p.Label(i18n.NL, false), p.Profile.Percent, w.label, w.percent)
		}
	}
	if got := c.Participants[0].Label(i18n.EN, true); got != "participant 1" {
		t.Errorf("anonymous label %q", got)
	}
	s := Summarize(c.Participants)
	if s.Count != 3 || s.Average.Percent != [3]int{42, 33, 25} {
		t.Errorf("average %v", s.Average.Percent)
	}
	if s.Min != [3]int{0, 25, 0} || s.Max != [3]int{75, 50, 50} {
		t.Errorf("spread %v–%v", s.Min, s.Max)
	}
	if s.Dominant != [3]int{2, 0, 0} || s.Tied != 1 {
		t.Errorf("dominant %v tied %d", s.Dominant, s.Tied)
	}
	if fmt.Sprint(s.BlindSpots) != fmt.Sprint([]BlindSpot{{O, true, false}, {V, true, false}}) {
		t.Errorf("blind spots %+v", s.BlindSpots)
	}
	if len(c.Sets) != 1 || c.Sets[0].Count != 3 || c.Sets[0].Title != "Synthetische set" {
		t.Errorf("sets %+v", c.Sets)
	}
}

func TestAverageIsLargestRemainderOfMeanPercentages(t *testing.T) {
	mk := func(pcts ...[3]int) []Participant {
		var ps []Participant
		for _, p := range pcts {
			ps = append(ps, Participant{Profile: profile.New(profile.Points(p))})
		}
		return ps
	}
	cases := []struct {
		in   []Participant
		want [3]int
	}{
		{mk([3]int{100, 0, 0}, [3]int{0, 100, 0}, [3]int{0, 0, 100}), [3]int{34, 33, 33}}, // ties: fixed order
		{mk([3]int{50, 50, 0}, [3]int{51, 49, 0}), [3]int{51, 49, 0}},                     // 50.5, 49.5
		{mk([3]int{1, 1, 98}), [3]int{1, 1, 98}},
	}
	for _, c := range cases {
		s := Summarize(c.in)
		sum := 0
		for _, v := range s.Average.Percent {
			sum += v
		}
		if s.Average.Percent != c.want || sum != 100 {
			t.Errorf("average %v, want %v", s.Average.Percent, c.want)
		}
	}
	if s := Summarize(nil); s.Count != 0 || s.BlindSpots != nil {
		t.Errorf("empty team: %+v", s)
	}
}

func TestLowShareIsABlindSpot(t *testing.T) {
	var ps []Participant
	for _, p := range []profile.Points{{6, 3, 1}, {3, 6, 1}, {2, 1, 3}} {
		ps = append(ps, Participant{Profile: profile.New(p)})
	}
	// Percent 60/30/10, 30/60/10, 33/17/50: verbinder leads once but
	// averages 23 %.
	s := Summarize(ps)
	if fmt.Sprint(s.BlindSpots) != fmt.Sprint([]BlindSpot{{V, false, true}}) {
		t.Errorf("blind spots %+v (average %v)", s.BlindSpots, s.Average.Percent)
	}
	if got := s.BlindSpots[0].Text(s, i18n.NL); got != "Verbinder: gemiddeld 23%, minder dan 25%" {
		t.Errorf("text %q", got)
	}
}

func TestBadAndForeignFilesAreSkippedAndListed(t *testing.T) {
	dir := threeResults(t)
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("kapot.json", `{"format": "ideale-ambtenaar/result", "vers`)
	write("ander.json", `{"format": "iets-anders", "version": 1}`)
	write("leeg.json", ``)
	write("groot.json", strings.Repeat(" ", results.MaxFileSize+1))
	write("notities.txt", "not read: not *.json")
	if err := os.Mkdir(filepath.Join(dir, "sub.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(filepath.Join("sub.json", "nested.json"), "not read: not recursive")

	missing := filepath.Join(dir, "bestaat-niet.json")
	c := Read([]string{dir, missing, dir}) // the directory twice counts once
	if len(c.Participants) != 3 {
		t.Errorf("%d participants, want 3", len(c.Participants))
	}
	reasons := map[string]string{}
	for _, s := range c.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason(i18n.NL)
	}
	want := map[string]string{
		"bestaat-niet.json": "het bestand bestaat niet",
		"kapot.json":        "geen resultaat van ideale-ambtenaar: geen geldige JSON",
		"ander.json":        `geen resultaat van ideale-ambtenaar: format is "iets-anders"`,
		"leeg.json":         "geen resultaat van ideale-ambtenaar: leeg bestand",
		"groot.json":        "groter dan 1024 KiB",
		"sub.json":          "geen resultaat van ideale-ambtenaar: een map",
	}
	if len(reasons) != len(want) {
		t.Errorf("skipped %v", reasons)
	}
	for file, w := range want {
		if !strings.Contains(reasons[file], w) {
			t.Errorf("%s: reason %q, want %q", file, reasons[file], w)
		}
	}
}

func TestMixedSetsAreRefusedUnlessAsked(t *testing.T) {
	dir := threeResults(t)
	other := gendata.Bank(5)
	other.Title, other.Language, other.Hash = "Andere set", "en", "0123456789abcdef"
	if _, err := results.Save(dir, take(t, other, "Cas", nine, B, O, V, V, V)); err != nil {
		t.Fatal(err)
	}
	c := Read([]string{dir})
	err := c.Check(false)
	me, ok := err.(*MixedSetsError)
	if !ok {
		t.Fatalf("err = %v", err)
	}
	msg := me.Message(i18n.NL)
	for _, want := range []string{"2 verschillende vragensets", `"Synthetische set" (nl, 5e7d0c1a): 3 resultaten`, `"Andere set" (en, 01234567): 1 resultaat`, "--mixed"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if !strings.Contains(me.Message(i18n.EN), "give --mixed to show them together") {
		t.Errorf("EN: %s", me.Message(i18n.EN))
	}
	if err := c.Check(true); err != nil {
		t.Errorf("--mixed: %v", err)
	}
}

func TestReportGolden(t *testing.T) {
	dir := threeResults(t)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, width := range []int{80, 40} {
			t.Run(fmt.Sprintf("%s/%d", l, width), func(t *testing.T) {
				r := NewReport(Read([]string{dir}), Options{Lang: l, Theme: theme.New(true, false)})
				out := r.Text(width)
				for i, line := range strings.Split(out, "\n") {
					if w := ansi.StringWidth(line); w > width {
						t.Errorf("line %d is %d wide: %q", i, w, line)
					}
				}
				golden.RequireEqual(t, ansi.Strip(out))
			})
		}
	}
}

func TestReportWithColourHasTheSameText(t *testing.T) {
	dir := threeResults(t)
	c := Read([]string{dir})
	plain := NewReport(c, Options{Lang: i18n.NL, Theme: theme.New(true, false)}).Text(80)
	colour := NewReport(c, Options{Lang: i18n.NL, Theme: theme.New(true, true)}).Text(80)
	if colour == plain || !strings.Contains(colour, "\x1b[") {
		t.Error("the colour report has no colour")
	}
	// Bars differ (█ in colour, ▒ ░ without); names and numbers do not.
	norm := func(s string) string {
		s = strings.NewReplacer("▒", "█", "░", "█", "─", " ").Replace(ansi.Strip(s))
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(lines, "\n")
	}
	if norm(colour) != norm(plain) {
		t.Errorf("colour and plain differ:\n%s\n%s", ansi.Strip(colour), plain)
	}
}

func TestAnonymousHidesNames(t *testing.T) {
	c := Read([]string{threeResults(t)})
	out := NewReport(c, Options{Lang: i18n.NL, Anonymous: true, Theme: theme.New(true, false)}).Text(80)
	if strings.Contains(out, "Anna") || strings.Contains(out, "Bas") {
		t.Errorf("names shown:\n%s", out)
	}
	for _, want := range []string{"deelnemer 1", "deelnemer 2", "deelnemer 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing", want)
		}
	}
}

func TestReportNoBars(t *testing.T) {
	c := Read([]string{threeResults(t)})
	out := NewReport(c, Options{Lang: i18n.EN, NoBars: true, Theme: theme.New(true, false)}).Text(80)
	if strings.ContainsAny(out, "█▒░▏▎▍▌▋▊▉") {
		t.Errorf("bars in the accessible report:\n%s", out)
	}
	if !strings.Contains(out, "Anna") || !strings.Contains(out, "42%") {
		t.Errorf("figures missing:\n%s", out)
	}
}

var _ = flag.Bool // golden's -update flag is registered by the package
