package liveview

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// pacedT0 is the paced test rooms' clock: the countdown's deadline is
// read against pacedT0 + 25 s on the screen.
var pacedT0 = time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC)

// pacedRoom is a paced room of the real Dutch set with the participants
// who joined and their IDs; the room's journal is in a temp dir.
type pacedRoom struct {
	*room.Room
	bank *quiz.Bank
	ids  []room.ParticipantID
}

// newPacedRoom opens a paced room of bank with n participants joined.
func newPacedRoom(tb testing.TB, bank *quiz.Bank, n int) *pacedRoom {
	tb.Helper()
	r, err := room.New(room.Config{Activity: room.Paced(bank, true), Dir: tb.TempDir(), Code: "7K3Q",
		Clock: func() time.Time { return pacedT0 }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = r.Close() })
	pr := &pacedRoom{Room: r, bank: bank}
	for i := range n {
		id, err := r.Join(fmt.Sprint("key", i), testNames[i%len(testNames)], room.ViaSSH)
		if err != nil {
			tb.Fatal(err)
		}
		pr.ids = append(pr.ids, id)
	}
	return pr
}

// Snapshot is the room's, with the extreme round's types by participant
// (ID mod 3) instead of the room's draw, so that the goldens are fixed.
func (r *pacedRoom) Snapshot() *room.Snapshot {
	s := r.Room.Snapshot()
	if p := s.Paced; p != nil && p.Extreme {
		p.Assigned = profile.Points{}
		for _, v := range s.Participants {
			p.Assigned[int(v.ID)%profile.Count]++
		}
		for i := range p.Proposals {
			p.Proposals[i].Type = profile.Type(int(p.Proposals[i].Participant) % profile.Count)
		}
	}
	return s
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// openAndAnswer opens the next case; three of every four participants
// choose, leaning to the ondernemer.
func (r *pacedRoom) openAndAnswer(tb testing.TB) {
	tb.Helper()
	q, err := r.Next()
	must(tb, err)
	for i, id := range r.ids {
		if i%4 != 3 {
			must(tb, r.Answer(id, r.bank.Questions[q].ID, leaning[i%len(leaning)]))
		}
	}
}

// pacedProposals are the proposals of the goldens, long and short, one
// with an escape code that must not reach the screen.
var pacedProposals = []string{
	"Ik stuur haar terug naar de website: daar staat precies hoe het moet, en regels zijn regels.",
	"Ik regel het meteen zelf, wat het ook kost.",
	"We gaan eerst samen koffie drinken en bellen haar kind\x1b[31m op.",
	"Formulier B-12 in drievoud.",
}

// pacedStep brings r to a screen of the workshop and returns the keys
// that show it.
var pacedSteps = []struct {
	name string
	do   func(tb testing.TB, r *pacedRoom)
	keys []string
}{
	{"lobby", func(testing.TB, *pacedRoom) {}, nil},
	{"locked", func(tb testing.TB, r *pacedRoom) { must(tb, r.Lock(true)) }, nil},
	{"open", func(tb testing.TB, r *pacedRoom) { r.openAndAnswer(tb) }, nil},
	{"clock", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		must(tb, r.Countdown(90*time.Second))
	}, nil},
	{"revealed", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		must(tb, r.Reveal())
	}, nil},
	{"extreme", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		must(tb, r.Reveal())
		must(tb, r.Extreme())
		for i, id := range r.ids {
			if i%3 != 2 {
				must(tb, r.Propose(id, pacedProposals[i%len(pacedProposals)]))
			}
		}
		if len(r.ids) > 0 {
			must(tb, r.HideProposal(1, true))
		}
	}, []string{"2", "a", "down"}},
	{"extremestart", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		must(tb, r.Reveal())
		must(tb, r.Extreme())
		for i, id := range r.ids {
			if i%3 != 2 {
				must(tb, r.Propose(id, pacedProposals[i%len(pacedProposals)]))
			}
		}
	}, nil},
	{"extremes", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		must(tb, r.Reveal())
	}, []string{"x"}},
	{"mix", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		r.openAndAnswer(tb)
	}, []string{"m"}},
	{"ended", func(tb testing.TB, r *pacedRoom) {
		r.openAndAnswer(tb)
		_, err := r.End()
		must(tb, err)
	}, nil},
}

