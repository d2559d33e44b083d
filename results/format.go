// Package results keeps what a person did with the quiz: finished results
// (saved as versioned JSON, one file each) and progress of a quiz under way
// (so a closed laptop loses nothing). It scores nothing itself; points and
// percentages come from package profile.
package results

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// FormatName identifies a result file; Version is bumped on any change that
// an older reader would misread.
const (
	FormatName = "ideale-ambtenaar/result"
	Version    = 1
)

// MaxFileSize bounds what Decode reads, so a foreign or huge file in a team
// folder costs nothing.
const MaxFileSize = 1 << 20

// Result is one finished quiz, as saved. The JSON field names are the
// documented format (see README, "Resultaten bewaren en teams").
type Result struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	TakenAt time.Time   `json:"taken_at"`
	Name    string      `json:"name,omitempty"`
	Set     SetInfo     `json:"set"`
	Answers []Answer    `json:"answers"`
	Points  TypeNumbers `json:"points"`
	Percent TypeNumbers `json:"percent"`
}

// SetInfo says which question set the result belongs to.
type SetInfo struct {
	Title     string `json:"title"`
	Language  string `json:"language"`
	Hash      string `json:"hash"`
	Source    string `json:"source,omitempty"`
	Questions int    `json:"questions"`
}

// Answer is one question's answer: the options in the order shown (file
// indices, 0-based) and the chosen option (file index).
type Answer struct {
	Question string `json:"question"`
	Shown    []int  `json:"shown"`
	Chosen   int    `json:"chosen"`
}

// TypeNumbers is a number per ideal type, written as an object keyed by the
// type keys so the JSON reads without a legend.
type TypeNumbers struct {
	Bureaucraat int `json:"bureaucraat"`
	Ondernemer  int `json:"ondernemer"`
	Verbinder   int `json:"verbinder"`
}

// FromArray converts per-type numbers in profile order.
func FromArray(a [profile.Count]int) TypeNumbers {
	return TypeNumbers{a[profile.Bureaucraat], a[profile.Ondernemer], a[profile.Verbinder]}
}

// Array returns the numbers in profile order.
func (n TypeNumbers) Array() [profile.Count]int {
	var a [profile.Count]int
	a[profile.Bureaucraat], a[profile.Ondernemer], a[profile.Verbinder] = n.Bureaucraat, n.Ondernemer, n.Verbinder
	return a
}

// Profile recomputes the mix from the saved points, so every reader rounds
// the same way.
func (r Result) Profile() profile.Profile { return profile.New(profile.Points(r.Points.Array())) }

// ErrForeign means the data is JSON but not a result of this program, or
// of a newer format version.
var ErrForeign = errors.New("not an ideale-ambtenaar result")

// ErrTooLarge means the data is longer than MaxFileSize; no result is that
// big, so it is not read any further.
var ErrTooLarge = fmt.Errorf("%w: larger than %d bytes", ErrForeign, MaxFileSize)

// Decode reads one result and checks that it is ours and consistent. It
// reads at most MaxFileSize bytes, decoding as it reads, so a folder of
// foreign or huge files costs no more memory than a folder of results.
func Decode(r io.Reader) (Result, error) {
	var res Result
	lr := &io.LimitedReader{R: r, N: MaxFileSize + 1}
	dec := json.NewDecoder(lr)
	if err := dec.Decode(&res); err != nil {
		if lr.N <= 0 {
			return Result{}, ErrTooLarge
		}
		return Result{}, fmt.Errorf("%w: %v", ErrForeign, err)
	}
	if err := res.Validate(); err != nil {
		return Result{}, err
	}
	return res, nil
}

// Validate checks what Decode checks: that r is a result of this program in
// a version it reads, with a question-set hash, points that are not
// negative and not all zero, and answers that chose one of the options
// shown. Save refuses a result that Decode would refuse later.
func (r Result) Validate() error {
	if r.Format != FormatName {
		return fmt.Errorf("%w: format is %q", ErrForeign, r.Format)
	}
	if r.Version < 1 || r.Version > Version {
		return fmt.Errorf("%w: version %d is not supported (this program reads up to %d)", ErrForeign, r.Version, Version)
	}
	if r.Set.Hash == "" {
		return fmt.Errorf("%w: no question-set hash", ErrForeign)
	}
	total := 0
	for _, v := range r.Points.Array() {
		if v < 0 {
			return fmt.Errorf("%w: negative points", ErrForeign)
		}
		total += v
	}
	if total == 0 {
		return fmt.Errorf("%w: no points at all", ErrForeign)
	}
	for i, a := range r.Answers {
		if a.Chosen == Unanswered {
			continue
		}
		if !slices.Contains(a.Shown, a.Chosen) {
			return fmt.Errorf("%w: answer %d chose option %d, which was not shown", ErrForeign, i+1, a.Chosen)
		}
	}
	return nil
}

// Unanswered is the Chosen value of a question without an answer. A result
// from a finished quiz has none.
const Unanswered = quiz.Unanswered

// Encode writes r as indented JSON with a final newline: the form Save
// writes, readable in a text editor and stable under diff.
func (r Result) Encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// NewResult records a walk as a result taken at now. name is the optional
// participant's name (cleaned with CleanName; empty means anonymous). The
// walk should be finished; a question without an answer is recorded with
// Chosen = Unanswered. Points and percentages come from the walk's profile,
// so the file says exactly what the result screen showed.
func NewResult(w *quiz.Walk, name string, now time.Time) Result {
	b := w.Bank()
	pr := w.Profile()
	order, chosen := w.Order(), w.Answers()
	answers := make([]Answer, len(b.Questions))
	for i, q := range b.Questions {
		id := q.ID
		if id == "" {
			id = strconv.Itoa(i + 1)
		}
		answers[i] = Answer{Question: id, Shown: order[i], Chosen: chosen[i]}
	}
	return Result{
		Format:  FormatName,
		Version: Version,
		TakenAt: now.Truncate(time.Second),
		Name:    CleanName(name),
		Set: SetInfo{
			Title:     b.Title,
			Language:  b.Language,
			Hash:      b.Hash,
			Source:    filepath.Base(b.Source),
			Questions: len(b.Questions),
		},
		Answers: answers,
		Points:  FromArray(pr.Points),
		Percent: FromArray(pr.Percent),
	}
}

// MaxNameLength is the longest name kept, in characters; a name is a label
// on a team chart, not a biography.
const MaxNameLength = 60

// CleanName trims a typed name, folds runs of white space to one space,
// drops control characters and cuts it to MaxNameLength characters.
func CleanName(s string) string {
	var b strings.Builder
	n := 0
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || r == utf8.RuneError:
			continue
		}
		sep := space && b.Len() > 0
		space = false
		if sep && n+2 > MaxNameLength || n+1 > MaxNameLength {
			break
		}
		if sep {
			b.WriteByte(' ')
			n++
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
