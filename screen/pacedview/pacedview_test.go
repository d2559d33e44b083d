package pacedview_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/screen/pacedview"
)

// fake is a paced room for one participant: the test plays the trainer
// by changing the stage (open, reveal, extreme, end), and the screen's
// steps change it as the room would.
type fake struct {
	mu sync.Mutex
	// cfg holds the room's question set, for the points of an answer.
	cfg    pacedview.Config
	st     room.Stage
	points profile.Points // the participant's points over answered cases
	subs   []chan struct{}
	left   bool
	closed bool // the room closed: Stage fails
}

func newFake(b *pacedview.Config) *fake {
	return &fake{cfg: *b, st: room.Stage{Case: -1, Chosen: -1, Mix: profile.Of(profile.Points{}, 0)}}
}

func (f *fake) Stage() (room.Stage, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return room.Stage{}, room.ErrClosed
	}
	st := f.st
	st.Shown = append([]int(nil), f.st.Shown...)
	return st, nil
}

// change applies a trainer's step and signals the screen.
func (f *fake) change(do func(st *room.Stage)) {
	f.mu.Lock()
	do(&f.st)
	f.st.Version++
	subs := f.subs
	f.mu.Unlock()
	for _, ch := range subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

func (f *fake) open(q int) {
	f.change(func(st *room.Stage) {
		*st = room.Stage{Case: q, Chosen: -1, Shown: []int{2, 0, 1}, Answered: st.Answered, Mix: st.Mix, Version: st.Version}
	})
}

func (f *fake) reveal(split profile.Points) {
	f.change(func(st *room.Stage) { st.Revealed, st.Split = true, split })
}

func (f *fake) extreme(t profile.Type) {
	f.change(func(st *room.Stage) { st.Extreme, st.Assigned, st.Type = true, true, t })
}

func (f *fake) end() { f.change(func(st *room.Stage) { st.Ended, st.Done = true, st.Answered > 0 }) }

func (f *fake) Answer(q, shown int) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case q != f.st.Case:
		return room.ErrNotOpen
	case f.st.Revealed:
		return room.ErrRevealed
	case shown < 0 || shown >= len(f.st.Shown):
		return room.ErrNoSuchOption
	}
	if f.st.Chosen < 0 {
		f.st.Answered++
	} else {
		for i, n := range f.cfg.Bank.Questions[q].Options[f.st.Shown[f.st.Chosen]].Points {
			f.points[i] -= n
		}
	}
	for i, n := range f.cfg.Bank.Questions[q].Options[f.st.Shown[shown]].Points {
		f.points[i] += n
	}
	f.st.Chosen = shown
	f.st.Mix = profile.Of(f.points, f.st.Answered)
	f.st.Version++
	return nil
}

func (f *fake) Propose(text string) error {
	text = room.CleanProposal(text)
	switch {
	case text == "":
		return room.ErrEmptyProposal
	case utf8.RuneCountInString(text) > room.MaxProposal:
		return room.ErrLongProposal
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.st.Extreme {
		return room.ErrNoExtreme
	}
	f.st.Proposal = text
	f.st.Version++
	return nil
}

func (f *fake) Changes() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	f.mu.Lock()
	f.subs = append(f.subs, ch)
	f.mu.Unlock()
	return ch, func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		for i, c := range f.subs {
			if c == ch {
				f.subs = append(f.subs[:i], f.subs[i+1:]...)
				return
			}
		}
	}
}

func (f *fake) Leave() { f.mu.Lock(); f.left = true; f.mu.Unlock() }

// clock is the fixed time of the goldens: a countdown ends 42 s later.
var clock = time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)

// newModel is the screen over f at w×h, on the goldens' clock.
func newModel(t testing.TB, f *fake, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
	t.Helper()
	m := pacedview.New(pacedview.Config{Bank: f.cfg.Bank, Source: f, Lang: l, Theme: c, Color: true,
		NoSuspend: true, Now: func() time.Time { return clock }})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h})
}

// send gives the screen each message in turn; a string is a key by name
// (package keypress).
func send(m pacedview.Model, msgs ...tea.Msg) pacedview.Model {
	for _, msg := range msgs {
		if k, ok := msg.(string); ok {
			msg = keypress.Msg(k)
		}
		next, _ := m.Update(msg)
		m = next.(pacedview.Model)
	}
	return m
}

