package questionfile_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
)

// suiteCases are the cases of TestYAMLTestSuite: the case ID, where it
// must be reported and a part of the English message.
var suiteCases = []struct{ id, want, wantEN string }{
	// The library cannot read an empty key in braces (": bar" on
	// line 3); the file cut after "{" fails too, only because it ends.
	{"FRK4", "3:3: YAML kan dit niet lezen (did not find expected node content)", "not a value"},
	// "---" inside brackets; "[" alone fails the same way.
	{"N782", "2:1: YAML kan dit niet lezen (did not find expected node content)", "not a value"},
	{"4H7K", "2:13: YAML kan dit niet lezen (did not find expected <document start>); deze ] sluit niets", "this ] closes nothing"},
	// An unclosed quote is placed at the quote, not where the line starts.
	{"CQ3W", "2:6: YAML kan dit niet lezen (found unexpected end of stream); een aanhalingsteken wordt niet gesloten", "a quote is not closed"},
	// A quoted key over two lines: the library's own line (where the key
	// starts) is the place; cutting the file found the line after.
	{"7LBH", "2:1: YAML kan dit niet lezen (could not find expected ':')", "a field name lacks its colon"},
	// A %YAML line after the start of a document, which the library
	// reads as text or as a new document without a word.
	{"RHX7", "3:1: een regel met %YAML of %TAG mag alleen bovenaan het bestand staan", "may only stand at the top"},
	{"EB22", "3:1: een regel met %YAML of %TAG mag alleen bovenaan het bestand staan", "may only stand at the top"},
	{"MUS6-01", "3:1: een regel met %YAML of %TAG mag alleen bovenaan het bestand staan", "may only stand at the top"},
}

// TestYAMLTestSuite loads cases of the YAML test suite (testdata/
// yaml-test-suite) that the loader once placed wrongly or not at all: each
// must be reported at the place to fix, with a tip in both languages.
func TestYAMLTestSuite(t *testing.T) {
	for _, tt := range suiteCases {
		t.Run(tt.id, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "yaml-test-suite", tt.id+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			_, err = questionfile.Parse(questionfile.File{Name: tt.id + ".yaml", Data: data}, nil)
			ps, ok := err.(*questionfile.Problems)
			if !ok {
				t.Fatalf("no problems: %v", err)
			}
			var got []string
			found := false
			for _, p := range ps.List {
				g := fmt.Sprintf("%d:%d: %s", p.Line, p.Column, p.Text.NL)
				got = append(got, g)
				found = found || strings.HasPrefix(g, tt.want) && strings.Contains(p.Text.EN, tt.wantEN)
			}
			if !found {
				t.Errorf("want %q (%q); got:\n%s", tt.want, tt.wantEN, strings.Join(got, "\n"))
			}
		})
	}
}

// TestTags refuses every tag on a value but !!str, where it stands: a
// tag makes the library read a value as something else than the text the
// file shows (!!binary gave a scenario of base64).
func TestTags(t *testing.T) {
	src := `questions:
  - id: a
    scenario: !!binary RXIgc3RhYXQgZWVuIHJpai4=
    context: !!str Balie
    options:
      - {text: !eigen a, type: verbinder}
      - {text: b, scores: {ondernemer: !!int 2}}
`
	ps := mustProblems(t, src)
	checkProblems(t, ps, []string{
		"3:15: tag !!binary: tags (zoals !!binary of !eigen) worden in vragen- en cultuurbestanden niet gebruikt",
		"6:16: tag !eigen: tags",
		"7:40: tag !!int: tags",
	})
	if en := ps.Message(i18n.EN); !strings.Contains(en, "remove the tag") {
		t.Errorf("English message lacks the fix:\n%s", en)
	}
	// !!str only says "text": the file loads.
	if _, err := parseString(strings.NewReplacer("!!binary ", "!!str ", "!eigen ", "", "!!int ", "").Replace(src)); err != nil {
		t.Error(questionfile.Message(err, i18n.NL))
	}
	// A culture file too.
	cps := parseCulture(t, "kind: culture\ndimensions:\n  - id: !!binary YQ==\n")
	found := false
	for _, p := range cps.List {
		found = found || p.Line == 3 && p.Column == 9 && strings.HasPrefix(p.Text.NL, "tag !!binary")
	}
	if !found {
		t.Errorf("culture file: no tag problem at 3:9:\n%s", cps.Message(i18n.NL))
	}
}
