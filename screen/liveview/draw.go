package liveview

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/safetext"
)

// Texts of the screen.
var (
	txtTitle       = i18n.Text{NL: "ideale-ambtenaar · live", EN: "ideale-ambtenaar · live"}
	txtOpen        = i18n.Text{NL: "inschrijving open", EN: "joining open"}
	txtLocked      = i18n.Text{NL: "inschrijving dicht: geen nieuwe deelnemers", EN: "joining locked: no new participants"}
	txtLockedShort = i18n.Text{NL: "inschrijving dicht", EN: "joining locked"}
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
	txtPeople      = i18n.Text{NL: "%d deelnemers", EN: "%d participants"}
	txtPerson      = i18n.Text{NL: "1 deelnemer", EN: "1 participant"}
	txtListHead    = i18n.Text{NL: "Deelnemers", EN: "Participants"}
	txtMore        = i18n.Text{NL: "+%d meer", EN: "+%d more"}
)

// base is what every activity's frame draws alike: the theme, the
// column, the snapshot and the screen's state, the lobby with the join
// instructions, the header, the counts, the participant list's grid and
// the dialog's frame. An activity's part draws its body on it.
type base struct {
	th     theme.Theme
	ps     theme.Paints
	l      i18n.Lang
	col    int // cells for content
	margin int // cells left of it
	join   Join
	s      *room.Snapshot
	// revealed: the trainer showed what the activity reveals (h); sel is
	// the step selected (the quiz's scenario).
	revealed bool
	sel      int
	// pace is the paced workshop's state on the screen.
	pace pacedState
	// listNeed is the rows the participant list takes with its title, 0
	// when names are hidden; list draws it in at most rows rows.
	listNeed int
	list     func(rows int) []string
}

// newBase is the base of a frame of m.
func (m Model) newBase() base {
	margin := 2
	if m.fr.Width < 60 {
		margin = 1
	}
	d := base{
		th: m.fr.Theme, ps: m.fr.Theme.Paints(), l: m.lang,
		col: max(m.fr.Width-2*margin, 1), margin: margin,
		join: m.join, s: m.snap, revealed: m.revealed, sel: m.sel, pace: m.pace,
	}
	if ps := m.snap.Participants; m.names && len(ps) > 0 {
		d.listNeed = d.gridNeed(len(ps))
		d.list = func(rows int) []string {
			return d.grid(rows, len(ps), func(i, w int) string { return d.listCell(ps[i], m.part.progress(ps[i], m.snap.Steps), w) })
		}
	}
	return d
}

