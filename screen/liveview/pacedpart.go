package liveview

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
)

// Texts of the paced workshop's part of the screen.
var (
	txtPacedMode       = i18n.Text{NL: "workshop", EN: "workshop"}
	txtPacedCaseMode   = i18n.Text{NL: "casus %d/%d", EN: "scenario %d/%d"}
	txtPacedWait       = i18n.Text{NL: "De trainer start zo.", EN: "The trainer will start soon."}
	txtPacedChosen     = i18n.Text{NL: "%d van %d hebben gekozen", EN: "%d of %d have chosen"}
	txtPacedChosenBig  = i18n.Text{NL: "van %d hebben gekozen", EN: "of %d have chosen"}
	txtPacedNobody     = i18n.Text{NL: "Niemand koos bij deze casus.", EN: "Nobody chose in this scenario."}
	txtPacedExtreme    = i18n.Text{NL: "extreme ronde", EN: "extreme round"}
	txtPacedAssigned   = i18n.Text{NL: "%d toegewezen · %d voorstellen", EN: "%d assigned · %d proposals"}
	txtPacedAssigned1  = i18n.Text{NL: "%d toegewezen · 1 voorstel", EN: "%d assigned · 1 proposal"}
	txtPacedProposals  = i18n.Text{NL: "Voorstellen van de %s", EN: "Proposals of the %s"}
	txtPacedNoProps    = i18n.Text{NL: "Nog geen voorstellen van de %s.", EN: "No proposals of the %s yet."}
	txtPacedTypeBig    = i18n.Text{NL: "%s · %d toegewezen", EN: "%s · %d assigned"}
	txtPacedPerType    = i18n.Text{NL: "Voorstellen per type", EN: "Proposals per type"}
	txtPacedExtremeQ   = i18n.Text{NL: "Wat doet de %s in deze casus, op zijn uiterst, zonder te relativeren?", EN: "What does the %s do in this scenario, at the extreme, without hedging?"}
	txtPacedAnyType    = i18n.Text{NL: "%s, de %s of de %s", EN: "%s, the %s or the %s"}
	txtPacedPickType   = i18n.Text{NL: "Druk 1, 2 of 3 om de voorstellen van een type te tonen.", EN: "Press 1, 2 or 3 to show the proposals of a type."}
	txtPacedHiddenP    = i18n.Text{NL: "(verborgen)", EN: "(hidden)"}
	txtPacedExtremes   = i18n.Text{NL: "De uitersten van deze casus", EN: "The extremes of this scenario"}
	txtPacedNoExtreme  = i18n.Text{NL: "(geen antwoord van dit type)", EN: "(no response of this type)"}
	txtPacedMix        = i18n.Text{NL: "De mix van de zaal", EN: "The room's mix"}
	txtPacedNoMix      = i18n.Text{NL: "Nog niemand heeft een casus beantwoord.", EN: "Nobody has answered a scenario yet."}
	txtPacedEnded      = i18n.Text{NL: "De workshop is afgesloten: %d resultaten bewaard.", EN: "The workshop has ended: %d results saved."}
	txtPacedPrev       = i18n.Text{NL: "terug naar een eerdere casus: o en het nummer", EN: "back to an earlier scenario: o and its number"}
	txtPacedSplitFirst = i18n.Text{NL: "eerst de verdeling tonen (h)", EN: "show the split first (h)"}
	txtPacedKept       = i18n.Text{NL: "antwoorden en voorstellen", EN: "answer and proposal"}
	txtPacedNumber     = i18n.Text{NL: "Casus nummer: %s▏\n1 tot %d · enter opent · esc annuleert", EN: "Scenario number: %s▏\n1 to %d · enter opens · esc cancels"}
	txtPacedAskEnd     = i18n.Text{
		NL: "Dit was de laatste casus.\nDe workshop afsluiten? Wie een casus\nbeantwoordde, krijgt zijn resultaat bewaard.",
		EN: "This was the last scenario.\nEnd the workshop? Everyone who answered\na scenario gets their result saved."}
	txtPacedAskEndNow = i18n.Text{
		NL: "De workshop nu afsluiten?\nWie een casus beantwoordde, krijgt zijn\nresultaat bewaard en ziet zijn eigen mix;\ndit scherm toont de mix van de zaal.",
		EN: "End the workshop now?\nEveryone who answered a scenario gets\ntheir result saved and sees their own mix;\nthis screen shows the room's mix."}
	txtPacedAskQuit = i18n.Text{
		NL: "Stoppen?\nDe workshop sluit af en alle deelnemers\nworden losgekoppeld; hun resultaten zijn\nbewaard. Afsluiten en blijven tonen: E.",
		EN: "Quit?\nThe workshop ends and every participant\nis disconnected; their results are\nsaved. To end and keep showing: E."}
	txtPacedAskQuitEnded = i18n.Text{
		NL: "Stoppen?\nDe workshop is afgesloten; alles staat\nin het sessielogboek.",
		EN: "Quit?\nThe workshop has ended; everything is\nin the session journal."}
)

