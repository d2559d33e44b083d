package teamreport

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Interface strings of the group's culture report.
var (
	txtCultureTeam    = i18n.Text{NL: "Cultuur van de groep", EN: "The group's culture"}
	txtCultureFile    = i18n.Text{NL: "cultuurbestand %s", EN: "culture file %s"}
	txtCultureFilesN  = i18n.Text{NL: "%d cultuurbestanden", EN: "%d culture files"}
	txtCultureAverage = i18n.Text{NL: "Gemiddeld, nu en gewenst", EN: "Average, now and desired"}
	txtCultureNow     = i18n.Text{NL: "nu", EN: "now"}
	txtCultureDesired = i18n.Text{NL: "gewenst", EN: "desired"}
	txtCultureChange  = i18n.Text{NL: "verschil", EN: "change"}
	txtCultureNote    = i18n.Text{
		NL: "* een verschil van %d procentpunten of meer",
		EN: "* a change of %d percentage points or more"}
	txtSharedHead = i18n.Text{NL: "Gedeelde verschuivingen", EN: "Shared shifts"}
	txtSharedMore = [2]i18n.Text{
		{NL: "%d van %d wil meer %s", EN: "%d of %d wants more of the %s"},
		{NL: "%d van %d willen meer %s", EN: "%d of %d want more of the %s"}}
	txtSharedLess = [2]i18n.Text{
		{NL: "%d van %d wil minder %s", EN: "%d of %d wants less of the %s"},
		{NL: "%d van %d willen minder %s", EN: "%d of %d want less of the %s"}}
	txtSharedFrom = i18n.Text{
		NL: " (gemiddeld van %d%% naar %d%%, %s)",
		EN: " (on average from %d%% to %d%%, %s)"}
	txtNoShared = i18n.Text{
		NL: "geen: geen type verschuift gemiddeld %d procentpunten of meer.",
		EN: "none: no type shifts %d percentage points or more on average."}
	txtCultureMethod = i18n.Text{
		NL: "Gemiddelde van de percentages per meting, afgerond met de grootste-restmethode (samen 100%%); verschil = gewenst − nu in procentpunten; * bij %d of meer.",
		EN: "Mean of the percentages per survey, rounded by largest remainder (adding up to 100%%); change = desired − now in percentage points; * at %d or more."}
	txtCultureMore = i18n.Text{NL: "Meer", EN: "More"}
	txtCultureLess = i18n.Text{NL: "Minder", EN: "Less"}
)

// CultureReport lays out a collection of culture results (team.Collection
// with Kind results.KindCulture) and its summary as text for a given
// width, and exports it. Participants are c.Cultures.
type CultureReport struct {
	C   *team.Collection
	S   team.CultureSummary
	Opt Options

	// labelWidth is the widest label, named and anonymous.
	labelWidth [2]int
}

// NewCultureReport summarises the culture results of c for showing with o.
func NewCultureReport(c *team.Collection, o Options) *CultureReport {
	r := &CultureReport{C: c, S: c.SummarizeCultures(), Opt: o}
	for _, p := range c.Cultures {
		fitLabel(&r.labelWidth, p.Participant, o.Lang)
	}
	return r
}

// Title is the report's first line: "Cultuur van de groep — <title of the
// culture file>", or the number of culture files when mixed.
func (r *CultureReport) Title() string {
	return title(r.C, txtCultureTeam, txtCultureFilesN, r.Opt.Lang)
}

// Subtitle counts participants, names the culture file(s) and counts
// skipped files.
func (r *CultureReport) Subtitle() string { return strings.Join(r.subtitleParts(), " · ") }

func (r *CultureReport) subtitleParts() []string {
	return subtitleParts(r.C, r.S.Count, txtCultureFile, r.Opt.Lang)
}

// SkippedLines lists the skipped files with their reasons, for stderr, as
// Report.SkippedLines.
func (r *CultureReport) SkippedLines() []string { return skippedLines(r.C, r.Opt.Lang) }

// SharedText says in l how many share the group's shift for t, which way
// and by how much: "3 van 3 willen minder bureaucraat (gemiddeld van 51%
// naar 37%, −14)". It is empty when the group does not shift t.
func (r *CultureReport) SharedText(t profile.Type) string {
	return sharedText(r.S, t, r.Opt.Lang)
}

