// Package questionfile reads the files a trainer writes: question files
// (a quiz.Bank) and culture files (a culture.Set), in YAML through
// gopkg.in/yaml.v3. It checks every field and reports each problem as
// file:line:col with a fix, in Dutch and English (Problems, Message):
// encodings, syntax errors located where the parser stops or where the
// mistake really is, unknown fields with the nearest known name, sizes
// and aliases. It draws nothing.
package questionfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"regexp"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// File is a question file's name (for messages) and its bytes.
type File struct {
	Name string
	Data []byte
}

// Builtin holds the embedded question sets, one per language.
type Builtin map[i18n.Lang]File

// Bank parses the embedded set for l.
func (b Builtin) Bank(l i18n.Lang) (*quiz.Bank, error) {
	f, ok := b[l]
	if !ok {
		return nil, noBuiltin(txtNoBuiltin, l)
	}
	return Parse(f, nil)
}

// noBuiltin is the error for a built-in set or culture file asked for in
// a language l that is not embedded; txt takes the language code.
func noBuiltin(txt i18n.Text, l i18n.Lang) error {
	ps := &Problems{File: string(l)}
	ps.add(Problem{Text: tr(txt, string(l))})
	return ps.err()
}

// Load reads and validates a trainer's question file, with exactly the
// checks that the check command reports. Types that the file does not
// describe are taken from the embedded set in the file's language. Every
// error is a *Problems; Message renders it.
func (b Builtin) Load(path string) (*quiz.Bank, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(File{Name: path, Data: data}, b)
}

// readFile reads a question file, refusing a directory or a file over
// MaxSize before reading it.
func readFile(path string) ([]byte, error) {
	ps := &Problems{File: path}
	fail := func(t i18n.Text, cause error) ([]byte, error) {
		ps.add(Problem{Text: t})
		ps.cause = cause
		return nil, ps
	}
	if path == "" {
		return fail(txtNoPath, fs.ErrNotExist)
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(openProblem(err), err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fail(tr(txtUnreadable, errDetail(err)), err)
	}
	if info.IsDir() {
		return fail(txtIsDir, nil)
	}
	if info.Mode().IsRegular() && info.Size() > MaxSize {
		return fail(tr(txtTooLarge, sizeString(int(min(info.Size(), 1<<40))), sizeString(MaxSize)), nil)
	}
	// Read one byte more than allowed, so that a pipe or device that is
	// too long is noticed without reading all of it.
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return fail(tr(txtUnreadable, errDetail(err)), err)
	}
	if len(data) > MaxSize {
		return fail(tr(txtTooLarge, tr(i18n.Text{NL: "meer dan %s", EN: "more than %s"}, sizeString(MaxSize)), sizeString(MaxSize)), nil)
	}
	return data, nil
}

// openProblem explains why a file could not be opened.
func openProblem(err error) i18n.Text {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return txtNotFound
	case errors.Is(err, fs.ErrPermission):
		return txtNoPermission
	}
	return tr(txtUnreadable, errDetail(err))
}

