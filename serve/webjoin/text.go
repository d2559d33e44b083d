package webjoin

import "ideale-ambtenaar/i18n"

// The words of the pages, Dutch first.
var (
	txtTitle       = i18n.Text{NL: "De ideale ambtenaar", EN: "The ideal civil servant"}
	txtJoin        = i18n.Text{NL: "Meedoen", EN: "Join"}
	txtJoinIntro   = i18n.Text{NL: "Vul de code in die op het scherm van de trainer staat.", EN: "Type the code shown on the trainer's screen."}
	txtCode        = i18n.Text{NL: "Code", EN: "Code"}
	txtCodeHint    = i18n.Text{NL: "4 tekens, bijvoorbeeld 7K3Q", EN: "4 characters, for example 7K3Q"}
	txtName        = i18n.Text{NL: "Je naam (mag leeg blijven)", EN: "Your name (may stay empty)"}
	txtNameHint    = i18n.Text{NL: "Zonder naam doe je anoniem mee. Je naam kan op het scherm van de trainer staan.", EN: "Without a name you take part anonymously. Your name may appear on the trainer's screen."}
	txtJoinButton  = i18n.Text{NL: "Meedoen", EN: "Join"}
	txtPrivacy     = i18n.Text{NL: "Je antwoorden blijven op de laptop van de trainer; niets gaat het internet op.", EN: "Your answers stay on the trainer's laptop; nothing goes onto the internet."}
	txtWelcomeBack = i18n.Text{NL: "Welkom terug. Er is een nieuwe ronde begonnen: doe opnieuw mee.", EN: "Welcome back. A new round has started: join again."}

	txtQuestionOf = i18n.Text{NL: "Casus %d van %d", EN: "Scenario %d of %d"}
	txtChoose     = i18n.Text{NL: "Kies steeds wat jij het eerst zou doen. Er zijn geen goede of foute antwoorden.", EN: "Each time, pick what you would do first. There are no right or wrong answers."}
	txtConfirm    = i18n.Text{NL: "Bevestig", EN: "Confirm"}
	txtBack       = i18n.Text{NL: "Terug", EN: "Back"}
	txtSaved      = i18n.Text{NL: "Je antwoord op casus %d is bewaard.", EN: "Your answer to scenario %d is saved."}

	txtAllDone   = i18n.Text{NL: "Alle %d casussen zijn beantwoord", EN: "All %d scenarios are answered"}
	txtAllDoneP  = i18n.Text{NL: "Je kunt nog terug om een antwoord te veranderen. Daarna zijn je antwoorden definitief.", EN: "You can still go back to change an answer. After this your answers are final."}
	txtShowMix   = i18n.Text{NL: "Toon mijn mix", EN: "Show my mix"}
	txtYourMix   = i18n.Text{NL: "Jouw mix", EN: "Your mix"}
	txtChartName = i18n.Text{NL: "Jouw mix als staafdiagram", EN: "Your mix as a bar chart"}
	txtResultKep = i18n.Text{NL: "Je uitslag is bewaard op de laptop van de trainer.", EN: "Your result is saved on the trainer's laptop."}
	txtRetrySave = i18n.Text{NL: "Opnieuw bewaren", EN: "Save again"}
	txtProfiles  = i18n.Text{NL: "De drie typen in jouw mix", EN: "The three types in your mix"}

	txtOtherLang = i18n.Text{NL: "English", EN: "Nederlands"}
	txtNotFound  = i18n.Text{NL: "Deze pagina bestaat niet. Begin bij de code van de trainer.", EN: "This page does not exist. Start with the trainer's code."}
	txtToStart   = i18n.Text{NL: "Naar het begin", EN: "To the start"}
	txtProblem   = i18n.Text{NL: "Er ging iets mis", EN: "Something went wrong"}
)

// The messages a redirect can carry (?e=…): a fixed set, so nothing a
// visitor puts in a URL is shown.
var problems = map[string]i18n.Text{
	"wrong": {
		NL: "Dat is niet de code van deze sessie. Kijk nog eens op het scherm van de trainer.",
		EN: "That is not this session's code. Look again at the trainer's screen."},
	"locked": {
		NL: "De trainer heeft de sessie gesloten voor nieuwe deelnemers. Vraag de trainer om hem weer open te zetten.",
		EN: "The trainer has closed the session to new participants. Ask the trainer to open it again."},
	"full": {
		NL: "De sessie is vol (%d deelnemers). Vraag de trainer om een tweede sessie, of doe mee met iemand naast je.",
		EN: "The session is full (%d participants). Ask the trainer for a second session, or join someone next to you."},
	"cookie": {
		NL: "Je browser stuurde geen cookie mee. Die is nodig om je antwoorden bij jou te houden: sta cookies toe voor dit adres en probeer het opnieuw.",
		EN: "Your browser sent no cookie. It is needed to keep your answers with you: allow cookies for this address and try again."},
	"stale": {
		NL: "Die pagina was verouderd, dus er is niets veranderd. Hier is waar je nu bent.",
		EN: "That page was out of date, so nothing changed. Here is where you are now."},
	"choose": {
		NL: "Kies eerst een van de opties.",
		EN: "Choose one of the options first."},
	"order": {
		NL: "Beantwoord eerst de casussen hiervoor; de casussen gaan op volgorde.",
		EN: "Answer the scenarios before this one first; the scenarios go in order."},
	"journal": {
		NL: "Je antwoord is NIET bewaard: opslaan op de laptop van de trainer lukte niet. Probeer het nog eens; lukt het weer niet, meld het de trainer.",
		EN: "Your answer was NOT kept: saving on the trainer's laptop failed. Try again; if it fails again, tell the trainer."},
	"save": {
		NL: "Je antwoorden zijn bewaard, maar je uitslag kon niet worden opgeslagen. Probeer het nog eens; lukt het weer niet, meld het de trainer.",
		EN: "Your answers are kept, but your result could not be saved. Try again; if it fails again, tell the trainer."},
	"closed": {
		NL: "De sessie is afgesloten.",
		EN: "The session has been closed."},
}

// Messages of the error pages that are answered directly (no redirect).
var (
	txtTooMany = i18n.Text{
		NL: "Te veel pogingen achter elkaar. Wacht een paar seconden en probeer het dan opnieuw.",
		EN: "Too many tries in a row. Wait a few seconds, then try again."}
	txtTooBig = i18n.Text{
		NL: "Dat formulier is te groot om te verwerken. Ga terug en probeer het opnieuw.",
		EN: "That form is too large to handle. Go back and try again."}
	txtBadForm = i18n.Text{
		NL: "Dat formulier kon niet worden gelezen. Ga terug en probeer het opnieuw.",
		EN: "That form could not be read. Go back and try again."}
	txtForeign = i18n.Text{
		NL: "Dit formulier kwam van een andere website en is genegeerd.",
		EN: "This form came from another website and was ignored."}
)
