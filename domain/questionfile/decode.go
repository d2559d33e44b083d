package questionfile

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
)

// The number of options a question may have: at least a real choice, at
// most what the keys 1–9 can pick.
const (
	MinOptions = 2
	MaxOptions = 9
)

// MaxScore is the largest weight an option may give a type. Weights are
// meant to be small (1 to 3); the limit keeps sums far from overflowing.
const MaxScore = 100

// The mappings of a question file and their fields, in the order the
// README lists them.
var (
	fileSchema = schema{
		place: place{
			what: i18n.Text{NL: "het bestand", EN: "the file"},
			in:   i18n.Text{NL: "bovenaan het bestand", EN: "at the top level of the file"},
			noun: nounField,
		},
		fields: []field{{name: "language"}, {name: "title", line: true}, {name: "intro"}, {name: "types"},
			{name: "questions", required: true, missing: txtNoQuestions, empty: txtNoQuestions}},
		hint:     hintTopLevel,
		listHint: hintRootList,
	}
	typesSchema = schema{
		place: place{
			what: i18n.Text{NL: `"types"`, EN: `"types"`},
			in:   i18n.Text{NL: "in types:", EN: "in types:"},
			noun: nounType,
		},
		fields: typeKeys(profile.Keys(), func(k string) field { return field{name: k} }),
		hint:   hintTypes,
	}
	typeFields = []field{
		{name: "name", required: true, help: fieldHelp["name"], line: true},
		{name: "essence"}, {name: "strengths"}, {name: "pitfalls"}, {name: "pointers"},
	}
	questionFields = []field{
		{name: "id", required: true, help: fieldHelp["id"], line: true},
		{name: "context", line: true},
		{name: "scenario", required: true, help: fieldHelp["scenario"]},
		{name: "options", required: true, help: fieldHelp["options"]},
	}
	placeAnyQuestion = place{
		what: i18n.Text{NL: "een vraag", EN: "a question"},
		in:   i18n.Text{NL: "in een vraag", EN: "in a question"},
		noun: nounField,
	}
	optionSchema = schema{
		place: place{
			what: i18n.Text{NL: "een antwoordoptie", EN: "an option"},
			in:   i18n.Text{NL: "in een antwoordoptie", EN: "in an option"},
			noun: nounField,
		},
		fields: []field{{name: "text", required: true, help: fieldHelp["text"]}, {name: "type"}, {name: "scores"}},
		hint:   hintOption,
	}
	scoresSchema = schema{
		place: place{
			what: i18n.Text{NL: `"scores"`, EN: `"scores"`},
			in:   i18n.Text{NL: "in scores:", EN: "in scores:"},
			noun: nounType,
		},
		fields: typeKeys(profile.Keys(), func(k string) field { return field{name: k} }),
		hint:   hintScores,
	}
)

// typeSchema is the description of the type key under types:.
func typeSchema(key string) schema {
	return schema{
		place: place{
			what: tr(i18n.Text{NL: "de beschrijving van %s", EN: "the description of %s"}, key),
			in:   tr(i18n.Text{NL: "in de beschrijving van %s", EN: "in the description of %s"}, key),
			noun: nounField,
		},
		fields: typeFields,
	}
}

// questionSchema is a question, named by its id when it has one.
func questionSchema(id string) schema {
	return itemSchema(id, placeAnyQuestion, i18n.Text{NL: "vraag %q", EN: "question %q"},
		i18n.Text{NL: "in vraag %q", EN: "in question %q"}, questionFields, hintQuestion)
}

// decodeFile builds a Bank from the documents of a file. It returns nil
// when nothing usable was found; problems are in d.ps either way.
func (d *decoder) decodeFile(docs []*yaml.Node) *quiz.Bank {
	root := d.root(docs, txtEmptyFile)
	if root == nil {
		return nil
	}
	fs, ok := d.walk(root, fileSchema)
	if !ok {
		return nil
	}
	b := &quiz.Bank{Language: string(i18n.NL)}
	b.Language = fs.language(b.Language)
	b.Title = fs.text("title")
	b.Intro = fs.text("intro")
	if ts, ok := fs.sub("types", typesSchema); ok {
		d.decodeTypes(ts, b)
	}
	if e, qs, ok := fs.items("questions", hintQuestions); ok {
		if len(qs) == 0 {
			d.at(e.key, txtNoQuestions)
		}
		d.decodeQuestions(qs, b)
	}
	return b
}

