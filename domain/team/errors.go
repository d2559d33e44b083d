package team

import (
	"fmt"
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
)

var (
	txtParticipantN = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}
	txtMixedSets    = i18n.Text{
		NL: "Deze resultaten horen bij %d verschillende vragensets:\n%s\nVergelijk alleen resultaten van dezelfde vragenset, of geef --mixed om ze toch samen te tonen.",
		EN: "These results belong to %d different question sets:\n%s\nCompare only results of the same question set, or give --mixed to show them together anyway."}
	txtMixedCultureSets = i18n.Text{
		NL: "Deze cultuurmetingen horen bij %d verschillende cultuurbestanden:\n%s\nVergelijk alleen metingen met hetzelfde cultuurbestand, of geef --mixed om ze toch samen te tonen.",
		EN: "These culture surveys belong to %d different culture files:\n%s\nCompare only surveys of the same culture file, or give --mixed to show them together anyway."}
	txtSetLine      = i18n.Text{NL: "  %s (%s, %s): %s", EN: "  %s (%s, %s): %s"}
	txtResultsN     = i18n.Text{NL: "%d resultaten", EN: "%d results"}
	txtResults1     = i18n.Text{NL: "1 resultaat", EN: "1 result"}
	txtUntitled     = i18n.Text{NL: "zonder titel", EN: "untitled"}
	txtNoResults    = i18n.Text{NL: "Geen resultaten gevonden in %s.", EN: "No results found in %s."}
	txtNoResultsFix = i18n.Text{
		NL: "Geef een map met opgeslagen resultaten (*.json) of de bestanden zelf.",
		EN: "Give a folder of saved results (*.json) or the files themselves."}
)

func resultCount(n int, l i18n.Lang) string {
	if n == 1 {
		return txtResults1.In(l)
	}
	return txtResultsN.F(l, n)
}

// MixedSetsError refuses results of different question sets shown
// together: their percentages come from different questions.
type MixedSetsError struct {
	Sets []Set
	// Culture is true when the sets are culture files, which the
	// message then names as such.
	Culture bool
}

func (e *MixedSetsError) Error() string { return e.Message(i18n.EN) }

// Message names the sets and their counts and says what to do.
func (e *MixedSetsError) Message(l i18n.Lang) string {
	lines := make([]string, len(e.Sets))
	for i, s := range e.Sets {
		title := safetext.Line(s.Title)
		if title == "" {
			title = txtUntitled.In(l)
		}
		lang := safetext.Line(s.Language)
		if lang == "" {
			lang = "?"
		}
		lines[i] = txtSetLine.F(l, fmt.Sprintf("%q", title), lang, s.Short(), resultCount(s.Count, l))
	}
	txt := txtMixedSets
	if e.Culture {
		txt = txtMixedCultureSets
	}
	return txt.F(l, len(e.Sets), strings.Join(lines, "\n"))
}

// Check refuses a collection of quiz results and culture results together
// (a *MixedKindsError, whatever mixed says), and one of several question
// sets or culture files unless mixed is true (a *MixedSetsError).
func (c *Collection) Check(mixed bool) error {
	if err := c.checkKinds(); err != nil {
		return err
	}
	if len(c.Sets) > 1 && !mixed {
		return &MixedSetsError{Sets: c.Sets, Culture: len(c.Cultures) > 0}
	}
	return nil
}

// NoResultsMessage says that paths held no usable result, and what to do.
// Paths holding controls are quoted with visible escapes (safetext.Path).
func NoResultsMessage(paths []string, l i18n.Lang) string {
	shown := make([]string, len(paths))
	for i, p := range paths {
		shown[i] = safetext.Path(p)
	}
	return txtNoResults.F(l, strings.Join(shown, ", ")) + " " + txtNoResultsFix.In(l)
}
