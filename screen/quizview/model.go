// Package quizview is the interactive quiz: a welcome screen, one screen per
// question and the result, in one Bubble Tea model with one state machine.
// It keeps no score of its own: answers go into a quiz.Walk and the mix
// comes from package mix.
package quizview

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/frame"
	"ideale-ambtenaar/screen/resultview"
)

// Config is what the command line decided for one run.
type Config struct {
	Bank     *quiz.Bank
	Lang     i18n.Lang
	Ordering quiz.Ordering
	// Theme is the light/dark choice; Auto asks the terminal.
	Theme theme.Choice
	// Color is false under NO_COLOR.
	Color bool
	// Demo opens on a sample result, so a trainer can explain the result
	// screen before anyone takes the quiz; r then starts the real quiz.
	Demo bool

	// Progress keeps the answers while the quiz runs, and the finished
	// result until it is saved, so that a closed window or a crash loses
	// nothing; nil keeps none.
	Progress *results.Store
	// ProgressErr is why there is no Progress store (results.DefaultStore
	// failed, say for a relative $XDG_CACHE_HOME); the welcome screen
	// says so on its status line.
	ProgressErr error
	// SaveDir is where s saves the result; with AutoSave the result is
	// saved there as soon as the quiz ends (after asking a name), and New
	// checks it with results.CheckDir so that a bad folder shows at once.
	SaveDir  string
	AutoSave bool
	// Name fills in the name asked for when saving.
	Name string
	// Now is the clock for saved results; nil means time.Now.
	Now func() time.Time

	// Recorder takes every step in a live room (see room.go); nil for a
	// quiz on one's own.
	Recorder Recorder
	// NoSuspend turns ctrl+z off (and out of the help): for a screen in a
	// server's session (serve/sshjoin), where Bubble Tea's suspend would
	// stop the server with every session in it (it sends SIGTSTP to the
	// process group), not the participant's terminal.
	NoSuspend bool
	// Walk is where to start: the room's copy of the participant's walk,
	// resumed; nil starts a new walk.
	Walk *quiz.Walk
	// ResultKeys are keys the embedding program handles on the result
	// screen before the quiz sees them (serve/sshjoin: the link to the
	// result on a phone); the help line shows them first among the
	// result's keys.
	ResultKeys []key.Binding
}

// stage is where the user is; it is the model's single state machine.
type stage int

const (
	stageWelcome stage = iota
	stageQuestion
	stageResult
)

// dialog is a question the model asks before it throws something away.
type dialog int

const (
	noDialog dialog = iota
	dialogQuit
	dialogRestart
	dialogName       // the name (and folder) asked for before saving a result
	dialogQuitResult // quitting with a result that is not saved
	dialogFresh      // starting afresh, throwing kept progress away
)

// field is the focused field of the save dialog.
type field int

const (
	fieldName field = iota
	fieldFolder
)

// Model is the quiz program's model.
type Model struct {
	cfg      Config
	fr       frame.Frame
	keys     keyMap
	progress progress.Model

	stage  stage
	dialog dialog
	walk   *quiz.Walk
	rounds int // completed restarts, to vary the shuffle per round

	wraps  *wrapCache
	cursor int // selected option, in shown order
	offset int // first body line shown when a question does not fit
	// tailSeen is whether the selected option's last line has been on
	// screen since it was selected: an option taller than the window can
	// be chosen once it has been scrolled through.
	tailSeen bool

	result resultview.Model

	// resume is kept progress that the welcome screen offers to continue.
	resume *quiz.Walk
	// name and folder are the fields of the save dialog; field has focus.
	name   textinput.Model
	folder textinput.Model
	field  field
	// dir is the folder typed in the save dialog, once the user changed it.
	dir string
	// saved is where the current result was saved, once it is.
	saved string
	// saveFailed is set when a save failed and no later save succeeded.
	saveFailed bool
	// keptFailed is set when the last progress write failed, so dialogs
	// do not promise that anything is kept.
	keptFailed bool
	// status is one line above the help: what happened to a save, or a
	// problem with kept progress. It never blocks the screen.
	status string
}