// newPacedModel is the screen of r at w×h in theme th with colour, its
// clock 25 s after the room's, after keys.
func newPacedModel(r *pacedRoom, l i18n.Lang, th theme.Choice, w, h int, keys ...string) Model {
	j := testJoin()
	j.QR = fakeQR()
	m := newScreen(r, Config{Join: j, Lang: l, Theme: th, Color: true, Countdown: 90 * time.Second})
	m.now = func() time.Time { return pacedT0.Add(25 * time.Second) }
	m.refresh()
	return keypress.Drive(m, w, h, keys...)
}

// TestPacedGolden pins every screen of the workshop at 80×24, 120×40
// and 200×60, dark and light, with 0, 3 and 40 participants, colours
// and all (the escape codes are part of the golden).
func TestPacedGolden(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	for _, st := range pacedSteps {
		for _, n := range []int{0, 3, 40} {
			r := newPacedRoom(t, bank, n)
			st.do(t, r)
			for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
				for _, th := range []theme.Choice{theme.Dark, theme.Light} {
					name := fmt.Sprintf("%s/%dx%d-%d-%s", st.name, size[0], size[1], n, map[theme.Choice]string{theme.Dark: "dark", theme.Light: "light"}[th])
					t.Run(name, func(t *testing.T) {
						m := newPacedModel(r, i18n.NL, th, size[0], size[1], st.keys...)
						out := m.View().Content
						screentest.Fits(t, out, size[0], size[1])
						golden.RequireEqual(t, out)
					})
				}
			}
		}
	}
}

// TestPacedFitsEverywhere: every screen of the workshop, with the
// dialogs, the help and the number being typed, fits every window from
// the smallest up, in both languages.
func TestPacedFitsEverywhere(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	for _, st := range pacedSteps {
		r := newPacedRoom(t, bank, 40)
		st.do(t, r)
		for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
			for _, keys := range [][]string{st.keys, append(st.keys, "?"), append(st.keys, "q"), append(st.keys, "o", "1", "2"), append(st.keys, "j")} {
				for _, size := range [][2]int{{40, 12}, {41, 13}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 60}, {300, 80}, {30, 8}} {
					m := newPacedModel(r, l, theme.Dark, size[0], size[1], keys...)
					screentest.Fits(t, m.View().Content, size[0], size[1])
				}
			}
		}
	}
}

// TestPacedJoinInView: the join code and the URL are on every screen of
// the workshop from 80×24 up (a locked room's URL where it fits; the
// ended workshop is locked, as End locks joining), and the QR code one key
// (j) away.
func TestPacedJoinInView(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	for _, st := range pacedSteps {
		r := newPacedRoom(t, bank, 40)
		st.do(t, r)
		for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}, {300, 80}} {
			m := newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1], st.keys...)
			if out := content(m); !strings.Contains(out, "7K3Q") || (!strings.Contains(out, testJoin().URL) && st.name != "locked" && st.name != "ended") {
				t.Errorf("%s %dx%d: the join code or URL is not in view:\n%s", st.name, size[0], size[1], out)
			}
			if out := content(keypress.Drive(m, size[0], size[1], "j")); !strings.Contains(out, "Scan om mee te doen") {
				t.Errorf("%s %dx%d: j shows no QR code:\n%s", st.name, size[0], size[1], out)
			}
		}
	}
}

