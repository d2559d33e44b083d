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

// The field names of the format, in the order the README lists them.
var (
	fileFields     = []string{"language", "title", "intro", "types", "questions"}
	typeFields     = []string{"name", "essence", "strengths", "pitfalls", "pointers"}
	questionFields = []string{"id", "context", "scenario", "options"}
	optionFields   = []string{"text", "type", "scores"}
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

// decoder walks the parsed YAML nodes of one file, builds the Bank and
// reports every problem it meets, with the position of the node.
type decoder struct {
	ps *Problems
}

// place describes a mapping for messages: what it is as the subject of a
// sentence ("een vraag"), where a key of it stands ("in een vraag"), and
// what its keys are called ("veld", or "type" for types: and scores).
type place struct {
	what, in, noun i18n.Text
}

var (
	nounField = i18n.Text{NL: "veld", EN: "field"}
	nounType  = i18n.Text{NL: "type", EN: "type"}

	placeFile = place{
		what: i18n.Text{NL: "het bestand", EN: "the file"},
		in:   i18n.Text{NL: "bovenaan het bestand", EN: "at the top level of the file"},
		noun: nounField,
	}
	placeTypes = place{
		what: i18n.Text{NL: `"types"`, EN: `"types"`},
		in:   i18n.Text{NL: "in types:", EN: "in types:"},
		noun: nounType,
	}
	placeScores = place{
		what: i18n.Text{NL: `"scores"`, EN: `"scores"`},
		in:   i18n.Text{NL: "in scores:", EN: "in scores:"},
		noun: nounType,
	}
	placeOption = place{
		what: i18n.Text{NL: "een antwoordoptie", EN: "an option"},
		in:   i18n.Text{NL: "in een antwoordoptie", EN: "in an option"},
		noun: nounField,
	}
)

func placeQuestion(id string) place {
	if id == "" {
		return place{
			what: i18n.Text{NL: "een vraag", EN: "a question"},
			in:   i18n.Text{NL: "in een vraag", EN: "in a question"},
			noun: nounField,
		}
	}
	return place{
		what: tr(i18n.Text{NL: "vraag %q", EN: "question %q"}, id),
		in:   tr(i18n.Text{NL: "in vraag %q", EN: "in question %q"}, id),
		noun: nounField,
	}
}

func placeType(key string) place {
	return place{
		what: tr(i18n.Text{NL: "de beschrijving van %s", EN: "the description of %s"}, key),
		in:   tr(i18n.Text{NL: "in de beschrijving van %s", EN: "in the description of %s"}, key),
		noun: nounField,
	}
}

// at records a problem at n's position.
func (d *decoder) at(n *yaml.Node, t i18n.Text) {
	d.ps.add(Problem{Line: n.Line, Column: n.Column, Text: t})
}

// entry is one key of a mapping and its value.
type entry struct {
	key, value *yaml.Node
}

// present reports whether the key was in the mapping at all.
func (e entry) present() bool { return e.key != nil }

// empty reports whether the value is missing or null ("field:" with
// nothing after it).
func (e entry) empty() bool {
	return e.value == nil || (e.value.Kind == yaml.ScalarNode && e.value.ShortTag() == "!!null")
}

// mapping is a checked YAML mapping: its known keys and values, in file
// order, and the allowed names that an unknown key looked like.
type mapping struct {
	node     *yaml.Node
	entries  map[string]entry
	order    []string
	misspelt map[string]bool
}

// get returns the entry for a known key (zero when absent).
func (m *mapping) get(name string) entry { return m.entries[name] }

// absent reports whether name is missing and no unknown key looked like
// it: a misspelt key has been reported already, with a suggestion, and
// saying that the real one is missing as well would only add noise.
func (m *mapping) absent(name string) bool {
	return !m.entries[name].present() && !m.misspelt[name]
}

// fields checks that n is a mapping and returns its entries. Unknown keys
// (with a suggestion when one is close) and keys that appear twice are
// reported; the first of a duplicate counts.
func (d *decoder) fields(n *yaml.Node, p place, allowed []string, hint i18n.Text) (*mapping, bool) {
	if !d.expect(n, yaml.MappingNode, p.what, hint) {
		return nil, false
	}
	m := &mapping{node: n, entries: make(map[string]entry, len(n.Content)/2), misspelt: map[string]bool{}}
	got := m.entries
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.AliasNode {
			continue // reported by refuseAliases
		}
		// An alias as the value is kept: it was reported by refuseAliases,
		// and every check below fails silently on it.
		if k.Kind != yaml.ScalarNode {
			d.at(k, tr(txtKeyNotName, p.noun, p.in))
			continue
		}
		name := k.Value
		if first, dup := got[name]; dup {
			d.at(k, tr(txtDuplicateKey, p.noun, name, p.in, first.key.Line))
			continue
		}
		known := false
		for _, a := range allowed {
			known = known || a == name
		}
		if !known {
			t := tr(txtUnknownKey, p.noun, name, p.in, strings.Join(allowed, ", "))
			if s := suggest(name, allowed); s != "" {
				t = tr(i18n.Text{NL: "%s (bedoel je %q?)", EN: "%s (did you mean %q?)"}, t, s)
				m.misspelt[s] = true
			}
			d.at(k, t)
			// Keep the key so that a duplicate of it is reported too,
			// but never use its value.
			got[name] = entry{key: k}
			continue
		}
		got[name] = entry{key: k, value: v}
		m.order = append(m.order, name)
	}
	return m, true
}

