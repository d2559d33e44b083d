package questionfile

import (
	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
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
		return nil, noBuiltin(txtNoCultureBuiltin, l)
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
	d := &decoder{ps: ps, strict: true}
	s := d.decodeCulture(docs)
	if err := ps.err(); err != nil {
		return nil, err
	}
	s.Source = f.Name
	s.Hash = fileHash(f.Data)
	return s, nil
}

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
	cultureSchema = schema{
		place: place{
			what: i18n.Text{NL: "het cultuurbestand", EN: "the culture file"},
			in:   i18n.Text{NL: "bovenaan het cultuurbestand", EN: "at the top level of the culture file"},
			noun: nounField,
		},
		fields: []field{
			{name: "kind", required: true, missing: txtNoKind, empty: txtNoKind},
			{name: "language"},
			{name: "title", limit: MaxCultureTitle},
			{name: "intro"},
			{name: "dimensions", required: true, missing: txtNoDimensions, empty: txtNoDimensions},
		},
		hint:     hintCultureTop,
		listHint: hintCultureRootList,
	}
	dimensionFields = []field{
		{name: "id", required: true, help: helpDimensionID, limit: MaxCultureTitle},
		{name: "title", required: true, help: helpDimensionTitle, limit: MaxCultureTitle},
		{name: "descriptions", required: true, help: hintDescriptions},
	}
	placeAnyDimension = place{
		what: i18n.Text{NL: "een onderwerp", EN: "a dimension"},
		in:   i18n.Text{NL: "in een onderwerp", EN: "in a dimension"},
		noun: nounField,
	}
)

// dimensionSchema is a dimension, named by its id when it has one.
func dimensionSchema(id string) schema {
	return itemSchema(id, placeAnyDimension, i18n.Text{NL: "onderwerp %q", EN: "dimension %q"},
		i18n.Text{NL: "in onderwerp %q", EN: "in dimension %q"}, dimensionFields, hintDimension)
}

// descriptionsSchema is the descriptions: of the dimension p: one text
// per type, all three required.
func descriptionsSchema(p place) schema {
	return schema{
		place: place{
			what: i18n.Text{NL: `"descriptions"`, EN: `"descriptions"`},
			in:   i18n.Text{NL: "in descriptions:", EN: "in descriptions:"},
			noun: nounType,
		},
		fields: typeKeys(profile.Keys(), func(k string) field {
			return field{name: k, required: true, limit: MaxCultureDescription,
				missing: tr(txtMissingDescription, p.what, k), empty: tr(txtEmptyDescription, k)}
		}),
		hint: hintDescriptions,
	}
}

// decodeCulture builds a Set from the documents of a file; problems are in
// d.ps. It returns nil when nothing usable was found.
func (d *decoder) decodeCulture(docs []*yaml.Node) *culture.Set {
	root := d.root(docs, txtEmptyCulture)
	if root == nil {
		return nil
	}
	if root.Kind == yaml.MappingNode && isQuestionFile(root) {
		// A question file given where a culture file is expected: one
		// clear sentence instead of a problem per field.
		d.at(root, txtQuestionFileNotCulture)
		return nil
	}
	fs, ok := d.walk(root, cultureSchema)
	if !ok {
		return nil
	}
	s := &culture.Set{Language: string(i18n.NL)}
	if k := fs.text("kind"); k != "" && k != CultureKind {
		d.at(fs.get("kind").value, tr(txtWrongKind, short(k)))
	}
	s.Language = fs.language(s.Language)
	s.Title = fs.text("title")
	s.Intro = fs.text("intro")
	if e, items, ok := fs.items("dimensions", hintDimensions); ok {
		if len(items) == 0 {
			d.at(e.key, txtNoDimensions)
		}
		d.decodeDimensions(e, items, s)
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

// decodeDimensions reads the items of dimensions: (e) into s.Dimensions.
func (d *decoder) decodeDimensions(e entry, items []*yaml.Node, s *culture.Set) {
	ids := map[string]*yaml.Node{}
	for _, dn := range items {
		fs, ok := d.walk(dn, dimensionSchema(peekID(dn)))
		if !ok {
			continue
		}
		dim := culture.Dimension{ID: fs.text("id"), Title: fs.text("title")}
		if dim.ID != "" {
			d.uniqueID(ids, dim.ID, fs.get("id").value, txtDuplicateDimension)
		}
		if ds, ok := fs.sub("descriptions", descriptionsSchema(fs.s.place)); ok {
			for _, t := range profile.Types {
				dim.Descriptions[t] = ds.text(t.Key())
			}
		}
		s.Dimensions = append(s.Dimensions, dim)
	}
	switch k := len(items); {
	case k > 0 && k < culture.MinDimensions:
		d.at(e.key, tr(txtFewDimensions, k, culture.MinDimensions))
	case k > culture.MaxDimensions:
		d.at(e.key, tr(txtManyDimensions, k, culture.MaxDimensions))
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
