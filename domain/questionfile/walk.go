package questionfile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
)

// The field walker: one way, for question files and culture files alike,
// to read a mapping of the file (the file itself, a question, an option,
// a dimension, types:, scores:, descriptions:) against what the format
// allows, reporting every problem at its place. A schema names the fields
// and how to speak of the mapping; walk checks the keys (unknown ones
// with the nearest allowed name, duplicates, keys that are no names), and
// the mapping it returns hands out each field's value, text, list of texts
// or items, reporting a required field that is missing or empty and a
// value of the wrong kind.

// decoder walks the parsed YAML nodes of one file, builds what the file
// describes and reports every problem it meets, with the position of the
// node.
type decoder struct {
	ps *Problems
	// strict is set for culture files: a control character in a text,
	// or a text over its field's limit, is reported; in a question file
	// texts are only cleaned (see clean), as they always were.
	strict bool
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
)

// itemSchema is the schema of an item of a list (a question, a
// dimension) named by its id, or spoken of as anon when it has none. what
// and in hold one %q for the id.
func itemSchema(id string, anon place, what, in i18n.Text, fields []field, hint i18n.Text) schema {
	p := anon
	if id != "" {
		p = place{what: tr(what, id), in: tr(in, id), noun: nounField}
	}
	return schema{place: p, fields: fields, hint: hint}
}

// field is one field of a mapping as the walker reads it.
type field struct {
	name string
	// required: a missing or empty field is reported, with help saying
	// how to fill it in, or with missing and empty when these are set.
	required       bool
	help           i18n.Text
	missing, empty i18n.Text
	// line: the text is one line (a name, an id, a title).
	line bool
	// limit is the most characters a text may have, spaces folded as the
	// screens show it; 0 means no limit. Checked in strict mode.
	limit int
}

// missingText is what is said when f is not in the mapping p at all.
func (f field) missingText(p place) i18n.Text {
	if f.missing.NL != "" {
		return f.missing
	}
	return tr(txtMissing, p.what, f.name, f.help)
}

// emptyText is what is said when f is there but empty.
func (f field) emptyText() i18n.Text {
	if f.empty.NL != "" {
		return f.empty
	}
	return tr(txtEmpty, f.name, f.help)
}

// schema is a kind of mapping: how to speak of it, its fields in the
// order of the format, and a tip for when a node is not a mapping at all
// (listHint, when set, for a list: the top of a file written as a list).
type schema struct {
	place          place
	fields         []field
	hint, listHint i18n.Text
}