// pacer is what the trainer's keys ask of a room running the paced
// workshop; *room.Room is one. Its errors are room.Error.
type pacer interface {
	Open(q int) error
	Next() (int, error)
	Reveal() error
	Extreme() error
	HideProposal(n int, hidden bool) error
	Countdown(d time.Duration) error
	End() (int, error)
}

// overlay is what the trainer put over the workshop's screen.
type overlay int

const (
	overNone overlay = iota
	// overExtremes: the open case's three extreme responses (x).
	overExtremes
	// overMix: the room's mix (m).
	overMix
)

// pacedState is the paced workshop's state on the screen, apart from the
// room's: which type's proposals show in the extreme round and which of
// them is selected, what is over the screen, the case number being
// typed (o) and the countdown's seconds left. It is comparable: the view
// cache keys on it.
type pacedState struct {
	show   profile.Type // noType until the trainer picks one
	pick   int          // the selected proposal among the shown type's, from 0
	over   overlay
	typing bool
	digits string
	left   int // whole seconds left on the countdown, -1 for none
}

func newPacedState() pacedState { return pacedState{show: noType, left: -1} }

// noType is pacedState.show while no type's proposals show: when an
// extreme round starts, so that no proposal reaches the wall before the
// trainer chose to show its type.
const noType profile.Type = -1

// shown are the open case's proposals of type t, in the order they came.
func shown(ps *room.PacedSnapshot, t profile.Type) []room.Proposal {
	var out []room.Proposal
	for _, p := range ps.Proposals {
		if p.Type == t {
			out = append(out, p)
		}
	}
	return out
}

// picked is the selected proposal of the shown type; ok is false when
// that type has none.
func (st pacedState) picked(ps *room.PacedSnapshot) (room.Proposal, bool) {
	list := shown(ps, st.show)
	if len(list) == 0 {
		return room.Proposal{}, false
	}
	return list[min(max(st.pick, 0), len(list)-1)], true
}

// pacedPart is the paced workshop's share of the screen (live --paced):
// the trainer opens one case at a time, reveals its split over the three
// types, runs its extreme round and shows the proposals; the screen's own
// state is Model.pace.
type pacedPart struct {
	bank *quiz.Bank
	// room leads the workshop; nil when the source cannot (the tests'
	// made-up snapshots): the keys then change nothing in the room.
	room pacer
}

func newPacedPart(src source) pacedPart {
	p := pacedPart{bank: src.Bank()}
	if p.bank == nil {
		p.bank = &quiz.Bank{}
	}
	p.room, _ = src.(pacer)
	return p
}

// pacedOf is s's paced part; an empty one (no case open) when s has none.
func pacedOf(s *room.Snapshot) *room.PacedSnapshot {
	if s.Paced == nil {
		return &room.PacedSnapshot{Case: -1}
	}
	return s.Paced
}

// lobby: never the shared lobby alone; the workshop's body draws it with
// the line that the trainer starts soon.
func (pacedPart) lobby(*room.Snapshot) bool { return false }

func (p pacedPart) mode(s *room.Snapshot, l i18n.Lang) string {
	mode := txtPacedMode.In(l) + " · "
	if ps := pacedOf(s); ps.Case >= 0 {
		mode += txtPacedCaseMode.F(l, ps.Case+1, len(p.bank.Questions)) + " · "
	}
	return mode
}

func (pacedPart) kept() i18n.Text { return txtPacedKept }

// progress: the cases answered.
func (pacedPart) progress(p room.ParticipantView, _ int) int { return p.Answered }

// askQuit: quitting ends the workshop (the command calls End).
func (pacedPart) askQuit(s *room.Snapshot, l i18n.Lang) string {
	if pacedOf(s).Ended {
		return txtPacedAskQuitEnded.In(l)
	}
	return txtPacedAskQuit.In(l)
}

// ask: E, and → after the last case, end the workshop, asked first.
func (p pacedPart) ask(s *room.Snapshot, l i18n.Lang) string {
	if ps := pacedOf(s); ps.Case >= 0 && ps.Case >= len(p.bank.Questions)-1 {
		return txtPacedAskEnd.In(l)
	}
	return txtPacedAskEndNow.In(l)
}

// confirm ends the workshop: everyone with an answer finishes.
func (p pacedPart) confirm(m *Model) {
	if p.room == nil {
		return
	}
	// The ended screen's headline says how many results were saved; the
	// status line says only a refusal.
	if _, err := p.room.End(); err != nil {
		m.status = room.Message(err, m.lang)
	}
	m.refresh()
}

// key: takes has every key of the workshop.
func (pacedPart) key(*Model, tea.KeyPressMsg) {}