// expect checks n's kind and reports a mismatch. Aliases are refused
// elsewhere, so they fail silently here.
func (d *decoder) expect(n *yaml.Node, kind yaml.Kind, what, hint i18n.Text) bool {
	if n.Kind == kind {
		return true
	}
	if n.Kind == yaml.AliasNode {
		return false
	}
	var t i18n.Text
	switch kind {
	case yaml.MappingNode:
		t = tr(txtWantMapping, what, kindName(n))
	case yaml.SequenceNode:
		t = tr(txtWantList, what, kindName(n))
	default:
		t = tr(txtWantText, what, kindName(n))
	}
	if hint.NL != "" {
		t = tr(i18n.Text{NL: "%s; %s", EN: "%s; %s"}, t, hint)
	}
	d.at(n, t)
	return false
}

// kindName says in words what a node is, for "but this is …".
func kindName(n *yaml.Node) i18n.Text {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return i18n.Text{NL: "niets", EN: "nothing"}
		}
		return tr(i18n.Text{NL: "de tekst %q", EN: "the text %q"}, short(n.Value))
	case yaml.SequenceNode:
		return i18n.Text{NL: "een lijst", EN: "a list"}
	case yaml.MappingNode:
		return i18n.Text{NL: "velden (naam: waarde)", EN: "fields (name: value)"}
	}
	return i18n.Text{NL: "een alias", EN: "an alias"}
}

// short cuts a text for quoting in a message.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:37]) + "…"
	}
	return s
}

// text returns the text of an optional field ("" when absent or null),
// made safe (safetext.Text: no controls or direction overrides, line
// breaks kept) and trimmed of surrounding space. Question files are
// shared and edited by anyone; their texts go to terminals as they are.
func (d *decoder) text(e entry) string {
	if !e.present() || e.empty() {
		return ""
	}
	if !d.expect(e.value, yaml.ScalarNode, tr(i18n.Text{NL: "%q", EN: "%q"}, e.key.Value), hintText) {
		return ""
	}
	return safeText(e.value.Value)
}

// safeText makes a multi-line text from a file safe and trims it.
func safeText(s string) string { return strings.TrimSpace(safetext.Text(s)) }

// required returns the text of a field that must be there and must not be
// blank, made safe like text, with the field's help from fieldHelp.
func (d *decoder) required(m *mapping, p place, name string) string {
	return d.need(m, p, name, fieldHelp[name], safeText)
}