// decodeTypes reads the types: section into b.Types.
func (d *decoder) decodeTypes(ts *mapping, b *quiz.Bank) {
	for _, key := range ts.order {
		e := ts.get(key)
		t, _ := profile.ParseType(key)
		if e.empty() {
			d.at(e.key, tr(txtEmptyType, key))
			continue
		}
		tf, ok := d.walk(e.value, typeSchema(key))
		if !ok {
			continue
		}
		b.Types[t] = profile.TypeProfile{
			Name:      tf.text("name"),
			Essence:   tf.text("essence"),
			Strengths: tf.list("strengths"),
			Pitfalls:  tf.list("pitfalls"),
			Pointers:  tf.list("pointers"),
		}
	}
}

// decodeQuestions reads the items of questions: into b.Questions.
func (d *decoder) decodeQuestions(items []*yaml.Node, b *quiz.Bank) {
	ids := map[string]*yaml.Node{}
	for _, qn := range items {
		fs, ok := d.walk(qn, questionSchema(peekID(qn)))
		if !ok {
			continue
		}
		q := quiz.Question{
			ID:       fs.text("id"),
			Context:  fs.text("context"),
			Scenario: fs.text("scenario"),
		}
		if q.ID != "" {
			d.uniqueID(ids, q.ID, fs.get("id").value, txtDuplicateID)
		}
		q.Options = d.decodeOptions(fs)
		b.Questions = append(b.Questions, q)
	}
}

// decodeOptions reads a question's options: list.
func (d *decoder) decodeOptions(qm *mapping) []quiz.Option {
	e, items, ok := qm.items("options", hintOptions)
	if !ok {
		return nil
	}
	what := qm.s.place.what
	switch n := len(items); {
	case n == 0:
		d.at(e.key, tr(txtNoOptions, what, MinOptions))
	case n < MinOptions:
		d.at(e.key, tr(txtFewOptions, what, MinOptions))
	case n > MaxOptions:
		d.at(e.key, tr(txtManyOptions, what, n, MaxOptions))
	}
	var out []quiz.Option
	for _, on := range items {
		fs, ok := d.walk(on, optionSchema)
		if !ok {
			continue
		}
		o := quiz.Option{Text: fs.text("text")}
		te, se := fs.get("type"), fs.get("scores")
		switch {
		case te.present() && se.present():
			d.at(se.key, txtTypeAndScores)
		case te.present():
			o.Points = d.decodeType(te)
		case se.present():
			o.Points = d.decodeScores(se)
		case fs.absent("type") && fs.absent("scores"):
			d.at(on, txtNoScoring)
		}
		out = append(out, o)
	}
	return out
}

// decodeType reads "type: verbinder": one point for that type.
func (d *decoder) decodeType(e entry) profile.Points {
	var p profile.Points
	if e.empty() {
		d.at(e.key, tr(txtEmptyTypeValue, allowedTypes()))
		return p
	}
	if !d.expect(e.value, yaml.ScalarNode, i18n.Text{NL: `"type"`, EN: `"type"`}, hintTypeValue) {
		return p
	}
	s := strings.TrimSpace(e.value.Value)
	t, ok := profile.ParseType(s)
	if !ok {
		msg := tr(txtUnknownType, s, allowedTypes())
		if sg := suggest(s, profile.Keys()); sg != "" {
			msg = tr(i18n.Text{NL: "%s (bedoel je %q?)", EN: "%s (did you mean %q?)"}, msg, sg)
		}
		d.at(e.value, msg)
		return p
	}
	p[t] = 1
	return p
}

// decodeScores reads "scores: {bureaucraat: 2, verbinder: 1}".
func (d *decoder) decodeScores(e entry) profile.Points {
	var p profile.Points
	if e.empty() || (e.value.Kind == yaml.MappingNode && len(e.value.Content) == 0) {
		d.at(e.key, txtEmptyScores)
		return p
	}
	fs, ok := d.walk(e.value, scoresSchema)
	if !ok {
		return p
	}
	for _, key := range fs.order {
		v := fs.get(key).value
		if !d.expect(v, yaml.ScalarNode, tr(i18n.Text{NL: "het gewicht voor %s", EN: "the weight for %s"}, key), hintWeight) {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(v.Value))
		switch {
		case err != nil && v.ShortTag() == "!!int":
			// A number too large for Atoi, or written in hex or octal.
			d.at(v, tr(txtWeightRange, key, v.Value, MaxScore))
		case err != nil:
			d.at(v, tr(txtWeightNotInt, key, v.Value, MaxScore))
		case n < 1 || n > MaxScore:
			d.at(v, tr(txtWeightRange, key, v.Value, MaxScore))
		default:
			t, _ := profile.ParseType(key)
			p[t] = n
		}
	}
	return p
}