// press types keys by name.
func press(m pacedview.Model, keys ...string) pacedview.Model {
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = k
	}
	return send(m, msgs...)
}

// typed types text into the field, a key press a character.
func typed(m pacedview.Model, text string) pacedview.Model {
	var msgs []tea.Msg
	for _, r := range text {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return send(m, msgs...)
}

// changed tells the screen the room changed, as its listener would.
func changed(m pacedview.Model) pacedview.Model { return send(m, pacedview.ChangedMsg()) }

func screen(m pacedview.Model) string { return ansi.Strip(m.View().Content) }

// stages brings a screen to each stage of the workshop.
var stages = map[string]func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model{
	"waiting": func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
		return newModel(t, newFake(&pacedview.Config{Bank: quiztest.Bank(t, l)}), l, c, w, h)
	},
	"case": func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
		f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, l)})
		f.open(2)
		f.change(func(st *room.Stage) { st.Deadline = clock.Add(42 * time.Second) })
		return newModel(t, f, l, c, w, h)
	},
	"chosen": func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
		f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, l)})
		f.open(2)
		// A digit chooses at once; the selection stays on the choice.
		return press(newModel(t, f, l, c, w, h), "2")
	},
	"revealed": func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
		f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, l)})
		f.open(2)
		m := press(newModel(t, f, l, c, w, h), "3")
		f.reveal(profile.Points{7, 3, 12})
		return changed(m)
	},
	"extreme": func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
		f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, l)})
		f.open(2)
		m := press(newModel(t, f, l, c, w, h), "1")
		f.reveal(profile.Points{7, 3, 12})
		f.extreme(profile.Ondernemer)
		m = changed(m)
		m = press(typed(m, "Ik regel het vandaag nog, desnoods buiten de regels om."), "enter")
		return typed(m, " En ik bel")
	},
	"end": func(t testing.TB, l i18n.Lang, c theme.Choice, w, h int) pacedview.Model {
		f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, l)})
		m := newModel(t, f, l, c, w, h)
		for q, k := range []string{"1", "2", "1", "3"} {
			f.open(q)
			m = press(changed(m), k)
		}
		f.end()
		return changed(m)
	},
}

// TestGolden pins every stage at 80×24, the smallest 40×12 and a wide
// 120×40, dark, in Dutch; the extreme round also light and in English.
func TestGolden(t *testing.T) {
	type run struct {
		stage string
		l     i18n.Lang
		c     theme.Choice
		sizes [][2]int
	}
	all := [][2]int{{80, 24}, {40, 12}, {120, 40}}
	runs := []run{{"extreme", i18n.EN, theme.Light, [][2]int{{80, 24}}}}
	for name := range stages {
		runs = append(runs, run{name, i18n.NL, theme.Dark, all})
	}
	for _, r := range runs {
		for _, sz := range r.sizes {
			w, h := sz[0], sz[1]
			name := fmt.Sprintf("%s_%dx%d", r.stage, w, h)
			if r.l == i18n.EN {
				name = fmt.Sprintf("%s-en-light_%dx%d", r.stage, w, h)
			}
			t.Run(name, func(t *testing.T) {
				out := stages[r.stage](t, r.l, r.c, w, h).View().Content
				screentest.Fits(t, out, w, h)
				golden.RequireEqual(t, []byte(ansi.Strip(out)))
			})
		}
	}
}

// TestChooseAndChange: the choice is marked, can change until the
// reveal, and is refused after it with the room's message; the mix
// follows the answers.
func TestChooseAndChange(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	m := newModel(t, f, i18n.NL, theme.Dark, 80, 24)
	if !strings.Contains(screen(m), words.WorkshopChoose.In(i18n.NL)) {
		t.Errorf("the case does not ask with the workshop's words:\n%s", screen(m))
	}
	m = press(m, "2")
	if st, _ := f.Stage(); st.Chosen != 1 {
		t.Fatalf("chosen %d, want 1", st.Chosen)
	}
	m = press(m, "up", "enter")
	if st, _ := f.Stage(); st.Chosen != 0 || st.Answered != 1 {
		t.Fatalf("after changing: chosen %d, answered %d", st.Chosen, st.Answered)
	}
	if !strings.Contains(screen(m), "● ") {
		t.Errorf("the choice is not marked:\n%s", screen(m))
	}
	// The trainer reveals while the screen still shows the case: a key
	// that chooses gets the room's word for it.
	f.mu.Lock()
	f.st.Revealed = true
	f.mu.Unlock()
	m = press(m, "3")
	if !strings.Contains(screen(m), "Zo koos de groep") {
		t.Errorf("after the refused answer the screen did not move to the split:\n%s", screen(m))
	}
	if !strings.Contains(screen(m), room.Message(room.ErrRevealed, i18n.NL)[:20]) {
		t.Errorf("no message for the refused answer:\n%s", screen(m))
	}
	if st, _ := f.Stage(); st.Chosen != 0 {
		t.Errorf("a refused answer changed the choice to %d", st.Chosen)
	}
}

