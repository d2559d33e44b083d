package questionfile

import (
	"testing"

	"ideale-ambtenaar/i18n"
)

func TestSuggest(t *testing.T) {
	allowed := []string{"id", "context", "scenario", "options"}
	for got, want := range map[string]string{
		"scenaro":  "scenario",
		"Scenario": "scenario",
		"optoins":  "options",
		"contxt":   "context",
		"ID":       "id",
		"situatie": "scenario", // a Dutch name
		"opties":   "options",
		"kleur":    "",
		"x":        "", // too short to be close to anything meaningfully
		"scenario": "", // exact: no suggestion
		"titel":    "", // a known Dutch name, but not allowed here
	} {
		if s := suggest(got, allowed); s != want {
			t.Errorf("suggest(%q) = %q, want %q", got, s, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"abc", "", 3}, {"kitten", "sitting", 3},
		{"verbindr", "verbinder", 1}, {"één", "een", 2},
	} {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\ncé\xffx\n")
	for off, want := range map[int][2]int{0: {1, 1}, 2: {1, 3}, 3: {2, 1}, 4: {2, 2}, 6: {2, 3}, 7: {2, 4}, 100: {3, 1}} {
		if l, c := position(data, off); l != want[0] || c != want[1] {
			t.Errorf("position(%d) = %d:%d, want %d:%d", off, l, c, want[0], want[1])
		}
	}
}

func TestSizeString(t *testing.T) {
	for n, want := range map[int]i18n.Text{
		100:           {NL: "100 bytes", EN: "100 bytes"},
		2048:          {NL: "2 KiB", EN: "2 KiB"},
		2049:          {NL: "3 KiB", EN: "3 KiB"},
		1 << 20:       {NL: "1 MiB", EN: "1 MiB"},
		1<<20 + 1:     {NL: "1,1 MiB", EN: "1.1 MiB"},
		5*1<<20 + 100: {NL: "5,1 MiB", EN: "5.1 MiB"},
	} {
		if got := sizeString(n); got != want {
			t.Errorf("sizeString(%d) = %+v, want %+v", n, got, want)
		}
	}
}
