package questionfile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// The culture file format (kind: culture). Its fields, in the order a
// file lists them:
//
//	kind: culture            # required: tells it apart from a question file
//	language: nl             # nl (default) or en
//	title: …                 # optional
//	intro: …                 # optional
//	dimensions:              # culture.MinDimensions to culture.MaxDimensions
//	  - id: leiding          # short, unique
//	    title: …             # required
//	    descriptions:        # required, one per type, each required
//	      bureaucraat: …
//	      ondernemer: …
//	      verbinder: …
var (
	cultureFields   = []string{"kind", "language", "title", "intro", "dimensions"}
	dimensionFields = []string{"id", "title", "descriptions"}
)

// CultureKind is the value of kind: in a culture file.
const CultureKind = "culture"

// Length limits for culture texts, in characters. A description is read
// next to two others on an 80x24 screen, so it must fit in a few lines;
// a title is one line.
const (
	MaxCultureTitle       = 60
	MaxCultureDescription = 300
)

// CultureBuiltin holds the embedded culture files, one per language.
type CultureBuiltin map[i18n.Lang]File

// Set parses the embedded culture file for l.
func (b CultureBuiltin) Set(l i18n.Lang) (*culture.Set, error) {
	f, ok := b[l]
	if !ok {
		ps := &Problems{File: string(l)}
		ps.add(Problem{Text: tr(txtNoCultureBuiltin, string(l))})
		return nil, ps.err()
	}
	return ParseCulture(f)
}

// LoadCulture reads and validates a trainer's culture file. Every error is
// a *Problems, located like those of a question file; Message renders it.
func LoadCulture(path string) (*culture.Set, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return ParseCulture(File{Name: path, Data: data})
}

// ParseCulture checks f as a culture file and builds its Set. Like Parse
// it never stops at the first problem: the error, a *Problems, lists
// everything wrong with the file, each with its line and column and a tip
// in both languages.
func ParseCulture(f File) (*culture.Set, error) {
	ps := &Problems{File: f.Name}
	docs, ok := readDocs(ps, f.Data)
	if !ok {
		return nil, ps.err()
	}
	d := &decoder{ps: ps}
	s := d.decodeCulture(docs)
	if err := ps.err(); err != nil {
		return nil, err
	}
	s.Source = f.Name
	s.Hash = fileHash(f.Data)
	return s, nil
}

var (
	placeCultureFile = place{
		what: i18n.Text{NL: "het cultuurbestand", EN: "the culture file"},
		in:   i18n.Text{NL: "bovenaan het cultuurbestand", EN: "at the top level of the culture file"},
		noun: nounField,
	}
	placeDescriptions = place{
		what: i18n.Text{NL: `"descriptions"`, EN: `"descriptions"`},
		in:   i18n.Text{NL: "in descriptions:", EN: "in descriptions:"},
		noun: nounType,
	}
)

func placeDimension(id string) place {
	if id == "" {
		return place{
			what: i18n.Text{NL: "een onderwerp", EN: "a dimension"},
			in:   i18n.Text{NL: "in een onderwerp", EN: "in a dimension"},
			noun: nounField,
		}
	}
	return place{
		what: tr(i18n.Text{NL: "onderwerp %q", EN: "dimension %q"}, id),
		in:   tr(i18n.Text{NL: "in onderwerp %q", EN: "in dimension %q"}, id),
		noun: nounField,
	}
}

// decodeCulture builds a Set from the documents of a file; problems are in
// d.ps. It returns nil when nothing usable was found.
func (d *decoder) decodeCulture(docs []*yaml.Node) *culture.Set {
	root := d.root(docs, txtEmptyCulture)
	if root == nil {
		return nil
	}
	hint := hintCultureTop
	if root.Kind == yaml.SequenceNode {
		hint = hintCultureRootList
	}
	if root.Kind == yaml.MappingNode && isQuestionFile(root) {
		// A question file given where a culture file is expected: one
		// clear sentence instead of a problem per field.
		d.at(root, txtQuestionFileNotCulture)
		return nil
	}
	fs, ok := d.fields(root, placeCultureFile, cultureFields, hint)
	if !ok {
		return nil
	}
	s := &culture.Set{Language: string(i18n.NL)}
	switch e := fs.get("kind"); {
	case !e.present():
		if fs.absent("kind") {
			d.at(root, txtNoKind)
		}
	case e.empty():
		d.at(e.key, txtNoKind)
	default:
		if k := d.text(e); k != "" && k != CultureKind {
			d.at(e.value, tr(txtWrongKind, short(k)))
		}
	}
	s.Language = d.language(fs.get("language"), s.Language)
	s.Title = d.cultureText(fs.get("title"), MaxCultureTitle)
	s.Intro = d.cultureText(fs.get("intro"), 0)
	switch e := fs.get("dimensions"); {
	case !e.present():
		if fs.absent("dimensions") {
			d.at(root, txtNoDimensions)
		}
	case e.empty() || (e.value.Kind == yaml.SequenceNode && len(e.value.Content) == 0):
		d.at(e.key, txtNoDimensions)
	default:
		d.decodeDimensions(e, s)
	}
	return s
}

