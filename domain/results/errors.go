package results

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
)

// Op says what the program was doing when a file operation failed, which
// decides what the user is told to do about it.
type Op int

// The operations that can fail.
const (
	// OpSave is saving a finished result (the s key, --save).
	OpSave Op = iota
	// OpLoad is reading a result file.
	OpLoad
	// OpSaveProgress is keeping the progress of a quiz under way.
	OpSaveProgress
	// OpLoadProgress is reading kept progress at start.
	OpLoadProgress
	// OpClearProgress is removing kept progress after a finished quiz.
	OpClearProgress
	// OpLocateStore is finding the user's cache directory.
	OpLocateStore
	// OpCheckDir is checking, before the quiz starts, that --save's
	// folder can take the result (see CheckDir).
	OpCheckDir
)

// Kind classifies a failure by what the user can do about it.
type Kind int

// The kinds of failure.
const (
	// KindOther is anything not listed below; the message shows the
	// system's own words.
	KindOther Kind = iota
	// KindPermission: the user may not read or write there.
	KindPermission
	// KindNotDir: a path that should be a directory is a file.
	KindNotDir
	// KindDiskFull: no space left (or the quota is used up).
	KindDiskFull
	// KindReadOnly: the file system is mounted read-only.
	KindReadOnly
	// KindNotExist: the file is not there.
	KindNotExist
	// KindForeign: the file is not a result of this program (or of a newer
	// version of it).
	KindForeign
	// KindCorrupt: kept progress could not be read back; it was set aside.
	KindCorrupt
	// KindRelative: $XDG_CACHE_HOME is a relative path, which is ignored
	// (Path holds its value).
	KindRelative
	// KindLoop: a symbolic link that leads, in the end, to itself.
	KindLoop
)

// Error is a failed file operation, classified so that Message can say what
// to do. Err is the underlying cause (kept for errors.Is and logs).
type Error struct {
	Op   Op
	Kind Kind
	// Path is the file or directory concerned.
	Path string
	// Aside is where a corrupt progress file was moved (KindCorrupt only;
	// empty if it could not be moved and was removed instead).
	Aside string
	Err   error
}

// Error gives a one-line English description for logs; show Message to
// users. Paths are quoted with safetext.Path when they hold controls, and
// the cause is made one safe line, since logs end up on terminals too.
func (e *Error) Error() string {
	cause := safetext.Line(fmt.Sprint(e.Err))
	if e.Kind == KindCorrupt && e.Aside != "" {
		return fmt.Sprintf("%s: %s: %s (moved aside to %s)", opNames[e.Op], safetext.Path(e.Path), cause, safetext.Path(e.Aside))
	}
	return fmt.Sprintf("%s: %s: %s", opNames[e.Op], safetext.Path(e.Path), cause)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

var opNames = map[Op]string{
	OpSave:          "save result",
	OpLoad:          "read result",
	OpSaveProgress:  "keep progress",
	OpLoadProgress:  "read progress",
	OpClearProgress: "clear progress",
	OpLocateStore:   "find cache directory",
	OpCheckDir:      "check save folder",
}

// Classify wraps err from op on path in an *Error of the right kind, so
// that Message can explain it. A nil err stays nil and an *Error is
// returned as it is.
func Classify(op Op, path string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Op: op, Kind: kindOf(err), Path: path, Err: err}
}

func kindOf(err error) Kind {
	switch {
	case errors.Is(err, ErrForeign):
		return KindForeign
	case isDiskFull(err):
		return KindDiskFull
	case isReadOnly(err):
		return KindReadOnly
	case isNotDir(err), errors.Is(err, errNotDir):
		return KindNotDir
	case errors.Is(err, fs.ErrPermission):
		return KindPermission
	case errors.Is(err, fs.ErrNotExist):
		return KindNotExist
	case errors.Is(err, syscall.ELOOP):
		return KindLoop
	}
	return KindOther
}

// KindOf returns the kind of a failure from this package, or KindOther.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindOther
}