// takes handles the trainer's keys before the shared ones: while a case
// number is typed every key but ctrl+c; otherwise →/n/space/PageDown
// (always the next case), PageUp, o, h, e, 1/2/3 and tab in the extreme
// round, ↑/↓, v, x, t, m, E and esc.
func (p pacedPart) takes(m *Model, msg tea.KeyPressMsg) bool {
	k, st, ps := m.keys, &m.pace, pacedOf(m.snap)
	if st.typing {
		if msg.String() == "ctrl+c" {
			st.typing = false
			return false
		}
		switch {
		case key.Matches(msg, k.Cancel):
			st.typing = false
		case key.Matches(msg, k.Enter):
			st.typing = false
			if n, err := strconv.Atoi(st.digits); err == nil {
				p.do(m, func() error { return p.room.Open(n - 1) })
				st.over, st.show, st.pick = overNone, noType, 0
			}
		case msg.String() == "backspace":
			if st.digits != "" {
				st.digits = st.digits[:len(st.digits)-1]
			}
		default:
			if r := msg.Text; len(r) == 1 && r[0] >= '0' && r[0] <= '9' && len(st.digits) < 3 {
				st.digits += r
			}
		}
		return true
	}
	switch {
	case st.over != overNone && key.Matches(msg, k.Cancel):
		st.over = overNone
	case ps.Extreme && key.Matches(msg, k.Types):
		st.show, st.pick = profile.Type(msg.Text[0]-'1'), 0
	case ps.Extreme && key.Matches(msg, k.TypeCycle):
		st.show, st.pick = cycle(st.show, msg.String() == "shift+tab"), 0
	case key.Matches(msg, k.CasePrev):
		m.status = txtPacedPrev.In(m.lang)
	case key.Matches(msg, k.CaseNext):
		if ps.Case >= 0 && ps.Case >= len(p.bank.Questions)-1 && !ps.Ended {
			m.dialog = askPart
			return true
		}
		p.do(m, func() error { _, err := p.room.Next(); return err })
		st.over, st.show, st.pick = overNone, noType, 0
	case key.Matches(msg, k.End) && !ps.Ended:
		m.dialog = askPart
	case key.Matches(msg, k.CaseOpen):
		st.typing, st.digits = true, ""
	case key.Matches(msg, k.Split):
		p.do(m, p.room.Reveal)
	case key.Matches(msg, k.Extreme):
		p.do(m, p.room.Extreme)
		st.over, st.show, st.pick = overNone, noType, 0
	case ps.Extreme && key.Matches(msg, k.Pick):
		d := 1
		if msg.String() == "up" {
			d = -1
		}
		if n := len(shown(ps, st.show)); n > 0 {
			st.pick = min(max(st.pick, 0), n-1)
			st.pick = ((st.pick+d)%n + n) % n
		}
	case ps.Extreme && key.Matches(msg, k.Hide):
		if pr, ok := st.picked(ps); ok {
			p.do(m, func() error { return p.room.HideProposal(pr.N, !pr.Hidden) })
		}
	case key.Matches(msg, k.Extremes):
		// The extremes are the answer key: not while the room still
		// chooses, only once the split is revealed.
		if st.over != overExtremes && ps.Case >= 0 && !ps.Revealed && !ps.Extreme && !ps.Ended {
			m.status = txtPacedSplitFirst.In(m.lang)
			return true
		}
		st.over = toggle(st.over, overExtremes)
		if ps.Case < 0 {
			st.over = overNone
		}
	case key.Matches(msg, k.Mix):
		st.over = toggle(st.over, overMix)
	case key.Matches(msg, k.Clock):
		d := m.countdown
		if d <= 0 {
			d = room.DefaultCountdown
		}
		if !ps.Deadline.IsZero() {
			d = 0
		}
		p.do(m, func() error { return p.room.Countdown(d) })
	default:
		return false
	}
	return true
}

// cycle is the type after t (before it when back), the first (the last)
// after noType.
func cycle(t profile.Type, back bool) profile.Type {
	switch {
	case t == noType && back:
		return profile.Type(profile.Count - 1)
	case t == noType:
		return 0
	case back:
		return profile.Type((int(t) + profile.Count - 1) % profile.Count)
	}
	return profile.Type((int(t) + 1) % profile.Count)
}

// toggle shows o, or takes it away when it shows.
func toggle(now, o overlay) overlay {
	if now == o {
		return overNone
	}
	return o
}

// do asks the room f and says a refusal in the status line; without a
// room it does nothing.
func (p pacedPart) do(m *Model, f func() error) {
	if p.room == nil {
		return
	}
	if err := f(); err != nil {
		m.status = room.Message(err, m.lang)
	}
	m.refresh()
}

// secondMsg: a second of the countdown has passed.
type secondMsg struct{}

// countdownLeft is the countdown's whole seconds left (rounded up), 0
// when it ran out, -1 when none runs.
func (m Model) countdownLeft() int {
	ps := m.snap.Paced
	if ps == nil || ps.Deadline.IsZero() || m.now == nil {
		return -1
	}
	d := ps.Deadline.Sub(m.now())
	if d <= 0 {
		return 0
	}
	return int((d + time.Second - 1) / time.Second)
}

