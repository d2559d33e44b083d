package results

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

func cultureSurvey(t testing.TB) *culture.Survey {
	t.Helper()
	set := &culture.Set{Title: "Cultuur", Language: "nl", Source: "/home/anna/culture.yaml", Hash: hashA}
	for _, id := range []string{"sfeer", "leiding", "mensen"} {
		set.Dimensions = append(set.Dimensions, culture.Dimension{ID: id, Title: id, Descriptions: [profile.Count]string{"b", "o", "v"}})
	}
	s := culture.NewSurvey(set)
	for _, a := range []culture.Allocation{{6, 2, 2}, {5, 3, 2}, {6, 2, 2}, {2, 4, 4}, {3, 4, 3}, {4, 2, 4}} {
		if err := s.Give(a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// TestCultureResultRoundTrip saves a culture result and reads it back with
// the same figures; the quiz readers skip it with a reason in both
// languages.
func TestCultureResultRoundTrip(t *testing.T) {
	dir := t.TempDir()
	r := NewCultureResult(cultureSurvey(t), "Anna", taken)
	if r.Kind != KindCulture || r.Version != 2 || r.Set.Dimensions != 3 || r.Set.Source != "culture.yaml" {
		t.Fatalf("result %+v", r)
	}
	path, err := Save(dir, r)
	if err != nil {
		t.Fatal(Message(err, i18n.EN))
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{`"kind": "culture"`, `"dimension": "leiding"`, `"version": 2`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("file lacks %s:\n%s", want, data)
		}
	}
	back, err := LoadCulture(path)
	if err != nil {
		t.Fatal(Message(err, i18n.EN))
	}
	cr, ok := back.CultureResult()
	if !ok || cr.Now.Percent != [3]int{57, 23, 20} || cr.Desired.Percent != [3]int{30, 33, 37} || cr.Diff != [3]int{-27, 10, 17} {
		t.Errorf("read back: %+v", cr)
	}
	if back.Culture.Dimensions[1].Desired != (TypeNumbers{3, 4, 3}) {
		t.Errorf("dimension 2: %+v", back.Culture.Dimensions[1])
	}

	// Where a quiz result is expected (the team view reads summaries).
	for name, load := range map[string]func(string) error{
		"LoadSummary": func(p string) error { _, err := LoadSummary(p); return err },
		"LoadFile":    func(p string) error { _, err := LoadFile(p); return err },
	} {
		err := load(path)
		if !errors.Is(err, ErrForeign) {
			t.Fatalf("%s read a culture result: %v", name, err)
		}
		nl, en := Reason(err, i18n.NL), Reason(err, i18n.EN)
		if nl != `dit is een cultuurmeting (kind "culture"), geen quizresultaat; het is hier overgeslagen` {
			t.Errorf("%s NL: %q", name, nl)
		}
		if en != `this is a culture survey (kind "culture"), not a quiz result; it is skipped here` {
			t.Errorf("%s EN: %q", name, en)
		}
	}
}

// TestQuizResultsAcrossVersions: a quiz result of version 1 (no kind) and
// of version 2 both read as quiz results, and not as culture results.
func TestQuizResultsAcrossVersions(t *testing.T) {
	var buf bytes.Buffer
	if err := finishedResult(t, "").Encode(&buf); err != nil {
		t.Fatal(err)
	}
	v2 := buf.String()
	if !strings.Contains(v2, `"kind": "quiz"`) {
		t.Fatalf("new quiz results lack their kind:\n%s", v2)
	}
	v1 := strings.Replace(strings.Replace(v2, `"version": 2`, `"version": 1`, 1), "\n  \"kind\": \"quiz\",", "", 1)
	for name, data := range map[string]string{"v1": v1, "v2": v2} {
		r, err := Decode(strings.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if r.Mix().Points != (profile.Points{2, 1, 1}) {
			t.Errorf("%s: points %v", name, r.Mix().Points)
		}
		_, err = DecodeCulture(strings.NewReader(data))
		if got := Reason(err, i18n.NL); !strings.Contains(got, "dit is een quizresultaat, geen cultuurmeting") {
			t.Errorf("%s as culture: %q", name, got)
		}
	}
	unknown := strings.Replace(v2, `"kind": "quiz"`, `"kind": "poll"`, 1)
	if _, err := Decode(strings.NewReader(unknown)); !strings.Contains(Reason(err, i18n.EN), `unknown kind of result "poll"`) {
		t.Errorf("unknown kind: %v", err)
	}
}

// TestDecodeCultureRefusesInconsistent: allocations that do not share ten
// points, or do not add up to the saved mix, are not a culture result.
func TestDecodeCultureRefusesInconsistent(t *testing.T) {
	var buf bytes.Buffer
	if err := NewCultureResult(cultureSurvey(t), "", taken).Encode(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	if _, err := DecodeCulture(strings.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	compact := func(s string) string { return strings.Join(strings.Fields(s), "") }
	cases := map[string]struct{ from, to, en string }{
		"eleven points": {`"bureaucraat": 6`, `"bureaucraat": 7`, "dimension 1 does not share 10 points"},
		"no hash":       {hashA, "", "no culture-file hash"},
		"no dimensions": {`"dimensions": [`, `"dimensions": [], "x": [`, "without dimensions"},
	}
	for name, c := range cases {
		data := strings.Replace(good, c.from, c.to, 1)
		if data == good {
			t.Fatalf("%s: no edit", name)
		}
		_, err := DecodeCulture(strings.NewReader(data))
		if !errors.Is(err, ErrForeign) || !strings.Contains(Reason(err, i18n.EN), c.en) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Allocations that are each fine but do not match the saved sum.
	sw := strings.Replace(compact(good), `"now":{"bureaucraat":6,"ondernemer":2,"verbinder":2}`, `"now":{"bureaucraat":2,"ondernemer":6,"verbinder":2}`, 1)
	if _, err := DecodeCulture(strings.NewReader(sw)); !strings.Contains(Reason(err, i18n.EN), "do not add up") {
		t.Errorf("mismatch: %v", err)
	}
	if _, err := Save(t.TempDir(), Result{Format: FormatName, Version: Version, Kind: KindCulture}); err == nil {
		t.Error("saved an empty culture result")
	}
}
