// Package workshop is the case-discussion mode for trainers: a scenario from
// the question bank is shown large and calm in front of a room, and the
// responses of the three ideal types are revealed one at a time, each with a
// prompt that invites the group to take that type to the extreme.
//
// The package reads the bank and draws; it scores nothing. Which response
// belongs to which type follows from the points an option gives (see
// Responses), so a trainer's own question file works without extra markup.
package workshop

import (
	"strconv"
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// Responses groups a question's option texts by the type each option leans
// to most: the type with the most points, ties going to the type that comes
// first in the fixed order. A regular question gives every type exactly one
// option; a trainer's file may give a type several or none, and the screens
// show every option under its type and say so when a type has none.
func Responses(q quiz.Question) [profile.Count][]string {
	var out [profile.Count][]string
	for _, o := range q.Options {
		t := leaning(o.Points)
		out[t] = append(out[t], o.Text)
	}
	return out
}

// leaning returns the type an option scores highest for.
func leaning(p profile.Points) profile.Type {
	best := profile.Types[0]
	for _, t := range profile.Types {
		if p[t] > p[best] {
			best = t
		}
	}
	return best
}

// Find returns the index of the case that id names: a question ID (exact,
// then ignoring case) or a position counted from 1, so that a trainer can
// say --case hangjongeren as well as --case 3.
func Find(b *quiz.Bank, id string) (int, bool) {
	id = strings.TrimSpace(id)
	if id == "" {
		return 0, false
	}
	for i, q := range b.Questions {
		if q.ID == id {
			return i, true
		}
	}
	for i, q := range b.Questions {
		if strings.EqualFold(q.ID, id) {
			return i, true
		}
	}
	if n, err := strconv.Atoi(id); err == nil && n >= 1 && n <= len(b.Questions) {
		return n - 1, true
	}
	return 0, false
}

// IDs lists the case IDs in bank order, for a message about an unknown one.
func IDs(b *quiz.Bank) []string {
	out := make([]string, len(b.Questions))
	for i, q := range b.Questions {
		out[i] = q.ID
	}
	return out
}

// typeNames are the ideal types as the interface names them. The bank's own
// names are in the bank's language; labels on screen follow the interface.
var typeNames = [profile.Count]i18n.Text{
	{NL: "Bureaucraat", EN: "Bureaucrat"},
	{NL: "Ondernemer", EN: "Entrepreneur"},
	{NL: "Verbinder", EN: "Connector"},
}

// TypeName returns the interface name of t in l.
func TypeName(t profile.Type, l i18n.Lang) string { return typeNames[t].In(l) }

// prompts invite the room to argue one type to the extreme, without
// hedging, as in the authors' workshops.
var prompts = [profile.Count]i18n.Text{
	{
		NL: "Tot het uiterste: wat beschermt de regel, en wie valt erbuiten?",
		EN: "To the extreme: what does the rule protect, and who falls outside it?",
	},
	{
		NL: "Tot het uiterste: wat levert de vaart op, en welk risico neem je?",
		EN: "To the extreme: what does speed gain, and which risk do you take?",
	},
	{
		NL: "Tot het uiterste: wie praat er mee, en wanneer valt het besluit?",
		EN: "To the extreme: who gets a say, and when is anything decided?",
	},
}

// Prompt returns the discussion prompt for t in l.
func Prompt(t profile.Type, l i18n.Lang) string { return prompts[t].In(l) }

var (
	textNoResponse = i18n.Text{
		NL: "Deze casus heeft geen reactie die vooral bij dit type past.",
		EN: "This case has no response that leans mostly to this type.",
	}
	textCounter = i18n.Text{NL: "Casus %d van %d", EN: "Case %d of %d"}
)

// oneLine collapses all white space (a YAML block keeps its line breaks) so
// that a scenario can be shown as the start of a list item.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// paragraphs splits text into paragraphs at blank lines and joins the lines
// within each, so that wrapping is ours and not the file's.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = oneLine(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
