package questionfile_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// builtinCulture is the two embedded culture files.
func builtinCulture(t testing.TB) questionfile.CultureBuiltin {
	t.Helper()
	return quiztest.CultureBuiltin(t)
}

func parseCulture(t *testing.T, src string) *questionfile.Problems {
	t.Helper()
	s, err := questionfile.ParseCulture(questionfile.File{Name: "mijn.yaml", Data: []byte(src)})
	if err == nil {
		t.Fatalf("loaded a broken culture file: %d dimensions", len(s.Dimensions))
	}
	ps, ok := err.(*questionfile.Problems)
	if !ok {
		t.Fatalf("error is %T, want *questionfile.Problems", err)
	}
	if s != nil {
		t.Error("ParseCulture returned a set together with an error")
	}
	return ps
}

// TestCultureBuiltin: both embedded files load, have the same dimensions
// in the same order, and declare their language.
func TestCultureBuiltin(t *testing.T) {
	b := builtinCulture(t)
	nl, err := b.Set(i18n.NL)
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	en, err := b.Set(i18n.EN)
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.EN))
	}
	if nl.Language != "nl" || en.Language != "en" {
		t.Errorf("languages %q, %q", nl.Language, en.Language)
	}
	if len(nl.Dimensions) < 6 || len(nl.Dimensions) != len(en.Dimensions) {
		t.Fatalf("%d Dutch and %d English dimensions; want the same, at least 6", len(nl.Dimensions), len(en.Dimensions))
	}
	for i := range nl.Dimensions {
		if nl.Dimensions[i].ID != en.Dimensions[i].ID {
			t.Errorf("dimension %d: id %q in Dutch, %q in English", i+1, nl.Dimensions[i].ID, en.Dimensions[i].ID)
		}
	}
	if nl.Hash == "" || nl.Source != "culture.yaml" || nl.Title == "" || nl.Intro == "" {
		t.Errorf("set: %+v", nl)
	}
	if _, err := b.Set("de"); err == nil || !strings.Contains(questionfile.Message(err, i18n.NL), `geen ingebouwd cultuurbestand in de taal "de"`) {
		t.Errorf("missing language: %v", err)
	}
}

var wordRE = regexp.MustCompile(`\p{L}+(?:'\p{L}+)?`)

func words(s string) []string { return wordRE.FindAllString(strings.ToLower(s), -1) }

// lix is the readability index: words per sentence plus the percentage of
// words longer than six letters.
func lix(s string) float64 {
	w := words(s)
	sentences := 0
	for _, part := range regexp.MustCompile(`[.!?]+`).Split(s, -1) {
		if strings.TrimSpace(part) != "" {
			sentences++
		}
	}
	long := 0
	for _, x := range w {
		if len([]rune(strings.ReplaceAll(x, "'", ""))) > 6 {
			long++
		}
	}
	return float64(len(w))/float64(max(sentences, 1)) + 100*float64(long)/float64(len(w))
}

// TestCultureContent keeps the built-in descriptions fair: easy to read
// (LIX at most 40, B1), of similar length within a dimension (at most
// 1.25 times the shortest), and no type given away by a word that comes
// back in several of its descriptions but in none of the other types'.
func TestCultureContent(t *testing.T) {
	for l, f := range builtinCulture(t) {
		s, err := questionfile.ParseCulture(f)
		if err != nil {
			t.Fatal(err)
		}
		uses := [profile.Count]map[string]int{}
		for i := range uses {
			uses[i] = map[string]int{}
		}
		for _, d := range s.Dimensions {
			shortest, longest := 1<<30, 0
			for _, typ := range profile.Types {
				text := d.Descriptions[typ]
				n := len([]rune(text))
				shortest, longest = min(shortest, n), max(longest, n)
				if x := lix(text); l == i18n.NL && x > 40 {
					t.Errorf("%s %s %s: LIX %.0f, want at most 40", f.Name, d.ID, typ, x)
				}
				seen := map[string]bool{}
				for _, w := range words(text) {
					if !seen[w] {
						uses[typ][w]++
						seen[w] = true
					}
				}
			}
			if float64(longest) > 1.25*float64(shortest) {
				t.Errorf("%s %s: descriptions of %d to %d characters; keep them within 1.25×", f.Name, d.ID, shortest, longest)
			}
		}
		for _, typ := range profile.Types {
			for w, n := range uses[typ] {
				others := 0
				for _, u := range profile.Types {
					if u != typ {
						others += uses[u][w]
					}
				}
				if n >= 2 && others == 0 {
					t.Errorf("%s: %q is in %d descriptions of %s and in none of the others: it gives the type away", f.Name, w, n, typ)
				}
			}
		}
	}
}