// The words of Message: what failed (with the path), why, and what to do.
var (
	opText = map[Op]i18n.Text{
		OpSave: {
			NL: "Het resultaat kan niet worden opgeslagen in %s",
			EN: "The result cannot be saved in %s"},
		OpLoad: {
			NL: "%s kan niet worden gelezen",
			EN: "%s cannot be read"},
		OpSaveProgress: {
			NL: "Je voortgang kan niet worden bewaard in %s",
			EN: "Your progress cannot be kept in %s"},
		OpLoadProgress: {
			NL: "Je bewaarde voortgang in %s kan niet worden gelezen",
			EN: "Your kept progress in %s cannot be read"},
		OpClearProgress: {
			NL: "Je bewaarde voortgang in %s kan niet worden gewist",
			EN: "Your kept progress in %s cannot be removed"},
		OpLocateStore: {
			NL: "Er is geen map gevonden om je voortgang te bewaren",
			EN: "No folder was found to keep your progress in"},
		OpCheckDir: {
			NL: "In %s kan je uitslag niet worden bewaard",
			EN: "Your result cannot be saved in %s"},
	}
	kindText = map[Kind]i18n.Text{
		KindPermission: {NL: "je hebt daar geen toestemming voor", EN: "you do not have permission"},
		KindNotDir:     {NL: "dat is een bestand, geen map", EN: "that is a file, not a folder"},
		KindDiskFull:   {NL: "de schijf is vol", EN: "the disk is full"},
		KindReadOnly:   {NL: "de schijf is alleen-lezen", EN: "the disk is read-only"},
		KindNotExist:   {NL: "het bestand bestaat niet", EN: "the file does not exist"},
		KindForeign:    {NL: "het is geen resultaat van ideale-ambtenaar", EN: "it is not an ideale-ambtenaar result"},
		KindCorrupt:    {NL: "het bestand was beschadigd", EN: "the file was damaged"},
		KindLoop: {
			NL: "het is een snelkoppeling (symbolische link) die in een kring naar zichzelf wijst",
			EN: "it is a shortcut (symbolic link) that leads round in a loop to itself"},
		KindRelative: {
			NL: "XDG_CACHE_HOME is geen volledig pad (het moet met / beginnen)",
			EN: "XDG_CACHE_HOME is not a full path (it must start with /)"},
	}
	adviceSave = map[Kind]i18n.Text{
		KindDiskFull: {
			NL: "Maak ruimte vrij of kies een andere map; je resultaat blijft staan.",
			EN: "Free some space or choose another folder; your result stays on screen."},
		KindNotDir: {
			NL: "Geef een map op (die wordt zo nodig aangemaakt); je resultaat blijft staan.",
			EN: "Give a folder (it is created if needed); your result stays on screen."},
	}
	adviceSaveDefault = i18n.Text{
		NL: "Kies een map waarin je mag schrijven, bijvoorbeeld in je thuismap; je resultaat blijft staan.",
		EN: "Choose a folder you can write to, in your home folder say; your result stays on screen."}
	adviceLoad = map[Kind]i18n.Text{
		KindNotExist:   {NL: "Controleer de naam.", EN: "Check the name."},
		KindPermission: {NL: "Vraag de eigenaar om leesrechten.", EN: "Ask the owner for read access."},
		KindForeign:    {NL: "Het bestand wordt overgeslagen.", EN: "The file is skipped."},
	}
	adviceSaveProgress = i18n.Text{
		NL: "De quiz gaat gewoon door, maar kan na afsluiten niet worden hervat.",
		EN: "The quiz carries on, but cannot be resumed after quitting."}
	adviceRelative = i18n.Text{
		NL: "Zet XDG_CACHE_HOME op een volledig pad of haal het weg. De quiz gaat gewoon door, maar kan na afsluiten niet worden hervat.",
		EN: "Set XDG_CACHE_HOME to a full path or unset it. The quiz carries on, but cannot be resumed after quitting."}
	adviceCheckDir = map[Kind]i18n.Text{
		KindNotDir: {
			NL: "Geef met --save een map op, geen bestand (een nieuwe map wordt aangemaakt).",
			EN: "Give --save a folder, not a file (a new folder is created)."},
		KindDiskFull: {
			NL: "Maak ruimte vrij of kies met --save een andere map.",
			EN: "Free some space or choose another folder with --save."},
	}
	adviceCheckDirDefault = i18n.Text{
		NL: "Kies met --save een map waarin je mag schrijven, bijvoorbeeld in je thuismap.",
		EN: "Choose a folder you can write to with --save, in your home folder say."}
	adviceLoadProgress = i18n.Text{
		NL: "Je begint opnieuw.",
		EN: "You start afresh."}
	adviceCorrupt = i18n.Text{
		NL: "Het is opzijgezet als %s; je begint opnieuw.",
		EN: "It was set aside as %s; you start afresh."}
	adviceCorruptRemoved = i18n.Text{
		NL: "Het is verwijderd; je begint opnieuw.",
		EN: "It was removed; you start afresh."}
	adviceClear = i18n.Text{
		NL: "Verwijder het bestand zelf als je de volgende keer niet wilt hervatten.",
		EN: "Remove the file yourself if you do not want to resume next time."}
)

