package liveview

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// Texts of the screen.
var (
	txtTitle       = i18n.Text{NL: "ideale-ambtenaar · live", EN: "ideale-ambtenaar · live"}
	txtRound       = i18n.Text{NL: "ronde %d", EN: "round %d"}
	txtOpen        = i18n.Text{NL: "deur open", EN: "open"}
	txtLocked      = i18n.Text{NL: "deur dicht: geen nieuwe deelnemers", EN: "locked: no new participants"}
	txtLockedShort = i18n.Text{NL: "deur dicht", EN: "locked"}
	txtJoinCode    = i18n.Text{NL: "Doe mee met code", EN: "Join with code"}
	txtCode        = i18n.Text{NL: "Code %s", EN: "Code %s"}
	txtViaSSH      = i18n.Text{NL: "Laptop: typ in een terminal", EN: "Laptop: type in a terminal"}
	txtViaWebQR    = i18n.Text{NL: "Telefoon: scan de QR-code of open", EN: "Phone: scan the QR code or open"}
	txtViaWeb      = i18n.Text{NL: "Telefoon of browser: open", EN: "Phone or browser: open"}
	txtNobody      = i18n.Text{NL: "Nog niemand binnen.", EN: "Nobody has joined yet."}
	txtJoined1     = i18n.Text{NL: "1 deelnemer binnen", EN: "1 participant has joined"}
	txtJoinedN     = i18n.Text{NL: "%d deelnemers binnen", EN: "%d participants have joined"}
	txtHostKey     = i18n.Text{NL: "sleutel van deze laptop: %s", EN: "this laptop's key: %s"}
	txtKeyHelp     = i18n.Text{NL: "zegt ssh dat de sleutel veranderd is? typ: %s", EN: "ssh says the key changed? type: %s"}
	txtIn          = i18n.Text{NL: "binnen", EN: "joined"}
	txtBusy        = i18n.Text{NL: "bezig", EN: "busy"}
	txtDone        = i18n.Text{NL: "klaar", EN: "finished"}
	txtGone        = i18n.Text{NL: "weg", EN: "left"}
	txtPerScen     = i18n.Text{NL: "Beantwoord per casus", EN: "Answered per scenario"}
	txtScenShort   = i18n.Text{NL: "Casussen", EN: "Scenarios"}
	txtHidden      = i18n.Text{NL: "Mix en keuzes verborgen · h toont ze", EN: "Mix and choices hidden · h shows them"}
	txtGroup       = i18n.Text{NL: "Gemiddelde mix van %s die klaar zijn", EN: "Average mix of %s who finished"}
	txtGroup1      = i18n.Text{NL: "Mix van de 1 die klaar is", EN: "Mix of the 1 who finished"}
	txtLive        = i18n.Text{NL: "Tussenstand van %s onderweg (nog niemand klaar)", EN: "So far, %s on the way (nobody finished yet)"}
	txtGroupShort  = i18n.Text{NL: "Mix (%d)", EN: "Mix (%d)"}
	txtPeople      = i18n.Text{NL: "%d deelnemers", EN: "%d participants"}
	txtPerson      = i18n.Text{NL: "1 deelnemer", EN: "1 participant"}
	txtBlind       = i18n.Text{NL: "Blinde vlek: %s", EN: "Blind spot: %s"}
	txtScenario    = i18n.Text{NL: "Casus %d van %d", EN: "Scenario %d of %d"}
	txtAnswered    = i18n.Text{NL: "%d van %d beantwoord", EN: "%d of %d answered"}
	txtNoAnswers   = i18n.Text{NL: "nog geen antwoorden", EN: "no answers yet"}
	txtListHead    = i18n.Text{NL: "Deelnemers", EN: "Participants"}
	txtMore        = i18n.Text{NL: "+%d meer", EN: "+%d more"}
)

// base is what the quiz and the culture screens draw alike: the theme,
// the column, the lobby with the join instructions, the header, the
// counts, the participant list's grid and the dialog's frame.
type base struct {
	th     theme.Theme
	ps     theme.Paints
	l      i18n.Lang
	col    int // cells for content
	margin int // cells left of it
	join   Join
	joined int  // participants who joined, for the lobby's line
	locked bool // the door is shut
	// listNeed is the rows the participant list takes with its title, 0
	// when names are hidden; list draws it in at most rows rows.
	listNeed int
	list     func(rows int) []string
}

