// Package cultureview is the culture survey as a Bubble Tea screen: per
// dimension, ten points shared over three descriptions stacked one above
// the other (↑ and ↓ pick a description, → and ← or + and − move points,
// a digit sets them), first
// for the culture now and then as desired, and after both passes the
// comparison: per type now and desired side by side with ▲/▼ and the
// change, the changes of culture.Threshold points or more marked, one
// sentence on the biggest shift, and the chameleon colour of each pass.
// It reads and writes no files; the command saves the finished survey.
package cultureview

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/screen/frame"
)

// Config is what the command line decided for the screen.
type Config struct {
	Set  *culture.Set
	Lang i18n.Lang
	// Theme is light, dark or auto (asked of the terminal).
	Theme theme.Choice
	// Color is false for NO_COLOR: the screen then relies on text, marks
	// and bar length alone.
	Color bool
	// Recorder, when set, takes every step into a live room (see room.go).
	Recorder Recorder
	// NoSuspend turns ctrl+z off (and out of the help): for a screen in a
	// server's session (serve/sshjoin), where Bubble Tea's suspend would
	// stop the server with every session in it (it sends SIGTSTP to the
	// process group), not the participant's terminal.
	NoSuspend bool
	// Survey is where to start (the room's copy of a returning
	// participant's survey); nil starts a new one of Set. A Done survey
	// starts at the result.
	Survey *culture.Survey
}

type stage int

const (
	stageIntro stage = iota
	stageAllocate
	stageResult
)

// Model is the culture screen's state.
type Model struct {
	cfg  Config
	fr   frame.Frame
	keys keyMap

	stage  stage
	survey *culture.Survey
	alloc  culture.Allocation // the allocation being edited
	sel    profile.Type       // the selected description
	one    bool               // the last key was "1": a "0" now makes 10
	armed  bool               // q was pressed once during the survey
	dims   bool               // the result shows the picture per dimension
	page   int                // the first dimension shown there
	note   string             // a message about the last key, if any
	isErr  bool               // note is a problem, not a hint
}

// New makes the screen for cfg.Set, at its intro.
func New(cfg Config) Model {
	m := Model{
		cfg:    cfg,
		fr:     frame.New(cfg.Lang, cfg.Theme, cfg.Color),
		survey: startSurvey(cfg),
	}
	if m.survey.Done() {
		m.stage = stageResult
	}
	if cfg.NoSuspend {
		m.fr.Keys.Suspend.SetEnabled(false)
	}
	m.keys = newKeyMap(cfg.Lang, m.fr.Keys)
	m.syncKeys()
	return m
}

// Init asks the terminal for its background when the theme is auto.
func (m Model) Init() tea.Cmd { return m.fr.Init() }

// Survey is the walk so far; Done when the screen ended at the result.
func (m Model) Survey() *culture.Survey { return m.survey }

// Finished reports whether both passes were completed.
func (m Model) Finished() bool { return m.stage == stageResult }

func (m *Model) syncKeys() {
	k := &m.keys
	a := m.stage == stageAllocate
	k.Start.SetEnabled(m.stage == stageIntro)
	for _, b := range []*key.Binding{&k.Select, &k.Up, &k.Down, &k.Prev, &k.Follow, &k.Points, &k.More, &k.Less, &k.Digit, &k.Next} {
		b.SetEnabled(a)
	}
	k.Back.SetEnabled(a || m.stage == stageResult && m.cfg.Recorder == nil)
	r := m.stage == stageResult
	k.Dims.SetEnabled(r)
	k.Page.SetEnabled(r && m.dims)
	k.PagePrev.SetEnabled(r && m.dims)
	k.PageNext.SetEnabled(r && m.dims)
	help := helpDims
	if m.dims {
		help = helpTotals
	}
	k.Dims.SetHelp("d", help.In(m.cfg.Lang))
}

// Update handles the keys and the terminal's messages.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, done := m.fr.Handle(msg); done {
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m, cmd := m.handleKey(msg)
		m.syncKeys()
		return m, cmd
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	one := m.one
	m.one = false
	l := m.cfg.Lang
	switch {
	case key.Matches(msg, m.keys.Quit):
		if m.stage == stageAllocate && m.survey.Step() > 0 && !m.armed && m.cfg.Recorder == nil {
			m.armed = true
			m.setNote(txtQuitArmed.In(l), false)
			return m, nil
		}
		m.recordLeave()
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.fr.ToggleHelp()
		return m, nil
	}
	m.armed = false
	switch m.stage {
	case stageIntro:
		if key.Matches(msg, m.keys.Start) {
			m.stage = stageAllocate
			m.load()
		}
	case stageAllocate:
		return m.handleAllocate(msg, one), nil
	case stageResult:
		switch {
		case key.Matches(msg, m.keys.Dims):
			m.dims, m.page = !m.dims, 0
			return m, nil
		case key.Matches(msg, m.keys.PagePrev):
			m.page = max(m.page-m.perPage(), 0)
			return m, nil
		case key.Matches(msg, m.keys.PageNext):
			if next := m.page + m.perPage(); next < m.survey.Len() {
				m.page = next
			}
			return m, nil
		}
		if key.Matches(msg, m.keys.Back) && m.cfg.Recorder == nil {
			m.survey.Back()
			m.stage = stageAllocate
			m.dims = false
			m.load()
		}
	}
	return m, nil
}

