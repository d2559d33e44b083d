package casesview

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/textmode"
)

// testBank has three cases: a short regular one, a long one that has to
// scroll on a small window, and a trainer's case where one type has two
// responses and another has none.
func testBank() *quiz.Bank {
	one := func(t profile.Type) profile.Points {
		var p profile.Points
		p[t] = 1
		return p
	}
	return &quiz.Bank{
		Title:    "Testset",
		Language: "nl",
		Source:   "test.yaml",
		Questions: []quiz.Question{
			{
				ID:       "hangplek",
				Context:  "Openbare ruimte",
				Scenario: "Bij het buurthuis hangen elke avond jongeren rond. Omwonenden bellen de gemeente. Wat stel je voor?",
				Options: []quiz.Option{
					{Text: "Handhaven: de regels gelden voor iedereen, ook hier.", Points: one(profile.Bureaucraat)},
					{Text: "Een goedkope ontmoetingsplek aan de rand van de wijk neerzetten.", Points: one(profile.Ondernemer)},
					{Text: "Met de jongeren en de buren om tafel en samen iets bedenken.", Points: one(profile.Verbinder)},
				},
			},
			{
				ID:      "overschot",
				Context: "Financiën en bestuur, een lange casus die op een klein scherm moet scrollen",
				Scenario: "De gemeente houdt na een verkoop onverwacht een groot bedrag over. " +
					"De burgemeester wil er iets groots mee doen dat de stad op de kaart zet, " +
					"de raad wil eerst weten wat het oplevert, en de inwoners lezen er in de krant over.\n\n" +
					"Jij bent hoofd financiën en moet morgen een advies geven. Wat adviseer je?",
				Options: []quiz.Option{
					{Text: "Houd je aan de begrotingsregels: het geld gaat naar de algemene reserve tot de raad een besluit neemt volgens de vaste procedure.", Points: one(profile.Bureaucraat)},
					{Text: "Stel een investering voor die zichzelf terugverdient, met een strak plan, een heldere businesscase en een projectleider die durft.", Points: one(profile.Ondernemer)},
					{Text: "Organiseer eerst een stadsgesprek: laat inwoners, ondernemers en de raad samen bepalen wat dit geld voor de stad moet betekenen.", Points: one(profile.Verbinder)},
				},
			},
			{
				ID:       "eigen-casus",
				Context:  "Casus van de trainer",
				Scenario: "Een collega vraagt of een aanvraag die een dag te laat is toch mee mag.",
				Options: []quiz.Option{
					{Text: "Nee: te laat is te laat.", Points: profile.Points{2, 0, 0}},
					{Text: "Ja, als je het vastlegt.", Points: profile.Points{1, 0, 1}},
					{Text: "Alleen als het niets extra kost.", Points: profile.Points{0, 2, 2}},
				},
			},
		},
	}
}

func newModel(t *testing.T, w, h int, o ...func(*Options)) Model {
	t.Helper()
	opts := Options{Bank: testBank(), Lang: i18n.NL, Theme: theme.Dark, Color: true}
	for _, f := range o {
		f(&opts)
	}
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = send(m, keypress.Msg(k))
	}
	return m
}

// screenText is what the model draws, as plain text.
func screenText(m Model) string { return ansi.Strip(m.View().Content) }

func TestCaseViewGolden(t *testing.T) {
	sizes := []struct{ w, h int }{{80, 24}, {60, 18}}
	steps := []struct {
		name string
		keys []string
	}{
		{"none", nil},
		{"one", []string{"o"}},
		{"three", []string{"a"}},
	}
	for _, sz := range sizes {
		for _, c := range []int{1, 2} { // the short case and the long one
			for _, st := range steps {
				name := fmt.Sprintf("%dx%d/case%d/%s", sz.w, sz.h, c, st.name)
				t.Run(name, func(t *testing.T) {
					m := newModel(t, sz.w, sz.h)
					for range c - 1 {
						m = press(m, "down")
					}
					m = press(m, "enter")
					m = press(m, st.keys...)
					out := screenText(m)
					screentest.Fits(t, out, sz.w, sz.h)
					golden.RequireEqual(t, out)
				})
			}
		}
	}
}

