// Package screentest holds the checks that the screens' tests share.
package screentest

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Fits fails the test when the frame out (ANSI codes allowed) has more
// than h lines or a line wider than w cells: a screen must never scroll
// or wrap the terminal it is drawn on.
func Fits(tb testing.TB, out string, w, h int) {
	tb.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) > h {
		tb.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			tb.Errorf("%dx%d: line %d is %d wide: %q", w, h, i+1, n, ansi.Strip(l))
		}
	}
}