func (m Model) handleAllocate(msg tea.KeyPressMsg, one bool) Model {
	l := m.cfg.Lang
	m.note = ""
	switch {
	case key.Matches(msg, m.keys.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.sel = min(m.sel+1, profile.Type(profile.Count-1))
	case key.Matches(msg, m.keys.Prev):
		m.sel = (m.sel + profile.Type(profile.Count) - 1) % profile.Type(profile.Count)
	case key.Matches(msg, m.keys.Follow):
		m.sel = (m.sel + 1) % profile.Type(profile.Count)
	case key.Matches(msg, m.keys.More):
		switch {
		case m.alloc.Left() <= 0:
			m.setNote(txtNoneLeft.In(l), false)
		default:
			m.alloc[m.sel]++
		}
	case key.Matches(msg, m.keys.Less):
		if m.alloc[m.sel] > 0 {
			m.alloc[m.sel]--
		}
	case key.Matches(msg, m.keys.Digit):
		d := int(msg.Code - '0')
		if d == 0 && one && m.alloc[m.sel] == 1 {
			d = culture.Budget // "1" then "0" is ten
		}
		m.alloc[m.sel] = d
		m.one = d == 1
	case key.Matches(msg, m.keys.Next):
		if err := m.alloc.Check(); err == nil && !m.recordGive(m.alloc) {
			return m
		}
		if err := m.survey.Give(m.alloc); err != nil {
			msg := err.Error()
			if ae, ok := err.(*culture.AllocationError); ok {
				msg = ae.Message(l)
			}
			m.setNote(txtNotYet.F(l, msg), true)
			return m
		}
		if m.survey.Done() {
			if !m.recordFinish() {
				m.survey.Back()
				return m
			}
			m.stage = stageResult
			return m
		}
		m.load()
	case key.Matches(msg, m.keys.Back):
		if !m.recordBack() {
			return m
		}
		if !m.survey.Back() {
			m.setNote(txtFirst.In(l), false)
			return m
		}
		m.load()
	}
	return m
}

// load shows the current step: what was given there before, or nothing.
func (m *Model) load() {
	a, _ := m.survey.Given()
	m.alloc, m.sel, m.note = a, 0, ""
}

func (m *Model) setNote(s string, isErr bool) { m.note, m.isErr = s, isErr }

// View renders the current screen, never larger than the window.
func (m Model) View() tea.View { return m.fr.Draw(m.title(), m.render) }

func (m Model) title() string {
	if m.cfg.Set.Title != "" {
		return m.cfg.Set.Title
	}
	return txtTitle.In(m.cfg.Lang)
}

func (m Model) render() string {
	w := m.fr.Width
	footer := m.footer()
	bodyH, gap := m.bodyHeight(footer)
	var body string
	switch m.stage {
	case stageIntro:
		body = m.viewIntro(w, bodyH)
	case stageAllocate:
		body = m.viewAllocate(w, bodyH)
	default:
		switch side, ok := m.viewSide(w, bodyH); {
		case m.dims:
			body = m.viewDims(w, bodyH)
		case ok:
			body = side
		default:
			body = m.viewResult(w, bodyH)
		}
	}
	return frame.PadLines(body, bodyH) + strings.Repeat("\n", gap+1) + footer
}

// bodyHeight is the rows above footer, and the blank rows between.
func (m Model) bodyHeight(footer string) (bodyH, gap int) {
	gap = 1 // a blank line above the help, when the window is not tiny
	if m.fr.Height < 16 {
		gap = 0
	}
	return max(m.fr.Height-lipgloss.Height(footer)-gap, 1), gap
}

// perPage is how many dimensions the picture per dimension shows at once
// in the current window.
func (m Model) perPage() int {
	h, _ := m.bodyHeight(m.footer())
	return m.dimsGrid(m.fr.Width, h).perPage
}

// footer is the key help, aligned with the text column.
func (m Model) footer() string {
	col := layout.Column(m.fr.Width)
	return layout.Indent(strings.Split(m.fr.Footer(m.keys, col, m.keys.Back.Help().Key, "←/→", "↑/↓", "d"), "\n"), layout.Margin(m.fr.Width, col))
}

var (
	txtTitle     = i18n.Text{NL: "Organisatiecultuur, nu en gewenst", EN: "Organisation culture, now and desired"}
	txtQuitArmed = i18n.Text{
		NL: "Nog niet klaar. Druk nog eens op q om te stoppen zonder uitslag.",
		EN: "Not finished yet. Press q again to quit without a result."}
	txtNoneLeft = i18n.Text{
		NL: "Er zijn geen punten meer over; haal eerst ergens een punt weg (← of −).",
		EN: "No points are left; take a point away somewhere first (← or −)."}
	txtNotYet = i18n.Text{
		NL: "Nog niet verder: %s.",
		EN: "Not on yet: %s."}
	txtFirst = i18n.Text{
		NL: "Dit is het eerste onderwerp; terug kan niet.",
		EN: "This is the first dimension; there is no going back."}
)