// TestPacedHiddenNeverShows: a hidden proposal's text is on no screen,
// at no size, with the names shown or not, whatever type is shown; the
// others' are, and unhiding shows it again.
func TestPacedHiddenNeverShows(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 6)
	r.openAndAnswer(t)
	must(t, r.Extreme())
	for i, id := range r.ids {
		must(t, r.Propose(id, fmt.Sprintf("voorstel-%d GEHEIM", i)))
	}
	secret := r.Snapshot().Paced.Proposals[2]
	must(t, r.HideProposal(secret.N, true))
	text := secret.Text
	for _, keys := range [][]string{nil, {"a"}, {"1"}, {"2"}, {"3"}, {"a", "3", "down", "down"}, {"tab"}, {"tab", "tab"}, {"shift+tab"}, {"x"}, {"m"}, {"?"}} {
		for _, size := range [][2]int{{40, 12}, {80, 24}, {120, 40}, {200, 60}} {
			m := newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1], keys...)
			if raw := m.View().Content; strings.Contains(raw, text) {
				t.Fatalf("%v %v: the hidden proposal shows:\n%s", keys, size, content(m))
			}
		}
	}
	// Its type's list says it is hidden; unhiding with v shows it.
	key := fmt.Sprint(int(secret.Type) + 1)
	m := newPacedModel(r, i18n.NL, theme.Dark, 120, 40, key)
	if out := content(m); !strings.Contains(out, "(verborgen)") {
		t.Fatalf("the hidden proposal is not marked:\n%s", out)
	}
	for range 6 {
		if pr, ok := m.pace.picked(m.snap.Paced); ok && pr.N == secret.N {
			break
		}
		m = keypress.Drive(m, 120, 40, "down")
	}
	m = keypress.Drive(m, 120, 40, "v")
	if out := content(m); !strings.Contains(out, text) {
		t.Fatalf("v does not show the proposal again:\n%s", out)
	}
}

// TestPacedKeys: the trainer's keys call the room: →, n and space open
// the next case, o with a number opens that case, h reveals, e starts
// the extreme round, v hides, t starts and stops the countdown, and →
// after the last case asks before it ends the workshop.
func TestPacedKeys(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	r := newPacedRoom(t, bank, 3)
	m := newPacedModel(r, i18n.NL, theme.Dark, 80, 24)
	if out := content(m); !strings.Contains(out, "De trainer start zo.") {
		t.Fatalf("the lobby does not say the trainer starts soon:\n%s", out)
	}
	step := func(keys []string, ok func(*room.PacedSnapshot) bool, want string) {
		t.Helper()
		m = keypress.Drive(m, 80, 24, keys...)
		if !ok(r.Snapshot().Paced) {
			t.Fatalf("%v: the room is at %+v", keys, r.Snapshot().Paced)
		}
		if out := content(m); !strings.Contains(out, want) {
			t.Fatalf("%v: %q is not on the screen:\n%s", keys, want, out)
		}
	}
	step([]string{"right"}, func(p *room.PacedSnapshot) bool { return p.Case == 0 }, "Casus 1 van")
	step([]string{"n"}, func(p *room.PacedSnapshot) bool { return p.Case == 1 }, "Casus 2 van")
	step([]string{"space"}, func(p *room.PacedSnapshot) bool { return p.Case == 2 }, "van 3 hebben gekozen")
	step([]string{"o", "1", "2"}, func(p *room.PacedSnapshot) bool { return p.Case == 2 }, "Casus nummer: 12")
	step([]string{"enter"}, func(p *room.PacedSnapshot) bool { return p.Case == 11 }, "Casus 12 van")
	step([]string{"o", "9", "9", "enter"}, func(p *room.PacedSnapshot) bool { return p.Case == 11 }, "bestaat niet")
	step([]string{"t"}, func(p *room.PacedSnapshot) bool { return !p.Deadline.IsZero() }, "⏱ 1:05")
	step([]string{"t"}, func(p *room.PacedSnapshot) bool { return p.Deadline.IsZero() }, "Casus 12 van")
	for i, id := range r.ids {
		must(t, r.Answer(id, bank.Questions[11].ID, i))
	}
	step([]string{"h"}, func(p *room.PacedSnapshot) bool { return p.Revealed }, "Bureaucraat")
	step([]string{"e"}, func(p *room.PacedSnapshot) bool { return p.Extreme }, "extreme ronde")
	for _, id := range r.ids {
		must(t, r.Propose(id, "Altijd het formulier."))
	}
	m.refresh()
	if out := content(m); strings.Contains(out, "Altijd het formulier.") || !strings.Contains(out, "Druk 1, 2 of 3") {
		t.Fatalf("a proposal shows before the trainer chose a type:\n%s", out)
	}
	m = keypress.Drive(m, 80, 24, fmt.Sprint(int(r.Snapshot().Paced.Proposals[0].Type)+1))
	shownType := m.pace.show
	pr, _ := m.pace.picked(r.Snapshot().Paced)
	step([]string{"v"}, func(p *room.PacedSnapshot) bool { return p.Proposals[0].Hidden || pr.N != p.Proposals[0].N }, "(verborgen)")
	if m.pace.show != shownType {
		t.Fatal("v changed the shown type")
	}
	step([]string{"x"}, func(*room.PacedSnapshot) bool { return true }, "De uitersten van deze casus")
	step([]string{"esc", "m"}, func(*room.PacedSnapshot) bool { return true }, "De mix van de zaal")
	m = keypress.Drive(m, 80, 24, "m", "o", "2", "6", "enter")
	step([]string{"right"}, func(p *room.PacedSnapshot) bool { return p.Case == 25 && !p.Ended }, "Dit was de laatste casus.")
	step([]string{"j", "n"}, func(p *room.PacedSnapshot) bool { return !p.Ended }, "Dit was de laatste casus.")
	step([]string{"esc"}, func(p *room.PacedSnapshot) bool { return !p.Ended }, "Casus 26 van")
	step([]string{"right", "enter"}, func(p *room.PacedSnapshot) bool { return p.Ended }, "De workshop is afgesloten: 3 resultaten bewaard.")
	step([]string{"n"}, func(p *room.PacedSnapshot) bool { return p.Ended }, "workshop")
	if out := content(m); !strings.Contains(out, "afgesloten") {
		t.Fatalf("a refused step after the end is not said:\n%s", out)
	}
}

