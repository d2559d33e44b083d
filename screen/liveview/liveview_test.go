package liveview

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/tools/gendata"
)

// leaning are the options chosen in turn (the bank's options are B, O, V
// in that order): a room that leans to the ondernemer, with few
// bureaucrats, so the group has a blind spot.
var leaning = []int{1, 1, 2, 0, 1, 2, 1}

var testNames = []string{"Anna", "Bas", "Chantal", "", "Esra", "Gijs van der Berg-Hoogeveen"}

// newRoom opens a room of a small bank (q questions) in a temp dir with n
// participants who joined and answered through the room's API: the
// participant i answers (i*5)%(q+3) scenarios, so some are busy, some
// finished and a few have not started; every fourth finished one leaves.
func newRoom(tb testing.TB, n, q int) *room.Room {
	tb.Helper()
	t0 := time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC)
	bank := gendata.Bank(q)
	for i := range bank.Questions {
		bank.Questions[i].Context = fmt.Sprintf("Casus %d", i+1)
		bank.Questions[i].Scenario = "Een inwoner staat al twintig minuten aan de balie en vraagt of het sneller kan, want ze moet haar kind ophalen."
	}
	r, err := room.New(room.Config{Bank: bank, Dir: tb.TempDir(), Code: "7K3Q", NoShuffle: true,
		Clock: func() time.Time { return t0 }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = r.Close() })
	for i := range n {
		id, err := r.Join(fmt.Sprint("key", i), testNames[i%len(testNames)], room.ViaSSH)
		if err != nil {
			tb.Fatal(err)
		}
		k := min((i*5)%(q+3), q)
		for s := range k {
			if err := r.Answer(id, bank.Questions[s].ID, leaning[(i+s*s)%len(leaning)]); err != nil {
				tb.Fatal(err)
			}
		}
		if k == q {
			if _, err := r.Finish(id); err != nil {
				tb.Fatal(err)
			}
			if i%4 == 0 {
				if err := r.Leave(id); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}
	return r
}

func testJoin() Join {
	return Join{
		Code: "7K3Q", SSH: "ssh -p 2222 7K3Q@192.168.1.23", URL: "http://192.168.1.23:8080/j/7K3Q",
		Fingerprint: "SHA256:Xy3v9Qm1c0a7N2kP5t8uR4wZ6bE1fH3jL0sD9gT2aQo",
	}
}

func newModel(r *room.Room, l i18n.Lang, color bool) Model {
	return New(Config{Room: r, Join: testJoin(), Lang: l, Theme: theme.Dark, Color: color})
}

func content(m Model) string { return ansi.Strip(m.View().Content) }

func TestScreenGolden(t *testing.T) {
	type c struct {
		w, h, n int
		keys    []string
		qr      bool
	}
	var cases []c
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, n := range []int{0, 3, 40} {
			for _, keys := range [][]string{nil, {"h"}} {
				cases = append(cases, c{size[0], size[1], n, keys, false})
			}
		}
	}
	cases = append(cases,
		c{120, 40, 40, []string{"h", "a"}, false},
		c{80, 24, 40, []string{"a", "right", "right"}, false},
		c{80, 24, 40, []string{"r"}, false},
		c{40, 12, 0, nil, false},
		c{40, 12, 40, nil, false},
		c{40, 12, 40, []string{"h"}, false},
		c{40, 12, 40, []string{"l"}, false},
		c{120, 40, 40, []string{"h", "right"}, false},
		c{80, 24, 0, nil, true},
		c{120, 40, 0, nil, true},
		c{120, 40, 3, []string{"a"}, true},
		c{40, 12, 0, nil, true},
		c{80, 24, 1, nil, false},
		c{200, 60, 0, nil, true},
		c{80, 24, 40, []string{"j"}, true},
		c{120, 40, 40, []string{"h", "j"}, true},
		c{200, 60, 40, []string{"h", "j"}, true},
		c{200, 60, 40, []string{"h", "a"}, false},
	)
	for _, tc := range cases {
		name := goldenName(tc.w, tc.h, tc.n, tc.keys)
		if tc.qr {
			name += "-qr"
		}
		t.Run(name, func(t *testing.T) {
			j := testJoin()
			if tc.qr {
				j.QR = fakeQR()
				j.Advice = "Deze laptop zit op twee netwerken: open de URL eerst op je eigen telefoon."
			}
			r := newRoom(t, tc.n, 8)
			if tc.n > 0 && tc.qr {
				r = newRoomJoinedOnly(t, tc.n)
			}
			m := New(Config{Room: r, Join: j, Lang: i18n.NL, Theme: theme.Dark, Color: false})
			m = keypress.Drive(m, tc.w, tc.h, tc.keys...)
			out := content(m)
			screentest.Fits(t, out, tc.w, tc.h)
			golden.RequireEqual(t, out)
		})
	}
}