// secondTick is the tick for the moment the countdown's seconds change,
// while one runs and no tick is on its way; nil otherwise. The screen
// ticks only while a countdown runs.
func (m *Model) secondTick() tea.Cmd {
	if m.seconds || m.pace.left <= 0 || m.quitting {
		return nil
	}
	m.seconds = true
	d := m.snap.Paced.Deadline.Sub(m.now()) - time.Duration(m.pace.left-1)*time.Second
	return tea.Tick(max(d, time.Millisecond), func(time.Time) tea.Msg { return secondMsg{} })
}

// second reads the clock and schedules the next second.
func (m Model) second() (tea.Model, tea.Cmd) {
	m.seconds = false
	m.pace.left = m.countdownLeft()
	cmd := m.secondTick()
	return m, cmd
}

// pacedKeys is the help of the workshop: the keys that do something now.
type pacedKeys struct{ keyMap }

// ShortHelp is the line under the screen.
func (k pacedKeys) ShortHelp() []key.Binding {
	ps, st := k.paced, k.pace
	if ps == nil {
		ps = &room.PacedSnapshot{Case: -1}
	}
	tail := []key.Binding{k.QR, k.Lock, k.Help, k.Quit}
	switch {
	case st.typing:
		return []key.Binding{k.Enter, k.Cancel} // the number takes every other key
	case st.over == overExtremes:
		return append([]key.Binding{k.Extremes, k.CaseNext}, tail...)
	case st.over == overMix:
		return append([]key.Binding{k.Mix, k.CaseNext}, tail...)
	case ps.Ended:
		return []key.Binding{k.Mix, k.QR, k.Help, k.Quit}
	case ps.Case < 0:
		return append([]key.Binding{k.CaseNext, k.CaseOpen, k.Mix}, tail...)
	case ps.Extreme:
		return append([]key.Binding{k.Types, k.Pick, k.Hide, k.Names, k.CaseNext, k.Extremes, k.Clock, k.Mix, k.End}, tail...)
	case ps.Revealed:
		return append([]key.Binding{k.CaseNext, k.Extreme, k.Extremes, k.Clock, k.Mix, k.CaseOpen, k.End}, tail...)
	}
	return append([]key.Binding{k.CaseNext, k.Split, k.Extreme, k.Clock, k.Mix, k.CaseOpen, k.End}, tail...) // x only after h
}

// FullHelp is shown after ?.
func (k pacedKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.CaseNext, k.CaseOpen, k.Split, k.Extreme},
		{k.Types, k.TypeCycle, k.Pick, k.Hide, k.Names},
		{k.Extremes, k.Clock, k.Mix, k.QR},
		{k.End, k.Lock, k.Help, k.Quit},
	}
}

// pacedDrop is what the short help leaves out first on a narrow window;
// j (the QR code) goes last.
var pacedDrop = []string{"E", "l", "o", "a", "m", "x", "t", "e", "n", "→/n", "↑/↓", "v", "j"}

func (pacedPart) help(k keyMap, _ bool) (help.KeyMap, []string) { return pacedKeys{k}, pacedDrop }

// pacedDrawer draws the workshop's body of one frame.
type pacedDrawer struct {
	base
	bank  *quiz.Bank
	pc    *room.PacedSnapshot
	names [profile.Count]string
	// named: a shows the authors' names with the proposals; the
	// participant list shows only in the lobby.
	named bool
	// lobbyBase is the base with the participant list, for the lobby.
	lobbyBase base
}

// body fills h rows: the lobby with the line that the trainer starts
// soon, the open case, its split, its extreme round, the extremes or the
// room's mix over it, or the end; the case number being typed over it.
func (p pacedPart) body(b base, h int) []string {
	d := pacedDrawer{base: b, bank: p.bank, pc: pacedOf(b.s), names: words.Names(p.bank.Types, b.l), named: b.list != nil, lobbyBase: b}
	d.listNeed, d.list = 0, nil
	var lines []string
	switch {
	case d.pace.over == overMix:
		lines = d.mixScreen(h)
	case d.pace.over == overExtremes && d.pc.Case >= 0 && d.pc.Case < len(p.bank.Questions):
		lines = d.extremesScreen(h)
	case d.pc.Ended:
		lines = d.endedScreen(h)
	case d.pc.Case < 0 || d.pc.Case >= len(p.bank.Questions):
		lines = d.lobbyScreen(h)
	case d.pc.Extreme:
		lines = d.extremeScreen(h)
	case d.pc.Revealed:
		// The case's text first: at 80×24 the big numbers and bars
		// shrink before the text is cut.
		lines = d.wall(d.stack(h, []section{d.joinSection(), d.headSection(), d.scenarioSection(), d.splitSection()}, []int{2, 3, 1, 0}), h)
	default:
		lines = d.wall(d.stack(h, []section{d.joinSection(), d.headSection(), d.scenarioSection(), d.chosenSection()}, []int{2, 3, 1, 0}), h)
	}
	if d.pace.typing {
		lines = d.overlay(fit(lines, h), txtPacedNumber.F(d.l, d.pace.digits, len(p.bank.Questions)))
	}
	return lines
}

