package room

import (
	"errors"
	"fmt"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
)

// Kind classifies a room's error by what the user (participant or trainer)
// can do about it.
type Kind int

// The kinds of error.
const (
	// KindOther is anything not listed below.
	KindOther Kind = iota
	// KindBadCode: a join code that cannot be one (ParseCode).
	KindBadCode
	// KindLocked: the trainer has locked the room; nobody new can join.
	KindLocked
	// KindFull: the room has its maximum number of participants.
	KindFull
	// KindUnknownParticipant: no such participant in this round.
	KindUnknownParticipant
	// KindUnknownScenario: no scenario with that ID in the question set.
	KindUnknownScenario
	// KindNoSuchOption: the option number is not one of those shown.
	KindNoSuchOption
	// KindNotReached: the scenario comes after the first one not yet
	// answered; scenarios are answered in order.
	KindNotReached
	// KindFinished: the participant has finished; answers are final.
	KindFinished
	// KindNotDone: Finish before every scenario has an answer.
	KindNotDone
	// KindExists: New in a folder that already holds a room's journal.
	KindExists
	// KindNoJournal: Resume in a folder without a journal.
	KindNoJournal
	// KindForeignJournal: the journal is not a room journal of this program
	// (or of a newer version).
	KindForeignJournal
	// KindOtherSet: the journal belongs to another question set.
	KindOtherSet
	// KindJournal: writing the journal failed; the action was not kept.
	KindJournal
	// KindClosed: the room has been closed.
	KindClosed
	// KindConfig: New or Resume was called without what it needs.
	KindConfig
	// KindBusy: another process has the session folder (see LockName).
	KindBusy
	// KindOtherActivity: a call of one activity (Answer, Give, …) on a
	// room that runs another.
	KindOtherActivity
	// KindNoRounds: NewRound on an activity of one round (the culture
	// survey).
	KindNoRounds
	// KindNotOpen: an answer or proposal for a case the trainer has not
	// opened (the paced workshop), or a trainer's step that needs an
	// open case before any is open.
	KindNotOpen
	// KindNoSuchCase: the trainer asked for a case number that the set
	// does not have, or for the next case after the last.
	KindNoSuchCase
	// KindRevealed: the split of this case is shown; choices are final.
	KindRevealed
	// KindNoExtreme: a proposal before the trainer started the extreme
	// round of the case, or from someone without an assigned type.
	KindNoExtreme
	// KindBadProposal: a proposal that is empty or too long.
	KindBadProposal
	// KindNoSuchProposal: hide or show of a proposal number not given.
	KindNoSuchProposal
	// KindEnded: the trainer has ended the workshop.
	KindEnded
)

// Error is a room's error with its explanation in both languages. Compare
// with errors.Is against the Err… values (which match on Kind), and show
// Message to users.
type Error struct {
	Kind Kind
	text i18n.Text
	args []any
	// Err is the cause, when there is one (a file system error).
	Err error
	// said: the text says the cause already.
	said bool
}

func newError(k Kind, t i18n.Text, args ...any) *Error {
	return &Error{Kind: k, text: t, args: args}
}

// Error is the English message, for logs.
func (e *Error) Error() string { return e.In(i18n.EN) }

// In is the message in l.
func (e *Error) In(l i18n.Lang) string {
	msg := format(e.text, l, e.args)
	if e.Err != nil && !e.said {
		msg += ": " + results.Reason(e.Err, l)
	}
	return msg
}

// Message is In, so that a room error is an i18n.Localized and every
// command says it in the user's language (explain in command/cli.go).
func (e *Error) Message(l i18n.Lang) string { return e.In(l) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrLocked) true for every error of KindLocked.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind
}

