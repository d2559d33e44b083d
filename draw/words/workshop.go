package words

import "ideale-ambtenaar/i18n"

// The paced workshop's sentences that a participant reads on every device
// (the SSH screen in screen/pacedview and the phone pages in
// serve/webjoin): one text each, so a terminal and a phone say the same.
// The headings have no full stop; a screen that shows one as a sentence
// adds it.
var (
	// WorkshopWaiting is the screen before the trainer opens the first case.
	WorkshopWaiting = i18n.Text{NL: "De trainer start zo met de eerste casus", EN: "The trainer will start with the first scenario shortly"}
	// WorkshopChoose asks for a choice in the open case, on every device,
	// in the words of the scenarios' own question ("Wat doe je als
	// eerste?").
	WorkshopChoose = i18n.Text{NL: "Kies wat jij als eerste zou doen. Er is geen goed of fout antwoord.", EN: "Choose what you would do first. There is no right or wrong answer."}
	// WorkshopSplit heads the group's split over the three types.
	WorkshopSplit = i18n.Text{NL: "Zo koos de groep", EN: "How the group chose"}
	// WorkshopYours says the participant's own choice (%s: the option).
	WorkshopYours = i18n.Text{NL: "Jouw keuze: %s", EN: "Your choice: %s"}
	// WorkshopNoChoice is the split's line for whoever did not choose.
	WorkshopNoChoice = i18n.Text{NL: "Je koos bij deze casus niet.", EN: "You did not choose in this scenario."}
	// WorkshopExtreme is the extreme round's question, after the book's
	// authors (%s: the participant's type, in lower case).
	WorkshopExtreme = i18n.Text{
		NL: "Jij bent de %s: wat doe je in deze casus, op zijn uiterst, zonder te relativeren?",
		EN: "You are the %s: what do you do in this scenario, at the extreme, without hedging?"}
	// WorkshopNoMix is "my mix" before any answer.
	WorkshopNoMix = i18n.Text{
		NL: "Je hebt nog geen casus beantwoord, dus er is nog geen mix.",
		EN: "You have not answered a scenario yet, so there is no mix yet."}
	// WorkshopEnded says the trainer ended the workshop.
	WorkshopEnded = i18n.Text{NL: "De trainer heeft de workshop afgesloten", EN: "The trainer has ended the workshop"}
)
