// Package teamtest writes the culture results of the hand-computed group
// example, for the tests of team, teamreport and the team command. It is
// used by tests only.
package teamtest

import (
	"fmt"
	"testing"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/profile"
)

// CultureAt is the time of the first of ThreeCultures.
var CultureAt = time.Date(2026, 11, 28, 14, 0, 0, 0, time.UTC)

// CultureSet is the culture file the three results belong to: three
// dimensions, Dutch.
func CultureSet() *culture.Set {
	s := &culture.Set{
		Title:    "Cultuur van Afdeling Noord",
		Language: "nl",
		Source:   "cultuur.yaml",
		Hash:     "c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc",
	}
	for _, id := range []string{"leiding", "bindmiddel", "succes"} {
		s.Dimensions = append(s.Dimensions, culture.Dimension{ID: id, Title: id, Descriptions: [profile.Count]string{"b", "o", "v"}})
	}
	return s
}

// Take walks set with the allocations of now and of desired (one per
// dimension each) and returns the result as saved.
func Take(set *culture.Set, name string, at time.Time, now, desired []culture.Allocation) (results.Result, error) {
	s := culture.NewSurvey(set)
	for _, a := range append(append([]culture.Allocation(nil), now...), desired...) {
		if err := s.Give(a); err != nil {
			return results.Result{}, err
		}
	}
	if !s.Done() {
		return results.Result{}, fmt.Errorf("survey not finished after %d allocations", len(now)+len(desired))
	}
	return results.NewCultureResult(s, name, at), nil
}

// ThreeCultures saves the three culture results of the hand-computed
// example in dir (latest first, so that numbering by time is tested).
// Three dimensions of 10 points, so 30 points per pass:
//
//	                     now points → percent      desired points → percent   change
//	Anna      (14:00)   18  6  6 → 60 20 20        9  9 12 → 30 30 40        −30 +10 +20
//	anonymous (14:05)   15  9  6 → 50 30 20       12  6 12 → 40 20 40        −10 −10 +20
//	Bas       (14:10)   13 11  6 → 43 37 20       12 12  6 → 40 40 20         −3  +3   0
//
// Bas's now is 43.33/36.67/20 → largest remainder 43/37/20.
// Average now: 153/3, 87/3, 60/3 = 51, 29, 20. Average desired:
// 110/3, 90/3, 100/3 = 36.67, 30, 33.33 → largest remainder 37, 30, 33.
// Shift (desired − now): −14, +1, +13; bureaucraat and verbinder stand out.
// Less bureaucraat: 3 of 3; more verbinder: 2 of 3 (Bas keeps 20);
// ondernemer: 2 more, 1 less. Spread now: 43–60, 20–37, 20–20; desired:
// 30–40, 20–40, 20–40.
func ThreeCultures(dir string) error {
	set := CultureSet()
	rep := func(a culture.Allocation) []culture.Allocation { return []culture.Allocation{a, a, a} }
	for _, r := range []struct {
		name         string
		at           time.Time
		now, desired []culture.Allocation
	}{
		{"Bas", CultureAt.Add(10 * time.Minute), []culture.Allocation{{5, 3, 2}, {4, 4, 2}, {4, 4, 2}}, rep(culture.Allocation{4, 4, 2})},
		{"", CultureAt.Add(5 * time.Minute), rep(culture.Allocation{5, 3, 2}), rep(culture.Allocation{4, 2, 4})},
		{"Anna", CultureAt, rep(culture.Allocation{6, 2, 2}), rep(culture.Allocation{3, 3, 4})},
	} {
		res, err := Take(set, r.name, r.at, r.now, r.desired)
		if err != nil {
			return err
		}
		if _, err := results.Save(dir, res); err != nil {
			return err
		}
	}
	return nil
}

// Dir runs write (ThreeCultures, gendata.ThreeResults) on a new temporary
// directory of t and returns its path; an error from write fails t.
func Dir(t testing.TB, write func(dir string) error) string {
	t.Helper()
	dir := t.TempDir()
	if err := write(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}