// TestFitsEverywhere: every size from the minimum up, in both languages,
// with colour, the dialogs and the help open, stays inside the window.
// TestScreenGoldenEnglish: the revealed screen in English.
func TestScreenGoldenEnglish(t *testing.T) {
	m := keypress.Drive(newModel(newRoom(t, 40, 8), i18n.EN, false), 80, 24, "h")
	out := content(m)
	screentest.Fits(t, out, 80, 24)
	golden.RequireEqual(t, out)
}

func TestFitsEverywhere(t *testing.T) {
	r := newRoom(t, 40, 24)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, keys := range [][]string{nil, {"h", "a"}, {"?"}, {"q"}, {"h", "a", "r"}, {"j"}, {"h", "j"}} {
			for _, size := range [][2]int{{40, 12}, {41, 13}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 60}, {300, 80}, {30, 8}} {
				m := keypress.Drive(newModel(r, l, true), size[0], size[1], keys...)
				screentest.Fits(t, content(m), size[0], size[1])
			}
		}
	}
}

func TestNamesHiddenByDefault(t *testing.T) {
	r := newRoom(t, 6, 8)
	m := keypress.Drive(newModel(r, i18n.NL, true), 120, 40)
	if strings.Contains(content(m), "Chantal") {
		t.Fatalf("a name shows before a:\n%s", content(m))
	}
	m = keypress.Drive(m, 120, 40, "a")
	if !strings.Contains(content(m), "Chantal") || !m.NamesShown() {
		t.Fatalf("a does not show the names:\n%s", content(m))
	}
	m = keypress.Drive(m, 120, 40, "a")
	if strings.Contains(content(m), "Chantal") {
		t.Fatalf("a again does not hide them:\n%s", content(m))
	}
}

