package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Section is one part of a type profile as it is shown: a heading and its
// items, in reading order.
type Section struct {
	Heading string
	Items   []string
}

var (
	txtBring    = i18n.Text{NL: "Wat je meebrengt", EN: "What you bring"}
	txtPitfalls = i18n.Text{NL: "Valkuil als je doorschiet", EN: "Pitfall when taken too far"}
	txtPractise = i18n.Text{NL: "Wat je kunt oefenen", EN: "What you could practise"}
	txtOfMix    = i18n.Text{NL: "%d%% van de mix", EN: "%d%% of the mix"}
)

// bringLabels and practiseLabels are lead-ins that question files put in
// front of a development pointer ("Wat je meebrengt: …"). A pointer with
// one of them goes under the matching heading with the lead-in taken off,
// so the screen does not say it twice; any other pointer is something to
// practise. Both languages are known whatever the interface language, as
// a trainer's file may mix them.
var (
	bringLabels    = []string{"wat je meebrengt", "what you bring"}
	practiseLabels = []string{"wat je kunt oefenen", "wat je kunt ontwikkelen", "what you could practise", "what you could practice", "what you could develop"}
)

// Sections lays out a type profile for reading: what the type brings (the
// pointers that say so, then the strengths), its pitfalls when taken too
// far, and what one could practise. Empty parts are left out, so a
// trainer's file with only a name gives no empty headings.
func Sections(tp profile.TypeProfile, l i18n.Lang) []Section {
	var bring, practise []string
	for _, p := range tp.Pointers {
		if rest, ok := cutLabel(p, bringLabels); ok {
			bring = append(bring, nonEmpty([]string{rest})...)
		} else if rest, ok := cutLabel(p, practiseLabels); ok {
			practise = append(practise, nonEmpty([]string{rest})...)
		} else if p = strings.TrimSpace(p); p != "" {
			practise = append(practise, p)
		}
	}
	bring = append(bring, nonEmpty(tp.Strengths)...)
	var out []Section
	add := func(h i18n.Text, items []string) {
		if len(items) > 0 {
			out = append(out, Section{Heading: h.In(l), Items: items})
		}
	}
	add(txtBring, bring)
	add(txtPitfalls, nonEmpty(tp.Pitfalls))
	add(txtPractise, practise)
	return out
}

// cutLabel takes a known lead-in and its colon off the front of s and
// capitalises what is left.
func cutLabel(s string, labels []string) (string, bool) {
	s = strings.TrimSpace(s)
	head, rest, ok := strings.Cut(s, ":")
	if !ok {
		return s, false
	}
	head = strings.ToLower(strings.TrimSpace(head))
	for _, l := range labels {
		if head == l {
			return capitalise(strings.TrimSpace(rest)), true
		}
	}
	return s, false
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func nonEmpty(items []string) []string {
	var out []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// OfMix is the share of a type in words: "48% van de mix".
func OfMix(percent int, l i18n.Lang) string { return txtOfMix.F(l, percent) }