// Message explains err to the user in l: what failed, why, and what to do
// about it, in one or two sentences. Errors that do not come from this
// package are shown as they are.
func Message(err error, l i18n.Lang) string {
	if err == nil {
		return ""
	}
	var e *Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	head := opText[e.Op].F(l, safetext.Path(e.Path))
	if e.Op == OpLocateStore {
		head = opText[e.Op].In(l)
	}
	return head + ": " + Reason(err, l) + ". " + advice(e, l)
}

// Message explains the error in l (see the package function Message).
func (e *Error) Message(l i18n.Lang) string { return Message(e, l) }

// Reason is the short cause of err in l, without the path or advice: "de
// schijf is vol", "geen resultaat van ideale-ambtenaar: leeg bestand". The
// team view lists skipped files with it.
func Reason(err error, l i18n.Lang) string {
	if err == nil {
		return ""
	}
	kind := KindOf(err)
	if errors.Is(err, ErrForeign) {
		kind = KindForeign
	}
	why, ok := kindText[kind]
	if !ok {
		return systemReason(err)
	}
	reason := why.In(l)
	var fe *formatError
	if errors.As(err, &fe) {
		if fe.ours {
			return fe.in(l)
		}
		reason += ": " + fe.in(l)
	}
	return reason
}

// systemReason is the system's own words for err, without the path (which
// the message names already, safely quoted) and made one safe line: an
// *fs.PathError's text holds the path raw.
func systemReason(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Err != nil {
		err = e.Err
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return safetext.Line(err.Error())
}

func advice(e *Error, l i18n.Lang) string {
	switch e.Op {
	case OpSave:
		if t, ok := adviceSave[e.Kind]; ok {
			return t.In(l)
		}
		return adviceSaveDefault.In(l)
	case OpLoad:
		return adviceLoad[e.Kind].In(l)
	case OpLocateStore:
		if e.Kind == KindRelative {
			return adviceRelative.In(l)
		}
		return adviceSaveProgress.In(l)
	case OpSaveProgress:
		return adviceSaveProgress.In(l)
	case OpCheckDir:
		if t, ok := adviceCheckDir[e.Kind]; ok {
			return t.In(l)
		}
		return adviceCheckDirDefault.In(l)
	case OpLoadProgress:
		if e.Kind == KindCorrupt {
			if e.Aside == "" {
				return adviceCorruptRemoved.In(l)
			}
			return adviceCorrupt.F(l, safetext.Path(e.Aside))
		}
		return adviceLoadProgress.In(l)
	case OpClearProgress:
		return adviceClear.In(l)
	}
	return ""
}
