package team

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/tools/gendata"
)

var (
	B = profile.Bureaucraat
	O = profile.Ondernemer
	V = profile.Verbinder
)

var nine = gendata.ThreeResultsAt

func TestThreeResultsHandComputed(t *testing.T) {
	c := Read([]string{teamtest.Dir(t, gendata.ThreeResults)})
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
		if p.Number != i+1 || p.Label(i18n.NL, false) != w.label || p.Mix.Percent != w.percent {
			t.Errorf("participant %d: %d %q %v, want %q %v", i, p.Number, p.Label(i18n.NL, false), p.Mix.Percent, w.label, w.percent)
		}
	}
	if got := c.Participants[0].Label(i18n.EN, true); got != "participant 1" {
		t.Errorf("anonymous label %q", got)
	}
	s := Summarize(c.Mixes())
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
	mk := func(pcts ...[3]int) []profile.Mix {
		var ms []profile.Mix
		for _, p := range pcts {
			ms = append(ms, profile.New(profile.Points(p)))
		}
		return ms
	}
	cases := []struct {
		in   []profile.Mix
		want [3]int
	}{
		{mk([3]int{100, 0, 0}, [3]int{0, 100, 0}, [3]int{0, 0, 100}), [3]int{33, 33, 33}}, // ties: equal, never by type order
		{mk([3]int{50, 50, 0}, [3]int{51, 49, 0}), [3]int{51, 49, 0}},                     // 50.5, 49.5
		{mk([3]int{1, 1, 98}), [3]int{1, 1, 98}},
	}
	for _, c := range cases {
		s := Summarize(c.in)
		sum := 0
		for _, v := range s.Average.Percent {
			sum += v
		}
		if s.Average.Percent != c.want || (sum != 100 && c.want != [3]int{33, 33, 33}) {
			t.Errorf("average %v, want %v", s.Average.Percent, c.want)
		}
	}
	if s := Summarize(nil); s.Count != 0 || s.BlindSpots != nil {
		t.Errorf("empty team: %+v", s)
	}
}

func TestLowShareIsABlindSpot(t *testing.T) {
	var ms []profile.Mix
	for _, p := range []profile.Points{{6, 3, 1}, {3, 6, 1}, {2, 1, 3}} {
		ms = append(ms, profile.New(p))
	}
	// Percent 60/30/10, 30/60/10, 33/17/50: verbinder leads once but
	// averages 23 %.
	s := Summarize(ms)
	if fmt.Sprint(s.BlindSpots) != fmt.Sprint([]BlindSpot{{V, false, true}}) {
		t.Errorf("blind spots %+v (average %v)", s.BlindSpots, s.Average.Percent)
	}
}

func TestBadAndForeignFilesAreSkippedAndListed(t *testing.T) {
	dir := teamtest.Dir(t, gendata.ThreeResults)
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
	dir := teamtest.Dir(t, gendata.ThreeResults)
	other := gendata.Bank(5)
	other.Title, other.Language, other.Hash = "Andere set", "en", "0123456789abcdef"
	cas, err := gendata.Take(other, "Cas", nine, B, O, V, V, V)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := results.Save(dir, cas); err != nil {
		t.Fatal(err)
	}
	c := Read([]string{dir})
	err = c.Check(false)
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

var _ = flag.Bool // golden's -update flag is registered by the package

// TestSmallGroupBlindSpots: one or two people leave types "nobody's
// strongest" by arithmetic; there only a low average is a blind spot.
func TestSmallGroupBlindSpots(t *testing.T) {
	one := []profile.Mix{profile.New(profile.Points{5, 10, 5})} // 25/50/25
	if s := Summarize(one); len(s.BlindSpots) != 0 {
		t.Errorf("one person (25/50/25): blind spots %+v, want none", s.BlindSpots)
	}
	lopsided := []profile.Mix{profile.New(profile.Points{2, 16, 2})} // 10/80/10
	if s := Summarize(lopsided); len(s.BlindSpots) != 2 || s.BlindSpots[0].NobodyLeads || !s.BlindSpots[0].Low {
		t.Errorf("one person (10/80/10): blind spots %+v, want two low ones", s.BlindSpots)
	}
	three := []profile.Mix{
		profile.New(profile.Points{5, 10, 5}), profile.New(profile.Points{4, 10, 6}), profile.New(profile.Points{6, 10, 4}),
	}
	if s := Summarize(three); len(s.BlindSpots) != 2 || !s.BlindSpots[0].NobodyLeads {
		t.Errorf("three people all leading with ondernemer: blind spots %+v, want bureaucraat and verbinder", s.BlindSpots)
	}
}
