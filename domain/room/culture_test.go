package room_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// testSet is a small culture set of three dimensions a, b, c.
func testSet() *culture.Set {
	s := &culture.Set{Title: "Test", Language: "nl", Hash: "0123456789abcdef"}
	for _, id := range []string{"a", "b", "c"} {
		s.Dimensions = append(s.Dimensions, culture.Dimension{ID: id, Title: "Onderwerp " + id,
			Descriptions: [profile.Count]string{"regels", "kansen", "mensen"}})
	}
	return s
}

var clock = func() time.Time { return time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC) }

func newRoom(t *testing.T, max int) *room.Room {
	t.Helper()
	r, err := room.New(room.Config{Activity: room.Culture(testSet()), Code: "K7MQ", Dir: t.TempDir(),
		MaxParticipants: max, Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func join(t *testing.T, r *room.Room, key, name string) room.ParticipantID {
	t.Helper()
	id, err := r.Join(key, name, room.ViaSSH)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func give(t *testing.T, r *room.Room, id room.ParticipantID, as ...culture.Allocation) {
	t.Helper()
	for _, a := range as {
		if err := r.Give(id, a); err != nil {
			t.Fatalf("give %v: %v", a, err)
		}
	}
}

func journalLines(t *testing.T, r *room.Room) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(r.Dir(), room.JournalName))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "\n")
}

func TestCultureJoinRejoinByKey(t *testing.T) {
	r := newRoom(t, 0)
	a := join(t, r, "key-a", "Ann\x1b[31m")
	if again := join(t, r, "key-a", ""); again != a {
		t.Fatalf("rejoin gave %d, want %d", again, a)
	}
	if id, ok := r.Lookup("key-a"); !ok || id != a {
		t.Errorf("Lookup: %d %v", id, ok)
	}
	if _, ok := r.Lookup(""); ok {
		t.Error(`Lookup("") found someone`)
	}
	b := join(t, r, "", "Bo")
	c := join(t, r, "", "Bo")
	if b == c || b == a {
		t.Errorf("keyless joins: %d %d", b, c)
	}
	if err := r.Leave(a); err != nil {
		t.Fatal(err)
	}
	if again := join(t, r, "key-a", "Anna"); again != a {
		t.Fatalf("rejoin after leave gave %d", again)
	}
	s := r.Snapshot()
	if s.Joined != 3 || s.Present != 3 || s.Left != 0 || s.Participants[0].Name != "Anna" || s.Participants[0].Via != room.ViaSSH {
		t.Errorf("snapshot %+v", s)
	}
	evs, _ := r.Events(0)
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind.String())
	}
	if got := strings.Join(kinds, " "); got != "joined joined joined left rejoined" {
		t.Errorf("events %s", got)
	}
	if r.Code() != "K7MQ" || r.Set().Title != "Test" || r.Language() != i18n.Default || r.Steps() != 6 {
		t.Error("accessors")
	}
}

func TestCultureCapAndLock(t *testing.T) {
	r := newRoom(t, 2)
	a := join(t, r, "a", "")
	join(t, r, "b", "")
	_, err := r.Join("c", "", room.ViaWeb)
	if !errors.Is(err, room.ErrFull) || !strings.Contains(room.Message(err, i18n.EN), "full (2 participants)") {
		t.Fatalf("third join: %v", err)
	}
	if id := join(t, r, "a", ""); id != a {
		t.Error("a returning participant was refused at the cap")
	}
	r2 := newRoom(t, 0)
	join(t, r2, "a", "")
	if err := r2.Lock(true); err != nil {
		t.Fatal(err)
	}
	if _, err := r2.Join("x", "", room.ViaWeb); !errors.Is(err, room.ErrLocked) {
		t.Fatalf("join when locked: %v", err)
	}
	if _, err := r2.Join("a", "", room.ViaWeb); err != nil {
		t.Fatalf("return when locked: %v", err)
	}
	if !r2.Snapshot().Locked {
		t.Error("snapshot not locked")
	}
	if err := r2.Lock(false); err != nil {
		t.Fatal(err)
	}
	join(t, r2, "x", "")
	evs, _ := r2.Events(0)
	if evs[1].Kind != room.Locked || evs[len(evs)-2].Kind != room.Unlocked {
		t.Errorf("events %v", evs)
	}
}