// newBase is the base of a frame of m; joined and locked come from the
// snapshot of either mode.
func (m Model) newBase(joined int, locked bool) base {
	margin := 2
	if m.fr.Width < 60 {
		margin = 1
	}
	return base{
		th: m.fr.Theme, ps: m.fr.Theme.Paints(), l: m.lang,
		col: max(m.fr.Width-2*margin, 1), margin: margin,
		join: m.join, joined: joined, locked: locked,
	}
}

// drawer draws one frame of the quiz room: the snapshot, the theme and
// the sizes.
type drawer struct {
	base
	m     Model
	s     *room.Snapshot
	names [profile.Count]string
}

func (m Model) newDrawer() drawer {
	d := drawer{
		base: m.newBase(m.snap.Joined, m.snap.Locked),
		m:    m, s: m.snap,
		names: words.Names(m.room.Bank().Types, m.lang),
	}
	if m.names && m.snap.Joined > 0 {
		d.listNeed = d.gridNeed(len(m.snap.Participants))
		d.list = d.roomList
	}
	return d
}

// header is the top line: the title on the left, prefix (the round, the
// mode) and whether the door is open on the right.
func (d base) header(prefix string) []string {
	right := prefix
	state := d.ps.Muted.Paint(txtOpen.In(d.l))
	if d.locked {
		msg := txtLocked.In(d.l)
		if layout.Width(right)+layout.Width(msg)+2 > d.col {
			msg = txtLockedShort.In(d.l)
		}
		state = d.ps.Error.Paint(msg)
	}
	right = d.ps.Muted.Paint(right) + state
	left := d.ps.Title.Paint(txtTitle.In(d.l))
	gap := d.col - layout.Width(left) - layout.Width(right)
	if gap < 2 {
		return []string{right}
	}
	return []string{left + strings.Repeat(" ", gap) + right}
}

// joinedLine says how many have joined.
func (d base) joinedLine() string {
	switch d.joined {
	case 0:
		return d.ps.Body.Paint(txtNobody.In(d.l))
	case 1:
		return d.ps.Heading.Paint(txtJoined1.In(d.l))
	}
	return d.ps.Heading.Paint(txtJoinedN.F(d.l, d.joined))
}

// howLines are the ssh command and the URL with what they are for, in at
// most w cells; nil when a command or URL would have to be cut.
func (d base) howLines(w int) []string {
	var out []string
	j := d.join
	if j.SSH != "" {
		if 2+layout.Width(j.SSH) > w {
			return nil
		}
		out = append(out, d.ps.Muted.Paint(ansi.Truncate(txtViaSSH.In(d.l), w, "…")), "  "+d.ps.Heading.Paint(j.SSH))
	}
	if j.URL != "" {
		if 2+layout.Width(j.URL) > w {
			return nil
		}
		label := txtViaWeb
		if len(j.QR) > 0 {
			label = txtViaWebQR
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, layout.WrapEach(label.In(d.l), w, d.ps.Muted.Paint)...)
		out = append(out, "  "+d.ps.Heading.Paint(j.URL))
	}
	return out
}

// bigCode draws the join code in big letters, nil when it does not fit w.
func (d base) bigCode(size chart.DigitSize, w int) []string {
	code := d.join.Code
	if size == hugeCode {
		if 2*chart.LettersWidth(code, chart.LargeDigits, 2) > w {
			return nil
		}
		var rows []string
		for _, r := range chart.BigLetters(code, chart.LargeDigits, 2) {
			var b strings.Builder
			for _, c := range r {
				b.WriteRune(c)
				b.WriteRune(c)
			}
			row := d.ps.Cursor.Paint(b.String())
			rows = append(rows, row, row)
		}
		return rows
	}
	gap := 2
	if size == chart.SmallDigits {
		gap = 1
	}
	if chart.LettersWidth(code, size, gap) > w {
		return nil
	}
	rows := chart.BigLetters(code, size, gap)
	for i := range rows {
		rows[i] = d.ps.Cursor.Paint(rows[i])
	}
	return rows
}

