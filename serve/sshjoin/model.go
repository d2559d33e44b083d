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
	"ideale-ambtenaar/screen/quizview"
)

// model is a session's program: a name step for someone new, then the
// quiz (quizview with the room as its Recorder). A returning participant
// goes straight to the quiz, where they were.
type model struct {
	st    *session
	lang  i18n.Lang
	color bool
	fr    frame.Frame
	name  textinput.Model
	size  tea.WindowSizeMsg
	// quiz is the quiz once joined; nil during the name step.
	quiz tea.Model
	// status is why a join failed and can be tried again (a journal
	// write); nil when there is none.
	status string
	// keeping is whether the link screen shows (keep.go); link is the
	// participant's result link once asked for.
	keeping bool
	link    string
}

func newModel(st *session, l i18n.Lang, color bool) model {
	m := model{st: st, lang: l, color: color, fr: frame.New(l, theme.Auto, color)}
	if st.id != 0 {
		m.quiz = m.newQuiz(theme.Auto)
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

// newQuiz starts the quiz at the participant's place in the room.
func (m model) newQuiz(c theme.Choice) tea.Model {
	if m.st.s.culture != nil {
		return m.newCulture(c)
	}
	r := m.st.s.room
	w, err := r.Walk(m.st.id)
	if err != nil { // the room just closed: the quiz shows nothing wrong, answers fail with a clear line
		w = nil
	}
	return quizview.New(quizview.Config{
		Bank:       r.Bank(),
		Lang:       m.lang,
		Theme:      c,
		Color:      m.color,
		Recorder:   recorder{m.st},
		NoSuspend:  true,
		Walk:       w,
		ResultKeys: m.resultKeys(),
	})
}

func (m model) Init() tea.Cmd {
	if m.quiz != nil {
		return m.quiz.Init()
	}
	return m.fr.Init()
}

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// The frame follows size and background also under the quiz, so a new
	// round can start a new quiz in the settled theme.
	var handled bool
	m.fr, handled = m.fr.Update(msg)
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		m.size = ws
	}
	if _, ok := msg.(newRoundMsg); ok {
		if m.quiz == nil {
			return m, nil // not joined yet: the join goes into the new round
		}
		return m.startQuiz()
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+z" {
		// Never to a screen: Bubble Tea's suspend stops the whole
		// server, not the participant's terminal (the screens have it
		// off here too, NoSuspend).
		return m, nil
	}
	if m.quiz != nil {
		if k, ok := msg.(tea.KeyPressMsg); ok {
			var used bool
			if m, used = m.updateKeep(k); used {
				return m, nil
			}
		}
		var cmd tea.Cmd
		m.quiz, cmd = m.quiz.Update(msg)
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

// join joins the room with the typed name and starts the quiz, in the
// theme the name step settled on. A room that turns them away ends the
// program with the reason as the session's last line.
func (m model) join() (tea.Model, tea.Cmd) {
	if err := m.st.join(m.name.Value(), false); err != nil {
		msg := sentence(message(err, m.lang))
		if errors.Is(err, room.ErrJournal) { // the disk: worth another enter
			m.status = msg
			return m, nil
		}
		m.st.err = msg
		return m, tea.Quit
	}
	return m.startQuiz()
}

// startQuiz starts the quiz at the participant's place in the room, in
// the theme the frame settled on, at the window's size.
func (m model) startQuiz() (tea.Model, tea.Cmd) {
	c := theme.Light
	if m.fr.Theme.Dark {
		c = theme.Dark
	}
	m.quiz = m.newQuiz(c)
	m.keeping = false // a new round: the link screen belonged to the last result
	init := m.quiz.Init()
	var cmd tea.Cmd
	if m.size.Width > 0 {
		m.quiz, cmd = m.quiz.Update(m.size)
	}
	return m, tea.Batch(init, cmd)
}

func (m model) View() tea.View {
	if m.quiz != nil {
		if m.keeping && m.fr.Ready() && m.fr.Fits() {
			return m.fr.View(m.viewKeep(), txtKeepTitle.In(m.lang))
		}
		return m.quiz.View()
	}
	title := txtNameTitle.In(m.lang)
	if t := m.st.s.title(); t != "" {
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

// recorder is quizview's Recorder over the room, for one participant.
type recorder struct{ st *session }

func (r recorder) Answer(scenarioID string, shown int) error {
	return r.st.s.room.Answer(r.st.id, scenarioID, shown)
}

func (r recorder) Back() error { return r.st.s.room.Back(r.st.id) }

func (r recorder) Finish() error {
	_, err := r.st.s.room.Finish(r.st.id)
	return err
}

func (r recorder) Leave() { r.st.release() }