// TestCultureMistakes keeps the messages for a culture file with many
// mistakes, in Dutch and English, as golden files.
func TestCultureMistakes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "culture-mistakes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = questionfile.ParseCulture(questionfile.File{Name: "culture-mistakes.yaml", Data: data})
	if err == nil {
		t.Fatal("culture-mistakes.yaml loads")
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		t.Run(string(l), func(t *testing.T) {
			golden.RequireEqual(t, questionfile.Message(err, l)+"\n")
		})
	}
}

func TestCultureProblems(t *testing.T) {
	three := `
  - id: a
    title: A
    descriptions: {bureaucraat: x, ondernemer: y, verbinder: z}
  - id: b
    title: B
    descriptions: {bureaucraat: x, ondernemer: y, verbinder: z}
  - id: c
    title: C
    descriptions: {bureaucraat: x, ondernemer: y, verbinder: z}
`
	tests := []struct {
		name, src string
		want      []string
	}{
		{"empty", "", []string{"0:0: het bestand is leeg; een cultuurbestand"}},
		{"question file", "language: nl\nquestions:\n  - id: x\n", []string{"1:1: dit is een vragenbestand"}},
		{"no kind", "dimensions:" + three, []string{`1:1: het cultuurbestand mist "kind: culture"`}},
		{"few", "kind: culture\ndimensions:\n  - id: a\n    title: A\n    descriptions: {bureaucraat: x, ondernemer: y, verbinder: z}\n",
			[]string{"2:1: het bestand heeft 1 onderwerpen; er zijn er minstens 3 nodig"}},
		{"no dimensions", "kind: culture\ndimensions: []\n", []string{"2:1: het bestand heeft geen onderwerpen"}},
		{"missing description", "kind: culture\ndimensions:" + strings.Replace(three, ", verbinder: z}\n  - id: b", "}\n  - id: b", 1),
			[]string{`5:19: onderwerp "a" mist de beschrijving voor verbinder`}},
		{"too long", "kind: culture\ndimensions:" + strings.Replace(three, "title: C", "title: "+strings.Repeat("lang ", 13), 1),
			[]string{"10:12: deze tekst is 64 tekens lang; het maximum is 60"}},
		{"bad language", "kind: culture\nlanguage: de\ndimensions:" + three, []string{`2:11: onbekende taal "de"`}},
		// After the tab, the rest is checked as if it were spaces.
		{"tab", "kind: culture\ndimensions:\n\t- id: a\n", []string{"2:1: het bestand heeft 1 onderwerpen",
			"3:1: deze regel springt in met een tab", `3:4: onderwerp "a" mist het veld "title"`, `3:4: onderwerp "a" mist het veld "descriptions"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, parseCulture(t, tt.src), tt.want)
		})
	}
	// The shortest valid file.
	s, err := questionfile.ParseCulture(questionfile.File{Name: "mijn.yaml", Data: []byte("kind: culture\ndimensions:" + three)})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Dimensions) != 3 || s.Dimensions[2].Descriptions[profile.Verbinder] != "z" || s.Language != "nl" {
		t.Errorf("set: %+v", s)
	}
	if culture.MinDimensions != 3 {
		t.Errorf("the test assumes MinDimensions 3")
	}
}

func TestLoadCultureFileErrors(t *testing.T) {
	_, err := questionfile.LoadCulture(filepath.Join(t.TempDir(), "weg.yaml"))
	if got := questionfile.Message(err, i18n.EN); !strings.Contains(got, "weg.yaml: file not found") {
		t.Errorf("message: %q", got)
	}
}

func BenchmarkParseCulture(b *testing.B) {
	f := builtinCulture(b)[i18n.NL]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := questionfile.ParseCulture(f); err != nil {
			b.Fatal(err)
		}
	}
}