// hugeCode is the join code at twice LargeDigits (a pixel is four cells
// wide and two rows high, ten rows in all), for a wall on a large window.
const hugeCode chart.DigitSize = -1

// wallCols is the width from which the join code on top of the room's
// screen may be drawn in the huge letters of the lobby: the headline of a
// wall.
const wallCols = 160

// bigSizes are the sizes of the big numbers, smallest first, each with
// the gap between its digits: a screen tries them all and keeps the
// largest that fits, so the numbers take the width of a wall (the wall
// size is 12 cells a digit, for 200 columns and more).
var bigSizes = []struct {
	size chart.DigitSize
	gap  int
}{{chart.SmallDigits, 1}, {chart.LargeDigits, 2}, {chart.WideDigits, 3}, {chart.WallDigits, 4}}

// textMeasure is the widest a line of running text gets on a wide
// screen, in cells: wider is hard to read from a distance. Text blocks
// are centred in the column when it is wider than this.
const textMeasure = 90

// measure is the width running text wraps to: the column, at most
// textMeasure.
func (d base) measure() int { return min(d.col, textMeasure) }

// centre centres block in the column on a screen wider than the text
// measure; on a narrower one it stays at the left margin, where the
// rest of the screen starts.
func (d base) centre(block []string) []string {
	if d.col <= textMeasure {
		return block
	}
	return layout.Centre(d.col, block)
}

// qrMode is where the lobby puts the QR code.
type qrMode int

const (
	// qrBeside: the QR code to the right of everything else.
	qrBeside qrMode = iota
	// qrUnder: the code across the top, the QR code to the right of the
	// lines under it.
	qrUnder
	// qrBelow: the QR code under everything else.
	qrBelow
	// qrNone: no QR code (no room, or none given).
	qrNone
)

// arrangement is one way to fill the lobby.
type arrangement struct {
	size chart.DigitSize
	qr   qrMode
	// large: the QR code twice as large (largeQR), for a wall.
	large bool
}

// arrangements are tried in this order: the largest code first, and the
// QR code kept as long as possible (a phone needs it; a laptop can type the
// ssh line under a smaller code).
var arrangements = []arrangement{
	{hugeCode, qrUnder, true},
	{chart.LargeDigits, qrBeside, true},
	{hugeCode, qrUnder, false},
	{chart.LargeDigits, qrBeside, false},
	{chart.LargeDigits, qrUnder, false},
	{chart.SmallDigits, qrBeside, false},
	{chart.LargeDigits, qrBelow, false},
	{chart.SmallDigits, qrBelow, false},
	{hugeCode, qrNone, false},
	{chart.LargeDigits, qrNone, false},
	{chart.SmallDigits, qrNone, false},
	{chart.NoDigits, qrNone, false},
}

// lobby fills h rows with how to join: the richest arrangement that fits.
func (d base) lobby(h int) []string {
	small := d.join.QR
	large := largeQR(small)
	listRows := 0
	if d.listNeed > 0 {
		listRows = min(d.listNeed, max(3, h/3))
	}
	for _, a := range arrangements {
		if len(small) == 0 && a.qr != qrNone {
			continue // no QR code to place
		}
		qr := small
		if a.large {
			qr = large
		}
		qrW := layout.Widest(qr)
		for extras := 2; extras >= 0; extras-- {
			block := d.arrange(a, qr, qrW, extras)
			if block == nil {
				continue
			}
			need := len(block)
			if listRows > 0 {
				need += 1 + listRows
			}
			if need > h {
				continue
			}
			block = layout.Centre(d.col, block)
			if listRows > 0 {
				block = append(append(block, ""), d.list(h-len(block)-1)...)
			}
			top := (h - len(block)) / 3
			return append(make([]string, top), block...)
		}
	}
	// Lower than the plainest arrangement: the code and the join lines,
	// cut from the bottom.
	return []string{d.ps.Cursor.Paint(txtCode.F(d.l, d.join.Code)), d.join.SSH, d.join.URL, d.joinedLine()}
}