// TestPacedNoTypeAtStart: when an extreme round starts no type's
// proposals show, at any size, until 1/2/3 or tab shows one; tab cycles
// through the three and back, shift+tab the other way; the next case and
// the next extreme round start without a type again.
func TestPacedNoTypeAtStart(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 6)
	r.openAndAnswer(t)
	must(t, r.Reveal())
	must(t, r.Extreme())
	for i, id := range r.ids {
		must(t, r.Propose(id, fmt.Sprintf("voorstel-%d", i)))
	}
	for _, size := range [][2]int{{40, 12}, {80, 24}, {120, 40}, {200, 60}} {
		m := newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1])
		if out := content(m); strings.Contains(out, "voorstel-") {
			t.Fatalf("%v: a proposal shows before a type was chosen:\n%s", size, out)
		}
		if m.pace.show != noType {
			t.Fatalf("%v: type %d shown at the start", size, m.pace.show)
		}
	}
	m := newPacedModel(r, i18n.NL, theme.Dark, 120, 40)
	if out := content(m); !strings.Contains(out, "Druk 1, 2 of 3 om de voorstellen van een type te tonen.") || !strings.Contains(out, "toegewezen") {
		t.Fatalf("the round's start does not say how to show a type:\n%s", out)
	}
	for i, want := range []profile.Type{0, 1, 2, 0} {
		m = keypress.Drive(m, 120, 40, "tab")
		if m.pace.show != want {
			t.Fatalf("tab %d: type %d, want %d", i+1, m.pace.show, want)
		}
	}
	if m = keypress.Drive(m, 120, 40, "shift+tab"); m.pace.show != 2 {
		t.Fatalf("shift+tab: type %d, want 2", m.pace.show)
	}
	if m = keypress.Drive(m, 120, 40, "2"); m.pace.show != 1 || !strings.Contains(content(m), "voorstel-") {
		t.Fatalf("2 does not show the ondernemer's proposals:\n%s", content(m))
	}
	if m = keypress.Drive(m, 120, 40, "e"); m.pace.show != noType {
		t.Fatal("e keeps the type shown")
	}
	m = keypress.Drive(m, 120, 40, "3", "n")
	if m.pace.show != noType {
		t.Fatal("the next case keeps the type shown")
	}
}

