// Package teamview is the interactive team screen: the team's average mix
// and blind spots pinned at the top, the participants in a scrolling list
// below, keys and help at the bottom. It only shows what package team
// computed; with a short window everything scrolls together.
package teamview

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// Config is what the screen needs: the team of quiz results (Report) or of
// culture surveys (Culture), one of the two.
type Config struct {
	// Report holds the team; its Options give the language and whether
	// names are hidden (the theme is settled by the screen).
	Report *teamreport.Report
	// Culture holds a team of culture surveys instead: now and desired.
	Culture *teamreport.CultureReport
	// Theme is the light/dark wish; Auto asks the terminal.
	Theme theme.Choice
	// Color is false under NO_COLOR.
	Color bool
}

// Layout limits.
const (
	// maxWidth keeps lines readable on a wide screen or projector.
	maxWidth = 100
	// minPinnedRows is the fewest list rows for which the head stays
	// pinned; with fewer, everything scrolls.
	minPinnedRows = 4
)

// lister is what the screen shows of a team: a head pinned at the top and
// one line per participant that scrolls below it. The quiz report and the
// culture report are both one.
type lister interface {
	Head(width int) []string
	ListHead(width int) []string
	Len() int
	Line(i, width int) string
}

// Model is the team screen's state.
type Model struct {
	// with is the team's report with the screen's current options.
	with func(teamreport.Options) lister
	opt  teamreport.Options
	fr   frame.Frame
	keys keyMap
	// offset is the first scrolled line shown.
	offset int
}

// New makes the screen. It draws nothing until the terminal's background
// is known (at most frame.DetectTimeout), so it never flashes the wrong
// palette.
func New(cfg Config) Model {
	var m Model
	if c := cfg.Culture; c != nil {
		m.opt = c.Opt
		m.with = func(o teamreport.Options) lister { r := *c; r.Opt = o; return &r }
	} else {
		r := cfg.Report
		m.opt = r.Opt
		m.with = func(o teamreport.Options) lister { c := *r; c.Opt = o; return &c }
	}
	m.fr = frame.New(m.opt.Lang, cfg.Theme, cfg.Color)
	m.keys = newKeyMap(m.opt.Lang, m.opt.Anonymous, m.fr.Keys)
	m.applyTheme()
	return m
}

// Init starts the background detection.
func (m Model) Init() tea.Cmd { return m.fr.Init() }

// Anonymous reports whether names are hidden now (the a key toggles it).
func (m Model) Anonymous() bool { return m.opt.Anonymous }

func (m *Model) applyTheme() {
	m.opt.Theme = m.fr.Theme
}

// Update handles keys, the window size and the background answer.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, done := m.fr.Handle(msg); done {
		m.applyTheme()
		return m, cmd
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return m.handleKey(k)
	}
	m.offset = m.clamp(m.offset)
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	page := max(1, m.split().rows-1)
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Down):
		m.offset++
	case key.Matches(msg, k.Up):
		m.offset--
	case key.Matches(msg, k.PageDown):
		m.offset += page
	case key.Matches(msg, k.PageUp):
		m.offset -= page
	case key.Matches(msg, k.Top):
		m.offset = 0
	case key.Matches(msg, k.Bottom):
		m.offset = m.split().total
	case key.Matches(msg, k.Anonymous):
		m.opt.Anonymous = !m.opt.Anonymous
		m.keys = m.keys.withAnonymous(m.opt.Anonymous, m.opt.Lang)
	case key.Matches(msg, k.Help):
		m.fr.ToggleHelp()
	}
	m.offset = m.clamp(m.offset)
	return m, nil
}

// report is the report with the screen's current options (theme, names).
func (m Model) report() lister { return m.with(m.opt) }

// bodyWidth is the width of the screen's column: the window less a cell
// on each side, at most maxWidth; on a wall it grows with the window
// (layout.Wide: 100 at 120 columns, up to 120 at 200).
func (m Model) bodyWidth() int {
	if m.fr.Width >= layout.WallWidth {
		return layout.Wide(m.fr.Width)
	}
	return max(1, min(m.fr.Width-2, maxWidth))
}

// split is how the window is shared out for the current size.
type split struct {
	pinned []string // lines above the list (none when everything scrolls)
	// scrollHead are the lines that scroll before the participants when
	// nothing is pinned.
	scrollHead []string
	// tail are the lines that scroll after the participants: a culture
	// team's picture per dimension (teamreport.CultureReport.Dims).
	tail   []string
	footer []string
	rows   int // lines for the scrolling part
	total  int // lines in the scrolling part
}

func (m Model) split() split {
	r := m.report()
	w := m.bodyWidth()
	var f split
	f.footer = strings.Split(m.fr.Footer(m.keys, w), "\n")
	head := append(r.Head(w), "")
	head = append(head, r.ListHead(w)...)
	if d, ok := r.(interface{ Dims(int) []string }); ok {
		f.tail = layout.Stack(1, []string{""}, d.Dims(w))[1:] // a blank line, then the dims
		if len(f.tail) == 1 {
			f.tail = nil // no dims
		}
	}
	rows := m.fr.Height - len(head) - len(f.footer) - 1 // 1: blank above the footer
	if rows >= minPinnedRows {
		f.pinned, f.rows, f.total = head, rows, r.Len()+len(f.tail)
		return f
	}
	f.scrollHead = head
	f.rows = max(1, m.fr.Height-len(f.footer)-1)
	f.total = len(head) + r.Len() + len(f.tail)
	return f
}

