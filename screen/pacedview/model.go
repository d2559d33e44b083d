// Package pacedview is a participant's screen of the paced workshop
// (live --paced, room.Paced): the trainer leads from the front and this
// screen follows. It waits until the trainer opens the first case, shows
// the open case with its options in the participant's own order (↑/↓ and
// enter, or a digit, chooses; the choice can change until the reveal),
// then the split over the three ideal types, then the extreme round: the
// type the room gave them, in its colour, and a field that wraps over
// lines for a proposal of at most room.MaxProposal characters (it takes
// more, counts in red, and the room refuses it, so nothing typed is cut;
// a proposal not sent when the trainer moves on is shown as not kept). A
// countdown, when the trainer runs one, ticks in the corner. m shows
// their own mix at any time (a new case closes it), and the end of the
// workshop shows it as the quiz's result screen (screen/resultview). q
// asks before the participant leaves.
//
// The screen is one state machine over room.Stage: it reads the stage
// from a Source again after every change signal and every step of its
// own, and keeps nothing of the room's. serve/sshjoin adapts a
// *room.Room to Source; tests use a fake.
package pacedview

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/frame"
	"ideale-ambtenaar/screen/resultview"
)

// Source is one participant's view of a paced room and their two steps
// in it (serve/sshjoin implements it over *room.Room). Every call is
// synchronous, in Update: the room's answer is the acknowledgement (the
// journal entry is on disk when it returns nil).
type Source interface {
	// Stage is where the participant is now (room.Stage).
	Stage() (room.Stage, error)
	// Answer chooses the option at position shown (0-based, in
	// Stage.Shown) of case q (bank index); the room refuses it when q is
	// no longer the open case (room.ErrNotOpen) or after the reveal.
	Answer(q, shown int) error
	// Propose keeps text as the participant's proposal in the open
	// case's extreme round (room.ErrEmptyProposal, room.ErrLongProposal,
	// room.ErrNoExtreme).
	Propose(text string) error
	// Changes returns a channel that receives a signal after the room
	// changed, and a function that stops it (room.Subscribe).
	Changes() (<-chan struct{}, func())
	// Leave says the participant quit; their answers stay.
	Leave()
}

// Config is what the session decided for the screen.
type Config struct {
	// Bank is the room's question set (room.Bank): the cases' text and
	// the types' names.
	Bank   *quiz.Bank
	Source Source
	Lang   i18n.Lang
	// Theme is light, dark or auto (asked of the terminal).
	Theme theme.Choice
	// Color is false for NO_COLOR: text, marks and bar length alone.
	Color bool
	// NoSuspend turns ctrl+z off, for a screen in a server's session.
	NoSuspend bool
	// ResultKeys are added to the help of the end screen (serve/sshjoin:
	// m, for the link to the result).
	ResultKeys []key.Binding
	// Now is the clock of the countdown; nil is time.Now.
	Now func() time.Time
}

// Model is the screen's state. It is a value: Update returns the new one.
type Model struct {
	cfg  Config
	fr   frame.Frame
	keys keyMap

	st  room.Stage // the stage last read
	err error      // why the stage could not be read, nil when it could

	cursor int             // the selected position in st.Shown
	offset int             // first body line shown on the case screen
	field  textinput.Model // the proposal; the view wraps it over lines (fieldLines)
	note   string          // the reply to the last step, if any
	isErr  bool            // note is a problem
	// lost says that a proposal typed but not sent was not kept, with
	// its text, after the trainer moved on; it stays until the next
	// extreme round, so that it can still be copied.
	lost string
	mix  bool // m: the participant's mix is shown over the stage
	// asking: q asked "Stoppen?"; j quits, n goes back.
	asking bool
	result resultview.Model
	// ticks counts the countdown's ticks asked for; a tick of an older
	// count is dropped, so there is never more than one ticker.
	ticks int
	// clockFor is the deadline the ticker runs for.
	clockFor time.Time
	// footH is the footer's height while render draws (0 otherwise).
	footH int
}

// changedMsg says the room changed: read the stage again.
type changedMsg struct{}

// tickMsg is one second of the countdown (n: the ticker's number).
type tickMsg struct{ n int }

// New makes the screen and reads the participant's stage.
func New(cfg Config) Model {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	m := Model{cfg: cfg, fr: frame.New(cfg.Lang, cfg.Theme, cfg.Color), st: room.Stage{Case: -1, Chosen: -1}}
	if cfg.NoSuspend {
		m.fr.Keys.Suspend.SetEnabled(false)
	}
	m.keys = newKeyMap(cfg.Lang, m.fr.Keys, cfg.ResultKeys)
	m.field = newField()
	m.restyle()
	m.reload()
	if m.clockFor = m.st.Deadline; m.left() > 0 {
		m.ticks = 1 // Init starts the clock
	}
	m.syncKeys()
	return m
}