func TestListViewGolden(t *testing.T) {
	m := newModel(t, 80, 24)
	out := screenText(m)
	screentest.Fits(t, out, 80, 24)
	golden.RequireEqual(t, out)
}

// TestWallGolden pins the list and the long case with every response
// shown on the walls, 120×40 and 200×60: a wider column, the help under
// the text.
func TestWallGolden(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{120, 40}, {200, 60}} {
		for _, c := range []struct {
			name string
			keys []string
		}{{"list", nil}, {"case2-none", []string{"down", "enter"}}, {"case2-three", []string{"down", "enter", "a"}}} {
			t.Run(fmt.Sprintf("%dx%d/%s", sz.w, sz.h, c.name), func(t *testing.T) {
				m := press(newModel(t, sz.w, sz.h), c.keys...)
				out := screenText(m)
				screentest.Fits(t, out, sz.w, sz.h)
				golden.RequireEqual(t, out)
			})
		}
	}
}

func TestRevealHideAndStep(t *testing.T) {
	m := press(newModel(t, 80, 24), "enter")
	if m.screen != screenCase || m.current != 0 {
		t.Fatalf("enter did not open the first case: screen %v, case %d", m.screen, m.current)
	}
	if s := screenText(m); strings.Contains(s, "Handhaven") {
		t.Fatal("a response shows before it is revealed")
	}
	m = press(m, "b")
	if !strings.Contains(screenText(m), "Handhaven") || !m.revealed[profile.Bureaucraat] {
		t.Fatal("b did not reveal the bureaucraat")
	}
	m = press(m, "b")
	if strings.Contains(screenText(m), "Handhaven") {
		t.Fatal("b again did not hide the bureaucraat")
	}
	m = press(m, "2", "3")
	if m.revealed != [profile.Count]bool{false, true, true} {
		t.Fatalf("2 and 3 revealed %v", m.revealed)
	}
	m = press(m, "a")
	if m.revealed != [profile.Count]bool{true, true, true} {
		t.Fatalf("a revealed %v", m.revealed)
	}
	for _, want := range []string{"Bureaucraat", "Ondernemer", "Verbinder", "Tot het uiterste"} {
		if !strings.Contains(screenText(m), want) {
			t.Errorf("with all revealed the screen lacks %q", want)
		}
	}
	m = press(m, "h")
	if m.revealed != [profile.Count]bool{} {
		t.Fatalf("h left %v revealed", m.revealed)
	}
	m = press(m, "a", "n")
	if m.current != 1 || m.revealed != [profile.Count]bool{} {
		t.Fatalf("n: case %d, revealed %v; want case 2 all hidden", m.current+1, m.revealed)
	}
	if !strings.Contains(screenText(m), "Casus 2 van 3") {
		t.Error("the header does not count the case")
	}
	m = press(m, "right", "right")
	if m.current != 2 {
		t.Fatalf("→ past the end: case %d", m.current+1)
	}
	m = press(m, "p", "left", "left")
	if m.current != 0 {
		t.Fatalf("p/← before the start: case %d", m.current+1)
	}
	m = press(m, "n", "n", "esc")
	if m.screen != screenList {
		t.Fatal("esc did not go back to the list")
	}
	if it, ok := m.list.SelectedItem().(caseItem); !ok || it.index != 2 {
		t.Errorf("back in the list, the selected case is %v; want the one just shown", m.list.SelectedItem())
	}
}

func TestRevealScrollsIntoView(t *testing.T) {
	m := press(newModel(t, 60, 18), "down", "enter", "b", "o", "v")
	s := m.sections[profile.Verbinder]
	off, h := m.vp.YOffset(), m.vp.Height()
	if s.start < off || s.end > off+h {
		t.Errorf("the verbinder's lines %v are not in view [%d,%d)", s, off, off+h)
	}
	if !strings.Contains(screenText(m), "stadsgesprek") {
		t.Error("the revealed response is not on screen")
	}
	if !strings.Contains(screenText(m), "↑") {
		t.Error("no sign that there is more text above")
	}
}

