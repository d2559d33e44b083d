package team

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/tools/gendata"
)

// TestThreeCulturesHandComputed checks reading and summarising against
// the figures worked out by hand in teamtest.ThreeCultures.
func TestThreeCulturesHandComputed(t *testing.T) {
	c := Read([]string{teamtest.Dir(t, teamtest.ThreeCultures)})
	if len(c.Skipped) != 0 || len(c.Participants) != 0 || len(c.Cultures) != 3 {
		t.Fatalf("%d quiz, %d culture, skipped %v", len(c.Participants), len(c.Cultures), c.Skipped)
	}
	if c.Kind() != results.KindCulture || c.Len() != 3 {
		t.Errorf("kind %q, len %d", c.Kind(), c.Len())
	}
	if err := c.Check(false); err != nil {
		t.Fatal(err)
	}
	if len(c.Sets) != 1 || c.Sets[0].Count != 3 || c.Sets[0].Title != "Cultuur van Afdeling Noord" || c.Sets[0].Language != "nl" {
		t.Errorf("sets %+v", c.Sets)
	}
	want := []struct {
		label        string
		now, desired [3]int
		diff         [3]int
	}{
		{"Anna", [3]int{60, 20, 20}, [3]int{30, 30, 40}, [3]int{-30, 10, 20}},
		{"deelnemer 2", [3]int{50, 30, 20}, [3]int{40, 20, 40}, [3]int{-10, -10, 20}},
		{"Bas", [3]int{43, 37, 20}, [3]int{40, 40, 20}, [3]int{-3, 3, 0}},
	}
	for i, w := range want {
		p := c.Cultures[i]
		if p.Number != i+1 || p.Label(i18n.NL, false) != w.label {
			t.Errorf("%d: number %d label %q", i, p.Number, p.Label(i18n.NL, false))
		}
		if p.Now().Percent != w.now || p.Desired.Percent != w.desired || p.Result().Diff != w.diff {
			t.Errorf("%s: now %v desired %v diff %v", w.label, p.Now().Percent, p.Desired.Percent, p.Result().Diff)
		}
	}

	s := SummarizeCulture(c.CultureMixes())
	if s.Count != 3 {
		t.Errorf("count %d", s.Count)
	}
	if s.Now.Average.Percent != [3]int{51, 29, 20} || s.Desired.Average.Percent != [3]int{37, 30, 33} {
		t.Errorf("averages now %v desired %v", s.Now.Average.Percent, s.Desired.Average.Percent)
	}
	if s.Now.Min != [3]int{43, 20, 20} || s.Now.Max != [3]int{60, 37, 20} {
		t.Errorf("spread now %v–%v", s.Now.Min, s.Now.Max)
	}
	if s.Desired.Min != [3]int{30, 20, 20} || s.Desired.Max != [3]int{40, 40, 40} {
		t.Errorf("spread desired %v–%v", s.Desired.Min, s.Desired.Max)
	}
	if s.Shift != [3]int{-14, 1, 13} {
		t.Errorf("shift %v", s.Shift)
	}
	if s.More != [3]int{0, 2, 2} || s.Less != [3]int{3, 1, 0} {
		t.Errorf("more %v less %v", s.More, s.Less)
	}
	if got := s.NotableTypes(); len(got) != 2 || got[0] != B || got[1] != V {
		t.Errorf("notable %v", got)
	}
	if s.Shared(B) != 3 || s.Shared(V) != 2 || s.Shared(O) != 2 {
		t.Errorf("shared %d %d %d", s.Shared(B), s.Shared(O), s.Shared(V))
	}
}

func TestSummarizeCultureEdges(t *testing.T) {
	if s := SummarizeCulture(nil, nil); s.Count != 0 || s.NotableTypes() != nil {
		t.Errorf("empty: %+v", s)
	}
	same := []profile.Mix{profile.New(profile.Points{10, 10, 10})}
	s := SummarizeCulture(same, same)
	if s.Shift != [3]int{} || s.Shared(B) != 0 || s.More != [3]int{} || s.Less != [3]int{} {
		t.Errorf("no change: %+v", s)
	}
	// Unequal lengths use the pairs only.
	two := append(same, profile.New(profile.Points{30, 0, 0}))
	if s := SummarizeCulture(two, same); s.Count != 1 {
		t.Errorf("pairs: count %d", s.Count)
	}
	// A shift of exactly Threshold stands out; one less does not.
	now := []profile.Mix{profile.New(profile.Points{50, 50, 0})}
	if s := SummarizeCulture(now, []profile.Mix{profile.New(profile.Points{40, 60, 0})}); !s.Notable(B) || !s.Notable(O) || s.Notable(V) {
		t.Errorf("threshold: shift %v", s.Shift)
	}
	if s := SummarizeCulture(now, []profile.Mix{profile.New(profile.Points{41, 59, 0})}); s.Notable(B) {
		t.Errorf("below threshold: shift %v", s.Shift)
	}
	if culture.Threshold != 10 {
		t.Errorf("threshold %d: the cases above assume 10", culture.Threshold)
	}
	// The largest shift comes first.
	s = SummarizeCulture([]profile.Mix{profile.New(profile.Points{60, 20, 20})}, []profile.Mix{profile.New(profile.Points{45, 10, 45})})
	if got := s.NotableTypes(); len(got) != 3 || got[0] != V || got[1] != B || got[2] != O {
		t.Errorf("order %v (shift %v)", got, s.Shift)
	}
}