// Init asks the terminal for its background, and starts listening to the
// room and, while a countdown runs, the clock.
func (m Model) Init() tea.Cmd {
	var clock tea.Cmd
	if m.ticks == 1 {
		clock = m.tickAfter(1)
	}
	return tea.Batch(m.fr.Init(), m.listen(m.st), clock)
}

// View draws the screen in the frame: nothing until the size and the
// background are known, the frame's message below the minimum size.
func (m Model) View() tea.View { return m.fr.Draw(txtTitle.In(m.cfg.Lang), m.render) }

// Stage is the stage the screen shows.
func (m Model) Stage() room.Stage { return m.st }

// Finished reports whether the screen shows the participant's final
// result: the workshop ended and their result is kept.
func (m Model) Finished() bool { return m.st.Ended && m.st.Done }

// listen waits for the room's next change that changes what the
// participant sees: it subscribes first and then compares the stage with
// shown (the one on screen), so no change between the last read and the
// subscription is missed, and a change elsewhere in the room (another
// participant's answer) costs a read of the stage, not a frame. The
// subscription ends with the message; a room that cannot be read any
// more (closed) ends the listening.
func (m Model) listen(shown room.Stage) tea.Cmd {
	src, failed := m.cfg.Source, m.err != nil
	if src == nil {
		return nil
	}
	return func() tea.Msg {
		ch, stop := src.Changes()
		defer stop()
		for {
			st, err := src.Stage()
			switch {
			case err != nil && failed:
				return nil // on screen already; it will not change again
			case err != nil || !sameStage(st, shown):
				return changedMsg{}
			}
			if _, ok := <-ch; !ok {
				return nil
			}
		}
	}
}

// sameStage reports whether a and b show the same, whatever their
// versions: every other field of room.Stage.
func sameStage(a, b room.Stage) bool {
	return a.Case == b.Case && a.Ended == b.Ended && slices.Equal(a.Shown, b.Shown) && a.Chosen == b.Chosen &&
		a.Revealed == b.Revealed && a.Split == b.Split && a.Extreme == b.Extreme && a.Assigned == b.Assigned &&
		a.Type == b.Type && a.Proposal == b.Proposal && a.Deadline.Equal(b.Deadline) &&
		a.Answered == b.Answered && a.Mix == b.Mix && a.Done == b.Done
}

// tick starts a new ticker for a running countdown (an older one stops
// at its next tick); nil without a countdown.
func (m *Model) tick() tea.Cmd {
	if m.left() <= 0 {
		return nil
	}
	m.ticks++
	return m.tickAfter(m.ticks)
}

// followClock starts a ticker when the stage brought a new deadline.
func (m *Model) followClock() tea.Cmd {
	if m.st.Deadline.Equal(m.clockFor) {
		return nil
	}
	m.clockFor = m.st.Deadline
	return m.tick()
}

// tickAfter is ticker n's next tick: when the shown second changes.
func (m Model) tickAfter(n int) tea.Cmd {
	wait := m.left() % time.Second
	if wait == 0 {
		wait = time.Second
	}
	return tea.Tick(wait, func(time.Time) tea.Msg { return tickMsg{n} })
}

// left is the countdown's time left, 0 when none runs.
func (m Model) left() time.Duration {
	if m.st.Deadline.IsZero() || m.st.Ended {
		return 0
	}
	return max(m.st.Deadline.Sub(m.cfg.Now()), 0)
}

// reload reads the stage and follows it: a new case starts at its chosen
// option (or the first) with the text at its top and an empty note; a new
// extreme round starts the field with the participant's proposal so far.
func (m *Model) reload() {
	if m.cfg.Source == nil {
		return
	}
	st, err := m.cfg.Source.Stage()
	if err != nil {
		m.err = err
		return
	}
	old := m.st
	m.st, m.err = st, nil
	if st.Case != old.Case || st.Ended && !old.Ended {
		m.keepUnsent(old)
	}
	if st.Case != old.Case {
		// A new case closes the mix: the participant would otherwise
		// miss it, digits and all (issue 17).
		m.mix = false
		m.cursor, m.offset = max(st.Chosen, 0), 0
		m.note = ""
		m.field.SetValue(st.Proposal)
	}
	if st.Extreme && st.Assigned && (!old.Extreme || st.Case != old.Case) {
		m.field.SetValue(st.Proposal)
		m.field.CursorEnd()
		m.field.Focus()
		m.note, m.lost = "", ""
		m.mix = false // the round asks for a proposal now
	}
	if st.Revealed && !old.Revealed {
		m.note = ""
	}
	if st.Ended && !old.Ended {
		m.mix = false
		m.setNote(words.WorkshopEnded.In(m.cfg.Lang)+".", false)
		m.field.Blur()
	}
	m.cursor = min(m.cursor, max(len(st.Shown)-1, 0))
	if st.Mix != old.Mix || old.Version == 0 {
		m.newResult()
	}
}

