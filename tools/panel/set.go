package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/i18n"
)

// The ideal types as question files name them, in the order the report
// prints them. The keys are Dutch in every language, as in the schema.
var typeKeys = []string{"bureaucraat", "ondernemer", "verbinder"}

// set is the part of a question file the panel reads: ids, scenarios,
// options and their key. It is decoded on its own (not with package quiz)
// so that the panel needs only the standard library and yaml.v3; `go run
// . check` stays the judge of whether a file is valid.
type set struct {
	Path      string
	Language  string     `yaml:"language"`
	Questions []question `yaml:"questions"`
	// Shown counts, per type key, the options tagged "# best" (the type at
	// its best) and "# risk" (the type near its pitfall) by a comment after
	// their type: line. The schema has no field for it, so the tag lives in
	// a YAML comment that the quiz ignores.
	Shown map[string]*shown `yaml:"-"`
}

// shown counts how a type is shown over a set.
type shown struct{ Best, Risk int }

// tagLine matches "type: ondernemer # best" and "type: verbinder # risk".
var tagLine = regexp.MustCompile(`(?m)^\s*-?\s*type:\s*"?([a-z]+)"?\s*#\s*(best|risk)\b`)

type question struct {
	ID       string   `yaml:"id"`
	Context  string   `yaml:"context"`
	Scenario string   `yaml:"scenario"`
	Options  []option `yaml:"options"`
}

type option struct {
	Text   string         `yaml:"text"`
	Type   string         `yaml:"type"`
	Scores map[string]int `yaml:"scores"`
}

// key returns the one type the option scores and whether it scores exactly
// one type with exactly 1 point, which is what the panel expects of a set
// that measures honestly.
func (o option) key() (string, bool) {
	if o.Type != "" && len(o.Scores) == 0 {
		return o.Type, true
	}
	if o.Type == "" && len(o.Scores) == 1 {
		for t, p := range o.Scores {
			return t, p == 1
		}
	}
	// A weighting: name the heaviest type, but say it is not a single key.
	best, bp := "", -1
	for _, t := range typeKeys {
		if o.Scores[t] > bp {
			best, bp = t, o.Scores[t]
		}
	}
	return best, false
}

// loadSet reads and decodes one question file. Errors name the path and
// are meant for the person running the panel.
func loadSet(path string) (*set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, msgErr(txtReadFile, path, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var s set
	if err := yaml.Unmarshal(data, &s); err != nil {
		return nil, msgErr(txtBadYAML, path, err)
	}
	if len(s.Questions) == 0 {
		return nil, msgErr(txtNoQuestions, path)
	}
	s.Path = path
	s.Shown = map[string]*shown{}
	for _, m := range tagLine.FindAllStringSubmatch(string(data), -1) {
		c := s.Shown[m[1]]
		if c == nil {
			c = &shown{}
			s.Shown[m[1]] = c
		}
		if m[2] == "best" {
			c.Best++
		} else {
			c.Risk++
		}
	}
	return &s, nil
}

// find returns the question with the given id, or nil.
func (s *set) find(id string) *question {
	for i := range s.Questions {
		if s.Questions[i].ID == id {
			return &s.Questions[i]
		}
	}
	return nil
}

// clean makes text from a file safe for a terminal or a Markdown sheet:
// control characters (C0, DEL, C1, including ESC) become a space, runs of
// white space collapse to one, and the ends are trimmed.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// panelError is an error with a message in both languages.
type panelError struct{ t i18n.Text }

func (e *panelError) Error() string { return e.t.NL }

// msgErr formats t with args into a panelError.
func msgErr(t i18n.Text, args ...any) error {
	return &panelError{i18n.Text{NL: fmt.Sprintf(t.NL, args...), EN: fmt.Sprintf(t.EN, args...)}}
}

// inLang returns err's message in l.
func inLang(err error, l i18n.Lang) string {
	if pe, ok := err.(*panelError); ok {
		return pe.t.In(l)
	}
	return err.Error()
}

var (
	txtReadFile = i18n.Text{
		NL: "kan %s niet lezen: %v",
		EN: "cannot read %s: %v"}
	txtBadYAML = i18n.Text{
		NL: "%s is geen geldige YAML (controleer het met `go run . check`): %v",
		EN: "%s is not valid YAML (check it with `go run . check`): %v"}
	txtNoQuestions = i18n.Text{
		NL: "%s heeft geen vragen; het panel heeft een vragenbestand met questions: nodig",
		EN: "%s has no questions; the panel needs a question file with questions:"}
)
