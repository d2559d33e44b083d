package pacedview

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
	"ideale-ambtenaar/screen/frame"
)

// The words of the screen, per stage of the workshop.
var (
	// The window's title, also the first line before a case opens.
	txtTitle = i18n.Text{NL: "Workshop", EN: "Workshop"}

	// Before the first case.
	txtWaitSub = i18n.Text{
		NL: "Houd dit venster open: de casus verschijnt hier vanzelf.",
		EN: "Keep this window open: the scenario appears here by itself."}

	// The open case and the countdown.
	txtCaseOf = i18n.Text{NL: "Casus %d van %d", EN: "Scenario %d of %d"}
	txtLeft   = i18n.Text{NL: "nog %s", EN: "%s left"}
	// Under a case that does not fit the window: what follows below.
	txtMoreOption  = i18n.Text{NL: "↓ nog 1 optie", EN: "↓ 1 more option"}
	txtMoreOptions = i18n.Text{NL: "↓ nog %d opties", EN: "↓ %d more options"}
	txtMoreText    = i18n.Text{NL: "↓ meer", EN: "↓ more"}
	txtChosen      = i18n.Text{
		NL: "Gekozen. Je kunt nog wisselen tot de trainer de verdeling laat zien.",
		EN: "Chosen. You can still change it until the trainer shows the split."}

	// The split.
	txtNext = i18n.Text{NL: "De trainer gaat zo verder.", EN: "The trainer will go on shortly."}

	// The extreme round.
	txtExtremeWhat = i18n.Text{NL: "Casus: %s", EN: "Scenario: %s"}
	txtCount       = i18n.Text{NL: "%d van %d tekens", EN: "%d of %d characters"}
	txtProposal    = i18n.Text{NL: "Jouw voorstel: %s", EN: "Your proposal: %s"}
	txtSent        = i18n.Text{
		NL: "Verstuurd. Je kunt het nog aanpassen en opnieuw versturen.",
		EN: "Sent. You can still change it and send it again."}

	// txtUnsent shows a proposal typed but not sent when the trainer
	// moved on (%s: the text), as the phone says it.
	txtUnsent = i18n.Text{
		NL: "Niet bewaard: de trainer is al naar een andere casus gegaan. Wat je schreef: %s",
		EN: "Not kept: the trainer has moved on to another scenario. What you wrote: %s"}

	// txtAskQuit is the question before q leaves the workshop.
	txtAskQuit = i18n.Text{
		NL: "Stoppen?\nJe verlaat de workshop; wat je koos, blijft bewaard.",
		EN: "Quit?\nYou leave the workshop; what you chose stays saved."}

	// The mix and the end.

	// The room cannot be read (it closed).
	txtRoomGone = i18n.Text{NL: "De workshop is niet meer te bereiken: %s", EN: "The workshop cannot be reached: %s"}
)

// render is the frame's content: the participant's mix as the result
// screen draws it, or one stage's lines in the text column, with the
// note and the help at the foot.
func (m Model) render() string {
	w, h := m.fr.Width, m.fr.Height
	footer := m.footer()
	m.footH = lipgloss.Height(footer)
	if m.asking {
		t := m.fr.Theme
		col := min(layout.Column(w), 56)
		q := t.Heading.Width(col - frame.DialogInset).Render(txtAskQuit.In(m.cfg.Lang))
		return frame.Dialog(t, col, w, m.bodyHeight(), q) + "\n\n" + footer
	}
	if m.screen() == screenMix && m.st.Answered > 0 {
		body := m.result.SetSize(w, m.resultHeight()).View()
		return layout.Footed(body, footer, h, layout.IsWall(w, h), true)
	}
	bodyH := m.bodyHeight()
	col := layout.Column(w)
	var lines []string
	switch m.screen() {
	case screenWaiting:
		lines = m.viewWaiting(col, bodyH)
	case screenCase:
		cl := m.layoutCase()
		off := cl.clamp(m.offset)
		body, _ := layout.Window(cl.lines, off, cl.avail)
		lines = append(cl.header, body...)
		if cl.more {
			lines = append(lines, m.moreHint(cl, off))
		}
	case screenRevealed:
		lines = m.tight(m.viewRevealed(col))
	case screenExtreme:
		lines = m.tight(m.viewExtreme(col))
	default:
		lines = m.viewNoMix(col, bodyH)
	}
	body := layout.Indent(lines, layout.Margin(w, col))
	if layout.IsWall(w, h) {
		// A large window: the stage in the middle, the help under it.
		return layout.Footed(body, footer, h, true, true)
	}
	return frame.PadLines(body, bodyH) + "\n\n" + footer
}