// keepUnsent shows what the participant typed in the extreme round of
// old and did not send, now that the trainer has moved on: the room no
// longer takes it, but nothing typed is lost from sight.
func (m *Model) keepUnsent(old room.Stage) {
	typed := room.CleanProposal(m.field.Value())
	if !old.Extreme || !old.Assigned || typed == "" || typed == old.Proposal {
		return
	}
	m.lost = txtUnsent.F(m.cfg.Lang, typed)
}

// newResult makes the result screen over the participant's mix.
func (m *Model) newResult() {
	m.result = resultview.New(m.st.Mix, m.cfg.Bank.Types, m.cfg.Lang, m.fr.Theme).SetSize(m.fr.Width, m.resultHeight())
}

// fieldLimit is the most characters the proposal field takes: more than
// room.MaxProposal, so that typing or pasting past it is not silently cut
// (the count turns red and the room refuses to keep it, nothing is lost).
const fieldLimit = 400

// fieldRows is the most lines the proposal field grows to; a longer text
// scrolls within them.
const fieldRows = 4

// newField is the proposal field: one paragraph (enter sends, so it takes
// no line breaks) that the view wraps over lines as it grows, "› " before
// its first line (fieldLines). It is a textinput, not a textarea: a
// bubbles textarea keeps room for 10,000 lines (about 250 KiB each), which
// 400 SSH sessions in one extreme round pay at once (measured: peak RSS
// 434 → 594 MiB and three times the CPU in garbage collection).
func newField() textinput.Model {
	f := textinput.New()
	f.CharLimit = fieldLimit
	f.Prompt = ""
	return f
}

// oneParagraph makes pasted line breaks and tabs spaces.
var oneParagraph = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func (m *Model) restyle() {
	st := textinput.DefaultStyles(m.fr.Theme.Dark)
	st.Cursor.Blink = false // a blinking cursor redraws every idle session
	m.field.SetStyles(st)
	m.result = m.result.SetTheme(m.fr.Theme)
}

// Update follows the room, the clock and the keys.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := m.update(msg)
	m.syncKeys()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	if cmd, done := m.fr.Handle(msg); done {
		m.restyle()
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.result = m.result.SetSize(m.fr.Width, m.resultHeight())
		m.offset = m.layoutCase().clamp(m.offset)
		return m, nil
	case changedMsg:
		m.reload()
		return m, tea.Batch(m.listen(m.st), m.followClock())
	case tickMsg:
		if msg.n != m.ticks || m.left() <= 0 {
			return m, nil
		}
		return m, m.tickAfter(msg.n)
	case tea.KeyPressMsg:
		m, cmd := m.handleKey(msg)
		return m, tea.Batch(cmd, m.followClock())
	case tea.PasteMsg:
		if m.typing() {
			// A proposal is one paragraph: pasted line breaks are spaces.
			msg.Content = oneParagraph.Replace(msg.Content)
			return m.edit(msg)
		}
	}
	return m, nil
}

// screen is what the participant sees now.
type screen int

const (
	screenWaiting screen = iota
	screenCase
	screenRevealed
	screenExtreme
	screenMix // their mix: m, or the end
)

// screen derives the screen from the stage.
func (m Model) screen() screen {
	st := m.st
	switch {
	case st.Ended || m.mix:
		return screenMix
	case st.Case < 0:
		return screenWaiting
	case st.Extreme && st.Assigned:
		return screenExtreme
	case st.Revealed:
		return screenRevealed
	}
	return screenCase
}

