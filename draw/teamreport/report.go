package teamreport

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

// Options say how a team is shown.
type Options struct {
	Lang i18n.Lang
	// Anonymous shows everyone as "deelnemer N" (for the projector).
	Anonymous bool
	// Theme gives the styles; with Theme.Color false no escape code is
	// written at all.
	Theme theme.Theme
	// NoBars leaves the bars out and keeps names and numbers, for screen
	// readers (ACCESSIBLE).
	NoBars bool
}

// Report lays out a collection and its summary as lines of text for a
// given width. The plain-text report prints all of it; the interactive
// screen pins the head and scrolls the participant lines, rendering only
// those in view, so a team of 10,000 costs nothing per frame.
type Report struct {
	C   *team.Collection
	S   team.Summary
	Opt Options

	// labelWidth is the widest label, named and anonymous.
	labelWidth [2]int
}

// NewReport summarises c for showing with o.
func NewReport(c *team.Collection, o Options) *Report {
	r := &Report{C: c, S: team.Summarize(c.Mixes()), Opt: o}
	for _, p := range c.Participants {
		fitLabel(&r.labelWidth, p, o.Lang)
	}
	return r
}

// fitLabel widens w, the widest label named and anonymous, to p's.
func fitLabel(w *[2]int, p team.Participant, l i18n.Lang) {
	w[0] = max(w[0], ansi.StringWidth(shownLabel(p, l, false)))
	w[1] = max(w[1], ansi.StringWidth(shownLabel(p, l, true)))
}

// shownLabel is a participant's label as the report draws it in its name
// column: emoji sequences that terminals draw at different widths (a skin
// tone, a ZWJ profession) are reduced to their base emoji (layout.Stable),
// so that every terminal draws the name in the cells the columns were laid
// out for and the last column stays on the row. Exports keep the name as
// it was saved.
func shownLabel(p team.Participant, l i18n.Lang, anonymous bool) string {
	return layout.Stable(p.Label(l, anonymous))
}

// Layout constants of the participant lines.
const (
	// pctWidth is the three percentages: " 100%" three times.
	pctWidth = 15
	// minLabel and maxLabel bound the name column.
	minLabel, maxLabel = 8, 24
	// minStacked is the shortest stacked bar still drawn.
	minStacked = 6
	// spreadWidth is the min–max column after the average chart: two
	// spaces and "100–100%".
	spreadWidth = 10
)

// listLayout is how a participant line shares its width.
type listLayout struct{ label, bar int }

func (r *Report) layout(width int) listLayout {
	anon := 0
	if r.Opt.Anonymous {
		anon = 1
	}
	label := min(r.labelWidth[anon], max(minLabel, min(maxLabel, width/3)))
	bar := width - label - 1 - pctWidth - 1
	if bar < minStacked || r.Opt.NoBars {
		bar = 0
	}
	return listLayout{label: label, bar: bar}
}

// Title is the report's first line: "Team — <set title>", or the number of
// sets when mixed.
func (r *Report) Title() string { return title(r.C, txtTeam, txtSetsN, r.Opt.Lang) }

// title is a report's first line in l: what ("Team", "Cultuur van de
// groep") — the title of the one set, or how many sets (setsN, with %d)
// when c mixes them.
func title(c *team.Collection, what, setsN i18n.Text, l i18n.Lang) string {
	switch {
	case len(c.Sets) > 1:
		return what.In(l) + " — " + setsN.F(l, len(c.Sets))
	case len(c.Sets) == 1 && safetext.Line(c.Sets[0].Title) != "":
		return what.In(l) + " — " + safetext.Line(c.Sets[0].Title)
	}
	return what.In(l)
}

// Subtitle counts participants, names the set(s) and counts skipped files.
func (r *Report) Subtitle() string { return strings.Join(r.subtitleParts(), " · ") }

func (r *Report) subtitleParts() []string { return subtitleParts(r.C, r.S.Count, txtSet, r.Opt.Lang) }

