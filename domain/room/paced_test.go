package room

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

func newPacedRoom(t testing.TB, dir string) *Room {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	return newTestRoom(t, Config{Activity: Paced(quiztest.Small(t), true), Dir: dir})
}

func wantErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
}

// TestPacedWorkshop walks the workshop as a trainer leads it: open, choose,
// reveal, extreme round with proposals, next, end.
func TestPacedWorkshop(t *testing.T) {
	r := newPacedRoom(t, "")
	var ps []ParticipantID
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		ps = append(ps, join(t, r, k, strings.ToUpper(k)))
	}
	wantErr(t, r.Answer(ps[0], ids[0], 0), ErrNotOpen)
	wantErr(t, r.Reveal(), ErrNoCaseOpen)
	st, err := r.Stage(ps[0])
	must(t, err)
	if st.Case != -1 || st.Shown != nil {
		t.Fatalf("stage before the first case: %+v", st)
	}

	q, err := r.Next()
	must(t, err)
	if q != 0 || r.Snapshot().Paced.Case != 0 {
		t.Fatalf("Next opened %d, snapshot case %d", q, r.Snapshot().Paced.Case)
	}
	wantErr(t, r.Answer(ps[0], ids[1], 0), ErrNotOpen)
	for i, id := range ps[:4] {
		must(t, r.Answer(id, ids[0], i%3))
	}
	s := r.Snapshot().Paced
	if s.Answered != 4 || s.Revealed {
		t.Fatalf("answered %d revealed %v", s.Answered, s.Revealed)
	}
	if st, _ := r.Stage(ps[0]); st.Chosen != 0 || st.Revealed || st.Split != (profile.Points{}) {
		t.Fatalf("stage before reveal: %+v", st)
	}
	must(t, r.Reveal())
	must(t, r.Reveal()) // twice: no change
	wantErr(t, r.Answer(ps[4], ids[0], 0), ErrRevealed)
	s = r.Snapshot().Paced
	total := 0
	for _, n := range s.Split {
		total += n
	}
	if !s.Revealed || total != 4 {
		t.Fatalf("split %v revealed %v", s.Split, s.Revealed)
	}
	if st, _ := r.Stage(ps[1]); st.Split != s.Split {
		t.Fatalf("device split %v, projector %v", st.Split, s.Split)
	}

	wantErr(t, r.Propose(ps[0], "te vroeg"), ErrNoExtreme)
	must(t, r.Extreme())
	s = r.Snapshot().Paced
	if s.Assigned[0]+s.Assigned[1]+s.Assigned[2] != 5 {
		t.Fatalf("assigned %v", s.Assigned)
	}
	for _, n := range s.Assigned {
		if n < 1 || n > 2 {
			t.Fatalf("thirds not balanced: %v", s.Assigned)
		}
	}
	late := join(t, r, "f", "F")
	st, err = r.Stage(late)
	must(t, err)
	if !st.Assigned || s.Assigned[st.Type] != 1 {
		t.Fatalf("latecomer got %v (assigned %v), want a type with one", st.Type, s.Assigned)
	}

	wantErr(t, r.Propose(ps[0], "  \t "), ErrEmptyProposal)
	wantErr(t, r.Propose(ps[0], strings.Repeat("x", MaxProposal+1)), ErrLongProposal)
	must(t, r.Propose(ps[0], "Handhaven\u202e zonder \x1b[31muitzondering"))
	must(t, r.Propose(ps[1], "Een container aan de rand van de wijk"))
	must(t, r.Propose(ps[0], "Handhaven, zonder uitzondering")) // replaces, same number
	s = r.Snapshot().Paced
	if len(s.Proposals) != 2 || s.Proposals[0].N != 1 || s.Proposals[0].Text != "Handhaven, zonder uitzondering" || s.Proposals[1].N != 2 {
		t.Fatalf("proposals %+v", s.Proposals)
	}
	must(t, r.HideProposal(2, true))
	wantErr(t, r.HideProposal(9, true), ErrNoSuchProposal)
	if !r.Snapshot().Paced.Proposals[1].Hidden {
		t.Fatal("proposal 2 not hidden")
	}

	must(t, r.Countdown(time.Minute))
	if r.Snapshot().Paced.Deadline.IsZero() {
		t.Fatal("no countdown")
	}
	q, err = r.Next()
	must(t, err)
	if s := r.Snapshot().Paced; q != 1 || s.Extreme || s.Revealed || len(s.Proposals) != 0 || !s.Deadline.IsZero() {
		t.Fatalf("next case %d: %+v", q, s)
	}
	must(t, r.Answer(ps[0], ids[1], 2))
	must(t, r.Open(2))
	wantErr(t, r.Open(3), ErrNoSuchCase)
	wantErr(t, func() error { _, err := r.Next(); return err }(), ErrLastCase)

	n, err := r.End()
	must(t, err)
	if n != 4 {
		t.Fatalf("End finished %d, want the 4 who answered", n)
	}
	wantErr(t, r.Open(0), ErrEnded)
	wantErr(t, r.Answer(ps[4], ids[2], 0), ErrEnded)
	st, err = r.Stage(ps[0])
	must(t, err)
	if !st.Ended || !st.Done || st.Answered != 2 {
		t.Fatalf("stage after end: %+v", st)
	}
	files, _ := filepath.Glob(filepath.Join(r.ResultsDir(1), "*.json"))
	if len(files) != 4 {
		t.Fatalf("%d result files, want 4: %v", len(files), files)
	}
	var kinds []string
	evs, _ := r.Events(0)
	for _, e := range evs {
		kinds = append(kinds, e.Kind.String())
	}
	for _, k := range []string{"opened", "revealed", "extreme", "proposal", "hidden", "ended"} {
		if !strings.Contains(strings.Join(kinds, " "), k) {
			t.Errorf("no %q event in %v", k, kinds)
		}
	}
}

