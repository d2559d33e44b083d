package cultureview

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

var (
	txtIntroHow = i18n.Text{
		NL: "%d onderwerpen, twee keer: eerst zoals het nu is, daarna zoals je het graag zou zien. Verdeel steeds 10 punten over drie beschrijvingen.",
		EN: "%d dimensions, twice: first as it is now, then as you would like it to be. Each time, share 10 points over three descriptions."}
	txtIntroKeys = i18n.Text{
		NL: "↑/↓ kiest een beschrijving, → en ← (of + en −) verplaatsen punten, een cijfer zet ze. Enter gaat verder, t gaat terug.",
		EN: "↑/↓ picks a description, → and ← (or + and −) move points, a digit sets them. Enter goes on, b goes back."}
	txtPassLine = [culture.Passes]i18n.Text{
		culture.Now:     {NL: "Zo is het nu · onderwerp %d van %d", EN: "As it is now · dimension %d of %d"},
		culture.Desired: {NL: "Zo zou je het willen · onderwerp %d van %d", EN: "As you would like it · dimension %d of %d"},
	}
	txtLeft     = i18n.Text{NL: "Nog te verdelen: %d van %d", EN: "Still to share: %d of %d"}
	txtAllGiven = i18n.Text{NL: "Alle %d punten verdeeld; enter gaat verder.", EN: "All %d points shared; enter goes on."}
	txtOver     = i18n.Text{NL: "%d punten te veel: haal er %d weg.", EN: "%d points too many: take %d away."}
	txtOverOne  = i18n.Text{NL: "1 punt te veel: haal er 1 weg.", EN: "1 point too many: take 1 away."}

	txtRGB = i18n.Text{
		NL: "Rood (bureaucraat), groen (ondernemer) en blauw (verbinder) mengen tot de kleur van de cultuur: links nu, rechts gewenst.",
		EN: "Red (bureaucrat), green (entrepreneur) and blue (connector) mix into the culture's colour: now on the left, desired on the right."}
)

func (m Model) viewIntro(w, h int) string {
	col := layout.Column(w)
	t, l := m.fr.Theme, m.cfg.Lang
	head := layout.WrapEach(m.title(), col, layout.Style(t.Title))
	how := layout.WrapEach(txtIntroHow.F(l, m.survey.Len()), col, layout.Style(t.Heading))
	keys := layout.WrapEach(txtIntroKeys.In(l), col, layout.Style(t.Muted))
	var parts []string
	if intro := strings.TrimSpace(m.cfg.Set.Intro); intro != "" {
		parts = layout.Stack(0, head, []string{""}, layout.WrapEach(intro, col, layout.Style(t.Body)), []string{""}, how, keys)
	}
	if len(parts) == 0 || len(parts) > h {
		parts = layout.Stack(0, head, []string{""}, how, keys)
	}
	top := max((h-len(parts))/2, 0)
	return strings.Repeat("\n", top) + layout.Indent(parts, layout.Margin(w, col))
}

// gutterW is the room before a description in the full layout: the
// cursor, the points (two digits), a space, the bar of ten and two
// spaces.
const gutterW = 2 + 2 + 1 + culture.Budget + 2

// compactGutterW is the room before a description in the compact
// layout: the cursor and the points.
const compactGutterW = 2 + 2 + 1

