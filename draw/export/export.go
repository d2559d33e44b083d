// Package export writes a team's figures, and one personal result, in the
// forms trainers pass on: a workbook for Excel (xlsx), a CSV that Dutch
// Excel opens in columns (semicolon and UTF-8 BOM), an SVG for a slide and a
// self-contained HTML page to e-mail to the team. It draws no screen: the
// figures come from team.Report and teamreport.NewExport, the colours from the
// light palette (theme.LightPalette), so an export looks like the screen
// on a light background whatever the terminal showed.
//
// Names, set titles and file names come from files and are untrusted. Every
// writer passes them through Clean (no control characters, no bidi
// overrides, valid UTF-8), escapes them for its format, and never lets a
// name become a spreadsheet formula.
package export

import (
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Clean makes untrusted text safe to put in a file a person opens: it
// drops terminal escape sequences whole (x/ansi.Strip), control characters (C0, DEL, C1 — escape sequences lose their
// ESC), the Unicode bidi controls that can reorder what a reader sees
// (U+202A–U+202E, U+2066–U+2069 and the like), the non-characters U+FFFE
// and U+FFFF and invalid UTF-8, and turns every white space (tab, line
// break) into a plain space, so a name stays on one line. XML 1.0 forbids
// most of what is dropped, so a cleaned string is always valid in SVG.
func Clean(s string) string {
	if !needsClean(s) {
		return s
	}
	s = ansi.Strip(s) // whole escape sequences, not just their ESC
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case r == utf8.RuneError || drop(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsClean reports whether Clean would change s.
func needsClean(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || drop(r) || unicode.IsSpace(r) && r != ' ' {
			return true
		}
	}
	return false
}

// drop reports whether r is left out of exported text.
func drop(r rune) bool {
	return unicode.IsControl(r) && !unicode.IsSpace(r) ||
		unicode.Is(unicode.Bidi_Control, r) || r == 0xFFFE || r == 0xFFFF
}

// Formula reports whether a spreadsheet would read s as a formula or a
// command (DDE): it starts, after any spaces, with = + - or @.
func Formula(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s != "" && strings.ContainsRune("=+-@", rune(s[0]))
}

// dominantName is the name of the type with key key (a blind spot's
// teamreport.ExportBlindSpot.Type), or "gelijk"/"tied" when key names none.
func dominantName(key string, l i18n.Lang) string {
	if t, ok := profile.ParseType(key); ok {
		return words.DefaultName(t, l)
	}
	return txtTied.In(l)
}

// Interface strings of the exports. The team package keeps its own; these
// are the headings and columns that only the exports use.
var (
	txtTied         = i18n.Text{NL: "gelijk", EN: "tied"}
	txtNumber       = i18n.Text{NL: "Nr", EN: "No"}
	txtParticipant  = i18n.Text{NL: "Deelnemer", EN: "Participant"}
	txtParticipants = i18n.Text{NL: "Deelnemers", EN: "Participants"}
	txtSummary      = i18n.Text{NL: "Samenvatting", EN: "Summary"}
	txtType         = i18n.Text{NL: "Type", EN: "Type"}
	txtPoints       = i18n.Text{NL: "%s (punten)", EN: "%s (points)"}
	txtPercent      = i18n.Text{NL: "%s (%%)", EN: "%s (%%)"}
	txtAverage      = i18n.Text{NL: "Gemiddeld", EN: "Average"}
	txtAverageMix   = i18n.Text{NL: "Gemiddelde mix", EN: "Average mix"}
	txtMin          = i18n.Text{NL: "Min", EN: "Min"}
	txtMax          = i18n.Text{NL: "Max", EN: "Max"}
	txtSpread       = i18n.Text{NL: "min–max", EN: "min–max"}
	txtLeads        = i18n.Text{NL: "Sterkste bij", EN: "Strongest for"}
	txtStrongest    = i18n.Text{NL: "Sterkste type", EN: "Strongest type"}
	txtBlindSpot    = i18n.Text{NL: "Blinde vlek", EN: "Blind spot"}
	txtBlindSpots   = i18n.Text{NL: "Blinde vlekken", EN: "Blind spots"}
	txtNoBlindSpots = i18n.Text{
		NL: "Geen: elk type is bij iemand het sterkst en gemiddeld minstens %d%%.",
		EN: "None: every type leads for someone and averages at least %d%%."}
	txtNobodyLeads = i18n.Text{NL: "bij niemand het sterkste type", EN: "nobody's strongest type"}
	txtLowShare    = i18n.Text{NL: "gemiddeld minder dan %d%%", EN: "averages below %d%%"}
	txtMethod      = i18n.Text{
		NL: "Gemiddelde van de percentages, afgerond met de grootste-restmethode (gelijke aandelen blijven gelijk; samen 100%%, of 99 of 101%% als dat niet kan). Blinde vlek: bij niemand het sterkste type, of gemiddeld minder dan %d%%. Een uitslag is een mix, geen oordeel.",
		EN: "Mean of the percentages, rounded by largest remainder (equal shares stay equal; adding up to 100%%, or 99 or 101%% when that is impossible). Blind spot: nobody's strongest type, or an average below %d%%. A result is a mix, not a verdict."}
	txtSkipped = i18n.Text{NL: "Overgeslagen", EN: "Skipped"}
	txtFileN   = i18n.Text{NL: "bestand %d", EN: "file %d"}
	txtMadeBy  = i18n.Text{NL: "Gemaakt met ideale-ambtenaar, naar De ideale ambtenaar (Derks & Van Leeuwen, 2020).", EN: "Made with ideale-ambtenaar, after De ideale ambtenaar (Derks & Van Leeuwen, 2020)."}
)

// blindSpotReason says why a type is a blind spot, without the type's
// name (the table or line names it).
func blindSpotReason(b teamreport.ExportBlindSpot, l i18n.Lang) string {
	var parts []string
	if b.NobodyLeads {
		parts = append(parts, txtNobodyLeads.In(l))
	}
	if b.Low {
		parts = append(parts, txtLowShare.F(l, team.LowShare))
	}
	return strings.Join(parts, "; ")
}
