// Package culturescreen is the culture survey as a Bubble Tea screen: per
// dimension, ten points shared over three descriptions (← and → pick a
// description, + and − or ↑ and ↓ move points, a digit sets them), first
// for the culture now and then as desired, and after both passes the
// comparison: per type now and desired side by side with ▲/▼ and the
// change, the changes of culture.Threshold points or more marked, one
// sentence on the biggest shift, and the chameleon colour of each pass.
// It reads and writes no files; the command saves the finished survey.
package culturescreen

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/layout"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/theme"
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
}

type stage int

const (
	stageIntro stage = iota
	stageAllocate
	stageResult
)

// Model is the culture screen's state.
type Model struct {
	cfg      Config
	keys     keyMap
	help     help.Model
	detector theme.Detector
	theme    theme.Theme

	stage  stage
	survey *culture.Survey
	alloc  culture.Allocation // the allocation being edited
	sel    profile.Type       // the selected description
	one    bool               // the last key was "1": a "0" now makes 10
	armed  bool               // q was pressed once during the survey
	note   string             // a message about the last key, if any
	isErr  bool               // note is a problem, not a hint

	width, height int
}

// New makes the screen for cfg.Set, at its intro.
func New(cfg Config) Model {
	m := Model{
		cfg:      cfg,
		keys:     newKeyMap(cfg.Lang),
		help:     help.New(),
		detector: theme.NewDetector(cfg.Theme),
		survey:   culture.NewSurvey(cfg.Set),
	}
	m.applyTheme()
	m.syncKeys()
	return m
}

// Init asks the terminal for its background when the theme is auto.
func (m Model) Init() tea.Cmd { return m.detector.Init() }

// Survey is the walk so far; Done when the screen ended at the result.
func (m Model) Survey() *culture.Survey { return m.survey }

// Finished reports whether both passes were completed.
func (m Model) Finished() bool { return m.stage == stageResult }

func (m *Model) applyTheme() {
	m.theme = theme.New(m.detector.Dark(), m.cfg.Color)
	m.help.Styles = m.theme.Help()
}

func (m *Model) syncKeys() {
	k := &m.keys
	a := m.stage == stageAllocate
	k.Start.SetEnabled(m.stage == stageIntro)
	for _, b := range []*key.Binding{&k.Select, &k.Prev, &k.Follow, &k.Points, &k.More, &k.Less, &k.Digit, &k.Next} {
		b.SetEnabled(a)
	}
	k.Back.SetEnabled(a || m.stage == stageResult)
}

// Update handles the keys and the terminal's messages.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if d, ok := m.detector.Update(msg); ok {
		m.detector = d
		m.applyTheme()
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
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
	case msg.String() == "ctrl+c":
		return m, tea.Quit
	case key.Matches(msg, m.keys.Quit):
		if m.stage == stageAllocate && m.survey.Step() > 0 && !m.armed {
			m.armed = true
			m.setNote(txtQuitArmed.In(l), false)
			return m, nil
		}
		return m, tea.Quit
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
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
		if key.Matches(msg, m.keys.Back) {
			m.survey.Back()
			m.stage = stageAllocate
			m.load()
		}
	}
	return m, nil
}

func (m Model) handleAllocate(msg tea.KeyPressMsg, one bool) Model {
	l := m.cfg.Lang
	m.note = ""
	switch {
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
		if err := m.survey.Give(m.alloc); err != nil {
			msg := err.Error()
			if ae, ok := err.(*culture.AllocationError); ok {
				msg = ae.Message(l)
			}
			m.setNote(txtNotYet.F(l, msg), true)
			return m
		}
		if m.survey.Done() {
			m.stage = stageResult
			return m
		}
		m.load()
	case key.Matches(msg, m.keys.Back):
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
func (m Model) View() tea.View {
	v := tea.NewView("")
	v.AltScreen = true
	v.WindowTitle = m.title()
	if !m.detector.Known() || m.width == 0 || m.height == 0 {
		return v
	}
	v.SetContent(m.render())
	return v
}

func (m Model) title() string {
	if m.cfg.Set.Title != "" {
		return m.cfg.Set.Title
	}
	return txtTitle.In(m.cfg.Lang)
}

func (m Model) render() string {
	w, h := m.width, m.height
	if !layout.Fits(w, h) {
		return layout.Clamp(m.theme.Body.Render(txtTooSmall.F(m.cfg.Lang, layout.MinWidth, layout.MinHeight, w, h)), w, h)
	}
	footer := m.footer()
	fh := lipgloss.Height(footer)
	gap := 1 // a blank line above the help, when the window is not tiny
	if h < 16 {
		gap = 0
	}
	bodyH := max(h-fh-gap, 1)
	var body string
	switch m.stage {
	case stageIntro:
		body = m.viewIntro(w, bodyH)
	case stageAllocate:
		body = m.viewAllocate(w, bodyH)
	default:
		body = m.viewResult(w, bodyH)
	}
	return layout.Clamp(padLines(body, bodyH)+strings.Repeat("\n", gap+1)+footer, w, h)
}

// padLines makes s exactly h lines, so the footer stays on the last rows.
func padLines(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// footer is the key help, aligned with the text column.
func (m Model) footer() string {
	col := layout.Column(m.width)
	h := m.help
	h.SetWidth(col)
	return layout.Indent(strings.Split(h.View(m.keys), "\n"), layout.Margin(m.width, col))
}

var (
	txtTitle    = i18n.Text{NL: "Organisatiecultuur, nu en gewenst", EN: "Organisation culture, now and desired"}
	txtTooSmall = i18n.Text{
		NL: "Het venster is te klein: maak het minstens %d×%d (nu %d×%d).",
		EN: "The window is too small: make it at least %d×%d (now %d×%d)."}
	txtQuitArmed = i18n.Text{
		NL: "Nog niet klaar. Druk nog eens op q om te stoppen zonder uitslag.",
		EN: "Not finished yet. Press q again to quit without a result."}
	txtNoneLeft = i18n.Text{
		NL: "Er zijn geen punten meer over; haal eerst ergens een punt weg (− of ↓).",
		EN: "No points are left; take a point away somewhere first (− or ↓)."}
	txtNotYet = i18n.Text{
		NL: "Nog niet verder: %s.",
		EN: "Not on yet: %s."}
	txtFirst = i18n.Text{
		NL: "Dit is het eerste onderwerp; terug kan niet.",
		EN: "This is the first dimension; there is no going back."}
)
