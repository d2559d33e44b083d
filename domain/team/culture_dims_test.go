package team

import (
	"testing"

	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/profile"
)

// TestDimensionsHandComputed checks the picture per dimension against the
// example of teamtest.ThreeCultures, worked out by hand:
//
//	leiding     now  50 30 20, 50 30 20, 60 20 20 → 160 80 60 /3 → 53.3 26.7 20 → 53 27 20
//	            des  40 40 20, 40 20 40, 30 30 40 → 36.7 30 33.3 → 37 30 33; shift −16 +3 +13
//	bindmiddel  now  40 40 20, 50 30 20, 60 20 20 → 50 30 20; desired as above; shift −13 0 +13
//	succes      as bindmiddel
func TestDimensionsHandComputed(t *testing.T) {
	c := Read([]string{teamtest.Dir(t, teamtest.ThreeCultures)})
	s := c.SummarizeCultures()
	want := []struct {
		id                string
		now, desired, sht [profile.Count]int
	}{
		{"leiding", [3]int{53, 27, 20}, [3]int{37, 30, 33}, [3]int{-16, 3, 13}},
		{"bindmiddel", [3]int{50, 30, 20}, [3]int{37, 30, 33}, [3]int{-13, 0, 13}},
		{"succes", [3]int{50, 30, 20}, [3]int{37, 30, 33}, [3]int{-13, 0, 13}},
	}
	if len(s.Dimensions) != len(want) {
		t.Fatalf("%d dimensions: %+v", len(s.Dimensions), s.Dimensions)
	}
	for i, w := range want {
		d := s.Dimensions[i]
		if d.Dimension != w.id || d.Count != 3 || d.Now.Percent != w.now || d.Desired.Percent != w.desired || d.Shift != w.sht {
			t.Errorf("dimension %d: %s n=%d now %v desired %v shift %v; want %s n=3 now %v desired %v shift %v",
				i, d.Dimension, d.Count, d.Now.Percent, d.Desired.Percent, d.Shift, w.id, w.now, w.desired, w.sht)
		}
	}
	// The totals are those of SummarizeCulture alone.
	if base := SummarizeCulture(c.CultureMixes()); base.Now != s.Now || base.Desired != s.Desired || base.Shift != s.Shift {
		t.Errorf("totals differ: %+v vs %+v", base, s)
	}
	if SummarizeDimensions(nil) != nil {
		t.Error("no participants gave dimensions")
	}
}
