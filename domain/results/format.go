// Package results keeps what a person did with the quiz: finished results
// (saved as versioned JSON, one file each) and progress of a quiz under way
// (so a closed laptop loses nothing). It scores nothing itself; points and
// percentages come from package mix.
package results

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
)

// FormatName identifies a result file; Version is bumped on any change that
// an older reader would misread. Version 2 added "kind" (KindQuiz or
// KindCulture) and the culture block; a version 1 file is a quiz result
// and is read as before.
const (
	FormatName = "ideale-ambtenaar/result"
	Version    = 2
)

// MaxFileSize bounds what Decode reads, so a foreign or huge file in a team
// folder costs nothing.
const MaxFileSize = 1 << 20

// Result is one finished quiz, as saved. The JSON field names are the
// documented format (see README, "Resultaten bewaren en teams").
type Result struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Kind is KindQuiz or KindCulture; empty (version 1) means KindQuiz.
	Kind    string      `json:"kind,omitempty"`
	TakenAt time.Time   `json:"taken_at"`
	Name    string      `json:"name,omitempty"`
	Set     SetInfo     `json:"set"`
	Answers []Answer    `json:"answers"`
	Points  TypeNumbers `json:"points"`
	Percent TypeNumbers `json:"percent"`
	// Culture holds a culture survey (KindCulture only).
	Culture *CultureData `json:"culture,omitempty"`
}

// SetInfo says which question set the result belongs to.
type SetInfo struct {
	Title     string `json:"title"`
	Language  string `json:"language"`
	Hash      string `json:"hash"`
	Source    string `json:"source,omitempty"`
	Questions int    `json:"questions"`
	// Dimensions is the number of dimensions of a culture survey.
	Dimensions int `json:"dimensions,omitempty"`
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

// Mix recomputes the mix from the saved points, so every reader rounds
// the same way.
func (r Result) Mix() profile.Mix {
	return profile.Of(profile.Points(r.Points.Array()), len(r.Answers))
}

// ErrForeign means the data is JSON but not a result of this program, or
// of a newer format version. Every decoding failure matches it with
// errors.Is; Reason gives the particular cause in the user's language.
var ErrForeign = errors.New("not an ideale-ambtenaar result")

// formatError is one reason why data is not a readable result, in both
// languages, so that a team report can list it for the user. kinds are
// words that need translating too; they come before args.
type formatError struct {
	text  i18n.Text
	args  []any
	kinds []i18n.Text
	// ours means the file is a result of this program, only not of the
	// kind asked for; Reason then leaves out "not an ideale-ambtenaar
	// result".
	ours bool
}

func (e *formatError) Error() string { return ErrForeign.Error() + ": " + e.in(i18n.EN) }

// in is the reason in l.
func (e *formatError) in(l i18n.Lang) string {
	args := make([]any, 0, len(e.kinds)+len(e.args))
	for _, k := range e.kinds {
		args = append(args, k.In(l))
	}
	return e.text.F(l, append(args, e.args...)...)
}

// jsonKinds names the kinds of JSON value that encoding/json reports.
var jsonKinds = map[string]i18n.Text{
	"array":  {NL: "een lijst", EN: "an array"},
	"object": {NL: "een object", EN: "an object"},
	"number": {NL: "een getal", EN: "a number"},
	"string": {NL: "tekst", EN: "a string"},
	"bool":   {NL: "true/false", EN: "true/false"},
}

// Is makes every formatError match ErrForeign.
func (e *formatError) Is(target error) bool { return target == ErrForeign }

func foreign(text i18n.Text, args ...any) error { return &formatError{text: text, args: args} }

// ErrTooLarge means the data is longer than MaxFileSize; no result is that
// big, so it is not read any further.
var ErrTooLarge error = &formatError{text: i18n.Text{
	NL: "groter dan %d KiB, dat is geen resultaat",
	EN: "larger than %d KiB, which no result is"}, args: []any{MaxFileSize >> 10}}

// Decode reads one result and checks that it is ours and consistent. It
// reads at most MaxFileSize bytes, so a folder of foreign or huge files
// costs no more memory than a folder of results.
func Decode(r io.Reader) (Result, error) { return decodeChecked[Result](r) }

// checked is a file's content that checks itself and makes its texts safe:
// a Result, or a Summary of one.
type checked[T any] interface {
	Validate() error
	Clean() T
}

// decodeChecked reads one T with decodeInto, checks it and returns it
// cleaned, for Decode and DecodeSummary.
func decodeChecked[T checked[T]](r io.Reader) (T, error) {
	var v, zero T
	if err := decodeInto(r, &v); err != nil {
		return zero, err
	}
	if err := v.Validate(); err != nil {
		return zero, err
	}
	return v.Clean(), nil
}

// decodeInto decodes one JSON document of at most MaxFileSize bytes into
// v. The bytes are read into a pooled buffer first (one read for a
// typical result), which is faster than decoding from the stream and keeps
// memory bounded by MaxFileSize per reader at work.
func decodeInto(r io.Reader, v any) error {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 64<<10 { // do not keep the odd huge buffer
			buffers.Put(buf)
		}
	}()
	buf.Reset()
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxFileSize+1)); err != nil {
		return err
	}
	if buf.Len() > MaxFileSize {
		return ErrTooLarge
	}
	// Notepad and PowerShell 5 start a UTF-8 file with a byte-order mark,
	// which encoding/json refuses.
	data := bytes.TrimPrefix(buf.Bytes(), utf8BOM)
	if err := json.Unmarshal(data, v); err != nil {
		return syntaxError(err)
	}
	return nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// syntaxError explains a JSON decoding failure.
