package team

import (
	"fmt"
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

// typeNames are the ideal types as the team view names them.
var typeNames = [profile.Count]i18n.Text{
	{NL: "Bureaucraat", EN: "Bureaucrat"},
	{NL: "Ondernemer", EN: "Entrepreneur"},
	{NL: "Verbinder", EN: "Connector"},
}

// TypeName is the name of t in l, capitalised.
func TypeName(t profile.Type, l i18n.Lang) string { return typeNames[t].In(l) }

// TypeNames are the three names in l, in the fixed order (for profile.Chart).
func TypeNames(l i18n.Lang) [profile.Count]string {
	var n [profile.Count]string
	for _, t := range profile.Types {
		n[t] = TypeName(t, l)
	}
	return n
}

// Interface strings of the team view and its exports.
var (
	txtParticipantN = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}
	txtTeam         = i18n.Text{NL: "Team", EN: "Team"}
	txtParticipants = i18n.Text{NL: "%d deelnemers", EN: "%d participants"}
	txtParticipant1 = i18n.Text{NL: "1 deelnemer", EN: "1 participant"}
	txtSetsN        = i18n.Text{NL: "%d vragensets", EN: "%d question sets"}
	txtSet          = i18n.Text{NL: "vragenset %s", EN: "question set %s"}
	txtSkippedN     = i18n.Text{NL: "%d bestanden overgeslagen", EN: "%d files skipped"}
	txtSkipped1     = i18n.Text{NL: "1 bestand overgeslagen", EN: "1 file skipped"}
	txtAverage      = i18n.Text{NL: "Gemiddelde mix", EN: "Average mix"}
	txtSpread       = i18n.Text{NL: "min–max", EN: "min–max"}
	txtStrongest    = i18n.Text{NL: "Sterkste type", EN: "Strongest type"}
	txtTied         = i18n.Text{NL: "gelijk", EN: "tied"}
	txtBlindSpots   = i18n.Text{NL: "Blinde vlekken", EN: "Blind spots"}
	txtNoBlindSpots = i18n.Text{
		NL: "geen: elk type is bij iemand het sterkst en gemiddeld ≥ %d%%.",
		EN: "none: every type leads for someone and averages ≥ %d%%."}
	txtNobodyLeads = i18n.Text{NL: "bij niemand het sterkste type", EN: "nobody's strongest type"}
	txtLowShare    = i18n.Text{NL: "gemiddeld %d%%, minder dan %d%%", EN: "averages %d%%, below %d%%"}
	txtListHead    = i18n.Text{NL: "Deelnemers", EN: "Participants"}
	txtSkippedHead = i18n.Text{NL: "Overgeslagen", EN: "Skipped"}
	txtMixedSets   = i18n.Text{
		NL: "Deze resultaten horen bij %d verschillende vragensets:\n%s\nVergelijk alleen resultaten van dezelfde vragenset, of geef --mixed om ze toch samen te tonen.",
		EN: "These results belong to %d different question sets:\n%s\nCompare only results of the same question set, or give --mixed to show them together anyway."}
	txtSetLine      = i18n.Text{NL: "  %s (%s, %s): %s", EN: "  %s (%s, %s): %s"}
	txtResultsN     = i18n.Text{NL: "%d resultaten", EN: "%d results"}
	txtResults1     = i18n.Text{NL: "1 resultaat", EN: "1 result"}
	txtUntitled     = i18n.Text{NL: "zonder titel", EN: "untitled"}
	txtNoResults    = i18n.Text{NL: "Geen resultaten gevonden in %s.", EN: "No results found in %s."}
	txtNoResultsFix = i18n.Text{
		NL: "Geef een map met opgeslagen resultaten (*.json) of de bestanden zelf.",
		EN: "Give a folder of saved results (*.json) or the files themselves."}
)

// ParticipantCount says "3 deelnemers" (or "1 deelnemer").
func ParticipantCount(n int, l i18n.Lang) string {
	if n == 1 {
		return txtParticipant1.In(l)
	}
	return txtParticipants.F(l, n)
}

// SkippedCount says "2 bestanden overgeslagen".
func SkippedCount(n int, l i18n.Lang) string {
	if n == 1 {
		return txtSkipped1.In(l)
	}
	return txtSkippedN.F(l, n)
}

func resultCount(n int, l i18n.Lang) string {
	if n == 1 {
		return txtResults1.In(l)
	}
	return txtResultsN.F(l, n)
}

// BlindSpotText describes a blind spot in l: "Verbinder: bij niemand het
// sterkste type; gemiddeld 18%, minder dan 25%".
func (b BlindSpot) Text(s Summary, l i18n.Lang) string {
	var parts []string
	if b.NobodyLeads {
		parts = append(parts, txtNobodyLeads.In(l))
	}
	if b.Low {
		parts = append(parts, txtLowShare.F(l, s.Average.Percent[b.Type], LowShare))
	}
	return TypeName(b.Type, l) + ": " + strings.Join(parts, "; ")
}

// MixedSetsError refuses results of different question sets shown
// together: their percentages come from different questions.
type MixedSetsError struct {
	Sets []Set
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
	return txtMixedSets.F(l, len(e.Sets), strings.Join(lines, "\n"))
}

// Check refuses a collection of several question sets unless mixed is
// true.
func (c *Collection) Check(mixed bool) error {
	if len(c.Sets) > 1 && !mixed {
		return &MixedSetsError{Sets: c.Sets}
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
