package words

import (
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

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
	// NoResponse stands under a type that a case has no option for.
	NoResponse = i18n.Text{
		NL: "Deze casus heeft geen reactie die vooral bij dit type past.",
		EN: "This scenario has no response that leans mostly to this type.",
	}
	// CaseCounter says which case of how many is shown.
	CaseCounter = i18n.Text{NL: "Casus %d van %d", EN: "Scenario %d of %d"}
)