// TestProposalErrorsKeepText: an empty or too long proposal gets a
// clear message and what was typed stays in the field.
func TestProposalErrorsKeepText(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	f.reveal(profile.Points{1, 1, 1})
	f.extreme(profile.Verbinder)
	m := press(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "enter")
	if !strings.Contains(screen(m), room.Message(room.ErrEmptyProposal, i18n.NL)[:15]) {
		t.Errorf("no message for an empty proposal:\n%s", screen(m))
	}
	if !strings.Contains(screen(m), "Jij bent de verbinder") {
		t.Errorf("the sentence does not name the type:\n%s", screen(m))
	}
	// Typing past the limit is not cut: the count turns red, enter is
	// refused with the room's message, the text stays, and typing clears
	// the old message.
	long := strings.Repeat("x", room.MaxProposal)
	m = typed(m, long+"yyy")
	if !strings.Contains(screen(m), fmt.Sprintf("%d van %d tekens", room.MaxProposal+3, room.MaxProposal)) {
		t.Errorf("the field does not count past %d:\n%s", room.MaxProposal, screen(m))
	}
	m = press(m, "enter")
	if st, _ := f.Stage(); st.Proposal != "" {
		t.Fatalf("a proposal over the limit was kept: %q", st.Proposal)
	}
	if !strings.Contains(screen(m), "je voorstel is") {
		t.Errorf("no message for a long proposal:\n%s", screen(m))
	}
	m = press(m, "backspace")
	if strings.Contains(screen(m), "je voorstel is") {
		t.Errorf("typing did not clear the old message:\n%s", screen(m))
	}
	m = press(m, "backspace", "backspace", "enter")
	if st, _ := f.Stage(); st.Proposal != long {
		t.Fatalf("proposal %q", st.Proposal)
	}
	// A paste is not cut at the room's limit either, and its line
	// breaks become spaces.
	m = send(m, tea.PasteMsg{Content: "\nnog\neen regel"})
	if got := m.Field(); got != long+" nog een regel" {
		t.Errorf("after the paste the field holds %q", got)
	}
}

// TestFieldWraps: a long proposal wraps over lines from its start, not
// scrolled sideways.
func TestFieldWraps(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	f.reveal(profile.Points{1, 1, 1})
	f.extreme(profile.Verbinder)
	m := typed(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "Begin van het voorstel, "+strings.Repeat("en nog wat meer ", 6)+"einde.")
	out := screen(m)
	if !strings.Contains(out, "› Begin van het voorstel") || !strings.Contains(out, "einde.") {
		t.Errorf("the field does not show its start and end over lines:\n%s", out)
	}
}

// TestMixAnyTime: m shows the participant's mix over the stage and goes
// back; q leaves the room.
func TestMixAnyTime(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	m := press(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "1", "m")
	if !strings.Contains(screen(m), "Jouw mix") {
		t.Fatalf("m did not show the mix:\n%s", screen(m))
	}
	m = press(m, "m")
	if !strings.Contains(screen(m), "Casus 1 van") {
		t.Fatalf("m did not go back:\n%s", screen(m))
	}
	// q asks first; n goes back, j leaves.
	m = press(m, "q")
	if !strings.Contains(screen(m), "Stoppen?") || f.left {
		t.Fatalf("q did not ask first:\n%s", screen(m))
	}
	m = press(m, "n")
	if strings.Contains(screen(m), "Stoppen?") || f.left {
		t.Fatalf("n did not go back:\n%s", screen(m))
	}
	_, cmd := press(m, "q").Update(keypress.Msg("j"))
	if cmd == nil || !f.left {
		t.Errorf("q and j did not leave")
	}
}

