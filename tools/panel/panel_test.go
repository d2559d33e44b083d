package main

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tiny is a made-up set: two scenarios, keys in varying order.
func tiny() *set {
	return &set{Path: "tiny.yaml", Language: "nl", Questions: []question{
		{ID: "a", Scenario: "Situatie a.", Options: []option{
			{Text: "Je volgt de regel.", Type: "bureaucraat"},
			{Text: "Je regelt het nu.", Type: "ondernemer"},
			{Text: "Je belt de buurt.", Type: "verbinder"},
		}},
		{ID: "b", Scenario: "Situatie b.", Options: []option{
			{Text: "Je belt de buurt.", Type: "verbinder"},
			{Text: "Je volgt de regel.", Scores: map[string]int{"bureaucraat": 1}},
			{Text: "Je regelt het nu.", Type: "ondernemer"},
		}},
	}}
}

func TestRatings(t *testing.T) {
	s := tiny()
	dir := t.TempDir()
	// Rater 1 agrees with the key everywhere; rater 2 swaps a's first two
	// options, fills in initials, uses semicolons and leaves one cell open.
	// Scenario b has option 1 far ahead on attractiveness.
	files := map[string]string{
		"r1.csv": "scenario_id,option_index,type,attractiveness\n" +
			"a,1,bureaucraat,3\na,2,ondernemer,3\na,3,verbinder,4\n" +
			"b,1,verbinder,5\nb,2,bureaucraat,2\nb,3,ondernemer,3\n",
		"r2.csv": "\ufeffscenario_id;option_index;type;attractiveness\n" +
			"a;1;o;3\na;2;b;4\na;3;verbinder;\n" +
			"b;1;Connector;5\nb;2;bureaucraat;3\nb;3;ondernemer;3\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := readRatingsDir(dir, s)
	if err != nil {
		t.Fatal(err)
	}
	r := analyseRatings(s, rs)
	if r.Typed != 12 || r.Agree != 10 {
		t.Errorf("overall agreement %d of %d, want 10 of 12", r.Agree, r.Typed)
	}
	if o := r.Options[0]; o.Agree != 1 || o.Typed != 2 {
		t.Errorf("a option 1: %d of %d agree, want 1 of 2", o.Agree, o.Typed)
	}
	if o := r.Options[2]; o.Rated != 1 || o.MeanAttr != 4 {
		t.Errorf("a option 3: %d ratings mean %.2f, want 1 rating of 4", o.Rated, o.MeanAttr)
	}
	want := map[string]bool{"a": false, "b": true}
	for _, sc := range r.Scenarios {
		if sc.Flagged != want[sc.ID] {
			t.Errorf("scenario %s flagged %v (lead %.2f), want %v", sc.ID, sc.Flagged, sc.Lead, want[sc.ID])
		}
	}
	if len(r.Scenarios) != 2 || r.Scenarios[1].Best != 1 || math.Abs(r.Scenarios[1].Lead-2) > 1e-9 {
		t.Errorf("scenario b: %+v, want option 1 leading by 2", r.Scenarios)
	}
}

func TestRatingsRejectBadInput(t *testing.T) {
	s := tiny()
	head := "scenario_id,option_index,type,attractiveness\n"
	for name, body := range map[string]string{
		"unknown scenario": head + "zz,1,b,3\n",
		"index too high":   head + "a,4,b,3\n",
		"index not number": head + "a,x,b,3\n",
		"unknown type":     head + "a,1,manager,3\n",
		"attractiveness":   head + "a,1,b,9\n",
		"missing column":   "scenario_id,option_index,type\na,1,b\n",
		"empty file":       "",
	} {
		if _, err := readRatings(strings.NewReader(body), "r.csv", "r", s); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestGiveaways(t *testing.T) {
	s := tiny()
	s.Questions = append(s.Questions, question{ID: "c", Options: []option{
		{Text: "Je volgt de regel.", Type: "bureaucraat"},
		{Text: "Je belt de buurt nu.", Type: "ondernemer"},
	}})
	got := giveaways(s, "nl", 3)
	if len(got) != 2 || got[0].Word != "regel" || got[1].Word != "volgt" {
		t.Errorf("giveaways = %+v, want regel and volgt for bureaucraat", got)
	}
}

func TestBlindSheetHidesKey(t *testing.T) {
	s := tiny()
	s.Questions[0].Scenario = "Situatie \x1b[31ma."
	md, rows := blindSheet(s, "nl", rand.New(rand.NewPCG(1, 2)))
	options := 0
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "- **[") {
			continue
		}
		options++
		for _, k := range typeKeys {
			if strings.Contains(line, k) {
				t.Errorf("sheet shows key %s: %q", k, line)
			}
		}
	}
	if options != 6 {
		t.Errorf("sheet lists %d options, want 6", options)
	}
	if strings.ContainsRune(md, '\x1b') {
		t.Error("sheet passes a control character through")
	}
	if len(rows) != 6 || rows[0][0] != "a" || rows[0][2] != "" || rows[0][3] != "" {
		t.Errorf("rows = %q", rows)
	}
}

func TestRunOnShippedSets(t *testing.T) {
	// The shipped sets must meet every threshold: -strict fails otherwise.
	var out, errOut strings.Builder
	root := filepath.Join("..", "..")
	code := run([]string{"-strict", "-nl", filepath.Join(root, "questions.yaml"), "-en", filepath.Join(root, "questions.en.yaml"),
		"-ratings", t.TempDir()}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out.String(), errOut.String())
	}
	if strings.Contains(out.String(), "NOT OK") {
		t.Errorf("a threshold is not met:\n%s", out.String())
	}
}