func (m Model) viewAllocate(w, h int) string {
	col := layout.Column(w)
	t, l := m.fr.Theme, m.cfg.Lang
	d := m.survey.Dimension()
	header := []string{
		t.Title.Render(truncate(d.Title, col)),
		t.Muted.Render(truncate(txtPassLine[m.survey.Pass()].F(l, m.survey.Index()+1, m.survey.Len()), col)),
	}
	tail := m.counter(col)
	if m.note != "" {
		style := t.Muted
		if m.isErr {
			style = t.Error
		}
		tail = append(tail, layout.WrapEach(m.note, col, layout.Style(style))...)
	}

	// The full layout: every description whole, with a bar of its points.
	if tw := col - gutterW; tw >= 20 {
		var items []string
		for i, typ := range profile.Types {
			if i > 0 {
				items = append(items, "")
			}
			items = append(items, m.item(typ, tw, true, 0)...)
		}
		lines := layout.Stack(0, header, []string{""}, items, []string{""}, tail)
		if len(lines) <= h {
			return layout.Indent(lines, layout.Margin(w, col))
		}
	}

	// The compact layout: the selected description whole (as far as
	// there is room), the others on one line each.
	tw := col - compactGutterW
	room := h - len(header) - len(tail) - (profile.Count - 1)
	spacer := room > 4
	if spacer {
		room--
	}
	var items []string
	for _, typ := range profile.Types {
		if typ == m.sel {
			items = append(items, m.item(typ, tw, false, max(room, 1))...)
		} else {
			items = append(items, m.item(typ, tw, false, 1)...)
		}
	}
	lines := header
	if spacer {
		lines = layout.Stack(0, lines, []string{""})
	}
	lines = layout.Stack(0, lines, items, tail)
	return layout.Indent(lines, layout.Margin(w, col))
}

// item draws one description with its points: the cursor when selected,
// the number, in the full layout a bar, then the text wrapped to tw cells
// (at most limit lines, the last cut with "…"; 0 means no limit).
func (m Model) item(typ profile.Type, tw int, full bool, limit int) []string {
	t := m.fr.Theme
	selected := typ == m.sel
	cursor, textStyle := "  ", t.Option
	if selected {
		cursor, textStyle = t.Cursor.Render("▸ "), t.Selected
	}
	n := m.alloc[typ]
	gutter := cursor + t.Heading.Render(fmt.Sprintf("%2d", n)) + " "
	pad := strings.Repeat(" ", compactGutterW)
	if full {
		gutter += m.bar(n, selected) + "  "
		pad = strings.Repeat(" ", gutterW)
	}
	text := m.survey.Dimension().Descriptions[typ]
	var lines []string
	if limit == 1 && !selected {
		lines = []string{truncate(text, tw)}
	} else {
		lines = layout.WrapLines(text, tw)
		if limit > 0 && len(lines) > limit {
			lines = lines[:limit]
			lines[limit-1] = truncate(lines[limit-1]+" …", tw)
			if !strings.HasSuffix(lines[limit-1], "…") {
				lines[limit-1] += "…"
			}
		}
	}
	out := make([]string, len(lines))
	for i, s := range lines {
		g := pad
		if i == 0 {
			g = gutter
		}
		out[i] = g + textStyle.Render(s)
	}
	return out
}

// bar shows n of culture.Budget points as full and light blocks, so the
// share reads without colour; with colour the full part is in the accent
// colour for the selected description.
func (m Model) bar(n int, selected bool) string {
	n = min(max(n, 0), culture.Budget)
	full, empty := strings.Repeat("█", n), strings.Repeat("░", culture.Budget-n)
	if !m.fr.Theme.Color {
		return full + empty
	}
	ink := m.fr.Theme.Palette.Text
	if selected {
		ink = m.fr.Theme.Palette.Accent
	}
	return lipgloss.NewStyle().Foreground(ink).Render(full) + lipgloss.NewStyle().Foreground(m.fr.Theme.Palette.Track).Render(empty)
}

// counter says how many points are left, or how many too many.
func (m Model) counter(col int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	switch left := m.alloc.Left(); {
	case left > 0:
		return layout.WrapEach(txtLeft.F(l, left, culture.Budget), col, layout.Style(t.Heading))
	case left == 0:
		return layout.WrapEach(txtAllGiven.F(l, culture.Budget), col, layout.Style(t.Heading))
	case left == -1:
		return layout.WrapEach(txtOverOne.In(l), col, layout.Style(t.Error))
	default:
		return layout.WrapEach(txtOver.F(l, -left, -left), col, layout.Style(t.Error))
	}
}

