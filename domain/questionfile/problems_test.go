package questionfile_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// parseString parses src as a trainer's file called mijn.yaml, without
// fallback types.
func parseString(src string) (*quiz.Bank, error) {
	return questionfile.Parse(questionfile.File{Name: "mijn.yaml", Data: []byte(src)}, nil)
}

// mustProblems parses src and returns its problems, failing when it loads.
func mustProblems(t *testing.T, src string) *questionfile.Problems {
	t.Helper()
	b, err := parseString(src)
	if err == nil {
		t.Fatalf("loaded a broken file: %d questions", len(b.Questions))
	}
	var ps *questionfile.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error is %T, want *questionfile.Problems: %v", err, err)
	}
	if b != nil {
		t.Errorf("Parse returned a bank together with an error")
	}
	return ps
}

// checkProblems asserts that ps holds exactly the wanted problems, each
// given as "line:col: part of the Dutch message" ("0:0: …" for a problem
// about the whole file), and that every message exists in both languages.
func checkProblems(t *testing.T, ps *questionfile.Problems, want []string) {
	t.Helper()
	var got []string
	for _, p := range ps.List {
		got = append(got, fmt.Sprintf("%d:%d: %s", p.Line, p.Column, p.Text.NL))
		if p.Text.NL == "" || p.Text.EN == "" || p.Text.NL == p.Text.EN {
			t.Errorf("problem at %d:%d lacks a translation: %+v", p.Line, p.Column, p.Text)
		}
		if p.File != "mijn.yaml" {
			t.Errorf("problem names file %q, want mijn.yaml", p.File)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w[:strings.Index(w, ": ")+2]) && strings.Contains(g, w[strings.Index(w, ": ")+2:])
		}
		if !found {
			t.Errorf("missing problem %q; got:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// TestProblems covers each kind of mistake with its exact position.
func TestProblems(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"misspelt question field", `questions:
  - id: a
    scenario: x
    scenaro: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{`4:5: onbekend veld "scenaro" in vraag "a"; toegestaan zijn: id, context, scenario, options (bedoel je "scenario"?)`}},
		{"misspelt field instead of the real one", `questions:
  - id: a
    scenaro: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{`3:5: onbekend veld "scenaro" in vraag "a"; toegestaan zijn: id, context, scenario, options (bedoel je "scenario"?)`}},
		{"unknown field far from any", `questions:
  - id: a
    scenario: x
    kleur: rood
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{`4:5: onbekend veld "kleur" in vraag "a"; toegestaan zijn: id, context, scenario, options`}},
		{"Dutch field names", `titel: Test
vragen:
  - id: a
`, []string{
			`1:1: onbekend veld "titel" bovenaan het bestand; toegestaan zijn: language, title, intro, types, questions (bedoel je "title"?)`,
			`2:1: onbekend veld "vragen" bovenaan het bestand; toegestaan zijn: language, title, intro, types, questions (bedoel je "questions"?)`}},
		{"Dutch option fields", `questions:
  - id: a
    scenario: x
    options:
      - tekst: a
        type: verbinder
      - text: b
        typ: ondernemer
`, []string{
			`5:9: onbekend veld "tekst" in een antwoordoptie; toegestaan zijn: text, type, scores (bedoel je "text"?)`,
			`8:9: onbekend veld "typ" in een antwoordoptie; toegestaan zijn: text, type, scores (bedoel je "type"?)`}},
		{"options is text", `questions:
  - id: a
    scenario: x
    options: verbinder
`, []string{`4:14: "options" moet een lijst zijn, maar hier staat de tekst "verbinder"; zet elk antwoord op een eigen regel die begint met "- text: …"`}},
		{"questions is a mapping", `questions:
  id: a
  scenario: x
`, []string{`2:3: "questions" moet een lijst zijn, maar hier staat velden (naam: waarde)`}},
		{"scenario is a list", `questions:
  - id: a
    scenario:
      - x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{`4:7: "scenario" moet een tekst zijn, maar hier staat een lijst`}},
		{"option is plain text", `questions:
  - id: a
    scenario: x
    options:
      - Ik bel terug.
      - {text: b, type: ondernemer}
`, []string{`5:9: een antwoordoptie moet bestaan uit velden (naam: waarde), maar hier staat de tekst "Ik bel terug."; schrijf "- text: …"`}},
		{"duplicate ids point at both lines", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
  - id: a
    scenario: y
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{`7:9: de id "a" komt twee keer voor (ook op regel 2); geef elke vraag een eigen id`}},
		{"duplicate mapping keys", `title: Een
title: Twee
questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder, type: ondernemer}
      - {text: b, type: ondernemer}
`, []string{
			`2:1: veld "title" staat twee keer bovenaan het bestand (ook op regel 1); laat er één staan`,
			`7:36: veld "type" staat twee keer in een antwoordoptie (ook op regel 7)`}},
		{"one option", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder}
`, []string{`4:5: vraag "a" heeft maar één antwoordoptie; er zijn er minstens 2 nodig`}},
		{"no options", `questions:
  - id: a
    scenario: x
    options: []
`, []string{`4:5: vraag "a" heeft geen antwoordopties; er zijn er minstens 2 nodig`}},
		{"options empty", `questions:
  - id: a
    scenario: x
    options:
`, []string{`4:5: het veld "options" is leeg; geef 2 tot 9 antwoorden`}},
		{"ten options", `questions:
  - id: a
    scenario: x
    options:
` + strings.Repeat("      - {text: a, type: verbinder}\n", 10),
			[]string{`4:5: vraag "a" heeft 10 antwoordopties; het maximum is 9 (je kiest met de toetsen 1–9)`}},
		{"missing fields", `questions:
  - context: Balie
  - id: b
    scenario: y
    options:
      - {type: verbinder}
      - {text: b}
`, []string{
			`2:5: een vraag mist het veld "id"; geef elke vraag een korte, unieke naam`,
			`2:5: een vraag mist het veld "scenario"; beschrijf de situatie`,
			`2:5: een vraag mist het veld "options"; geef 2 tot 9 antwoorden`,
			`6:9: een antwoordoptie mist het veld "text"; schrijf het antwoord`,
			`7:9: deze antwoordoptie zegt niet welk type punten krijgt; voeg "type: bureaucraat", "type: ondernemer" of "type: verbinder" toe, of "scores: {…}"`}},
		{"empty and blank texts", `questions:
  - id: ""
    scenario: "   "
    options:
      - text:
        type: verbinder
      - text: "	 "
        type: ondernemer
`, []string{
			`2:9: het veld "id" is leeg`,
			`3:15: het veld "scenario" is leeg`,
			`5:9: het veld "text" is leeg`,
			`7:15: het veld "text" is leeg`}},
		{"unknown types", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbindr}
      - {text: b, type: rood}
      - {text: c, type: Ondernemer}
      - {text: d, type: }
`, []string{
			`5:25: onbekend type "verbindr"; toegestaan zijn: bureaucraat, ondernemer, verbinder (bedoel je "verbinder"?)`,
			`6:25: onbekend type "rood"; toegestaan zijn: bureaucraat, ondernemer, verbinder`,
			`7:25: onbekend type "Ondernemer"; toegestaan zijn: bureaucraat, ondernemer, verbinder (bedoel je "ondernemer"?)`,
			`8:19: het veld "type" is leeg; kies een van: bureaucraat, ondernemer, verbinder`}},
		{"bad scores", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, scores: {verbinder: 0, bureaucraat: -1}}
      - {text: b, scores: {ondernemer: 1.5, verbinder: twee}}
      - {text: c, scores: {verbindr: 1, ondernemer: 101}}
      - {text: d, scores: {}}
      - {text: e, scores: [verbinder]}
      - {text: f, scores: {verbinder: [1]}}
`, []string{
			`5:39: het gewicht voor verbinder is 0; gebruik een heel getal van 1 tot en met 100`,
			`5:55: het gewicht voor bureaucraat is -1; gebruik een heel getal van 1 tot en met 100`,
			`6:40: het gewicht voor ondernemer is "1.5", geen heel getal`,
			`6:56: het gewicht voor verbinder is "twee", geen heel getal`,
			`7:28: onbekend type "verbindr" in scores:; toegestaan zijn: bureaucraat, ondernemer, verbinder (bedoel je "verbinder"?)`,
			`7:53: het gewicht voor ondernemer is 101; gebruik een heel getal van 1 tot en met 100`,
			`8:19: "scores" is leeg; geef minstens één type een gewicht`,
			`9:27: "scores" moet bestaan uit velden (naam: waarde), maar hier staat een lijst`,
			`10:39: het gewicht voor verbinder moet een tekst zijn, maar hier staat een lijst; een gewicht is een heel getal`}},
		{"type and scores, both and neither", `questions:
  - id: a
    scenario: x
    options:
      - text: a
        type: verbinder
        scores: {verbinder: 2}
      - text: b
`, []string{
			`7:9: deze antwoordoptie heeft zowel "type" als "scores"; kies één`,
			`8:9: deze antwoordoptie zegt niet welk type punten krijgt`}},
		{"no questions", "title: Leeg\n", []string{`1:1: het bestand heeft geen vragen`}},
		{"questions empty", "title: Leeg\nquestions:\n", []string{`2:1: het bestand heeft geen vragen`}},
		{"questions empty list", "questions: []\n", []string{`1:1: het bestand heeft geen vragen`}},
		{"unknown language", `language: de
questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{`1:11: onbekende taal "de"; kies nl of en`}},
		{"bad types section", `types:
  bureaucraat:
    name: ""
    essence: Zorgvuldig
    strengths: Rechtszekerheid
  verbinder:
    naam: Verbinder
    pitfalls:
      - Eindeloos overleggen
      -
  ondernemer:
  regelaar:
    name: Regelaar
questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{
			`3:11: het veld "name" is leeg; geef het type een naam`,
			`5:16: "strengths" moet een lijst zijn, maar hier staat de tekst "Rechtszekerheid"; zet elk punt op een eigen regel`,
			`7:5: onbekend veld "naam" in de beschrijving van verbinder; toegestaan zijn: name, essence, strengths, pitfalls, pointers (bedoel je "name"?)`,
			`10:8: een leeg punt in "pitfalls"`,
			`11:3: de beschrijving van ondernemer is leeg; vul minstens "name:" in, of haal het type weg`,
			`12:3: onbekend type "regelaar" in types:; toegestaan zijn: bureaucraat, ondernemer, verbinder`}},
		{"type profile without a name", `types:
  verbinder:
    essence: Samen
questions: []
`, []string{
			`3:5: de beschrijving van verbinder mist het veld "name"; geef het type een naam`,
			`4:1: het bestand heeft geen vragen`}},
		{"types is a list", "types: [bureaucraat]\nquestions: []\n", []string{
			`1:8: "types" moet bestaan uit velden (naam: waarde), maar hier staat een lijst`,
			`2:1: het bestand heeft geen vragen`}},
		{"file is a list", "- id: a\n  scenario: x\n", []string{
			`1:1: het bestand moet bestaan uit velden (naam: waarde), maar hier staat een lijst; zet "questions:" op de eerste regel`}},
		{"file is text", "Dit is geen vragenbestand.\n", []string{
			`1:1: het bestand moet bestaan uit velden (naam: waarde), maar hier staat de tekst "Dit is geen vragenbestand."`}},
		{"empty file", "", []string{`0:0: het bestand is leeg`}},
		{"only comments", "# nog niets\n\n", []string{`0:0: het bestand is leeg`}},
		{"two documents", "questions: []\n---\ntitle: x\n", []string{
			`1:1: het bestand heeft geen vragen`,
			`3:1: hier begint een tweede YAML-document (na een regel met ---)`}},
		{"anchors and aliases", `questions:
  - id: a
    scenario: &s Een situatie
    options: &o
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
  - id: b
    scenario: *s
    options: *o
  - id: c
    scenario: *s
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{
			`3:15: anker &s: ankers (&) en aliassen (*) worden in vragenbestanden niet gebruikt`,
			`4:14: anker &o: ankers (&) en aliassen (*)`,
			`8:15: alias *s (hier en nog 1 keer verder): ankers (&) en aliassen (*) worden in vragenbestanden niet gebruikt; schrijf de tekst voluit`,
			`9:14: alias *o: ankers (&) en aliassen (*)`}},
		{"key that is not a name", `questions:
  - ? [id]
    : a
    scenario: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`, []string{
			`2:7: de naam van een veld in een vraag moet een gewone naam zijn`,
			`2:5: een vraag mist het veld "id"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, mustProblems(t, tt.src), tt.want)
		})
	}
}

// syntaxErrorCases are the cases of TestSyntaxErrors, kept apart so that
// TestLocateMeasure measures on them too.
var syntaxErrorCases = []struct {
	name, src, want string
}{
	{"colon in a text", `questions:
  - id: a
    scenario: Wat doe je: nu?
    options:
      - {text: a, type: verbinder}
`, `3:25: YAML kan dit niet lezen (mapping values are not allowed in this context); staat er een dubbele punt met een spatie in de tekst?`},
	{"option indented one short", `questions:
  - id: a
    scenario: x
    options:
      - text: a
        type: verbinder
     - text: b
       type: ondernemer
`, `7:6: YAML kan dit niet lezen (did not find expected key); de inspringing klopt niet`},
	{"list item below a field", `title: x
questions: []
- id: a
`, `3:1: YAML kan dit niet lezen (did not find expected key)`},
	{"unclosed quote", `questions:
  - id: a
    scenario: "Een situatie
    options: []
`, `3:15: YAML kan dit niet lezen (found unexpected end of stream); een aanhalingsteken wordt niet gesloten`},
	{"backslash in double quotes", `questions:
  - id: a
    scenario: "Zie C:\map"
`, `3:22: YAML kan dit niet lezen (found unknown escape character); een \ tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens`},
	{"text starting with @", `questions:
  - id: a
    scenario: @gemeente twittert
`, `3:5: YAML kan dit niet lezen (found character that cannot start any token)`},
	{"unclosed flow list", `questions:
  - id: a
    scenario: x
    options: [{text: a, type: verbinder}
  - id: b
`, `5:3: YAML kan dit niet lezen (did not find expected ',' or ']'); hier verwacht YAML een komma, of de ] die de lijst sluit die op regel 4, kolom 14 met [ begint`},
	{"undefined alias", `questions:
  - id: a
    scenario: *nergens
`, `3:15: YAML kan dit niet lezen (unknown anchor 'nergens' referenced); een tekst die met * begint, leest YAML als alias; zet de tekst tussen aanhalingstekens`},
}

// TestSyntaxErrors checks that YAML's own errors point at the line with
// the mistake, keep YAML's detail and add a hint.
func TestSyntaxErrors(t *testing.T) {
	for _, tt := range syntaxErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, mustProblems(t, tt.src), []string{tt.want})
		})
	}
}

// syntaxKindCases are the cases of TestSyntaxKinds, kept apart so that
// TestLocateMeasure measures on them too.
var syntaxKindCases = []struct {
	name, src, want, wantEN string
}{
	{"%YAML without ---", "%YAML 1.2\nquestions: []\n",
		`2:1: YAML kan dit niet lezen (mapping values are not allowed in this context); na een regel die met % begint (zoals %YAML 1.2) moet een regel met --- komen`,
		"must be followed by a line with ---"},
	{"%YAML of another major version", "%YAML 2.0\n---\nquestions: []\n",
		`1:1: YAML kan dit niet lezen (found incompatible YAML document); deze YAML-versie kan de quiz niet lezen; haal de %YAML-regel weg`,
		"remove the %YAML line"},
	{"%YAML twice", "%YAML 1.2\n%YAML 1.2\n---\nquestions: []\n",
		`2:1: YAML kan dit niet lezen (found duplicate %YAML directive); %YAML staat meer dan eens bovenaan`,
		"appears more than once"},
	{"text that starts with % is no directive", "%30 korting\nquestions: []\n",
		`1:1: YAML kan dit niet lezen (found unknown directive name); controleer de inspringing (alleen spaties) en zet tekst met bijzondere tekens`,
		"put text with special characters"},
	{"list never closed, error on a later line", `questions:
  - id: a
    scenario: x
    options: [
      {text: a, type: verbinder},
      {text: b, type: ondernemer}
  - id: b
`, `7:3: YAML kan dit niet lezen (did not find expected ',' or ']'); hier verwacht YAML een komma, of de ] die de lijst sluit die op regel 4, kolom 14 met [ begint`,
		"YAML expects a comma here, or the ] that closes the list that starts with [ at line 4, column 14"},
	{"outer list never closed, inner one closed", `questions:
  - id: a
    scenario: x
    options: [ [ a, b, c ]
  - id: b
`, `5:3: YAML kan dit niet lezen (did not find expected ',' or ']'); hier verwacht YAML een komma, of de ] die de lijst sluit die op regel 4, kolom 14 met [ begint`,
		"starts with [ at line 4, column 14"},
	{"block never closed, error on a later line", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder
      - {text: b, type: ondernemer}
`, `6:9: YAML kan dit niet lezen (did not find expected ',' or '}'); hier verwacht YAML een komma, of de } die het blok sluit dat op regel 5, kolom 9 met { begint`,
		"the } that closes the block that starts with { at line 5, column 9"},
	{"missing comma in a list", `questions:
  - id: a
    scenario: x
    options: [{text: a, type: verbinder} {text: b, type: ondernemer}]
`, `4:42: YAML kan dit niet lezen (did not find expected ',' or ']'); hier verwacht YAML een komma, of de ] die de lijst sluit die op regel 4, kolom 14 met [ begint`,
		"YAML expects a comma here"},
	{"list open at the end of the file", `questions:
  - id: a
    scenario: x
    options: [{text: a, type: verbinder},
      {text: b, type: ondernemer}  # tweede
`, `5:34: YAML kan dit niet lezen (did not find expected ',' or ']'); de lijst die op regel 4, kolom 14 met [ begint, wordt nergens gesloten; zet een ] aan het eind ervan`,
		"the list that starts with [ at line 4, column 14 is never closed; put a ] at its end"},
	{"list never closed after a comma, next question follows", `questions:
  - id: a
    scenario: x
    options: [{text: a, type: verbinder},
  - id: b
`, `5:3: YAML kan dit niet lezen (did not find expected node content); de lijst die op regel 4, kolom 14 met [ begint, wordt nergens gesloten; zet een ] aan het eind ervan`,
		"the list that starts with [ at line 4, column 14 is never closed"},
	{"block never closed after a comma at the end of the file", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder,
      # nog iets
`, `5:35: YAML kan dit niet lezen (did not find expected node content); het blok dat op regel 5, kolom 9 met { begint, wordt nergens gesloten; zet een } aan het eind ervan`,
		"the block that starts with { at line 5, column 9 is never closed; put a } at its end"},
	{"text after a closing quote", `questions:
  - id: a
    scenario: x
    options:
      - text: "quoted" and more
        type: verbinder
`, `5:24: YAML kan dit niet lezen (did not find expected key); na het sluitende aanhalingsteken staat nog tekst; zet de hele tekst tussen aanhalingstekens`,
		"more text follows the closing quote"},
	{"text after a closing quote in a list", `questions:
  - id: a
    scenario: x
    options:
      - 'Ik bel' meteen terug
`, `5:18: YAML kan dit niet lezen (did not find expected '-' indicator); na het sluitende aanhalingsteken staat nog tekst`,
		"more text follows the closing quote"},
	{"text after a closing quote over two lines", `questions:
  - id: a
    scenario: "Een lange
      situatie" en meer
`, `4:17: YAML kan dit niet lezen (did not find expected key); na het sluitende aanhalingsteken staat nog tekst`,
		"more text follows the closing quote"},
	{"text after a closing quote in braces", `questions:
  - id: a
    scenario: x
    options:
      - {text: "quoted" and more, type: verbinder}
`, `5:25: YAML kan dit niet lezen (did not find expected ',' or '}'); na het sluitende aanhalingsteken staat nog tekst`,
		"more text follows the closing quote"},
	{"two quoted texts without a comma", `questions:
  - id: a
    scenario: x
    options: [
      "een", "twee" "drie"
    ]
`, `5:21: YAML kan dit niet lezen (did not find expected ',' or ']'); hier verwacht YAML een komma, of de ] die de lijst sluit die op regel 4, kolom 14 met [ begint`,
		"YAML expects a comma here"},
	{"extra comma in braces", `questions:
  - id: a
    scenario: x
    options:
      - {text: a, scores: {bureaucraat: 2,, verbinder: 1}}
`, `5:43: YAML kan dit niet lezen (did not find expected node content); twee komma's achter elkaar, of een komma zonder iets ervoor; haal deze komma weg`,
		"two commas in a row, or a comma with nothing before it; remove this comma"},
	{"extra comma at the start of a line", `questions:
  - id: a
    scenario: x
    options: [{text: a, type: verbinder},
      , {text: b, type: ondernemer}]
`, `5:7: YAML kan dit niet lezen (did not find expected node content); twee komma's achter elkaar`,
		"two commas in a row"},
	{"comment line in a plain text", `questions:
  - id: a
    scenario: Een lange
      situatie
# opmerking
      die doorloopt
`, `5:1: YAML kan dit niet lezen (did not find expected key); een # maakt de rest van de regel commentaar en beëindigt de tekst erboven`,
		"a # turns the rest of the line into a comment and ends the text above it"},
	{"comment at the end of a line in a plain text", `questions:
  - id: a
    scenario: Een lange  # opmerking
      situatie
`, `3:26: YAML kan dit niet lezen (did not find expected key); een # maakt de rest van de regel commentaar`,
		"put the whole text in quotes"},
	{"comment line in a plain text in a list", `questions:
  - id: a
    scenario: x
    options:
      - Een lange
        tekst
      # opmerking
        die doorloopt
`, `7:7: YAML kan dit niet lezen (did not find expected '-' indicator); een # maakt de rest van de regel commentaar`,
		"a # turns the rest of the line into a comment"},
	{"comment above a field indented too far keeps the indentation tip", `questions:
  - id: a
    scenario: x
    # opmerking
      options: []
`, `5:7: YAML kan dit niet lezen (did not find expected key); de inspringing klopt niet`,
		"the indentation is off"},
	{"comment line less indented in a block text", `questions:
  - id: a
    scenario: |
      Een lange
    # opmerking
      situatie
`, `5:5: YAML kan dit niet lezen (did not find expected key); een regel met # die minder ver inspringt dan de tekst erboven, beëindigt die tekst`,
		"indent the line as far as the text"},
}

// TestSyntaxKinds covers the kinds of syntax mistake whose place YAML's
// own line and words get wrong: each must point where a person puts the
// cursor to fix it, with a tip of its own in both languages.
func TestSyntaxKinds(t *testing.T) {
	for _, tt := range syntaxKindCases {
		t.Run(tt.name, func(t *testing.T) {
			ps := mustProblems(t, tt.src)
			checkProblems(t, ps, []string{tt.want})
			if en := ps.Message(i18n.EN); !strings.Contains(en, tt.wantEN) {
				t.Errorf("English message lacks %q:\n%s", tt.wantEN, en)
			}
		})
	}
}

// TestYAMLVersionDirective loads files that declare their YAML version,
// as YAML 1.2 files may, without changing the caller's bytes.
func TestYAMLVersionDirective(t *testing.T) {
	for _, head := range []string{"%YAML 1.2\n---\n", "%YAML 1.1\n---\n", "# vragen\n%YAML 1.2 # versie\n\n--- # begin\n", "%YAML 1.3\n%TAG !x! tag:example.com,2000:\n---\n"} {
		data := []byte(head + questionsOnly)
		b, err := questionfile.Parse(questionfile.File{Name: "mijn.yaml", Data: data}, nil)
		if err != nil {
			t.Errorf("%q: %s", head, questionfile.Message(err, i18n.NL))
			continue
		}
		if len(b.Questions) != 1 {
			t.Errorf("%q: %d questions", head, len(b.Questions))
		}
		if string(data) != head+questionsOnly {
			t.Errorf("%q: Parse changed the caller's bytes", head)
		}
	}
	// A later document may declare its version too; it is refused as a
	// second document, not for its version.
	ps := mustProblems(t, "%YAML 1.2\n---\n"+questionsOnly+"...\n%YAML 1.2\n---\ntitle: x\n")
	checkProblems(t, ps, []string{`12:1: hier begint een tweede YAML-document`})
}

// TestTabs checks that tab indentation is named as such, on every line
// that has it, instead of YAML's "found character that cannot start any
// token", and that the rest of the file is still checked as if the tabs
// were spaces (check does not stop at the first problem), with columns
// in the file as it is.
func TestTabs(t *testing.T) {
	src := "questions:\n\t- id: a\n\t  scenario: x\n  \toptions: []\n"
	ps := mustProblems(t, src)
	checkProblems(t, ps, []string{
		"2:1: deze regel springt in met een tab; gebruik spaties in plaats van tabs",
		"3:1: deze regel springt in met een tab",
		"4:3: deze regel springt in met een tab",
		`4:4: vraag "a" heeft geen antwoordopties`,
	})
	if strings.Contains(ps.Message(i18n.NL), "cannot start any token") {
		t.Errorf("YAML's own message leaked next to the tab message:\n%s", ps.Message(i18n.NL))
	}
	if !strings.Contains(ps.Message(i18n.EN), "use spaces instead of tabs") {
		t.Errorf("English message lacks the advice:\n%s", ps.Message(i18n.EN))
	}
}

// TestTabsThenMore: a file indented with tabs throughout (one per level,
// as an editor's tab key makes) is read on after the tabs are reported:
// a misspelt field, an unknown type and a syntax mistake further down are
// all found, each at its column in the file.
func TestTabsThenMore(t *testing.T) {
	src := "questions:\n\t- id: a\n\t  scenaro: x\n\t  options:\n\t\t- {text: a, type: verbindr}\n\t\t- {text: b, type: ondernemer}\n" +
		"\t- id: b\n\t  scenario: Wat doe je: nu?\n"
	checkProblems(t, mustProblems(t, src), []string{
		"2:1: deze regel springt in met een tab",
		"3:1: deze regel springt in met een tab",
		"4:1: deze regel springt in met een tab",
		"5:1: deze regel springt in met een tab",
		"6:1: deze regel springt in met een tab",
		"7:1: deze regel springt in met een tab",
		"8:1: deze regel springt in met een tab",
		"8:24: YAML kan dit niet lezen (mapping values are not allowed in this context)",
	})
	src = strings.Replace(src, "Wat doe je: nu?", "Wat doe je nu?", 1)
	checkProblems(t, mustProblems(t, src), []string{
		"2:1: deze regel springt in met een tab",
		"3:1: deze regel springt in met een tab",
		`3:4: onbekend veld "scenaro" in vraag "a"`,
		"4:1: deze regel springt in met een tab",
		"5:1: deze regel springt in met een tab",
		`5:21: onbekend type "verbindr"`,
		"6:1: deze regel springt in met een tab",
		"7:1: deze regel springt in met een tab",
		`7:4: vraag "b" mist het veld "options"`,
		"8:1: deze regel springt in met een tab",
	})
}

// TestTabsAboveAnError blames only tabs at or below the mistake: lines
// above it were read without trouble, like this tab inside a quoted text
// that runs over two lines.
func TestTabsAboveAnError(t *testing.T) {
	src := "questions:\n  - id: a\n    scenario: \"een\n\ttwee\"\n    options: [\n"
	checkProblems(t, mustProblems(t, src), []string{
		"5:15: YAML kan dit niet lezen (did not find expected node content); de lijst die op regel 5, kolom 14 met [ begint, wordt nergens gesloten",
	})
}

// TestTabsInsideTextAreFine: a tab after the indentation, or in a text,
// is not indentation and loads (a tab in a text becomes a space: it is a
// control character, and its width depends on the terminal).
func TestTabsInsideTextAreFine(t *testing.T) {
	src := "questions:\n  - id: a\n    scenario: \"Kolom\tkolom\"\n    options:\n      - {text: a, type: verbinder}\n      - text:\tb\n        type: ondernemer\n"
	b, err := parseString(src)
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	if got := b.Questions[0].Scenario; got != "Kolom kolom" {
		t.Errorf("scenario = %q", got)
	}
}

// TestMaxProblems caps the list and counts the rest.
func TestMaxProblems(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("questions:\n")
	for i := range questionfile.MaxProblems + 20 {
		fmt.Fprintf(&sb, "  - id: q%d\n    scenario: x\n    options: []\n", i)
	}
	ps := mustProblems(t, sb.String())
	if len(ps.List) != questionfile.MaxProblems || ps.Omitted != 20 || ps.Count() != questionfile.MaxProblems+20 {
		t.Fatalf("listed %d, omitted %d", len(ps.List), ps.Omitted)
	}
	msg := ps.Message(i18n.NL)
	if !strings.HasSuffix(msg, "mijn.yaml: en nog 20 problemen; los eerst deze op en controleer het bestand dan opnieuw") {
		t.Errorf("message ends with %q", msg[strings.LastIndex(msg, "\n")+1:])
	}
}

// TestProblemsAreSorted lists problems in file order whatever the order
// of discovery (aliases are found after the fields).
func TestProblemsAreSorted(t *testing.T) {
	ps := mustProblems(t, "kleur: &k rood\nquestions: []\nvorm: *k\n")
	for i := 1; i < len(ps.List); i++ {
		a, b := ps.List[i-1], ps.List[i]
		if a.Line > b.Line || a.Line == b.Line && a.Column > b.Column {
			t.Fatalf("not sorted:\n%s", ps.Message(i18n.NL))
		}
	}
}