// header is the top line: the title on the left, prefix (the round, the
// mode) and whether the door is open on the right.
func (d base) header(prefix string) []string {
	right := prefix
	state := d.ps.Muted.Paint(txtOpen.In(d.l))
	if d.s.Locked {
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

// joinedLine says how many are in the room now: who joined and did not
// leave (Snapshot.Present).
func (d base) joinedLine() string {
	switch d.s.Present {
	case 0:
		return d.ps.Body.Paint(txtNobody.In(d.l))
	case 1:
		return d.ps.Heading.Paint(txtJoined1.In(d.l))
	}
	return d.ps.Heading.Paint(txtJoinedN.F(d.l, d.s.Present))
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

// lobby fills h rows with how to join: the richest arrangement that fits;
// in a locked room, where nobody new can join, that it is locked instead
// of the code.
func (d base) lobby(h int) []string {
	if d.s.Locked {
		return d.lockedLobby(h)
	}
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

// lockedLobby is the lobby of a locked room: "inschrijving dicht" and
// how many joined, the join line for those who come back, and the
// participant list when it is asked for.
func (d base) lockedLobby(h int) []string {
	block := layout.Centre(d.col, []string{d.ps.Error.Paint(txtLocked.In(d.l)), "", d.joinedLine(), "", d.codeLine("", d.ps.Muted)})
	if d.listNeed > 0 && h > len(block)+3 {
		block = append(append(block, ""), d.list(min(d.listNeed, h-len(block)-1))...)
	}
	top := max((h-len(block))/3, 0)
	return append(make([]string, top), block...)
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

// section is one section of an activity's body in its variants, plainest
// first. An empty variant leaves the section out.
type section [][]string

// stack fills h rows with sections, one blank line or two between them,
// and the participant list under them when it is asked for. Every section
// starts at its plainest variant; then, in the order of upgrade (most
// important first), each takes its richest variant that still fits.
func (d base) stack(h int, parts []section, upgrade []int) []string {
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

// joinLine is one line with the code, the ssh command and the URL (what
// fits whole); in a locked room "inschrijving dicht" first, for those who
// come back.
func (d base) joinLine() string {
	if d.s.Locked {
		return d.codeLine(d.ps.Error.Paint(txtLockedShort.In(d.l))+d.ps.Muted.Paint(" · "), d.ps.Muted)
	}
	return d.codeLine("", d.ps.Cursor)
}

// codeLine is lead, then the code in ink, the ssh command and the URL,
// what fits the column whole.
func (d base) codeLine(lead string, ink theme.Painter) string {
	j := d.join
	line := lead + ink.Paint(txtCode.F(d.l, j.Code))
	w := layout.Width(line)
	for _, s := range []string{j.SSH, j.URL} {
		if s != "" && w+3+layout.Width(s) <= d.col {
			line += d.ps.Muted.Paint(" · ") + d.ps.Body.Paint(s)
			w += 3 + layout.Width(s)
		}
	}
	return ansi.Truncate(line, d.col, "…")
}

// joinSection: the join line, or the code in big letters with the two
// lines beside it; only the line in a locked room, where nobody new can
// join.
func (d base) joinSection() section {
	j := d.join
	p := section{{d.joinLine()}}
	if d.s.Locked {
		return p
	}
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
		whole := true // the ssh command and the URL both, or the smaller code
		for _, s := range []string{j.SSH, j.URL} {
			if s != "" {
				whole = whole && layout.Width(s) <= rw
				right = append(right, d.ps.Body.Paint(s))
			}
		}
		if !whole || len(right) < 2 || len(right) > len(code) {
			break
		}
		top := (len(code) - len(right)) / 2
		right = append(make([]string, top), right...)
		p = append(p, layout.Beside(4, code, right))
	}
	return p
}

// countsSection: joined, busy and finished (and left, when anyone has)
// as a line, or in big digits with their labels under them.
func (d base) countsSection() section {
	s := d.s
	num := func(n int) string { return d.ps.Heading.Paint(strconv.Itoa(n)) }
	sep := d.ps.Muted.Paint(" · ")
	line := num(s.Joined) + " " + d.ps.Muted.Paint(txtIn.In(d.l)) + sep +
		num(s.Busy) + " " + d.ps.Muted.Paint(txtBusy.In(d.l)) + sep +
		num(s.Finished) + " " + d.ps.Muted.Paint(txtDone.In(d.l))
	if s.Left > 0 {
		line += sep + num(s.Left) + " " + d.ps.Muted.Paint(txtGone.In(d.l))
	}
	p := section{{line}}
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

// sparkCell is one step's little bar, barW cells in ink, as high as the
// share of those who joined that gave it (in eighths, at least one); a
// dotted line while nobody has.
func (d base) sparkCell(given, barW int, ink theme.Painter) string {
	if given == 0 || d.s.Joined == 0 {
		return d.ps.Muted.Paint(strings.Repeat("·", barW))
	}
	lvl := min(max((given*8+d.s.Joined/2)/d.s.Joined, 1), 8)
	return ink.Paint(strings.Repeat(sparkGlyphs[lvl-1], barW))
}

// groupTitle is the title over the group's picture of n who finished,
// one or many wording it.
func groupTitle(n int, one, many i18n.Text, l i18n.Lang) string {
	if n == 1 {
		return one.In(l)
	}
	return many.F(l, people(n, l))
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

// listCell is participant p in w cells: the name and their progress
// ("12/24", progress of the snapshot's steps), "✓ klaar" or "weg".
func (d base) listCell(p room.ParticipantView, progress, w int) string {
	var tag string
	var ink theme.Painter
	switch {
	case p.Done:
		tag, ink = "✓ "+txtDone.In(d.l), d.ps.Cursor
	case p.Left:
		tag, ink = txtGone.In(d.l), d.ps.Muted
	default:
		tag, ink = fmt.Sprintf("%d/%d", progress, d.s.Steps), d.ps.Muted
	}
	name := ansi.Truncate(safetext.Line(p.Label(d.l, false)), max(w-layout.Width(tag)-1, 1), "…")
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

// people is "1 deelnemer" or "n deelnemers".
func people(n int, l i18n.Lang) string {
	if n == 1 {
		return txtPerson.In(l)
	}
	return txtPeople.F(l, n)
}