// arrange builds the lobby in arrangement a with extras (2: advice and
// fingerprint, 1: advice, 0: neither); nil when something does not fit
// the width.
func (d base) arrange(a arrangement, qr []string, qrW, extras int) []string {
	const qrGap = 4
	var block []string
	switch a.qr {
	case qrBeside:
		code := d.codeLines(a.size, d.col-qrW-qrGap)
		info := d.infoLines(d.col-qrW-qrGap, extras)
		if code == nil || info == nil {
			return nil
		}
		block = layout.Beside(qrGap, layout.Stack(1, code, info), qr)
	case qrUnder:
		code := d.codeLines(a.size, d.col)
		info := d.infoLines(d.col-qrW-qrGap, extras)
		if code == nil || info == nil {
			return nil
		}
		block = layout.Stack(1, code, layout.Beside(qrGap, info, qr))
	default:
		code := d.codeLines(a.size, d.col)
		info := d.infoLines(d.col, extras)
		if code == nil || info == nil {
			return nil
		}
		block = layout.Stack(1, code, info)
		if a.qr == qrBelow {
			block = layout.Stack(1, block, qr)
		}
	}
	if fp := d.join.Fingerprint; extras >= 2 && fp != "" {
		line := txtHostKey.F(d.l, fp)
		if layout.Width(line) > d.col {
			line = fp
		}
		block = append(block, "", d.ps.Muted.Paint(ansi.Truncate(line, d.col, "…")))
		if kh := d.join.KeyHelp; kh != "" {
			if line := txtKeyHelp.F(d.l, kh); layout.Width(line) <= d.col {
				block = append(block, d.ps.Muted.Paint(line))
			}
		}
	}
	return block
}

// codeLines is the join code at size with what it is for, in w cells;
// nil when it does not fit.
func (d base) codeLines(size chart.DigitSize, w int) []string {
	if size == chart.NoDigits {
		return []string{d.ps.Cursor.Paint(txtCode.F(d.l, d.join.Code))}
	}
	code := d.bigCode(size, w)
	if code == nil {
		return nil
	}
	return append([]string{d.ps.Muted.Paint(txtJoinCode.In(d.l))}, code...)
}

// infoLines are how to join, how many joined and, with extras >= 1, the
// address advice, in w cells; nil when a command or URL would be cut.
func (d base) infoLines(w, extras int) []string {
	if w < 10 {
		return nil
	}
	how := d.howLines(w)
	if how == nil && (d.join.SSH != "" || d.join.URL != "") {
		return nil
	}
	out := how
	if len(out) > 0 {
		out = append(out, "")
	}
	out = append(out, d.joinedLine())
	if extras >= 1 && d.join.Advice != "" {
		out = append(out, "")
		out = append(out, layout.WrapEach(d.join.Advice, w, d.ps.Error.Paint)...)
	}
	return out
}

// part is one section of the quiz screen in its variants, plainest
// first. An empty variant leaves the part out.
type part [][]string

// quiz fills h rows during the quiz: the join strip, the counts, the
// progress per scenario, the group's mix, the selected scenario and, when
// asked for, the names. Every part starts at its plainest; then, in order
// of importance, each takes its richest variant that still fits.
func (d drawer) quiz(h int) []string {
	parts := []part{d.joinPart(), d.countsPart(), d.progressPart(), d.groupPart(), d.scenarioPart()}
	return d.stack(h, parts, []int{3, 4, 1, 0, 2})
}

// stack fills h rows with parts, one blank line or two between them, and
// the participant list under them when it is asked for. Every part starts
// at its plainest variant; then, in the order of upgrade (most important
// first), each takes its richest variant that still fits.
func (d base) stack(h int, parts []part, upgrade []int) []string {
	level := make([]int, len(parts))
	used := 0
	for _, p := range parts {
		used += len(p[0])
	}
	listRows := 0
	if d.listNeed > 0 {
		listRows = min(d.listNeed, max(3, (h-used)/2))
	}
	budget := h - listRows
	if listRows > 0 {
		budget-- // the blank above the list
	}
	if gaps := len(parts) - 1; used+gaps <= budget {
		budget -= gaps // one blank line between parts comes first
	}
	for _, i := range upgrade {
		for v := len(parts[i]) - 1; v > level[i]; v-- {
			if n := used - len(parts[i][level[i]]) + len(parts[i][v]); n <= budget {
				used, level[i] = n, v
				break
			}
		}
	}
	var shown [][]string
	for i, p := range parts {
		if v := p[level[i]]; len(v) > 0 {
			shown = append(shown, v)
		}
	}
	gap := 0
	free := h - used - listRows
	if listRows > 0 {
		free--
	}
	if n := len(shown) - 1; n > 0 && free >= n {
		gap = 1
		if free >= 2*n+4 && listRows == 0 {
			// Room to spare: up to three blank lines between parts on
			// a tall wall rather than an empty bottom.
			gap = min(max((free-4)/n, 2), 3)
		}
	}
	out := layout.Stack(gap, shown...)
	if listRows > 0 {
		out = append(out, "")
		out = append(out, d.list(h-len(out))...)
	}
	return out
}