// TestPacedEndKey: E asks, then ends the workshop in the room and keeps
// the screen on the ended screen with the room's mix; esc leaves it
// running. The quit question says that participants are disconnected and
// their results saved.
func TestPacedEndKey(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 4)
	r.openAndAnswer(t)
	m := newPacedModel(r, i18n.NL, theme.Dark, 80, 24, "q")
	if out := content(m); !strings.Contains(out, "losgekoppeld") || !strings.Contains(out, "bewaard") {
		t.Fatalf("the quit question does not say what happens to the participants:\n%s", out)
	}
	m = keypress.Drive(m, 80, 24, "esc", "E")
	if out := content(m); !strings.Contains(out, "De workshop nu afsluiten?") {
		t.Fatalf("E does not ask:\n%s", out)
	}
	m = keypress.Drive(m, 80, 24, "esc")
	if r.Snapshot().Paced.Ended || m.dialog != noDialog {
		t.Fatal("esc ended the workshop")
	}
	m = keypress.Drive(m, 80, 24, "E", "enter")
	if !r.Snapshot().Paced.Ended {
		t.Fatal("E and yes did not end the workshop")
	}
	if m.quitting {
		t.Fatal("ending the workshop quit the screen")
	}
	if out := content(m); !strings.Contains(out, "De workshop is afgesloten: 3 resultaten bewaard.") || !strings.Contains(out, "mix") {
		t.Fatalf("the ended screen does not show:\n%s", out)
	}
	if out := content(m); strings.Count(out, "afgesloten") != 1 || m.status != "" {
		t.Fatalf("the status line repeats the headline:\n%s", out)
	}
	if m = keypress.Drive(m, 80, 24, "E"); m.dialog != noDialog {
		t.Fatal("E asks again after the end")
	}
}

// TestPacedCountsPresent: the lobby's "N deelnemers binnen" and "van N
// hebben gekozen" count those present, not those who left, at every size.
func TestPacedCountsPresent(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 5)
	must(t, r.Leave(r.ids[0]))
	if out := content(newPacedModel(r, i18n.NL, theme.Dark, 120, 40)); !strings.Contains(out, "4 deelnemers binnen") {
		t.Fatalf("the lobby counts who left:\n%s", out)
	}
	id, err := r.Join("key0", testNames[0], room.ViaSSH) // back again
	must(t, err)
	r.ids[0] = id
	q, err := r.Next()
	must(t, err)
	for _, id := range r.ids[:2] {
		must(t, r.Answer(id, r.bank.Questions[q].ID, 1))
	}
	must(t, r.Leave(r.ids[3]))
	must(t, r.Leave(r.ids[4]))
	for _, size := range [][2]int{{40, 12}, {80, 24}, {120, 40}, {200, 60}} {
		out := content(newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1]))
		if strings.Contains(out, "van 5") || !strings.Contains(out, "van 3 hebben gekozen") {
			t.Fatalf("%v: not counted over the 3 present:\n%s", size, out)
		}
	}
}

// TestPacedExtremesAfterSplit: x does not show the extreme responses
// (the answer key) while the room still chooses; it says to reveal the
// split first, and shows them after h.
func TestPacedExtremesAfterSplit(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 3)
	r.openAndAnswer(t)
	m := newPacedModel(r, i18n.NL, theme.Dark, 80, 24, "x")
	if out := content(m); m.pace.over != overNone || strings.Contains(out, "De uitersten van deze casus") || !strings.Contains(out, "eerst de verdeling tonen (h)") {
		t.Fatalf("x shows the extremes before the split:\n%s", out)
	}
	m = keypress.Drive(m, 80, 24, "h", "x")
	if out := content(m); !strings.Contains(out, "De uitersten van deze casus") {
		t.Fatalf("x does not show the extremes after h:\n%s", out)
	}
}