func syntaxError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) && se.Offset == 0 && strings.Contains(se.Error(), "end of JSON input") {
		return foreign(i18n.Text{NL: "leeg bestand", EN: "empty file"})
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		kind, ok := jsonKinds[te.Value]
		if !ok {
			kind = i18n.Text{NL: te.Value, EN: te.Value}
		}
		if te.Field == "" {
			return &formatError{text: i18n.Text{NL: "JSON met %s in plaats van een object", EN: "JSON holding %s instead of an object"}, kinds: []i18n.Text{kind}}
		}
		return &formatError{text: i18n.Text{NL: "veld %[2]q bevat %[1]s", EN: "field %[2]q holds %[1]s"}, kinds: []i18n.Text{kind}, args: []any{te.Field}}
	}
	return foreign(i18n.Text{NL: "geen geldige JSON (%v)", EN: "not valid JSON (%v)"}, err)
}

// Summary is a result without its answers: what a team view keeps of each
// participant. DecodeSummary skips the answers without building them, which
// makes reading a folder of 10,000 results several times faster.
type Summary struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	Kind    string      `json:"kind,omitempty"`
	TakenAt time.Time   `json:"taken_at"`
	Name    string      `json:"name,omitempty"`
	Set     SetInfo     `json:"set"`
	Points  TypeNumbers `json:"points"`
	Percent TypeNumbers `json:"percent"`
}

// Summary returns r without its answers.
func (r Result) Summary() Summary {
	return Summary{r.Format, r.Version, r.Kind, r.TakenAt, r.Name, r.Set, r.Points, r.Percent}
}

// Mix recomputes the mix from the saved points.
func (s Summary) Mix() profile.Mix { return profile.New(profile.Points(s.Points.Array())) }

// DecodeSummary reads one result like Decode but keeps no answers (and so
// does not check them).
func DecodeSummary(r io.Reader) (Summary, error) { return decodeChecked[Summary](r) }

// Validate checks what Decode checks: that r is a result of this program in
// a version it reads, with a question-set hash, points that are not
// negative and not all zero, and answers that chose one of the options
// shown. Save refuses a result that Decode would refuse later.
func (r Result) Validate() error {
	if err := r.Summary().Validate(); err != nil {
		return err
	}
	for i, a := range r.Answers {
		if a.Chosen == Unanswered {
			continue
		}
		if !slices.Contains(a.Shown, a.Chosen) {
			return foreign(i18n.Text{
				NL: "antwoord %d koos optie %d, die niet getoond was",
				EN: "answer %d chose option %d, which was not shown"}, i+1, a.Chosen)
		}
	}
	return nil
}

// Validate checks everything of Result.Validate but the answers.
func (s Summary) Validate() error {
	if s.Format != FormatName {
		return foreign(i18n.Text{NL: "format is %q", EN: "format is %q"}, s.Format)
	}
	if s.Version < 1 || s.Version > Version {
		return foreign(i18n.Text{
			NL: "versie %d wordt niet ondersteund (dit programma leest tot en met %d)",
			EN: "version %d is not supported (this program reads up to %d)"}, s.Version, Version)
	}
	if err := wantKind(s.Kind, KindQuiz); err != nil {
		return err
	}
	if s.Set.Hash == "" {
		return foreign(i18n.Text{NL: "geen kenmerk (hash) van de vragenset", EN: "no question-set hash"})
	}
	total := 0
	for _, v := range s.Points.Array() {
		if v < 0 {
			return foreign(i18n.Text{NL: "negatieve punten (%d)", EN: "negative points (%d)"}, v)
		}
		if v > MaxPoints {
			return foreign(txtTooManyPoints, v, MaxPoints)
		}
		total += v // at most profile.Count × MaxPoints: no overflow
	}
	if total == 0 {
		return foreign(i18n.Text{NL: "helemaal geen punten", EN: "no points at all"})
	}
	return nil
}