// refuseAliases reports every anchor (&name) and the first use of every
// alias (*name), with how often it is used. Question files have no use
// for them, and refusing them outright is what keeps an alias bomb
// ("billion laughs") from costing anything: the nodes are walked once and
// no alias is ever followed.
func (d *decoder) refuseAliases(docs []*yaml.Node) {
	type use struct {
		first *yaml.Node
		count int
	}
	uses := map[string]*use{}
	var names []string
	stack := append([]*yaml.Node(nil), docs...)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case n.Kind == yaml.AliasNode:
			if u := uses[n.Value]; u != nil {
				u.count++
			} else {
				uses[n.Value] = &use{first: n, count: 1}
				names = append(names, n.Value)
			}
		case n.Anchor != "":
			d.at(n, tr(txtAnchor, n.Anchor))
		}
		// A tag (!!binary, !!int, !eigen) would make the library read a
		// value as something else than the text it shows: base64 shown as
		// a scenario, say. Only !!str, which says "text", is allowed.
		if n.Kind != yaml.AliasNode && n.Style&yaml.TaggedStyle != 0 && !(n.Kind == yaml.ScalarNode && n.Tag == "!!str") {
			d.at(n, tr(txtTag, safetext.Line(short(n.Tag))))
		}
		// Push in reverse so that the walk goes in file order.
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	for _, name := range names {
		u := uses[name]
		t := tr(txtAlias, name)
		if u.count > 1 {
			t = tr(txtAliasMore, name, u.count-1)
		}
		d.at(u.first, t)
	}
}

func allowedTypes() string { return strings.Join(profile.Keys(), ", ") }

// fieldHelp says how to fill in a required field.
var fieldHelp = map[string]i18n.Text{
	"id": {
		NL: "geef elke vraag een korte, unieke naam, bijvoorbeeld \"id: balie-wachtrij\"",
		EN: "give each question a short, unique name, for example \"id: front-desk-queue\""},
	"scenario": {
		NL: "beschrijf de situatie, bijvoorbeeld \"scenario: Er staat een lange rij bij de balie.\"",
		EN: "describe the situation, for example \"scenario: There is a long queue at the desk.\""},
	"options": {
		NL: "geef 2 tot 9 antwoorden onder \"options:\", elk met \"- text: …\" en \"type: …\"",
		EN: "give 2 to 9 answers under \"options:\", each with \"- text: …\" and \"type: …\""},
	"text": {
		NL: "schrijf het antwoord achter \"text:\"",
		EN: "write the answer after \"text:\""},
	"name": {
		NL: "geef het type een naam, bijvoorbeeld \"name: Verbinder\"",
		EN: "give the type a name, for example \"name: Connector\""},
}

