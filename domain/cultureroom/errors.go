package cultureroom

import (
	"errors"
	"fmt"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
)

// Error is a culture room's error with its explanation in both languages.
// Its Kind is one of room's kinds, and errors.Is matches it against room's
// Err… values (room.ErrFull, room.ErrLocked, room.ErrFinished, …), so the
// transports treat both kinds of room alike. Show it with Message (or
// In): room.Message only knows room's own errors.
type Error struct {
	Kind room.Kind
	text i18n.Text
	args []any
	// Err is the cause, when there is one (a file system error).
	Err error
	// said: the text says the cause already.
	said bool
}

// Error is the English message, for logs.
func (e *Error) Error() string { return e.In(i18n.EN) }

// In is the message in l.
func (e *Error) In(l i18n.Lang) string {
	args := make([]any, len(e.args))
	for i, a := range e.args {
		if t, ok := a.(interface{ In(i18n.Lang) string }); ok {
			a = t.In(l)
		}
		args[i] = a
	}
	msg := e.text.F(l, args...)
	if e.Err != nil && !e.said {
		msg += ": " + results.Reason(e.Err, l)
	}
	return msg
}

// Message is In, for i18n.Localized.
func (e *Error) Message(l i18n.Lang) string { return e.In(l) }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is matches room's sentinels and this package's errors by Kind.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case *room.Error:
		return t.Kind == e.Kind
	case *Error:
		return t.Kind == e.Kind
	}
	return false
}

func newError(k room.Kind, t i18n.Text, args ...any) *Error {
	return &Error{Kind: k, text: t, args: args}
}

// Message explains err in l: this package's errors, an allocation's
// problem (culture.AllocationError), and whatever room.Message explains
// (room's and results' errors); others as they are.
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
	return room.Message(err, l)
}

var (
	txtFull = i18n.Text{
		NL: "de sessie is vol (%d deelnemers); vraag de trainer om een tweede sessie of doe mee met iemand naast je",
		EN: "the session is full (%d participants); ask the trainer for a second session or join someone next to you"}
	txtUnknown = i18n.Text{
		NL: "deelnemer %d is niet bekend in deze sessie; meld je opnieuw aan",
		EN: "participant %d is not known in this session; join again"}
	txtNotDone = i18n.Text{
		NL: "nog %d stappen zonder verdeling; verdeel eerst de punten daar",
		EN: "%d steps still without an allocation; share the points there first"}
	txtNotCurrent = i18n.Text{
		NL: "stap %d is niet aan de beurt; je bent bij stap %d",
		EN: "step %d is not the current one; you are at step %d"}
	txtExists = i18n.Text{
		NL: "in %s staat al een sessie; hervat die, of kies een andere map",
		EN: "%s already holds a session; resume it, or choose another folder"}
	txtNoJournal = i18n.Text{
		NL: "in %s staat geen sessie om te hervatten (geen %s)",
		EN: "%s holds no session to resume (no %s)"}
	txtForeign = i18n.Text{
		NL: "%s is geen cultuursessielogboek van ideale-ambtenaar (%s)",
		EN: "%s is not an ideale-ambtenaar culture session journal (%s)"}
	txtOtherSet = i18n.Text{
		NL: "de sessie in %s hoort bij een andere cultuurset (%s, kenmerk %s) dan deze (%s, kenmerk %s); start met dezelfde cultuurset, of kies een andere map",
		EN: "the session in %s belongs to another culture set (%s, hash %s) than this one (%s, hash %s); start with the same culture set, or choose another folder"}
	txtJournal = i18n.Text{
		NL: "dit is niet bewaard: het sessielogboek van de trainer kan nu niet worden geschreven (%s); probeer het zo nog eens",
		EN: "this was not kept: the trainer's session journal cannot be written now (%s); try again in a moment"}
)

// The argument-free errors are room's own values.
var (
	errClosed   = room.ErrClosed
	errLocked   = room.ErrLocked
	errFinished = room.ErrFinished
)

func errFull(max int) error { return newError(room.KindFull, txtFull, max) }
func errUnknown(id room.ParticipantID) error {
	return newError(room.KindUnknownParticipant, txtUnknown, int(id))
}
func errNotDone(open int) error { return newError(room.KindNotDone, txtNotDone, open) }

// errNotCurrent: a GiveAt for a step that is not the participant's
// current one (1-based in the message).
func errNotCurrent(step, at int) error {
	return newError(room.KindNotReached, txtNotCurrent, step+1, at+1)
}

// journalError wraps a failed journal write or sync.
// Like room's, its message names the cause but not the path, which
// participants have no business seeing.
func journalError(path string, err error) *Error {
	cause := results.Classify(results.OpSave, path, err)
	return &Error{Kind: room.KindJournal, text: txtJournal, args: []any{reasonText{cause}}, Err: cause, said: true}
}

// reasonText is a cause in the user's language, without a path.
type reasonText struct{ err error }

func (r reasonText) In(l i18n.Lang) string { return results.Reason(r.err, l) }

// configError reports a programming mistake in Config; the message is for
// developers, so both languages say the same.
func configError(format string, args ...any) *Error {
	s := fmt.Sprintf(format, args...)
	return &Error{Kind: room.KindConfig, text: i18n.Text{NL: "%s", EN: "%s"}, args: []any{s}}
}
