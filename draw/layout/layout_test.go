package layout

import (
	"slices"
	"testing"
)

func TestShift(t *testing.T) {
	in := []string{"ab", "", "c"}
	if got, want := Shift(in, 2), []string{"  ab", "", "  c"}; !slices.Equal(got, want) {
		t.Errorf("Shift = %q, want %q", got, want)
	}
	if !slices.Equal(in, []string{"ab", "", "c"}) {
		t.Errorf("Shift changed its input: %q", in)
	}
	if got := Shift(in, 0); !slices.Equal(got, in) {
		t.Errorf("Shift by 0 = %q", got)
	}
}

func TestClampLines(t *testing.T) {
	if got, want := ClampLines([]string{"abcdef", "gh", "ij"}, 4, 2), "abcd\ngh"; got != want {
		t.Errorf("ClampLines = %q, want %q", got, want)
	}
	if got, want := Clamp("abcdef\ngh\nij", 4, 2), "abcd\ngh"; got != want {
		t.Errorf("Clamp = %q, want %q", got, want)
	}
}
