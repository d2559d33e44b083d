package questionfile

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"ideale-ambtenaar/i18n"
)

// MaxProblems is how many problems one file reports at most. A file that
// is broken in more places than this is almost always the wrong file, and
// a screen full of the same complaint helps nobody; the rest is counted.
const MaxProblems = 100

// Problem is one thing wrong with a question file: where it is and, in both
// languages, what is wrong and how to fix it.
type Problem struct {
	// File is the file's name as the user gave it.
	File string
	// Line and Column are 1-based. Both are 0 when the problem concerns the
	// whole file (it is missing, too large, not UTF-8, …).
	Line, Column int
	// Text says what is wrong and how to fix it, without the location.
	Text i18n.Text
}

// Located reports whether the problem points at a place in the file.
func (p Problem) Located() bool { return p.Line > 0 }

// Message renders the problem in l as "file:line:col: text", or
// "file: text" when it concerns the whole file, the form that editors and
// terminals turn into a link.
func (p Problem) Message(l i18n.Lang) string {
	if !p.Located() {
		return fmt.Sprintf("%s: %s", p.File, p.Text.In(l))
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, max(p.Column, 1), p.Text.In(l))
}

// Problems is the error that Parse and Load return when a question file
// cannot be used. It lists every problem found (up to MaxProblems), in the
// order of the file.
type Problems struct {
	// File is the file's name as the user gave it.
	File string
	// Lang is the language the file declares with language:, when that
	// could be read; empty otherwise. Messages about the file are best
	// shown in it unless the user asked for another.
	Lang i18n.Lang
	// List holds the problems sorted by position; whole-file problems
	// come first.
	List []Problem
	// Omitted counts the problems beyond MaxProblems that are not listed.
	Omitted int

	cause error // the file-system error behind a problem, if any
	// remap, when set, moves a column on a line whose tabs were read as
	// spaces (see untab) back to the column in the file.
	remap func(line, col int) int
}

// Error renders the problems in English, one per line. Users should see
// Message instead, which speaks their language.
func (ps *Problems) Error() string { return ps.Message(i18n.EN) }

// Unwrap returns the file-system error behind the problem, if any, so that
// errors.Is(err, fs.ErrNotExist) works on what Load returns.
func (ps *Problems) Unwrap() error { return ps.cause }

// Message renders every problem in l, one per line.
func (ps *Problems) Message(l i18n.Lang) string {
	lines := make([]string, 0, len(ps.List)+1)
	for _, p := range ps.List {
		lines = append(lines, p.Message(l))
	}
	if ps.Omitted > 0 {
		lines = append(lines, txtOmitted.F(l, ps.File, ps.Omitted))
	}
	return strings.Join(lines, "\n")
}

// Count is the number of problems, including the omitted ones.
func (ps *Problems) Count() int { return len(ps.List) + ps.Omitted }

// add records a problem, or counts it once MaxProblems are listed.
func (ps *Problems) add(p Problem) {
	if len(ps.List) >= MaxProblems {
		ps.Omitted++
		return
	}
	p.File = ps.File
	if ps.remap != nil {
		p.Column = ps.remap(p.Line, p.Column)
	}
	ps.List = append(ps.List, p)
}

// sort puts the problems in file order, keeping the order of discovery for
// problems at the same place.
func (ps *Problems) sort() {
	slices.SortStableFunc(ps.List, func(a, b Problem) int {
		if c := cmp.Compare(a.Line, b.Line); c != 0 {
			return c
		}
		return cmp.Compare(a.Column, b.Column)
	})
}

// err returns ps as an error, or nil when nothing was found.
func (ps *Problems) err() error {
	if ps.Count() == 0 {
		return nil
	}
	ps.sort()
	return ps
}

// Message renders any error returned by Parse or Load for the user in l.
// Problems become one located line each; anything else (which Parse and
// Load do not return, but a caller might pass) is shown as it is.
func Message(err error, l i18n.Lang) string {
	if err == nil {
		return ""
	}
	var ps *Problems
	if errors.As(err, &ps) {
		return ps.Message(l)
	}
	return err.Error()
}

// FileLang returns the language that the file behind err declares, when
// Parse or Load could read it, so that its problems can be reported in the
// trainer's own language.
func FileLang(err error) (i18n.Lang, bool) {
	var ps *Problems
	if errors.As(err, &ps) && ps.Lang != "" {
		return ps.Lang, true
	}
	return "", false
}

// tr formats t in both languages. Arguments that are themselves i18n.Text
// are put in the matching language, so that phrases like "in a question"
// can be passed along.
func tr(t i18n.Text, args ...any) i18n.Text {
	return i18n.Text{NL: trIn(i18n.NL, t, args), EN: trIn(i18n.EN, t, args)}
}

func trIn(l i18n.Lang, t i18n.Text, args []any) string {
	local := make([]any, len(args))
	for i, a := range args {
		if tt, ok := a.(i18n.Text); ok {
			local[i] = tt.In(l)
		} else {
			local[i] = a
		}
	}
	return fmt.Sprintf(t.In(l), local...)
}

var txtOmitted = i18n.Text{
	NL: "%s: en nog %d problemen; los eerst deze op en controleer het bestand dan opnieuw",
	EN: "%s: and %d more problems; fix these first, then check the file again",
}
