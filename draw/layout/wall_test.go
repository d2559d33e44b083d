package layout

import (
	"strings"
	"testing"
)

func TestWide(t *testing.T) {
	for _, c := range []struct{ w, want int }{
		{40, Column(40)}, {80, 72}, {119, 72}, {120, 100}, {160, 110}, {200, 120}, {300, 120},
	} {
		if got := Wide(c.w); got != c.want {
			t.Errorf("Wide(%d) = %d, want %d", c.w, got, c.want)
		}
	}
}

func TestFooted(t *testing.T) {
	body := "a\nb\n\n\n"
	// Off a wall: padded, the footer on the last row.
	got := Footed(body, "f", 8, false, false)
	if want := "a\nb\n\n\n\n\n\nf"; got != want {
		t.Errorf("pinned = %q, want %q", got, want)
	}
	// On a wall: the footer one blank line under the content.
	got = Footed(body, "f", 8, true, false)
	if want := "a\nb\n\nf"; got != want {
		t.Errorf("under = %q, want %q", got, want)
	}
	// Centred: content and footer together in the middle.
	got = Footed("\n\na\nb", "f", 10, true, true)
	if want := "\n\n\na\nb\n\nf"; got != want {
		t.Errorf("centred = %q, want %q", got, want)
	}
	// Never more than h lines.
	got = Footed(strings.Repeat("x\n", 20), "f\ng", 6, true, true)
	if n := len(strings.Split(got, "\n")); n != 6 || !strings.HasSuffix(got, "\n\nf\ng") {
		t.Errorf("tall body: %d lines %q", n, got)
	}
}