// The errors to compare with errors.Is. The values returned carry the
// details; these carry the general wording.
var (
	ErrLocked = newError(KindLocked, i18n.Text{
		NL: "de trainer heeft de sessie gesloten voor nieuwe deelnemers; vraag de trainer om hem weer open te zetten",
		EN: "the trainer has closed the session to new participants; ask the trainer to open it again"})
	ErrFull = newError(KindFull, i18n.Text{
		NL: "de sessie is vol (%d deelnemers); vraag de trainer om een tweede sessie of doe mee met iemand naast je",
		EN: "the session is full (%d participants); ask the trainer for a second session or join someone next to you"}, DefaultMaxParticipants)
	ErrUnknownParticipant = newError(KindUnknownParticipant, i18n.Text{
		NL: "deelnemer %d is niet bekend in deze ronde; meld je opnieuw aan",
		EN: "participant %d is not known in this round; join again"}, 0)
	ErrUnknownScenario = newError(KindUnknownScenario, i18n.Text{
		NL: "geen casus %q in deze vragenset",
		EN: "no scenario %q in this question set"}, "")
	ErrNoSuchOption = newError(KindNoSuchOption, i18n.Text{
		NL: "kies een van de %d opties",
		EN: "choose one of the %d options"}, 0)
	ErrNotReached = newError(KindNotReached, i18n.Text{
		NL: "beantwoord eerst casus %d; de casussen gaan op volgorde",
		EN: "answer scenario %d first; the scenarios go in order"}, 0)
	ErrFinished = newError(KindFinished, i18n.Text{
		NL: "je bent klaar en je antwoorden zijn bewaard; ze kunnen niet meer veranderen",
		EN: "you have finished and your answers are kept; they can no longer change"})
	ErrNotDone = newError(KindNotDone, i18n.Text{
		NL: "nog %d casussen zonder antwoord; beantwoord ze eerst",
		EN: "%d scenarios still without an answer; answer them first"}, 0)
	ErrExists = newError(KindExists, i18n.Text{
		NL: "in %s staat al een sessie; hervat die, of kies een andere map",
		EN: "%s already holds a session; resume it, or choose another folder"}, "")
	ErrNoJournal = newError(KindNoJournal, i18n.Text{
		NL: "in %s staat geen sessie om te hervatten (geen %s)",
		EN: "%s holds no session to resume (no %s)"}, "", JournalName)
	ErrForeignJournal = newError(KindForeignJournal, i18n.Text{
		NL: "%s is geen sessielogboek van ideale-ambtenaar (%s)",
		EN: "%s is not an ideale-ambtenaar session journal (%s)"}, "", "")
	ErrOtherSet = newError(KindOtherSet, i18n.Text{
		NL: "de sessie in %s hoort bij een andere vragenset (%s, kenmerk %s) dan deze (%s, kenmerk %s); start met dezelfde vragenset, of kies een andere map",
		EN: "the session in %s belongs to another question set (%s, hash %s) than this one (%s, hash %s); start with the same question set, or choose another folder"},
		"", "", "", "", "")
	ErrJournal = newError(KindJournal, i18n.Text{
		NL: "dit is niet bewaard: het sessielogboek van de trainer kan nu niet worden geschreven (%s); probeer het zo nog eens",
		EN: "this was not kept: the trainer's session journal cannot be written now (%s); try again in a moment"}, "")
	ErrBusy = newError(KindBusy, i18n.Text{
		NL: "de sessie in %s is al open in een ander venster of proces; ga daar verder, of stop dat eerst en hervat dan",
		EN: "the session in %s is already open in another window or process; go on there, or stop that first and then resume"}, "")
	ErrClosed = newError(KindClosed, i18n.Text{
		NL: "de sessie is afgesloten",
		EN: "the session has been closed"})
	ErrOtherActivity = newError(KindOtherActivity, i18n.Text{
		NL: "deze sessie doet een andere activiteit",
		EN: "this session runs another activity"})
	ErrNoRounds = newError(KindNoRounds, i18n.Text{
		NL: "deze activiteit heeft één ronde; start voor een nieuwe ronde een nieuwe sessie",
		EN: "this activity has one round; start a new session for a new round"})
	ErrNotOpen = newError(KindNotOpen, i18n.Text{
		NL: "deze casus is niet open; de trainer opent de casussen één voor één, wacht op de volgende",
		EN: "this scenario is not open; the trainer opens the scenarios one at a time, wait for the next"})
	ErrNoCaseOpen = newError(KindNotOpen, i18n.Text{
		NL: "er is nog geen casus open; open er eerst een (next of open N)",
		EN: "no scenario is open yet; open one first (next or open N)"})
	ErrNoSuchCase = newError(KindNoSuchCase, i18n.Text{
		NL: "casus %d bestaat niet; kies een nummer van 1 tot en met %d",
		EN: "scenario %d does not exist; choose a number from 1 to %d"})
	ErrLastCase = newError(KindNoSuchCase, i18n.Text{
		NL: "dit was de laatste casus (%d); toon de mix van de zaal (mix) of sluit af (end)",
		EN: "this was the last scenario (%d); show the room's mix (mix) or finish (end)"})
	ErrRevealed = newError(KindRevealed, i18n.Text{
		NL: "de verdeling van deze casus staat al op het scherm; je keuze staat vast",
		EN: "the split of this scenario is on the screen already; your choice is final"})
	ErrNoExtreme = newError(KindNoExtreme, i18n.Text{
		NL: "de extreme ronde van deze casus is nog niet begonnen; wacht op de trainer",
		EN: "the extreme round of this scenario has not started; wait for the trainer"})
	ErrEmptyProposal = newError(KindBadProposal, i18n.Text{
		NL: "je voorstel is leeg; schrijf in één regel wat jouw type op zijn uiterst doet",
		EN: "your proposal is empty; write in one line what your type does at its extreme"})
	ErrLongProposal = newError(KindBadProposal, i18n.Text{
		NL: "je voorstel is %d tekens; het mag er hoogstens %d zijn, maak het korter",
		EN: "your proposal is %d characters; it may have %d at most, make it shorter"})
	ErrNoSuchProposal = newError(KindNoSuchProposal, i18n.Text{
		NL: "er is geen voorstel %d; de nummers staan op het scherm bij de voorstellen",
		EN: "there is no proposal %d; the numbers are on the screen beside the proposals"})
	ErrEnded = newError(KindEnded, i18n.Text{
		NL: "de trainer heeft de workshop afgesloten; je mix blijft op je scherm",
		EN: "the trainer has ended the workshop; your mix stays on your screen"})
	// ErrAlreadyEnded is ErrEnded as the trainer reads it.
	ErrAlreadyEnded = newError(KindEnded, i18n.Text{
		NL: "de workshop is al afgesloten; start voor een nieuwe workshop een nieuwe sessie",
		EN: "the workshop has ended already; start a new session for a new workshop"})
)

