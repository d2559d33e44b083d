package liveview

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// fakeCulture is a room running the culture survey for the tests: a
// snapshot that the test changes, a coalescing signal and a door. Its
// made-up mixes need no survey that adds up to them.
type fakeCulture struct {
	mu      sync.Mutex
	snap    room.Snapshot
	ch      chan struct{}
	lockErr error
	reads   int
}

func newFakeCulture(s room.Snapshot) *fakeCulture {
	return &fakeCulture{snap: s, ch: make(chan struct{}, 1)}
}

func (f *fakeCulture) Snapshot() *room.Snapshot {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads++
	s := f.snap
	s.Participants = append([]room.ParticipantView(nil), s.Participants...)
	c := *s.Culture
	s.Culture = &c
	return &s
}

func (f *fakeCulture) Subscribe() (<-chan struct{}, func()) { return f.ch, func() {} }
func (f *fakeCulture) NewRound() (int, error)               { return 0, room.ErrNoRounds }
func (f *fakeCulture) Bank() *quiz.Bank                     { return nil }

func (f *fakeCulture) Lock(b bool) error {
	if f.lockErr != nil {
		return f.lockErr
	}
	f.change(func(s *room.Snapshot) { s.Locked = b })
	return nil
}

// change edits the snapshot, counts a version and signals without
// blocking, as the room does.
func (f *fakeCulture) change(edit func(*room.Snapshot)) {
	f.mu.Lock()
	edit(&f.snap)
	f.snap.Version++
	f.mu.Unlock()
	select {
	case f.ch <- struct{}{}:
	default:
	}
}

// cultureSteps is the survey of the tests: six dimensions, two passes.
const cultureSteps = 12

// cultureSnap is a room of n participants: participant i has given
// (i*5)%(steps+5) steps (capped), so some are busy, some finished and a
// few have not started; the finished ones lean from the bureaucraat now
// towards the verbinder desired.
func cultureSnap(n int) room.Snapshot {
	s := room.Snapshot{Code: "7K3Q", Version: 1, Round: 1, Steps: cultureSteps, Culture: &room.CultureSnapshot{}}
	var now, desired, liveNow, liveDesired []profile.Mix
	for i := range n {
		step := min((i*5)%(cultureSteps+5), cultureSteps)
		p := room.ParticipantView{ID: room.ParticipantID(i + 1), Name: testNames[i%len(testNames)], Step: step, Answered: step,
			Done: step == cultureSteps && i%3 != 1}
		s.Participants = append(s.Participants, p)
		s.Joined++
		s.Present++
		a := profile.New(profile.Points{30 + i%4*5, 15 + i%3*5, 15})
		b := profile.New(profile.Points{15 + i%2*5, 20, 25 + i%5*2})
		switch {
		case p.Done:
			s.Finished++
			now, desired = append(now, a), append(desired, b)
			liveNow, liveDesired = append(liveNow, a), append(liveDesired, b)
		default:
			s.Busy++
			if step == cultureSteps {
				liveNow, liveDesired = append(liveNow, a), append(liveDesired, b)
			}
		}
	}
	s.Culture.Group = team.SummarizeCulture(now, desired)
	s.Culture.Live = team.SummarizeCulture(liveNow, liveDesired)
	return s
}

func newCultureModel(src source, l i18n.Lang, color bool) Model {
	return newScreen(src, Config{Join: testJoin(), Lang: l, Theme: theme.Dark, Color: color})
}

func TestCultureGolden(t *testing.T) {
	type c struct {
		w, h, n int
		keys    []string
	}
	var cases []c
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		for _, n := range []int{0, 3, 40} {
			for _, keys := range [][]string{nil, {"h"}} {
				cases = append(cases, c{size[0], size[1], n, keys})
			}
		}
	}
	cases = append(cases,
		c{80, 24, 12, []string{"h", "a"}},
		c{120, 40, 12, []string{"h", "a"}},
		c{80, 24, 5, []string{"a"}},
		c{80, 24, 12, []string{"q"}},
		c{40, 12, 0, nil},
		c{40, 12, 12, nil},
		c{40, 12, 12, []string{"h"}},
		c{40, 12, 12, []string{"l"}},
		c{80, 24, 12, []string{"j"}},
		c{200, 60, 12, []string{"h", "j"}},
	)
	for _, tc := range cases {
		t.Run(goldenName(tc.w, tc.h, tc.n, tc.keys), func(t *testing.T) {
			m := keypress.Drive(newCultureModel(newFakeCulture(cultureSnap(tc.n)), i18n.NL, false), tc.w, tc.h, tc.keys...)
			out := content(m)
			screentest.Fits(t, out, tc.w, tc.h)
			golden.RequireEqual(t, out)
		})
	}
}

// TestCultureGoldenEnglish: the revealed culture in English.
func TestCultureGoldenEnglish(t *testing.T) {
	m := keypress.Drive(newCultureModel(newFakeCulture(cultureSnap(12)), i18n.EN, false), 80, 24, "h")
	out := content(m)
	screentest.Fits(t, out, 80, 24)
	golden.RequireEqual(t, out)
}

func TestCultureFitsEverywhere(t *testing.T) {
	for _, n := range []int{0, 1, 12, 300} {
		src := newFakeCulture(cultureSnap(n))
		for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
			for _, keys := range [][]string{nil, {"h"}, {"h", "a"}, {"?"}, {"q"}} {
				for _, size := range [][2]int{{40, 12}, {41, 13}, {60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 60}, {30, 8}} {
					m := keypress.Drive(newCultureModel(src, l, true), size[0], size[1], keys...)
					screentest.Fits(t, content(m), size[0], size[1])
				}
			}
		}
	}
}

