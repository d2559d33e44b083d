package casesview

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/frame"
)

// Options configure the case-discussion mode.
type Options struct {
	// Bank holds the cases: every question is one case.
	Bank *quiz.Bank
	// Lang is the interface language.
	Lang i18n.Lang
	// Theme is light, dark, or Auto to ask the terminal.
	Theme theme.Choice
	// Color is false when colour is off (NO_COLOR).
	Color bool
	// Case, when not empty, opens that case at once (see Find) instead of
	// the list.
	Case string
}

// screen is where the trainer is: the list of cases or one case.
type screen int

const (
	screenList screen = iota
	screenCase
)

// span is a range of lines [start, end) in the case text.
type span struct{ start, end int }

// Model is the Bubble Tea model of the case-discussion mode. It is one
// state machine: the screen (list or case), the case shown and which of its
// responses are revealed; the list, viewport and help components only hold
// their own view state.
type Model struct {
	bank *quiz.Bank
	fr   frame.Frame
	st   styles
	keys keyMap

	list list.Model
	vp   viewport.Model

	screen   screen
	current  int
	revealed [profile.Count]bool
	sections [profile.Count]span
	// headline: the case's number stands in big digits above the case
	// (a wall of headlineCols and more, when the text still fits whole).
	headline bool
}

// headlineCols is the width from which the case view draws the case's
// number in big digits above it, so the back of the room sees which case
// is discussed; headlineSize is their size.
const (
	headlineCols = 160
	headlineSize = chart.WideDigits
)

// ErrUnknownCase is returned by New when Options.Case names no case.
var ErrUnknownCase = errors.New("unknown case")

// New builds the mode for a bank. It fails only when Options.Case names a
// case that is not in the bank.
func New(o Options) (Model, error) {
	if o.Bank == nil || len(o.Bank.Questions) == 0 {
		return Model{}, errors.New("workshop: a bank with at least one question is needed")
	}
	m := Model{
		bank: o.Bank,
		fr:   frame.New(o.Lang, o.Theme, o.Color),
	}
	m.keys = newKeyMap(o.Lang, m.fr.Keys)
	items := make([]list.Item, len(o.Bank.Questions))
	for i, q := range o.Bank.Questions {
		items[i] = newCaseItem(i, q)
	}
	m.list = list.New(items, list.NewDefaultDelegate(), 0, 0)
	m.list.KeyMap = m.keys.List
	m.list.DisableQuitKeybindings()
	m.list.SetShowHelp(false)
	m.list.SetShowStatusBar(false)
	m.list.FilterInput.Prompt = textFilterPrompt.In(o.Lang)
	m.list.Filter = wordFilter
	m.vp = viewport.New()
	m.vp.KeyMap = viewportKeys()
	m.restyle()
	if o.Case != "" {
		i, ok := quiz.FindCase(o.Bank, o.Case)
		if !ok {
			return Model{}, fmt.Errorf("%w: %q", ErrUnknownCase, o.Case)
		}
		m.list.Select(i)
		m.open(i)
	}
	return m, nil
}

// caseItem is one case in the list.
type caseItem struct {
	index       int
	title, desc string
}

func newCaseItem(i int, q quiz.Question) caseItem {
	title := fmt.Sprintf("%d. %s", i+1, q.ID)
	if c := layout.OneLine(q.Context); c != "" {
		title += " — " + c
	}
	return caseItem{index: i, title: title, desc: layout.OneLine(q.Scenario)}
}

func (c caseItem) Title() string       { return c.title }
func (c caseItem) Description() string { return c.desc }

// FilterValue starts with the title, so that the list underlines matches
// in the title correctly, and goes on with the scenario, so that a case
// can be found by a word from its text.
func (c caseItem) FilterValue() string { return c.title + " " + c.desc }

