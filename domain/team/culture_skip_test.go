package team

import (
	"testing"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/mix"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
)

// TestCultureResultIsSkipped: a culture survey saved in a team folder is
// skipped with a reason in both languages, not read as a person's mix.
func TestCultureResultIsSkipped(t *testing.T) {
	dir := t.TempDir()
	set := &culture.Set{Language: "nl", Hash: "abcdef0123456789", Source: "culture.yaml"}
	for _, id := range []string{"a", "b", "c"} {
		set.Dimensions = append(set.Dimensions, culture.Dimension{ID: id, Descriptions: [mix.Count]string{"b", "o", "v"}})
	}
	s := culture.NewSurvey(set)
	for range s.Steps() {
		if err := s.Give(culture.Allocation{4, 3, 3}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := results.Save(dir, results.NewCultureResult(s, "Team", time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC))); err != nil {
		t.Fatal(err)
	}
	c := Read([]string{dir})
	if len(c.Participants) != 0 || len(c.Skipped) != 1 {
		t.Fatalf("%d participants, %d skipped", len(c.Participants), len(c.Skipped))
	}
	if got := c.Skipped[0].Reason(i18n.NL); got != `dit is een cultuurmeting (kind "culture"), geen quizresultaat; het is hier overgeslagen` {
		t.Errorf("NL %q", got)
	}
	if got := c.Skipped[0].Reason(i18n.EN); got != `this is a culture survey (kind "culture"), not a quiz result; it is skipped here` {
		t.Errorf("EN %q", got)
	}
}