// need returns the text of a field of m that must be there and must not
// be blank, reporting where it is missing or empty with help saying how to
// fill it in. clean turns the raw value into the text (safeText for a
// question file; a culture file trims only, as checkText reports the
// controls that safeText would drop).
func (d *decoder) need(m *mapping, p place, name string, help i18n.Text, clean func(string) string) string {
	e := m.get(name)
	switch {
	case !e.present():
		if m.absent(name) {
			d.at(m.node, tr(txtMissing, p.what, name, help))
		}
		return ""
	case e.empty():
		d.at(e.key, tr(txtEmpty, name, help))
		return ""
	case e.value.Kind != yaml.ScalarNode:
		d.text(e) // reports the kind
		return ""
	}
	s := clean(e.value.Value)
	if s == "" {
		d.at(e.value, tr(txtEmpty, name, help))
	}
	return s
}

// list returns the texts of a list field such as strengths:.
func (d *decoder) list(e entry) []string {
	if !e.present() || e.empty() {
		return nil
	}
	what := tr(i18n.Text{NL: "%q", EN: "%q"}, e.key.Value)
	if !d.expect(e.value, yaml.SequenceNode, what, hintList) {
		return nil
	}
	var out []string
	for _, item := range e.value.Content {
		if !d.expect(item, yaml.ScalarNode, tr(i18n.Text{NL: "elk punt van %q", EN: "each item of %q"}, e.key.Value), i18n.Text{}) {
			continue
		}
		s := safeText(item.Value)
		if s == "" || item.ShortTag() == "!!null" {
			d.at(item, tr(txtEmptyItem, e.key.Value))
			continue
		}
		out = append(out, s)
	}
	return out
}

// root returns the one document's top node of a question or culture
// file, reporting every further document and refusing anchors and
// aliases. It returns nil, after reporting empty, when no document holds
// anything.
func (d *decoder) root(docs []*yaml.Node, empty i18n.Text) *yaml.Node {
	var root *yaml.Node
	for _, doc := range docs {
		if len(doc.Content) == 0 {
			continue
		}
		n := doc.Content[0]
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
			continue
		}
		if root == nil {
			root = n
			continue
		}
		d.at(n, txtSecondDocument)
	}
	if root == nil {
		d.ps.add(Problem{Text: empty})
		return nil
	}
	d.refuseAliases(docs)
	return root
}

// language reads the language: field (nl or en) and returns it, or def
// when the field is absent or wrong (which it reports). A valid language
// also becomes the language the problems are told in.
func (d *decoder) language(e entry, def string) string {
	if !e.present() || e.empty() || e.value.Kind != yaml.ScalarNode {
		d.text(e) // reports a language: that is not a text
		return def
	}
	l, err := i18n.Parse(e.value.Value)
	if err != nil {
		d.at(e.value, tr(txtLanguage, short(e.value.Value)))
		return def
	}
	d.ps.Lang = l
	return string(l)
}

// decodeFile builds a Bank from the documents of a file. It returns nil
// when nothing usable was found; problems are in d.ps either way.
func (d *decoder) decodeFile(docs []*yaml.Node) *quiz.Bank {
	root := d.root(docs, txtEmptyFile)
	if root == nil {
		return nil
	}
	hint := hintTopLevel
	if root.Kind == yaml.SequenceNode {
		hint = hintRootList
	}
	fs, ok := d.fields(root, placeFile, fileFields, hint)
	if !ok {
		return nil
	}
	b := &quiz.Bank{Language: string(i18n.NL)}
	b.Language = d.language(fs.get("language"), b.Language)
	b.Title = safetext.Line(d.text(fs.get("title"))) // a title is one line
	b.Intro = d.text(fs.get("intro"))
	if e := fs.get("types"); e.present() && !e.empty() {
		d.decodeTypes(e.value, b)
	}
	switch e := fs.get("questions"); {
	case !e.present():
		if fs.absent("questions") {
			d.at(root, txtNoQuestions)
		}
	case e.empty() || (e.value.Kind == yaml.SequenceNode && len(e.value.Content) == 0):
		d.at(e.key, txtNoQuestions)
	default:
		d.decodeQuestions(e.value, b)
	}
	return b
}