// wordFilter keeps the cases that contain every word of the term, in bank
// order. The list's default fuzzy match finds some letters of almost any
// word somewhere in a long scenario; a trainer who types "terras" wants the
// case about the terrace.
func wordFilter(term string, targets []string) []list.Rank {
	words := strings.Fields(strings.ToLower(term))
	var out []list.Rank
	for i, target := range targets {
		text := []rune(target)
		for j, r := range text {
			text[j] = unicode.ToLower(r)
		}
		var matched []int
		ok := true
		for _, w := range words {
			at := runeIndex(text, []rune(w))
			if at < 0 {
				ok = false
				break
			}
			for k := range len([]rune(w)) {
				matched = append(matched, at+k)
			}
		}
		if ok {
			slices.Sort(matched)
			out = append(out, list.Rank{Index: i, MatchedIndexes: slices.Compact(matched)})
		}
	}
	return out
}

// runeIndex is strings.Index for rune slices, so that the position counts
// characters as the list's highlighting does.
func runeIndex(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

var (
	textFilterPrompt = i18n.Text{NL: "Zoek: ", EN: "Filter: "}
	textListTitle    = i18n.Text{NL: "Casusbespreking", EN: "Scenario discussion"}
	textCount        = i18n.Text{NL: "%d casussen", EN: "%d scenarios"}
	textCountOne     = i18n.Text{NL: "1 casus", EN: "1 scenario"}
	textCountOf      = i18n.Text{NL: "%d van %d casussen", EN: "%d of %d scenarios"}
	textWindowList   = i18n.Text{NL: "De ideale ambtenaar — casusbespreking", EN: "The ideal civil servant — scenario discussion"}
	textWindowCase   = i18n.Text{NL: "De ideale ambtenaar — casus %d van %d", EN: "The ideal civil servant — scenario %d of %d"}
	textStillHidden  = i18n.Text{NL: "Nog te tonen:", EN: "Still hidden:"}
	textMoreBelow    = i18n.Text{NL: "↓ meer", EN: "↓ more"}
	textMoreAbove    = i18n.Text{NL: "↑ meer", EN: "↑ more"}
	textMoreBoth     = i18n.Text{NL: "↑↓ meer", EN: "↑↓ more"}
)

// Init asks the terminal for its background when the theme is Auto.
func (m Model) Init() tea.Cmd { return m.fr.Init() }

// Update handles one message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, done := m.fr.Handle(msg); done {
		m.restyle()
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.relayout()
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, tea.Quit
		}
		if m.screen == screenCase {
			return m.updateCase(msg)
		}
		return m.updateList(msg)
	}
	// Everything else (filter results, the filter's cursor) is the list's.
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	m.syncList()
	return m, cmd
}

func (m Model) updateList(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.list.FilterState() != list.Filtering {
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Help):
			m.toggleHelp()
			return m, nil
		case key.Matches(msg, m.keys.Open):
			if it, ok := m.list.SelectedItem().(caseItem); ok {
				m.open(it.index)
			}
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	m.syncList()
	return m, cmd
}

func (m Model) updateCase(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.toggleHelp()
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.Reveal[profile.Bureaucraat]):
		m.toggle(profile.Bureaucraat)
	case key.Matches(msg, k.Reveal[profile.Ondernemer]):
		m.toggle(profile.Ondernemer)
	case key.Matches(msg, k.Reveal[profile.Verbinder]):
		m.toggle(profile.Verbinder)
	case key.Matches(msg, k.All):
		m.revealed = [profile.Count]bool{true, true, true}
		m.setCaseContent()
		// Keep the scenario in view: scroll only if the first response
		// would be out of sight.
		m.ensureVisible(m.sections[0])
	case key.Matches(msg, k.Hide):
		m.revealed = [profile.Count]bool{}
		m.setCaseContent()
		m.vp.GotoTop()
	case key.Matches(msg, k.Next):
		if m.current+1 < len(m.bank.Questions) {
			m.open(m.current + 1)
		}
	case key.Matches(msg, k.Prev):
		if m.current > 0 {
			m.open(m.current - 1)
		}
	case key.Matches(msg, k.Top):
		m.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		m.vp.GotoBottom()
	default:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

// open shows case i with every response hidden, scrolled to the top.
func (m *Model) open(i int) {
	m.screen = screenCase
	m.current = i
	m.revealed = [profile.Count]bool{}
	m.setCaseContent()
	m.vp.GotoTop()
}