func TestFilterAndBack(t *testing.T) {
	m := pressRun(newModel(t, 80, 24), "/", "o", "v", "e", "r", "enter")
	if got := screenText(m); !strings.Contains(got, "1 van 3 casussen") {
		t.Fatalf("filtered list does not say how many match:\n%s", got)
	}
	m = press(m, "enter")
	if m.screen != screenCase || m.current != 1 {
		t.Fatalf("enter on the filtered list opened case %d", m.current+1)
	}
	m = press(m, "n", "esc")
	if m.list.FilterState() != list.Unfiltered {
		t.Error("going back to a case the filter hides should clear the filter")
	}
	if it := m.list.SelectedItem().(caseItem); it.index != 2 {
		t.Errorf("selected %d, want case 3", it.index+1)
	}
}

// pressRun is press that also runs the commands the keys return, as the
// program would, for the list's filtering. Commands that wait (ticks) are
// left behind.
func pressRun(m Model, keys ...string) Model {
	for _, k := range keys {
		next, cmd := m.Update(keypress.Msg(k))
		m = run(next.(Model), cmd)
	}
	return m
}

func run(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				m = run(m, c)
			}
		case list.FilterMatchesMsg:
			next, cmd := m.Update(msg)
			m = run(next.(Model), cmd)
		}
	case <-time.After(100 * time.Millisecond):
	}
	return m
}

func TestQKeyTypesInFilter(t *testing.T) {
	m := press(newModel(t, 80, 24), "/")
	next, cmd := m.Update(keypress.Msg("q"))
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q quit while typing a filter")
		}
	}
	if v := next.(Model).list.FilterValue(); v != "q" {
		t.Errorf("filter is %q, want q", v)
	}
}

func TestQuitKeys(t *testing.T) {
	for _, keys := range [][]string{{"q"}, {"enter", "q"}} {
		m := press(newModel(t, 80, 24), keys[:len(keys)-1]...)
		_, cmd := m.Update(keypress.Msg(keys[len(keys)-1]))
		if cmd == nil {
			t.Fatalf("%v: no command", keys)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%v did not quit", keys)
		}
	}
}

func TestTooSmall(t *testing.T) {
	for _, sz := range [][2]int{{39, 24}, {80, 11}, {20, 5}} {
		m := press(newModel(t, sz[0], sz[1]), "enter")
		out := screenText(m)
		screentest.Fits(t, out, sz[0], sz[1])
		if !strings.Contains(strings.Join(strings.Fields(out), " "), "groter") {
			t.Errorf("%dx%d: no request for a larger window:\n%s", sz[0], sz[1], out)
		}
	}
	// At the minimum the case itself shows.
	m := press(newModel(t, layout.MinWidth, layout.MinHeight), "enter", "a", "?")
	out := screenText(m)
	screentest.Fits(t, out, layout.MinWidth, layout.MinHeight)
	if !strings.Contains(out, "Casus 1 van 3") {
		t.Errorf("at %dx%d the case does not show:\n%s", layout.MinWidth, layout.MinHeight, out)
	}
}

func TestEveryFrameFits(t *testing.T) {
	sizes := [][2]int{{40, 12}, {60, 18}, {80, 24}, {120, 36}, {200, 60}}
	seqs := [][]string{nil, {"?"}, {"enter"}, {"enter", "a"}, {"enter", "a", "?"}, {"down", "enter", "a", "pgdown", "pgdown"}, {"/", "x"}}
	for _, sz := range sizes {
		for _, seq := range seqs {
			m := press(newModel(t, sz[0], sz[1]), seq...)
			out := screenText(m)
			screentest.Fits(t, out, sz[0], sz[1])
			n := len(strings.Split(out, "\n"))
			if layout.IsWall(sz[0], sz[1]) {
				// On a wall the footer follows the text instead.
				if n > sz[1] {
					t.Errorf("%dx%d %v: %d lines", sz[0], sz[1], seq, n)
				}
			} else if n != sz[1] {
				t.Errorf("%dx%d %v: %d lines; the footer should sit on the last line", sz[0], sz[1], seq, n)
			}
		}
	}
}

