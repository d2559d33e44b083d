package room

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/safetext"
)

var ids = []string{"balie-rij", "nieuwe-regel", "zonder-context"}

func fixedClock() func() time.Time {
	t0 := time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC)
	return func() time.Time { return t0 }
}

func newTestRoom(t testing.TB, cfg Config) *Room {
	t.Helper()
	if cfg.Bank == nil {
		cfg.Bank = quiztest.Small(t)
	}
	if cfg.Dir == "" {
		cfg.Dir = t.TempDir()
	}
	if cfg.Clock == nil {
		cfg.Clock = fixedClock()
	}
	r, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func join(t testing.TB, r *Room, key, name string) ParticipantID {
	t.Helper()
	id, err := r.Join(key, name, ViaSSH)
	must(t, err)
	return id
}

// answerAll answers every scenario with the option at file index opts[i]
// (the room has NoShuffle, so shown position = file index).
func answerAll(t testing.TB, r *Room, id ParticipantID, opts ...int) {
	t.Helper()
	for i, o := range opts {
		must(t, r.Answer(id, ids[i], o))
	}
}

func TestCodes(t *testing.T) {
	seen := map[Code]bool{}
	for range 2000 {
		c := NewCode()
		if !c.Valid() || len(c) != CodeLength {
			t.Fatalf("NewCode gave %q", c)
		}
		seen[c] = true
	}
	if len(seen) < 1970 { // about 7 collisions expected in 2000 draws of 279,841
		t.Errorf("only %d distinct codes in 2000", len(seen))
	}
	for in, want := range map[string]Code{"7k3q": "7K3Q", "  7K3Q\t": "7K3Q", "hjkm": "HJKM"} {
		got, err := ParseCode(in)
		if err != nil || got != want {
			t.Errorf("ParseCode(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, wantInMsg := range map[string]string{
		"":        "geen code",
		"7K3O":    `"O"`,
		"0K3Q":    `"0"`,
		"7k3l":    `"L"`,
		"7K3":     "4 tekens, deze heeft er 3",
		"7K3QQ":   "4 tekens, deze heeft er 5",
		"7K-Q":    "“-”",
		"7K\x1bQ": "U+001B",
	} {
		_, err := ParseCode(in)
		if !errors.Is(err, &Error{Kind: KindBadCode}) {
			t.Errorf("ParseCode(%q) = %v; want KindBadCode", in, err)
			continue
		}
		if msg := Message(err, i18n.NL); !strings.Contains(msg, wantInMsg) {
			t.Errorf("ParseCode(%q): %q lacks %q", in, msg, wantInMsg)
		}
		if msg := Message(err, i18n.EN); strings.ContainsAny(msg, "\x1b") || msg == Message(err, i18n.NL) {
			t.Errorf("ParseCode(%q): English message %q", in, msg)
		}
	}
	for _, c := range lookAlikes {
		if strings.ContainsRune(CodeAlphabet, c) {
			t.Errorf("alphabet holds look-alike %q", c)
		}
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"  Anna   de\tVries ":              "Anna de Vries",
		"Ren\u0065\u0301":                  "René",    // NFC
		"evil\x1b[31mred":                  "evilred", // the whole escape sequence goes (safetext.Line)
		"a\u202eb\u2066c\u200fd":           "abcd",
		"👩\u200d💻 dev":                     "👩\u200d💻 dev",
		"\x00\x07":                         "",
		strings.Repeat("x", 100):           strings.Repeat("x", MaxNameLength),
		"z" + strings.Repeat("\u0301", 40): "",
		"bad\xffutf8":                      "badutf8",
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestJoinRejoinByKey(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	a := join(t, r, "SHA256:anna", "Anna")
	b := join(t, r, "", "")
	c := join(t, r, "", "")
	if a != 1 || b != 2 || c != 3 {
		t.Fatalf("ids %d %d %d", a, b, c)
	}
	must(t, r.Answer(a, ids[0], 2))
	must(t, r.Leave(a))
	again, err := r.Join("SHA256:anna", "", ViaWeb)
	must(t, err)
	if again != a {
		t.Fatalf("rejoin gave %d, want %d", again, a)
	}
	w, _ := r.Walk(a)
	if w.Index() != 1 || w.Answered() != 1 {
		t.Errorf("rejoined at %d with %d answers; want 1, 1", w.Index(), w.Answered())
	}
	if id, ok := r.Lookup("SHA256:anna"); !ok || id != a {
		t.Errorf("Lookup = %d, %v", id, ok)
	}
	if _, ok := r.Lookup(""); ok {
		t.Error("Lookup of no key found someone")
	}
	p, _ := r.Participant(a)
	if p.Name != "Anna" || p.Via != ViaWeb || p.Left {
		t.Errorf("after rejoin: %+v", p)
	}
	// The journal holds no key in clear.
	data, _ := os.ReadFile(filepath.Join(r.Dir(), JournalName))
	if strings.Contains(string(data), "SHA256:anna") {
		t.Error("journal holds the key itself")
	}
}

func TestCapAndLock(t *testing.T) {
	r := newTestRoom(t, Config{MaxParticipants: 2})
	join(t, r, "k1", "")
	join(t, r, "k2", "")
	if _, err := r.Join("k3", "", ViaSSH); !errors.Is(err, ErrFull) {
		t.Fatalf("third join: %v; want ErrFull", err)
	} else if !strings.Contains(Message(err, i18n.NL), "(2 deelnemers)") {
		t.Errorf("message %q", Message(err, i18n.NL))
	}
	if _, err := r.Join("k1", "", ViaSSH); err != nil {
		t.Errorf("returning participant in a full room: %v", err)
	}
	r2 := newTestRoom(t, Config{})
	join(t, r2, "k1", "")
	must(t, r2.Lock(true))
	if _, err := r2.Join("k2", "", ViaSSH); !errors.Is(err, ErrLocked) {
		t.Fatalf("join when locked: %v", err)
	}
	if _, err := r2.Join("k1", "", ViaSSH); err != nil {
		t.Errorf("returning participant in a locked room: %v", err)
	}
	if !r2.Snapshot().Locked {
		t.Error("snapshot not locked")
	}
	must(t, r2.Lock(false))
	join(t, r2, "k2", "")
}

func TestAnswerRules(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	id := join(t, r, "", "")
	for _, c := range []struct {
		scen string
		opt  int
		want error
	}{
		{"nope", 0, ErrUnknownScenario},
		{ids[1], 0, ErrNotReached},
		{ids[0], 3, ErrNoSuchOption},
		{ids[0], -1, ErrNoSuchOption},
	} {
		if err := r.Answer(id, c.scen, c.opt); !errors.Is(err, c.want) {
			t.Errorf("Answer(%q, %d) = %v; want %v", c.scen, c.opt, err, c.want)
		}
	}
	if err := r.Answer(99, ids[0], 0); !errors.Is(err, ErrUnknownParticipant) {
		t.Errorf("unknown participant: %v", err)
	}
	if _, err := r.Finish(id); !errors.Is(err, ErrNotDone) {
		t.Errorf("early finish: %v", err)
	}
	must(t, r.Answer(id, ids[0], 0))
	// The same answer twice counts once and does not move a participant
	// who is elsewhere.
	v0 := r.Snapshot().Version
	must(t, r.Answer(id, ids[0], 0))
	s := r.Snapshot()
	if s.Version != v0 || s.Quiz.Scenarios[0].Answered != 1 || s.Participants[0].Answered != 1 {
		t.Errorf("repeat changed the room: version %d→%d, %+v", v0, s.Version, s.Quiz.Scenarios[0])
	}
	// Back, then the same answer again: they move on, still counted once.
	must(t, r.Back(id))
	w, _ := r.Walk(id)
	if w.Index() != 0 || w.Chosen() != 0 {
		t.Errorf("after back: index %d chosen %d", w.Index(), w.Chosen())
	}
	must(t, r.Answer(id, ids[0], 0))
	w, _ = r.Walk(id)
	if w.Index() != 1 || r.Snapshot().Quiz.Scenarios[0].Answered != 1 {
		t.Errorf("after re-answer: index %d, %+v", w.Index(), r.Snapshot().Quiz.Scenarios[0])
	}
	// Changing an answer moves the count.
	must(t, r.Back(id))
	must(t, r.Answer(id, ids[0], 2))
	if got := r.Snapshot().Quiz.Scenarios[0].Options; got[0] != 0 || got[2] != 1 {
		t.Errorf("after change: options %v", got)
	}
	must(t, r.Answer(id, ids[1], 1))
	must(t, r.Answer(id, ids[2], 1))
	path, err := r.Finish(id)
	must(t, err)
	if err := r.Answer(id, ids[0], 0); !errors.Is(err, ErrFinished) {
		t.Errorf("answer after finish: %v", err)
	}
	if err := r.Back(id); !errors.Is(err, ErrFinished) {
		t.Errorf("back after finish: %v", err)
	}
	again, err := r.Finish(id)
	if err != nil || again != path {
		t.Errorf("second finish: %q, %v; want %q", again, err, path)
	}
	files, _ := filepath.Glob(filepath.Join(r.Dir(), "*.json"))
	if len(files) != 1 {
		t.Errorf("result files %v; want one", files)
	}
}

func TestShuffledOrderAndWalkCopy(t *testing.T) {
	r := newTestRoom(t, Config{Bank: quiztest.Bank(t, i18n.NL)})
	a := join(t, r, "", "")
	b := join(t, r, "", "")
	wa, _ := r.Walk(a)
	wb, _ := r.Walk(b)
	if equalOrders(wa.Order(), wb.Order()) {
		t.Error("two participants got the same order (seeds not their own?)")
	}
	// The walk is a copy.
	wa.Answer(0)
	if w, _ := r.Walk(a); w.Answered() != 0 {
		t.Error("changing the returned walk changed the room")
	}
	// Answering by shown position records what was shown there.
	q := wa.Bank().Questions[0]
	shown := wa.ShownFor(0)
	must(t, r.Answer(a, q.ID, 1))
	w, _ := r.Walk(a)
	if got := w.Points(); got != shown[1].Points {
		t.Errorf("points %v; want those of the option shown second %v", got, shown[1].Points)
	}
}

func equalOrders(a, b [][]int) bool {
	for i := range a {
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}

func TestSnapshotFigures(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	a := join(t, r, "", "Anna")
	b := join(t, r, "", "Bob")
	c := join(t, r, "", "")
	d := join(t, r, "", "Dirk")
	// Anna: B, {B2 V1}, B → B4 V1: 80/0/20.
	answerAll(t, r, a, 0, 0, 0)
	// Bob: O, {O2 B1}, V → B1 O3 V1: 20/60/20.
	answerAll(t, r, b, 1, 1, 2)
	_, err := r.Finish(a)
	must(t, err)
	_, err = r.Finish(b)
	must(t, err)
	// c: one answer, V → 0/0/100.
	must(t, r.Answer(c, ids[0], 2))
	must(t, r.Leave(d))

	s := r.Snapshot()
	if s.Joined != 4 || s.Present != 3 || s.Busy != 1 || s.Finished != 2 || s.Left != 1 {
		t.Errorf("counts joined %d present %d busy %d finished %d left %d; want 4 3 1 2 1",
			s.Joined, s.Present, s.Busy, s.Finished, s.Left)
	}
	wantMix := map[ParticipantID][3]int{a: {80, 0, 20}, b: {20, 60, 20}, c: {0, 0, 100}, d: {0, 0, 0}}
	for _, p := range s.Participants {
		if p.Mix.Percent != wantMix[p.ID] {
			t.Errorf("participant %d mix %v; want %v", p.ID, p.Mix.Percent, wantMix[p.ID])
		}
	}
	if got := s.Participants[2].Label(i18n.NL, false); got != "deelnemer 3" {
		t.Errorf("label %q", got)
	}
	if got := s.Participants[0].Label(i18n.EN, true); got != "participant 1" {
		t.Errorf("anonymous label %q", got)
	}
	// Scenario 1: A→B, B→O, c→V: 3 answers, one each.
	sc := s.Quiz.Scenarios[0]
	if sc.ID != ids[0] || sc.Answered != 3 || sc.Points != (profile.Points{1, 1, 1}) || sc.Mix.Percent != [3]int{33, 33, 33} {
		t.Errorf("scenario 1: %+v", sc)
	}
	// Scenario 2: {B2 V1} + {O2 B1} = B3 O2 V1 → 50/33/17.
	sc = s.Quiz.Scenarios[1]
	if sc.Answered != 2 || sc.Options[0] != 1 || sc.Options[1] != 1 || sc.Mix.Percent != [3]int{50, 33, 17} {
		t.Errorf("scenario 2: %+v", sc)
	}
	// Group: Anna and Bob: (80+20)/2=50, 30, 20.
	if s.Quiz.Group.Count != 2 || s.Quiz.Group.Average.Percent != [3]int{50, 30, 20} ||
		s.Quiz.Group.Min != [3]int{20, 0, 20} || s.Quiz.Group.Max != [3]int{80, 60, 20} {
		t.Errorf("group %+v", s.Quiz.Group)
	}
	// Live adds c (0/0/100): (100, 60, 140)/3 → 33.3/20/46.7 → 33/20/47.
	if s.Quiz.Live.Count != 3 || s.Quiz.Live.Average.Percent != [3]int{33, 20, 47} {
		t.Errorf("live %+v", s.Quiz.Live)
	}
	// The same as team.Summarize over the saved files.
	col := team.Read([]string{r.Dir()})
	if len(col.Skipped) != 0 || len(col.Participants) != 2 {
		t.Fatalf("team.Read: %d participants, skipped %v", len(col.Participants), col.Skipped)
	}
	ts := team.Summarize(col.Mixes())
	if ts.Average != s.Quiz.Group.Average || ts.Min != s.Quiz.Group.Min || ts.Dominant != s.Quiz.Group.Dominant {
		t.Errorf("team over files %+v; room %+v", ts, s.Quiz.Group)
	}
	names := []string{col.Participants[0].Name, col.Participants[1].Name}
	if !(names[0] == "Anna" && names[1] == "Bob" || names[0] == "Bob" && names[1] == "Anna") {
		t.Errorf("names in results %v", names)
	}
	// The snapshot is cached until the next change.
	if r.Snapshot() != s {
		t.Error("unchanged room gave a new snapshot")
	}
	must(t, r.Answer(c, ids[1], 0))
	if r.Snapshot() == s {
		t.Error("changed room gave the old snapshot")
	}
}

func TestConcurrentAnswers(t *testing.T) {
	const n = 300
	r := newTestRoom(t, Config{NoShuffle: true})
	idsOf := make([]ParticipantID, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			id, err := r.Join("key"+string(rune('A'+i%26))+strings.Repeat("x", i/26), "", ViaSSH)
			if err != nil {
				errs <- err
				return
			}
			idsOf[i] = id
			for q := range ids {
				// Twice: the repeat must count once.
				for range 2 {
					if err := r.Answer(id, ids[q], i%3); err != nil {
						errs <- err
						return
					}
				}
			}
			if _, err := r.Finish(id); err != nil {
				errs <- err
			}
			_ = r.Snapshot()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s := r.Snapshot()
	if s.Joined != n || s.Finished != n {
		t.Fatalf("joined %d finished %d", s.Joined, s.Finished)
	}
	for q := range ids {
		if got := s.Quiz.Scenarios[q].Options; got[0] != n/3 || got[1] != n/3 || got[2] != n/3 {
			t.Errorf("scenario %d options %v; want 100 each", q, got)
		}
	}
	files, _ := filepath.Glob(filepath.Join(r.Dir(), "*.json"))
	if len(files) != n {
		t.Errorf("%d result files; want %d", len(files), n)
	}
	// Everything acknowledged is in the journal.
	must(t, r.Close())
	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r2.Close()
	if len(rp.Skipped) != 0 || rp.Truncated != 0 || len(rp.Resaved) != 0 {
		t.Errorf("replay: %+v", rp)
	}
	s2 := r2.Snapshot()
	if s2.Finished != n || s2.Quiz.Scenarios[1].Options[2] != n/3 {
		t.Errorf("after resume: finished %d, %v", s2.Finished, s2.Quiz.Scenarios[1].Options)
	}
}

func TestEventsAndSubscribe(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	sig, stop := r.Subscribe()
	id := join(t, r, "", "Anna")
	must(t, r.Answer(id, ids[0], 0))
	must(t, r.Answer(id, ids[0], 0)) // repeat: no event
	must(t, r.Answer(id, ids[1], 0))
	// Many changes, one signal waiting.
	select {
	case <-sig:
	default:
		t.Fatal("no signal")
	}
	select {
	case <-sig:
		t.Fatal("signals did not coalesce")
	default:
	}
	evs, last := r.Events(0)
	kinds := []EventKind{}
	for _, e := range evs {
		kinds = append(kinds, e.Kind)
	}
	if len(evs) != 3 || kinds[0] != Joined || kinds[1] != Answered || kinds[2] != Answered ||
		evs[1].Scenario != ids[0] || evs[1].Name != "Anna" || evs[2].Seq != last {
		t.Errorf("events %+v", evs)
	}
	must(t, r.Leave(id))
	evs, last2 := r.Events(last)
	if len(evs) != 1 || evs[0].Kind != Left || last2 != last+1 {
		t.Errorf("new events %+v, %d", evs, last2)
	}
	if evs, same := r.Events(last2); evs != nil || same != last2 {
		t.Errorf("nothing new gave %v, %d", evs, same)
	}
	<-sig
	stop()
	stop()
	must(t, r.Lock(true))
	select {
	case <-sig:
		t.Error("signal after stop")
	default:
	}
}

func TestNewRound(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	a := join(t, r, "ka", "Anna")
	b := join(t, r, "kb", "Bob")
	answerAll(t, r, a, 0, 0, 0)
	_, err := r.Finish(a)
	must(t, err)
	must(t, r.Answer(b, ids[0], 1))
	must(t, r.Leave(b))
	n, err := r.NewRound()
	must(t, err)
	if n != 2 {
		t.Fatalf("round %d", n)
	}
	s := r.Snapshot()
	if s.Round != 2 || s.Joined != 1 || s.Finished != 0 || s.Quiz.Scenarios[0].Answered != 0 {
		t.Errorf("round 2 snapshot: %+v", s)
	}
	if err := r.Answer(b, ids[0], 0); !errors.Is(err, ErrUnknownParticipant) {
		t.Errorf("left participant in the new round: %v", err)
	}
	if got := join(t, r, "kb", ""); got != b {
		t.Errorf("Bob back as %d", got)
	}
	if w, _ := r.Walk(b); w.Answered() != 0 {
		t.Error("Bob's new-round walk is not fresh")
	}
	answerAll(t, r, a, 2, 2, 2)
	path, err := r.Finish(a)
	must(t, err)
	if filepath.Dir(path) != filepath.Join(r.Dir(), "round-2") {
		t.Errorf("round 2 result in %s", path)
	}
	round1 := team.Read([]string{r.Dir()})
	round2 := team.Read([]string{r.ResultsDir(2)})
	if len(round1.Participants) != 1 || len(round2.Participants) != 1 ||
		round1.Participants[0].Mix.Percent != [3]int{80, 0, 20} ||
		round2.Participants[0].Mix.Percent != [3]int{0, 20, 80} {
		t.Errorf("round 1 %+v, round 2 %+v", round1.Participants, round2.Participants)
	}
	// Resume comes back in round 2 with both rounds' state right.
	must(t, r.Close())
	r2, _, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r2.Close()
	s = r2.Snapshot()
	if s.Round != 2 || s.Joined != 2 || s.Finished != 1 {
		t.Errorf("resumed round 2: %+v", s)
	}
}

func TestNewRefusesExistingSession(t *testing.T) {
	r := newTestRoom(t, Config{})
	must(t, r.Close()) // open, the folder is busy (TestSessionFolderIsLocked)
	_, err := New(Config{Bank: r.Bank(), Dir: r.Dir()})
	if !errors.Is(err, ErrExists) || !strings.Contains(Message(err, i18n.NL), r.Dir()) {
		t.Errorf("New over a session: %v", err)
	}
	if _, err := New(Config{Dir: t.TempDir()}); !errors.Is(err, &Error{Kind: KindConfig}) {
		t.Errorf("New without a bank: %v", err)
	}
}

func TestMessagesInBothLanguages(t *testing.T) {
	for _, e := range []*Error{ErrLocked, ErrFull, ErrUnknownParticipant, ErrUnknownScenario,
		ErrNoSuchOption, ErrNotReached, ErrFinished, ErrNotDone, ErrExists, ErrNoJournal,
		ErrForeignJournal, ErrOtherSet, ErrJournal, ErrClosed,
		journalError("/x/journal.jsonl", os.ErrPermission)} {
		nl, en := Message(e, i18n.NL), Message(e, i18n.EN)
		if nl == "" || en == "" || nl == en || strings.Contains(nl+en, "%!") {
			t.Errorf("kind %d: %q / %q", e.Kind, nl, en)
		}
	}
	if m := Message(journalError("/x/j", os.ErrPermission), i18n.NL); !strings.Contains(m, "toestemming") {
		t.Errorf("journal error without its cause: %q", m)
	}
}

// One cleaner: a name the room keeps is already what safetext makes of it,
// so the projector, the team view and the exports show the same name; and
// the room cuts characters with safetext's grapheme library, not a second.
func TestCleanNameIsSafetext(t *testing.T) {
	for _, in := range []string{
		"Anna", "  Zoë\u0308  van\tDijk ", "\x1b[31mRood\x1b[0m", "a\u202eb", "x\u200ey",
		"Jan\x00Piet", "\u2028Lijn\u2029", "👩‍👩‍👧 Familie", strings.Repeat("ë", 50),
	} {
		got := CleanName(in)
		if safetext.Name(got) != got {
			t.Errorf("CleanName(%q) = %q, which safetext.Name changes to %q", in, got, safetext.Name(got))
		}
	}
	if got := CleanName("\x1b[31mRood"); got != "Rood" {
		t.Errorf("an escape sequence in a name: %q", got)
	}
	src, err := os.ReadFile("name.go")
	must(t, err)
	if strings.Contains(string(src), "clipperhouse/uax29") {
		t.Error("name.go uses a second grapheme library")
	}
}