// back returns to the list with the current case selected; a filter that
// hides it is cleared.
func (m *Model) back() {
	m.screen = screenList
	if !m.selectInList(m.current) {
		m.list.ResetFilter()
		m.selectInList(m.current)
	}
	m.syncList()
}

func (m *Model) selectInList(index int) bool {
	for pos, it := range m.list.VisibleItems() {
		if c, ok := it.(caseItem); ok && c.index == index {
			m.list.Select(pos)
			return true
		}
	}
	return false
}

// toggle reveals or hides one type's response; a revealed one is scrolled
// into view.
func (m *Model) toggle(t profile.Type) {
	m.revealed[t] = !m.revealed[t]
	m.setCaseContent()
	if m.revealed[t] {
		m.ensureVisible(m.sections[t])
	}
}

// ensureVisible scrolls as little as possible so that the lines of s are
// in view, preferring its start when it is taller than the viewport.
func (m *Model) ensureVisible(s span) {
	off, h := m.vp.YOffset(), m.vp.Height()
	if s.end > off+h {
		off = s.end - h
	}
	if s.start < off {
		off = s.start
	}
	m.vp.SetYOffset(off)
}

func (m *Model) toggleHelp() {
	m.fr.ToggleHelp()
	m.keys.Help.SetHelp("?", m.fr.HelpLabel())
	m.relayout()
}

// restyle builds the styles for the background as now known.
func (m *Model) restyle() {
	m.st = newStyles(m.fr.Theme)
	m.st.applyList(&m.list)
	m.relayout()
}

// column returns the width of the text column (layout.Column: at most
// layout.ReadableWidth; on a wall layout.Wide, growing with the window)
// and its left margin, which centres it.
func (m Model) column() (col, left int) {
	col = layout.Column(m.fr.Width)
	if m.fr.Width >= layout.WallWidth {
		col = layout.Wide(m.fr.Width)
	}
	return col, max(0, (m.fr.Width-col)/2)
}

// top is the blank space above everything: some breathing room when the
// window is tall enough to spare it.
func (m Model) top() int {
	switch {
	case m.fr.Height >= 34:
		return 2
	case m.fr.Height >= 28:
		return 1
	}
	return 0
}

// relayout sizes the components for the window and rebuilds the case text.
func (m *Model) relayout() {
	if m.fr.Width <= 0 || m.fr.Height <= 0 {
		return
	}
	m.syncList()
	m.vp.SetWidth(m.fr.Width)
	m.setCaseContent()
}

// caseRows is the height of the case text: what the window leaves under
// the header and above the rule and the help, and on a wall no more than
// the text, so that the rule and the help follow the text instead of
// waiting at the bottom of a tall window.
func (m Model) caseRows(lines int) int {
	rows := max(1, m.fr.Height-m.top()-3-lipgloss.Height(m.caseFooter())-m.headRows())
	if layout.IsWall(m.fr.Width, m.fr.Height) {
		rows = max(1, min(rows, lines))
	}
	return rows
}

// headRows is the rows the headline takes with the blank under it, 0
// without it.
func (m Model) headRows() int {
	if !m.headline {
		return 0
	}
	return headlineSize.Rows() + 1
}

// wantHeadline reports whether the case view draws the headline for a
// case text of lines: on a wall of headlineCols and more, when the text
// still fits whole under it.
func (m Model) wantHeadline(lines int) bool {
	if m.fr.Width < headlineCols || !layout.IsWall(m.fr.Width, m.fr.Height) {
		return false
	}
	free := m.fr.Height - m.top() - 3 - lipgloss.Height(m.caseFooter()) - headlineSize.Rows() - 1
	return lines <= free
}

