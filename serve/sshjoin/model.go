package sshjoin

import (
	"errors"
	"slices"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// model is a session's program: a name step for someone new, then the
// activity's screen (its part's, with the room as its Recorder). A
// returning participant goes straight to the activity, where they were.
type model struct {
	st    *session
	lang  i18n.Lang
	color bool
	fr    frame.Frame
	name  textinput.Model
	size  tea.WindowSizeMsg
	// part is the room's activity, chosen once for the session.
	part part
	// screen is the activity's screen once joined; nil during the name
	// step.
	screen tea.Model
	// status is why a join failed and can be tried again (a journal
	// write); nil when there is none.
	status string
	// keeping is whether the link screen shows (keep.go); link is the
	// participant's result link once asked for.
	keeping bool
	link    string
}

func newModel(st *session, l i18n.Lang, color bool) model {
	m := model{st: st, lang: l, color: color, fr: frame.New(l, theme.Auto, color), part: partOf(st.s.room)}
	if st.id != 0 {
		m.screen = m.newScreen(theme.Auto)
		return m
	}
	m.name = textinput.New()
	m.name.CharLimit = room.MaxNameLength
	m.name.Prompt = "› "
	// A steady cursor: a blinking one redraws every half second in every
	// idle session.
	m.name.SetStyles(m.inputStyles())
	m.name.Focus()
	return m
}

func (m model) inputStyles() textinput.Styles {
	st := textinput.DefaultStyles(m.fr.Theme.Dark)
	st.Cursor.Blink = false
	return st
}

// newScreen starts the activity's screen at the participant's place in
// the room.
func (m model) newScreen(c theme.Choice) tea.Model {
	return m.part.screen(screenOptions{id: m.st.id, lang: m.lang, theme: c, color: m.color,
		rec: recorder{m.st}, resultKeys: m.resultKeys()})
}

func (m model) Init() tea.Cmd {
	if m.screen != nil {
		return m.screen.Init()
	}
	return m.fr.Init()
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// The frame follows size and background also under the activity, so
	// a new round can start a new screen in the settled theme.
	var handled bool
	m.fr, handled = m.fr.Update(msg)
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.size = ws
	}
	if _, ok := msg.(newRoundMsg); ok {
		if m.screen == nil {
			return m, nil // not joined yet: the join goes into the new round
		}
		return m.start()
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+z" {
		// Never to a screen: Bubble Tea's suspend stops the whole
		// server, not the participant's terminal (the screens have it
		// off here too, NoSuspend).
		return m, nil
	}
	if m.screen != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok {
			var used bool
			if m, used = m.updateKeep(k); used {
				return m, nil
			}
		}
		var cmd tea.Cmd
		m.screen, cmd = m.screen.Update(msg)
		return m, cmd
	}
	if handled {
		m.name.SetStyles(m.inputStyles())
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, nil
	case tea.KeyPressMsg:
		switch msg.String() {
		case "ctrl+c", "esc":
			return m, tea.Quit
		case "enter":
			return m.join()
		}
	}
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(msg)
	return m, cmd
}

// join joins the room with the typed name and starts the activity, in
// the theme the name step settled on. A room that turns them away ends the
// program with the reason as the session's last line.
func (m model) join() (tea.Model, tea.Cmd) {
	if err := m.st.join(m.name.Value(), false); err != nil {
		msg := sentence(room.Message(err, m.lang))
		if errors.Is(err, room.ErrJournal) { // the disk: worth another enter
			m.status = msg
			return m, nil
		}
		m.st.err = msg
		return m, tea.Quit
	}
	return m.start()
}

// start starts the activity's screen at the participant's place in the
// room, in the theme the frame settled on, at the window's size.
func (m model) start() (tea.Model, tea.Cmd) {
	c := theme.Light
	if m.fr.Theme.Dark {
		c = theme.Dark
	}
	m.screen = m.newScreen(c)
	m.keeping = false // a new round: the link screen belonged to the last result
	init := m.screen.Init()
	var cmd tea.Cmd
	if m.size.Width > 0 {
		m.screen, cmd = m.screen.Update(m.size)
	}
	return m, tea.Batch(init, cmd)
}

func (m model) View() tea.View {
	if m.screen != nil {
		if m.keeping && m.fr.Ready() && m.fr.Fits() {
			return m.fr.View(m.viewKeep(), txtKeepTitle.In(m.lang))
		}
		return m.screen.View()
	}
	title := txtNameTitle.In(m.lang)
	if t := m.part.title(); t != "" {
		title = t
	}
	return m.fr.Draw(title, func() string { return m.viewName(title) })
}

func (m model) viewName(title string) string {
	t, l := m.fr.Theme, m.lang
	w, h := m.fr.Width, m.fr.Height
	col, lines := frame.NameBox(t, w, title, txtNameAsk.In(l), m.name)
	inner := col - frame.DialogInset
	lines = append(lines, "", t.Muted.Width(inner).Render(txtNameKeys.In(l)))
	if m.status != "" {
		lines = append(lines, "", t.Heading.Width(inner).Render(m.status))
	}
	if h < 16 { // a small window: no blank lines, but still say what to type
		lines = slices.DeleteFunc(lines, func(l string) bool { return l == "" })
	}
	return frame.Dialog(t, col, w, h, lines...)
}
