package teamreport

import (
	"strings"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
)

// Interface strings of the team view and its exports.
var (
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

// BlindSpotText describes a blind spot in l: "Verbinder: bij niemand het
// sterkste type; gemiddeld 18%, minder dan 25%".
func BlindSpotText(b team.BlindSpot, s team.Summary, l i18n.Lang) string {
	var parts []string
	if b.NobodyLeads {
		parts = append(parts, txtNobodyLeads.In(l))
	}
	if b.Low {
		parts = append(parts, txtLowShare.F(l, s.Average.Percent[b.Type], team.LowShare))
	}
	return words.DefaultName(b.Type, l) + ": " + strings.Join(parts, "; ")
}