var (
	hintText = i18n.Text{
		NL: "schrijf de tekst achter de dubbele punt, of begin met >- en zet de tekst ingesprongen op de regels eronder",
		EN: "write the text after the colon, or start with >- and put the text indented on the lines below"}
	hintList = i18n.Text{
		NL: "zet elk punt op een eigen regel die begint met \"- \"",
		EN: "put each item on its own line starting with \"- \""}
	hintTopLevel = i18n.Text{
		NL: "een vragenbestand begint met velden als \"title:\" en \"questions:\"",
		EN: "a question file starts with fields like \"title:\" and \"questions:\""}
	hintRootList = i18n.Text{
		NL: "zet \"questions:\" op de eerste regel en spring de lijst eronder in",
		EN: "put \"questions:\" on the first line and indent the list below it"}
	hintTypes = i18n.Text{
		NL: "zet onder types: per type (bureaucraat, ondernemer, verbinder) zijn beschrijving",
		EN: "under types:, put each type's description (bureaucraat, ondernemer, verbinder)"}
	hintQuestions = i18n.Text{
		NL: "zet elke vraag op een eigen regel die begint met \"- id: …\"",
		EN: "start each question on its own line with \"- id: …\""}
	hintQuestion = i18n.Text{
		NL: "een vraag heeft de velden id, context, scenario en options",
		EN: "a question has the fields id, context, scenario and options"}
	hintOptions = i18n.Text{
		NL: "zet elk antwoord op een eigen regel die begint met \"- text: …\"",
		EN: "start each answer on its own line with \"- text: …\""}
	hintOption = i18n.Text{
		NL: "schrijf \"- text: …\" en daaronder, even ver ingesprongen als text, \"type: …\"",
		EN: "write \"- text: …\" and below it, indented as far as text, \"type: …\""}
	hintTypeValue = i18n.Text{
		NL: "kies bureaucraat, ondernemer of verbinder; voor punten voor meer typen gebruik je scores",
		EN: "choose bureaucraat, ondernemer or verbinder; for points to several types, use scores"}
	hintScores = i18n.Text{
		NL: "schrijf bijvoorbeeld \"scores: {bureaucraat: 2, verbinder: 1}\"",
		EN: "write, for example, \"scores: {bureaucraat: 2, verbinder: 1}\""}
	hintWeight = i18n.Text{
		NL: "een gewicht is een heel getal, zoals 1 of 2",
		EN: "a weight is a whole number, such as 1 or 2"}
)