func sharedText(s team.CultureSummary, t profile.Type, l i18n.Lang) string {
	if s.Shift[t] == 0 {
		return ""
	}
	txt := txtSharedMore
	if s.Shift[t] < 0 {
		txt = txtSharedLess
	}
	n := s.Shared(t)
	form := txt[1]
	if n == 1 {
		form = txt[0]
	}
	return form.F(l, n, s.Count, culture.TypeName(t, l)) +
		txtSharedFrom.F(l, s.Now.Average.Percent[t], s.Desired.Average.Percent[t], culture.Signed(s.Shift[t]))
}

// Culture layout constants.
const (
	// culturePct is a percentage column: " 100%".
	culturePct = 5
	// cultureBlock is three percentage columns.
	cultureBlock = 3 * culturePct
	// cultureGap separates the now and desired blocks of a participant.
	cultureGap = 3
)

// Head is everything above the participant list: title, subtitle, per
// type its change and a bar (or number) for now and desired with the
// spread, the note on notable changes, and the shared shifts. No line is
// wider than width.
func (r *CultureReport) Head(width int) []string {
	th, l := r.Opt.Theme, r.Opt.Lang
	out := headTop(th, r.Title(), r.subtitleParts(), width)
	add := func(s string) { out = append(out, layout.WrapLines(s, width)...) }

	passes := []string{txtCultureNow.In(l), txtCultureDesired.In(l)}
	labelW := max(ansi.StringWidth(passes[0]), ansi.StringWidth(passes[1]))
	spreadW := spreadWidth
	if width < 2+labelW+2+culturePct+spreadWidth+minStacked {
		spreadW = 0 // too narrow: numbers only, no spread
	}
	barW := width - 2 - labelW - 2 - culturePct - spreadW
	if barW < minStacked || r.Opt.NoBars {
		barW = 0
	}
	// The changes end where the percentages end; a * follows.
	end := 2 + labelW + 2 + barW + culturePct
	if barW == 0 {
		end = max(end, min(width-2, 2+labelW+2+culturePct+spreadW))
	}

	if spreadW > 0 {
		// "min–max" ends where the spreads end.
		rowEnd := 2 + labelW + 2 + barW + culturePct + spreadW
		head := padRight(th.Heading.Render(txtCultureAverage.In(l)), rowEnd-ansi.StringWidth(txtSpread.In(l)))
		out = append(out, clip(head+th.Muted.Render(txtSpread.In(l)), width))
	} else {
		add(th.Heading.Render(txtCultureAverage.In(l)))
	}
	for _, t := range profile.Types {
		ch := culturetable.ChangeText(r.S.Shift[t])
		name := clip(words.DefaultName(t, l), max(end-ansi.StringWidth(ch)-1, 1))
		line := padRight(th.TypeStyle(t).Render(name), end-ansi.StringWidth(ch))
		if r.S.Notable(t) {
			line += th.Selected.Render(ch + " *")
		} else {
			line += th.Body.Render(ch)
		}
		out = append(out, clip(line, width))
		for i, pass := range []team.PassSummary{r.S.Now, r.S.Desired} {
			pct := pass.Average.Percent[t]
			line := "  " + th.Muted.Render(padRight(passes[i], labelW)) + "  "
			if barW > 0 {
				line += r.typeBar(t, pct, barW, culture.Pass(i))
			}
			line += th.Body.Render(padLeft(fmt.Sprintf("%d%%", pct), culturePct))
			if spreadW > 0 {
				line += th.Muted.Render(padLeft(fmt.Sprintf("%d–%d%%", pass.Min[t], pass.Max[t]), spreadW))
			}
			out = append(out, clip(line, width))
		}
	}
	notable := r.S.NotableTypes()
	if len(notable) > 0 {
		out = append(out, "")
		for _, line := range layout.WrapLines(txtCultureNote.F(l, culture.Threshold), width) {
			out = append(out, th.Muted.Render(line))
		}
	}

	out = append(out, "")
	if len(notable) == 0 {
		add(th.Heading.Render(txtSharedHead.In(l)+":") + " " + th.Body.Render(txtNoShared.F(l, culture.Threshold)))
		return out
	}
	add(th.Heading.Render(txtSharedHead.In(l) + ":"))
	for _, t := range notable {
		arrow := culturetable.Arrow(r.S.Shift[t]) + " "
		for i, line := range layout.WrapLines(r.SharedText(t), width-4) {
			prefix := "  " + th.Selected.Render(arrow)
			if i > 0 {
				prefix = "    "
			}
			out = append(out, prefix+th.Body.Render(line))
		}
	}
	return out
}

