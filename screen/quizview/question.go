package quizview

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/frame"
)

// questionLayout is a question screen laid out for the window: the body
// lines (scenario and options), where each option sits in them, and how
// many fit. Update and View both derive it, so scrolling and drawing agree.
type questionLayout struct {
	col     int
	header  []string
	lines   []string
	options [][2]int // [start, end) line range per shown option
	avail   int      // body lines that fit; one less when scrolling, for the indicator
	scrolls bool
}

// compact reports a window so low that the header shrinks to one line.
func (m Model) compact() bool { return m.fr.Height < 18 }

func (m Model) layoutQuestion() questionLayout {
	t, l := m.fr.Theme, m.cfg.Lang
	col := layout.Column(m.fr.Width)
	q := m.walk.Question()
	ql := questionLayout{col: col}

	counter := t.Heading.Render(words.CaseCounter.F(l, m.walk.Index()+1, m.walk.Len()))
	if m.compact() {
		room := col - lipgloss.Width(counter) - 1
		line := counter
		if room >= 6 {
			line += " " + m.progressBar(room)
		}
		ql.header = []string{line}
	} else {
		if q.Context != "" {
			room := col - lipgloss.Width(counter) - 2
			if ctx := truncate(q.Context, room); ctx != "" {
				counter += strings.Repeat(" ", col-lipgloss.Width(counter)-lipgloss.Width(ctx)) + t.Muted.Render(ctx)
			}
		}
		ql.header = []string{counter, m.progressBar(col), ""}
		if m.fr.Height >= 30 {
			ql.header = append([]string{""}, ql.header...)
		}
	}

	shown := m.walk.Shown()
	numW := len(fmt.Sprint(len(shown)))
	indent := 2 + numW + 2 // "› " + number + ". "
	wrapped := m.wraps.get(m.walk, col, indent)
	ql.lines = layout.Each(wrapped.scenario, layout.Style(t.Body))
	ql.lines = append(ql.lines, "")
	for i := range shown {
		marker, num, text := "  ", t.Number, t.Option
		if i == m.cursor {
			marker, num, text = t.Cursor.Render("› "), t.Selected, t.Selected
		}
		prefix := marker + num.Render(fmt.Sprintf("%*d.", numW, i+1)) + " "
		wrapped := layout.Each(wrapped.options[i], layout.Style(text))
		start := len(ql.lines)
		for j, wl := range wrapped {
			if j == 0 {
				ql.lines = append(ql.lines, prefix+wl)
			} else {
				ql.lines = append(ql.lines, strings.Repeat(" ", indent)+wl)
			}
		}
		ql.options = append(ql.options, [2]int{start, len(ql.lines)})
		if i < len(shown)-1 && !m.compact() {
			ql.lines = append(ql.lines, "")
		}
	}

	ql.avail = m.bodyHeight() - len(ql.header)
	if len(ql.lines) > ql.avail {
		ql.scrolls = true
		ql.avail--
	}
	ql.avail = max(ql.avail, 1)
	return ql
}

// bodyHeight is the window less the footer and, unless the window is
// low, a blank line above it.
func (m Model) bodyHeight() int {
	gap := 1
	if m.compact() {
		gap = 0
	}
	return m.fr.Height - gap - m.footerHeight()
}

// offset clamps a scroll position to the text.
func (ql questionLayout) clamp(off int) int {
	return min(max(off, 0), max(len(ql.lines)-ql.avail, 0))
}

// reveal returns the smallest scroll from off that shows option i whole
// (or its top, when it is taller than the window).
func (ql questionLayout) reveal(off, i int) int {
	r := ql.options[i]
	if r[1] > off+ql.avail {
		off = r[1] - ql.avail
	}
	if r[0] < off {
		off = r[0]
	}
	return ql.clamp(off)
}

// visible reports whether option i is shown whole.
func (ql questionLayout) visible(off, i int) bool {
	r := ql.options[i]
	return r[0] >= off && r[1] <= off+ql.avail
}

// fills reports whether option i covers every body line on screen: an
// option taller than the window, read as far as the window allows.
func (ql questionLayout) fills(off, i int) bool {
	r := ql.options[i]
	return r[0] <= off && r[1] >= off+ql.avail
}

// tailShown reports whether the last line of option i is on screen.
func (ql questionLayout) tailShown(off, i int) bool {
	last := ql.options[i][1] - 1
	return last >= off && last < off+ql.avail
}

// choosable reports whether enter may choose option i at scroll off: it is
// shown whole, or, for an option taller than the window (which can never
// be shown whole), it fills the window or its last line has been on screen
// since it was selected (tailSeen). Without the second rule such an option
// could never be chosen.
func (ql questionLayout) choosable(off, i int, tailSeen bool) bool {
	if ql.visible(off, i) {
		return true
	}
	r := ql.options[i]
	tall := r[1]-r[0] > ql.avail
	return tall && (tailSeen || ql.fills(off, i))
}