// TestQuizAndCultureNeverMix: a culture survey among quiz results is
// refused with both counts and the file named, with or without --mixed.
func TestQuizAndCultureNeverMix(t *testing.T) {
	dir := teamtest.Dir(t, gendata.ThreeResults)
	cult := teamtest.Dir(t, teamtest.ThreeCultures)
	entries, _ := os.ReadDir(cult)
	stray := entries[0].Name()
	data, err := os.ReadFile(filepath.Join(cult, stray))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, stray), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c := Read([]string{dir})
	if len(c.Participants) != 3 || len(c.Cultures) != 1 || len(c.Skipped) != 0 {
		t.Fatalf("%d quiz, %d culture, %d skipped", len(c.Participants), len(c.Cultures), len(c.Skipped))
	}
	for _, mixed := range []bool{false, true} {
		err := c.Check(mixed)
		me, ok := err.(*MixedKindsError)
		if !ok {
			t.Fatalf("mixed=%v: err = %v", mixed, err)
		}
		nl, en := me.Message(i18n.NL), me.Message(i18n.EN)
		for _, want := range []string{"3 quizresultaten en 1 cultuurmeting", "nooit samen", "aparte mappen", "De cultuurmetingen:\n  " + stray} {
			if !strings.Contains(nl, want) {
				t.Errorf("NL lacks %q:\n%s", want, nl)
			}
		}
		for _, want := range []string{"3 quiz results and 1 culture survey", "never shown together", "separate folders", "The culture surveys:\n  " + stray} {
			if !strings.Contains(en, want) {
				t.Errorf("EN lacks %q:\n%s", want, en)
			}
		}
	}

	// The other way round: quiz files among culture results are named.
	c = Read([]string{cult, filepath.Join(dir, mustGlob(t, dir)[0])})
	me, ok := c.Check(false).(*MixedKindsError)
	if !ok || me.FilesKind != results.KindQuiz || len(me.Files) != 1 || !strings.Contains(me.Message(i18n.NL), "De quizresultaten:") {
		t.Fatalf("err = %v", c.Check(false))
	}
}

// mustGlob lists the quiz result files in dir (not the culture ones).
func mustGlob(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if _, err := results.LoadSummary(filepath.Join(dir, e.Name())); err == nil {
			out = append(out, e.Name())
		}
	}
	if len(out) == 0 {
		t.Fatal("no quiz results")
	}
	return out
}

// TestBrokenCultureResultSaysWhy: a culture result whose points do not
// add up is skipped with the culture reason, not "this is a culture
// survey".
func TestBrokenCultureResultSaysWhy(t *testing.T) {
	dir := teamtest.Dir(t, teamtest.ThreeCultures)
	entries, _ := os.ReadDir(dir)
	path := filepath.Join(dir, entries[0].Name())
	data, _ := os.ReadFile(path)
	broken := strings.Replace(string(data), `"bureaucraat": 6`, `"bureaucraat": 7`, 1)
	if broken == string(data) {
		broken = strings.Replace(string(data), `"bureaucraat": 5`, `"bureaucraat": 6`, 1)
	}
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	c := Read([]string{dir})
	if len(c.Cultures) != 2 || len(c.Skipped) != 1 {
		t.Fatalf("%d culture, %d skipped", len(c.Cultures), len(c.Skipped))
	}
	if got := c.Skipped[0].Reason(i18n.EN); !strings.Contains(got, "dimension") {
		t.Errorf("reason %q", got)
	}
}

func TestCultureKindReasonIsCalibrated(t *testing.T) {
	if !strings.Contains(cultureKindReason(), "culture") {
		t.Errorf("cultureKindReason() = %q", cultureKindReason())
	}
}

// TestMixedCultureFiles: culture results of two culture files are refused
// in culture words unless --mixed.
func TestMixedCultureFiles(t *testing.T) {
	dir := teamtest.Dir(t, teamtest.ThreeCultures)
	other := teamtest.CultureSet()
	other.Hash, other.Language, other.Title = "0123456789abcdef", "en", "Other"
	a := culture.Allocation{4, 3, 3}
	r, err := teamtest.Take(other, "Cas", teamtest.CultureAt, []culture.Allocation{a, a, a}, []culture.Allocation{a, a, a})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := results.Save(dir, r); err != nil {
		t.Fatal(err)
	}
	c := Read([]string{dir})
	me, ok := c.Check(false).(*MixedSetsError)
	if !ok {
		t.Fatalf("err = %v", c.Check(false))
	}
	if msg := me.Message(i18n.NL); !strings.Contains(msg, "2 verschillende cultuurbestanden") || !strings.Contains(msg, "--mixed") {
		t.Errorf("NL: %s", msg)
	}
	if msg := me.Message(i18n.EN); !strings.Contains(msg, "2 different culture files") {
		t.Errorf("EN: %s", msg)
	}
	if err := c.Check(true); err != nil {
		t.Errorf("--mixed: %v", err)
	}
}