func TestCultureGiveBackFinish(t *testing.T) {
	r := newRoom(t, 0)
	id := join(t, r, "k", "Ann")
	var ae *culture.AllocationError
	if err := r.Give(id, culture.Allocation{5, 3, 1}); !errors.As(err, &ae) || ae.Problem != culture.TooFew {
		t.Fatalf("9 points: %v", err)
	} else if !strings.Contains(room.Message(err, i18n.NL), "nog 1 punt over") {
		t.Errorf("message %q", room.Message(err, i18n.NL))
	}
	if err := r.Give(id, culture.Allocation{11, -1, 0}); !errors.As(err, &ae) || ae.Problem != culture.OutOfRange {
		t.Fatalf("out of range: %v", err)
	}
	if s, _ := r.Survey(id); s.Step() != 0 {
		t.Fatal("an invalid allocation moved the survey on")
	}
	if _, err := r.Finish(id); !errors.Is(err, room.ErrNotDone) {
		t.Fatalf("finish at the start: %v", err)
	}
	give(t, r, id, culture.Allocation{6, 2, 2})
	// Idempotent: the same allocation for step 0 again is a repeat.
	n := journalLines(t, r)
	if err := r.GiveAt(id, 0, culture.Allocation{6, 2, 2}); err != nil {
		t.Fatal(err)
	}
	if journalLines(t, r) != n {
		t.Error("a repeat was journaled")
	}
	if err := r.GiveAt(id, 0, culture.Allocation{2, 2, 6}); !errors.Is(err, room.ErrNotReached) {
		t.Errorf("changing a passed step without going back: %v", err)
	}
	if err := r.GiveAt(id, 3, culture.Allocation{2, 2, 6}); !errors.Is(err, room.ErrNotReached) {
		t.Errorf("a step ahead: %v", err)
	}
	if err := r.GiveAt(id, 1, culture.Allocation{5, 3, 2}); err != nil {
		t.Fatal(err)
	}
	give(t, r, id, culture.Allocation{7, 1, 2})
	s, _ := r.Survey(id)
	if s.Pass() != culture.Desired || s.Index() != 0 {
		t.Fatalf("after the first pass: %d %d", s.Pass(), s.Index())
	}
	// Back into the first pass: the allocation there is shown, and a new one replaces it.
	if err := r.Back(id); err != nil {
		t.Fatal(err)
	}
	s, _ = r.Survey(id)
	if a, ok := s.Given(); !ok || a != (culture.Allocation{7, 1, 2}) || s.Pass() != culture.Now || s.Index() != 2 {
		t.Fatalf("after back: %v %v, pass %d index %d", a, ok, s.Pass(), s.Index())
	}
	give(t, r, id, culture.Allocation{6, 2, 2}, culture.Allocation{2, 4, 4}, culture.Allocation{3, 4, 3})
	s.Give(culture.Allocation{6, 2, 2}) // the copy is the caller's
	if s2, _ := r.Survey(id); s2.Step() != 5 {
		t.Fatalf("step %d, want 5", s2.Step())
	}
	give(t, r, id, culture.Allocation{4, 2, 4})
	if err := r.Give(id, culture.Allocation{10, 0, 0}); err != nil {
		t.Errorf("give when all are given: %v", err)
	}
	path, err := r.Finish(id)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := r.Finish(id); err != nil || again != path {
		t.Errorf("finish twice: %q %v", again, err)
	}
	if err := r.Give(id, culture.Allocation{10, 0, 0}); !errors.Is(err, room.ErrFinished) {
		t.Errorf("give after finish: %v", err)
	}
	if err := r.Back(id); !errors.Is(err, room.ErrFinished) {
		t.Errorf("back after finish: %v", err)
	}
	if s, _ := r.Survey(id); !s.Done() {
		t.Error("finished survey not done")
	}
	if filepath.Dir(path) != r.Dir() {
		t.Errorf("saved in %s", path)
	}

	c := team.Read([]string{r.Dir()})
	if !c.IsCulture() || len(c.Cultures) != 1 || len(c.Skipped) != 0 {
		t.Fatalf("team.Read: kind %s, %d cultures, skipped %v", c.Kind(), len(c.Cultures), c.Skipped)
	}
	p := c.Cultures[0]
	// Now {6,2,2}+{5,3,2}+{6,2,2} = {17,7,6}: 57/23/20; desired {9,10,11}: 30/33/37.
	if p.Name != "Ann" || p.Now().Percent != [3]int{57, 23, 20} || p.Desired.Percent != [3]int{30, 33, 37} {
		t.Errorf("read back %q %v %v", p.Name, p.Now().Percent, p.Desired.Percent)
	}

	evs, _ := r.Events(0)
	var answered []string
	for _, e := range evs {
		if e.Kind == room.Answered {
			answered = append(answered, e.Scenario)
		}
	}
	want := "now/a now/b now/c now/c desired/a desired/b desired/c"
	if got := strings.Join(answered, " "); got != want {
		t.Errorf("answered events %q, want %q", got, want)
	}
	if evs[len(evs)-1].Kind != room.Finished {
		t.Errorf("last event %v", evs[len(evs)-1].Kind)
	}
	if _, err := r.Survey(99); !errors.Is(err, room.ErrUnknownParticipant) {
		t.Errorf("unknown participant: %v", err)
	}
}

