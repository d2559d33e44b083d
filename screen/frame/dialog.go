package frame

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
)

// DialogInset is how much narrower a dialog's text is than its box, in
// cells: a border cell and a cell of padding on each side (Theme.Frame).
const DialogInset = 4

// nameBoxMax is the widest a name box gets, in cells: a name and a folder
// read well in 56 cells of text, and a wider box only looks empty.
const nameBoxMax = 60

// Dialog draws lines in the theme's dialog box (Theme.Frame), width cells
// wide with its border, centred in a w×h area: the name boxes and the
// questions before quitting or starting afresh. The text in it is
// width-DialogInset cells wide.
func Dialog(t theme.Theme, width, w, h int, lines ...string) string {
	box := t.Frame.Width(width).Render(strings.Join(lines, "\n"))
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}

// NameBox is the box in which a name is typed (the quiz's save dialog,
// the live room's name step) in a window w cells wide: its width for
// Dialog, at most 60 cells and never wider than the text column, and the
// box's first lines: the title, a blank line, ask wrapped to the box, a
// blank line and the field. The field is set to the box's inner width
// (its prompt and cursor included) and keeps its cursor in view; the
// caller adds what else the box says.
func NameBox(t theme.Theme, w int, title, ask string, field textinput.Model) (width int, lines []string) {
	width = min(layout.Column(w), nameBoxMax)
	inner := width - DialogInset
	FitField(&field, inner)
	return width, []string{t.Title.Render(title), "", t.Body.Width(inner).Render(ask), "", field.View()}
}

// FitField makes the text input f fill inner cells with its prompt and
// cursor, and scrolls its text to the new width.
func FitField(f *textinput.Model, inner int) {
	f.SetWidth(inner - lipgloss.Width(f.Prompt) - 1)
	f.SetCursor(f.Position())
}