func TestViewHygiene(t *testing.T) {
	m := newModel(t, 80, 24)
	v := m.View()
	if !v.AltScreen || v.Cursor != nil || v.MouseMode != tea.MouseModeNone {
		t.Errorf("view: alt screen %v, cursor %v, mouse %v", v.AltScreen, v.Cursor, v.MouseMode)
	}
	if !strings.Contains(v.WindowTitle, "De ideale ambtenaar") {
		t.Errorf("window title %q", v.WindowTitle)
	}
	v = press(m, "enter").View()
	if !strings.Contains(v.WindowTitle, "casus 1 van 3") {
		t.Errorf("case window title %q", v.WindowTitle)
	}
}

func TestAutoThemeHoldsFirstFrame(t *testing.T) {
	m := newModel(t, 80, 24, func(o *Options) { o.Theme = theme.Auto })
	if m.View().Content != "" {
		t.Fatal("a frame was drawn before the background was known")
	}
	if m.Init() == nil {
		t.Fatal("Auto does not ask the terminal")
	}
	m = send(m, tea.BackgroundColorMsg{Color: color.White})
	if !strings.Contains(screenText(m), "Casusbespreking") {
		t.Fatal("no frame after the background became known")
	}
	if m.st.th.Dark {
		t.Error("a white background gave the dark theme")
	}
}

func TestEnglish(t *testing.T) {
	m := press(newModel(t, 80, 24, func(o *Options) { o.Lang = i18n.EN }), "enter", "a")
	out := screenText(m)
	for _, want := range []string{"Scenario 1 of 3", "Bureaucrat", "Entrepreneur", "Connector", "To the extreme", "quit"} {
		if !strings.Contains(out, want) {
			t.Errorf("English screen lacks %q:\n%s", want, out)
		}
	}
}

func TestOpenAtCase(t *testing.T) {
	m := newModel(t, 80, 24, func(o *Options) { o.Case = "eigen-casus" })
	if m.screen != screenCase || m.current != 2 {
		t.Fatalf("Case did not open case 3: screen %v case %d", m.screen, m.current+1)
	}
	_, err := New(Options{Bank: testBank(), Case: "nope"})
	if !errors.Is(err, ErrUnknownCase) {
		t.Errorf("unknown case: err %v", err)
	}
}

func TestTrainerCaseShowsEveryOption(t *testing.T) {
	m := press(newModel(t, 80, 24), "down", "down", "enter", "a")
	out := screenText(m)
	for _, want := range []string{"te laat is te laat", "vastlegt", "niets extra kost", "geen reactie"} {
		if !strings.Contains(out, want) {
			t.Errorf("trainer case lacks %q:\n%s", want, out)
		}
	}
}

func TestResponses(t *testing.T) {
	q := testBank().Questions[2]
	got := quiz.Responses(q)
	// {1,0,1} ties bureaucraat and verbinder: the fixed order decides.
	// {0,2,2} ties ondernemer and verbinder: ondernemer.
	want := [profile.Count][]string{
		{"Nee: te laat is te laat.", "Ja, als je het vastlegt."},
		{"Alleen als het niets extra kost."},
		nil,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Responses = %q, want %q", got, want)
	}
}