// TestPacedResume: after a crash the open case, answers, assignments,
// proposals and hidden flags come back from the journal.
func TestPacedResume(t *testing.T) {
	dir := t.TempDir()
	r := newPacedRoom(t, dir)
	a, b, c := join(t, r, "a", "A"), join(t, r, "b", "B"), join(t, r, "c", "")
	must(t, r.Open(1))
	must(t, r.Answer(a, ids[1], 0))
	must(t, r.Answer(b, ids[1], 1))
	must(t, r.Extreme())
	must(t, r.Propose(a, "Regels zijn regels"))
	must(t, r.Propose(c, "Iedereen aan tafel"))
	must(t, r.HideProposal(1, true))
	before := r.Snapshot()
	stBefore, _ := r.Stage(b)
	must(t, r.Close())

	r2, _, err := Resume(dir, Config{Activity: Paced(quiztest.Small(t), true), Clock: fixedClock()})
	must(t, err)
	t.Cleanup(func() { _ = r2.Close() })
	after := r2.Snapshot()
	pb, pa := before.Paced, after.Paced
	if pa.Case != 1 || pa.Answered != pb.Answered || pa.Split != pb.Split || pa.Assigned != pb.Assigned || !pa.Extreme {
		t.Fatalf("resumed %+v, want %+v", pa, pb)
	}
	if len(pa.Proposals) != 2 || pa.Proposals[0] != pb.Proposals[0] || pa.Proposals[1] != pb.Proposals[1] {
		t.Fatalf("proposals %+v, want %+v", pa.Proposals, pb.Proposals)
	}
	stAfter, _ := r2.Stage(b)
	if stAfter.Type != stBefore.Type || stAfter.Chosen != stBefore.Chosen {
		t.Fatalf("stage %+v, want %+v", stAfter, stBefore)
	}
	// A quiz does not resume the workshop's journal.
	must(t, r2.Close())
	if _, _, err := Resume(dir, Config{Activity: Quiz(quiztest.Small(t), true)}); err == nil {
		t.Fatal("a quiz resumed the workshop's journal")
	}
}

// TestPacedJournalUntrusted: a proposal edited in the journal loses its
// control characters, and one that breaks the rules is skipped.
func TestPacedJournalUntrusted(t *testing.T) {
	dir := t.TempDir()
	r := newPacedRoom(t, dir)
	a := join(t, r, "a", "A")
	must(t, r.Open(0))
	must(t, r.Extreme())
	must(t, r.Propose(a, "eerlijk"))
	must(t, r.Close())
	path := filepath.Join(dir, JournalName)
	data, err := os.ReadFile(path)
	must(t, err)
	data = []byte(strings.Replace(string(data), `"text":"eerlijk"`, `"text":"eer\u001b[2Jlijk\u202e"`, 1))
	data = append(data, []byte(`{"t":"propose","at":"2026-11-29T14:00:00Z","p":1,"step":0,"text":"`+strings.Repeat("y", 200)+`"}`+"\n")...)
	must(t, os.WriteFile(path, data, 0o600))
	r2, rp, err := Resume(dir, Config{Activity: Paced(quiztest.Small(t), true)})
	must(t, err)
	t.Cleanup(func() { _ = r2.Close() })
	if got := r2.Snapshot().Paced.Proposals[0].Text; got != "eerlijk" {
		t.Errorf("proposal from the journal: %q", got)
	}
	if len(rp.Skipped) != 1 {
		t.Errorf("skipped %d records, want the over-long proposal", len(rp.Skipped))
	}
}