// lobbyScreen: the join instructions under the line that the trainer
// starts soon.
func (d pacedDrawer) lobbyScreen(h int) []string {
	wait := layout.Centre(d.col, []string{d.ps.Heading.Paint(txtPacedWait.In(d.l))})
	if h < 8 {
		return append(wait, d.lobbyBase.lobby(h-1)...)
	}
	return append(append(wait, ""), d.lobbyBase.lobby(h-2)...)
}

// joinSection: once the workshop runs, the join is its one line (the
// code, the ssh command and the URL; j shows the QR code): the wall is
// the case's.
func (d pacedDrawer) joinSection() section { return section{{d.joinLine()}} }

// caseMeasure is the width the case's text wraps to: wider than running
// text elsewhere, so that on a wall it takes the room, read from afar.
func (d pacedDrawer) caseMeasure() int { return min(d.col, caseMeasure) }

// caseMeasure is the widest a line of the case's text gets, in cells.
const caseMeasure = 120

// question is the open case.
func (d pacedDrawer) question() quiz.Question { return d.bank.Questions[d.pc.Case] }

// headSection: "Casus 3 van 12 · context", the countdown on the right
// while one runs; in the extreme round with the round's name. On a wall
// it is as wide as the case's text, centred over it.
func (d pacedDrawer) headSection() section {
	pt := d.ps
	q := d.question()
	left := txtScenario.F(d.l, d.pc.Case+1, len(d.bank.Questions))
	text := pt.Heading.Paint(left)
	w := layout.Width(left)
	if d.pc.Extreme {
		e := " · " + txtPacedExtreme.In(d.l)
		text += pt.Selected.Paint(e)
		w += layout.Width(e)
	}
	clock := d.clock()
	if c := safetext.Line(q.Context); c != "" && w+3+layout.Width(c)+layout.Width(clock)+2 <= d.caseMeasure() {
		text += pt.Body.Paint(" · " + c)
		w += 3 + layout.Width(c)
	}
	if clock != "" {
		ink := pt.Selected
		if d.pace.left == 0 {
			ink = pt.Error
		}
		text += strings.Repeat(" ", max(d.caseMeasure()-w-layout.Width(clock), 2)) + ink.Paint(clock)
		w = max(d.caseMeasure(), w+2+layout.Width(clock))
	}
	if d.col > textMeasure {
		text += strings.Repeat(" ", max(d.caseMeasure()-w, 0)) // aligned with the text under it
	}
	return section{d.centre([]string{ansi.Truncate(text, d.col, "…")})}
}

// clock is the countdown as "⏱ 1:05", "" while none runs.
func (d pacedDrawer) clock() string {
	if d.pace.left < 0 {
		return ""
	}
	return fmt.Sprintf("⏱ %d:%02d", d.pace.left/60, d.pace.left%60)
}

// scenarioSection: the open case's text, large where there is room: two
// lines, whole, or on a wall whole with a blank line between its lines
// (read from the back of the room), in the heading's (bold) ink, wrapped
// to the case's measure.
func (d pacedDrawer) scenarioSection() section {
	text := layout.WrapLines(safetext.Text(d.question().Scenario), d.caseMeasure())
	if len(text) == 0 {
		return section{nil}
	}
	ink := d.ps.Heading
	whole := d.caseCentre(layout.Each(text, ink.Paint))
	var p section
	if len(text) > 2 {
		short := append([]string(nil), text[:2]...)
		short[1] = ansi.Truncate(short[1], d.caseMeasure()-1, "") + "…"
		p = append(p, d.caseCentre(layout.Each(short, ink.Paint)))
	}
	p = append(p, whole)
	if d.col > textMeasure && len(text) > 1 {
		spaced := make([]string, 0, 2*len(whole)-1)
		for i, l := range whole {
			if i > 0 {
				spaced = append(spaced, "")
			}
			spaced = append(spaced, l)
		}
		p = append(p, spaced)
	}
	return p
}

// caseCentre puts block where the case's text starts: centred as a block
// of the case's measure on a screen wider than the text measure, so the
// heading, the text and the question line up; at the margin otherwise.
func (d pacedDrawer) caseCentre(block []string) []string {
	if d.col <= textMeasure {
		return block
	}
	lead := strings.Repeat(" ", (d.col-d.caseMeasure())/2)
	out := make([]string, len(block))
	for i, l := range block {
		if l != "" {
			out[i] = lead + l
		}
	}
	return out
}

// wall spreads a screen of h rows on a wall: the rows left under lines
// are split above and below the case (after the join line), not all left
// empty at the bottom.
func (d pacedDrawer) wall(lines []string, h int) []string {
	free := h - len(lines)
	if d.col <= textMeasure || free < 4 || len(lines) < 2 {
		return lines
	}
	out := append(append([]string(nil), lines[0]), make([]string, free/2)...)
	return append(out, lines[1:]...)
}

