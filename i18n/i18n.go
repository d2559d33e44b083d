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
	return "", Errorf(txtUnknownLang, s, s)
}

var txtUnknownLang = Text{
	NL: "onbekende taal %q: kies nl of en / unknown language %q: use nl or en",
	EN: "onbekende taal %q: kies nl of en / unknown language %q: use nl or en"}

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

// Localized is an error (or anything) that can say itself in either
// language. The command line prints every error through it, so a Dutch
// user never reads an English message.
type Localized interface {
	Message(l Lang) string
}

// Error is an error whose text is an interface string with arguments. Its
// Error method gives the English text, for logs and tests.
type Error struct {
	Text Text
	Args []any
}

// Errorf makes an Error of t formatted with args.
func Errorf(t Text, args ...any) *Error { return &Error{Text: t, Args: args} }

func (e *Error) Error() string { return e.Message(EN) }

// Message formats the text in l.
func (e *Error) Message(l Lang) string { return e.Text.F(l, e.Args...) }

// Plural is a text in its two forms: One for a count of 1, Many for any
// other count ("1 deelnemer", "3 deelnemers").
type Plural struct{ One, Many Text }

// F is the form for n in l, filled with args (n is not added by itself:
// pass it where the text shows it).
func (p Plural) F(l Lang, n int, args ...any) string {
	if n == 1 {
		return p.One.F(l, args...)
	}
	return p.Many.F(l, args...)
}
