package theme

import (
	"testing"

	"ideale-ambtenaar/profile"
)

// TestPainterMatchesRender: a Painter writes what Render writes for a
// style that only colours and weighs text, and leaves empty lines empty.
func TestPainterMatchesRender(t *testing.T) {
	for _, dark := range []bool{false, true} {
		th := New(dark, true)
		for _, s := range []string{"Bureaucraat", "75%", "é ✓"} {
			if got, want := NewPainter(th.Heading).Paint(s), th.Heading.Render(s); got != want {
				t.Errorf("dark=%v: Paint(%q) = %q, Render gives %q", dark, s, got, want)
			}
		}
		if got := NewPainter(th.Heading).Paint(""); got != "" {
			t.Errorf("Paint(\"\") = %q, want empty", got)
		}
		text, ink := th.TypePainters()
		for _, pt := range profile.Types {
			if got, want := text[pt].Paint("x"), th.TypeStyle(pt).Render("x"); got != want {
				t.Errorf("type text %v = %q, want %q", pt, got, want)
			}
			if ink[pt].Paint("x") == "x" {
				t.Errorf("type ink %v paints nothing in colour", pt)
			}
		}
	}
	_, ink := New(true, false).TypePainters()
	for _, pt := range profile.Types {
		if got := ink[pt].Paint("x"); got != "x" {
			t.Errorf("without colour, ink %v = %q, want plain", pt, got)
		}
	}
}