// chosenSection: "12 van 40 hebben gekozen", never who chose what; the
// number in big digits where there is room. The 40 are those present
// (who left does not count), at least those who chose.
func (d pacedDrawer) chosenSection() section {
	pt := d.ps
	of := max(d.s.Present, d.pc.Answered)
	line := txtPacedChosen.F(d.l, d.pc.Answered, of)
	p := section{d.centre([]string{pt.Heading.Paint(line)})}
	for _, bs := range bigSizes {
		g := chart.BigText(strconv.Itoa(d.pc.Answered), bs.size, bs.gap)
		if layout.Widest(g) > d.col || (bs.size > chart.LargeDigits && d.col <= textMeasure) {
			break
		}
		big := layout.Spread(d.col, append(layout.Each(g, pt.Cursor.Paint), pt.Muted.Paint(txtPacedChosenBig.F(d.l, of))))
		if clock := d.bigClock(bs.size, bs.gap); clock != nil && d.col > textMeasure {
			big = layout.Spread(d.col, append(layout.Each(g, pt.Cursor.Paint), pt.Muted.Paint(txtPacedChosenBig.F(d.l, of))), clock)
		}
		p = append(p, big)
	}
	return p
}

// bigClock is the countdown in big digits ("1:05") with a label under
// it, in the selected ink (the error's when it ran out); nil while none
// runs.
func (d pacedDrawer) bigClock(size chart.DigitSize, gap int) []string {
	if d.pace.left < 0 {
		return nil
	}
	mins := chart.BigText(strconv.Itoa(d.pace.left/60), size, gap)
	secs := chart.BigText(fmt.Sprintf("%02d", d.pace.left%60), size, gap)
	dot := strings.Repeat("█", max(size.DigitWidth()/3, 1))
	colon := make([]string, len(mins))
	for i := range colon {
		colon[i] = strings.Repeat(" ", layout.Width(dot))
	}
	if n := len(colon); n >= 3 {
		colon[n/3], colon[n-1-n/3] = dot, dot
	}
	ink := d.ps.Selected
	if d.pace.left == 0 {
		ink = d.ps.Error
	}
	rows := layout.Each(layout.Beside(gap, mins, colon, secs), ink.Paint)
	return append(rows, d.ps.Muted.Paint(helpClock.In(d.l)))
}

// splitSection: how the case's choices fall over the three types, with
// their names and numbers in the types' colours: one line, bars, and big
// numbers over the bars where there is room.
func (d pacedDrawer) splitSection() section {
	pt := d.ps
	total := 0
	for _, n := range d.pc.Split {
		total += n
	}
	if total == 0 {
		return section{d.centre([]string{pt.Muted.Paint(txtPacedNobody.In(d.l))})}
	}
	mix := profile.New(d.pc.Split)
	var parts []string
	for _, t := range profile.Types {
		parts = append(parts, pt.TypeText[t].Paint(d.names[t])+" "+pt.Body.Paint(fmt.Sprintf("%d (%d%%)", d.pc.Split[t], mix.Percent[t])))
	}
	p := section{d.centre([]string{ansi.Truncate(strings.Join(parts, pt.Muted.Paint(" · ")), d.col, "…")})}
	bars := d.splitBars(mix, 1)
	p = append(p, bars)
	for _, bs := range bigSizes {
		var glyphs [][]string
		var inks, labelInks []theme.Painter
		var labels []string
		for _, t := range profile.Types {
			glyphs = append(glyphs, chart.BigText(strconv.Itoa(d.pc.Split[t]), bs.size, bs.gap))
			inks = append(inks, pt.TypeInk[t])
			labelInks = append(labelInks, pt.TypeText[t])
			labels = append(labels, fmt.Sprintf("%s %d%%", d.names[t], mix.Percent[t]))
		}
		big := d.slots(glyphs, labels, inks, labelInks)
		if big == nil {
			break
		}
		tall := 1
		if d.col > textMeasure {
			tall = 3
		}
		p = append(p, layout.Stack(1, big, d.splitBars(mix, tall)))
	}
	return p
}

// splitBars are the split's bars, one per type with its name, count and
// percentage, tall rows high each (the culture screen's bars).
func (d pacedDrawer) splitBars(mix profile.Mix, tall int) []string {
	pt := d.ps
	c := cultureDrawer{base: d.base}
	if d.th.Color {
		c.track = theme.NewPainter(lipgloss.NewStyle().Foreground(d.th.Palette.Track))
	}
	nameW := 0
	for _, t := range profile.Types {
		nameW = max(nameW, layout.Width(d.names[t]))
	}
	const numW = 12 // " 123 (100%)"
	barW := max(d.col-nameW-2-numW, 4)
	var out []string
	for _, t := range profile.Types {
		if tall > 1 && t != profile.Types[0] {
			out = append(out, "")
		}
		for row := range tall {
			name, num := "", ""
			if row == tall/2 {
				name, num = d.names[t], fmt.Sprintf(" %d (%d%%)", d.pc.Split[t], mix.Percent[t])
			}
			out = append(out, pt.TypeText[t].Paint(name)+strings.Repeat(" ", nameW-layout.Width(name)+2)+
				c.bar(t, mix.Percent[t], barW, row == tall/2)+pt.Body.Paint(num))
		}
	}
	return out
}

