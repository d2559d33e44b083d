package quizview

import (
	"strings"

	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/screen/frame"
)

// footer is the status line, if any, and the help, aligned with the text
// column above them.
func (m Model) footer() string {
	col := layout.Column(m.fr.Width)
	if m.stage == stageResult && m.dialog == noDialog {
		col = layout.Wide(m.fr.Width) // under the result's own column
	}
	lines := strings.Split(m.fr.Footer(m.helpKeys(), col, footerDrop...), "\n")
	if m.status != "" {
		status := strings.Split(m.fr.Theme.Heading.Width(col).Render(m.status), "\n")
		lines = append(status, lines...)
	}
	return layout.Indent(lines, layout.Margin(m.fr.Width, col))
}

// footerHeight is the footer's height without drawing the short help,
// which is always one line.
func (m Model) footerHeight() int {
	if !m.fr.Help.ShowAll && m.status == "" {
		return 1
	}
	return lipgloss.Height(m.footer())
}

func (m Model) viewWelcome(w, h int) string {
	col := layout.Column(w)
	t, l := m.fr.Theme, m.cfg.Lang
	intro := m.cfg.Bank.Intro
	if intro == "" {
		intro = txtDefaultIntro.In(l)
	}
	head := t.Title.Render(m.title())
	count := t.Heading.Width(col).Render(txtQuestionCount.F(l, m.walk.Len()))
	if m.resume != nil {
		count = t.Heading.Width(col).Render(m.resumeText())
	}
	keys := t.Muted.Width(col).Render(txtWelcomeKeys.In(l))
	para := t.Body.Width(col).Render(layout.WrapText(strings.TrimSpace(intro), col))
	parts := []string{head, "", para, "", count, keys}
	if lipgloss.Height(strings.Join(parts, "\n")) > h {
		parts = []string{head, "", count, keys}
	}
	return layout.Middle(lipgloss.NewStyle().Width(col).Render(strings.Join(parts, "\n")), w, h)
}

// progressBar shows how far the user is: answered questions of all.
func (m Model) progressBar(col int) string {
	bar := m.progress
	bar.SetWidth(col)
	return bar.ViewAs(float64(m.walk.Index()+1) / float64(m.walk.Len()))
}

func truncate(s string, w int) string {
	if w < 4 {
		return ""
	}
	if lipgloss.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && lipgloss.Width(string(r))+1 > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

func (m Model) viewDialog(w, h int) string {
	t, l := m.fr.Theme, m.cfg.Lang
	var q string
	switch m.dialog {
	case dialogName:
		return m.viewName(w, h)
	case dialogQuit:
		q = txtConfirmQuit.F(l, m.walk.Answered())
		if m.keeps() {
			q = txtConfirmQuitKept.In(l)
		}
	case dialogQuitResult:
		q = txtConfirmQuitResultLost.In(l)
		if m.keeps() {
			q = txtConfirmQuitResultKept.In(l)
		}
	case dialogRestart:
		q = txtConfirmRestart.In(l)
		if m.unsaved() {
			q = txtConfirmRestartUnsaved.In(l)
		}
	case dialogFresh:
		q = txtConfirmFresh.F(l, m.resume.Answered())
		if m.resume.Done() {
			q = txtConfirmFreshResult.In(l)
		}
	}
	col := min(layout.Column(w), 56)
	keys := txtConfirmKeys.In(l)
	switch {
	case m.dialog == dialogFresh:
		keys = txtConfirmKeysNoEnter.In(l)
	case m.dialog == dialogQuitResult && m.keeps():
		keys = txtConfirmKeysDiscard.In(l)
	}
	return frame.Dialog(t, col, w, h, t.Heading.Width(col-frame.DialogInset).Render(q), "", t.Muted.Render(keys))
}

// footerDrop is what the help line gives up first on a narrow window:
// going back and the result's tab, then the arrows (they are tried first
// anyway), so that enter, q and ? stay.
var footerDrop = []string{"←", "tab", "r", "↑/↓"}