// BenchmarkPacedCase is one case of a paced workshop with 1,000
// participants: the trainer opens it, all answer at once (each an
// acknowledged, fsynced journal entry), the split is revealed, the extreme
// round assigns the types, all propose at once; then every device reads
// its Stage. It reports the slowest answer and proposal (ms) beside
// ns/op for the whole case.
func BenchmarkPacedCase(b *testing.B) {
	const n = 1000
	bank := quiztest.Bank(b, i18n.NL)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		r := newTestRoom(b, Config{Activity: Paced(bank, false), MaxParticipants: n})
		ids := make([]ParticipantID, n)
		for j := range ids {
			ids[j] = join(b, r, "k"+strconv.Itoa(j), "")
		}
		b.StartTimer()
		q, err := r.Next()
		must(b, err)
		var slowAnswer, slowProposal atomicMax
		parallel(ids, func(id ParticipantID) {
			t0 := time.Now()
			must(b, r.Answer(id, bank.Questions[q].ID, int(id)%3))
			slowAnswer.put(time.Since(t0))
		})
		must(b, r.Reveal())
		must(b, r.Extreme())
		parallel(ids, func(id ParticipantID) {
			t0 := time.Now()
			must(b, r.Propose(id, "Op zijn uiterst: voorstel van deelnemer "+strconv.Itoa(int(id))))
			slowProposal.put(time.Since(t0))
		})
		for _, id := range ids {
			if _, err := r.Stage(id); err != nil {
				b.Fatal(err)
			}
		}
		_ = r.Snapshot()
		b.ReportMetric(float64(slowAnswer.get())/1e6, "ms-slowest-answer")
		b.ReportMetric(float64(slowProposal.get())/1e6, "ms-slowest-proposal")
	}
}

// parallel runs f for every id at once.
func parallel(ids []ParticipantID, f func(ParticipantID)) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func() { defer wg.Done(); f(id) }()
	}
	wg.Wait()
}

// atomicMax keeps the largest duration put.
type atomicMax struct {
	mu  sync.Mutex
	max time.Duration
}

func (m *atomicMax) put(d time.Duration) {
	m.mu.Lock()
	m.max = max(m.max, d)
	m.mu.Unlock()
}

func (m *atomicMax) get() time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.max
}

// TestPacedRoundRules: the extreme round reveals the split first, gives
// types only to who is present, and numbers proposals per case.
func TestPacedRoundRules(t *testing.T) {
	r := newPacedRoom(t, "")
	a, b, gone := join(t, r, "a", "A"), join(t, r, "b", "B"), join(t, r, "c", "C")
	must(t, r.Leave(gone))
	must(t, r.Open(0))
	must(t, r.Answer(a, ids[0], 0))
	must(t, r.Extreme())
	s := r.Snapshot().Paced
	if !s.Revealed || !s.Extreme {
		t.Fatalf("extreme without reveal: %+v", s)
	}
	wantErr(t, r.Answer(b, ids[0], 0), ErrRevealed)
	if n := s.Assigned[0] + s.Assigned[1] + s.Assigned[2]; n != 2 {
		t.Fatalf("assigned %v, want the 2 present", s.Assigned)
	}
	must(t, r.Propose(a, "een"))
	must(t, r.Propose(b, "twee"))
	must(t, r.Open(1))
	must(t, r.Extreme())
	must(t, r.Propose(b, "drie"))
	s = r.Snapshot().Paced
	if len(s.Proposals) != 1 || s.Proposals[0].N != 1 {
		t.Fatalf("proposals of the second case %+v, want number 1", s.Proposals)
	}
	must(t, r.HideProposal(1, true))
	wantErr(t, r.HideProposal(2, true), ErrNoSuchProposal)
	if !r.Snapshot().Paced.Proposals[0].Hidden {
		t.Fatal("hide 1 did not hide the open case's first proposal")
	}
	// The first case's proposals kept their own numbers and state.
	must(t, r.Open(0))
	if s := r.Snapshot().Paced; len(s.Proposals) != 2 || s.Proposals[1].N != 2 || s.Proposals[0].Hidden {
		t.Fatalf("first case again: %+v", s.Proposals)
	}
	_, err := r.End()
	must(t, err)
	wantErr(t, r.Open(1), ErrAlreadyEnded)
	wantErr(t, r.Propose(a, "te laat"), ErrEnded)
}
