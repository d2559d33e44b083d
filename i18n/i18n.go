// Package i18n holds the two interface languages. Every package keeps its
// own strings as Text pairs next to the code that shows them, so a missing
// translation is visible in review and no central table grows stale.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is an interface language.
type Lang string

// The supported languages. Dutch is the default.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// Default is the language used when nothing else decides.
const Default = NL

// Parse accepts "nl" or "en" (any case, surrounding space ignored; an empty
// string gives Default).
func Parse(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "nl":
		return NL, nil
	case "en":
		return EN, nil
	}
	// The language is what is unknown, so the message is in both.
	return "", fmt.Errorf("onbekende taal %q: kies nl of en / unknown language %q: use nl or en", s, s)
}

// Text is one interface string in both languages.
type Text struct {
	NL string
	EN string
}

// In returns the string for l, falling back to Dutch.
func (t Text) In(l Lang) string {
	if l == EN && t.EN != "" {
		return t.EN
	}
	return t.NL
}

// F formats the string for l with fmt.Sprintf.
func (t Text) F(l Lang, args ...any) string { return fmt.Sprintf(t.In(l), args...) }