// TestLettersAfterEsc: after esc out of the field, a letter goes back
// into it (none is lost or taken as a command), and q asks before it
// leaves.
func TestLettersAfterEsc(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	f.reveal(profile.Points{1, 1, 1})
	f.extreme(profile.Verbinder)
	m := typed(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "Ik")
	m = typed(press(m, "esc"), " Ge")
	if got := m.Field(); got != "Ik Ge" {
		t.Errorf("after esc the field holds %q, want %q", got, "Ik Ge")
	}
	m = press(m, "esc", "q")
	if f.left || !strings.Contains(screen(m), "Stoppen?") {
		t.Errorf("q after esc did not ask first:\n%s", screen(m))
	}
	m = press(m, "esc")
	if got := m.Field(); got != "Ik Ge" || f.left {
		t.Errorf("after the question the field holds %q (left %v)", got, f.left)
	}
}

// TestFlowWorkshop runs the screen in a real program while the test
// plays the trainer on the fake room: the screen follows every change
// signal by itself (no message from the test), the participant chooses
// and proposes with keys, and the end shows their mix. Every wait waits
// on the room's state or on a whole line of the new stage.
func TestFlowWorkshop(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	m := pacedview.New(pacedview.Config{Bank: f.cfg.Bank, Source: f, Lang: i18n.NL, Theme: theme.Dark, Color: true, NoSuspend: true})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	waitFor(t, tm, "De trainer start zo")

	f.open(1)
	waitFor(t, tm, "Casus 2 van 26")
	tm.Send(keypress.Msg("2"))
	waitState(t, f, func(st room.Stage) bool { return st.Chosen == 1 })

	f.reveal(profile.Points{4, 5, 6})
	waitFor(t, tm, "Zo koos de groep")
	f.extreme(profile.Bureaucraat)
	waitFor(t, tm, "bureaucraat")
	for _, r := range "Alles volgens het boekje." {
		tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	tm.Send(keypress.Msg("enter"))
	waitState(t, f, func(st room.Stage) bool { return st.Proposal == "Alles volgens het boekje." })

	f.end()
	waitFor(t, tm, "workshop afgesloten")
	tm.Send(keypress.Msg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(pacedview.Model)
	if !final.Finished() || final.Stage().Answered != 1 {
		t.Errorf("final stage %+v", final.Stage())
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(5*time.Millisecond))
}

// waitState waits until the fake room's stage satisfies ok.
func waitState(t *testing.T, f *fake, ok func(room.Stage) bool) {
	t.Helper()
	ch, stop := f.Changes()
	defer stop()
	deadline := time.After(5 * time.Second)
	for {
		if st, _ := f.Stage(); ok(st) {
			return
		}
		select {
		case <-ch:
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			st, _ := f.Stage()
			t.Fatalf("the room never reached the state; it is %+v", st)
		}
	}
}

// TestClosedRoomStopsListening: once the room cannot be read, the
// screen says so and stops listening (no loop of re-reads).
func TestClosedRoomStopsListening(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	m := newModel(t, f, i18n.NL, theme.Dark, 80, 24)
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	next, cmd := m.Update(pacedview.ChangedMsg())
	m = next.(pacedview.Model)
	if !strings.Contains(screen(m), "niet meer te bereiken") {
		t.Errorf("no line for the closed room:\n%s", screen(m))
	}
	if msg := runBatch(cmd); msg != nil {
		t.Errorf("the screen listens on after the room closed: %#v", msg)
	}
}

// runBatch runs cmd and the commands of a batch it returns, and returns
// the first message that is not nil.
func runBatch(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if m := runBatch(c); m != nil {
				return m
			}
		}
		return nil
	}
	return msg
}

// onCase is the screen at 80×24 on the third case, for the benchmarks.
func onCase(b *testing.B) pacedview.Model {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(b, i18n.NL)})
	f.open(2)
	return newModel(b, f, i18n.NL, theme.Dark, 80, 24)
}

// BenchmarkChange is what one change of the room costs a participant's
// screen: the stage read again and the frame drawn at 80×24 on the case.
func BenchmarkChange(b *testing.B) {
	m := onCase(b)
	b.ReportAllocs()
	for b.Loop() {
		m = send(m, pacedview.ChangedMsg())
		_ = m.View()
	}
}

// BenchmarkKeystroke is one arrow key and the frame after it, at 80×24
// on the case.
func BenchmarkKeystroke(b *testing.B) {
	m := onCase(b)
	keys := []string{"down", "up"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m = press(m, keys[i%2])
		_ = m.View()
	}
}