// joinPart: one line with the code, the ssh command and the URL (what
// fits whole), or the code in big letters with the two lines beside it.
func (d base) joinPart() part {
	j := d.join
	line := d.ps.Cursor.Paint(txtCode.F(d.l, j.Code))
	w := layout.Width(line)
	for _, s := range []string{j.SSH, j.URL} {
		if s != "" && w+3+layout.Width(s) <= d.col {
			line += d.ps.Muted.Paint(" · ") + d.ps.Body.Paint(s)
			w += 3 + layout.Width(s)
		}
	}
	p := part{{line}}
	sizes := []chart.DigitSize{chart.SmallDigits, chart.LargeDigits}
	if d.col >= wallCols {
		sizes = append(sizes, hugeCode)
	}
	for _, size := range sizes {
		code := d.bigCode(size, d.col)
		if code == nil {
			break
		}
		cw := layout.Width(code[0])
		rw := d.col - cw - 4
		var right []string
		right = append(right, d.ps.Muted.Paint(ansi.Truncate(txtJoinCode.In(d.l)+" "+j.Code, rw, "…")))
		for _, s := range []string{j.SSH, j.URL} {
			if s != "" && layout.Width(s) <= rw {
				right = append(right, d.ps.Body.Paint(s))
			}
		}
		if len(right) < 2 || len(right) > len(code) {
			break
		}
		top := (len(code) - len(right)) / 2
		right = append(make([]string, top), right...)
		p = append(p, layout.Beside(4, code, right))
	}
	return p
}

// countsPart: joined, busy and finished as a line, or in big digits.
func (d drawer) countsPart() part {
	return d.counts(d.s.Joined, d.s.Busy, d.s.Finished, d.s.Left)
}

// countLine holds the counts that countsPart draws, in either mode.
type countLine struct{ Joined, Busy, Finished, Left int }

// counts: joined, busy and finished (and left, when anyone has) as a
// line, or in big digits with their labels under them.
func (d base) counts(joined, busy, finished, left int) part {
	s := countLine{joined, busy, finished, left}
	num := func(n int) string { return d.ps.Heading.Paint(strconv.Itoa(n)) }
	sep := d.ps.Muted.Paint(" · ")
	line := num(s.Joined) + " " + d.ps.Muted.Paint(txtIn.In(d.l)) + sep +
		num(s.Busy) + " " + d.ps.Muted.Paint(txtBusy.In(d.l)) + sep +
		num(s.Finished) + " " + d.ps.Muted.Paint(txtDone.In(d.l))
	if s.Left > 0 {
		line += sep + num(s.Left) + " " + d.ps.Muted.Paint(txtGone.In(d.l))
	}
	p := part{{line}}
	inLabel := txtIn.In(d.l)
	if s.Left > 0 {
		inLabel += fmt.Sprintf(" (%d %s)", s.Left, txtGone.In(d.l))
	}
	labels := []string{inLabel, txtBusy.In(d.l), txtDone.In(d.l)}
	for _, bs := range bigSizes {
		var glyphs [][]string
		for _, n := range []int{s.Joined, s.Busy, s.Finished} {
			glyphs = append(glyphs, chart.BigText(strconv.Itoa(n), bs.size, bs.gap))
		}
		inks := []theme.Painter{d.ps.Heading, d.ps.Cursor, d.ps.Heading}
		if b := d.slots(glyphs, labels, inks, []theme.Painter{d.ps.Muted, d.ps.Muted, d.ps.Muted}); b != nil {
			p = append(p, b)
		}
	}
	return p
}

