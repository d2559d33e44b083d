package quizview

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
	"ideale-ambtenaar/screen/resultview"
)

// Keeping what the user did: progress while the quiz runs (for resume) and
// the result at the end. Both are written from commands, off the key path,
// and both report back as messages that end up in the status line.

// progressKeptMsg reports a progress write; only a failure is shown.
type progressKeptMsg struct{ err error }

// resultSavedMsg reports a result save, and whether clearing the kept
// progress after it failed.
type resultSavedMsg struct {
	path     string
	err      error
	clearErr error
}

var (
	txtAlreadySaved = i18n.Text{NL: "Al bewaard in %s", EN: "Already saved to %s"}
	txtNameTitle    = i18n.Text{NL: "Uitslag bewaren", EN: "Save the result"}
	txtNameAsk      = i18n.Text{
		NL: "Je naam, zodat de trainer je uitslag herkent. Leeg laten = anoniem.",
		EN: "Your name, so the trainer recognises your result. Leave empty to stay anonymous."}
	txtFolderLabel = i18n.Text{NL: "Map (tab om te wijzigen):", EN: "Folder (tab to change):"}
)

// keepProgress writes a snapshot of the walk in the background. It is
// called after every answer and once more when the walk is done: the
// finished walk stays kept (marked done) until its result is saved or the
// user throws it away, so that a crash at the result loses nothing.
func (m Model) keepProgress() tea.Cmd {
	store := m.cfg.Progress
	if store == nil || m.cfg.Demo {
		return nil
	}
	snap := m.walk.Clone()
	return func() tea.Msg { return progressKeptMsg{store.SaveProgress(snap)} }
}

// clearProgress forgets kept progress: the result was saved, or the user
// confirmed starting again.
func (m Model) clearProgress() tea.Cmd {
	store := m.cfg.Progress
	if store == nil || m.cfg.Demo {
		return nil
	}
	bank := m.cfg.Bank
	return func() tea.Msg { return progressKeptMsg{store.Clear(bank)} }
}

// keeps reports whether an unsaved result (or answers) survive quitting:
// there is a progress store and its last write did not fail.
func (m Model) keeps() bool {
	return m.cfg.Recorder != nil || m.cfg.Progress != nil && !m.cfg.Demo && !m.keptFailed
}

// unsaved reports whether the result on screen is the user's own and not
// saved yet, so that leaving it must be confirmed.
func (m Model) unsaved() bool {
	return m.stage == stageResult && !m.cfg.Demo && m.saved == "" && m.cfg.Recorder == nil
}

// finish shows the result of a completed walk, keeps it as done progress
// and, with AutoSave, asks the name to save it under.
func (m Model) finish() (Model, tea.Cmd) {
	m.recordFinish()
	m.stage = stageResult
	m.result = resultview.New(m.walk.Mix(), m.cfg.Bank.Types, m.cfg.Lang, m.fr.Theme).SetSize(m.fr.Width, m.resultHeight())
	keep := m.keepProgress()
	if m.cfg.AutoSave && !m.cfg.Demo {
		m, cmd := m.askName()
		return m, tea.Batch(keep, cmd)
	}
	return m, keep
}

// askName opens the save dialog on the name field; the folder field holds
// the folder the result will go to.
func (m Model) askName() (Model, tea.Cmd) {
	m.dialog = dialogName
	if m.folder.Value() == "" {
		dir, err := filepath.Abs(m.saveDir())
		if err != nil {
			dir = m.saveDir()
		}
		m.folder.SetValue(dir)
	}
	return m.focusField(fieldName)
}

// askFolder opens the save dialog on the folder field, after a save failed.
func (m Model) askFolder() (Model, tea.Cmd) {
	m, _ = m.askName()
	return m.focusField(fieldFolder)
}

// focusField moves the save dialog's focus to field f.
func (m Model) focusField(f field) (Model, tea.Cmd) {
	m.field = f
	m.name.Blur()
	m.folder.Blur()
	if f == fieldFolder {
		m.folder.CursorEnd()
		return m, m.folder.Focus()
	}
	m.name.CursorEnd()
	return m, m.name.Focus()
}

// handleName edits the name and the folder; tab moves between them, enter
// saves, esc closes the dialog (the result stays kept as progress). ctrl+c
// on an unsaved result first asks, like q on the result screen; a second
// ctrl+c quits.
func (m Model) handleName(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case msg.String() == "ctrl+c":
		if m.unsaved() {
			m.name.Blur()
			m.folder.Blur()
			m.dialog = dialogQuitResult
			return m, nil
		}
		return m.quit()
	case key.Matches(msg, m.keys.Cancel):
		m.dialog = noDialog
		m.name.Blur()
		m.folder.Blur()
		return m, nil
	case key.Matches(msg, m.keys.Field):
		return m.focusField(1 - m.field)
	case key.Matches(msg, m.keys.SaveName):
		m.dialog = noDialog
		m.name.Blur()
		m.folder.Blur()
		if dir := strings.TrimSpace(m.folder.Value()); dir != "" {
			m.dir = dir
		}
		return m, m.saveResult(m.name.Value())
	}
	return m.updateField(msg)
}

// updateField gives msg (a key, or a text field's own message such as the
// cursor's blink) to the field of the save dialog that has the focus.
func (m Model) updateField(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.field == fieldFolder {
		m.folder, cmd = m.folder.Update(msg)
	} else {
		m.name, cmd = m.name.Update(msg)
	}
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
	store, bank := m.cfg.Progress, m.cfg.Bank
	if m.cfg.Demo {
		store = nil
	}
	return func() tea.Msg {
		path, err := results.Save(dir, r)
		if err == nil && store != nil {
			// The result is safe in its file: forget the kept copy in the
			// same command, so that no quit can come between the two.
			return resultSavedMsg{path: path, clearErr: store.Clear(bank)}
		}
		return resultSavedMsg{path: path, err: err}
	}
}

// savedResult takes the outcome of a save: on success the kept progress
// is already gone (saveResult cleared it); on failure the result stays kept
// and the dialog opens again on the folder field, so the user can choose
// another folder.
func (m Model) savedResult(msg resultSavedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status = results.Message(msg.err, m.cfg.Lang)
		m.saveFailed = true
		if m.stage != stageResult || m.dialog != noDialog {
			return m, nil
		}
		return m.askFolder()
	}
	m.saved, m.saveFailed = msg.path, false
	m.status = words.SavedTo.F(m.cfg.Lang, msg.path)
	if msg.clearErr != nil {
		m.status += "\n" + results.Message(msg.clearErr, m.cfg.Lang)
	}
	return m, nil
}

// saveDir is the folder typed in the save dialog, else --save's folder,
// else the folder the quiz was started in.
func (m Model) saveDir() string {
	if m.dir != "" {
		return m.dir
	}
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
	return words.Resume(m.resume, m.cfg.Lang)
}

func (m Model) viewName(w, h int) string {
	t, l := m.fr.Theme, m.cfg.Lang
	col, lines := frame.NameBox(t, w, txtNameTitle.In(l), txtNameAsk.In(l), m.name)
	inner := col - frame.DialogInset
	folder := m.folder
	frame.FitField(&folder, inner)
	lines = append(lines, "", t.Muted.Width(inner).Render(txtFolderLabel.In(l)), folder.View())
	if h < 16 { // a small window: the explanation goes first
		lines = append(lines[:2], lines[4:]...)
	}
	return frame.Dialog(t, col, w, h, lines...)
}
