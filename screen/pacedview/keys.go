package pacedview

import (
	"charm.land/bubbles/v2/key"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/frame"
)

// The help line's words.
var (
	helpSelect = i18n.Text{NL: "optie", EN: "option"}
	helpChoose = i18n.Text{NL: "kies", EN: "choose"}
	helpDigit  = i18n.Text{NL: "kies direct", EN: "choose at once"}
	helpSend   = i18n.Text{NL: "versturen", EN: "send"}
	helpLeave  = i18n.Text{NL: "uit het veld", EN: "leave the field"}
	helpWrite  = i18n.Text{NL: "schrijven", EN: "write"}
	helpMix    = i18n.Text{NL: "mijn mix", EN: "my mix"}
	helpClose  = i18n.Text{NL: "terug", EN: "back"}
	helpYes    = i18n.Text{NL: "ja", EN: "yes"}
	helpNo     = i18n.Text{NL: "nee", EN: "no"}
)

// keyMap holds every key of the screen. Bindings are enabled per screen
// (Model.syncKeys), so the help shows only what works there.
type keyMap struct {
	Select key.Binding // ↑/↓ (help only)
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Digit  key.Binding
	// Send and Leave are the field's (help only: the field takes the
	// keys); Write goes back into the field.
	Send  key.Binding
	Leave key.Binding
	Write key.Binding
	// Mix shows the participant's mix over the stage; Close goes back.
	Mix   key.Binding
	Close key.Binding
	// Yes and No answer "Stoppen?".
	Yes key.Binding
	No  key.Binding
	// Result are the keys the session adds at the end (the link).
	Result []key.Binding
	// Tab is the result screen's own help (resultview.Keys).
	Tab     []key.Binding
	Help    key.Binding
	Quit    key.Binding
	Suspend key.Binding
}

func newKeyMap(l i18n.Lang, fk frame.Keys, result []key.Binding) keyMap {
	return keyMap{
		Select: key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", helpSelect.In(l))),
		Up:     key.NewBinding(key.WithKeys("up", "k")),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		Choose: key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", helpChoose.In(l))),
		Digit:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-3", helpDigit.In(l))),
		Send:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", helpSend.In(l))),
		Leave:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", helpLeave.In(l))),
		// Any other letter goes into the field too (handleKey).
		Write:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", helpWrite.In(l))),
		Mix:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", helpMix.In(l))),
		Close:  key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("m/esc", helpClose.In(l))),
		Yes:    key.NewBinding(key.WithKeys("j", "y", "enter"), key.WithHelp("j", helpYes.In(l))),
		No:     key.NewBinding(key.WithKeys("n", "esc", "q"), key.WithHelp("n", helpNo.In(l))),
		Result: result,
		Help:   fk.Help,
		Quit:   fk.Quit,
		// ctrl+c quits in the field too (q is a letter there).
		Suspend: fk.Suspend,
	}
}

// syncKeys enables the keys of the screen shown.
func (m *Model) syncKeys() {
	k := &m.keys
	s := m.screen()
	c := s == screenCase && !m.asking
	for _, b := range []*key.Binding{&k.Select, &k.Up, &k.Down, &k.Choose, &k.Digit} {
		b.SetEnabled(c)
	}
	typing := m.typing()
	k.Send.SetEnabled(typing)
	k.Leave.SetEnabled(typing)
	k.Write.SetEnabled(s == screenExtreme && !typing)
	k.Mix.SetEnabled(!typing && !m.st.Ended && (m.mix || m.st.Case >= 0))
	// Mix goes both ways; its help says where it leads.
	k.Close.SetEnabled(m.mix && !m.st.Ended)
	k.Help.SetEnabled(!typing)
	k.Help.SetHelp("?", m.fr.HelpLabel())
	k.Quit.SetEnabled(!typing)
	k.Tab, k.Result = nil, nil
	if s == screenMix {
		k.Tab = m.result.Keys()
	}
	if m.Finished() {
		k.Result = m.cfg.ResultKeys
	}
	k.Yes.SetEnabled(m.asking)
	k.No.SetEnabled(m.asking)
	if m.asking {
		// Only the answer works under the question.
		for _, b := range []*key.Binding{&k.Write, &k.Mix, &k.Close, &k.Help, &k.Quit} {
			b.SetEnabled(false)
		}
		k.Tab, k.Result = nil, nil
	}
}

// ShortHelp is the one-line help under the screen.
func (k keyMap) ShortHelp() []key.Binding {
	out := frame.Enabled(k.Yes, k.No, k.Select, k.Choose, k.Digit, k.Send, k.Leave, k.Write)
	out = append(out, k.Tab...)
	out = append(out, k.mixKey()...)
	out = append(out, k.Result...)
	return append(out, frame.Enabled(k.Quit, k.Help)...)
}

// mixKey is m's help where it leads: back from the mix, or to it.
func (k keyMap) mixKey() []key.Binding {
	switch {
	case k.Close.Enabled():
		return []key.Binding{k.Close}
	case k.Mix.Enabled():
		return []key.Binding{k.Mix}
	}
	return nil
}

// FullHelp is shown after "?".
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		frame.Enabled(k.Yes, k.No, k.Select, k.Choose, k.Digit, k.Send, k.Leave, k.Write),
		append(append(append([]key.Binding(nil), k.Tab...), k.mixKey()...), k.Result...),
		frame.Enabled(k.Help, k.Suspend, k.Quit),
	}
}