// handleQuestion moves through a question. When the question does not fit,
// the arrows scroll the text until the selected option is in view before
// they move the selection, and enter first brings an option into view, so
// nothing is ever chosen unseen and the scenario is read from its top.
func (m Model) handleQuestion(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	ql := m.layoutQuestion()
	off := ql.clamp(m.offset)
	n := len(ql.options)
	cursor := m.cursor
	switch {
	case key.Matches(msg, m.keys.Up):
		switch r := ql.options[m.cursor]; {
		case r[0] < off:
			off--
		case m.cursor > 0:
			m.cursor--
			off = m.layoutQuestion().reveal(off, m.cursor)
		default:
			off--
		}
	case key.Matches(msg, m.keys.Down):
		switch r := ql.options[m.cursor]; {
		case r[1] > off+ql.avail:
			off++
		case m.cursor < n-1:
			m.cursor++
			off = m.layoutQuestion().reveal(off, m.cursor)
		default:
			off++
		}
	case key.Matches(msg, m.keys.PageUp):
		off -= max(ql.avail-1, 1)
	case key.Matches(msg, m.keys.PageDown):
		off += max(ql.avail-1, 1)
	case key.Matches(msg, m.keys.Jump):
		if i := int(msg.Code - '1'); i >= 0 && i < n {
			m.cursor = i
			off = m.layoutQuestion().reveal(off, i)
		}
	case key.Matches(msg, m.keys.Confirm):
		if !ql.choosable(off, m.cursor, m.tailSeen) {
			off = ql.reveal(off, m.cursor)
			break
		}
		if !m.recordAnswer(m.cursor) {
			break
		}
		m.walk.Answer(m.cursor)
		if m.walk.Done() {
			return m.finish()
		}
		m.selectCurrent()
		return m, m.keepProgress()
	case key.Matches(msg, m.keys.Back):
		if !m.recordBack() {
			break
		}
		if m.walk.Back() {
			m.selectCurrent()
			return m, m.keepProgress()
		}
		return m, nil
	}
	if m.cursor != cursor {
		m.tailSeen = false
	}
	ql = m.layoutQuestion()
	m.offset = ql.clamp(off)
	m.tailSeen = m.tailSeen || ql.tailShown(m.offset, m.cursor)
	return m, nil
}

func (m Model) viewQuestion(w, h int) string {
	t, l := m.fr.Theme, m.cfg.Lang
	ql := m.layoutQuestion()
	off := ql.clamp(m.offset)
	visible, off := layout.Window(ql.lines, off, ql.avail)
	out := append(append([]string(nil), ql.header...), visible...)
	if ql.scrolls {
		var hint []string
		if off > 0 {
			hint = append(hint, txtMoreAbove.In(l))
		}
		if off+ql.avail < len(ql.lines) {
			hint = append(hint, txtMoreBelow.In(l))
		}
		out = append(out, t.Muted.Render(strings.Join(hint, "  ")))
	}
	return layout.Indent(out, layout.Margin(w, ql.col))
}

// wrapCache keeps the current question's text wrapped to the current
// width, so a key press restyles lines instead of re-wrapping paragraphs.
// It is keyed by everything the wrapping depends on; the model holds it by
// pointer, and a stale entry is simply replaced.
type wrapCache struct {
	walk           *quiz.Walk
	q, col, indent int
	scenario       []string
	options        [][]string
	valid          bool
}

type wrapped struct {
	scenario []string
	options  [][]string
}

func (c *wrapCache) get(w *quiz.Walk, col, indent int) wrapped {
	q := w.Index()
	if !c.valid || c.walk != w || c.q != q || c.col != col || c.indent != indent {
		shown := w.Shown()
		scenario := w.Question().Scenario
		c.walk, c.q, c.col, c.indent, c.valid = w, q, col, indent, true
		c.scenario = layout.WrapLines(scenario, col)
		c.options = c.options[:0]
		for _, o := range shown {
			c.options = append(c.options, layout.WrapLines(o.Text, col-indent))
		}
	}
	return wrapped{c.scenario, c.options}
}

// OptionFits reports whether an option with text, in a question of
// options options, is shown whole on a w×h window (cells) once the
// question is scrolled to it: its wrapped lines fit the body rows left by
// the question header, the blank line and help line below, and the
// scroll hint. The quiz still works when it does not (enter chooses such
// an option once it fills the window or has been scrolled through), but a
// reader sees it in parts; `check` can warn about it for 80×24, the
// projector size.
func OptionFits(text string, options, w, h int) bool {
	m := Model{fr: frame.Frame{Width: w, Height: h}}
	header := 3
	switch {
	case m.compact():
		header = 1
	case h >= 30:
		header = 4
	}
	avail := m.bodyHeight() - header - 1
	indent := 2 + len(fmt.Sprint(options)) + 2
	return len(layout.WrapLines(text, layout.Column(w)-indent)) <= avail
}