// syncList keeps the list's title (with its count) and size in step with
// the filter and the footer below it.
func (m *Model) syncList() {
	title := m.st.Title.Render(textListTitle.In(m.fr.Lang))
	n, total := len(m.list.VisibleItems()), len(m.bank.Questions)
	var count string
	switch {
	case m.list.FilterState() == list.FilterApplied:
		count = textCountOf.F(m.fr.Lang, n, total)
	case total == 1:
		count = textCountOne.In(m.fr.Lang)
	default:
		count = textCount.F(m.fr.Lang, total)
	}
	status := count
	if m.bank.Title != "" {
		status += " · " + layout.OneLine(m.bank.Title)
	}
	m.list.Title = title + "  " + m.st.Status.Render(status)
	if m.fr.Width > 0 && m.fr.Height > 0 {
		col, _ := m.column()
		rows := max(1, m.fr.Height-m.top()-1-lipgloss.Height(m.listFooter()))
		if layout.IsWall(m.fr.Width, m.fr.Height) {
			// On a wall a short list keeps its help under it: the
			// title bar (2 lines), the line the list keeps for its
			// pages and the items, 3 lines each as the list counts
			// them. A longer list gets the window and pages.
			rows = min(rows, 3+3*max(n, 1))
		}
		m.list.SetSize(col, rows)
	}
}

// setCaseContent renders the current case into the viewport and records
// where each revealed response is.
func (m *Model) setCaseContent() {
	if m.fr.Width <= 0 {
		return
	}
	lines, sections := m.caseBody()
	m.sections = sections
	m.headline = m.wantHeadline(len(lines))
	m.vp.SetHeight(m.caseRows(len(lines)))
	m.vp.SetContentLines(lines)
}

// caseBody renders the scenario and the revealed responses, already
// indented to the centred column.
func (m Model) caseBody() ([]string, [profile.Count]span) {
	col, left := m.column()
	pad := strings.Repeat(" ", left)
	q := m.bank.Questions[m.current]
	var lines []string
	add := func(block string) {
		for _, l := range strings.Split(block, "\n") {
			lines = append(lines, strings.TrimRight(pad+l, " "))
		}
	}
	blank := func() { lines = append(lines, "") }

	blank()
	for i, p := range layout.Paragraphs(q.Scenario) {
		if i > 0 {
			blank()
		}
		add(strings.Join(layout.WrapEach(p, col, layout.Style(m.st.Scenario)), "\n"))
	}

	var sections [profile.Count]span
	responses := quiz.Responses(q)
	inner := max(1, col-2) // the bar and one space
	for _, t := range profile.Types {
		if !m.revealed[t] {
			sections[t] = span{len(lines), len(lines)}
			continue
		}
		blank()
		start := len(lines)
		block := []string{m.st.Name[t].Render(words.Names(m.bank.Types, m.fr.Lang)[t])}
		texts := responses[t]
		if len(texts) == 0 {
			block = append(block, strings.Join(layout.WrapEach(words.NoResponse.In(m.fr.Lang), inner, layout.Style(m.st.Empty)), "\n"))
		}
		for i, s := range texts {
			if i > 0 {
				block = append(block, "")
			}
			for j, p := range layout.Paragraphs(s) {
				if j > 0 {
					block = append(block, "")
				}
				block = append(block, strings.Join(layout.WrapEach(p, inner, layout.Style(m.st.Response)), "\n"))
			}
		}
		block = append(block, strings.Join(layout.WrapEach("→ "+words.Prompt(t, m.fr.Lang), inner, layout.Style(m.st.Prompt)), "\n"))
		add(m.st.Section[t].Render(strings.Join(block, "\n")))
		sections[t] = span{start, len(lines)}
	}

	if hint := m.hiddenHint(col); hint != "" {
		blank()
		add(hint)
	}
	return lines, sections
}

