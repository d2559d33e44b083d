// Package words is the one source of the words about a result: the names of
// the three ideal types (the question file's own names from its types:
// section, else the names in the interface language), the sentence under
// the chart, the chameleon sentence and the sections of a type profile.
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
	txtLeaning  = i18n.Text{NL: "Je mix leunt het meest naar de %s.", EN: "Your mix leans most towards the %s."}
	txtBlend    = i18n.Text{NL: "Je mix ligt tussen de %s en de %s in: die twee liggen zo dicht bij elkaar dat het verschil toeval kan zijn.", EN: "Your mix lies between the %s and the %s: those two are so close that the difference may be chance."}
	txtBalanced = i18n.Text{NL: "Je mix is in evenwicht: de drie typen liggen zo dicht bij elkaar dat de verschillen toeval kunnen zijn.", EN: "Your mix is balanced: the three types are so close that the differences may be chance."}
	txtEmpty    = i18n.Text{NL: "Er zijn nog geen antwoorden.", EN: "There are no answers yet."}
	// NoVerdict says that a mix is no verdict.
	NoVerdict = i18n.Text{
		NL: "Geen oordeel: elke taak en situatie vraagt om een eigen mix.",
		EN: "Not a verdict: every task and situation asks for its own mix."}
)

// Sentence is the one sentence under the chart, naming what the mix leans
// to in words that read as description, not judgement.
func Sentence(p profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang) string {
	names := Names(types, l)
	low := func(t profile.Type) string { return strings.ToLower(names[t]) }
	lead := p.Leaders()
	switch p.Shape {
	case profile.Leaning:
		return txtLeaning.F(l, low(lead[0]))
	case profile.Blend:
		return txtBlend.F(l, low(lead[0]), low(lead[1]))
	case profile.Balanced:
		return txtBalanced.In(l)
	}
	return txtEmpty.In(l)
}

var txtMargin = i18n.Text{
	NL: "Met %d antwoorden kan een verschil tot ±%d procentpunt toeval zijn.",
	EN: "With %d answers, a difference of up to ±%d percentage points may be chance."}

// MarginNote says how far apart two types must be before the difference
// means anything (profile.Mix.Margin), or "" for an empty mix.
func MarginNote(p profile.Mix, l i18n.Lang) string {
	if p.Shape == profile.Empty || p.Answers == 0 {
		return ""
	}
	return txtMargin.F(l, p.Answers, p.Margin)
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

var txtGrowth = i18n.Text{
	NL: "Je kleinste kant is de %s (%d%%). Die heb je het meest nodig %s.",
	EN: "Your smallest side is the %s (%d%%). You need it most %s."}

// Growth is the pointer that depends on the mix: the person's lowest type
// and the situations where that type is needed most, so that what to
// practise follows from the result instead of being the same for everyone.
// It is "" for an empty mix or when the three are too close to name one.
func Growth(p profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang) string {
	if p.Shape == profile.Empty || p.Shape == profile.Balanced {
		return ""
	}
	low := p.Ranking[profile.Count-1]
	name := strings.ToLower(Names(types, l)[low])
	return txtGrowth.F(l, name, p.Percent[low], situations[low].In(l))
}