// MaxPoints bounds the points of a result per type: more than any question set can give. A question file is at most
// questionfile.MaxSize bytes (1 MiB) and every question takes more than 10 of them
// (it needs "scenario:", "options:" and two "text:"), so a set has fewer
// than questionfile.MaxSize/10 questions, each giving a type at most questionfile.MaxScore
// (100): about 10.5 million. A realistic set of 12 questions gives a few
// dozen. The bound also keeps the sum far from overflowing: two scores of
// 1<<63-1 once summed to a negative total and showed as 0/0/0.
const MaxPoints = questionfile.MaxSize / 10 * questionfile.MaxScore

var txtTooManyPoints = i18n.Text{
	NL: "%d punten, meer dan een vragenset kan geven (hoogstens %d)",
	EN: "%d points, more than a question set can give (at most %d)"}

// Clean returns r with every text made safe to show (package safetext):
// the name as a name (one line, NFC, at most MaxNameLength characters),
// the set's title, language, hash and source and the question ids as one
// line each. Decode and Encode clean, so a result read or written never
// carries control characters or direction overrides.
func (r Result) Clean() Result {
	s := r.Summary().Clean()
	r.Name, r.Set = s.Name, s.Set
	if len(r.Answers) > 0 {
		answers := make([]Answer, len(r.Answers))
		copy(answers, r.Answers)
		for i := range answers {
			answers[i].Question = safetext.Line(answers[i].Question)
		}
		r.Answers = answers
	}
	return r
}

// Clean returns s with every text made safe, as Result.Clean.
func (s Summary) Clean() Summary {
	s.Name = safetext.Name(s.Name)
	s.Set.Title = safetext.Line(s.Set.Title)
	s.Set.Language = safetext.Line(s.Set.Language)
	s.Set.Hash = safetext.Line(s.Set.Hash)
	s.Set.Source = safetext.Line(s.Set.Source)
	return s
}

// Unanswered is the Chosen value of a question without an answer. A result
// from a finished quiz has none.
const Unanswered = quiz.Unanswered

// Encode writes r as indented JSON with a final newline, one line per
// answer: the form Save writes, readable in a text editor and stable under
// diff.
func (r Result) Encode(w io.Writer) error {
	r = r.Clean()
	answers := r.Answers
	r.Answers = nil
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return err
	}
	var list bytes.Buffer
	enc = json.NewEncoder(&list)
	enc.SetEscapeHTML(false)
	list.WriteString("\n  \"answers\": [")
	for i, a := range answers {
		if i > 0 {
			list.WriteByte(',')
		}
		list.WriteString("\n    ")
		if err := enc.Encode(a); err != nil {
			return err
		}
		list.Truncate(list.Len() - 1) // Encode's newline
	}
	if len(answers) > 0 {
		list.WriteString("\n  ")
	}
	list.WriteString("]")
	out := bytes.Replace(head.Bytes(), []byte("\n  \"answers\": null"), list.Bytes(), 1)
	_, err := w.Write(out)
	return err
}

// NewResult records a walk as a result taken at now. name is the optional
// participant's name (cleaned with CleanName; empty means anonymous). The
// walk should be finished; a question without an answer is recorded with
// Chosen = Unanswered. Points and percentages come from the walk's profile,
// so the file says exactly what the result screen showed.
func NewResult(w *quiz.Walk, name string, now time.Time) Result {
	b := w.Bank()
	pr := w.Mix()
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
		Kind:    KindQuiz,
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

// MaxNameLength is the longest name kept, in characters (grapheme
// clusters); a name is a label on a team chart, not a biography.
const MaxNameLength = safetext.MaxName

// CleanName trims a typed name, turns controls, line breaks and runs of
// white space into one space, removes direction overrides, normalises it
// to NFC and cuts it to MaxNameLength characters: safetext.Name.
func CleanName(s string) string { return safetext.Name(s) }