// notDone is ErrNotDone with open steps, in the words of act.
func notDone(act Activity, open int) *Error {
	return newError(KindNotDone, act.words().notDone, open)
}

// otherSet is ErrOtherSet for the journal in dir of the set title (hash),
// in the words of act.
func otherSet(act Activity, dir, title, hash string) *Error {
	return newError(KindOtherSet, act.words().otherSet, dir, title, hash, act.title(), short(act.hash()))
}

// Message explains err in l. Errors of this package, of package results
// and an allocation's problem (culture.AllocationError) get their
// translated text; others are shown as they are.
func Message(err error, l i18n.Lang) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.In(l)
	}
	var ae *culture.AllocationError
	if errors.As(err, &ae) {
		return ae.Message(l)
	}
	var re *results.Error
	if errors.As(err, &re) {
		return results.Message(err, l)
	}
	return err.Error()
}

// with returns a copy of the sentinel e with its own arguments.
func (e *Error) with(args ...any) *Error {
	return &Error{Kind: e.Kind, text: e.text, args: args}
}

// journalError wraps a failed journal write or sync.
// Its message names the cause but not the path: participants see it,
// and the trainer's file paths are none of their business (the projector
// says the path; see JournalReason).
func journalError(path string, err error) *Error {
	cause := results.Classify(results.OpSave, path, err)
	return &Error{Kind: KindJournal, text: ErrJournal.text, args: []any{reason{cause}}, Err: cause, said: true}
}

// reason is a cause in the user's language, without a path.
type reason struct{ err error }

func (r reason) In(l i18n.Lang) string { return results.Reason(r.err, l) }

// configError reports a programming mistake in Config; the message is for
// developers, so both languages say the same.
func configError(format string, args ...any) *Error {
	s := fmt.Sprintf(format, args...)
	return &Error{Kind: KindConfig, text: i18n.Text{NL: "%s", EN: "%s"}, args: []any{s}}
}

// phrase is a translated part of a message with its own arguments.
type phrase struct {
	text i18n.Text
	args []any
}

func (p phrase) In(l i18n.Lang) string { return format(p.text, l, p.args) }

// format fills t in l with args, translating the arguments that are
// translated themselves (i18n.Text, phrase, *Error).
func format(t i18n.Text, l i18n.Lang, args []any) string {
	out := make([]any, len(args))
	for i, a := range args {
		if tr, ok := a.(interface{ In(i18n.Lang) string }); ok {
			a = tr.In(l)
		}
		out[i] = a
	}
	return t.F(l, out...)
}