func TestCultureResume(t *testing.T) {
	dir := t.TempDir()
	cfg := room.Config{Activity: room.Culture(testSet()), Code: "K7MQ", Dir: dir, MaxParticipants: 5, Clock: clock}
	r, err := room.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := join(t, r, "a", "Ann")
	b := join(t, r, "b", "Bo")
	give(t, r, a, culture.Allocation{6, 2, 2}, culture.Allocation{5, 3, 2}, culture.Allocation{7, 1, 2},
		culture.Allocation{2, 4, 4}, culture.Allocation{3, 4, 3}, culture.Allocation{4, 2, 4})
	pathA, err := r.Finish(a)
	if err != nil {
		t.Fatal(err)
	}
	give(t, r, b, culture.Allocation{10, 0, 0}, culture.Allocation{0, 10, 0})
	if err := r.Back(b); err != nil {
		t.Fatal(err)
	}
	if err := r.Lock(true); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Join("z", "", room.ViaSSH); !errors.Is(err, room.ErrClosed) {
		t.Errorf("join after close: %v", err)
	}
	if _, err := room.New(cfg); !errors.Is(err, &room.Error{Kind: room.KindExists}) {
		t.Fatalf("New over a journal: %v", err)
	}
	// A crash in the middle of a write: half a line at the end.
	jp := filepath.Join(dir, room.JournalName)
	f, err := os.OpenFile(jp, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(`{"t":"give","p":2,"st`); err != nil {
		t.Fatal(err)
	}
	f.Close()

	r2, err := resume(dir, room.Config{Activity: room.Culture(testSet()), Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	rp := r2.Replay()
	if rp.Truncated != len(`{"t":"give","p":2,"st`) || len(rp.Skipped) != 0 || !strings.Contains(rp.TruncatedNote(i18n.EN), "half-written") {
		t.Errorf("replay %+v", rp)
	}
	if r2.Code() != "K7MQ" || !r2.Snapshot().Locked || r2.Snapshot().Max != 5 {
		t.Errorf("resumed code %s locked %v max %d", r2.Code(), r2.Snapshot().Locked, r2.Snapshot().Max)
	}
	if id, ok := r2.Lookup("b"); !ok || id != b {
		t.Fatal("key b not known after resume")
	}
	s, _ := r2.Survey(b)
	if s.Step() != 1 {
		t.Fatalf("b at step %d, want 1", s.Step())
	}
	if g, ok := s.Given(); !ok || g != (culture.Allocation{0, 10, 0}) {
		t.Errorf("b's allocation at step 1: %v %v", g, ok)
	}
	if p, err := r2.Finish(a); err != nil || p != pathA {
		t.Errorf("a's result after resume %q %v, want %q", p, err, pathA)
	}
	give(t, r2, b, culture.Allocation{0, 10, 0}, culture.Allocation{0, 0, 10},
		culture.Allocation{1, 1, 8}, culture.Allocation{1, 1, 8}, culture.Allocation{1, 1, 8})
	if _, err := r2.Finish(b); err != nil {
		t.Fatal(err)
	}
	if c := team.Read([]string{dir}); len(c.Cultures) != 2 {
		t.Errorf("%d culture results in the folder", len(c.Cultures))
	}
	// The journal goes on after the cut: a second resume sees everything.
	r2.Close()
	r3, err := resume(dir, room.Config{Activity: room.Culture(testSet())})
	if err != nil {
		t.Fatal(err)
	}
	if s := r3.Snapshot(); s.Finished != 2 || r3.Replay().Truncated != 0 || len(r3.Replay().Skipped) != 0 {
		t.Errorf("second resume: finished %d, replay %+v", s.Finished, r3.Replay())
	}
	// While r3 is open the folder is busy, for this process too.
	if _, err := resume(dir, room.Config{Activity: room.Culture(testSet())}); !errors.Is(err, room.ErrBusy) {
		t.Errorf("resume of an open room: %v", err)
	}
	if err := r3.Close(); err != nil {
		t.Fatal(err)
	}

	// Another culture set, no journal, a quiz room's journal.
	other := testSet()
	other.Hash = "fedcba9876543210"
	if _, err := resume(dir, room.Config{Activity: room.Culture(other)}); !errors.Is(err, &room.Error{Kind: room.KindOtherSet}) ||
		!strings.Contains(room.Message(err, i18n.NL), "andere cultuurset") {
		t.Errorf("other set: %v", err)
	}
	if _, err := resume(t.TempDir(), room.Config{Activity: room.Culture(testSet())}); !errors.Is(err, &room.Error{Kind: room.KindNoJournal}) {
		t.Errorf("no journal: %v", err)
	}
	qdir := t.TempDir()
	qr, err := room.New(room.Config{Bank: quiztest.Small(t), Dir: qdir})
	if err != nil {
		t.Fatal(err)
	}
	qr.Close()
	if _, err := resume(qdir, room.Config{Activity: room.Culture(testSet())}); !errors.Is(err, &room.Error{Kind: room.KindForeignJournal}) ||
		!strings.Contains(room.Message(err, i18n.EN), "not a header") {
		t.Errorf("quiz journal: %v", err)
	}
}

// TestResumeResaves: a finish journaled, the crash before the save.
func TestCultureResumeResaves(t *testing.T) {
	dir := t.TempDir()
	r, err := room.New(room.Config{Activity: room.Culture(testSet()), Dir: dir, Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	a := join(t, r, "a", "")
	give(t, r, a, culture.Allocation{6, 2, 2}, culture.Allocation{5, 3, 2}, culture.Allocation{7, 1, 2},
		culture.Allocation{2, 4, 4}, culture.Allocation{3, 4, 3}, culture.Allocation{4, 2, 4})
	path, err := r.Finish(a)
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	// Drop the "saved" record: the file exists but the journal does not know.
	jp := filepath.Join(dir, room.JournalName)
	b, _ := os.ReadFile(jp)
	lines := strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
	if !strings.Contains(lines[len(lines)-1], `"saved"`) {
		t.Fatalf("last line %q", lines[len(lines)-1])
	}
	os.WriteFile(jp, []byte(strings.Join(lines[:len(lines)-1], "")), 0o600)
	r2, err := resume(dir, room.Config{Activity: room.Culture(testSet()), Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if rs := r2.Replay().Resaved; len(rs) != 1 || rs[0] != path {
		t.Errorf("resaved %v, want %s", rs, path)
	}
	if c := team.Read([]string{dir}); len(c.Cultures) != 1 {
		t.Errorf("%d results: saved twice", len(c.Cultures))
	}
}

// TestSnapshotByHand checks the counts and the group's figures against
// sums done by hand.
func TestCultureSnapshotByHand(t *testing.T) {
	r := newRoom(t, 0)
	p1, p2, p3, p4 := join(t, r, "1", ""), join(t, r, "2", ""), join(t, r, "3", ""), join(t, r, "4", "")
	// P1: now {18,6,6} = 60/20/20; desired {9,10,11} = 30/33/37.
	give(t, r, p1, culture.Allocation{6, 2, 2}, culture.Allocation{5, 2, 3}, culture.Allocation{7, 2, 1},
		culture.Allocation{2, 4, 4}, culture.Allocation{3, 4, 3}, culture.Allocation{4, 2, 4})
	// P2: now {30,0,0} = 100/0/0; desired {3,11,16} = 10/37/53 (36.7 → 37).
	give(t, r, p2, culture.Allocation{10, 0, 0}, culture.Allocation{10, 0, 0}, culture.Allocation{10, 0, 0},
		culture.Allocation{1, 4, 5}, culture.Allocation{1, 4, 5}, culture.Allocation{1, 3, 6})
	// P3: both passes complete, not finished: now and desired 0/0/100.
	give(t, r, p3, culture.Allocation{0, 0, 10}, culture.Allocation{0, 0, 10}, culture.Allocation{0, 0, 10},
		culture.Allocation{0, 0, 10}, culture.Allocation{0, 0, 10}, culture.Allocation{0, 0, 10})
	// P4: two steps, then gone.
	give(t, r, p4, culture.Allocation{5, 5, 0}, culture.Allocation{5, 5, 0})
	for _, id := range []room.ParticipantID{p1, p2} {
		if _, err := r.Finish(id); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Leave(p4); err != nil {
		t.Fatal(err)
	}
	s := r.Snapshot()
	if s.Steps != 6 || s.Joined != 4 || s.Present != 3 || s.Busy != 1 || s.Finished != 2 || s.Left != 1 {
		t.Errorf("counts: steps %d joined %d present %d busy %d finished %d left %d", s.Steps, s.Joined, s.Present, s.Busy, s.Finished, s.Left)
	}
	if st := []int{s.Participants[0].Step, s.Participants[1].Step, s.Participants[2].Step, s.Participants[3].Step}; st[0] != 6 || st[1] != 6 || st[2] != 6 || st[3] != 2 {
		t.Errorf("steps %v", st)
	}
	if !s.Participants[0].Done || s.Participants[2].Done || !s.Participants[3].Left {
		t.Error("done/left flags")
	}
	g := s.Culture.Group
	// Now: (60+100)/2 = 80, (20+0)/2 = 10, 10. Desired: (30+10)/2 = 20, (33+37)/2 = 35, (37+53)/2 = 45.
	if g.Count != 2 || g.Now.Average.Percent != [3]int{80, 10, 10} || g.Desired.Average.Percent != [3]int{20, 35, 45} {
		t.Fatalf("group: count %d now %v desired %v", g.Count, g.Now.Average.Percent, g.Desired.Average.Percent)
	}
	if g.Shift != [3]int{-60, 25, 35} || g.More != [3]int{0, 2, 2} || g.Less != [3]int{2, 0, 0} {
		t.Errorf("shift %v more %v less %v", g.Shift, g.More, g.Less)
	}
	if g.Now.Min != [3]int{60, 0, 0} || g.Now.Max != [3]int{100, 20, 20} {
		t.Errorf("spread now %v–%v", g.Now.Min, g.Now.Max)
	}
	// Live adds P3: now (60+100+0)/3 = 53.3, 6.7, (20+0+100)/3 = 40 → 53/7/40.
	if s.Culture.Live.Count != 3 || s.Culture.Live.Now.Average.Percent != [3]int{53, 7, 40} {
		t.Errorf("live: count %d now %v", s.Culture.Live.Count, s.Culture.Live.Now.Average.Percent)
	}
	if r.Snapshot() != s {
		t.Error("snapshot not cached while nothing changed")
	}
	if err := r.Lock(true); err != nil {
		t.Fatal(err)
	}
	if s2 := r.Snapshot(); s2 == s || s2.Version <= s.Version {
		t.Error("snapshot not renewed after a change")
	}
}

func TestCultureSubscribeCoalesces(t *testing.T) {
	r := newRoom(t, 0)
	ch, stop := r.Subscribe()
	for i := range 5 {
		join(t, r, string(rune('a'+i)), "")
	}
	select {
	case <-ch:
	default:
		t.Fatal("no signal")
	}
	select {
	case <-ch:
		t.Fatal("five changes gave more than one signal")
	default:
	}
	stop()
	stop()
	join(t, r, "z", "")
	select {
	case <-ch:
		t.Fatal("signal after stop")
	default:
	}
}

// TestConcurrentParticipants: 100 participants at once (run with -race).
func TestCultureConcurrentParticipants(t *testing.T) {
	r := newRoom(t, 0)
	ch, stop := r.Subscribe()
	defer stop()
	done := make(chan struct{})
	go func() { // a projector reading along
		defer close(done)
		var seq uint64
		for {
			select {
			case <-ch:
				_ = r.Snapshot()
				_, seq = r.Events(seq)
			case <-time.After(200 * time.Millisecond):
				return
			}
		}
	}()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 100 {
		wg.Go(func() {
			id, err := r.Join("key"+string(rune('A'+i%26))+string(rune('a'+i/26)), "", room.ViaWeb)
			if err != nil {
				errs <- err
				return
			}
			for step := range 6 {
				a := culture.Allocation{i % 11, 10 - i%11, 0}
				if err := r.GiveAt(id, step, a); err != nil {
					errs <- err
					return
				}
				if err := r.GiveAt(id, step, a); err != nil { // a retry
					errs <- err
					return
				}
			}
			if _, err := r.Finish(id); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	<-done
	s := r.Snapshot()
	if s.Joined != 100 || s.Finished != 100 || s.Culture.Group.Count != 100 {
		t.Errorf("joined %d finished %d group %d", s.Joined, s.Finished, s.Culture.Group.Count)
	}
	if c := team.Read([]string{r.Dir()}); len(c.Cultures) != 100 || len(c.Skipped) != 0 {
		t.Errorf("%d results, skipped %v", len(c.Cultures), c.Skipped)
	}
	r.Close()
	r2, err := resume(r.Dir(), room.Config{Activity: room.Culture(testSet())})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if s2 := r2.Snapshot(); s2.Finished != 100 || !reflect.DeepEqual(s2.Culture.Group, s.Culture.Group) || len(r2.Replay().Skipped) != 0 {
		t.Errorf("after resume: finished %d", s2.Finished)
	}
}

// A damaged line in the middle of the journal costs that line only: the
// participant's later steps are kept, they resume at the gap, and the
// notes say so.
func TestCultureResumeKeepsStepsAfterDamage(t *testing.T) {
	r := newRoom(t, 0)
	a := join(t, r, "a", "Ann")
	give(t, r, a, culture.Allocation{6, 2, 2}, culture.Allocation{5, 3, 2}, culture.Allocation{7, 1, 2})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	jp := filepath.Join(r.Dir(), room.JournalName)
	data, err := os.ReadFile(jp)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	lines[3] = strings.Repeat("#", len(lines[3])) // line 4: the second step
	if err := os.WriteFile(jp, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r2, err := resume(r.Dir(), room.Config{Activity: room.Culture(testSet()), Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	rp := r2.Replay()
	if len(rp.Skipped) != 1 || rp.Skipped[0].Line != 4 || len(rp.Gaps) != 1 || rp.Gaps[0].Step != 2 {
		t.Fatalf("replay %+v", rp)
	}
	if sv, _ := r2.Survey(a); sv.Step() != 1 {
		t.Errorf("Ann at step %d, want back at the gap (1)", sv.Step())
	}
	// Ann gives the gap again and goes on to the step she gave before.
	if err := r2.Give(a, culture.Allocation{5, 3, 2}); err != nil {
		t.Fatal(err)
	}
	if err := r2.Give(a, culture.Allocation{7, 1, 2}); err != nil {
		t.Fatal(err)
	}
	if sv, _ := r2.Survey(a); sv.Step() != 3 {
		t.Errorf("after the gap: step %d, want 3", sv.Step())
	}
	notes := strings.Join(rp.Notes(i18n.NL), "\n")
	if !strings.Contains(notes, "regel 4") || !strings.Contains(notes, "Ann") || !strings.Contains(notes, "stap 2") {
		t.Errorf("notes:\n%s", notes)
	}
}

// BenchmarkSnapshot is the projector's cost after every change: a room of
// 300 participants, 200 finished and 100 halfway.
func BenchmarkCultureSnapshot(b *testing.B) {
	r, err := room.New(room.Config{Activity: room.Culture(testSet()), Dir: b.TempDir(), Clock: clock})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	for i := range 300 {
		id, err := r.Join(fmt.Sprint("k", i), "", "web")
		if err != nil {
			b.Fatal(err)
		}
		steps := r.Steps()
		if i >= 200 {
			steps /= 2
		}
		for range steps {
			if err := r.Give(id, culture.Allocation{i % 11, 10 - i%11, 0}); err != nil {
				b.Fatal(err)
			}
		}
		if i < 200 {
			if _, err := r.Finish(id); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Lock(true); err != nil { // a change, so the snapshot is computed again
			b.Fatal(err)
		}
		_ = r.Snapshot()
		if err := r.Lock(false); err != nil {
			b.Fatal(err)
		}
		_ = r.Snapshot()
	}
}

// BenchmarkGive is one allocation journaled and synced to disk.
func BenchmarkCultureGive(b *testing.B) {
	r, err := room.New(room.Config{Activity: room.Culture(testSet()), Dir: b.TempDir(), Clock: clock})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	id, _ := r.Join("k", "", "web")
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Give(id, culture.Allocation{5, 3, 2}); err != nil {
			b.Fatal(err)
		}
		if err := r.Back(id); err != nil {
			b.Fatal(err)
		}
	}
}

// resume is room.Resume with the Replay left in Room.Replay.
func resume(dir string, cfg room.Config) (*room.Room, error) {
	r, _, err := room.Resume(dir, cfg)
	return r, err
}

// TestCultureOneRound: the culture survey runs one round, and the quiz's
// calls are refused on it (and the survey's on a quiz), with a clear
// error rather than a panic.
func TestCultureOneRound(t *testing.T) {
	r := newRoom(t, 0)
	id := join(t, r, "k", "Anna")
	if _, err := r.NewRound(); !errors.Is(err, room.ErrNoRounds) || room.Message(err, i18n.NL) == "" {
		t.Errorf("NewRound on the culture survey: %v", err)
	}
	if err := r.Answer(id, "a", 0); !errors.Is(err, room.ErrOtherActivity) {
		t.Errorf("Answer on the culture survey: %v", err)
	}
	if _, err := r.Walk(id); !errors.Is(err, room.ErrOtherActivity) {
		t.Errorf("Walk on the culture survey: %v", err)
	}
	if r.Bank() != nil || r.Set() == nil || r.Steps() != 6 {
		t.Errorf("bank %v, set %v, steps %d", r.Bank(), r.Set(), r.Steps())
	}
	give(t, r, id, culture.Allocation{5, 5, 0}) // the room still works
	q, err := room.New(room.Config{Bank: quiztest.Small(t), Dir: t.TempDir(), Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	qid := join(t, q, "k", "Bert")
	if err := q.Give(qid, culture.Allocation{5, 5, 0}); !errors.Is(err, room.ErrOtherActivity) {
		t.Errorf("Give on the quiz: %v", err)
	}
	if _, err := q.Survey(qid); !errors.Is(err, room.ErrOtherActivity) {
		t.Errorf("Survey on the quiz: %v", err)
	}
	if q.Set() != nil || q.Bank() == nil {
		t.Error("the quiz room has a culture set or no bank")
	}
}