// extremeScreen: the extreme round: the case's text and the round's
// question, per type how many are assigned and how many proposals came,
// then the shown type's proposals, numbered, the selected one marked
// (none until the trainer picks a type); hidden ones never show their
// text. The
// proposals get the rows they need (at most half the screen's when the
// rest would not fit otherwise); what is left above them grows on a wall.
func (d pacedDrawer) extremeScreen(h int) []string {
	pt := d.ps
	list := shown(d.pc, d.pace.show)
	var block []string
	switch {
	case d.pace.show == noType:
		block = layout.WrapEach(txtPacedPickType.In(d.l), d.measure(), pt.Heading.Paint)
	case len(list) == 0:
		name := strings.ToLower(d.names[d.pace.show])
		block = layout.WrapEach(txtPacedNoProps.F(d.l, name), d.measure(), pt.Muted.Paint)
	default:
		name := strings.ToLower(d.names[d.pace.show])
		block = []string{pt.TypeText[d.pace.show].Paint(ansi.Truncate(fmt.Sprintf("%s (%d)", txtPacedProposals.F(d.l, name), len(list)), d.col, "…"))}
	}
	if h < 14 {
		// A small window: the proposals first; the title names the type.
		top := []string{d.joinSection()[0][0], d.headSection()[0][0]}
		if len(list) > 0 {
			block = append(block, d.proposals(list, h-len(top)-len(block))...)
		}
		return append(top, d.centre(block)...)
	}
	parts := []section{d.joinSection(), d.headSection(), d.scenarioSection(), d.extremeQuestion(), d.typesSection()}
	plain := len(parts) - 1 // the blank lines between the parts, at least
	for _, p := range parts {
		plain += len(p[0])
	}
	need := len(block) + len(d.proposals(list, h))
	if len(list) > 0 {
		need = min(need, max(h-plain-1, h/2))
	}
	top := d.stack(max(h-need-1, plain), parts, []int{2, 4, 0, 1, 3})
	if len(list) > 0 {
		block = append(block, d.proposals(list, h-len(top)-2)...)
	}
	return d.wall(layout.Stack(1, top, d.centre(block)), h)
}

// extremeQuestion is the round's question on the wall: what the shown
// type does in this case, at the extreme, in the type's colour; all three
// named while none is shown.
func (d pacedDrawer) extremeQuestion() section {
	ink := d.ps.Heading
	var who string
	if t := d.pace.show; t != noType {
		who, ink = strings.ToLower(d.names[t]), d.ps.TypeText[t]
	} else {
		var all []string
		for _, t := range profile.Types {
			all = append(all, strings.ToLower(d.names[t]))
		}
		who = txtPacedAnyType.F(d.l, all[0], all[1], all[2])
	}
	return section{d.caseCentre(layout.WrapEach(txtPacedExtremeQ.F(d.l, who), d.caseMeasure(), ink.Paint))}
}

// assigned is "13 toegewezen · 4 voorstellen" (one: "1 voorstel").
func assigned(n, proposals int, l i18n.Lang) string {
	if proposals == 1 {
		return txtPacedAssigned1.F(l, n)
	}
	return txtPacedAssigned.F(l, n, proposals)
}

// typesSection: per type how many are assigned and how many proposals
// came, the shown type marked: three lines, or where there is room the
// proposals in big digits in the types' colours.
func (d pacedDrawer) typesSection() section {
	pt := d.ps
	nameW := 0
	for _, t := range profile.Types {
		nameW = max(nameW, layout.Width(d.names[t]))
	}
	var lines []string
	for _, t := range profile.Types {
		mark := "  "
		if t == d.pace.show {
			mark = pt.Selected.Paint("▶ ")
		}
		line := mark + pt.TypeText[t].Paint(d.names[t]) + strings.Repeat(" ", nameW-layout.Width(d.names[t])+2) +
			pt.Body.Paint(assigned(d.pc.Assigned[t], len(shown(d.pc, t)), d.l))
		lines = append(lines, ansi.Truncate(line, d.col, "…"))
	}
	p := section{d.centre(lines)}
	for _, bs := range bigSizes {
		var glyphs [][]string
		var inks, labelInks []theme.Painter
		var labels []string
		for _, t := range profile.Types {
			glyphs = append(glyphs, chart.BigText(strconv.Itoa(len(shown(d.pc, t))), bs.size, bs.gap))
			inks = append(inks, pt.TypeInk[t])
			label := txtPacedTypeBig.F(d.l, d.names[t], d.pc.Assigned[t])
			if t == d.pace.show {
				label = "▶ " + label
			}
			labels, labelInks = append(labels, label), append(labelInks, pt.TypeText[t])
		}
		big := d.slots(glyphs, labels, inks, labelInks)
		if big == nil {
			break
		}
		p = append(p, append(d.centre([]string{pt.Muted.Paint(txtPacedPerType.In(d.l))}), big...))
	}
	return p
}