func (m Model) viewResult(w, h int) string {
	col := layout.Column(w)
	t, l := m.fr.Theme, m.cfg.Lang
	r := m.survey.Result()
	head := []string{t.Title.Render(truncate(culturetable.Title.In(l), col))}
	var note []string
	if len(r.NotableTypes()) > 0 {
		note = layout.WrapEach(culturetable.Note(l), col, layout.Style(t.Muted))
	}
	sentence := layout.WrapEach(r.Sentence(l), col, layout.Style(t.Body))
	chameleon := m.chameleon(r, col)

	// The roomy layout: per type a line with the name and the change,
	// and a bar for now and one for desired below it.
	if bars := m.bars(r, col); bars != nil {
		for _, parts := range [][][]string{
			{head, {""}, bars, {""}, note, {""}, sentence, {""}, chameleon},
			{head, {""}, bars, {""}, note, sentence, {""}, chameleon},
			{head, {""}, bars, {""}, note, {""}, sentence},
		} {
			if lines := squeeze(layout.Stack(0, parts...)); len(lines) <= h {
				return middle(lines, h) + layout.Indent(lines, layout.Margin(w, col))
			}
		}
	}
	table := m.table(r, col)
	for _, parts := range [][][]string{
		{head, {""}, table, {""}, note, {""}, sentence, {""}, chameleon},
		{head, {""}, table, {""}, note, {""}, sentence},
		{head, {""}, table, note, sentence},
		{head, table, note, sentence},
	} {
		if lines := squeeze(layout.Stack(0, parts...)); len(lines) <= h {
			return middle(lines, h) + layout.Indent(lines, layout.Margin(w, col))
		}
	}
	return layout.Indent(layout.Stack(0, head, table, note, sentence), layout.Margin(w, col))
}

// bars draws, per type, its name with the change (▲/▼, the signed
// difference and * when notable) and below it a bar for now and one for
// desired with their percentages; nil when the column is too narrow for
// bars worth reading.
func (m Model) bars(r culture.Result, col int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	labels := []string{culturetable.Now.In(l), culturetable.Desired.In(l)}
	labelW := max(ansi.StringWidth(labels[0]), ansi.StringWidth(labels[1]))
	barW := col - 2 - labelW - 2 - 5
	if barW < 20 {
		return nil
	}
	var out []string
	for _, typ := range profile.Types {
		change := culturetable.ChangeText(r.Diff[typ])
		name := culturetable.TypeName(typ, l)
		// The arrows line up whether or not a * follows.
		gap := max(col-ansi.StringWidth(name)-ansi.StringWidth(change)-2, 1)
		if r.Notable(typ) {
			change += " *"
		}
		style := t.TypeStyle(typ)
		changeStyle := t.Body
		if r.Notable(typ) {
			changeStyle = t.Selected
		}
		out = append(out, style.Render(name)+strings.Repeat(" ", gap)+changeStyle.Render(change))
		for i, pct := range []int{r.Now.Percent[typ], r.Desired.Percent[typ]} {
			label := labels[i] + strings.Repeat(" ", labelW-ansi.StringWidth(labels[i]))
			out = append(out, "  "+t.Muted.Render(label)+"  "+m.typeBar(typ, pct, barW, culture.Pass(i))+t.Body.Render(fmt.Sprintf("%5s", fmt.Sprintf("%d%%", pct))))
		}
	}
	return out
}

// typeBar is a bar of pct percent of w cells in the type's colour, with
// the rest as a faint track. The pass tells now (▒, lighter) from desired
// (█, solid) by pattern, so the two differ without colour too.
func (m Model) typeBar(typ profile.Type, pct, w int, pass culture.Pass) string {
	n := (pct*w + 50) / 100
	return m.cellBar(typ, min(max(n, 0), w), w, pass)
}

// cellBar is n full cells of w in the pass's pattern and the type's colour,
// then the track.
func (m Model) cellBar(typ profile.Type, n, w int, pass culture.Pass) string {
	n = min(max(n, 0), w)
	full, rest := strings.Repeat(culturetable.Mark(pass), n), strings.Repeat("─", w-n)
	if !m.fr.Theme.Color {
		return full + rest
	}
	return lipgloss.NewStyle().Foreground(m.fr.Theme.Palette.Types[typ]).Render(full) +
		lipgloss.NewStyle().Foreground(m.fr.Theme.Palette.Track).Render(rest)
}