// typing reports whether keys go into the proposal field.
func (m Model) typing() bool { return m.screen() == screenExtreme && m.field.Focused() }

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case m.asking:
		return m.handleAsk(msg)
	case m.typing():
		return m.handleField(msg)
	}
	switch {
	case msg.String() == "ctrl+c":
		return m.leave()
	case key.Matches(msg, m.keys.Quit):
		// q is one key from the letters of the field: it asks first,
		// but for at the end, where nothing is left to do.
		if m.st.Ended {
			return m.leave()
		}
		m.asking = true
		return m, nil
	case key.Matches(msg, m.keys.Help):
		m.fr.ToggleHelp()
		return m, nil
	case key.Matches(msg, m.keys.Mix):
		m.mix = !m.mix
		return m, nil
	}
	switch m.screen() {
	case screenCase:
		return m.handleCase(msg), nil
	case screenExtreme:
		switch {
		case key.Matches(msg, m.keys.Write):
			return m, m.field.Focus()
		case msg.Text != "":
			// A letter after esc was meant for the field: it goes there,
			// and into it.
			cmd := m.field.Focus()
			m, cmd2 := m.edit(msg)
			return m, tea.Batch(cmd, cmd2)
		}
	case screenMix:
		if m.mix && key.Matches(msg, m.keys.Close) {
			m.mix = false
			return m, nil
		}
		var cmd tea.Cmd
		m.result, cmd = m.result.Update(msg)
		return m, cmd
	}
	return m, nil
}

// handleAsk answers "Stoppen?": j (or y, enter) leaves, n (or esc, q)
// goes back; ctrl+c leaves at once.
func (m Model) handleAsk(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case msg.String() == "ctrl+c", key.Matches(msg, m.keys.Yes):
		return m.leave()
	case key.Matches(msg, m.keys.No):
		m.asking = false
	}
	return m, nil
}

// leave tells the room the participant quit, and ends the program.
func (m Model) leave() (Model, tea.Cmd) {
	m.asking = false
	if m.cfg.Source != nil {
		m.cfg.Source.Leave()
	}
	return m, tea.Quit
}

// handleCase moves through the open case and chooses. When the case does
// not fit, ↑ and ↓ scroll the text until the selected option is in view
// before they move the selection, and enter first brings the selected
// option into view, so nothing is chosen unseen; a digit chooses its
// option at once (its number was read on screen).
func (m Model) handleCase(msg tea.KeyPressMsg) Model {
	cl := m.layoutCase()
	n := len(m.st.Shown)
	if n == 0 {
		return m
	}
	off := cl.clamp(m.offset)
	switch {
	case key.Matches(msg, m.keys.Up):
		// Scroll while the selected option's top is above the window.
		if m.cursor > 0 && cl.options[m.cursor][0] >= off {
			m.cursor--
			off = cl.reveal(off, m.cursor)
		} else {
			off--
		}
	case key.Matches(msg, m.keys.Down):
		// Scroll while the selected option's end is below the window.
		if m.cursor < n-1 && cl.options[m.cursor][1] <= off+cl.avail {
			m.cursor++
			off = cl.reveal(off, m.cursor)
		} else {
			off++
		}
	case key.Matches(msg, m.keys.Digit):
		if i := int(msg.Code - '1'); i >= 0 && i < n {
			m.cursor = i
			m = m.choose()
			off = m.layoutCase().reveal(off, i)
		}
	case key.Matches(msg, m.keys.Choose):
		if r := cl.options[m.cursor]; r[0] < off || r[1] > off+cl.avail {
			off = cl.reveal(off, m.cursor)
			break
		}
		m = m.choose()
	}
	m.offset = cl.clamp(off)
	return m
}

// choose takes the selected option into the room.
func (m Model) choose() Model {
	if err := m.cfg.Source.Answer(m.st.Case, m.cursor); err != nil {
		m.reload() // the room moved on, most likely: show where it is
		m.setNote(frame.ErrorText(err, m.cfg.Lang), true)
		return m
	}
	// The note first: a stage that moved on meanwhile replaces it.
	m.setNote(txtChosen.In(m.cfg.Lang), false)
	m.reload()
	return m
}

// handleField edits the proposal: enter sends it (an error keeps the
// text and says why), esc leaves the field so that m and q work.
func (m Model) handleField(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case msg.String() == "ctrl+c":
		return m.leave()
	case msg.String() == "esc":
		m.field.Blur()
		return m, nil
	case msg.String() == "enter":
		if err := m.cfg.Source.Propose(m.field.Value()); err != nil {
			m.setNote(frame.ErrorText(err, m.cfg.Lang), true)
			return m, nil
		}
		m.setNote(txtSent.In(m.cfg.Lang), false)
		m.reload()
		return m, nil
	}
	return m.edit(msg)
}

// edit gives msg to the field; a change of the text clears an old
// error, which was about the text before it.
func (m Model) edit(msg tea.Msg) (Model, tea.Cmd) {
	before := m.field.Value()
	var cmd tea.Cmd
	m.field, cmd = m.field.Update(msg)
	if m.isErr && m.field.Value() != before {
		m.setNote("", false)
	}
	return m, cmd
}

func (m *Model) setNote(s string, isErr bool) { m.note, m.isErr = s, isErr }
