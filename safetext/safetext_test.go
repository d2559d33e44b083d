package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// unsafe lists what may never come out of Line, Text or Name.
func unsafeRune(r rune, multiLine bool) bool {
	switch {
	case r == '\n':
		return !multiLine
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

func checkSafe(t *testing.T, fn, in, out string, multiLine bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s(%q) = %q: not valid UTF-8", fn, in, out)
	}
	for _, r := range out {
		if unsafeRune(r, multiLine) {
			t.Errorf("%s(%q) = %q: holds %U", fn, in, out, r)
		}
	}
}

func TestLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Zoë de Vries", "Zoë de Vries"},
		{"  Jan \t\n Jansen  ", "Jan Jansen"},
		{"Jan\r\nJansen", "Jan Jansen"},
		{"a\x1b[31mb", "ab"}, // the whole escape sequence goes, not only ESC
		{"\x1b]0;pwn\x07title", "title"},
		{"evil\u202egnp.json", "evilgnp.json"},
		{"\u2066x\u2069 \u200ey\u200f", "x y"},
		{"a\u0085b\u2028c\u2029d", "a b c d"},
		{"a\x7fb\u009bc", "a b c"},
		{"a\xffb", "a\ufffdb"},
		{"a\u00a0\u00a0b", "a b"},
		{"\ufeffBOM", "BOM"},
		{"👩\u200d💻", "👩\u200d💻"},
	} {
		got := Line(c.in)
		if got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
		checkSafe(t, "Line", c.in, got, false)
	}
}

func TestText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"one\ntwo", "one\ntwo"},
		{"one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"a\tb", "a b"},
		{"a\x1b[2Jb\x07", "ab"},
		{"x\u202ey\u2028z", "xy\nz"},
		{"a\xc0b", "a\ufffdb"},
		{"  indented\n", "  indented\n"},
		{"prijs\u00a0€ 5", "prijs\u00a0€ 5"},
	} {
		got := Text(c.in)
		if got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
		checkSafe(t, "Text", c.in, got, true)
	}
}

func TestName(t *testing.T) {
	composed := "Zo\u00eb"
	if got := Name("Zoe\u0308"); got != composed {
		t.Errorf("Name(Zoe + U+0308) = %q, want NFC %q", got, composed)
	}
	if got := Name(" Zoë\n\x1b "); got != composed {
		t.Errorf("Name = %q, want %q", got, composed)
	}
	// The cap counts characters, and never cuts an accent off its letter.
	long := strings.Repeat("e\u0301", MaxName+5) // NFC makes each one é
	got := Name(long)
	if n := utf8.RuneCountInString(got); n != MaxName {
		t.Errorf("Name(long é) has %d runes, want %d", n, MaxName)
	}
	decomposed := strings.Repeat("q\u0308", MaxName+5) // no composed q̈
	got = Name(decomposed)
	if want := strings.Repeat("q\u0308", MaxName); got != want {
		t.Errorf("Name(q̈…) = %d runes, want %d (whole characters)", utf8.RuneCountInString(got), 2*MaxName)
	}
	if got := Name(strings.Repeat("ab ", 40)); strings.HasSuffix(got, " ") {
		t.Errorf("Name cut leaves a trailing space: %q", got)
	}
}

func TestPath(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"resultaten/2026-11-27T1530-zoe.json", "resultaten/2026-11-27T1530-zoe.json"},
		{`C:\Users\Zoë\resultaten`, `C:\Users\Zoë\resultaten`},
		{"map met spatie/x.json", "map met spatie/x.json"},
		{"dir/\x1b]0;pwn\x07.json", `"dir/\x1b]0;pwn\a.json"`},
		{"evil\u202enosj.exe", `"evil\u202enosj.exe"`},
		{"a\nb", `"a\nb"`},
		{"a\xffb", `"a\xffb"`},
		{"Zoe\u0308.json", "Zoe\u0308.json"},
	} {
		got := Path(c.in)
		if got != c.want {
			t.Errorf("Path(%q) = %s, want %s", c.in, got, c.want)
		}
		checkSafe(t, "Path", c.in, got, false)
	}
}

// FuzzSafe checks that nothing unsafe survives any of the functions, and
// that cleaning twice changes nothing.
func FuzzSafe(f *testing.F) {
	for _, s := range []string{"Zoë", "a\x1b[31m\nb", "\u202e\u2066", "\xff\xfe", "a\r\n\u0085b", " x  y "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, tx, n, p := Line(s), Text(s), Name(s), Path(s)
		checkSafe(t, "Line", s, l, false)
		checkSafe(t, "Text", s, tx, true)
		checkSafe(t, "Name", s, n, false)
		checkSafe(t, "Path", s, p, false)
		if Line(l) != l || Text(tx) != tx || Name(n) != n {
			t.Errorf("not idempotent on %q", s)
		}
	})
}

func BenchmarkLinePlain(b *testing.B) {
	for b.Loop() {
		Line("Jan Jansen")
	}
}

func BenchmarkNameAccented(b *testing.B) {
	for b.Loop() {
		Name("Zoë Çelik-Ødegård")
	}
}