func TestCultureRevealToggle(t *testing.T) {
	m := keypress.Drive(newCultureModel(newFakeCulture(cultureSnap(12)), i18n.NL, true), 80, 24)
	if !strings.Contains(content(m), "verborgen") || strings.Contains(content(m), "%") || strings.Contains(content(m), "▼") {
		t.Fatalf("the culture is not hidden at first:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "h")
	out := content(m)
	for _, want := range []string{"nu", "gewenst", "▼", "▲", "Grootste gedeelde verschuiving:", "Bureaucraat"} {
		if !strings.Contains(out, want) {
			t.Fatalf("h does not reveal %q:\n%s", want, out)
		}
	}
	m = keypress.Drive(m, 80, 24, "h")
	if m.Revealed() || strings.Contains(content(m), "%") {
		t.Fatalf("h again does not hide:\n%s", content(m))
	}
}

// TestCultureShiftSentence: the sentence names the biggest shift with how
// many share it, in the team report's words; no shift says so.
func TestCultureShiftSentence(t *testing.T) {
	now := []profile.Mix{profile.New(profile.Points{6, 2, 2}), profile.New(profile.Points{5, 3, 2}), profile.New(profile.Points{5, 2, 3})}
	desired := []profile.Mix{profile.New(profile.Points{3, 3, 4}), profile.New(profile.Points{5, 2, 3}), profile.New(profile.Points{2, 4, 4})}
	s := room.Snapshot{Steps: 2, Joined: 3, Present: 3, Finished: 3, Culture: &room.CultureSnapshot{Group: team.SummarizeCulture(now, desired)}}
	for i := range 3 {
		s.Participants = append(s.Participants, room.ParticipantView{ID: room.ParticipantID(i + 1), Step: 2, Answered: 2, Done: true})
	}
	m := keypress.Drive(newCultureModel(newFakeCulture(s), i18n.NL, false), 120, 40, "h")
	if out := content(m); !strings.Contains(out, "Grootste gedeelde verschuiving: 2 van 3 willen minder bureaucraat") {
		t.Fatalf("no shared shift sentence:\n%s", out)
	}
	s.Culture = &room.CultureSnapshot{Group: team.SummarizeCulture(now, now)}
	m = keypress.Drive(newCultureModel(newFakeCulture(s), i18n.EN, false), 120, 40, "h")
	if out := content(m); !strings.Contains(out, "there is no shift") {
		t.Fatalf("no 'no shift' sentence:\n%s", out)
	}
}

func TestCultureNamesHiddenByDefault(t *testing.T) {
	m := keypress.Drive(newCultureModel(newFakeCulture(cultureSnap(6)), i18n.NL, true), 120, 40)
	if strings.Contains(content(m), "Chantal") {
		t.Fatalf("a name shows before a:\n%s", content(m))
	}
	m = keypress.Drive(m, 120, 40, "a")
	out := content(m)
	if !strings.Contains(out, "Chantal") || !strings.Contains(out, "deelnemer 4") || !m.NamesShown() {
		t.Fatalf("a does not show the names (an empty name as deelnemer N):\n%s", out)
	}
}

func TestCultureLockKey(t *testing.T) {
	src := newFakeCulture(cultureSnap(3))
	m := keypress.Drive(newCultureModel(src, i18n.NL, true), 80, 24, "l")
	if !src.Snapshot().Locked || !strings.Contains(content(m), "inschrijving dicht: geen nieuwe deelnemers") {
		t.Fatalf("l does not lock the room:\n%s", content(m))
	}
	m = keypress.Drive(m, 80, 24, "l")
	if src.Snapshot().Locked || !strings.Contains(content(m), "inschrijving open") {
		t.Fatalf("l again does not unlock:\n%s", content(m))
	}
	src.lockErr = room.ErrFull
	m = keypress.Drive(m, 80, 24, "l")
	if !strings.Contains(content(m), "de sessie is vol") {
		t.Fatalf("a refused lock says nothing:\n%s", content(m))
	}
	src.lockErr = errors.New("disk on fire")
	_ = keypress.Drive(m, 80, 24, "l") // any error: a message, no panic
}

// TestCultureBatchedUpdates: changes mark the screen dirty; the snapshot
// is read once, on the tick.
func TestCultureBatchedUpdates(t *testing.T) {
	src := newFakeCulture(cultureSnap(0))
	m := keypress.Drive(newCultureModel(src, i18n.NL, false), 80, 24)
	reads := src.reads
	m = batched(t, m, func() {
		for range 3 {
			src.change(func(s *room.Snapshot) {
				s.Joined++
				s.Present++
				s.Participants = append(s.Participants, room.ParticipantView{ID: room.ParticipantID(s.Joined)})
			})
		}
		reads = src.reads
	})
	if src.reads != reads+1 {
		t.Fatalf("the room was read %d times for one tick", src.reads-reads)
	}
	_, _ = m.Update(tickMsg{})
	if src.reads != reads+1 {
		t.Fatal("a tick without a change read the room")
	}
}

// TestCultureControlCharactersStayOff: names and the code from the source
// reach the screen cleaned.
func TestCultureControlCharactersStayOff(t *testing.T) {
	s := cultureSnap(2)
	s.Participants[0].Name = "Eve\x1b[31mRED\x07"
	s.Code = "7K\x1b]0;x\x07"
	m := newScreen(newFakeCulture(s), Config{Lang: i18n.NL, Theme: theme.Dark})
	m = keypress.Drive(m, 120, 40, "a")
	raw := m.View().Content
	if strings.ContainsAny(raw, "\x07") || strings.Contains(raw, "\x1b]0;") || strings.Contains(raw, "\x1b[31m") {
		t.Fatalf("control characters reached the screen: %q", raw)
	}
}