// bodyHeight is the window less the footer and a blank line above it.
func (m Model) bodyHeight() int { return max(m.fr.Height-1-m.footerHeight(), 1) }

// resultHeight is the room of the result screen.
func (m Model) resultHeight() int { return max(m.fr.Height-1-m.footerHeight(), 0) }

// footerHeight is the footer's height: known while drawing (footH), else
// the short help's one line and the note's lines, without drawing the
// help (what a change or a key costs is mostly drawing).
func (m Model) footerHeight() int {
	switch {
	case m.footH > 0:
		return m.footH
	case m.fr.Help.ShowAll:
		return lipgloss.Height(m.footer())
	}
	n := 1
	if note := m.noteText(); note != "" {
		n += len(layout.WrapLines(note, m.footerCol()))
	}
	return n
}

// footerCol is the footer's width: the text column, or the result's.
func (m Model) footerCol() int {
	if m.screen() == screenMix && m.st.Answered > 0 {
		return layout.Wide(m.fr.Width)
	}
	return layout.Column(m.fr.Width)
}

// noteText is the note line: why the room cannot be read, or the reply
// to the last step, under a proposal that was not kept.
func (m Model) noteText() string {
	note := m.note
	if m.err != nil {
		note = txtRoomGone.F(m.cfg.Lang, frame.ErrorText(m.err, m.cfg.Lang))
	}
	if m.lost != "" && note != "" {
		return m.lost + "\n" + note
	}
	return m.lost + note
}

// footer is the note, if any, and the help, under the text column.
func (m Model) footer() string {
	col := m.footerCol()
	// On a narrow window the digits, the result's tab, the mix and enter
	// go first: ↑/↓ stays longest, as it scrolls a case that does not
	// fit (and the digits and m still work unseen).
	lines := strings.Split(m.fr.Footer(m.keys, col, "1-3", "tab", "m", "enter"), "\n")
	if note := m.noteText(); note != "" {
		st := m.fr.Theme.Muted
		if m.isErr || m.err != nil || m.lost != "" {
			st = m.fr.Theme.Error
		}
		lines = append(layout.WrapEach(note, col, layout.Style(st)), lines...)
	}
	return layout.Indent(lines, layout.Margin(m.fr.Width, col))
}

// head is the screen's first line: the case's number and its context
// ("Casus 3 van 26 · Balie en dienstverlening", as the projector and the
// phone say it) and, while a countdown runs, the time left at the right.
// The context is cut with "…" to the room the rest leaves, or left out
// when that is too little to read.
func (m Model) head(col int) string {
	t, l := m.fr.Theme, m.cfg.Lang
	left := t.Heading.Render(txtTitle.In(l))
	var context string
	if q := m.st.Case; q >= 0 {
		left = t.Heading.Render(txtCaseOf.F(l, q+1, len(m.cfg.Bank.Questions)))
		if q < len(m.cfg.Bank.Questions) {
			context = safetext.Line(m.cfg.Bank.Questions[q].Context)
		}
	}
	clock := ""
	if !m.st.Deadline.IsZero() && !m.st.Ended {
		d := m.left() // 0:00 once the time is up, until the trainer goes on
		secs := int((d + time.Second - 1) / time.Second)
		clock = t.Title.Render(txtLeft.F(l, fmt.Sprintf("%d:%02d", secs/60, secs%60)))
	}
	clockW := lipgloss.Width(clock)
	if clockW > 0 {
		clockW++ // a space at least before it
	}
	const minContext = 8 // fewer cells of a context do not read
	if room := col - lipgloss.Width(left) - 3 - clockW; context != "" && room >= minContext {
		left += t.Muted.Render(" · " + cut(context, room))
	}
	if clock == "" {
		return left
	}
	gap := col - lipgloss.Width(left) - lipgloss.Width(clock)
	if gap < 1 {
		return clock
	}
	return left + strings.Repeat(" ", gap) + clock
}

