package room

import (
	"crypto/rand"
	"strings"
	"unicode"

	"ideale-ambtenaar/i18n"
)

// CodeAlphabet holds the characters a join code is made of: digits and
// capitals without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V), so a
// code read off a projector at the back of a room is typed right. 23
// characters, 4 per code: 279,841 codes.
const CodeAlphabet = "34679ACDEFGHJKMNPQRTWXY"

// CodeLength is the number of characters in a join code.
const CodeLength = 4

// lookAlikes are the characters left out of CodeAlphabet. A code typed
// with one of them is refused, never silently mapped: "O" could be a typo
// for "Q" as well as for "0".
const lookAlikes = "0O1IL2Z5S8BUV"

// Code is a room's join code: CodeLength characters of CodeAlphabet. The
// zero Code is "no code".
type Code string

// NewCode draws a random code from crypto/rand, so codes cannot be
// guessed from the time a room was opened.
func NewCode() Code {
	var b [CodeLength]byte
	buf := make([]byte, 16)
	n := 0
	for n < CodeLength {
		_, _ = rand.Read(buf) // never fails (crypto/rand panics rather than return short)
		for _, x := range buf {
			// 253 = 11*23: reject the top bytes so every character is equally likely.
			if x >= 253 || n == CodeLength {
				continue
			}
			b[n] = CodeAlphabet[int(x)%len(CodeAlphabet)]
			n++
		}
	}
	return Code(b[:])
}

// ParseCode reads a code as a participant types it: case does not matter
// and surrounding spaces are trimmed. Anything else that is not a valid
// code is refused with an *Error of KindBadCode that names the problem.
func ParseCode(s string) (Code, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return "", newError(KindBadCode, txtCodeEmpty, CodeLength)
	}
	for _, r := range s {
		if strings.ContainsRune(lookAlikes, r) {
			return "", newError(KindBadCode, txtCodeLookAlike, string(r))
		}
		if !strings.ContainsRune(CodeAlphabet, r) {
			return "", newError(KindBadCode, txtCodeChar, printable(r))
		}
	}
	if len(s) != CodeLength {
		return "", newError(KindBadCode, txtCodeLength, CodeLength, len(s))
	}
	return Code(s), nil
}

// Valid reports whether c is a well-formed code.
func (c Code) Valid() bool {
	_, err := ParseCode(string(c))
	return err == nil && strings.ToUpper(string(c)) == string(c)
}

// String returns the code as shown.
func (c Code) String() string { return string(c) }

// printable quotes a rune for a message, so a control character typed by
// mistake is named, not sent to the terminal.
func printable(r rune) string {
	if !unicode.IsPrint(r) {
		return "U+" + strings.ToUpper(hex4(r))
	}
	return "\u201c" + string(r) + "\u201d"
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0; i-- {
		b[i] = digits[r&0xf]
		r >>= 4
	}
	return string(b)
}

var (
	txtCodeEmpty = i18n.Text{
		NL: "geen code ingevuld: typ de %[1]d tekens die op het scherm van de trainer staan",
		EN: "no code given: type the %[1]d characters shown on the trainer's screen"}
	txtCodeLookAlike = i18n.Text{
		NL: "de code bevat %q, maar codes gebruiken nooit 0, O, 1, I, L, 2, Z, 5, S, 8, B, U of V: kijk nog eens op het scherm van de trainer",
		EN: "the code contains %q, but codes never use 0, O, 1, I, L, 2, Z, 5, S, 8, B, U or V: look again at the trainer's screen"}
	txtCodeChar = i18n.Text{
		NL: "de code bevat %s, dat in geen enkele code voorkomt: codes hebben alleen letters en cijfers",
		EN: "the code contains %s, which no code has: codes are letters and digits only"}
	txtCodeLength = i18n.Text{
		NL: "een code heeft %d tekens, deze heeft er %d: kijk nog eens op het scherm van de trainer",
		EN: "a code has %d characters, this one has %d: look again at the trainer's screen"}
)
