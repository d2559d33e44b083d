package room

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"ideale-ambtenaar/safetext"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// MaxNameLength is the longest display name kept, in user-perceived
// characters (grapheme clusters): enough for a first name and a surname on
// a projector list, short enough for a narrow column.
const MaxNameLength = 40

// maxNameInput bounds how much of a typed name is looked at, so a pasted
// novel costs nothing.
const maxNameInput = 1024

// maxCluster is the most bytes one character may take; longer clusters
// are stacks of combining marks ("Zalgo" text) that smear over the lines
// around them on a projector, and are dropped. The longest emoji sequences
// in use take about 25 bytes.
const maxCluster = 32

// CleanName makes a typed name safe to show and store: first what
// safetext.Line does to any untrusted line (escape sequences, controls,
// bidirectional overrides and direction marks removed, white space and
// line breaks folded to single spaces), then Unicode NFC (so "é" typed
// two ways is one name), other invisible format characters dropped (except the zero-width joiners that emoji and
// some scripts need), invalid UTF-8 dropped, and cut to MaxNameLength
// characters. It returns "" when nothing is left: an anonymous participant.
func CleanName(s string) string { return cleanText(s, MaxNameLength) }

func cleanText(s string, maxLen int) string {
	if len(s) > maxNameInput {
		s = strings.ToValidUTF8(s[:maxNameInput], "")
	}
	s = norm.NFC.String(safetext.Line(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200c' || r == '\u200d': // ZWNJ, ZWJ: part of words and emoji
		case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs):
			continue
		case r&0xfffe == 0xfffe || r >= 0xfdd0 && r <= 0xfdef: // non-characters
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	// Characters as the reader sees them (grapheme clusters), with the
	// grapheme library safetext uses, so a name is cut the same way
	// wherever it is shown.
	var out strings.Builder
	n, rest, state := 0, b.String(), -1
	for rest != "" && n < maxLen {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if len(c) > maxCluster {
			continue
		}
		out.WriteString(c)
		n++
	}
	return strings.TrimSpace(out.String())
}

// maxVia bounds the name of a transport ("ssh", "web").
const maxVia = 12

// The ways in of the transports the product has.
const (
	ViaSSH = "ssh"
	ViaWeb = "web"
)

// CleanVia keeps a transport's name (ViaSSH, ViaWeb) short, lower case and
// printable, as the room journals it: at most 12 characters.
func CleanVia(s string) string { return strings.ToLower(cleanText(s, maxVia)) }

// HashKey turns a participant's key (an SSH key fingerprint, a browser
// cookie token) into what the room keeps and journals: 128 bits of its
// SHA-256 in hex. A cookie token is a secret, and the journal on the
// trainer's disk need not hold it. "" stays "" (no key: always new).
func HashKey(key string) string {
	if key == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}