func (m Model) viewWaiting(col, h int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	lines := layout.Stack(1,
		layout.WrapEach(words.WorkshopWaiting.In(l)+".", col, layout.Style(t.Title)),
		layout.WrapEach(txtWaitSub.In(l), col, layout.Style(t.Muted)))
	if m.left() > 0 {
		lines = append([]string{m.head(col), ""}, lines...)
	}
	return middle(lines, h)
}

// compact reports a window so low that a screen drops its blank lines.
func (m Model) compact() bool { return m.fr.Height < 18 }

// tight drops the blank lines of a screen on a low window, so that what
// comes last (the participant's own choice or proposal) still shows.
func (m Model) tight(lines []string) []string {
	if !m.compact() {
		return lines
	}
	out := lines[:0:0]
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// middle puts lines a little above the middle of h.
func middle(lines []string, h int) []string {
	if top := (h - len(lines)) / 3; top > 0 {
		return append(make([]string, top), lines...)
	}
	return lines
}

// caseLayout is the open case laid out for the window: the header, the
// body lines (scenario and options), where each option sits in them, and
// how many body lines fit. Update and View both derive it.
type caseLayout struct {
	header  []string
	lines   []string
	options [][2]int // [start, end) per shown option
	avail   int
	// more: the text does not fit, and a line under the window says
	// what follows (moreHint).
	more bool
}

func (m Model) layoutCase() caseLayout {
	t := m.fr.Theme
	col := layout.Column(m.fr.Width)
	cl := caseLayout{header: []string{m.head(col), ""}}
	if m.st.Case < 0 || m.st.Case >= len(m.cfg.Bank.Questions) {
		return cl
	}
	q := m.cfg.Bank.Questions[m.st.Case]
	compact := m.compact()
	if compact {
		cl.header = cl.header[:1]
	}
	cl.lines = layout.WrapEach(safetext.Text(q.Scenario), col, layout.Style(t.Body))
	const indent = 7 // "› " + "1." + " " + "● "
	for i, o := range m.st.Shown {
		if !compact || i == 0 {
			cl.lines = append(cl.lines, "")
		}
		cursor, num, text, mark := "  ", t.Number, t.Option, "  "
		if i == m.cursor {
			cursor, num, text = t.Cursor.Render("› "), t.Selected, t.Selected
		}
		if i == m.st.Chosen {
			mark = t.Selected.Render("●") + " "
		}
		start := len(cl.lines)
		for j, wl := range layout.WrapEach(safetext.Text(q.Options[o].Text), col-indent, layout.Style(text)) {
			if j == 0 {
				cl.lines = append(cl.lines, cursor+num.Render(fmt.Sprintf("%d.", i+1))+" "+mark+wl)
			} else {
				cl.lines = append(cl.lines, strings.Repeat(" ", indent)+wl)
			}
		}
		cl.options = append(cl.options, [2]int{start, len(cl.lines)})
	}
	if m.note == "" {
		cl.lines = append(cl.lines, "")
		cl.lines = append(cl.lines, layout.WrapEach(words.WorkshopChoose.In(m.cfg.Lang), col, layout.Style(t.Muted))...)
	}
	cl.avail = max(m.bodyHeight()-len(cl.header), 1)
	if len(cl.lines) > cl.avail && cl.avail > 1 {
		cl.more, cl.avail = true, cl.avail-1
	}
	return cl
}

// moreHint is the line under a case that does not fit: how many options
// follow below the window ("↓ nog 2 opties"), "↓ meer" for text alone,
// or nothing at the end.
func (m Model) moreHint(cl caseLayout, off int) string {
	below := 0
	for _, o := range cl.options {
		if o[0] >= off+cl.avail {
			below++
		}
	}
	l, st := m.cfg.Lang, m.fr.Theme.Muted
	switch {
	case below == 1:
		return st.Render(txtMoreOption.In(l))
	case below > 1:
		return st.Render(txtMoreOptions.F(l, below))
	case off+cl.avail < len(cl.lines):
		return st.Render(txtMoreText.In(l))
	}
	return ""
}

// clamp keeps a scroll position within the text.
func (cl caseLayout) clamp(off int) int { return min(max(off, 0), max(len(cl.lines)-cl.avail, 0)) }

// reveal is the smallest scroll from off that shows option i whole (or
// its top, when it is taller than the window).
func (cl caseLayout) reveal(off, i int) int {
	if i < 0 || i >= len(cl.options) {
		return cl.clamp(off)
	}
	// The option's end into view, then its start, which wins.
	off = min(max(off, cl.options[i][1]-cl.avail), cl.options[i][0])
	return cl.clamp(off)
}

// names are the types' names as the question set gives them.
func (m Model) names() [profile.Count]string { return words.Names(m.cfg.Bank.Types, m.cfg.Lang) }

func (m Model) viewRevealed(col int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	lines := []string{m.head(col), "", t.Title.Render(words.WorkshopSplit.In(l)), ""}
	lines = append(lines, m.splitBars(col)...)
	lines = append(lines, "")
	if c := m.st.Chosen; c >= 0 && c < len(m.st.Shown) {
		o := m.cfg.Bank.Questions[m.st.Case].Options[m.st.Shown[c]]
		lines = append(lines, layout.WrapEach(words.WorkshopYours.F(l, safetext.Line(o.Text)), col, layout.Style(t.Body))...)
	} else {
		lines = append(lines, t.Body.Render(words.WorkshopNoChoice.In(l)))
	}
	return append(lines, "", t.Muted.Render(txtNext.In(l)))
}

// maxBar is the longest bar of the split, in cells: small bars read
// at a glance, and the projector has the big ones.
const maxBar = 40

// splitBars draws the split as one line per type: the name in its
// colour, a bar whose length is the type's share of the choices, and the
// count. The bar area always stands for everybody who chose, so the bars
// compare.
func (m Model) splitBars(col int) []string {
	t, p := m.fr.Theme, m.fr.Theme.Paints()
	names := m.names()
	total, nameW, numW := 0, 0, 1
	for _, typ := range profile.Types {
		total += m.st.Split[typ]
		nameW = max(nameW, lipgloss.Width(names[typ]))
		numW = max(numW, len(fmt.Sprint(m.st.Split[typ])))
	}
	nameW = min(nameW, col/3)
	bar := min(max(col-nameW-numW-2, 0), maxBar)
	out := make([]string, 0, profile.Count)
	for _, typ := range profile.Types {
		n := m.st.Split[typ]
		cells := 0
		if total > 0 {
			cells = (n*bar + total/2) / total
			if n > 0 && cells == 0 {
				cells = 1 // a share that exists is never invisible
			}
		}
		name := layout.OneLine(names[typ])
		if lipgloss.Width(name) > nameW {
			name = string([]rune(name)[:max(nameW-1, 1)]) + "…"
		}
		name += strings.Repeat(" ", max(nameW-lipgloss.Width(name), 0))
		track := strings.Repeat("─", bar-cells)
		out = append(out, p.TypeText[typ].Paint(name)+" "+p.TypeInk[typ].Paint(strings.Repeat("█", cells))+
			t.Muted.Render(track)+" "+t.Body.Render(fmt.Sprintf("%*d", numW, n)))
	}
	return out
}

func (m Model) viewExtreme(col int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	typ := m.st.Type
	name := strings.ToLower(layout.OneLine(m.names()[typ]))
	sentence := words.WorkshopExtreme.F(l, "\x00")
	before, after, _ := strings.Cut(sentence, "\x00")
	// The sentence wraps as text; the type's name keeps its colour.
	wrapped := layout.WrapLines(before+name+after, col)
	colored := make([]string, len(wrapped))
	for i, wl := range wrapped {
		if j := strings.Index(wl, name); j >= 0 {
			colored[i] = t.Heading.Render(wl[:j]) + m.fr.Theme.TypeStyle(typ).Render(name) + t.Heading.Render(wl[j+len(name):])
		} else {
			colored[i] = t.Heading.Render(wl)
		}
	}
	lines := []string{m.head(col), ""}
	// The case above the round, as far as the window leaves room for it
	// beside the rest (about a dozen lines): cut with "…", or left out.
	if room := m.bodyHeight() - len(colored) - 10; !m.compact() && room >= 2 {
		q := m.cfg.Bank.Questions[m.st.Case]
		what := layout.WrapEach(txtExtremeWhat.F(l, safetext.Line(q.Scenario)), col, layout.Style(t.Muted))
		if len(what) > room {
			what = append(what[:room-1], t.Muted.Render("…"))
		}
		lines = append(append(lines, what...), "")
	}
	lines = append(lines, colored...)
	lines = append(lines, "")
	rows := fieldRows
	if m.compact() {
		rows = 2
	}
	lines = append(lines, m.fieldLines(col, rows)...)
	// The count turns red over the room's limit; the field takes more,
	// so nothing typed is cut, and the room refuses to keep it.
	n, count := utf8.RuneCountInString(m.field.Value()), t.Muted
	if n > room.MaxProposal {
		count = t.Error
	}
	lines = append(lines, count.Render(txtCount.F(l, n, room.MaxProposal)))
	if m.st.Proposal != "" {
		sent := txtProposal.F(l, safetext.Line(m.st.Proposal))
		if m.compact() {
			// One line on a low window, cut with "…".
			lines = append(lines, t.Body.Render(cut(sent, col)))
		} else {
			lines = append(lines, "")
			lines = append(lines, layout.WrapEach(sent, col, layout.Style(t.Body))...)
		}
	}
	return lines
}

// viewNoMix is the mix screen before any answer, and the end for
// someone who answered nothing.
func (m Model) viewNoMix(col, h int) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	var lines []string
	if m.st.Ended {
		lines = append(lines, layout.WrapEach(words.WorkshopEnded.In(l)+".", col, layout.Style(t.Title))...)
		lines = append(lines, "")
	}
	lines = append(lines, layout.WrapEach(words.WorkshopNoMix.In(l), col, layout.Style(t.Body))...)
	return middle(lines, h)
}