// subtitleParts are the pieces of a report's second line in l: count
// participants, the set(s) of c named by set (with %s: short hash,
// language and, when mixed, how many each) and the number of skipped
// files.
func subtitleParts(c *team.Collection, count int, set i18n.Text, l i18n.Lang) []string {
	parts := []string{ParticipantCount(count, l)}
	var sets []string
	for _, s := range c.Sets {
		id := s.Short()
		if lang := safetext.Line(s.Language); lang != "" {
			id += " (" + lang + ")"
		}
		if len(c.Sets) > 1 {
			id += fmt.Sprintf(": %d", s.Count)
		}
		sets = append(sets, id)
	}
	if len(sets) > 0 {
		parts = append(parts, set.F(l, strings.Join(sets, ", ")))
	}
	if n := len(c.Skipped); n > 0 {
		parts = append(parts, SkippedCount(n, l))
	}
	return parts
}

// headTop is the top of a report's Head: the title wrapped to width and
// the subtitle's parts flowed under it (layout.Flow, never split), then a
// blank line.
func headTop(th theme.Theme, title string, subtitle []string, width int) []string {
	out := layout.WrapLines(th.Title.Render(title), width)
	out = append(out, layout.Each(layout.Flow(subtitle, " · ", width), layout.Style(th.Muted))...)
	return append(out, "")
}

// Head is everything above the participant list: title, subtitle, the
// average mix with its spread, the strongest types and the blind spots.
// No line is wider than width.
func (r *Report) Head(width int) []string {
	th, l := r.Opt.Theme, r.Opt.Lang
	out := headTop(th, r.Title(), r.subtitleParts(), width)
	add := func(s string) { out = append(out, layout.WrapLines(s, width)...) }

	chartWidth := width - spreadWidth
	showSpread := chartWidth >= 24
	if !showSpread {
		chartWidth = width
	}
	head := th.Heading.Render(txtAverage.In(l))
	if showSpread {
		head = padRight(head, width-ansi.StringWidth(txtSpread.In(l))) + th.Muted.Render(txtSpread.In(l))
	}
	out = append(out, clip(head, width))
	avg := chart.Chart(r.S.Average, chartWidth, th, words.DefaultNames(l))
	if r.Opt.NoBars {
		avg = r.numbersOnly()
		chartWidth = ansi.StringWidth(strings.Split(avg, "\n")[0])
	}
	for i, line := range strings.Split(avg, "\n") {
		if showSpread {
			t := profile.Types[i]
			spread := fmt.Sprintf("%d–%d%%", r.S.Min[t], r.S.Max[t])
			line = padRight(line, chartWidth) + strings.Repeat(" ", spreadWidth-ansi.StringWidth(spread)) + spread
		}
		out = append(out, clip(line, width))
	}
	out = append(out, "")

	var lead []string
	for _, t := range profile.Types {
		lead = append(lead, fmt.Sprintf("%s %d", words.DefaultName(t, l), r.S.Dominant[t]))
	}
	if r.S.Tied > 0 {
		lead = append(lead, fmt.Sprintf("%s %d", txtTied.In(l), r.S.Tied))
	}
	lead[0] = txtStrongest.In(l) + ": " + lead[0]
	for i, line := range layout.Flow(lead, " · ", width) {
		if i == 0 {
			line = th.Heading.Render(txtStrongest.In(l)+":") + th.Body.Render(strings.TrimPrefix(line, txtStrongest.In(l)+":"))
		} else {
			line = th.Body.Render(line)
		}
		out = append(out, line)
	}

	if len(r.S.BlindSpots) == 0 {
		add(th.Heading.Render(txtBlindSpots.In(l)+":") + " " + th.Body.Render(txtNoBlindSpots.F(l, team.LowShare)))
	} else {
		add(th.Heading.Render(txtBlindSpots.In(l) + ":"))
		for _, b := range r.S.BlindSpots {
			for i, line := range layout.WrapLines(BlindSpotText(b, r.S, l), width-4) {
				prefix := "  • "
				if i > 0 {
					prefix = "    "
				}
				out = append(out, prefix+th.Body.Render(line))
			}
		}
	}
	return out
}

