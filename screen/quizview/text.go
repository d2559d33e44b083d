package quizview

import "ideale-ambtenaar/i18n"

// Interface text of the quiz screens, in both languages.
var (
	txtDefaultTitle = i18n.Text{NL: "De ideale ambtenaar", EN: "The ideal civil servant"}
	txtDefaultIntro = i18n.Text{
		NL: "Elke ambtenaar is een mix van drie ideaaltypen: de bureaucraat (regels, zorgvuldigheid, gelijke behandeling), de ondernemer (resultaat, creativiteit, doelmatigheid) en de verbinder (samenwerking, draagvlak, publieke waarde). Zoals rood, groen en blauw samen één kleur maken, vormen zij samen jouw kleur. Er zijn geen goede of foute antwoorden.",
		EN: "Every civil servant is a mix of three ideal types: the bureaucrat (rules, care, equal treatment), the entrepreneur (results, creativity, efficiency) and the connector (collaboration, support, public value). As red, green and blue make one colour, together they make yours. There are no right or wrong answers."}
	txtQuestionCount = i18n.Text{NL: "%d casussen · kies steeds wat jij het eerst zou doen.", EN: "%d scenarios · each time, pick what you would do first."}
	txtWelcomeKeys   = i18n.Text{NL: "Kies met ↑/↓ of 1–9, bevestig met enter. ← gaat terug.", EN: "Choose with ↑/↓ or 1–9, confirm with enter. ← goes back."}
	txtMoreAbove     = i18n.Text{NL: "↑ meer tekst", EN: "↑ more text"}
	txtMoreBelow     = i18n.Text{NL: "↓ meer tekst", EN: "↓ more text"}
	txtConfirmQuit   = i18n.Text{
		NL: "Stoppen? Je %d antwoord(en) gaan verloren.",
		EN: "Quit? Your %d answer(s) will be lost."}
	txtConfirmQuitKept = i18n.Text{
		NL: "Stoppen? Je voortgang blijft bewaard; de volgende keer kun je verdergaan.",
		EN: "Quit? Your progress is kept; next time you can continue."}
	txtConfirmRestart = i18n.Text{
		NL: "Opnieuw beginnen? Deze uitslag verdwijnt van het scherm.",
		EN: "Start again? This result will leave the screen."}
	txtConfirmRestartUnsaved = i18n.Text{
		NL: "Opnieuw beginnen? Je uitslag is nog niet bewaard en gaat dan verloren.",
		EN: "Start again? Your result is not saved yet and will then be lost."}
	txtConfirmQuitResultKept = i18n.Text{
		NL: "Je uitslag is nog niet bewaard. Stoppen? Hij blijft bewaard tot je hem opslaat of weggooit: de volgende keer krijg je hem terug.",
		EN: "Your result is not saved yet. Quit? It is kept until you save it or throw it away: next time you get it back."}
	txtConfirmQuitResultLost = i18n.Text{
		NL: "Je uitslag is nog niet bewaard. Stoppen? Dan gaat hij verloren; kies n en dan s om hem te bewaren.",
		EN: "Your result is not saved yet. Quit? Then it is lost; choose n and then s to save it."}
	txtConfirmFresh = i18n.Text{
		NL: "Opnieuw beginnen? Je %d bewaarde antwoord(en) worden gewist.",
		EN: "Start afresh? Your %d kept answer(s) will be removed."}
	txtConfirmFreshResult = i18n.Text{
		NL: "Opnieuw beginnen? Je bewaarde uitslag wordt weggegooid.",
		EN: "Start afresh? Your kept result will be thrown away."}
	txtConfirmKeys        = i18n.Text{NL: "j = ja · n = nee", EN: "y = yes · n = no"}
	txtConfirmKeysDiscard = i18n.Text{
		NL: "j = stoppen, bewaard · w = weggooien en stoppen · n = terug",
		EN: "y = quit, kept · d = discard and quit · n = go back"}
	txtConfirmKeysNoEnter = i18n.Text{NL: "j = ja, wissen · n = nee, terug", EN: "y = yes, remove · n = no, go back"}
)
