package sshjoin

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

func newCultureRoom(t testing.TB, max int) *room.Room {
	t.Helper()
	r, err := room.New(room.Config{Activity: room.Culture(quiztest.Culture(t, i18n.NL)), Dir: t.TempDir(),
		MaxParticipants: max, Code: "7K3Q"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

// serveCulture starts a server in culture mode for r.
func serveCulture(t testing.TB, r *room.Room) string {
	t.Helper()
	_, addr := serveConfig(t, Config{Room: r})
	return addr
}

// allocate types one allocation with digits and j (the next description)
// and enter.
func allocate(tm *term, a culture.Allocation) {
	tm.send(string(rune('0'+a[0])), "j", string(rune('0'+a[1])), "j", string(rune('0'+a[2])), "\r")
}

func TestCultureBothPassesSaveAResult(t *testing.T) {
	r := newCultureRoom(t, 0)
	addr := serveCulture(t, r)
	tm := open(t, addr, "7k3q", newKey(t))
	tm.waitFor("Je naam")
	tm.send("Anna", "\r")
	tm.waitFor("6 onderwerpen")
	tm.mark()
	tm.send("\r")
	tm.waitFor("onderwerp 1 van 6")
	for range 6 {
		allocate(tm, culture.Allocation{5, 3, 2})
	}
	for range 6 {
		allocate(tm, culture.Allocation{2, 3, 5})
	}
	tm.waitFor("grootste verschuiving")
	s := r.Snapshot()
	if s.Finished != 1 || s.Participants[0].Name != "Anna" || s.Participants[0].Via != room.ViaSSH {
		t.Fatalf("room: finished %d, participants %+v", s.Finished, s.Participants)
	}
	c := team.Read([]string{r.Dir()})
	if !c.IsCulture() || len(c.Cultures) != 1 {
		t.Fatalf("team.Read: %d culture results, skipped %v", len(c.Cultures), c.Skipped)
	}
	if p := c.Cultures[0]; p.Name != "Anna" || p.Now().Percent != [3]int{50, 30, 20} || p.Desired.Percent != [3]int{20, 30, 50} {
		t.Errorf("result %q now %v desired %v", p.Name, p.Now().Percent, p.Desired.Percent)
	}
	tm.send("q")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
	waitLeft(t, r)
}

// waitLeft waits until the room has seen the participant leave.
func waitLeft(t *testing.T, r *room.Room) {
	t.Helper()
	for range 500 {
		if s := r.Snapshot(); s.Present == 0 {
			return
		}
		sleepShort()
	}
	t.Errorf("the participant did not leave the room: %+v", r.Snapshot())
}

func TestCultureReconnectContinuesAtTheSameStep(t *testing.T) {
	r := newCultureRoom(t, 0)
	addr := serveCulture(t, r)
	key := newKey(t)
	tm := open(t, addr, "7K3Q", key)
	tm.waitFor("Je naam")
	tm.send("\r")
	tm.waitFor("6 onderwerpen")
	tm.send("\r")
	tm.waitFor("onderwerp 1 van 6")
	allocate(tm, culture.Allocation{5, 3, 2})
	allocate(tm, culture.Allocation{9, 1, 0})
	// A wrong allocation stays on screen and is not given.
	tm.mark()
	tm.send("9", "j", "9", "\r")
	tm.waitFor("haal")
	if sv, _ := r.Survey(1); sv.Step() != 2 {
		t.Fatalf("step %d, want 2", sv.Step())
	}
	tm.client.Close()
	waitLeft(t, r)

	again := open(t, addr, "7K3Q", key)
	again.waitFor("6 onderwerpen") // straight to the survey: no name step
	again.mark()
	again.send("\r")
	again.waitFor("onderwerp 3 van 6")
	again.send("t") // the screen redraws only what changed: ask the room
	for i := 0; ; i++ {
		if sv, _ := r.Survey(1); sv.Step() == 1 {
			break
		} else if i == 500 {
			t.Fatalf("after back: step %d, want 1", sv.Step())
		}
		sleepShort()
	}
	if s := r.Snapshot(); s.Joined != 1 {
		t.Errorf("%d participants, want 1", s.Joined)
	}
}

func TestCultureLockedAndFull(t *testing.T) {
	r := newCultureRoom(t, 1)
	addr := serveCulture(t, r)
	first := open(t, addr, "7K3Q", nil)
	first.waitFor("Je naam")
	first.send("\r")
	first.waitFor("6 onderwerpen")
	second := open(t, addr, "7K3Q", nil)
	second.waitFor("De sessie is vol (1 deelnemers)")
	if code := second.exit(); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if err := r.Lock(true); err != nil {
		t.Fatal(err)
	}
	third := open(t, addr, "7K3Q", nil)
	third.waitFor("gesloten voor nieuwe deelnemers")
	if code := third.exit(); code != 1 {
		t.Errorf("locked: exit %d, want 1", code)
	}
	out, _ := run(t, addr, "QQQQ", "")
	if !strings.Contains(out, "Deze code hoort niet bij deze sessie") {
		t.Errorf("wrong code: %q", out)
	}
}

func TestNoRoomIsAnError(t *testing.T) {
	if _, err := New(Config{HostKeyPath: filepath.Join(t.TempDir(), "k")}); err == nil {
		t.Error("New without a room")
	}
}

func sleepShort() { time.Sleep(10 * time.Millisecond) }
