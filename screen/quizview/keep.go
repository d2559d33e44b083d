package quizview

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/resultview"
)

// Keeping what the user did: progress while the quiz runs (for resume) and
// the result at the end. Both are written from commands, off the key path,
// and both report back as messages that end up in the status line.

// progressKeptMsg reports a progress write; only a failure is shown.
type progressKeptMsg struct{ err error }

// resultSavedMsg reports a result save.
type resultSavedMsg struct {
	path string
	err  error
}

var (
	txtSaved        = i18n.Text{NL: "Bewaard in %s", EN: "Saved to %s"}
	txtAlreadySaved = i18n.Text{NL: "Al bewaard in %s", EN: "Already saved to %s"}
	txtNameTitle    = i18n.Text{NL: "Uitslag bewaren", EN: "Save the result"}
	txtNameAsk      = i18n.Text{
		NL: "Je naam, zodat de trainer je uitslag herkent. Leeg laten = anoniem.",
		EN: "Your name, so the trainer recognises your result. Leave empty to stay anonymous."}
	txtNameWhere = i18n.Text{NL: "Map: %s", EN: "Folder: %s"}
	txtResume    = i18n.Text{
		NL: "Je was gebleven bij vraag %d van %d (%d beantwoord).",
		EN: "You stopped at question %d of %d (%d answered)."}
	txtResumeDone = i18n.Text{
		NL: "Je had alle %d vragen al beantwoord; je uitslag staat klaar.",
		EN: "You had answered all %d questions; your result is ready."}
)

// keepProgress writes a snapshot of the walk in the background.
func (m Model) keepProgress() tea.Cmd {
	store := m.cfg.Progress
	if store == nil || m.cfg.Demo {
		return nil
	}
	snap := m.walk.Clone()
	return func() tea.Msg { return progressKeptMsg{store.SaveProgress(snap)} }
}

// clearProgress forgets kept progress: the quiz was finished or restarted.
func (m Model) clearProgress() tea.Cmd {
	store := m.cfg.Progress
	if store == nil || m.cfg.Demo {
		return nil
	}
	bank := m.cfg.Bank
	return func() tea.Msg { return progressKeptMsg{store.Clear(bank)} }
}

// finish shows the result of a completed walk and, with AutoSave, asks the
// name to save it under.
func (m Model) finish() (Model, tea.Cmd) {
	m.stage = stageResult
	m.result = resultview.New(m.walk.Mix(), m.cfg.Bank.Types, m.cfg.Lang, m.fr.Theme)
	clear := m.clearProgress()
	if m.cfg.AutoSave && !m.cfg.Demo {
		m, cmd := m.askName()
		return m, tea.Batch(clear, cmd)
	}
	return m, clear
}

// askName opens the save dialog.
func (m Model) askName() (Model, tea.Cmd) {
	m.dialog = dialogName
	m.name.CursorEnd()
	return m, m.name.Focus()
}

// handleName edits the name; enter saves, esc cancels.
func (m Model) handleName(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case msg.String() == "ctrl+c":
		return m.quit()
	case key.Matches(msg, m.keys.Cancel):
		m.dialog = noDialog
		m.name.Blur()
		return m, nil
	case key.Matches(msg, m.keys.SaveName):
		m.dialog = noDialog
		m.name.Blur()
		return m, m.saveResult(m.name.Value())
	}
	var cmd tea.Cmd
	m.name, cmd = m.name.Update(msg)
	return m, cmd
}

// saveResult writes the result file in the background.
func (m Model) saveResult(name string) tea.Cmd {
	now := time.Now
	if m.cfg.Now != nil {
		now = m.cfg.Now
	}
	r := results.NewResult(m.walk.Clone(), name, now())
	dir := m.saveDir()
	return func() tea.Msg {
		path, err := results.Save(dir, r)
		return resultSavedMsg{path: path, err: err}
	}
}

// saveDir is --save's folder, else the folder the quiz was started in.
func (m Model) saveDir() string {
	if m.cfg.SaveDir != "" {
		return m.cfg.SaveDir
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

// resumeText describes the progress on offer.
func (m Model) resumeText() string {
	w, l := m.resume, m.cfg.Lang
	if w.Done() {
		return txtResumeDone.F(l, w.Len())
	}
	return txtResume.F(l, w.Index()+1, w.Len(), w.Answered())
}

func (m Model) viewName(w, h int) string {
	t, l := m.fr.Theme, m.cfg.Lang
	col := min(layout.Column(w), 60)
	inner := col - 4
	input := m.name
	input.SetWidth(inner - lipgloss.Width(input.Prompt) - 1)
	dir, _ := filepath.Abs(m.saveDir())
	lines := []string{
		t.Title.Render(txtNameTitle.In(l)),
		"",
		t.Body.Width(inner).Render(txtNameAsk.In(l)),
		"",
		input.View(),
		"",
		t.Muted.Width(inner).Render(txtNameWhere.F(l, dir)),
	}
	box := t.Frame.Width(col).Render(strings.Join(lines, "\n"))
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}