// decodeTypes reads the types: section into b.Types.
func (d *decoder) decodeTypes(n *yaml.Node, b *quiz.Bank) {
	fs, ok := d.fields(n, placeTypes, profile.Keys(), hintTypes)
	if !ok {
		return
	}
	for _, key := range fs.order {
		e := fs.get(key)
		t, _ := profile.ParseType(key)
		if e.empty() {
			d.at(e.key, tr(txtEmptyType, key))
			continue
		}
		p := placeType(key)
		tf, ok := d.fields(e.value, p, typeFields, i18n.Text{})
		if !ok {
			continue
		}
		b.Types[t] = profile.TypeProfile{
			Name:      safetext.Line(d.required(tf, p, "name")),
			Essence:   d.text(tf.get("essence")),
			Strengths: d.list(tf.get("strengths")),
			Pitfalls:  d.list(tf.get("pitfalls")),
			Pointers:  d.list(tf.get("pointers")),
		}
	}
}

// peekID is the id: of a list item (a question or a dimension), shortened
// for messages, read before the item is checked so that every message
// about it can name it; "" when it has none.
func peekID(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value == "id" && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" {
			return short(v.Value)
		}
	}
	return ""
}

// uniqueID records the node n of id in ids, or reports dup (with the id
// and the line of its first use) when the id was seen before.
func (d *decoder) uniqueID(ids map[string]*yaml.Node, id string, n *yaml.Node, dup i18n.Text) {
	if first, seen := ids[id]; seen {
		d.at(n, tr(dup, id, first.Line))
		return
	}
	ids[id] = n
}

// decodeQuestions reads the questions: list into b.Questions.
func (d *decoder) decodeQuestions(n *yaml.Node, b *quiz.Bank) {
	if !d.expect(n, yaml.SequenceNode, i18n.Text{NL: `"questions"`, EN: `"questions"`}, hintQuestions) {
		return
	}
	ids := map[string]*yaml.Node{}
	for _, qn := range n.Content {
		p := placeQuestion(peekID(qn))
		fs, ok := d.fields(qn, p, questionFields, hintQuestion)
		if !ok {
			continue
		}
		q := quiz.Question{
			ID:       safetext.Line(d.required(fs, p, "id")),
			Context:  safetext.Line(d.text(fs.get("context"))),
			Scenario: d.required(fs, p, "scenario"),
		}
		if q.ID != "" {
			d.uniqueID(ids, q.ID, fs.get("id").value, txtDuplicateID)
		}
		q.Options = d.decodeOptions(fs, p)
		b.Questions = append(b.Questions, q)
	}
}

// decodeOptions reads a question's options: list.
func (d *decoder) decodeOptions(qm *mapping, p place) []quiz.Option {
	e := qm.get("options")
	switch {
	case !e.present():
		if qm.absent("options") {
			d.at(qm.node, tr(txtMissing, p.what, "options", fieldHelp["options"]))
		}
		return nil
	case e.empty():
		d.at(e.key, tr(txtEmpty, "options", fieldHelp["options"]))
		return nil
	}
	if !d.expect(e.value, yaml.SequenceNode, i18n.Text{NL: `"options"`, EN: `"options"`}, hintOptions) {
		return nil
	}
	switch n := len(e.value.Content); {
	case n == 0:
		d.at(e.key, tr(txtNoOptions, p.what, MinOptions))
	case n < MinOptions:
		d.at(e.key, tr(txtFewOptions, p.what, MinOptions))
	case n > MaxOptions:
		d.at(e.key, tr(txtManyOptions, p.what, n, MaxOptions))
	}
	var out []quiz.Option
	for _, on := range e.value.Content {
		fs, ok := d.fields(on, placeOption, optionFields, hintOption)
		if !ok {
			continue
		}
		o := quiz.Option{Text: d.required(fs, placeOption, "text")}
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
	fs, ok := d.fields(e.value, placeScores, profile.Keys(), hintScores)
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
