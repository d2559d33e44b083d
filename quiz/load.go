package quiz

// NOTE: minimal placeholder loader; the strict loader with located,
// bilingual problems replaces this file.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// File is a question file's name (for messages) and its bytes.
type File struct {
	Name string
	Data []byte
}

// Builtin holds the embedded question sets, one per language.
type Builtin map[i18n.Lang]File

// Bank parses the embedded set for l.
func (b Builtin) Bank(l i18n.Lang) (*Bank, error) {
	f, ok := b[l]
	if !ok {
		return nil, fmt.Errorf("no embedded question set for %q", l)
	}
	return Parse(f, nil)
}

// Load reads and validates a trainer's question file. Types missing from the
// file are taken from the embedded set in the file's language.
func (b Builtin) Load(path string) (*Bank, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(File{Name: path, Data: data}, b)
}

// Message renders an error from Parse or Load for the user in l.
func Message(err error, l i18n.Lang) string { return err.Error() }

type rawFile struct {
	Language  string             `yaml:"language"`
	Title     string             `yaml:"title"`
	Intro     string             `yaml:"intro"`
	Types     map[string]rawType `yaml:"types"`
	Questions []rawQuestion      `yaml:"questions"`
}
type rawType struct {
	Name      string   `yaml:"name"`
	Essence   string   `yaml:"essence"`
	Strengths []string `yaml:"strengths"`
	Pitfalls  []string `yaml:"pitfalls"`
	Pointers  []string `yaml:"pointers"`
}
type rawQuestion struct {
	ID       string      `yaml:"id"`
	Context  string      `yaml:"context"`
	Scenario string      `yaml:"scenario"`
	Options  []rawOption `yaml:"options"`
}
type rawOption struct {
	Text   string         `yaml:"text"`
	Type   string         `yaml:"type"`
	Scores map[string]int `yaml:"scores"`
}

// Parse validates f. fallback (may be nil) supplies type profiles when the
// file has none.
func Parse(f File, fallback Builtin) (*Bank, error) {
	var raw rawFile
	dec := yaml.NewDecoder(bytes.NewReader(f.Data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	sum := sha256.Sum256(f.Data)
	b := &Bank{Title: raw.Title, Intro: raw.Intro, Language: raw.Language, Source: f.Name, Hash: hex.EncodeToString(sum[:])}
	if b.Language == "" {
		b.Language = "nl"
	}
	for k, v := range raw.Types {
		t, ok := profile.ParseType(k)
		if ok {
			b.Types[t] = TypeProfile(v)
		}
	}
	for _, q := range raw.Questions {
		qq := Question{ID: q.ID, Context: q.Context, Scenario: q.Scenario}
		for _, o := range q.Options {
			var p profile.Points
			if t, ok := profile.ParseType(o.Type); ok {
				p[t] = 1
			}
			for k, v := range o.Scores {
				if t, ok := profile.ParseType(k); ok {
					p[t] = v
				}
			}
			qq.Options = append(qq.Options, Option{Text: o.Text, Points: p})
		}
		b.Questions = append(b.Questions, qq)
	}
	if len(b.Questions) == 0 {
		return nil, fmt.Errorf("%s: no questions", f.Name)
	}
	return b, nil
}