func TestRevealToggle(t *testing.T) {
	r := newRoom(t, 10, 8)
	m := keypress.Drive(newModel(r, i18n.EN, true), 80, 24)
	if !strings.Contains(content(m), "hidden") || strings.Contains(content(m), "%") {
		t.Fatalf("the mix is not hidden at first:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "h")
	if !m.Revealed() || !strings.Contains(content(m), "Average mix") || !strings.Contains(content(m), "%") {
		t.Fatalf("h does not reveal:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "h")
	if m.Revealed() || strings.Contains(content(m), "%") {
		t.Fatalf("h again does not hide:\n%s", content(m))
	}
}

func TestLockKey(t *testing.T) {
	r := newRoom(t, 1, 8)
	m := keypress.Drive(newModel(r, i18n.NL, true), 80, 24, "l")
	if !r.Snapshot().Locked || !strings.Contains(content(m), "inschrijving dicht: geen nieuwe deelnemers") {
		t.Fatalf("l does not lock the room:\n%s", content(m))
	}
	if _, err := r.Join("new", "Nieuw", room.ViaWeb); err == nil {
		t.Error("a newcomer got into a locked room")
	}
	m = keypress.Drive(m, 80, 24, "l")
	if r.Snapshot().Locked || !strings.Contains(content(m), "inschrijving open") {
		t.Fatalf("l again does not unlock:\n%s", content(m))
	}
}

func TestNewRoundAsksFirst(t *testing.T) {
	r := newRoom(t, 10, 8)
	m := keypress.Drive(newModel(r, i18n.NL, true), 80, 24, "r")
	if !strings.Contains(content(m), "Nieuwe ronde beginnen?") || r.Snapshot().Round != 1 {
		t.Fatalf("r does not ask:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "esc")
	if r.Snapshot().Round != 1 || strings.Contains(content(m), "Nieuwe ronde beginnen?") {
		t.Fatalf("esc does not cancel:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "r", "j", "n")
	if r.Snapshot().Round != 1 || !strings.Contains(content(m), "Nieuwe ronde beginnen?") {
		t.Fatalf("j or n answered the question:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "enter")
	if r.Snapshot().Round != 2 || !strings.Contains(content(m), "ronde 2") || !strings.Contains(content(m), "Ronde 2 is begonnen.") {
		t.Fatalf("enter does not start round 2:\n%s", content(m))
	}
}

// TestQuitAsksFirst: q and ctrl+c ask first in both modes; n cancels,
// and j or the same key again quits.
func TestQuitAsksFirst(t *testing.T) {
	modes := map[string]func() Model{
		"Quit?":            func() Model { return newModel(newRoom(t, 0, 4), i18n.EN, false) },
		"every allocation": func() Model { return newCultureModel(newFakeCulture(cultureSnap(0)), i18n.EN, false) },
	}
	for asks, start := range modes {
		for _, k := range []string{"q", "ctrl+c"} {
			for _, confirm := range []string{k, "enter", "y"} {
				m := keypress.Drive(start(), 80, 24)
				next, cmd := m.Update(keypress.Msg(k))
				m = next.(Model)
				if cmd != nil || !strings.Contains(content(m), asks) {
					t.Fatalf("%s quits without asking:\n%s", k, content(m))
				}
				next, cmd = m.Update(keypress.Msg("esc"))
				m = next.(Model)
				if cmd != nil || strings.Contains(content(m), "Quit?") {
					t.Fatalf("esc does not cancel the quit")
				}
				next, _ = m.Update(keypress.Msg(k))
				_, cmd = next.Update(keypress.Msg(confirm))
				if cmd == nil {
					t.Fatalf("%s %s does not quit", k, confirm)
				}
				if _, ok := cmd().(tea.QuitMsg); !ok {
					t.Fatalf("%s %s: not a quit", k, confirm)
				}
			}
		}
	}
}

func TestScenarioKeys(t *testing.T) {
	m := keypress.Drive(newModel(newRoom(t, 5, 8), i18n.NL, false), 80, 24)
	if !strings.Contains(content(m), "Casus 1 van 8") {
		t.Fatalf("not at scenario 1:\n%s", content(m))
	}
	for _, c := range []struct {
		key  string
		want string
	}{{"right", "Casus 2 van 8"}, {"n", "Casus 3 van 8"}, {"p", "Casus 2 van 8"}, {"left", "Casus 1 van 8"}, {"left", "Casus 8 van 8"}} {
		m = keypress.Drive(m, 80, 24, c.key)
		if !strings.Contains(content(m), c.want) {
			t.Fatalf("after %s: want %q:\n%s", c.key, c.want, content(m))
		}
	}
}

// TestBatchedUpdates: a change only marks the screen dirty; the snapshot
// is read once, on the tick, however many changes came before it.
func TestBatchedUpdates(t *testing.T) {
	r := newRoom(t, 0, 4)
	m := keypress.Drive(newModel(r, i18n.NL, false), 80, 24)
	m = batched(t, m, func() {
		for i := range 3 {
			if _, err := r.Join(fmt.Sprint("k", i), "", room.ViaWeb); err != nil {
				t.Fatal(err)
			}
		}
	})
	v := m.snap.Version
	next, _ := m.Update(tickMsg{}) // a tick without a change reads nothing
	if next.(Model).snap.Version != v {
		t.Fatal("tick without change")
	}
}

// batched checks the batching on m, an empty lobby, in either mode: join
// lets three participants in; then a change schedules the tick, a second
// change does not read the room, and the tick does. It returns m after
// the tick.
func batched(t *testing.T, m Model, join func()) Model {
	t.Helper()
	if !strings.Contains(content(m), "Nog niemand binnen.") {
		t.Fatalf("not the empty lobby:\n%s", content(m))
	}
	join()
	next, cmd := m.Update(changedMsg{})
	m = next.(Model)
	if cmd == nil || !m.ticking || !m.dirty {
		t.Fatal("a change does not schedule a tick")
	}
	next, _ = m.Update(changedMsg{})
	m = next.(Model)
	if !strings.Contains(content(m), "Nog niemand binnen.") {
		t.Fatal("the screen read the room before the tick")
	}
	next, _ = m.Update(tickMsg{})
	m = next.(Model)
	if m.dirty || m.ticking || !strings.Contains(content(m), "3 deelnemers binnen") {
		t.Fatalf("the tick did not read the room:\n%s", content(m))
	}
	return m
}

// TestControlCharactersStayOff: a name or join line with escape codes
// reaches the screen cleaned.
func TestControlCharactersStayOff(t *testing.T) {
	r := newRoom(t, 0, 4)
	id, err := r.Join("evil", "Eve\x1b[31mRED\x07", room.ViaSSH)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Answer(id, "q01", 0); err != nil {
		t.Fatal(err)
	}
	j := testJoin()
	j.SSH = "ssh \x1b]0;title\x07host"
	m := New(Config{Room: r, Join: j, Lang: i18n.NL, Theme: theme.Dark, Color: false})
	m = keypress.Drive(m, 120, 40, "a")
	raw := m.View().Content
	if strings.ContainsAny(raw, "\x07") || strings.Contains(raw, "\x1b]0;") || strings.Contains(raw, "\x1b[31m") {
		t.Fatalf("control characters reached the screen: %q", raw)
	}
}

// fakeQR stands in for draw/qr's lines: 17 rows of 33 half blocks.
func fakeQR() []string {
	out := make([]string, 17)
	for y := range out {
		var b strings.Builder
		for x := range 33 {
			b.WriteString([]string{"▀", "▄", "█", " "}[(x*7+y*13)%4])
		}
		out[y] = b.String()
	}
	return out
}

// newRoomJoinedOnly is a room where n people joined and nobody answered:
// the lobby with a count and, after a, the names.
func newRoomJoinedOnly(tb testing.TB, n int) *room.Room {
	tb.Helper()
	r := newRoom(tb, 0, 8)
	for i := range n {
		if _, err := r.Join(fmt.Sprint("key", i), testNames[i%len(testNames)], room.ViaSSH); err != nil {
			tb.Fatal(err)
		}
	}
	return r
}

// goldenName names a golden of a w×h screen with n participants after
// the keys pressed ("hidden" when none).
func goldenName(w, h, n int, keys []string) string {
	name := fmt.Sprintf("%dx%d-%d", w, h, n)
	if len(keys) == 0 {
		return name + "-hidden"
	}
	return name + "-" + strings.Join(keys, "-")
}

// TestJoinStaysInView: on every projector screen from 80x24 to 300x80,
// in both modes, revealed or not, with names or not, the join code and
// the URL are on the screen; j shows the QR code large in every mode and
// j again takes it away.
func TestJoinStaysInView(t *testing.T) {
	j := testJoin()
	j.QR = fakeQR()
	rooms := map[int]*room.Room{0: newRoom(t, 0, 8), 3: newRoom(t, 3, 8), 40: newRoom(t, 40, 8)}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}, {300, 80}} {
		for _, n := range []int{0, 3, 40} {
			for _, keys := range [][]string{nil, {"h"}, {"a"}, {"h", "a"}} {
				models := map[string]Model{
					"room":    New(Config{Room: rooms[n], Join: j, Lang: i18n.NL, Theme: theme.Dark}),
					"culture": newScreen(newFakeCulture(cultureSnap(n)), Config{Join: j, Lang: i18n.NL, Theme: theme.Dark}),
				}
				for mode, m := range models {
					m = keypress.Drive(m, size[0], size[1], keys...)
					out := content(m)
					if !strings.Contains(out, "7K3Q") || !strings.Contains(out, j.URL) {
						t.Errorf("%s %dx%d, %d, %v: the join code or URL is not in view:\n%s", mode, size[0], size[1], n, keys, out)
					}
					m = keypress.Drive(m, size[0], size[1], "j")
					out = content(m)
					if !strings.Contains(out, "Scan om mee te doen") || !strings.Contains(out, j.URL) {
						t.Errorf("%s %dx%d, %d, %v: j shows no QR code:\n%s", mode, size[0], size[1], n, keys, out)
					}
					m = keypress.Drive(m, size[0], size[1], "j")
					if strings.Contains(content(m), "Scan om mee te doen") {
						t.Errorf("%s %dx%d: j again leaves the QR code", mode, size[0], size[1])
					}
				}
			}
		}
	}
}

// TestWholeScenarioOnWall: a scenario longer than two lines is shown
// whole while the mix is hidden where the rows are there (a 200x60 wall),
// and 80x24 still fits.
func TestWholeScenarioOnWall(t *testing.T) {
	bank := gendata.Bank(4)
	long := strings.Repeat("Een inwoner staat al twintig minuten aan de balie en vraagt of het sneller kan. ", 3) + "Slotwoord."
	for i := range bank.Questions {
		bank.Questions[i].Scenario = long
	}
	r, err := room.New(room.Config{Bank: bank, Dir: t.TempDir(), Code: "7K3Q", NoShuffle: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	id, err := r.Join("k", "Anna", room.ViaSSH)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Answer(id, bank.Questions[0].ID, 0); err != nil {
		t.Fatal(err)
	}
	for _, keys := range [][]string{nil, {"h"}} {
		screentest.Fits(t, content(keypress.Drive(newModel(r, i18n.NL, false), 80, 24, keys...)), 80, 24)
	}
	if out := content(keypress.Drive(newModel(r, i18n.NL, false), 200, 60)); !strings.Contains(out, "Slotwoord.") {
		t.Errorf("200x60 cuts the scenario:\n%s", out)
	}
}