// New makes the quiz model for cfg, starting at the welcome screen.
func New(cfg Config) Model {
	cfg = roomConfig(cfg)
	m := Model{
		cfg:   cfg,
		fr:    frame.New(cfg.Lang, cfg.Theme, cfg.Color),
		walk:  startWalk(cfg),
		wraps: &wrapCache{},
	}
	m.name = textinput.New()
	m.name.CharLimit = results.MaxNameLength
	m.name.SetValue(cfg.Name)
	m.folder = textinput.New()
	if cfg.NoSuspend {
		m.fr.Keys.Suspend.SetEnabled(false)
	}
	m.keys = newKeyMap(cfg.Lang, m.fr.Keys)
	m.applyTheme()
	switch {
	case cfg.Demo:
		m.stage = stageResult
		m.result = resultview.NewDemo(cfg.Bank.Types, cfg.Lang, m.fr.Theme)
	case cfg.Progress != nil:
		w, ok, err := cfg.Progress.LoadProgress(cfg.Bank)
		if err != nil {
			m.status = results.Message(err, cfg.Lang)
		} else if ok {
			m.resume = w
		}
	case cfg.ProgressErr != nil:
		m.status = results.Message(cfg.ProgressErr, cfg.Lang)
		m.keptFailed = true
	}
	if cfg.AutoSave && !cfg.Demo {
		if err := results.CheckDir(cfg.SaveDir); err != nil {
			m.status = strings.TrimSpace(m.status + "\n" + results.Message(err, cfg.Lang))
		}
	}
	m.startRoom()
	m.syncKeys()
	return m
}

// Init starts background detection.
func (m Model) Init() tea.Cmd { return m.fr.Init() }

// Walk returns the walk, for callers that save or inspect answers.
func (m Model) Walk() *quiz.Walk { return m.walk }

// Finished reports whether the user reached the result.
func (m Model) Finished() bool { return m.stage == stageResult }

// SaveFailed reports whether saving the result failed (with --save or s)
// and no later save succeeded; the command then exits with status 1. The
// result itself stays kept as progress for the next start.
func (m Model) SaveFailed() bool { return m.saveFailed }

func (m *Model) applyTheme() {
	m.result = m.result.SetTheme(m.fr.Theme)
	m.name.SetStyles(textinput.DefaultStyles(m.fr.Theme.Dark))
	m.folder.SetStyles(textinput.DefaultStyles(m.fr.Theme.Dark))
	// A thin line, like the chart's track: the progress is context, the
	// question is what the eye should land on.
	m.progress = progress.New(progress.WithoutPercentage(), progress.WithFillCharacters('━', '─'))
	if m.cfg.Color {
		m.progress.FullColor = m.fr.Theme.Palette.Accent
		m.progress.EmptyColor = m.fr.Theme.Palette.Track
	} else {
		m.progress.FullColor, m.progress.EmptyColor = nil, nil
	}
}

// syncKeys enables the bindings that work on the current screen.
func (m *Model) syncKeys() {
	k := &m.keys
	inDialog := m.dialog != noDialog
	q := m.stage == stageQuestion && !inDialog
	k.Choose.SetEnabled(q)
	k.Up.SetEnabled(q)
	k.Down.SetEnabled(q)
	k.Jump.SetEnabled(q)
	k.PageUp.SetEnabled(q)
	k.PageDown.SetEnabled(q)
	k.Confirm.SetEnabled(q)
	k.Back.SetEnabled(q)
	k.Start.SetEnabled(m.stage == stageWelcome && !inDialog && m.resume == nil)
	k.Continue.SetEnabled(m.stage == stageWelcome && !inDialog && m.resume != nil)
	k.Fresh.SetEnabled(m.stage == stageWelcome && !inDialog && m.resume != nil)
	k.Restart.SetEnabled(m.stage == stageResult && !inDialog)
	k.Save.SetEnabled(m.stage == stageResult && !inDialog && !m.cfg.Demo)
	k.Help.SetEnabled(!inDialog)
	k.Quit.SetEnabled(!inDialog)
	yesNo := inDialog && m.dialog != dialogName
	k.Yes.SetEnabled(yesNo)
	k.No.SetEnabled(yesNo)
	k.SaveName.SetEnabled(m.dialog == dialogName)
	k.Cancel.SetEnabled(m.dialog == dialogName)
	k.Field.SetEnabled(m.dialog == dialogName)
	m.roomKeys()
}

// helpKeys are the keys that work now, for the help line.
func (m Model) helpKeys() screenKeys {
	k := screenKeys{keyMap: m.keys}
	if m.stage == stageResult && m.dialog == noDialog {
		k.extra = append(append([]key.Binding(nil), m.cfg.ResultKeys...), m.result.Keys()...)
	}
	return k
}