// proposals are list's proposals in at most h rows, each numbered and
// wrapped, the author's name after it when a shows names; the window
// starts where the selected one is still in view.
func (d pacedDrawer) proposals(list []room.Proposal, h int) []string {
	pt := d.ps
	sel := min(max(d.pace.pick, 0), len(list)-1)
	numW := 0
	for _, p := range list {
		numW = max(numW, len(strconv.Itoa(p.N))+1)
	}
	w := max(d.measure()-numW-3, 10)
	blocks := make([][]string, len(list))
	for i, p := range list {
		mark, numInk := "  ", pt.Muted
		if i == sel {
			mark, numInk = pt.Selected.Paint("› "), pt.Selected
		}
		num := numInk.Paint(fmt.Sprintf("%*s ", numW, strconv.Itoa(p.N)+"."))
		var text []string
		if p.Hidden {
			text = []string{pt.Muted.Paint(txtPacedHiddenP.In(d.l))}
		} else {
			text = layout.WrapEach(safetext.Line(p.Text), w, pt.Body.Paint)
			if d.named {
				who := " — " + safetext.Line(p.Label(d.l, false))
				last := len(text) - 1
				if layout.Width(text[last])+layout.Width(who) <= w {
					text[last] += pt.Muted.Paint(who)
				} else {
					text = append(text, pt.Muted.Paint(ansi.Truncate(strings.TrimPrefix(who, " "), w, "…")))
				}
			}
		}
		for j, t := range text {
			lead := mark + num
			if j > 0 {
				lead = strings.Repeat(" ", 2+numW+1)
			}
			blocks[i] = append(blocks[i], lead+t)
		}
	}
	start, rows := 0, 0
	for i := 0; i <= sel; i++ {
		rows += len(blocks[i])
	}
	for rows > h && start < sel {
		rows -= len(blocks[start])
		start++
	}
	var out []string
	for _, b := range blocks[start:] {
		if len(out)+len(b) > h {
			break
		}
		out = append(out, b...)
	}
	return out
}

// extremesScreen: the open case's own extreme responses, one block per
// type in its colour (quiz.Responses): over the screen while x shows it.
func (d pacedDrawer) extremesScreen(h int) []string {
	pt := d.ps
	resp := quiz.Responses(d.question())
	head := section{d.centre([]string{pt.Heading.Paint(ansi.Truncate(txtPacedExtremes.In(d.l)+" · "+txtScenario.F(d.l, d.pc.Case+1, len(d.bank.Questions)), d.col, "…"))})}
	parts := []section{d.joinSection(), head}
	for _, t := range profile.Types {
		name := []string{pt.TypeText[t].Paint(d.names[t])}
		var short, whole []string
		for _, r := range resp[t] {
			r = safetext.Line(r)
			short = append(short, pt.Body.Paint("• "+ansi.Truncate(r, max(d.measure()-2, 1), "…")))
			for i, l := range layout.WrapLines(r, max(d.measure()-2, 1)) {
				lead := "• "
				if i > 0 {
					lead = "  "
				}
				whole = append(whole, pt.Body.Paint(lead+l))
			}
		}
		if len(resp[t]) == 0 {
			short = []string{pt.Muted.Paint(txtPacedNoExtreme.In(d.l))}
			whole = short
		}
		parts = append(parts, section{d.centre(append(name, short...)), d.centre(append(name, whole...))})
	}
	return d.wall(d.stack(h, parts, []int{2, 3, 4, 1, 0}), h)
}

// quizDrawer is the quiz's drawer on this frame, revealed: the room's mix
// is drawn as the quiz draws the group's.
func (d pacedDrawer) quizDrawer() quizDrawer {
	b := d.base
	b.revealed = true
	return quizDrawer{base: b, bank: d.bank, names: d.names}
}

// mixSection is the room's mix as the quiz draws the group's; one line
// while nobody has answered.
func (d pacedDrawer) mixSection() section {
	if d.s.Quiz == nil || (d.s.Quiz.Group.Count == 0 && d.s.Quiz.Live.Count == 0) {
		return section{d.centre([]string{d.ps.Muted.Paint(txtPacedNoMix.In(d.l))})}
	}
	return d.quizDrawer().groupSection()
}

// mixScreen: the room's mix over the screen (m).
func (d pacedDrawer) mixScreen(h int) []string {
	head := section{d.centre([]string{d.ps.Heading.Paint(txtPacedMix.In(d.l))})}
	return d.wall(d.stack(h, []section{d.joinSection(), head, d.mixSection()}, []int{2, 1, 0}), h)
}

// endedScreen: the workshop has ended; how many results were saved and
// the room's mix.
func (d pacedDrawer) endedScreen(h int) []string {
	head := section{d.centre(layout.WrapEach(txtPacedEnded.F(d.l, d.s.Finished), d.col, d.ps.Heading.Paint))}
	return d.wall(d.stack(h, []section{d.joinSection(), head, d.mixSection()}, []int{2, 1, 0}), h)
}