// TestPacedNextAlways: →, n, space and PageDown (a clicker's) open the
// next case, in the extreme round too; PageUp says how to go back; the
// types are only 1/2/3 and tab.
func TestPacedNextAlways(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 3)
	m := newPacedModel(r, i18n.NL, theme.Dark, 80, 24)
	for i, k := range []string{"right", "n", "space", "pgdown"} {
		m = keypress.Drive(m, 80, 24, "h", "e", k)
		if got := r.Snapshot().Paced; got.Case != i || got.Extreme {
			t.Fatalf("%s in the extreme round: case %d (extreme %v), want %d", k, got.Case, got.Extreme, i)
		}
	}
	m = keypress.Drive(m, 80, 24, "pgup")
	if out := content(m); r.Snapshot().Paced.Case != 3 || !strings.Contains(out, "o en het nummer") {
		t.Fatalf("pgup does not say how to go back:\n%s", out)
	}
	m = keypress.Drive(m, 80, 24, "h", "e", "left")
	if m.pace.show != noType || r.Snapshot().Paced.Case != 3 {
		t.Fatal("← chose a type or moved")
	}
}

// TestEscClosesHelp: esc closes the key help and does nothing else.
func TestEscClosesHelp(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 3)
	r.openAndAnswer(t)
	must(t, r.Reveal())
	m := newPacedModel(r, i18n.NL, theme.Dark, 120, 40, "x", "?")
	if !m.fr.Help.ShowAll {
		t.Fatal("? does not show the help")
	}
	if m = keypress.Drive(m, 120, 40, "esc"); m.fr.Help.ShowAll || m.pace.over != overExtremes {
		t.Fatalf("esc: help %v, overlay %v; want the help closed and the extremes still over the screen", m.fr.Help.ShowAll, m.pace.over)
	}
}

// TestLockedShowsNoBigCode: a locked room shows "inschrijving dicht"
// instead of the join code in big letters, in the lobby and with a case
// open, in the workshop and the quiz; the code stays in small print for
// those who come back.
func TestLockedShowsNoBigCode(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 3)
	must(t, r.Lock(true))
	check := func(what string, m Model) {
		t.Helper()
		out := content(m)
		if strings.Contains(out, "Doe mee met code") || !strings.Contains(out, "inschrijving dicht") || !strings.Contains(out, "7K3Q") {
			t.Fatalf("%s: the locked room shows the big code or not that it is locked:\n%s", what, out)
		}
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		check(fmt.Sprint("lobby ", size), newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1]))
	}
	r.openAndAnswer(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		check(fmt.Sprint("case ", size), newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1]))
	}
	q := newRoom(t, 10, 8)
	must(t, q.Lock(true))
	check("quiz", keypress.Drive(newModel(q, i18n.NL, true), 200, 60))
}

// TestPacedWallIsTheCase: once a case is open the join is its one line
// (no code in big letters), the case's text is whole on the reveal from
// 80×24 up, and the extreme round shows the case's text and the round's
// question above the proposals.
func TestPacedWallIsTheCase(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	r := newPacedRoom(t, bank, 40)
	r.openAndAnswer(t)
	must(t, r.Reveal())
	// The case's last words, as wrapped: the text is not cut.
	words := strings.Fields(bank.Questions[0].Scenario)
	last := words[len(words)-1]
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		out := content(newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1]))
		if strings.Contains(out, "Doe mee met code") || !strings.Contains(out, "Code 7K3Q") {
			t.Fatalf("%v: the join is not its one line:\n%s", size, out)
		}
		if !strings.Contains(out, last) {
			t.Fatalf("%v: the reveal cuts the case's text (%q missing):\n%s", size, last, out)
		}
	}
	must(t, r.Extreme())
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		out := content(newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1], "2"))
		if !strings.Contains(out, words[0]+" "+words[1]) || !strings.Contains(out, "Wat doet de ondernemer in deze casus") {
			t.Fatalf("%v: the extreme round does not show the case and its question:\n%s", size, out)
		}
	}
}

// TestPacedEnglish: the workshop's words follow the room's language.
func TestPacedEnglish(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.EN), 3)
	m := newPacedModel(r, i18n.EN, theme.Dark, 80, 24)
	if out := content(m); !strings.Contains(out, "The trainer will start soon.") {
		t.Fatalf("not in English:\n%s", out)
	}
	r.openAndAnswer(t)
	m.refresh()
	if out := content(m); !strings.Contains(out, "of 3 have chosen") || !strings.Contains(out, "Scenario 1 of") {
		t.Fatalf("not in English:\n%s", out)
	}
}