// table is the comparison as aligned rows, for windows too small for
// bars: name (in the type's colour), now, desired, change.
func (m Model) table(r culture.Result, col int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	tb := culturetable.New(r, l, col)
	out := []string{t.Muted.Render(tb.Head)}
	for _, typ := range profile.Types {
		row := tb.Rows[typ]
		change := t.Body
		if row.Notable {
			change = t.Selected
		}
		out = append(out, t.TypeStyle(typ).Render(row.Name)+tb.Sep+t.Body.Render(row.Numbers)+tb.Sep+change.Render(row.Change))
	}
	return out
}

// Swatch sizes in cells, as on the result screen: the coloured area
// inside its frame.
const (
	swatchInnerW = 8
	swatchInnerH = 2
	swatchW      = swatchInnerW + 2
	swatchGap    = 2
	minRGBText   = 24
)

// chameleon draws the chameleon colour of each pass (now left, desired
// right) with their labels and, when there is room, the sentence on the
// colours beside them. Without colour it is the sentence's absence too:
// a swatch says nothing without colour, and the table has the numbers.
func (m Model) chameleon(r culture.Result, col int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	if !t.Color {
		return nil
	}
	frame := lipgloss.NewStyle().Foreground(t.Palette.Muted)
	b := lipgloss.RoundedBorder()
	top := frame.Render(b.TopLeft + strings.Repeat(b.Top, swatchInnerW) + b.TopRight)
	bottom := frame.Render(b.BottomLeft + strings.Repeat(b.Bottom, swatchInnerW) + b.BottomRight)
	gap := strings.Repeat(" ", swatchGap)
	rows := []string{top + gap + top}
	var fills [culture.Passes]string
	for i, p := range []profile.Mix{r.Now, r.Desired} {
		fills[i] = frame.Render(b.Left) + lipgloss.NewStyle().Foreground(profile.Chameleon(p)).Render(strings.Repeat("█", swatchInnerW)) + frame.Render(b.Right)
	}
	for range swatchInnerH {
		rows = append(rows, fills[0]+gap+fills[1])
	}
	rows = append(rows, bottom+gap+bottom)
	center := func(s string) string {
		pad := max(swatchW-ansi.StringWidth(s), 0)
		return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
	}
	rows = append(rows, t.Muted.Render(strings.TrimRight(center(truncate(culturetable.Now.In(l), swatchW))+gap+center(truncate(culturetable.Desired.In(l), swatchW)), " ")))
	blockW := 2*swatchW + swatchGap
	textW := col - blockW - swatchGap
	if textW < minRGBText {
		return rows
	}
	text := layout.WrapEach(txtRGB.In(l), textW, layout.Style(t.Body))
	n := max(len(rows), len(text))
	out := make([]string, n)
	blank := strings.Repeat(" ", blockW)
	for i := range out {
		s := blank
		if i < len(rows) {
			s = rows[i]
		}
		if i < len(text) {
			s += strings.Repeat(" ", swatchGap) + text[i]
		}
		out[i] = strings.TrimRight(s, " ")
	}
	return out
}

// truncate cuts s to w cells, ending in "…" when cut.
func truncate(s string, w int) string {
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w <= 1 {
		return ansi.Truncate(s, max(w, 0), "")
	}
	return ansi.Truncate(s, w, "…")
}

// middle is the blank lines that put lines in the middle of h rows, as
// the result screen does: a result is looked at, not read line by line.
func middle(lines []string, h int) string {
	return strings.Repeat("\n", max((h-len(lines))/2, 0))
}

// squeeze drops a blank line that follows another and blank lines at the
// end, which the optional blocks (no note, no colour) leave behind.
func squeeze(lines []string) []string {
	out := lines[:0:0]
	for _, s := range lines {
		if s == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, s)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}