// numbersOnly is the average mix without bars: name and percentage, for
// screen readers.
func (r *Report) numbersOnly() string {
	names := words.DefaultNames(r.Opt.Lang)
	n := 0
	for _, s := range names {
		n = max(n, ansi.StringWidth(s))
	}
	lines := make([]string, profile.Count)
	for _, t := range profile.Types {
		lines[t] = padRight(names[t], n) + fmt.Sprintf(" %3d%%", r.S.Average.Percent[t])
	}
	return strings.Join(lines, "\n")
}

// ListHead is the line (or two, when narrow) above the participant list:
// its title, the legend of the stacked bar and the column heads.
func (r *Report) ListHead(width int) []string {
	th, l := r.Opt.Theme, r.Opt.Lang
	lay := r.layout(width)
	first := th.Heading.Render(txtListHead.In(l))
	var legend []string
	if lay.bar > 0 {
		for _, t := range profile.Types {
			glyph := chart.StackedGlyphs[t]
			if th.Color {
				glyph = lipgloss.NewStyle().Foreground(th.Palette.Types[t]).Render("█")
			}
			legend = append(legend, glyph+" "+th.Body.Render(words.DefaultName(t, l)))
		}
		first += "  " + strings.Join(legend, "  ")
	}
	heads := ""
	for _, t := range profile.Types {
		heads += " " + padLeft(th.TypeStyle(t).Render(initial(t, l)), 4)
	}
	title := th.Heading.Render(txtListHead.In(l))
	// The heads stand over the percentages, wherever the lines end.
	end := lay.label + 1 + pctWidth
	if lay.bar > 0 {
		end += lay.bar + 1
	}
	if ansi.StringWidth(first)+1+pctWidth <= end {
		return []string{padRight(first, end-pctWidth) + heads}
	}
	out := []string{clip(padRight(title, end-pctWidth)+heads, width)}
	if lay.bar > 0 {
		out = append(out, layout.Flow(legend, "  ", width)...)
	}
	return out
}

// initial is the type's first letter, heading its percentage column.
func initial(t profile.Type, l i18n.Lang) string {
	return strings.ToUpper(words.DefaultName(t, l)[:1])
}

// Len is the number of participant lines.
func (r *Report) Len() int { return len(r.C.Participants) }

// Line is participant i's line (0-based): label, stacked bar and the three
// percentages, exactly width cells when width allows.
func (r *Report) Line(i, width int) string {
	p := r.C.Participants[i]
	th, l := r.Opt.Theme, r.Opt.Lang
	lay := r.layout(width)
	label := ansi.Truncate(shownLabel(p, l, r.Opt.Anonymous), lay.label, "…")
	line := padRight(th.Body.Render(label), lay.label) + " "
	if lay.bar > 0 {
		line += chart.StackedBar(p.Mix, lay.bar, th) + " "
	}
	for _, t := range profile.Types {
		line += th.Body.Render(fmt.Sprintf(" %3d%%", p.Mix.Percent[t]))
	}
	return clip(line, width)
}

// Text is the whole report for width, as the plain-text mode prints it.
func (r *Report) Text(width int) string {
	lines := r.Head(width)
	lines = append(lines, "")
	lines = append(lines, r.ListHead(width)...)
	for i := range r.Len() {
		lines = append(lines, r.Line(i, width))
	}
	for i, s := range lines {
		lines[i] = strings.TrimRight(s, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}

// SkippedLines lists the skipped files with their reasons, for stderr.
// Paths are shown with Skipped.Shown: a control in a file name comes out
// escaped.
func (r *Report) SkippedLines() []string { return skippedLines(r.C, r.Opt.Lang) }

// skippedLines lists the skipped files of c with their reasons in l.
func skippedLines(c *team.Collection, l i18n.Lang) []string {
	if len(c.Skipped) == 0 {
		return nil
	}
	out := []string{txtSkippedHead.In(l) + ":"}
	for _, s := range c.Skipped {
		out = append(out, "  "+s.Shown()+": "+s.Reason(l))
	}
	return out
}

func clip(s string, width int) string {
	if ansi.StringWidth(s) > width {
		return ansi.Truncate(s, max(width, 0), "")
	}
	return s
}

func padRight(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

func padLeft(s string, width int) string {
	if w := ansi.StringWidth(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}
