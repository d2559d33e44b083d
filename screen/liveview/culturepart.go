package liveview

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Texts of the culture screen.
var (
	txtCultureMode        = i18n.Text{NL: "cultuur", EN: "culture"}
	txtCultureHidden      = i18n.Text{NL: "Cultuur nu en gewenst verborgen · h toont ze", EN: "Culture now and desired hidden · h shows them"}
	txtCultureHiddenShort = i18n.Text{NL: "Cultuur verborgen · h toont", EN: "Culture hidden · h shows"}
	txtCultureGroup       = i18n.Text{NL: "Cultuur volgens %s die klaar zijn", EN: "The culture according to %s who finished"}
	txtCultureGroup1      = i18n.Text{NL: "Cultuur volgens de 1 die klaar is", EN: "The culture according to the 1 who finished"}
	txtCultureLive        = i18n.Text{NL: "Tussenstand van %s met beide rondes ingevuld (nog niemand klaar)", EN: "So far, %s with both passes filled in (nobody finished yet)"}
	txtCultureShort       = i18n.Text{NL: "Cultuur (%d)", EN: "Culture (%d)"}
	txtBiggestShared      = i18n.Text{NL: "Grootste gedeelde verschuiving: %s.", EN: "The biggest shared shift: %s."}
	txtAlsoShared         = i18n.Text{NL: "Ook: %s.", EN: "Also: %s."}
	txtStepsNow           = i18n.Text{NL: "Nu", EN: "Now"}
	txtStepsDesired       = i18n.Text{NL: "Gewenst", EN: "Desired"}
	txtPerStep            = i18n.Text{NL: "Ingevuld per stap", EN: "Filled in per step"}
	txtAllocations        = i18n.Text{NL: "verdelingen", EN: "allocation"}
)

// culturePart is the culture survey's share of the screen: per dimension
// ten points over three descriptions, first now, then desired; no rounds,
// nothing to select; revealed, the group's culture now and desired side
// by side with the shifts.
type culturePart struct{}

// cultureOf is s's culture part; empty when s has none.
func cultureOf(s *room.Snapshot) *room.CultureSnapshot {
	if s.Culture == nil {
		return &room.CultureSnapshot{}
	}
	return s.Culture
}

// lobby: nobody has given an allocation yet.
func (culturePart) lobby(s *room.Snapshot) bool {
	if c := cultureOf(s); s.Finished > 0 || c.Group.Count > 0 || c.Live.Count > 0 {
		return false
	}
	for _, p := range s.Participants {
		if p.Step > 0 || p.Done {
			return false
		}
	}
	return true
}

func (culturePart) mode(_ *room.Snapshot, l i18n.Lang) string { return txtCultureMode.In(l) + " · " }

func (culturePart) kept() i18n.Text { return txtAllocations }

// progress: the step the participant is at (they may go back).
func (culturePart) progress(p room.ParticipantView, steps int) int { return min(p.Step, steps) }

func (culturePart) help(k keyMap, _ bool) (help.KeyMap, []string) { return cultureKeys{k}, cultureDrop }

// key: the survey has no keys of its own.
func (culturePart) key(*Model, tea.KeyPressMsg) {}

// ask and confirm: the survey asks nothing of its own (no rounds).
func (culturePart) ask(*room.Snapshot, i18n.Lang) string { return "" }
func (culturePart) confirm(*Model)                       {}

// cultureKeys is the help of the culture screen: no scenarios, no rounds.
type cultureKeys struct{ keyMap }

func (k cultureKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Reveal, k.Names, k.QR, k.Lock, k.Help, k.Quit}
}

func (k cultureKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Reveal, k.Names, k.QR}, {k.Lock}, {k.Help, k.Quit}}
}

// cultureDrop is what the short help leaves out first on a narrow window.
var cultureDrop = []string{"l", "a", "j"}

// cultureDrawer draws the survey's body of one frame.
type cultureDrawer struct {
	base
	c     *room.CultureSnapshot
	track theme.Painter // the rest of a bar, with colour
}

// body fills h rows once someone has started: the join strip, the
// counts, the progress per step and the group's culture; the names under
// them when asked for. The culture comes first when rows are short.
func (culturePart) body(b base, h int) []string {
	d := cultureDrawer{base: b, c: cultureOf(b.s)}
	if b.th.Color {
		d.track = theme.NewPainter(lipgloss.NewStyle().Foreground(b.th.Palette.Track))
	}
	sections := []section{d.joinSection(), d.countsSection(), d.progressSection(), d.groupSection()}
	return d.stack(h, sections, []int{3, 1, 2, 0})
}