// errDetail is the operating system's own words for err, without the path
// that the message already names.
func errDetail(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse checks f and builds its Bank. It never stops at the first problem:
// the error, a *Problems, lists everything wrong with the file, each with
// its line and column. fallback (may be nil) supplies the descriptions of
// types that the file leaves out, in the file's language.
func Parse(f File, fallback Builtin) (*quiz.Bank, error) {
	ps := &Problems{File: f.Name}
	docs, ok := readDocs(ps, f.Data)
	if !ok {
		return nil, ps.err()
	}
	d := &decoder{ps: ps}
	b := d.decodeFile(docs)
	if err := ps.err(); err != nil {
		return nil, err
	}
	b.Source = f.Name
	b.Hash = fileHash(f.Data)
	fillTypes(b, fallback)
	return b, nil
}

// readDocs checks data as text and parses it as YAML, for Parse and
// ParseCulture alike. When it cannot (ok false), the problems are in ps,
// told in the language the file declares on a "language:" line.
func readDocs(ps *Problems, data []byte) (docs []*yaml.Node, ok bool) {
	clean, ok := cleanText(ps, data)
	if !ok {
		ps.Lang = declaredLang(data)
		return nil, false
	}
	docs, err := parseYAML(clean)
	if err != nil {
		if spaced, ok := untab(ps, clean, err); ok {
			clean = spaced
			docs, err = parseYAML(clean)
		}
	}
	if err != nil {
		syntaxProblems(ps, clean, err)
		ps.Lang = declaredLang(clean)
		return nil, false
	}
	misplacedDirectives(ps, clean)
	return docs, true
}

var directiveName = regexp.MustCompile(`^%(YAML|TAG)([ \t]|$)`)

// misplacedDirectives reports every %YAML or %TAG line that is not at the
// top of the file or right after a line "...", where YAML allows them. The
// library reads such a line further down as part of the text above it
// ("key: value" then "%YAML 1.2" gives the text "value %YAML 1.2") or as
// the start of a new document without a word.
func misplacedDirectives(ps *Problems, data []byte) {
	top := true // no content yet since the start or the last "..."
	for i, l := range splitLines(data) {
		l = bytes.TrimSuffix(l, []byte("\r"))
		t := bytes.TrimLeft(l, " \t")
		switch {
		case directiveName.Match(l):
			if !top {
				ps.add(Problem{Line: i + 1, Column: 1, Text: txtDirectiveInside})
			}
		case len(t) == 0 || t[0] == '#':
		case bytes.HasPrefix(l, []byte("...")) && (len(l) == 3 || l[3] == ' ' || l[3] == '\t'):
			top = true
		default:
			top = false
		}
	}
}

// fileHash is the hex SHA-256 of a file's bytes as read (Bank.Hash,
// culture.Set.Hash): results name the exact file they were made with.
func fileHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// fillTypes gives every type the file does not describe the description
// from the embedded set in the bank's language, and at least a name.
func fillTypes(b *quiz.Bank, fallback Builtin) {
	lang, _ := i18n.Parse(b.Language)
	var fb *quiz.Bank
	for _, t := range profile.Types {
		if b.Types[t].Name != "" {
			continue
		}
		if fb == nil && fallback != nil {
			if fb, _ = fallback.Bank(lang); fb == nil {
				fallback = nil // no usable embedded set; do not try again
			}
		}
		if fb != nil {
			b.Types[t] = fb.Types[t]
		}
		if b.Types[t].Name == "" {
			b.Types[t].Name = typeNames[t].In(lang)
		}
	}
}

// typeNames are the names of the types when nothing else names them.
var typeNames = [profile.Count]i18n.Text{
	profile.Bureaucraat: {NL: "Bureaucraat", EN: "Bureaucrat"},
	profile.Ondernemer:  {NL: "Ondernemer", EN: "Entrepreneur"},
	profile.Verbinder:   {NL: "Verbinder", EN: "Connector"},
}

var languageLine = regexp.MustCompile(`(?m)^language:[ \t]*["']?(nl|en|NL|EN)["']?[ \t]*(#.*)?$`)

// declaredLang finds a "language:" line in a file that cannot be parsed,
// so that its problems can still be told in the trainer's language.
func declaredLang(data []byte) i18n.Lang {
	if m := languageLine.FindSubmatch(data); m != nil {
		l, _ := i18n.Parse(string(bytes.ToLower(m[1])))
		return l
	}
	return ""
}

var (
	txtDirectiveInside = i18n.Text{
		NL: "een regel met %YAML of %TAG mag alleen bovenaan het bestand staan, vóór de eerste ---; hier leest YAML hem als tekst of als begin van een tweede document: haal de regel weg",
		EN: "a %YAML or %TAG line may only stand at the top of the file, before the first ---; here YAML reads it as text or as the start of a second document: remove the line"}
	txtNoBuiltin = i18n.Text{
		NL: "er is geen ingebouwde vragenset in de taal %q",
		EN: "there is no built-in question set in the language %q"}
	txtNoPath = i18n.Text{
		NL: "geen bestandsnaam opgegeven; geef het pad naar een vragenbestand (.yaml)",
		EN: "no file name given; give the path to a question file (.yaml)"}
	txtNotFound = i18n.Text{
		NL: "bestand niet gevonden; controleer de naam en de map (een pad is relatief aan de map waarin je het commando start)",
		EN: "file not found; check the name and the folder (a relative path starts from the folder you run the command in)"}
	txtNoPermission = i18n.Text{
		NL: "geen toestemming om dit bestand te lezen; controleer de rechten of kopieer het naar je eigen map",
		EN: "no permission to read this file; check its permissions or copy it to your own folder"}
	txtUnreadable = i18n.Text{
		NL: "het bestand kan niet gelezen worden (%s)",
		EN: "the file cannot be read (%s)"}
	txtIsDir = i18n.Text{
		NL: "dit is een map, geen bestand; geef het pad naar een vragenbestand (.yaml) in die map",
		EN: "this is a folder, not a file; give the path to a question file (.yaml) in it"}
)
