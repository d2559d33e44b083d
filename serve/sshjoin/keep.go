package sshjoin

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/qr"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// Everyone keeps their result (issue 19): a participant in a terminal
// who has finished presses m on the result screen and sees a short link
// and a QR code to their own result page on the trainer's web server
// (Config.ResultLink, serve/webjoin /r/SECRET), where their phone can
// open and download it. The link works while the session runs.

// The words of the link screen.
var (
	helpKeep     = i18n.Text{NL: "naar je telefoon", EN: "to your phone"}
	helpKeepBack = i18n.Text{NL: "terug naar je uitslag", EN: "back to your result"}
	txtKeepTitle = i18n.Text{NL: "Je uitslag op je telefoon", EN: "Your result on your phone"}
	txtKeepScan  = i18n.Text{
		NL: "Scan de QR-code of open de link op je telefoon of laptop, op hetzelfde netwerk als de trainer. Op die pagina bewaar je je uitslag als bestand.",
		EN: "Scan the QR code or open the link on your phone or laptop, on the same network as the trainer. On that page you keep your result as a file."}
	txtKeepWhile = i18n.Text{
		NL: "De link is alleen van jou en werkt zolang de sessie loopt.",
		EN: "The link is yours alone and works while the session runs."}
	txtKeepNoQR = i18n.Text{
		NL: "Maak het venster groter om de QR-code te zien.",
		EN: "Make the window larger to see the QR code."}
)

// keepKey opens the link screen from the result screen.
func keepKey(l i18n.Lang) key.Binding {
	return key.NewBinding(key.WithKeys("m"), key.WithHelp("m", helpKeep.In(l)))
}

// keepBackKeys close the link screen.
func keepBackKeys(l i18n.Lang) key.Binding {
	return key.NewBinding(key.WithKeys("m", "esc", "enter", "space", "q", "backspace", "left"), key.WithHelp("m/esc", helpKeepBack.In(l)))
}

// resultKeys are the keys sshjoin adds to the activity's result screen:
// m when the server has a web link to give. A part whose activity has no
// result to keep leaves them out (part.showsResult).
func (m model) resultKeys() []key.Binding {
	if m.st.s.resultLink == nil {
		return nil
	}
	return []key.Binding{keepKey(m.lang)}
}

// updateKeep handles a key for the link screen: m on the result screen
// opens it (minting the link on first use), and while it shows, its keys
// close it; ctrl+c closes it and goes on to the activity's screen, which
// quits. It reports whether the key was the link screen's.
func (m model) updateKeep(msg tea.KeyPressMsg) (model, bool) {
	if m.keeping {
		if key.Matches(msg, keepBackKeys(m.lang)) {
			m.keeping = false
			return m, true
		}
		m.keeping = false
		return m, msg.String() != "ctrl+c"
	}
	if len(m.resultKeys()) == 0 || !m.part.showsResult(m.screen) || !key.Matches(msg, keepKey(m.lang)) {
		return m, false
	}
	if m.link == "" {
		m.link = m.st.s.resultLink(m.st.id)
	}
	m.keeping = m.link != ""
	return m, m.keeping
}

// viewKeep is the link screen: the title, the link on one line of its
// own (never cut: it may wrap), and the QR code with the explanation
// beside it, or under it on a narrow window; the QR code goes when the
// window is too low for it, with a line that says so.
func (m model) viewKeep() string {
	t, l := m.fr.Theme, m.lang
	w, h := m.fr.Width, m.fr.Height
	col := max(min(w-2, 76), 1)
	// A QR code in upper case uses the code's alphanumeric mode: a
	// smaller code for the same link (the server takes any case).
	code, _ := qr.Lines(qrText(m.link))
	qrW := 0
	if len(code) > 0 {
		qrW = lipgloss.Width(code[0])
	}
	head := []string{t.Title.Render(txtKeepTitle.In(l)), ""}
	head = append(head, strings.Split(t.Key.Render(ansi.Hardwrap(m.link, col, false)), "\n")...)
	footer := m.fr.Footer(keepHelp{keepBackKeys(l)}, col)
	room := h - len(head) - 1 - lipgloss.Height(footer) // 1: a blank line before the footer
	const gap = 3
	var body []string
	switch text := col - qrW - gap; {
	case len(code) > 0 && text >= 24 && len(code)+1 <= room:
		words := m.keepWords(text)
		body = layout.Beside(gap, code, words)
		body = append([]string{""}, body...)
	case len(code) > 0 && len(code)+1+len(m.keepWords(col)) <= room:
		body = append(append([]string{""}, code...), m.keepWords(col)...)
	default:
		body = append([]string{""}, m.keepWords(col)...)
		if len(code) > 0 {
			body = append(body, layout.WrapEach(txtKeepNoQR.In(l), col, layout.Style(t.Muted))...)
		}
	}
	lines := append(head, body...)
	if len(lines) > h-lipgloss.Height(footer) {
		// A very low window: drop the blank lines first.
		kept := lines[:0:0]
		for _, s := range lines {
			if s != "" {
				kept = append(kept, s)
			}
		}
		lines = kept
	}
	avail := max(h-lipgloss.Height(footer), 0)
	if top := (avail - len(lines)) / 3; top > 0 { // a little above the middle
		lines = append(make([]string, top), lines...)
	}
	content := frame.PadLines(strings.Join(lines, "\n"), avail)
	margin := max((w-col)/2, 0)
	return layout.Indent(strings.Split(content+"\n"+footer, "\n"), margin)
}

// keepWords is the explanation under or beside the QR code, in width w.
func (m model) keepWords(w int) []string {
	t, l := m.fr.Theme, m.lang
	return layout.Stack(1, layout.WrapEach(txtKeepScan.In(l), w, layout.Style(t.Body)),
		layout.WrapEach(txtKeepWhile.In(l), w, layout.Style(t.Muted)))
}

// qrText is the link as the QR code carries it: in upper case when that
// keeps it to the alphanumeric set (an http:// address with an IPv4
// address or host name does), otherwise as it is.
func qrText(link string) string {
	up := strings.ToUpper(link)
	for _, r := range up {
		if !strings.ContainsRune("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", r) {
			return link
		}
	}
	return up
}

// keepHelp is the help line of the link screen.
type keepHelp struct{ back key.Binding }

func (k keepHelp) ShortHelp() []key.Binding  { return []key.Binding{k.back} }
func (k keepHelp) FullHelp() [][]key.Binding { return [][]key.Binding{{k.back}} }
