// Package words is the one source of the words about a result: the names of
// the three ideal types (the question file's own names from its types:
// section, else the names in the interface language), the headline under
// the chart (HeadlineOf: the order of the choices, how sure, the
// development pointer), the strongest type as lists name it, the chameleon
// sentence and the sections of a type profile.
// Screens, the text mode and the exports all take their words from here, so
// that a file that renames a type shows that name everywhere.
package words

import (
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// defaultNames are the ideal types as the interface names them when no
// question file gives names (team results, an empty types: entry).
var defaultNames = [profile.Count]i18n.Text{
	{NL: "Bureaucraat", EN: "Bureaucrat"},
	{NL: "Ondernemer", EN: "Entrepreneur"},
	{NL: "Verbinder", EN: "Connector"},
}

// DefaultName is the interface name of t in l, capitalised.
func DefaultName(t profile.Type, l i18n.Lang) string { return defaultNames[t].In(l) }

// DefaultNames are the three interface names in l, in the fixed order.
func DefaultNames(l i18n.Lang) [profile.Count]string {
	var n [profile.Count]string
	for _, t := range profile.Types {
		n[t] = DefaultName(t, l)
	}
	return n
}

// Names returns the display names of the types: the question file's own
// (its types: section, which the loader fills from the embedded set when a
// file leaves a type out), else the interface name in l.
func Names(types [profile.Count]profile.TypeProfile, l i18n.Lang) [profile.Count]string {
	out := DefaultNames(l)
	for _, t := range profile.Types {
		if n := strings.TrimSpace(types[t].Name); n != "" {
			out[t] = n
		}
	}
	return out
}

var (
	txtEmpty = i18n.Text{NL: "Er zijn nog geen antwoorden.", EN: "There are no answers yet."}
	// NoVerdict says that a mix is no verdict.
	NoVerdict = i18n.Text{
		NL: "Geen oordeel: elke taak en situatie vraagt om een eigen mix.",
		EN: "Not a verdict: every task and situation asks for its own mix."}
)

// The order sentence, by where the points are equal. The first %s is the
// number of situations ("26 situaties"), the others are names and
// percentages as "verbinder (50%)".
var (
	txtSituations = i18n.Text{NL: "In deze %d situaties", EN: "In these %d situations"}
	txtSituation  = i18n.Text{NL: "In deze ene situatie", EN: "In this one situation"}
	// a > b > c; the last %s is txtLeast or txtNever
	txtOrder = i18n.Text{
		NL: "%s koos je het vaakst als %s (%d%%), dan als %s (%d%%), %s.",
		EN: "%s you chose most often as the %s (%d%%), then as the %s (%d%%), %s."}
	// a = b > c
	txtOrderTopTie = i18n.Text{
		NL: "%s koos je het vaakst als %s en als %s, even vaak (elk %d%%), %s.",
		EN: "%s you chose as the %s and as the %s equally often (%d%% each), %s."}
	// a > b = c > 0
	txtOrderLowTie = i18n.Text{
		NL: "%s koos je het vaakst als %s (%d%%), als %s en als %s even vaak (elk %d%%).",
		EN: "%s you chose most often as the %s (%d%%), and as the %s and the %s equally often (%d%% each)."}
	// a > b = c = 0
	txtOrderOnly = i18n.Text{
		NL: "%s koos je steeds als %s (%d%%), nooit als %s of als %s.",
		EN: "%s you chose as the %s every time (%d%%), never as the %s or the %s."}
	// a = b = c
	txtOrderAllTie = i18n.Text{
		NL: "%s koos je even vaak als %s, als %s en als %s (elk %d%%).",
		EN: "%s you chose equally often as the %s, the %s and the %s (%d%% each)."}
	txtLeast = i18n.Text{NL: "het minst als %s (%d%%)", EN: "least often as the %s (%d%%)"}
	txtNever = i18n.Text{NL: "nooit als %s", EN: "never as the %s"}

	txtMostly   = i18n.Text{NL: "Je kiest dus vooral als %s.", EN: "So you mostly choose as the %s."}
	txtTopClose = i18n.Text{NL: "De %s en de %s liggen dicht bij elkaar.", EN: "The %s and the %s are close together."}
	txtAllClose = i18n.Text{NL: "De drie liggen dicht bij elkaar.", EN: "The three are close together."}

	// txtPrecision is short enough for one line of the 72-column text of
	// an 80-column screen, with a two-digit number.
	txtPrecision = i18n.Text{
		NL: "Kies je opnieuw, dan kan elk percentage zo'n %d punten schuiven.",
		EN: "Choose again and each percentage may shift by some %d points."}
	// txtFew replaces the reading and the precision below FewAnswers.
	txtFew = i18n.Text{
		NL: "Zo weinig situaties zeggen nog weinig over je mix; met meer wordt hij duidelijker.",
		EN: "So few situations say little about your mix yet; with more it becomes clearer."}
)

// FewAnswers is the number of answers below which a mix is too thin to
// read: the headline then gives the order of the choices and says that
// so few say little, without "vooral" or a precision (a workshop that
// stopped after two cases).
const FewAnswers = 5

// CloseGap is the largest difference, in percentage points, that the
// headline may call "dicht bij elkaar" (close together), and then only when
// the margin also says the difference may be chance. A difference of
// CloseGap or more is never called close, balanced or "in between".
const CloseGap = 10

// Headline is what a result says, in the order it is shown: first what
// the person chose (a fact about their answers), then how sure that is
// (small print), then the development pointer. Every place that shows a
// result (the result screen, text mode, SSH, the phone page, the
// projector, the exports) takes its words from Headline, so the same
// answers read the same everywhere.
type Headline struct {
	// Order is the first sentence: the types from most to least chosen,
	// with their percentages; equal points are named as equal.
	Order string
	// Reading is a second sentence where the margin supports it: "vooral"
	// when the leader is ahead by more than chance, "dicht bij elkaar"
	// when the top two (or all three) are less than CloseGap points apart
	// and within the margin. Often empty.
	Reading string
	// Precision is the footnote: how far a percentage might move if the
	// person did the quiz again (profile.Mix.Precision). Empty without
	// answers.
	Precision string
	// Growth is the development pointer (see Growth).
	Growth string
}

// Sentence is Order and Reading as one paragraph.
func (h Headline) Sentence() string {
	if h.Reading == "" {
		return h.Order
	}
	return h.Order + " " + h.Reading
}

// HeadlineOf makes the headline of a person's mix p, with the type names
// of types (see Names) in l.
func HeadlineOf(p profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang) Headline {
	if p.Shape == profile.Empty {
		return Headline{Order: txtEmpty.In(l)}
	}
	names := Names(types, l)
	low := func(t profile.Type) string { return strings.ToLower(names[t]) }
	r, pts, pct := p.Ranking, p.Points, p.Percent
	n := p.Answers
	if n <= 0 {
		n = pts.Total()
	}
	lead := txtSituations.F(l, n)
	if n == 1 {
		lead = txtSituation.In(l)
	}
	least := txtLeast.F(l, low(r[2]), pct[r[2]])
	if pts[r[2]] == 0 {
		least = txtNever.F(l, low(r[2]))
	}
	var h Headline
	switch {
	case pts[r[0]] == pts[r[2]]:
		h.Order = txtOrderAllTie.F(l, lead, low(r[0]), low(r[1]), low(r[2]), pct[r[0]])
	case pts[r[0]] == pts[r[1]]:
		h.Order = txtOrderTopTie.F(l, lead, low(r[0]), low(r[1]), pct[r[0]], least)
	case pts[r[1]] == pts[r[2]] && pts[r[1]] == 0:
		h.Order = txtOrderOnly.F(l, lead, low(r[0]), pct[r[0]], low(r[1]), low(r[2]))
	case pts[r[1]] == pts[r[2]]:
		h.Order = txtOrderLowTie.F(l, lead, low(r[0]), pct[r[0]], low(r[1]), low(r[2]), pct[r[1]])
	default:
		h.Order = txtOrder.F(l, lead, low(r[0]), pct[r[0]], low(r[1]), pct[r[1]], least)
	}
	switch {
	case n < FewAnswers:
		h.Reading = txtFew.In(l)
		h.Growth = Growth(p, types, l)
		return h
	case p.Shape == profile.Leaning:
		h.Reading = txtMostly.F(l, low(r[0]))
	case p.Shape == profile.Balanced && pct[r[0]]-pct[r[2]] < CloseGap && pts[r[0]] != pts[r[2]]:
		h.Reading = txtAllClose.In(l)
	case pct[r[0]]-pct[r[1]] < CloseGap && pts[r[0]] != pts[r[1]]:
		// Not leaning, so the top two are within the margin.
		h.Reading = txtTopClose.F(l, low(r[0]), low(r[1]))
	}
	h.Precision = txtPrecision.F(l, p.Precision)
	h.Growth = Growth(p, types, l)
	return h
}

// Sentence is the headline's first paragraph (Headline.Sentence): what the
// person chose, most often first, and "vooral" or "dicht bij elkaar" where
// the margin supports it.
func Sentence(p profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang) string {
	return HeadlineOf(p, types, l).Sentence()
}

// MarginNote is the headline's footnote (Headline.Precision): how far a
// percentage might move if the person did the quiz again, or "" for an
// empty mix.
func MarginNote(p profile.Mix, l i18n.Lang) string {
	if p.Shape == profile.Empty || p.Answers > 0 && p.Answers < FewAnswers {
		return ""
	}
	return txtPrecision.F(l, p.Precision)
}

// Strongest names the type the person chose most often, as the headline's
// first sentence does, or the types with equal most points joined by " = "
// ("Bureaucraat = Verbinder"); "" for an empty mix. It is the one
// "strongest type" of a person wherever a list shows it (team's exports),
// so a list never names a type the person's own screen does not.
func Strongest(p profile.Mix, names [profile.Count]string) string {
	if p.Shape == profile.Empty {
		return ""
	}
	r := p.Ranking
	out := names[r[0]]
	for _, t := range r[1:] {
		if p.Points[t] == p.Points[r[0]] {
			out += " = " + names[t]
		}
	}
	return out
}

var txtRGB = i18n.Text{
	NL: "Rood (%s), groen (%s) en blauw (%s) mengen tot jouw kleur: die van de kameleon, die schakelt tussen de drie.",
	EN: "Red (%s), green (%s) and blue (%s) mix into your colour: that of the chameleon, which switches between the three.",
}

// RGBSentence is the one sentence on the chameleon metaphor that goes with
// the colour swatch, and stands on its own where there is no colour. It
// names the types as the question file does, in the channel order red,
// green, blue (profile.Type order).
func RGBSentence(types [profile.Count]profile.TypeProfile, l i18n.Lang) string {
	n := Names(types, l)
	low := func(t profile.Type) string { return strings.ToLower(n[t]) }
	return txtRGB.F(l, low(profile.Bureaucraat), low(profile.Ondernemer), low(profile.Verbinder))
}

// situations says per type when it is needed most: the ground for a
// pointer that depends on the person's own mix.
var situations = [profile.Count]i18n.Text{
	{NL: "als gelijke behandeling, rechtszekerheid of zorg voor het dossier voorop staan: een besluit dat voor iedereen geldt, een bezwaar, een dossier dat later wordt nagekeken",
		EN: "when equal treatment, legal certainty or a careful file come first: a decision that holds for everyone, an objection, a file that will be checked later"},
	{NL: "als het snel, zuinig of anders moet: een wachtrij, een budget dat opraakt, een kans die maar even openstaat",
		EN: "when it has to be quick, thrifty or new: a queue, a budget running out, a chance that is open only briefly"},
	{NL: "als een besluit draagvlak nodig heeft of anderen raakt: bewoners, partners of de raad die mee moeten, een keuze die je moet kunnen uitleggen",
		EN: "when a decision needs support or affects others: residents, partners or the council who must come along, a choice you must be able to explain"},
}

var (
	txtGrowth = i18n.Text{
		NL: "Je kleinste kant is de %s (%d%%). Die heb je het meest nodig %s.",
		EN: "Your smallest side is the %s (%d%%). You need it most %s."}
	txtGrowthTwo = i18n.Text{
		NL: "Je kleinste kanten zijn de %s en de %s (elk %d%%). De %s heb je het meest nodig %s; de %s %s.",
		EN: "Your smallest sides are the %s and the %s (%d%% each). You need the %s most %s; the %s %s."}
	txtGrowthAll = i18n.Text{
		NL: "Je koos de drie even vaak. Oefen het schakelen: zie wanneer een situatie om de een of de ander vraagt.",
		EN: "You chose the three equally often. Practise switching: notice when a situation asks for one or the other."}
)

// Growth is the pointer that depends on the mix: the person's lowest type
// (both, when the two lowest have equal points) and the situations where
// that type is needed most, so that what to practise follows from the
// result instead of being the same for everyone. It is "" only for an
// empty mix.
func Growth(p profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang) string {
	if p.Shape == profile.Empty {
		return ""
	}
	names := Names(types, l)
	low := func(t profile.Type) string { return strings.ToLower(names[t]) }
	r, pts := p.Ranking, p.Points
	switch {
	case pts[r[0]] == pts[r[2]]:
		return txtGrowthAll.In(l)
	case pts[r[1]] == pts[r[2]]:
		a, b := r[1], r[2]
		return txtGrowthTwo.F(l, low(a), low(b), p.Percent[a], low(a), situations[a].In(l), low(b), situations[b].In(l))
	}
	t := r[profile.Count-1]
	return txtGrowth.F(l, low(t), p.Percent[t], situations[t].In(l))
}