// progressSection: per step of the survey (now, then desired) how many have
// given it, as little bars; with a title where there is room.
func (d cultureDrawer) progressSection() section {
	n := d.s.Steps
	if n <= 0 || n%2 != 0 {
		return section{nil}
	}
	labels := [2]string{txtStepsNow.In(d.l) + " ", "  " + txtStepsDesired.In(d.l) + " "}
	lw := layout.Width(labels[0]) + layout.Width(labels[1])
	cw := min(max((d.col-lw)/n, 1), d.sparkMost())
	if cw*n+lw > d.col {
		labels, lw = [2]string{"", " "}, 1
		cw = min(max((d.col-lw)/n, 1), d.sparkMost())
	}
	line := d.ps.Muted.Paint(labels[0]) + d.spark(0, n/2, cw) + d.ps.Muted.Paint(labels[1]) + d.spark(n/2, n, cw)
	line = ansi.Truncate(line, d.col, "")
	return section{{line}, {d.ps.Muted.Paint(txtPerStep.In(d.l)), line}}
}

// given is how many participants have given step i.
func (d cultureDrawer) given(i int) int {
	n := 0
	for _, p := range d.s.Participants {
		if p.Done || p.Step > i {
			n++
		}
	}
	return n
}

// spark is the little bars of steps from to to, cw cells each.
func (d cultureDrawer) spark(from, to, cw int) string {
	var b strings.Builder
	barW := max(cw-1, 1)
	for i := from; i < to; i++ {
		b.WriteString(d.sparkCell(d.given(i), barW, d.ps.Cursor))
		if cw > 1 && i < to-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// summary is what the group section shows: the culture of those who
// finished, or while nobody has, of those with both passes so far.
func (d cultureDrawer) summary() (team.CultureSummary, string) {
	if d.c.Group.Count > 0 {
		return d.c.Group, groupTitle(d.c.Group.Count, txtCultureGroup1, txtCultureGroup, d.l)
	}
	return d.c.Live, txtCultureLive.F(d.l, people(d.c.Live.Count, d.l))
}

// txtCultureNone: the culture revealed while nobody has both passes.
var txtCultureNone = i18n.Text{
	NL: "Nog niemand heeft nu én gewenst ingevuld; de cultuur verschijnt zodra iemand dat heeft.",
	EN: "Nobody has filled in both now and desired yet; the culture appears as soon as someone has."}

// groupSection: the group's culture, hidden until the trainer reveals it:
// as a table (type, now, desired, change) with the biggest shared shift,
// or where there is room per type a bar now and a bar desired side by
// side with the change, the note on * and every shared shift.
func (d cultureDrawer) groupSection() section {
	if !d.revealed {
		msg := txtCultureHidden.In(d.l)
		if layout.Width(msg) > d.col {
			msg = txtCultureHiddenShort.In(d.l)
		}
		return section{{d.ps.Muted.Paint(ansi.Truncate(msg, d.col, "…"))}}
	}
	sum, title := d.summary()
	if sum.Count == 0 {
		return section{layout.WrapEach(txtCultureNone.In(d.l), d.col, d.ps.Muted.Paint)}
	}
	if layout.Width(title) > d.col {
		title = txtCultureShort.F(d.l, sum.Count)
	}
	head := d.centre([]string{d.ps.Heading.Paint(ansi.Truncate(title, d.col, "…"))})[0]
	r := culture.Result{Now: sum.Now.Average, Desired: sum.Desired.Average, Diff: sum.Shift}
	table := d.table(r)
	sentence := layout.WrapEach(d.sentence(sum), d.measure(), d.ps.Body.Paint)
	var note []string
	if len(sum.NotableTypes()) > 0 {
		note = layout.WrapEach(culturetable.Note(d.l), d.measure(), d.ps.Muted.Paint)
	}
	// text is running text as one block, centred on a wall.
	text := func(blocks ...[]string) []string { return d.centre(layout.Stack(0, blocks...)) }
	p := section{
		layout.Stack(0, []string{head}, table),
		layout.Stack(0, []string{head}, table, text(sentence)),
		layout.Stack(0, []string{head}, table, text(note, sentence)),
	}
	bars := d.sideBySide(r, 1)
	if bars == nil {
		return p
	}
	p = append(p, layout.Stack(0, []string{head, ""}, bars, []string{""}, text(note, sentence)))
	also := d.alsoShared(sum)
	if len(also) > 0 {
		p = append(p, layout.Stack(0, []string{head, ""}, bars, []string{""}, text(note, sentence, also)))
	}
	if d.col > textMeasure {
		// A wall: the bars three rows high, a row apart.
		p = append(p, layout.Stack(0, []string{head, ""}, d.sideBySide(r, 3), []string{""}, text(note, sentence, also)))
	}
	return p
}

// table is the group's culture as aligned rows: type, now, desired,
// change (culturetable, as the culture result screen and text mode).
func (d cultureDrawer) table(r culture.Result) []string {
	tb := culturetable.New(r, d.l, d.col)
	out := []string{d.ps.Muted.Paint(tb.Head)}
	for _, t := range profile.Types {
		row := tb.Rows[t]
		ch := d.ps.Body
		if row.Notable {
			ch = d.ps.Selected
		}
		out = append(out, d.ps.TypeText[t].Paint(row.Name)+tb.Sep+d.ps.Body.Paint(row.Numbers)+tb.Sep+ch.Paint(row.Change))
	}
	return out
}

// Side-by-side layout: the widest bar, the narrowest worth reading, and
// the cells of a percentage (" 100%") and of a change ("▲ +13 *").
const (
	maxCultureBar = 40
	minCultureBar = 8
	pctCells      = 5
	changeCells   = 7
)

// sideBySide draws per type its name, a bar for now and one for desired
// with their percentages, and the change (▲/▼, signed, * when notable),
// under a line naming the columns; nil when the bars would be too short.
// Each bar is tall rows high (the name and numbers on its middle row),
// with a blank row between types when tall > 1. Up to the text measure a
// bar is at most maxCultureBar cells; on a wall the bars take the column.
func (d cultureDrawer) sideBySide(r culture.Result, tall int) []string {
	nameW := 0
	for _, t := range profile.Types {
		nameW = max(nameW, layout.Width(culturetable.TypeName(t, d.l)))
	}
	const gap = 3
	now, desired, change := culturetable.Now.In(d.l), culturetable.Desired.In(d.l), culturetable.Change.In(d.l)
	most := maxCultureBar
	if d.col > textMeasure {
		most = d.col
	}
	barW := min((d.col-nameW-2*pctCells-3*gap-max(changeCells, layout.Width(change)))/2, most)
	if barW < minCultureBar {
		return nil
	}
	block := barW + pctCells
	headLine := strings.Repeat(" ", nameW+gap) + now + strings.Repeat(" ", max(block+gap-layout.Width(now), 1)) +
		desired + strings.Repeat(" ", max(block+gap-layout.Width(desired), 1)) + change
	out := []string{d.ps.Muted.Paint(ansi.Truncate(headLine, d.col, ""))}
	for _, t := range profile.Types {
		name := culturetable.TypeName(t, d.l)
		ch, ink := culturetable.ChangeText(r.Diff[t]), d.ps.Body
		if r.Notable(t) {
			ch, ink = ch+" *", d.ps.Selected
		}
		if tall > 1 && t != profile.Types[0] {
			out = append(out, "")
		}
		for row := range tall {
			label, pctNow, pctDesired, chg := name, fmt.Sprintf("%*d%%", pctCells-1, r.Now.Percent[t]), fmt.Sprintf("%*d%%", pctCells-1, r.Desired.Percent[t]), ch
			if row != tall/2 {
				label, pctNow, pctDesired, chg = "", strings.Repeat(" ", pctCells), strings.Repeat(" ", pctCells), ""
			}
			line := d.ps.TypeText[t].Paint(label) + strings.Repeat(" ", nameW-layout.Width(label)+gap) +
				d.bar(t, r.Now.Percent[t], barW, row == tall/2) + d.ps.Body.Paint(pctNow) + strings.Repeat(" ", gap) +
				d.bar(t, r.Desired.Percent[t], barW, row == tall/2) + d.ps.Body.Paint(pctDesired) + strings.Repeat(" ", gap) +
				ink.Paint(chg)
			out = append(out, line)
		}
	}
	return out
}

// bar is pct percent of w cells in the type's colour, the rest a faint
// track; without colour "█" and "░", as on the culture result screen.
// Without track (the outer rows of a tall bar) the rest is blank.
func (d cultureDrawer) bar(t profile.Type, pct, w int, track bool) string {
	n := min(max((pct*w+50)/100, 0), w)
	if !track {
		return d.ps.TypeInk[t].Paint(strings.Repeat("█", n)) + strings.Repeat(" ", w-n)
	}
	if !d.th.Color {
		return strings.Repeat("█", n) + strings.Repeat("░", w-n)
	}
	return d.ps.TypeInk[t].Paint(strings.Repeat("█", n)) + d.track.Paint(strings.Repeat("─", w-n))
}

// biggest is the type with the largest shift either way, equal shifts in
// the fixed type order; ok is false when nothing shifts.
func biggest(s team.CultureSummary) (profile.Type, bool) {
	var best profile.Type
	size := 0
	for _, t := range profile.Types {
		if a := max(s.Shift[t], -s.Shift[t]); a > size {
			best, size = t, a
		}
	}
	return best, size > 0
}

// sentence is the biggest shared shift in one sentence, in the team
// report's words: "Grootste gedeelde verschuiving: 3 van 5 willen minder
// bureaucraat (gemiddeld van 51% naar 37%, −14)."; or that nothing
// shifts.
func (d cultureDrawer) sentence(s team.CultureSummary) string {
	t, ok := biggest(s)
	if !ok {
		return culture.Result{}.Sentence(d.l)
	}
	return txtBiggestShared.F(d.l, d.shared(s).SharedText(t))
}

// alsoShared are the other notable shifts, one sentence each.
func (d cultureDrawer) alsoShared(s team.CultureSummary) []string {
	first, _ := biggest(s)
	var out []string
	for _, t := range s.NotableTypes() {
		if t != first {
			out = append(out, layout.WrapEach(txtAlsoShared.F(d.l, d.shared(s).SharedText(t)), d.col, d.ps.Body.Paint)...)
		}
	}
	return out
}

// shared is a culture report of the summary alone, for its sentences.
func (d cultureDrawer) shared(s team.CultureSummary) *teamreport.CultureReport {
	return &teamreport.CultureReport{S: s, Opt: teamreport.Options{Lang: d.l}}
}
