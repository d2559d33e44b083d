// Package safetext is the one place that makes untrusted text safe to show:
// names and texts from result and question files, file names from any
// folder. Such text reaches terminals (where ESC starts a command, BEL
// rings, a raw 0x9B byte can be read as CSI) and exports that are opened
// in editors and spreadsheets (where a right-to-left override turns
// "zoe.json" around). Every output of untrusted text goes through one of
// Line, Text, Name or Path.
//
// What is removed or replaced, in every function:
//
//   - C0 controls (U+0000–U+001F) and DEL (U+007F);
//   - C1 controls (U+0080–U+009F), including NEL (U+0085), a line break;
//   - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069), the "Trojan Source" characters (CVE-2021-42574);
//   - the invisible direction marks LRM (U+200E), RLM (U+200F) and ALM
//     (U+061C) as well. They cannot reorder a run on their own, but they
//     can move neutral characters such as "." and "-" around a name or file
//     name, they are invisible in a terminal, and no name or file name in
//     this program needs them: a right-to-left name still shows in its own
//     direction without them;
//   - the line and paragraph separators U+2028 and U+2029, and the
//     byte-order mark U+FEFF (invisible inside text);
//   - bytes that are not valid UTF-8: each becomes U+FFFD, so a lone 0x9B
//     can never reach a terminal as a control.
//
// Zero-width joiners and non-joiners (U+200C, U+200D) stay: emoji and
// several scripts need them, and they move nothing.
//
// The package draws nothing and keeps no state; every function is safe
// for concurrent use, and returns printable ASCII that needs nothing done
// as it is, without allocating.
package safetext

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// MaxName is the longest name Name keeps, in user-perceived characters
// (grapheme clusters: "ë" written as e plus a combining diaeresis is one).
// A name is a label on a team chart, not a biography.
const MaxName = 60

// class is what a rune is to this package.
type class uint8

const (
	keep      class = iota
	space           // white space: tab, vertical tab, form feed, any Unicode space
	lineBreak       // \n, \r, NEL, U+2028, U+2029
	drop            // controls, direction controls, BOM, invalid bytes
)

// classify says what to do with r. r is utf8.RuneError both for U+FFFD
// itself and for an invalid byte; the caller tells them apart by size.
func classify(r rune) class {
	switch {
	case r >= 0x20 && r < 0x7f:
		if r == ' ' {
			return space
		}
		return keep
	case r == '\n', r == '\r', r == 0x85, r == 0x2028, r == 0x2029:
		return lineBreak
	case r == '\t', r == '\v', r == '\f':
		return space
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return drop
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c, r == 0xfeff:
		return drop
	case unicode.IsSpace(r):
		return space
	}
	return keep
}

// plainASCII reports whether s holds only printable ASCII (the common case),
// which every function returns as it is.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// Line makes s safe as a one-line value (a name, a title, a file name in a
// table): every control, line break and run of white space becomes a
// single space, direction controls and the like are removed, invalid
// UTF-8 becomes U+FFFD, and the result is trimmed.
func Line(s string) string {
	if plainASCII(s) && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	s = stripSequences(s)
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a space is owed before the next kept rune
	for i, r := range s {
		c := classify(r)
		if r == utf8.RuneError && invalidAt(s, i) {
			c, r = keep, utf8.RuneError
		}
		switch c {
		case keep:
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteRune(r)
		case space, lineBreak:
			pending = true
		case drop:
			// A control between two words keeps them apart.
			if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
				pending = true
			}
		}
	}
	return b.String()
}

// Text makes s safe as a multi-line text (a scenario, an intro): line
// breaks of every kind (\r\n, \r, NEL, U+2028, U+2029) become \n, tabs,
// vertical tabs and form feeds become a space, other controls and the
// direction controls are removed, and invalid UTF-8 becomes U+FFFD.
// Spaces are kept as they are; the text is not trimmed.
func Text(s string) string {
	if plainASCIIText(s) {
		return s
	}
	s = stripSequences(s)
	var b strings.Builder
	b.Grow(len(s))
	cr := false // the previous rune was \r, so a \n after it is the same break
	for i, r := range s {
		c := classify(r)
		if r == utf8.RuneError && invalidAt(s, i) {
			c = keep
		}
		wasCR := cr
		cr = r == '\r'
		switch c {
		case keep:
			b.WriteRune(r)
		case space:
			if r == ' ' || r < 0x20 {
				b.WriteByte(' ')
			} else {
				b.WriteRune(r) // a Unicode space such as U+00A0 is text
			}
		case lineBreak:
			if r == '\n' && wasCR {
				continue
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// plainASCIIText is plainASCII that also allows \n.
func plainASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n') || c >= 0x7f {
			return false
		}
	}
	return true
}

// invalidAt reports whether the RuneError decoded at s[i:] is an invalid
// byte rather than an honest U+FFFD.
func invalidAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

// Name makes s safe as a person's name: Line, then Unicode normalisation
// to NFC (so "Zoë" typed as e plus a combining diaeresis and "Zoë" typed
// as one letter are the same name, with the same file name and the same
// place in a sorted list), then cut to MaxName characters at a character
// boundary (never between a letter and its accent).
func Name(s string) string {
	s = norm.NFC.String(Line(s))
	if len(s) <= MaxName { // bytes ≥ characters
		return s
	}
	rest, n := s, 0
	state := -1
	for rest != "" && n < MaxName {
		_, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		n++
	}
	return strings.TrimRight(s[:len(s)-len(rest)], " ")
}

// Path shows a path in a message. A path that holds nothing unsafe is
// returned as it is, accents and backslashes included, so "C:\Users\Zoë"
// reads as the user typed it. Otherwise the whole path is quoted with Go
// escapes (strconv.Quote: "\x1b]0;pwn\a.json", "\u202e"), so that the
// control is visible, the quoted form cannot be mistaken for a plain name,
// and printable letters such as ë stay readable.
func Path(p string) string {
	if plainASCII(p) {
		return p
	}
	for i, r := range p {
		switch classify(r) {
		case keep, space:
			if r == utf8.RuneError && invalidAt(p, i) {
				return strconv.Quote(p)
			}
			if r != ' ' && classify(r) == space && !unicode.Is(unicode.Zs, r) {
				return strconv.Quote(p)
			}
		default:
			return strconv.Quote(p)
		}
	}
	return p
}

// stripSequences removes whole terminal escape sequences (CSI such as
// "\x1b[31m", OSC such as a window title "\x1b]0;…\x07", and the rest that
// x/ansi knows), so that no half of one ("[31m") is left in a name once the
// control characters are gone.
func stripSequences(s string) string {
	if !strings.ContainsAny(s, "\x1b\u009b\u009d\u0090") {
		return s
	}
	return ansi.Strip(s)
}