func TestRunRejectsBadInput(t *testing.T) {
	for name, args := range map[string][]string{
		"missing file": {"-nl", filepath.Join(t.TempDir(), "nope.yaml")},
		"extra args":   {"extra"},
		"unknown flag": {"-frobnicate"},
		"unknown lang": {"-lang", "fr"},
		"blind lang":   {"-blind", filepath.Join(t.TempDir(), "x.md"), "-blind-lang", "de"},
	} {
		var out, errOut strings.Builder
		if code := run(args, &out, &errOut); code == 0 || errOut.Len() == 0 {
			t.Errorf("%s: exit %d, stderr %q; want a message and a non-zero exit", name, code, errOut.String())
		}
	}
}

func TestTagsCounted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.yaml")
	body := "questions:\n  - id: a\n    scenario: S.\n    options:\n" +
		"      - text: X.\n        type: bureaucraat # best\n" +
		"      - text: Y.\n        type: ondernemer # risk\n" +
		"      - text: Z.\n        type: verbinder\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := loadSet(path)
	if err != nil {
		t.Fatal(err)
	}
	if c := s.Shown["bureaucraat"]; c == nil || c.Best != 1 || c.Risk != 0 {
		t.Errorf("bureaucraat shown %+v, want 1 best", c)
	}
	if c := s.Shown["ondernemer"]; c == nil || c.Risk != 1 {
		t.Errorf("ondernemer shown %+v, want 1 risk", c)
	}
	if s.Shown["verbinder"] != nil {
		t.Errorf("an untagged option was counted")
	}
}

// TestPooledRatings: earlier rounds count for a scenario only from the
// round changed.txt names; the current ratings are the round after the
// last roundN folder.
func TestPooledRatings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	head := "scenario_id,option_index,type,attractiveness\n"
	write("round1/r.csv", head+"a,1,b,5\nb,1,v,5\n")
	write("ratings/r.csv", head+"a,1,b,3\nb,1,v,3\n")
	write("changed.txt", "# b was rewritten before round 2\n* 1\nb 2\n")
	rs, err := pooledRatings(dir, tiny())
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, r := range rs {
		count[r.Scenario]++
	}
	if count["a"] != 2 || count["b"] != 1 {
		t.Errorf("pooled %v, want a from both rounds and b from round 2 only", count)
	}
}

func TestRatingsPerLanguageAndType(t *testing.T) {
	s := tiny()
	dir := t.TempDir()
	head := "scenario_id,option_index,type,attractiveness\n"
	files := map[string]string{
		"nl-anna.csv": head + "a,1,b,4\na,2,o,2\na,3,v,3\nb,1,v,3\nb,2,b,4\nb,3,o,2\n",
		"EN-bob.csv":  head + "a,1,b,3\na,2,o,3\na,3,v,3\n",
		"old.csv":     head + "a,1,b,5\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := readRatingsDir(dir, s)
	if err != nil {
		t.Fatal(err)
	}
	if n, e := len(byLang(rs, "nl")), len(byLang(rs, "en")); n != 6 || e != 3 {
		t.Errorf("nl %d en %d ratings, want 6 and 3", n, e)
	}
	r := analyseRatings(s, byLang(rs, "nl"))
	if r.TypeMean["bureaucraat"] != 4 || r.TypeMean["ondernemer"] != 2 || r.TypeMean["verbinder"] != 3 || math.Abs(r.TypeGap-2) > 1e-9 {
		t.Errorf("nl type means %v gap %.2f, want B 4, O 2, V 3, gap 2", r.TypeMean, r.TypeGap)
	}
	var b strings.Builder
	printRatingsByLang(&b, s, rs, "")
	for _, want := range []string{"== nl raters only", "== en raters only", "largest difference"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