// slots puts big numbers side by side in equal slots of the column, each
// with its label under it; nil when one does not fit its slot.
func (d base) slots(glyphs [][]string, labels []string, inks, labelInks []theme.Painter) []string {
	slot := d.col / len(glyphs)
	blocks := make([][]string, len(glyphs))
	for i, g := range glyphs {
		if layout.Widest(g) > slot-2 || layout.Width(labels[i]) > slot-1 {
			return nil
		}
		for _, row := range g {
			blocks[i] = append(blocks[i], inks[i].Paint(row))
		}
		blocks[i] = append(blocks[i], labelInks[i].Paint(labels[i]))
	}
	return layout.Spread(d.col, blocks...)
}

// progressPart: how many answered each scenario, as one row of little
// bars (the selected scenario marked), with a title and numbers where
// there is room.
func (d drawer) progressPart() part {
	n := len(d.s.Quiz.Scenarios)
	if n == 0 {
		return part{nil}
	}
	label := txtScenShort.In(d.l) + " "
	avail := d.col - layout.Width(label)
	most := d.sparkMost()
	cw := min(max(avail/n, 1), most)
	if cw*n > avail {
		label, avail = "", d.col
		cw = min(max(avail/n, 1), most)
	}
	spark := d.spark(cw)
	p := part{{d.ps.Muted.Paint(label) + spark}}
	if cw = min(d.col/n, most); cw >= 3 {
		var nums strings.Builder
		for i := range n {
			s := fmt.Sprintf("%*d", cw-1, i+1)
			if i == d.m.sel {
				nums.WriteString(d.ps.Selected.Paint(s))
			} else {
				nums.WriteString(d.ps.Muted.Paint(s))
			}
			nums.WriteByte(' ')
		}
		p = append(p, []string{d.ps.Muted.Paint(txtPerScen.In(d.l)), d.spark(cw), nums.String()})
	}
	return p
}

// sparkMost is the widest a scenario's little bar gets, in cells with
// its gap: 4 up to the text measure, up to 16 on a wall, so the row of
// bars takes the width.
func (d base) sparkMost() int {
	if d.col <= textMeasure {
		return 4
	}
	return 16
}

// sparkGlyphs are the heights of a progress bar in eighths.
var sparkGlyphs = [...]string{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}