// isQuestionFile reports whether a top-level mapping looks like a question
// file: it has questions: and no dimensions: or kind:.
func isQuestionFile(root *yaml.Node) bool {
	has := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		has[root.Content[i].Value] = true
	}
	return has["questions"] && !has["dimensions"] && !has["kind"]
}

// decodeDimensions reads the dimensions: list into s.Dimensions.
func (d *decoder) decodeDimensions(e entry, s *culture.Set) {
	n := e.value
	if !d.expect(n, yaml.SequenceNode, i18n.Text{NL: `"dimensions"`, EN: `"dimensions"`}, hintDimensions) {
		return
	}
	ids := map[string]*yaml.Node{}
	for _, dn := range n.Content {
		p := placeDimension(peekID(dn))
		fs, ok := d.fields(dn, p, dimensionFields, hintDimension)
		if !ok {
			continue
		}
		dim := culture.Dimension{
			ID:    d.need(fs, p, "id", helpDimensionID, strings.TrimSpace),
			Title: d.need(fs, p, "title", helpDimensionTitle, strings.TrimSpace),
		}
		if dim.ID != "" {
			idNode := fs.get("id").value
			d.checkText(idNode, dim.ID, MaxCultureTitle)
			d.uniqueID(ids, dim.ID, idNode, txtDuplicateDimension)
		}
		if dim.Title != "" {
			d.checkText(fs.get("title").value, dim.Title, MaxCultureTitle)
		}
		dim.Descriptions = d.decodeDescriptions(fs, p)
		s.Dimensions = append(s.Dimensions, dim)
	}
	switch k := len(n.Content); {
	case k > 0 && k < culture.MinDimensions:
		d.at(e.key, tr(txtFewDimensions, k, culture.MinDimensions))
	case k > culture.MaxDimensions:
		d.at(e.key, tr(txtManyDimensions, k, culture.MaxDimensions))
	}
}

// decodeDescriptions reads a dimension's descriptions: one text per type,
// all three required.
func (d *decoder) decodeDescriptions(dm *mapping, p place) [profile.Count]string {
	var out [profile.Count]string
	e := dm.get("descriptions")
	if !e.present() {
		if dm.absent("descriptions") {
			d.at(dm.node, tr(txtMissing, p.what, "descriptions", hintDescriptions))
		}
		return out
	}
	if e.empty() {
		d.at(e.key, tr(txtEmpty, "descriptions", hintDescriptions))
		return out
	}
	fs, ok := d.fields(e.value, placeDescriptions, profile.Keys(), hintDescriptions)
	if !ok {
		return out
	}
	for _, t := range profile.Types {
		key := t.Key()
		de := fs.get(key)
		switch {
		case !de.present():
			if fs.absent(key) {
				d.at(e.value, tr(txtMissingDescription, p.what, key))
			}
		case de.empty() || de.value.Kind == yaml.ScalarNode && strings.TrimSpace(de.value.Value) == "":
			d.at(de.key, tr(txtEmptyDescription, key))
		default:
			out[t] = d.text(de)
			if out[t] != "" {
				d.checkText(de.value, out[t], MaxCultureDescription)
			}
		}
	}
	return out
}

// cultureText returns an optional text field, checked like every text of
// a culture file; limit 0 means no length limit.
func (d *decoder) cultureText(e entry, limit int) string {
	s := d.text(e)
	if s != "" {
		d.checkText(e.value, s, limit)
	}
	return s
}

// checkText reports a text with characters that must never reach a
// terminal (control characters, which a double-quoted "\e" smuggles past
// the file check) or longer than limit characters (0: no limit). Text is
// folded to single spaces first, as the screens show it.
func (d *decoder) checkText(n *yaml.Node, s string, limit int) {
	for _, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) && r != '\u00ad' && r != '\u200d' {
			d.at(n, tr(txtControlInText, r))
			return
		}
	}
	if limit > 0 {
		if k := utf8.RuneCountInString(strings.Join(strings.Fields(s), " ")); k > limit {
			d.at(n, tr(txtTextTooLong, k, limit))
		}
	}
}