// typeBar is a bar of pct percent of w cells in the type's colour, the
// rest a faint track, as on the culture result screen: now in ▒ and
// desired in █ (culturetable.Mark), so the two differ without colour.
func (r *CultureReport) typeBar(t profile.Type, pct, w int, pass culture.Pass) string {
	n := min(max((pct*w+50)/100, 0), w)
	full, rest := strings.Repeat(culturetable.Mark(pass), n), strings.Repeat("─", w-n)
	th := r.Opt.Theme
	if !th.Color {
		return full + rest
	}
	return lipgloss.NewStyle().Foreground(th.Palette.Types[t]).Render(full) +
		lipgloss.NewStyle().Foreground(th.Palette.Track).Render(rest)
}

// labelCols is the width of the name column of the participant list.
func (r *CultureReport) labelCols(width int) int {
	anon := 0
	if r.Opt.Anonymous {
		anon = 1
	}
	// As wide as the widest label (within bounds) and its heading.
	label := max(min(r.labelWidth[anon], max(minLabel, min(maxLabel, width/3))), ansi.StringWidth(txtListHead.In(r.Opt.Lang)))
	return max(min(label, width-1-2*cultureBlock-cultureGap), 4)
}

// ListHead is the two lines above the participant list: its title with
// "nu" and "gewenst" over their blocks, and the type initials over the
// percentages.
func (r *CultureReport) ListHead(width int) []string {
	th, l := r.Opt.Theme, r.Opt.Lang
	label := r.labelCols(width)
	first := padRight(th.Heading.Render(clip(txtListHead.In(l), label)), label+1) +
		th.Muted.Render(padLeft(txtCultureNow.In(l), cultureBlock)) + strings.Repeat(" ", cultureGap) +
		th.Muted.Render(padLeft(txtCultureDesired.In(l), cultureBlock))
	heads := ""
	for _, t := range profile.Types {
		heads += " " + padLeft(th.TypeStyle(t).Render(initial(t, l)), 4)
	}
	second := strings.Repeat(" ", label+1) + heads + strings.Repeat(" ", cultureGap) + heads
	return []string{clip(first, width), clip(second, width)}
}

// Len is the number of participant lines.
func (r *CultureReport) Len() int { return len(r.C.Cultures) }

// Line is participant i's line (0-based): label, the three percentages now
// and the three desired.
func (r *CultureReport) Line(i, width int) string {
	p := r.C.Cultures[i]
	th, l := r.Opt.Theme, r.Opt.Lang
	lw := r.labelCols(width)
	label := ansi.Truncate(shownLabel(p.Participant, l, r.Opt.Anonymous), lw, "…")
	line := padRight(th.Body.Render(label), lw) + " "
	for b, m := range []profile.Mix{p.Now(), p.Desired} {
		if b > 0 {
			line += strings.Repeat(" ", cultureGap)
		}
		for _, t := range profile.Types {
			line += th.Body.Render(fmt.Sprintf(" %3d%%", m.Percent[t]))
		}
	}
	return clip(line, width)
}

// Lines is the whole report for width, line by line: what Text prints and
// what a scrolling screen shows.
func (r *CultureReport) Lines(width int) []string {
	lines := layout.Stack(1, r.Head(width), r.Dims(width), r.ListHead(width))
	for i := range r.Len() {
		lines = append(lines, r.Line(i, width))
	}
	for i, s := range lines {
		lines[i] = strings.TrimRight(s, " ")
	}
	return lines
}

// Text is the whole report for width, as the plain-text mode prints it.
func (r *CultureReport) Text(width int) string {
	return strings.Join(r.Lines(width), "\n") + "\n"
}