// BenchmarkFrame draws the case at 80×24: the part of a change that is
// drawing.
func BenchmarkFrame(b *testing.B) {
	m := onCase(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// TestFullHelp: ? lists every key of the case, m included, and its own
// label says it makes the help smaller again.
func TestFullHelp(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	out := screen(press(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "?"))
	for _, want := range []string{"1-3", "mijn mix", "minder"} {
		if !strings.Contains(out, want) {
			t.Errorf("the full help lacks %q:\n%s", want, out)
		}
	}
}

// TestMixClosesOnNewCase: a participant looking at their mix sees the
// next case, and the extreme round, as soon as the trainer opens it; the
// digits choose there at once.
func TestMixClosesOnNewCase(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	m := press(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "1", "m")
	f.open(1)
	m = changed(m)
	if !strings.Contains(screen(m), "Casus 2 van") {
		t.Fatalf("the new case is not on screen:\n%s", screen(m))
	}
	m = press(m, "2")
	if st, _ := f.Stage(); st.Chosen != 1 {
		t.Errorf("a digit after the new case chose %d, want 1", st.Chosen)
	}
	m = press(m, "m")
	f.reveal(profile.Points{1, 1, 1})
	f.extreme(profile.Verbinder)
	if m = changed(m); !strings.Contains(screen(m), "Jij bent de verbinder") {
		t.Errorf("the extreme round is not on screen:\n%s", screen(m))
	}
}

// TestUnsentProposalShown: a proposal typed but not sent when the
// trainer opens the next case is shown with the phone's words, and stays
// through the next case's choice.
func TestUnsentProposalShown(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(0)
	f.reveal(profile.Points{1, 1, 1})
	f.extreme(profile.Verbinder)
	m := typed(newModel(t, f, i18n.NL, theme.Dark, 80, 24), "Ik bel iedereen")
	f.open(1)
	m = press(changed(m), "1")
	want := "Niet bewaard: de trainer is al naar een andere casus gegaan. Wat je schreef: Ik bel iedereen"
	if out := strings.Join(strings.Fields(screen(m)), " "); !strings.Contains(out, want) {
		t.Errorf("the unsent proposal is not shown:\n%s", screen(m))
	}
	// A sent one is not "not kept".
	f.reveal(profile.Points{1, 1, 1})
	f.extreme(profile.Bureaucraat)
	m = press(typed(changed(m), "Volgens het boekje"), "enter")
	f.open(2)
	if out := screen(changed(m)); strings.Contains(out, "Niet bewaard") {
		t.Errorf("a sent proposal is called not kept:\n%s", out)
	}
}

// TestMoreOptionsHint: on a low window the case says how many options
// follow below, and ↓ reaches each of them with the hint counting down.
func TestMoreOptionsHint(t *testing.T) {
	f := newFake(&pacedview.Config{Bank: quiztest.Bank(t, i18n.NL)})
	f.open(2)
	m := newModel(t, f, i18n.NL, theme.Dark, 40, 12)
	if out := screen(m); !strings.Contains(out, "↓ nog 2 opties") || !strings.Contains(out, "↑/↓ optie") {
		t.Errorf("no hint of the options below, or no ↑/↓ in the footer:\n%s", out)
	}
	for range 20 {
		m = press(m, "down")
	}
	out := screen(m)
	if !strings.Contains(out, "› 3.") || strings.Contains(out, "↓ nog") {
		t.Errorf("↓ did not reach the last option, or the hint stayed:\n%s", out)
	}
}

// TestContextInHead: the case's context stands beside its number, cut
// with "…" on a narrow window.
func TestContextInHead(t *testing.T) {
	b := quiztest.Bank(t, i18n.NL)
	f := newFake(&pacedview.Config{Bank: b})
	f.open(2)
	ctx := b.Questions[2].Context
	if out := screen(newModel(t, f, i18n.NL, theme.Dark, 80, 24)); !strings.Contains(out, "Casus 3 van 26 · "+ctx) {
		t.Errorf("no context %q beside the number:\n%s", ctx, out)
	}
	if out := screen(newModel(t, f, i18n.NL, theme.Dark, 40, 12)); !strings.Contains(out, "Casus 3 van 26 · "+ctx[:5]) || !strings.Contains(out, "…") {
		t.Errorf("no cut context at 40×12:\n%s", out)
	}
}