// spark is the row of little bars, cw cells per scenario.
func (d drawer) spark(cw int) string {
	var b strings.Builder
	barW := max(cw-1, 1)
	for i, sv := range d.s.Quiz.Scenarios {
		var cell string
		switch {
		case sv.Answered == 0 || d.s.Joined == 0:
			cell = d.ps.Muted.Paint(strings.Repeat("·", barW))
		default:
			lvl := min(max((sv.Answered*8+d.s.Joined/2)/d.s.Joined, 1), 8)
			ink := d.ps.Cursor
			if i == d.m.sel {
				ink = d.ps.Selected
			}
			cell = ink.Paint(strings.Repeat(sparkGlyphs[lvl-1], barW))
		}
		b.WriteString(cell)
		if cw > 1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// groupPart: the group's average mix, hidden until the trainer reveals
// it: one line, the chart, with big percentages and blind spots where
// there is room.
func (d drawer) groupPart() part {
	if !d.m.revealed {
		return part{d.centre([]string{d.ps.Muted.Paint(txtHidden.In(d.l))})}
	}
	sum, title := d.summary()
	title = ansi.Truncate(title, d.col, "…")
	short := title
	if layout.Width(short)+2+layout.Width(d.compact(sum.Average, 0)) > d.col {
		short = txtGroupShort.F(d.l, sum.Count)
	}
	p := part{{d.ps.Heading.Paint(short+": ") + d.compact(sum.Average, d.col-layout.Width(short)-2)}}
	bars := strings.Split(chart.Chart(sum.Average, d.col, d.th, d.names), "\n")
	head := d.centre([]string{d.ps.Heading.Paint(title)})
	withTitle := append(append([]string(nil), head...), bars...)
	p = append(p, withTitle)
	var blind []string
	for _, b := range sum.BlindSpots {
		blind = append(blind, layout.WrapEach(txtBlind.F(d.l, teamreport.BlindSpotText(b, sum, d.l)), d.measure(), d.ps.Muted.Paint)...)
	}
	blind = d.centre(blind)
	if len(blind) > 0 {
		p = append(p, append(append([]string(nil), withTitle...), blind...))
	}
	for _, bs := range bigSizes {
		var glyphs [][]string
		var inks, labelInks []theme.Painter
		for _, t := range profile.Types {
			glyphs = append(glyphs, chart.BigPercent(sum.Average.Percent[t], bs.size, bs.gap))
			inks = append(inks, d.ps.TypeInk[t])
			labelInks = append(labelInks, d.ps.TypeText[t])
		}
		big := d.slots(glyphs, d.names[:], inks, labelInks)
		if big == nil {
			break
		}
		v := append(append([]string(nil), head...), big...)
		v = append(append(v, ""), bars...)
		p = append(p, append(v, blind...))
	}
	return p
}

// summary is what the group part shows: the mix of those who finished,
// or while nobody has, the picture so far.
func (d drawer) summary() (team.Summary, string) {
	if g := d.s.Quiz.Group; g.Count > 0 {
		if g.Count == 1 {
			return g, txtGroup1.In(d.l)
		}
		return g, txtGroup.F(d.l, people(g.Count, d.l))
	}
	return d.s.Quiz.Live, txtLive.F(d.l, people(d.s.Quiz.Live.Count, d.l))
}

func people(n int, l i18n.Lang) string {
	if n == 1 {
		return txtPerson.In(l)
	}
	return txtPeople.F(l, n)
}

// compact is a mix on one line: "Bureaucraat 40% · Ondernemer 35% ·
// Verbinder 25%", with initials when the names do not fit w.
func (d drawer) compact(p profile.Mix, w int) string {
	for _, short := range []bool{false, true} {
		var parts []string
		plain := 0
		for _, t := range profile.Types {
			name := d.names[t]
			if short {
				name = ansi.Truncate(name, 1, "")
			}
			s := fmt.Sprintf("%s %d%%", name, p.Percent[t])
			plain += layout.Width(s) + 3
			parts = append(parts, d.ps.TypeText[t].Paint(name)+" "+d.ps.Body.Paint(fmt.Sprintf("%d%%", p.Percent[t])))
		}
		if plain-3 <= w || short {
			return strings.Join(parts, d.ps.Muted.Paint(" · "))
		}
	}
	return ""
}

// scenarioPart: the selected scenario and how many answered it; revealed,
// how the room's choices fall over the three types.
func (d drawer) scenarioPart() part {
	n := len(d.s.Quiz.Scenarios)
	if n == 0 || d.m.sel >= n {
		return part{nil}
	}
	sv := d.s.Quiz.Scenarios[d.m.sel]
	q := d.m.room.Bank().Questions[d.m.sel]
	head := d.ps.Heading.Paint(txtScenario.F(d.l, d.m.sel+1, n))
	hw := layout.Width(txtScenario.F(d.l, d.m.sel+1, n))
	if q.Context != "" && hw+3+layout.Width(q.Context) <= d.col {
		head += d.ps.Body.Paint(" · " + q.Context)
		hw += 3 + layout.Width(q.Context)
	}
	if a := txtAnswered.F(d.l, sv.Answered, d.s.Joined); hw+3+layout.Width(a) <= d.col {
		head += d.ps.Muted.Paint(" · " + a)
	}
	var text, whole []string
	if q.Scenario != "" {
		text = layout.WrapLines(q.Scenario, d.measure())
		if len(text) > 2 {
			// The whole text, where the hidden screen has the rows.
			whole = d.centre(append([]string{head}, layout.Each(text, d.ps.Body.Paint)...))
			text = append([]string(nil), text...)
			text = text[:2]
			text[1] = ansi.Truncate(text[1], d.measure()-1, "") + "…"
		}
		for i := range text {
			text[i] = d.ps.Body.Paint(text[i])
		}
	}
	withText := d.centre(append([]string{head}, text...))
	head = withText[0]
	if !d.m.revealed {
		if whole != nil {
			return part{{head}, withText, whole}
		}
		return part{{head}, withText}
	}
	if sv.Answered == 0 {
		none := d.ps.Muted.Paint(txtNoAnswers.In(d.l))
		return part{{head, none}, append(append([]string(nil), withText...), none)}
	}
	bars := strings.Split(chart.Chart(sv.Mix, d.col, d.th, d.names), "\n")
	full := append(append([]string(nil), withText...), bars...)
	return part{
		{head, d.centre([]string{d.compact(sv.Mix, d.col)})[0]},
		append([]string{head}, bars...),
		full,
		append(full, d.centre(d.optionLines(q, sv))...),
	}
}

// optionLines list a scenario's options with how many chose each, for
// discussing the case: "12× [O] Ik bel de afdeling en vraag…". The type
// in brackets is the one the option scores most for.
func (d drawer) optionLines(q quiz.Question, sv room.ScenarioView) []string {
	wide := 0
	for _, n := range sv.Options {
		wide = max(wide, len(strconv.Itoa(n)))
	}
	var out []string
	for i, o := range q.Options {
		n := 0
		if i < len(sv.Options) {
			n = sv.Options[i]
		}
		lead := profile.New(o.Points).Ranking[0]
		tag := "[" + ansi.Truncate(d.names[lead], 1, "") + "]"
		count := fmt.Sprintf("%*d×", wide, n)
		text := ansi.Truncate(strings.TrimSpace(o.Text), max(d.measure()-layout.Width(count)-layout.Width(tag)-2, 1), "…")
		out = append(out, d.ps.Heading.Paint(count)+" "+d.ps.TypeText[lead].Paint(tag)+" "+d.ps.Body.Paint(text))
	}
	return out
}

// listCell is the width of one name in the list, and listGap the space
// between columns.
const (
	listCell = 26
	listGap  = 2
)

func (d base) listCols() int { return max(1, (d.col+listGap)/(listCell+listGap)) }

// gridNeed is the rows a list of n would take, with its title.
func (d base) gridNeed(n int) int {
	c := d.listCols()
	return 1 + (n+c-1)/c
}

// roomList draws the room's participants with their progress.
func (d drawer) roomList(rows int) []string {
	ps := d.s.Participants
	return d.grid(rows, len(ps), func(i, w int) string { return d.listCell(ps[i], w) })
}

// grid draws n participants (cell draws the i-th in w cells) in columns,
// in the order they joined, in at most rows rows (title included); what
// does not fit is counted in the last cell.
func (d base) grid(rows, n int, cell func(i, w int) string) []string {
	if rows < 2 || n == 0 {
		return nil
	}
	cols := d.listCols()
	cellW := min(listCell, d.col)
	body := min(rows-1, (n+cols-1)/cols)
	shown := min(n, body*cols)
	if shown < n {
		shown-- // the last place counts the rest
	}
	cells := make([]string, 0, shown+1)
	for i := range shown {
		cells = append(cells, cell(i, cellW))
	}
	if shown < n {
		cells = append(cells, d.ps.Muted.Paint(txtMore.F(d.l, n-shown)))
	}
	return append([]string{d.ps.Heading.Paint(txtListHead.In(d.l))}, layout.Grid(body, cellW, listGap, cells)...)
}

// listCell is one participant: the name and "12/24", "klaar" or "weg".
func (d drawer) listCell(p room.ParticipantView, w int) string {
	var tag string
	var ink theme.Painter
	switch {
	case p.Done:
		tag, ink = "✓ "+txtDone.In(d.l), d.ps.Cursor
	case p.Left:
		tag, ink = txtGone.In(d.l), d.ps.Muted
	default:
		tag, ink = fmt.Sprintf("%d/%d", p.Answered, d.s.Steps), d.ps.Muted
	}
	name := ansi.Truncate(p.Label(d.l, false), max(w-layout.Width(tag)-1, 1), "…")
	pad := w - layout.Width(name) - layout.Width(tag)
	return d.ps.Body.Paint(name) + strings.Repeat(" ", max(pad, 1)) + ink.Paint(tag)
}

// overlay puts the question in a frame over the middle of the body.
func (d base) overlay(body []string, q string) []string {
	box := layout.Centre(d.col, strings.Split(d.th.Frame.Render(d.ps.Heading.Paint(q)), "\n"))
	top := max((len(body)-len(box))/2, 0)
	out := append([]string(nil), body...)
	for i, l := range box {
		if top+i < len(out) {
			out[top+i] = l
		}
	}
	return out
}
