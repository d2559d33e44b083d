package quizview

import (
	"charm.land/bubbles/v2/key"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// keyMap holds every key of the quiz screens. Bindings are enabled per
// screen (see Model.syncKeys), so the help shows only what works where the
// user is.
type keyMap struct {
	Choose   key.Binding // help only: "↑/↓ kiezen" in the short help
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Jump     key.Binding
	Confirm  key.Binding
	Back     key.Binding
	Start    key.Binding
	Continue key.Binding
	Fresh    key.Binding
	Save     key.Binding
	SaveName key.Binding
	Cancel   key.Binding
	Field    key.Binding
	Restart  key.Binding
	Help     key.Binding
	Quit     key.Binding
	Suspend  key.Binding
	Yes      key.Binding
	No       key.Binding
}

var (
	helpChoose   = i18n.Text{NL: "kiezen", EN: "choose"}
	helpUp       = i18n.Text{NL: "omhoog", EN: "up"}
	helpDown     = i18n.Text{NL: "omlaag", EN: "down"}
	helpPageUp   = i18n.Text{NL: "tekst omhoog", EN: "scroll up"}
	helpPageDown = i18n.Text{NL: "tekst omlaag", EN: "scroll down"}
	helpJump     = i18n.Text{NL: "kies optie", EN: "pick option"}
	helpConfirm  = i18n.Text{NL: "bevestig", EN: "confirm"}
	helpBack     = i18n.Text{NL: "terug", EN: "back"}
	helpStart    = i18n.Text{NL: "begin", EN: "start"}
	helpRestart  = i18n.Text{NL: "opnieuw", EN: "start again"}
	helpYes      = i18n.Text{NL: "ja", EN: "yes"}
	helpNo       = i18n.Text{NL: "nee", EN: "no"}
	helpContinue = i18n.Text{NL: "verdergaan", EN: "continue"}
	helpFresh    = i18n.Text{NL: "opnieuw beginnen", EN: "start afresh"}
	helpSave     = i18n.Text{NL: "bewaren", EN: "save"}
	helpCancel   = i18n.Text{NL: "annuleren", EN: "cancel"}
	helpField    = i18n.Text{NL: "naam/map", EN: "name/folder"}
)

// newKeyMap makes the quiz's keys in l, with the keys every screen shares
// (fk); esc also quits, as it leaves a dialog.
func newKeyMap(l i18n.Lang, fk frame.Keys) keyMap {
	yes := []string{"j", "y", "enter"}
	yesHelp := "j"
	if l == i18n.EN {
		yesHelp = "y"
	}
	return keyMap{
		Choose:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", helpChoose.In(l))),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", helpUp.In(l))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", helpDown.In(l))),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", helpPageUp.In(l))),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", helpPageDown.In(l))),
		Jump:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", helpJump.In(l))),
		Confirm:  key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", helpConfirm.In(l))),
		Back:     key.NewBinding(key.WithKeys("left", "backspace"), key.WithHelp("←", helpBack.In(l))),
		Start:    key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", helpStart.In(l))),
		Continue: key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", helpContinue.In(l))),
		Fresh:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", helpFresh.In(l))),
		Save:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", helpSave.In(l))),
		SaveName: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", helpSave.In(l))),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", helpCancel.In(l))),
		Field:    key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", helpField.In(l))),
		Restart:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", helpRestart.In(l))),
		Help:     fk.Help,
		Suspend:  fk.Suspend,
		Quit:     key.NewBinding(key.WithKeys(append(fk.Quit.Keys(), "esc")...), key.WithHelp("q", fk.Quit.Help().Desc)),
		Yes:      key.NewBinding(key.WithKeys(yes...), key.WithHelp(yesHelp, helpYes.In(l))),
		No:       key.NewBinding(key.WithKeys("n", "esc", "q"), key.WithHelp("n", helpNo.In(l))),
	}
}

// ShortHelp is the one-line help under every screen.
func (k keyMap) ShortHelp() []key.Binding {
	return frame.Enabled(k.Yes, k.No, k.SaveName, k.Field, k.Cancel, k.Choose, k.Confirm, k.Start, k.Continue, k.Fresh, k.Back, k.Save, k.Restart, k.Quit, k.Help)
}

// FullHelp is shown after "?": movement, then actions, then the rest.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		frame.Enabled(k.Up, k.Down, k.Jump, k.PageUp, k.PageDown),
		frame.Enabled(k.Confirm, k.Start, k.Continue, k.Fresh, k.Back, k.Save, k.Restart),
		frame.Enabled(k.Yes, k.No, k.SaveName, k.Field, k.Cancel, k.Help, k.Suspend, k.Quit),
	}
}

// screenKeys adds the keys of an embedded screen (the result screen's own
// navigation) to the quiz's keys, so one help line shows both.
type screenKeys struct {
	keyMap
	extra []key.Binding
}

// ShortHelp puts the screen's own keys after the quiz's actions and before
// "?", so that on a narrow window the truncated end loses the least.
func (k screenKeys) ShortHelp() []key.Binding {
	base := k.keyMap.ShortHelp()
	if len(base) > 0 && base[len(base)-1].Help().Key == k.Help.Help().Key {
		return append(append(base[:len(base)-1:len(base)-1], frame.Enabled(k.extra...)...), base[len(base)-1])
	}
	return append(base, frame.Enabled(k.extra...)...)
}

// FullHelp gives the screen's keys a column of their own.
func (k screenKeys) FullHelp() [][]key.Binding {
	full := k.keyMap.FullHelp()
	if extra := frame.Enabled(k.extra...); len(extra) > 0 {
		full = append([][]key.Binding{extra}, full...)
	}
	return full
}
