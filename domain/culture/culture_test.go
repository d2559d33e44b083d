package culture_test

import (
	"errors"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

func testSet(n int) *culture.Set {
	s := &culture.Set{Language: "nl"}
	for i := range n {
		s.Dimensions = append(s.Dimensions, culture.Dimension{
			ID:           string(rune('a' + i)),
			Title:        "Onderwerp",
			Descriptions: [profile.Count]string{"b", "o", "v"},
		})
	}
	return s
}

func TestAllocationCheck(t *testing.T) {
	tests := []struct {
		a       culture.Allocation
		problem culture.Problem
		nl      string
	}{
		{culture.Allocation{5, 3, 2}, 0, ""},
		{culture.Allocation{10, 0, 0}, 0, ""},
		{culture.Allocation{0, 0, 10}, 0, ""},
		{culture.Allocation{5, 3, 1}, culture.TooFew, "je hebt 9 van de 10 punten verdeeld; er is nog 1 punt over"},
		{culture.Allocation{0, 0, 0}, culture.TooFew, "er zijn er nog 10 over"},
		{culture.Allocation{5, 5, 2}, culture.TooMany, "je hebt 12 punten verdeeld, maar er zijn er 10; haal er 2 weg"},
		{culture.Allocation{11, -1, 0}, culture.OutOfRange, "van 0 tot en met 10"},
		{culture.Allocation{-2, 6, 6}, culture.OutOfRange, "van 0 tot en met 10"},
	}
	for _, tt := range tests {
		err := tt.a.Check()
		if tt.problem == 0 {
			if err != nil {
				t.Errorf("%v: %v", tt.a, err)
			}
			continue
		}
		var ae *culture.AllocationError
		if !errors.As(err, &ae) || ae.Problem != tt.problem {
			t.Errorf("%v: error %v, want problem %d", tt.a, err, tt.problem)
			continue
		}
		if got := ae.Message(i18n.NL); !strings.Contains(got, tt.nl) {
			t.Errorf("%v: Dutch %q, want %q", tt.a, got, tt.nl)
		}
		if ae.Message(i18n.EN) == ae.Message(i18n.NL) {
			t.Errorf("%v: no English message", tt.a)
		}
	}
	if got := (culture.Allocation{5, 3, 1}).Left(); got != 1 {
		t.Errorf("Left = %d", got)
	}
	if got := (culture.Allocation{6, 6, 0}).Left(); got != -2 {
		t.Errorf("Left = %d", got)
	}
}

func TestParseAllocation(t *testing.T) {
	tests := []struct {
		in      string
		want    culture.Allocation
		problem culture.Problem
		en      string
	}{
		{"5 3 2", culture.Allocation{5, 3, 2}, 0, ""},
		{"  10,0,0 \r", culture.Allocation{10, 0, 0}, 0, ""},
		{"4/4/2", culture.Allocation{4, 4, 2}, 0, ""},
		{"4; 3; 3", culture.Allocation{4, 3, 3}, 0, ""},
		{"5 3", culture.Allocation{}, culture.WrongCount, "type three numbers, one per description, such as 5 3 2 (you typed 2)"},
		{"", culture.Allocation{}, culture.WrongCount, "(you typed 0)"},
		{"1 2 3 4", culture.Allocation{}, culture.WrongCount, "(you typed 4)"},
		{"5 drie 2", culture.Allocation{}, culture.NotNumber, `"drie" is not a whole number`},
		{"5 2.5 2.5", culture.Allocation{}, culture.NotNumber, `"2.5" is not a whole number`},
		{"5 \x1b[31m 2", culture.Allocation{}, culture.NotNumber, `"[31m" is not`},
		{"99999999999999999999 0 0", culture.Allocation{}, culture.OutOfRange, "from 0 to 10"},
		{"12 -1 -1", culture.Allocation{}, culture.OutOfRange, "from 0 to 10"},
		{"5 3 1", culture.Allocation{5, 3, 1}, culture.TooFew, "1 point is still left"},
		{"5 5 5", culture.Allocation{5, 5, 5}, culture.TooMany, "take 5 away"},
	}
	for _, tt := range tests {
		a, err := culture.ParseAllocation(tt.in)
		if tt.problem == 0 {
			if err != nil || a != tt.want {
				t.Errorf("%q: %v, %v", tt.in, a, err)
			}
			continue
		}
		var ae *culture.AllocationError
		if !errors.As(err, &ae) || ae.Problem != tt.problem {
			t.Errorf("%q: error %v, want problem %d", tt.in, err, tt.problem)
			continue
		}
		if got := ae.Message(i18n.EN); !strings.Contains(got, tt.en) || strings.ContainsRune(got, 0x1b) {
			t.Errorf("%q: %q, want %q", tt.in, got, tt.en)
		}
	}
}

// TestSurveyWalk walks both passes of three dimensions with a back step
// across the border between the passes.
func TestSurveyWalk(t *testing.T) {
	s := culture.NewSurvey(testSet(3))
	if s.Steps() != 6 || s.Len() != 3 || s.Pass() != culture.Now || s.Index() != 0 || s.Done() {
		t.Fatalf("start: steps %d, pass %d, index %d", s.Steps(), s.Pass(), s.Index())
	}
	if s.Back() {
		t.Error("Back at the first step")
	}
	if err := s.Give(culture.Allocation{5, 3, 1}); err == nil || s.Step() != 0 {
		t.Error("an allocation of 9 points was taken")
	}
	give := func(a culture.Allocation) {
		t.Helper()
		if err := s.Give(a); err != nil {
			t.Fatal(err)
		}
	}
	give(culture.Allocation{6, 2, 2})
	give(culture.Allocation{5, 3, 2})
	give(culture.Allocation{7, 1, 2})
	if s.Pass() != culture.Desired || s.Index() != 0 {
		t.Fatalf("after the first pass: pass %d, index %d", s.Pass(), s.Index())
	}
	if _, ok := s.Given(); ok {
		t.Error("desired pass starts with an answer")
	}
	// Back over the border shows what was given for the last "now".
	if !s.Back() || s.Pass() != culture.Now || s.Index() != 2 {
		t.Fatalf("back: pass %d, index %d", s.Pass(), s.Index())
	}
	if a, ok := s.Given(); !ok || a != (culture.Allocation{7, 1, 2}) {
		t.Errorf("given after back: %v, %v", a, ok)
	}
	give(culture.Allocation{6, 2, 2}) // changed on the way back
	give(culture.Allocation{2, 4, 4})
	give(culture.Allocation{3, 4, 3})
	give(culture.Allocation{4, 2, 4})
	if !s.Done() || s.Step() != 6 {
		t.Fatalf("not done: step %d", s.Step())
	}
	if err := s.Give(culture.Allocation{10, 0, 0}); err != nil {
		t.Error("Give after done:", err)
	}
	if got := s.Points(culture.Now); got != (profile.Points{17, 7, 6}) {
		t.Errorf("now points %v", got)
	}
	if got := s.Points(culture.Desired); got != (profile.Points{9, 10, 11}) {
		t.Errorf("desired points %v", got)
	}
	if got := s.Allocations(culture.Now); len(got) != 3 || got[2] != (culture.Allocation{6, 2, 2}) {
		t.Errorf("allocations %v", got)
	}
	// Back from done goes to the last step, with its answer.
	if !s.Back() || s.Done() || s.Index() != 2 {
		t.Error("back from done")
	}
	if a, _ := s.Given(); a != (culture.Allocation{4, 2, 4}) {
		t.Errorf("given %v", a)
	}
}

// TestResultByHand checks the figures of the walk above, worked out by
// hand. Now: 17, 7, 6 of 30 points = 56.67, 23.33, 20 → 57, 23, 20
// (largest remainder gives the one left to bureaucraat, .67). Desired: 9,
// 10, 11 of 30 = 30, 33.33, 36.67 → 30, 33, 37. Differences: −27, +10,
// +17. Notable (≥ 10 either way): all three. Biggest: bureaucraat, −27.
func TestResultByHand(t *testing.T) {
	r := culture.Compare(profile.Points{17, 7, 6}, profile.Points{9, 10, 11})
	if r.Now.Percent != [3]int{57, 23, 20} || r.Desired.Percent != [3]int{30, 33, 37} {
		t.Fatalf("percent now %v, desired %v", r.Now.Percent, r.Desired.Percent)
	}
	if r.Diff != [3]int{-27, 10, 17} {
		t.Errorf("diff %v", r.Diff)
	}
	if got := r.NotableTypes(); len(got) != 3 {
		t.Errorf("notable %v", got)
	}
	if ty, ok := r.BiggestShift(); !ok || ty != profile.Bureaucraat {
		t.Errorf("biggest %v %v", ty, ok)
	}
	if got := r.Sentence(i18n.NL); got != "De grootste verschuiving: minder bureaucraat, van 57% nu naar 30% gewenst (−27)." {
		t.Errorf("sentence %q", got)
	}
	if got := r.Sentence(i18n.EN); got != "The biggest shift: less of the bureaucrat, from 57% now to 30% desired (−27)." {
		t.Errorf("sentence %q", got)
	}

	// 20, 20, 20 of 60 → equal points give equal percentages: 33, 33, 33
	// (profile.Percentages). Desired 24, 18, 18 → 40, 30, 30. Diff +7,
	// −3, −3: nothing notable; the biggest is bureaucraat, +7.
	r = culture.Compare(profile.Points{20, 20, 20}, profile.Points{24, 18, 18})
	if r.Now.Percent != [3]int{33, 33, 33} || r.Diff != [3]int{7, -3, -3} || len(r.NotableTypes()) != 0 || r.Notable(profile.Bureaucraat) {
		t.Errorf("balanced: %v %v", r.Now.Percent, r.Diff)
	}
	if got := r.Sentence(i18n.EN); got != "The biggest shift: more of the bureaucrat, from 33% now to 40% desired (+7)." {
		t.Errorf("sentence %q", got)
	}

	// A tie in size: −10 and +10 → the first in type order; exactly 10 is
	// notable.
	r = culture.Compare(profile.Points{4, 3, 3}, profile.Points{3, 4, 3})
	if ty, _ := r.BiggestShift(); ty != profile.Bureaucraat || !r.Notable(profile.Ondernemer) || r.Notable(profile.Verbinder) {
		t.Errorf("tie: %v %v", ty, r.Diff)
	}

	// No shift at all.
	r = culture.Compare(profile.Points{5, 3, 2}, profile.Points{5, 3, 2})
	if _, ok := r.BiggestShift(); ok || !strings.Contains(r.Sentence(i18n.NL), "geen verschuiving") {
		t.Errorf("no shift: %q", r.Sentence(i18n.NL))
	}
}

func TestSigned(t *testing.T) {
	for d, want := range map[int]string{15: "+15", -5: "−5", 0: "0"} {
		if got := culture.Signed(d); got != want {
			t.Errorf("Signed(%d) = %q", d, got)
		}
	}
}

// TestTypeNames: the names used in running text.
func TestTypeNames(t *testing.T) {
	if culture.TypeName(profile.Verbinder, i18n.EN) != "connector" || culture.TypeName(profile.Ondernemer, i18n.NL) != "ondernemer" {
		t.Error("type names")
	}
}