// TestPacedProgram runs the screen of a real paced room in a real
// program: the lobby, then the trainer's keys open a case, participants
// choose from another goroutine, h reveals the split, e starts the
// extreme round, proposals arrive, v hides one and its text leaves the
// screen; q asks and enter quits.
func TestPacedProgram(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	r := newPacedRoom(t, bank, 0)
	tm, f := startWatched(t, New(Config{Room: r.Room, Join: testJoin(), Lang: i18n.NL, Theme: theme.Auto, Color: true}))
	waitFor(t, f, "De trainer start zo.")
	meanwhile(t, func() error {
		for i := range 3 {
			id, err := r.Join(fmt.Sprint("p", i), fmt.Sprint("Deelnemer", i), room.ViaWeb)
			if err != nil {
				return err
			}
			r.ids = append(r.ids, id)
		}
		return nil
	})
	waitFor(t, f, "3 deelnemers binnen")
	tm.Send(keypress.Msg("n"))
	waitFor(t, f, "van 3 hebben gekozen")
	meanwhile(t, func() error {
		for i, id := range r.ids {
			if err := r.Answer(id, bank.Questions[0].ID, i); err != nil {
				return err
			}
		}
		return nil
	})
	tm.Send(keypress.Msg("h"))
	waitFor(t, f, "Bureaucraat")
	tm.Send(keypress.Msg("e"))
	waitFor(t, f, "toegewezen")
	meanwhile(t, func() error {
		for _, id := range r.ids {
			if err := r.Propose(id, fmt.Sprintf("Voorstel van %d", id)); err != nil {
				return err
			}
		}
		return nil
	})
	// Show the type of the first proposal, and hide it.
	first := r.Room.Snapshot().Paced.Proposals[0]
	tm.Send(keypress.Msg(fmt.Sprint(int(first.Type) + 1)))
	waitFor(t, f, first.Text)
	tm.Send(keypress.Msg("v"))
	waitFor(t, f, "(verborgen)")
	f.mu.Lock()
	frame := f.text
	f.mu.Unlock()
	if strings.Contains(frame, first.Text) {
		t.Fatalf("the hidden proposal still shows:\n%s", frame)
	}
	tm.Send(keypress.Msg("q"))
	waitFor(t, f, "De workshop sluit af")
	tm.Send(keypress.Msg("enter"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(20*time.Second))
}

// TestPacedTicksOnlyWhileCounting: the screen asks for a tick a second
// only while a countdown runs, one at a time, and stops when it ran out
// or the trainer stops it.
func TestPacedTicksOnlyWhileCounting(t *testing.T) {
	r := newPacedRoom(t, quiztest.Bank(t, i18n.NL), 1)
	r.openAndAnswer(t)
	m := newPacedModel(r, i18n.NL, theme.Dark, 80, 24)
	if cmd := m.secondTick(); cmd != nil || m.seconds {
		t.Fatal("a tick without a countdown")
	}
	m = keypress.Drive(m, 80, 24, "t")
	if m.pace.left != 65 {
		t.Fatalf("left %d, want 65 (90 s from the room's clock, read 25 s later)", m.pace.left)
	}
	if cmd := m.secondTick(); cmd == nil || !m.seconds {
		t.Fatal("no tick while counting")
	}
	if cmd := m.secondTick(); cmd != nil {
		t.Fatal("a second tick while one is on its way")
	}
	next, cmd := m.second()
	m = next.(Model)
	if cmd == nil || m.pace.left != 65 {
		t.Fatalf("the tick did not schedule the next (left %d)", m.pace.left)
	}
	m.now = func() time.Time { return pacedT0.Add(2 * time.Minute) }
	next, cmd = m.second()
	m = next.(Model)
	if cmd != nil || m.pace.left != 0 || !strings.Contains(content(m), "⏱ 0:00") {
		t.Fatalf("the countdown that ran out still ticks (left %d):\n%s", m.pace.left, content(m))
	}
	m = keypress.Drive(m, 80, 24, "t")
	if m.pace.left != -1 || strings.Contains(content(m), "⏱") || m.secondTick() != nil {
		t.Fatalf("t again does not stop the countdown:\n%s", content(m))
	}
}