// Update is the state machine.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd, done := m.fr.Handle(msg)
	if _, ok := msg.(tea.WindowSizeMsg); ok && m.stage == stageResult {
		// The result decides at its size whether the development
		// pointer fits on the chart; its help line follows from that.
		m.result = m.result.SetSize(m.fr.Width, m.resultHeight())
	}
	if done {
		m.applyTheme()
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, nil
	case tea.KeyPressMsg:
		m, cmd := m.handleKey(msg)
		m.syncKeys()
		return m, cmd
	case progressKeptMsg:
		m.keptFailed = msg.err != nil
		if msg.err != nil && m.status == "" {
			m.status = results.Message(msg.err, m.cfg.Lang)
		}
		return m, nil
	case resultSavedMsg:
		m, cmd := m.savedResult(msg)
		m.syncKeys()
		return m, cmd
	}
	if m.dialog == dialogName {
		return m.updateField(msg)
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.dialog != noDialog {
		return m.handleDialog(msg)
	}
	switch {
	case key.Matches(msg, m.keys.Help):
		m.fr.ToggleHelp()
		return m, nil
	case key.Matches(msg, m.keys.Quit):
		if m.stage == stageQuestion && m.walk.Answered() > 0 {
			m.dialog = dialogQuit
			return m, nil
		}
		if m.unsaved() {
			m.dialog = dialogQuitResult
			return m, nil
		}
		return m.quit()
	}
	switch m.stage {
	case stageWelcome:
		switch {
		case key.Matches(msg, m.keys.Start):
			m.stage = stageQuestion
			m.selectCurrent()
		case key.Matches(msg, m.keys.Continue):
			m.walk, m.resume, m.status = m.resume, nil, ""
			if m.walk.Done() {
				return m.finish()
			}
			m.stage = stageQuestion
			m.selectCurrent()
		case key.Matches(msg, m.keys.Fresh):
			m.dialog = dialogFresh
		}
	case stageQuestion:
		return m.handleQuestion(msg)
	case stageResult:
		switch {
		case key.Matches(msg, m.keys.Restart):
			if m.cfg.Demo && m.rounds == 0 {
				m.restart()
				return m, nil
			}
			m.dialog = dialogRestart
			return m, nil
		case key.Matches(msg, m.keys.Save):
			if m.saved != "" {
				m.status = txtAlreadySaved.F(m.cfg.Lang, m.saved)
				return m, nil
			}
			return m.askName()
		}
		var cmd tea.Cmd
		m.result, cmd = m.result.SetSize(m.fr.Width, m.resultHeight()).Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m Model) handleDialog(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.dialog == dialogName {
		return m.handleName(msg)
	}
	switch {
	case msg.String() == "ctrl+c":
		return m.quit()
	case m.dialog == dialogQuitResult && m.keeps() && (msg.String() == "w" || msg.String() == "d"):
		// Throw the kept result away, then quit: the clear must finish
		// before the program ends.
		m.dialog = noDialog
		return m, tea.Sequence(m.clearProgress(), tea.Quit)
	case msg.String() == "enter" && m.dialog == dialogFresh:
		// Throwing kept answers away takes a deliberate j or y: enter
		// continued them a moment ago.
		return m, nil
	case key.Matches(msg, m.keys.Yes):
		d := m.dialog
		m.dialog = noDialog
		switch d {
		case dialogQuit, dialogQuitResult:
			return m.quit()
		case dialogFresh:
			m.resume, m.status = nil, ""
			m.stage = stageQuestion
			m.selectCurrent()
			return m, m.clearProgress()
		}
		m.restart()
		return m, m.clearProgress()
	case key.Matches(msg, m.keys.No):
		m.dialog = noDialog
	}
	return m, nil
}

func (m Model) quit() (Model, tea.Cmd) {
	m.recordLeave()
	return m, tea.Quit
}

func (m *Model) restart() {
	m.rounds++
	o := m.cfg.Ordering
	o.Seed += uint64(m.rounds)
	m.walk = quiz.NewWalk(m.cfg.Bank, o)
	m.stage = stageQuestion
	m.saved, m.status, m.saveFailed = "", "", false
	m.selectCurrent()
}

// selectCurrent puts the cursor on the earlier answer of the current
// question, or on the first option.
func (m *Model) selectCurrent() {
	m.cursor = max(m.walk.Chosen(), 0)
	m.offset = 0
	m.tailSeen = false
}

// View renders the current screen, never larger than the window.
func (m Model) View() tea.View {
	return m.fr.Draw(m.title(), m.render)
}

func (m Model) title() string {
	if m.cfg.Bank.Title != "" {
		return m.cfg.Bank.Title
	}
	return txtDefaultTitle.In(m.cfg.Lang)
}

// resultHeight is the result screen's height: the window less the footer
// and the blank line that layout.Footed always puts above it.
func (m Model) resultHeight() int { return max(m.fr.Height-1-m.footerHeight(), 0) }

func (m Model) render() string {
	w, h := m.fr.Width, m.fr.Height
	footer := m.footer()
	bodyH := m.bodyHeight()
	var body string
	switch {
	case m.dialog != noDialog:
		body = m.viewDialog(w, bodyH)
	case m.stage == stageWelcome:
		body = m.viewWelcome(w, bodyH)
	case m.stage == stageQuestion:
		body = m.viewQuestion(w, bodyH)
	default:
		// On a wall the help stays under the result, not far below it.
		body = m.result.SetSize(w, m.resultHeight()).View()
		return layout.Footed(body, footer, h, layout.IsWall(w, h), true)
	}
	return frame.PadLines(body, bodyH) + strings.Repeat("\n", h-bodyH-lipgloss.Height(footer)+1) + footer
}
