// Package resultscreen draws a person's mix of the three ideal types: the
// chart and one sentence that names the leaning, the blend or the balance,
// never as a verdict. It is a component: the quiz screen (or a demo) owns
// it, sizes it and handles the keys that leave it.
package resultscreen

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/layout"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/theme"
)

// Model is the result screen's state.
type Model struct {
	prof   profile.Profile
	types  [profile.Count]quiz.TypeProfile
	lang   i18n.Lang
	theme  theme.Theme
	width  int
	height int
	demo   bool
}

// New makes a result screen for a profile. types supplies the type names
// (and descriptions) in the interface language.
func New(p profile.Profile, types [profile.Count]quiz.TypeProfile, l i18n.Lang, t theme.Theme) Model {
	return Model{prof: p, types: types, lang: l, theme: t}
}

// DemoPoints is the sample mix of --demo: clearly leaning, with a real
// second and third, so every part of the screen has something to show.
var DemoPoints = profile.Points{8, 13, 6}

// NewDemo makes the result screen for --demo, marked as an example.
func NewDemo(types [profile.Count]quiz.TypeProfile, l i18n.Lang, t theme.Theme) Model {
	m := New(profile.New(DemoPoints), types, l, t)
	m.demo = true
	return m
}

// SetSize tells the screen how much room it has (the whole window less
// whatever the owner draws around it).
func (m Model) SetSize(w, h int) Model { m.width, m.height = w, h; return m }

// SetTheme switches light/dark or colour.
func (m Model) SetTheme(t theme.Theme) Model { m.theme = t; return m }

// Profile returns the profile shown.
func (m Model) Profile() profile.Profile { return m.prof }

// Update handles the screen's own keys; it has none yet.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) { return m, nil }

// Keys lists the screen's own key bindings, for the owner's help.
func (m Model) Keys() []key.Binding { return nil }

var (
	txtTitle     = i18n.Text{NL: "Jouw mix", EN: "Your mix"}
	txtDemoTitle = i18n.Text{NL: "Voorbeelduitslag", EN: "Sample result"}
	txtLeaning   = i18n.Text{NL: "Je mix leunt het meest naar de %s.", EN: "Your mix leans most towards the %s."}
	txtBlend     = i18n.Text{NL: "Je mix is een blend van de %s en de %s: die twee liggen dicht bij elkaar.", EN: "Your mix is a blend of the %s and the %s: those two are close together."}
	txtBalanced  = i18n.Text{NL: "Je mix is in evenwicht: de drie typen liggen dicht bij elkaar.", EN: "Your mix is balanced: the three types are close together."}
	txtEmpty     = i18n.Text{NL: "Er zijn nog geen antwoorden.", EN: "There are no answers yet."}
	txtNoVerdict = i18n.Text{
		NL: "Geen oordeel: elke taak en situatie vraagt om een eigen mix.",
		EN: "Not a verdict: every task and situation asks for its own mix."}
)

// Names returns the display names of the types in the interface language,
// falling back to the capitalised key when a file left one out.
func Names(types [profile.Count]quiz.TypeProfile) [profile.Count]string {
	var out [profile.Count]string
	for _, t := range profile.Types {
		out[t] = types[t].Name
		if out[t] == "" {
			k := t.Key()
			out[t] = strings.ToUpper(k[:1]) + k[1:]
		}
	}
	return out
}

// Sentence is the one sentence under the chart, naming what the mix leans
// to in words that read as description, not judgement.
func Sentence(p profile.Profile, types [profile.Count]quiz.TypeProfile, l i18n.Lang) string {
	names := Names(types)
	low := func(t profile.Type) string { return strings.ToLower(names[t]) }
	lead := p.Leaders()
	switch p.Shape {
	case profile.Leaning:
		return txtLeaning.F(l, low(lead[0]))
	case profile.Blend:
		return txtBlend.F(l, low(lead[0]), low(lead[1]))
	case profile.Balanced:
		return txtBalanced.In(l)
	}
	return txtEmpty.In(l)
}

// View renders the screen into at most the size set with SetSize.
func (m Model) View() string {
	col := layout.Column(m.width)
	t := m.theme
	chart := profile.Chart(m.prof, col, t.Palette.Chart(!t.Color), Names(m.types))
	sentence := t.Body.Width(col).Render(Sentence(m.prof, m.types, m.lang))
	note := t.Muted.Width(col).Render(txtNoVerdict.In(m.lang))
	title := txtTitle.In(m.lang)
	if m.demo {
		title = txtDemoTitle.In(m.lang)
	}
	parts := []string{t.Title.Render(title), "", chart, "", sentence}
	if m.height >= lipgloss.Height(strings.Join(parts, "\n"))+2+lipgloss.Height(note) {
		parts = append(parts, "", note)
	}
	block := lipgloss.NewStyle().Width(col).Render(strings.Join(parts, "\n"))
	return layout.Middle(block, m.width, m.height)
}
