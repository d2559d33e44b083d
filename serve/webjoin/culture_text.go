package webjoin

import (
	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
)

// The words of the culture mode's pages, Dutch first; the terminal's
// culture screen (screen/cultureview) says the same things.
var (
	txtCultureTitle = i18n.Text{NL: "Organisatiecultuur, nu en gewenst", EN: "Organisation culture, now and desired"}
	txtStepOf       = i18n.Text{NL: "Stap %d van %d", EN: "Step %d of %d"}
	txtPassLine     = [culture.Passes]i18n.Text{
		culture.Now:     {NL: "Zo is het nu · onderwerp %d van %d", EN: "As it is now · dimension %d of %d"},
		culture.Desired: {NL: "Zo zou je het willen · onderwerp %d van %d", EN: "As you would like it · dimension %d of %d"},
	}
	txtPassStart = [culture.Passes]i18n.Text{
		culture.Now: {
			NL: "%d onderwerpen, twee keer: eerst zoals het nu is, daarna zoals je het graag zou zien. Hoe beter een beschrijving past, hoe meer punten.",
			EN: "%d dimensions, twice: first as it is now, then as you would like it to be. The better a description fits, the more points."},
		culture.Desired: {
			NL: "Nu nog eens, voor zoals je het graag zou zien (%d onderwerpen).",
			EN: "Now once more, for how you would like it to be (%d dimensions)."},
	}
	txtSumLine       = i18n.Text{NL: "Verdeel %[1]d punten over de drie beschrijvingen: samen moeten ze precies %[1]d zijn.", EN: "Share %[1]d points over the three descriptions: together they must add up to exactly %[1]d."}
	txtPoints        = i18n.Text{NL: "punten", EN: "points"}
	txtStepSaved     = i18n.Text{NL: "Je punten voor stap %d zijn bewaard.", EN: "Your points for step %d are saved."}
	txtNotSaved      = i18n.Text{NL: "Niet bewaard: %s.", EN: "Not saved: %s."}
	txtInvalidPoints = i18n.Text{NL: "deze verdeling klopt niet", EN: "this allocation is not valid"}

	txtYourCulture      = i18n.Text{NL: "Jouw beeld van de cultuur", EN: "Your view of the culture"}
	txtCultureBars      = i18n.Text{NL: "Nu en gewenst per type als staafdiagram", EN: "Now and desired per type as a bar chart"}
	txtCultureNoVerdict = i18n.Text{
		NL: "Dit is jouw beeld, geen oordeel: het gesprek in de groep gaat over de verschillen.",
		EN: "This is your view, not a verdict: the group's conversation is about the differences."}
	txtRetrySave       = i18n.Text{NL: "Opnieuw bewaren", EN: "Save again"}
	txtCultureDims     = i18n.Text{NL: "Per onderwerp, in punten", EN: "Per dimension, in points"}
	txtCultureDimsBars = i18n.Text{NL: "Punten nu en gewenst per type als staafdiagram", EN: "Points now and desired per type as a bar chart"}

	txtFullNoNumber = i18n.Text{
		NL: "De sessie is vol. Vraag de trainer om een tweede sessie, of doe mee met iemand naast je.",
		EN: "The session is full. Ask the trainer for a second session, or join someone next to you."}
)
