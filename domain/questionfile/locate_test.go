package questionfile_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/questionfile"
)

// locateCase is a file with a syntax mistake and where a person puts the
// cursor to fix it, as a test of this package says.
type locateCase struct {
	name string
	data []byte
	want [2]int
}

// locateCases gathers the syntax mistakes of the bad-file tests
// (TestSyntaxErrors, TestSyntaxKinds, TestYAMLTestSuite).
func locateCases(t *testing.T) []locateCase {
	var cs []locateCase
	add := func(name string, data []byte, want string) {
		var c locateCase
		if _, err := fmt.Sscanf(want, "%d:%d:", &c.want[0], &c.want[1]); err != nil {
			t.Fatalf("%s: %q: %v", name, want, err)
		}
		c.name, c.data = name, data
		cs = append(cs, c)
	}
	for _, c := range syntaxErrorCases {
		add(c.name, []byte(c.src), c.want)
	}
	for _, c := range syntaxKindCases {
		add(c.name, []byte(c.src), c.want)
	}
	for _, c := range suiteCases {
		data, err := os.ReadFile(filepath.Join("testdata", "yaml-test-suite", c.id+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, _, ok := questionfile.Locate(data); ok {
			add(c.id, data, c.want)
		}
	}
	return cs
}

// farther reports whether a is farther from want than b: a wrong line
// first, then the distance in columns.
func farther(a, b, want [2]int) bool {
	da, db := [2]int{abs(a[0] - want[0]), abs(a[1] - want[1])}, [2]int{abs(b[0] - want[0]), abs(b[1] - want[1])}
	return da[0] > db[0] || da[0] == db[0] && da[1] > db[1]
}

func abs(n int) int { return max(n, -n) }

// TestLocateMeasure measures the hand-written locating against the YAML
// library's own position (the line it names, column 1) on every syntax
// mistake of the bad-file tests: per spotter, and for locateSyntax's line
// with syntaxColumn's column where no spotter places the mistake. No
// locator may place a case worse than the library; run with -v for the
// counts.
func TestLocateMeasure(t *testing.T) {
	type tally struct{ equal, better, worse int }
	counts := map[string]*tally{}
	count := func(name string, got, lib, want [2]int, c locateCase) {
		tl := counts[name]
		if tl == nil {
			tl = &tally{}
			counts[name] = tl
		}
		switch {
		case farther(got, lib, want):
			tl.worse++
			t.Errorf("%s: %s places it at %d:%d, the library at %d:%d, want %d:%d", c.name, name, got[0], got[1], lib[0], lib[1], want[0], want[1])
		case farther(lib, got, want):
			tl.better++
		default:
			tl.equal++
		}
	}
	for _, c := range locateCases(t) {
		lib, lineCol, loader, by, ok := questionfile.Locate(c.data)
		if !ok {
			t.Errorf("%s: parses", c.name)
			continue
		}
		if loader != c.want {
			t.Errorf("%s: loader places it at %d:%d, want %d:%d", c.name, loader[0], loader[1], c.want[0], c.want[1])
		}
		if by == "" {
			by = "locateSyntax+syntaxColumn"
		}
		count("loader", loader, lib, c.want, c)
		count(by, loader, lib, c.want, c)
		// locateSyntax's line alone, with the library's column 1.
		count("locateSyntax (line only)", [2]int{lineCol[0], 1}, lib, c.want, c)
	}
	var names []string
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	for _, n := range names {
		tl := counts[n]
		fmt.Fprintf(&sb, "%-28s better %2d  equal %2d  worse %2d\n", n, tl.better, tl.equal, tl.worse)
	}
	t.Logf("placed against the library's own line:\n%s", sb.String())
}