var (
	txtKeyNotName = i18n.Text{
		NL: "de naam van een %s %s moet een gewone naam zijn, zoals \"id\"",
		EN: "the name of a %s %s must be a plain name, like \"id\""}
	txtDuplicateKey = i18n.Text{
		NL: "%s %q staat twee keer %s (ook op regel %d); laat er één staan",
		EN: "%s %q appears twice %s (also on line %d); keep one"}
	txtUnknownKey = i18n.Text{
		NL: "onbekend %s %q %s; toegestaan zijn: %s",
		EN: "unknown %s %q %s; allowed are: %s"}
	txtWantMapping = i18n.Text{
		NL: "%s moet bestaan uit velden (naam: waarde), maar hier staat %s",
		EN: "%s must consist of fields (name: value), but this is %s"}
	txtWantList = i18n.Text{
		NL: "%s moet een lijst zijn, maar hier staat %s",
		EN: "%s must be a list, but this is %s"}
	txtWantText = i18n.Text{
		NL: "%s moet een tekst zijn, maar hier staat %s",
		EN: "%s must be a text, but this is %s"}
	txtMissing = i18n.Text{
		NL: "%s mist het veld %q; %s",
		EN: "%s lacks the field %q; %s"}
	txtEmpty = i18n.Text{
		NL: "het veld %q is leeg; %s",
		EN: "the field %q is empty; %s"}
	txtEmptyItem = i18n.Text{
		NL: "een leeg punt in %q; schrijf er iets achter het streepje of haal de regel weg",
		EN: "an empty item in %q; write something after the dash or remove the line"}
	txtSecondDocument = i18n.Text{
		NL: "hier begint een tweede YAML-document (na een regel met ---); zet alles in één document en haal de --- weg",
		EN: "a second YAML document starts here (after a line with ---); put everything in one document and remove the ---"}
	txtEmptyFile = i18n.Text{
		NL: "het bestand is leeg; een vragenbestand heeft minstens \"questions:\" met daaronder een lijst vragen",
		EN: "the file is empty; a question file has at least \"questions:\" with a list of questions below it"}
	txtLanguage = i18n.Text{
		NL: "onbekende taal %q; kies nl of en",
		EN: "unknown language %q; choose nl or en"}
	txtNoQuestions = i18n.Text{
		NL: "het bestand heeft geen vragen; zet onder \"questions:\" minstens één vraag, die begint met \"- id: …\"",
		EN: "the file has no questions; put at least one question under \"questions:\", starting with \"- id: …\""}
	txtEmptyType = i18n.Text{
		NL: "de beschrijving van %s is leeg; vul minstens \"name:\" in, of haal het type weg om de ingebouwde beschrijving te gebruiken",
		EN: "the description of %s is empty; fill in at least \"name:\", or remove the type to use the built-in description"}
	txtDuplicateID = i18n.Text{
		NL: "de id %q komt twee keer voor (ook op regel %d); geef elke vraag een eigen id",
		EN: "the id %q appears twice (also on line %d); give each question its own id"}
	txtNoOptions = i18n.Text{
		NL: "%s heeft geen antwoordopties; er zijn er minstens %d nodig, elk met \"- text: …\" en \"type: …\"",
		EN: "%s has no options; it needs at least %d, each with \"- text: …\" and \"type: …\""}
	txtFewOptions = i18n.Text{
		NL: "%s heeft maar één antwoordoptie; er zijn er minstens %d nodig, anders valt er niets te kiezen",
		EN: "%s has only one option; it needs at least %d, or there is nothing to choose"}
	txtManyOptions = i18n.Text{
		NL: "%s heeft %d antwoordopties; het maximum is %d (je kiest met de toetsen 1–9): laat er een paar weg of splits de vraag",
		EN: "%s has %d options; the maximum is %d (you choose with the keys 1–9): leave some out or split the question"}
	txtTypeAndScores = i18n.Text{
		NL: "deze antwoordoptie heeft zowel \"type\" als \"scores\"; kies één: \"type: verbinder\" geeft één punt, \"scores: {bureaucraat: 2, verbinder: 1}\" verdeelt punten",
		EN: "this option has both \"type\" and \"scores\"; choose one: \"type: verbinder\" gives one point, \"scores: {bureaucraat: 2, verbinder: 1}\" shares points"}
	txtNoScoring = i18n.Text{
		NL: "deze antwoordoptie zegt niet welk type punten krijgt; voeg \"type: bureaucraat\", \"type: ondernemer\" of \"type: verbinder\" toe, of \"scores: {…}\"",
		EN: "this option does not say which type scores; add \"type: bureaucraat\", \"type: ondernemer\" or \"type: verbinder\", or \"scores: {…}\""}
	txtEmptyTypeValue = i18n.Text{
		NL: "het veld \"type\" is leeg; kies een van: %s",
		EN: "the field \"type\" is empty; choose one of: %s"}
	txtUnknownType = i18n.Text{
		NL: "onbekend type %q; toegestaan zijn: %s",
		EN: "unknown type %q; allowed are: %s"}
	txtEmptyScores = i18n.Text{
		NL: "\"scores\" is leeg; geef minstens één type een gewicht, bijvoorbeeld \"scores: {verbinder: 2, bureaucraat: 1}\"",
		EN: "\"scores\" is empty; give at least one type a weight, for example \"scores: {verbinder: 2, bureaucraat: 1}\""}
	txtWeightNotInt = i18n.Text{
		NL: "het gewicht voor %s is %q, geen heel getal; gebruik een heel getal van 1 tot en met %d",
		EN: "the weight for %s is %q, not a whole number; use a whole number from 1 to %d"}
	txtWeightRange = i18n.Text{
		NL: "het gewicht voor %s is %s; gebruik een heel getal van 1 tot en met %d, en laat een type dat geen punten krijgt gewoon weg",
		EN: "the weight for %s is %s; use a whole number from 1 to %d, and simply leave out a type that gets no points"}
	txtAlias = i18n.Text{
		NL: "alias *%s: ankers (&) en aliassen (*) worden in vragenbestanden niet gebruikt; schrijf de tekst voluit, of zet een tekst die met * begint tussen aanhalingstekens",
		EN: "alias *%s: anchors (&) and aliases (*) are not used in question files; write the text out, or put a text that starts with * in quotes"}
	txtAliasMore = i18n.Text{
		NL: "alias *%s (hier en nog %d keer verder): ankers (&) en aliassen (*) worden in vragenbestanden niet gebruikt; schrijf de tekst voluit",
		EN: "alias *%s (here and %d more times below): anchors (&) and aliases (*) are not used in question files; write the text out"}
	txtTag = i18n.Text{
		NL: "tag %s: tags (zoals !!binary of !eigen) worden in vragen- en cultuurbestanden niet gebruikt, elke waarde is gewone tekst; haal de tag weg, of zet een tekst die met ! begint tussen aanhalingstekens",
		EN: "tag %s: tags (such as !!binary or !custom) are not used in question and culture files, every value is plain text; remove the tag, or put a text that starts with ! in quotes"}
	txtAnchor = i18n.Text{
		NL: "anker &%s: ankers (&) en aliassen (*) worden in vragenbestanden niet gebruikt; haal het anker weg, of zet een tekst die met & begint tussen aanhalingstekens",
		EN: "anchor &%s: anchors (&) and aliases (*) are not used in question files; remove the anchor, or put a text that starts with & in quotes"}
)