// hiddenHint names the types whose response is still hidden, with their
// keys, so that the room sees which perspectives are still to come.
func (m Model) hiddenHint(col int) string {
	var parts []string
	for _, t := range profile.Types {
		if !m.revealed[t] {
			k := m.keys.Reveal[t].Keys()[0]
			parts = append(parts, m.st.Key.Render(k)+" "+m.st.Name[t].Render(words.Names(m.bank.Types, m.fr.Lang)[t]))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	// Wrap between entries, never inside one: "v Verbinder" stays whole.
	parts[0] = m.st.Hint.Render(textStillHidden.In(m.fr.Lang)) + "  " + parts[0]
	return strings.Join(layout.Flow(parts, "   ", col), "\n")
}

// View draws the current screen. It always fills the window exactly and
// never draws past it; the first frame waits until the background is known
// so that a light terminal never flashes the dark palette.
func (m Model) View() tea.View {
	title := textWindowList.In(m.fr.Lang)
	if m.screen == screenCase {
		title = textWindowCase.F(m.fr.Lang, m.current+1, len(m.bank.Questions))
	}
	if m.screen == screenCase {
		return m.fr.Draw(title, m.caseView)
	}
	return m.fr.Draw(title, m.listView)
}

func (m Model) caseView() string {
	col, left := m.column()
	pad := strings.Repeat(" ", left)
	q := m.bank.Questions[m.current]

	counter := words.CaseCounter.F(m.fr.Lang, m.current+1, len(m.bank.Questions))
	context := layout.OneLine(q.Context)
	if context == "" {
		context = q.ID
	}
	room := col - ansi.StringWidth(counter) - 2
	context = ansi.Truncate(context, max(0, room), "…")
	gap := max(1, col-ansi.StringWidth(context)-ansi.StringWidth(counter))
	header := m.st.Header.Render(context) + strings.Repeat(" ", gap) + m.st.Counter.Render(counter)

	var b strings.Builder
	if m.headline {
		big := chart.BigText(strconv.Itoa(m.current+1), headlineSize, 3)
		for _, l := range layout.Centre(col, big) {
			b.WriteString(pad + m.st.Counter.Render(l) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(pad + header + "\n")
	b.WriteString(pad + m.st.Rule.Render(strings.Repeat("─", col)) + "\n")
	b.WriteString(m.vp.View() + "\n")
	b.WriteString(pad + m.scrollRule(col) + "\n")
	b.WriteString(layout.Indent(strings.Split(m.caseFooter(), "\n"), left))
	return strings.Repeat("\n", m.caseTop(lipgloss.Height(b.String()))) + b.String()
}

// caseTop is the blank rows above a case view of used rows: top, and on
// a wall enough to lift the case to the upper third of the free space
// rather than leaving the bottom of the window empty.
func (m Model) caseTop(used int) int {
	top := m.top()
	if layout.IsWall(m.fr.Width, m.fr.Height) {
		top = max(top, (m.fr.Height-used)/3)
	}
	return top
}

// scrollRule is the line under the case text; it says when there is more
// text above or below than the window shows.
func (m Model) scrollRule(col int) string {
	var hint string
	if m.vp.TotalLineCount() > m.vp.Height() {
		switch {
		case m.vp.AtTop():
			hint = textMoreBelow.In(m.fr.Lang)
		case m.vp.AtBottom():
			hint = textMoreAbove.In(m.fr.Lang)
		default:
			hint = textMoreBoth.In(m.fr.Lang)
		}
	}
	if hint == "" {
		return m.st.Rule.Render(strings.Repeat("─", col))
	}
	n := max(0, col-ansi.StringWidth(hint)-1)
	return m.st.Rule.Render(strings.Repeat("─", n)+" ") + m.st.Key.Render(hint)
}

func (m Model) caseFooter() string {
	col, _ := m.column()
	all, drop := m.keys.caseShort()
	return m.fr.Footer(caseHelp{k: m.keys, short: all}, col, drop...)
}

func (m Model) listFooter() string {
	state := m.list.FilterState()
	col, _ := m.column()
	all, drop := m.keys.listShort(state)
	return m.fr.Footer(listHelp{k: m.keys, state: state, short: all}, col, drop...)
}

func (m Model) listView() string {
	_, left := m.column()
	var b strings.Builder
	b.WriteString(strings.Repeat("\n", m.top()))
	list := m.list.View()
	if layout.IsWall(m.fr.Width, m.fr.Height) {
		// The help one blank line under the last item, not under
		// the empty rows the list keeps for its pages.
		lines := strings.Split(list, "\n")
		for len(lines) > 1 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
			lines = lines[:len(lines)-1]
		}
		list = strings.Join(lines, "\n")
	}
	b.WriteString(layout.Indent(strings.Split(list, "\n"), left) + "\n\n")
	b.WriteString(layout.Indent(strings.Split(m.listFooter(), "\n"), left))
	return b.String()
}