func (m Model) clamp(offset int) int {
	f := m.split()
	return max(0, min(offset, f.total-f.rows))
}

// Texts of the screen.
var (
	txtPosition = i18n.Text{NL: "%d–%d van %d", EN: "%d–%d of %d"}
	txtTitle    = i18n.Text{NL: "ideale-ambtenaar — team", EN: "ideale-ambtenaar — team"}
)

// View draws the screen in the alternate screen.
func (m Model) View() tea.View {
	return m.fr.Draw(txtTitle.In(m.opt.Lang), m.render)
}

func (m Model) render() string {
	l, th := m.opt.Lang, m.opt.Theme
	r := m.report()
	w := m.bodyWidth()
	f := m.split()
	offset := m.clamp(m.offset)
	lines := append([]string(nil), f.pinned...)
	first, last := -1, -1 // participants in view, for the position
	for i := offset; i < offset+f.rows && i < f.total; i++ {
		j := i - len(f.scrollHead)
		if j < 0 {
			lines = append(lines, f.scrollHead[i])
			continue
		}
		if j >= r.Len() {
			lines = append(lines, f.tail[j-r.Len()])
			continue
		}
		if first < 0 {
			first = j
		}
		last = j
		lines = append(lines, r.Line(j, w))
	}
	// The footer sits on the last rows, except on a wall, where a short
	// team would leave it far below the list: there it follows one blank
	// line under the last participant.
	for !layout.IsWall(m.fr.Width, m.fr.Height) && len(lines) < len(f.pinned)+f.rows {
		lines = append(lines, "")
	}
	lines = append(lines, "")
	foot := f.footer
	if first >= 0 && !m.fr.Help.ShowAll {
		pos := th.Muted.Render(txtPosition.F(l, first+1, last+1, r.Len()))
		if gap := w - ansi.StringWidth(foot[0]) - ansi.StringWidth(pos); gap >= 2 {
			foot = append([]string{foot[0] + strings.Repeat(" ", gap) + pos}, foot[1:]...)
		}
	}
	lines = append(lines, foot...)
	margin := strings.Repeat(" ", max(1, (m.fr.Width-w)/2)) // centred when wide
	for i := range lines {
		lines[i] = margin + lines[i]
	}
	if layout.IsWall(m.fr.Width, m.fr.Height) {
		// A short team on a wall stands in the middle of it, help and all.
		lines = append(make([]string, max((m.fr.Height-len(lines))/2, 0)), lines...)
	}
	return strings.Join(lines, "\n")
}

// keyMap holds the screen's keys.
type keyMap struct {
	// Scroll is for the short help only: "↑/↓ scrollen".
	Scroll                                  key.Binding
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Anonymous, Help, Quit, Suspend          key.Binding
}

var (
	helpScroll   = i18n.Text{NL: "scrollen", EN: "scroll"}
	helpUp       = i18n.Text{NL: "omhoog", EN: "up"}
	helpDown     = i18n.Text{NL: "omlaag", EN: "down"}
	helpPageUp   = i18n.Text{NL: "pagina omhoog", EN: "page up"}
	helpPageDown = i18n.Text{NL: "pagina omlaag", EN: "page down"}
	helpTop      = i18n.Text{NL: "begin", EN: "top"}
	helpBottom   = i18n.Text{NL: "einde", EN: "bottom"}
	helpHide     = i18n.Text{NL: "namen verbergen", EN: "hide names"}
	helpShow     = i18n.Text{NL: "namen tonen", EN: "show names"}
)

func newKeyMap(l i18n.Lang, anonymous bool, fk frame.Keys) keyMap {
	k := keyMap{
		Scroll:    key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", helpScroll.In(l))),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", helpUp.In(l))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", helpDown.In(l))),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", helpPageUp.In(l))),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/f", helpPageDown.In(l))),
		Top:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", helpTop.In(l))),
		Bottom:    key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", helpBottom.In(l))),
		Anonymous: key.NewBinding(key.WithKeys("a")),
		Help:      fk.Help,
		Suspend:   fk.Suspend,
		Quit:      key.NewBinding(key.WithKeys(append(fk.Quit.Keys(), "esc")...), key.WithHelp("q", fk.Quit.Help().Desc)),
	}
	return k.withAnonymous(anonymous, l)
}

// withAnonymous says what a does now: hide the names or show them again.
func (k keyMap) withAnonymous(anonymous bool, l i18n.Lang) keyMap {
	if anonymous {
		k.Anonymous.SetHelp("a", helpShow.In(l))
	} else {
		k.Anonymous.SetHelp("a", helpHide.In(l))
	}
	return k
}

// ShortHelp is the line under the screen.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Scroll, k.Anonymous, k.Help, k.Quit}
}

// FullHelp is shown after ?.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.Top, k.Bottom, k.Anonymous},
		frame.Enabled(k.Help, k.Suspend, k.Quit),
	}
}