func TestFind(t *testing.T) {
	b := testBank()
	for in, want := range map[string]int{"hangplek": 0, "OVERSCHOT": 1, "3": 2, " 2 ": 1} {
		if got, ok := quiz.FindCase(b, in); !ok || got != want {
			t.Errorf("quiz.FindCase(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "0", "4", "onbekend"} {
		if _, ok := quiz.FindCase(b, in); ok {
			t.Errorf("quiz.FindCase(%q) found a case", in)
		}
	}
}

func TestWritePlain(t *testing.T) {
	var buf bytes.Buffer
	if err := textmode.WriteCases(&buf, testBank(), i18n.NL, -1); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if ansi.Strip(out) != out {
		t.Error("plain output has escape codes")
	}
	for _, want := range []string{"Casus 1 van 3 · hangplek · Openbare ruimte", "Bureaucraat:\n  Handhaven", "Ondernemer:\n  Een goedkope", "Verbinder:\n  Met de jongeren", "Casus 3 van 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q:\n%s", want, out)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > textmode.Width {
			t.Errorf("line %d is wider than %d: %q", i+1, textmode.Width, l)
		}
	}
	buf.Reset()
	if err := textmode.WriteCases(&buf, testBank(), i18n.EN, 1); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); strings.Contains(out, "hangplek") || !strings.Contains(out, "Scenario 2 of 3") || !strings.Contains(out, "Connector:") {
		t.Errorf("one case in English:\n%s", out)
	}
}

// realBank reads a shipped question set the way main embeds it.
func realBank(t *testing.T, l i18n.Lang) *quiz.Bank { return quiztest.Bank(t, l) }

// TestShippedCases checks every shipped case in both languages: each type
// has exactly one response, and every frame fits at 80×24 and 60×18.
func TestShippedCases(t *testing.T) {
	for l, name := range map[i18n.Lang]string{i18n.NL: "questions.yaml", i18n.EN: "questions.en.yaml"} {
		b := realBank(t, l)
		for i, q := range b.Questions {
			for _, tp := range profile.Types {
				if n := len(quiz.Responses(q)[tp]); n != 1 {
					t.Errorf("%s %s: %d responses for %s", name, q.ID, n, tp)
				}
			}
			for _, sz := range [][2]int{{80, 24}, {60, 18}} {
				m, err := New(Options{Bank: b, Lang: l, Theme: theme.Light, Color: true, Case: q.ID})
				if err != nil {
					t.Fatal(err)
				}
				m = press(send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]}), "a")
				screentest.Fits(t, screenText(m), sz[0], sz[1])
				if m.current != i {
					t.Errorf("%s: opened case %d, want %d", q.ID, m.current+1, i+1)
				}
			}
		}
	}
}

func TestResizeKeepsCaseInView(t *testing.T) {
	m := press(newModel(t, 60, 18), "down", "enter", "a", "pgdown", "pgdown", "pgdown")
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 36})
	out := screenText(m)
	screentest.Fits(t, out, 120, 36)
	if !strings.Contains(out, "Verbinder") || !strings.Contains(out, "Casus 2 van 3") {
		t.Errorf("after growing the window the case is not in view:\n%s", out)
	}
	m = send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	screentest.Fits(t, screenText(m), 40, 12)
}

// TestRevealKeysFollowTheLanguage: the reveal letters are the types'
// initials in the user's language (b/o/v in Dutch, b/e/c in English), and
// the screen names those, not the other language's.
func TestRevealKeysFollowTheLanguage(t *testing.T) {
	en := func(o *Options) { o.Lang = i18n.EN }
	m := press(newModel(t, 80, 24, en), "enter", "e", "c")
	if m.revealed != [profile.Count]bool{false, true, true} {
		t.Fatalf("e and c revealed %v; want the entrepreneur and the connector", m.revealed)
	}
	m = press(newModel(t, 80, 24, en), "enter")
	if s := screenText(m); !strings.Contains(s, "b/e/c") || strings.Contains(s, "b/o/v") {
		t.Errorf("English case screen does not offer b/e/c:\n%s", s)
	}
	m = press(newModel(t, 80, 24), "enter", "o", "v")
	if m.revealed != [profile.Count]bool{false, true, true} {
		t.Fatalf("o and v revealed %v in Dutch", m.revealed)
	}
}