// typeKeys returns a field per type key (bureaucraat, ondernemer,
// verbinder), each made by f: types:, scores: and descriptions: are keyed
// by type.
func typeKeys(keys []string, f func(key string) field) []field {
	out := make([]field, len(keys))
	for i, k := range keys {
		out[i] = f(k)
	}
	return out
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

// mapping is a walked YAML mapping: its known keys and values, in file
// order, and the allowed names that an unknown key looked like.
type mapping struct {
	d        *decoder
	s        schema
	node     *yaml.Node
	entries  map[string]entry
	order    []string
	misspelt map[string]bool
}

// get returns the entry for a known key (zero when absent).
func (m *mapping) get(name string) entry { return m.entries[name] }

// field returns the schema's field name.
func (m *mapping) field(name string) field {
	for _, f := range m.s.fields {
		if f.name == name {
			return f
		}
	}
	return field{name: name}
}

// absent reports whether name is missing and no unknown key looked like
// it: a misspelt key has been reported already, with a suggestion, and
// saying that the real one is missing as well would only add noise.
func (m *mapping) absent(name string) bool {
	return !m.entries[name].present() && !m.misspelt[name]
}

// walk checks that n is a mapping of the kind s and returns its entries.
// Unknown keys (with a suggestion when one is close) and keys that appear
// twice are reported; the first of a duplicate counts.
func (d *decoder) walk(n *yaml.Node, s schema) (*mapping, bool) {
	p, hint := s.place, s.hint
	if n.Kind == yaml.SequenceNode && s.listHint.NL != "" {
		hint = s.listHint
	}
	if !d.expect(n, yaml.MappingNode, p.what, hint) {
		return nil, false
	}
	allowed := make([]string, len(s.fields))
	for i, f := range s.fields {
		allowed[i] = f.name
	}
	m := &mapping{d: d, s: s, node: n, entries: make(map[string]entry, len(n.Content)/2), misspelt: map[string]bool{}}
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

// value returns the entry of field name and whether it holds a value. A
// required field that is missing (and not misspelt) is reported at the
// mapping, one that is empty at its key.
func (m *mapping) value(name string) (entry, bool) {
	f, e := m.field(name), m.get(name)
	switch {
	case !e.present():
		if f.required && m.absent(name) {
			m.d.at(m.node, f.missingText(m.s.place))
		}
		return e, false
	case e.empty():
		if f.required {
			m.d.at(e.key, f.emptyText())
		}
		return e, false
	}
	return e, true
}

// text returns the text of field name: "" when it is absent or empty
// (reported when the field is required) or not a text (reported). The
// text is cleaned as the decoder's mode says (clean); a required text
// that is blank is reported as empty.
func (m *mapping) text(name string) string {
	e, ok := m.value(name)
	if !ok || !m.d.expect(e.value, yaml.ScalarNode, tr(i18n.Text{NL: "%q", EN: "%q"}, name), hintText) {
		return ""
	}
	f := m.field(name)
	s := m.d.clean(e.value, f)
	if s == "" && f.required {
		m.d.at(e.value, f.emptyText())
	}
	return s
}

// clean turns a text node into the text of field f. Files are shared and
// edited by anyone and their texts go to terminals: safetext.Text takes
// out controls and direction overrides, keeping line breaks (safetext.Line
// for one-line fields). In a culture file (strict) a control character or
// a text over f's limit is reported too, before it is cleaned.
func (d *decoder) clean(n *yaml.Node, f field) string {
	if d.strict {
		if s := strings.TrimSpace(n.Value); s != "" {
			d.checkText(n, s, f.limit)
		}
	}
	s := safeText(n.Value)
	if f.line {
		s = safetext.Line(s)
	}
	return s
}

// safeText makes a multi-line text from a file safe and trims it.
func safeText(s string) string { return strings.TrimSpace(safetext.Text(s)) }

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

// list returns the texts of a list field such as strengths:.
func (m *mapping) list(name string) []string {
	e, ok := m.value(name)
	if !ok {
		return nil
	}
	d := m.d
	if !d.expect(e.value, yaml.SequenceNode, tr(i18n.Text{NL: "%q", EN: "%q"}, name), hintList) {
		return nil
	}
	var out []string
	for _, item := range e.value.Content {
		if !d.expect(item, yaml.ScalarNode, tr(i18n.Text{NL: "elk punt van %q", EN: "each item of %q"}, name), i18n.Text{}) {
			continue
		}
		s := safeText(item.Value)
		if s == "" || item.ShortTag() == "!!null" {
			d.at(item, tr(txtEmptyItem, name))
			continue
		}
		out = append(out, s)
	}
	return out
}

// items returns the items of a list field such as questions: and the
// field's entry, or ok false when there is no list to walk (reported as
// value does, or as not a list, with hint). An empty list is returned as
// it is: what it means differs per field.
func (m *mapping) items(name string, hint i18n.Text) (e entry, items []*yaml.Node, ok bool) {
	e, ok = m.value(name)
	if !ok || !m.d.expect(e.value, yaml.SequenceNode, tr(i18n.Text{NL: "%q", EN: "%q"}, name), hint) {
		return e, nil, false
	}
	return e, e.value.Content, true
}

// sub walks the mapping under field name as a mapping of the kind s, or
// returns ok false when the field has no value (reported as value does).
func (m *mapping) sub(name string, s schema) (*mapping, bool) {
	e, ok := m.value(name)
	if !ok {
		return nil, false
	}
	return m.d.walk(e.value, s)
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

// root returns the one document's top node of a question or culture
// file, reporting every further document and refusing anchors, aliases
// and tags. It returns nil, after reporting empty, when no document holds
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

// language reads the language: field (nl or en) of m and returns it, or
// def when the field is absent or wrong (which it reports). A valid
// language also becomes the language the problems are told in.
func (m *mapping) language(def string) string {
	e := m.get("language")
	if !e.present() || e.empty() || e.value.Kind != yaml.ScalarNode {
		m.text("language") // reports a language: that is not a text
		return def
	}
	l, err := i18n.Parse(e.value.Value)
	if err != nil {
		m.d.at(e.value, tr(txtLanguage, short(e.value.Value)))
		return def
	}
	m.d.ps.Lang = l
	return string(l)
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