// cut keeps s within w cells, with "…" where it was cut.
func cut(s string, w int) string { return ansi.Truncate(s, w, "…") }

// cursorMark stands for the cursor's cell while the field's text is
// wrapped (a private-use character, one cell wide, never typed).
const cursorMark = '\uE000'

// fieldLines draws the proposal field wrapped to col cells, "› " before
// the first line and "  " before the others, at most rows lines (those
// around the cursor), with the cursor as a reversed cell while the field
// has the focus.
func (m Model) fieldLines(col, rows int) []string {
	t := m.fr.Theme
	text := []rune(safetext.Line(m.field.Value()))
	pos, under := min(m.field.Position(), len(text)), " "
	focused := m.field.Focused()
	if focused {
		if pos < len(text) {
			under = string(text[pos])
			text[pos] = cursorMark
		} else {
			text = append(text, cursorMark)
		}
	}
	wrapped := layout.WrapLines(string(text), max(col-2, 4))
	if len(wrapped) == 0 {
		wrapped = []string{""}
	}
	at := len(wrapped) - 1
	for i, line := range wrapped {
		if strings.ContainsRune(line, cursorMark) {
			at = i
		}
	}
	first := max(0, min(at-rows+1, len(wrapped)-rows))
	last := min(len(wrapped), first+rows)
	out := make([]string, 0, rows)
	for i := first; i < last; i++ {
		prefix := "  "
		if i == 0 {
			prefix = "› "
		}
		before, after, ok := strings.Cut(wrapped[i], string(cursorMark))
		line := t.Body.Render(before)
		if ok {
			line += t.Body.Reverse(true).Render(under) + t.Body.Render(after)
		}
		out = append(out, t.Selected.Render(prefix)+line)
	}
	return out
}