var (
	hintCultureTop = i18n.Text{
		NL: "een cultuurbestand begint met \"kind: culture\" en heeft velden als \"title:\" en \"dimensions:\"",
		EN: "a culture file starts with \"kind: culture\" and has fields like \"title:\" and \"dimensions:\""}
	hintCultureRootList = i18n.Text{
		NL: "zet \"kind: culture\" en \"dimensions:\" bovenaan en spring de lijst onder dimensions: in",
		EN: "put \"kind: culture\" and \"dimensions:\" at the top and indent the list below dimensions:"}
	hintDimensions = i18n.Text{
		NL: "zet elk onderwerp op een eigen regel die begint met \"- id: …\"",
		EN: "start each dimension on its own line with \"- id: …\""}
	hintDimension = i18n.Text{
		NL: "een onderwerp heeft de velden id, title en descriptions",
		EN: "a dimension has the fields id, title and descriptions"}
	hintDescriptions = i18n.Text{
		NL: "zet onder descriptions: voor elk type (bureaucraat, ondernemer, verbinder) een beschrijving, zoals \"bureaucraat: Hier gaat alles volgens afspraak.\"",
		EN: "under descriptions:, give each type (bureaucraat, ondernemer, verbinder) a description, such as \"bureaucraat: Everything here goes as agreed.\""}
	helpDimensionID = i18n.Text{
		NL: "geef elk onderwerp een korte, unieke naam, bijvoorbeeld \"id: leiding\"",
		EN: "give each dimension a short, unique name, for example \"id: leadership\""}
	helpDimensionTitle = i18n.Text{
		NL: "geef het onderwerp een korte kop, bijvoorbeeld \"title: Zo wordt er geleid\"",
		EN: "give the dimension a short heading, for example \"title: How it is led\""}
)

var (
	txtNoCultureBuiltin = i18n.Text{
		NL: "er is geen ingebouwd cultuurbestand in de taal %q",
		EN: "there is no built-in culture file in the language %q"}
	txtEmptyCulture = i18n.Text{
		NL: "het bestand is leeg; een cultuurbestand heeft minstens \"kind: culture\" en \"dimensions:\" met daaronder een lijst onderwerpen",
		EN: "the file is empty; a culture file has at least \"kind: culture\" and \"dimensions:\" with a list of dimensions below it"}
	txtQuestionFileNotCulture = i18n.Text{
		NL: "dit is een vragenbestand (het heeft \"questions:\"), geen cultuurbestand; gebruik het met het commando quiz, of geef een bestand met \"kind: culture\" en \"dimensions:\"",
		EN: "this is a question file (it has \"questions:\"), not a culture file; use it with the quiz command, or give a file with \"kind: culture\" and \"dimensions:\""}
	txtNoKind = i18n.Text{
		NL: "het cultuurbestand mist \"kind: culture\"; zet die regel bovenaan, zodat het niet met een vragenbestand verward wordt",
		EN: "the culture file lacks \"kind: culture\"; put that line at the top, so it is not mistaken for a question file"}
	txtWrongKind = i18n.Text{
		NL: "onbekende soort %q; een cultuurbestand heeft \"kind: culture\"",
		EN: "unknown kind %q; a culture file has \"kind: culture\""}
	txtNoDimensions = i18n.Text{
		NL: "het bestand heeft geen onderwerpen; zet onder \"dimensions:\" minstens drie onderwerpen, elk beginnend met \"- id: …\"",
		EN: "the file has no dimensions; put at least three dimensions under \"dimensions:\", each starting with \"- id: …\""}
	txtFewDimensions = i18n.Text{
		NL: "het bestand heeft %d onderwerpen; er zijn er minstens %d nodig, anders zegt de mix weinig",
		EN: "the file has %d dimensions; it needs at least %d, or the mix says little"}
	txtManyDimensions = i18n.Text{
		NL: "het bestand heeft %d onderwerpen; het maximum is %d (elk onderwerp komt twee keer langs): laat er een paar weg",
		EN: "the file has %d dimensions; the maximum is %d (each dimension comes up twice): leave some out"}
	txtDuplicateDimension = i18n.Text{
		NL: "de id %q komt twee keer voor (ook op regel %d); geef elk onderwerp een eigen id",
		EN: "the id %q appears twice (also on line %d); give each dimension its own id"}
	txtMissingDescription = i18n.Text{
		NL: "%s mist de beschrijving voor %s; elk onderwerp heeft er één voor bureaucraat, ondernemer en verbinder",
		EN: "%s lacks the description for %s; each dimension has one for bureaucraat, ondernemer and verbinder"}
	txtEmptyDescription = i18n.Text{
		NL: "de beschrijving voor %s is leeg; schrijf in een paar korte zinnen hoe dit type dit onderwerp ziet",
		EN: "the description for %s is empty; write in a few short sentences how this type sees the dimension"}
	txtControlInText = i18n.Text{
		NL: "deze tekst bevat het onzichtbare stuurteken %U; haal het weg (let op \\-codes tussen dubbele aanhalingstekens)",
		EN: "this text holds the invisible control character %U; remove it (watch for \\ codes in double quotes)"}
	txtTextTooLong = i18n.Text{
		NL: "deze tekst is %d tekens lang; het maximum is %d, zodat hij naast de andere op één scherm past: maak hem korter",
		EN: "this text is %d characters long; the maximum is %d, so it fits on one screen next to the others: make it shorter"}
)
