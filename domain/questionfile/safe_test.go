package questionfile_test

import (
	"strings"
	"testing"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// TestTextsAreCleanedWhenDecoded: a shared question file can hold escapes
// ("\e", "\x07", "\u202e" in double quotes) that would drive the terminal;
// every text and title comes out of Parse without them, multi-line texts
// keeping their line breaks.
func TestTextsAreCleanedWhenDecoded(t *testing.T) {
	src := `title: "Set\e]0;pwn\a\u202e"
intro: "Welkom\r\nbij de \e[2Jquiz"
types:
  verbinder:
    name: "Net\nwerker\u2066"
    essence: "Brug\x9b1m"
    strengths: ["Luistert\a"]
questions:
  - id: "a\e[31m"
    context: "Team\noverleg"
    scenario: "Regel 1\nRegel 2\u202e\e[5m"
    options:
      - {text: "a\a", type: verbinder}
      - {text: "b\u2067", type: ondernemer}
`
	b, err := questionfile.Parse(questionfile.File{Name: "vijandig.yaml", Data: []byte(src)}, quiztest.Builtin(t))
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	q := b.Questions[0]
	v := b.Types[profile.Verbinder]
	texts := map[string]string{
		"title": b.Title, "intro": b.Intro, "name": v.Name, "essence": v.Essence,
		"strength": v.Strengths[0], "id": q.ID, "context": q.Context, "scenario": q.Scenario,
		"option 1": q.Options[0].Text, "option 2": q.Options[1].Text,
	}
	for what, s := range texts {
		for _, r := range s {
			if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Errorf("%s holds %U: %q", what, r, s)
			}
		}
	}
	for what, want := range map[string]string{
		"title": "Set", "name": "Net werker", "context": "Team overleg",
		"id": "a", "intro": "Welkom\nbij de quiz", "scenario": "Regel 1\nRegel 2",
	} {
		if texts[what] != want {
			t.Errorf("%s = %q, want %q", what, texts[what], want)
		}
	}
	if strings.Contains(b.Title, "\n") || strings.Contains(q.Context, "\n") {
		t.Error("one-line fields keep a line break")
	}
}
