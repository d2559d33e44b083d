package room

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

func journalPath(r *Room) string { return filepath.Join(r.Dir(), JournalName) }

func appendRaw(t *testing.T, path, s string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	must(t, err)
	_, err = f.WriteString(s)
	must(t, err)
	must(t, f.Close())
}

func TestResumeRestoresEverything(t *testing.T) {
	r := newTestRoom(t, Config{})
	code := r.Code()
	a := join(t, r, "ka", "Anna")
	b := join(t, r, "", "Bob")
	wa, _ := r.Walk(a)
	for q := range 3 {
		must(t, r.Answer(a, ids[q], 1))
	}
	_, err := r.Finish(a)
	must(t, err)
	must(t, r.Answer(b, ids[0], 2))
	must(t, r.Answer(b, ids[1], 0))
	must(t, r.Back(b))
	must(t, r.Lock(true))
	before := r.Snapshot()
	wb, _ := r.Walk(b)
	must(t, r.Close())

	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank(), Clock: fixedClock()})
	must(t, err)
	defer r2.Close()
	if rp.Records != 12 || len(rp.Skipped) != 0 || rp.Truncated != 0 {
		t.Errorf("replay %+v", rp)
	}
	after := r2.Snapshot()
	if r2.Code() != code || !after.Locked || after.Finished != 1 || after.Joined != 2 {
		t.Errorf("resumed: code %s %+v", r2.Code(), after)
	}
	for i := range before.Participants {
		if before.Participants[i].Mix != after.Participants[i].Mix {
			t.Errorf("participant %d mix %v → %v", i+1, before.Participants[i].Mix.Percent, after.Participants[i].Mix.Percent)
		}
	}
	for i := range before.Quiz.Scenarios {
		if before.Quiz.Scenarios[i].Answered != after.Quiz.Scenarios[i].Answered {
			t.Errorf("scenario %d answered %d → %d", i, before.Quiz.Scenarios[i].Answered, after.Quiz.Scenarios[i].Answered)
		}
	}
	// Same order (seed recorded) and same place.
	wa2, _ := r2.Walk(a)
	wb2, _ := r2.Walk(b)
	if !equalOrders(wa.Order(), wa2.Order()) || !equalOrders(wb.Order(), wb2.Order()) {
		t.Error("order changed over resume")
	}
	if wb2.Index() != wb.Index() || wb2.Index() != 1 {
		t.Errorf("Bob resumed at %d; was at %d", wb2.Index(), wb.Index())
	}
	// Anna comes back by key, locked or not.
	if id, err := r2.Join("ka", "", ViaSSH); err != nil || id != a {
		t.Errorf("Anna back: %d, %v", id, err)
	}
	// New joins keep counting from the journal's participants.
	must(t, r2.Lock(false))
	if id := join(t, r2, "", ""); id != 3 {
		t.Errorf("next id %d", id)
	}
}

func TestResumeTruncatedLastLine(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	id := join(t, r, "", "")
	must(t, r.Answer(id, ids[0], 0))
	must(t, r.Close())
	half := `{"t":"answer","at":"2026-11-29T14:00:00Z","p":1,"q":"nieuwe-re`
	appendRaw(t, journalPath(r), half)

	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	if rp.Truncated != len(half) || len(rp.Skipped) != 0 {
		t.Errorf("replay %+v", rp)
	}
	if !strings.Contains(rp.TruncatedNote(i18n.NL), "half geschreven") {
		t.Errorf("note %q", rp.TruncatedNote(i18n.NL))
	}
	if s := r2.Snapshot(); s.Quiz.Scenarios[0].Answered != 1 || s.Quiz.Scenarios[1].Answered != 0 {
		t.Errorf("after truncation: %+v", s.Quiz.Scenarios)
	}
	// New records go on a fresh line, and the next resume is clean.
	must(t, r2.Answer(id, ids[1], 2))
	must(t, r2.Close())
	r3, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r3.Close()
	if rp.Truncated != 0 || len(rp.Skipped) != 0 || r3.Snapshot().Quiz.Scenarios[1].Answered != 1 {
		t.Errorf("second resume %+v", rp)
	}
}

func TestResumeSkipsBadRecords(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	id := join(t, r, "", "")
	must(t, r.Close())
	appendRaw(t, journalPath(r), "garbage\n"+
		`{"t":"answer","p":7,"q":"balie-rij","chosen":0}`+"\n"+
		`{"t":"answer","p":1,"q":"zonder-context","chosen":0}`+"\n"+
		`{"t":"teleport","p":1}`+"\n"+
		`{"t":"answer","p":1,"q":"balie-rij","chosen":1}`+"\n")
	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r2.Close()
	// Line 5 (the third scenario before the first) is kept: replay does
	// not check the order, so that answers after a damaged line survive.
	if len(rp.Skipped) != 3 {
		t.Fatalf("skipped %+v", rp.Skipped)
	}
	lines := []int{3, 4, 6}
	for i, s := range rp.Skipped {
		if s.Line != lines[i] || s.Reason(i18n.NL) == "" || s.Reason(i18n.EN) == s.Reason(i18n.NL) {
			t.Errorf("skipped %d: line %d, %q / %q", i, s.Line, s.Reason(i18n.NL), s.Reason(i18n.EN))
		}
	}
	if w, _ := r2.Walk(id); w.Answered() != 2 || w.Index() != 1 {
		t.Errorf("good records after bad ones not replayed: %d answered, at %d", w.Answered(), w.Index())
	}
}

func TestResumeRefusals(t *testing.T) {
	r := newTestRoom(t, Config{})
	must(t, r.Close())
	other := quiztest.Bank(t, i18n.NL)
	_, _, err := Resume(r.Dir(), Config{Bank: other})
	if !errors.Is(err, ErrOtherSet) {
		t.Fatalf("other set: %v", err)
	}
	msg := Message(err, i18n.NL)
	if !strings.Contains(msg, "andere vragenset") || !strings.Contains(msg, r.Bank().Hash[:8]) || !strings.Contains(msg, other.Hash[:8]) {
		t.Errorf("message %q", msg)
	}
	if _, _, err := Resume(t.TempDir(), Config{Bank: other}); !errors.Is(err, ErrNoJournal) {
		t.Errorf("no journal: %v", err)
	}
	dir := t.TempDir()
	for name, content := range map[string]string{
		"empty":   "",
		"foreign": `{"format":"something else"}` + "\n",
		"newer":   `{"t":"header","format":"ideale-ambtenaar/journal","version":9,"code":"7K3Q"}` + "\n",
	} {
		d := filepath.Join(dir, name)
		must(t, os.MkdirAll(d, 0o755))
		must(t, os.WriteFile(filepath.Join(d, JournalName), []byte(content), 0o600))
		_, _, err := Resume(d, Config{Bank: other})
		if !errors.Is(err, ErrForeignJournal) {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if m := Message(err, i18n.EN); strings.Contains(m, "%!") {
			t.Errorf("%s: bad message %q", name, m)
		}
	}
}

// A crash between saving a result and journaling where it went: Resume
// finds the file and does not save it twice; a crash before the save:
// Resume saves it.
func TestResumeResavesFinished(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	a := join(t, r, "", "")
	b := join(t, r, "", "")
	answerAll(t, r, a, 0, 0, 0)
	answerAll(t, r, b, 0, 0, 0) // the same answers, the same second: identical results
	_, err := r.Finish(a)
	must(t, err)
	_, err = r.Finish(b)
	must(t, err)
	must(t, r.Close())
	// Drop b's saved record (crash after the file, before the record).
	data, err := os.ReadFile(journalPath(r))
	must(t, err)
	lines := strings.SplitAfter(string(data), "\n")
	last := lines[len(lines)-2]
	if !strings.Contains(last, `"t":"saved"`) {
		t.Fatalf("last record %s", last)
	}
	must(t, os.WriteFile(journalPath(r), []byte(strings.Join(lines[:len(lines)-2], "")), 0o600))

	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	if len(rp.Resaved) != 1 {
		t.Fatalf("resaved %v", rp.Resaved)
	}
	files, _ := filepath.Glob(filepath.Join(r.Dir(), "*.json"))
	if len(files) != 2 {
		t.Errorf("files %v; want 2 (found, not saved again)", files)
	}
	// Now a finish without its file: delete a's result and its record.
	must(t, r2.Close())
	data, _ = os.ReadFile(journalPath(r))
	var keep []string
	var gone string
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if strings.Contains(l, `"t":"saved"`) && strings.Contains(l, `"p":1,`) {
			gone = l[strings.Index(l, `"file":"`)+8:]
			gone = gone[:strings.Index(gone, `"`)]
			continue
		}
		keep = append(keep, l)
	}
	must(t, os.WriteFile(journalPath(r), []byte(strings.Join(keep, "")), 0o600))
	must(t, os.Remove(filepath.Join(r.Dir(), filepath.FromSlash(gone))))
	r3, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r3.Close()
	files, _ = filepath.Glob(filepath.Join(r.Dir(), "*.json"))
	if len(rp.Resaved) != 1 || len(files) != 2 {
		t.Errorf("resaved %v, files %v", rp.Resaved, files)
	}
	// And the participant's result is known again.
	p, err := r3.Finish(a)
	if err != nil || p == "" {
		t.Errorf("finish after resave: %q, %v", p, err)
	}
}

func TestResumeKeepsFixedOrder(t *testing.T) {
	b := quiztest.Bank(t, i18n.NL)
	r := newTestRoom(t, Config{Bank: b, NoShuffle: true})
	id := join(t, r, "", "")
	must(t, r.Close())
	r2, _, err := Resume(r.Dir(), Config{Bank: b})
	must(t, err)
	defer r2.Close()
	w, _ := r2.Walk(id)
	for _, o := range w.Order() {
		for i, v := range o {
			if v != i {
				t.Fatalf("order %v after resume of a fixed-order room", o)
			}
		}
	}
	_ = quiz.Unanswered
}

// A refused journal is left exactly as it was.
func TestResumeLeavesForeignFileAlone(t *testing.T) {
	dir := t.TempDir()
	content := `{"some":"thing"}` + "\n" + `{"half`
	path := filepath.Join(dir, JournalName)
	must(t, os.WriteFile(path, []byte(content), 0o600))
	if _, _, err := Resume(dir, Config{Bank: quiztest.Small(t)}); !errors.Is(err, ErrForeignJournal) {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != content {
		t.Errorf("foreign file changed to %q", got)
	}
}

// A damaged line in the middle of the journal costs that line only: the
// valid lines after it are kept (also the same participant's later
// answers, and the lines of someone whose join was damaged), and Notes
// says which line was skipped and what was lost.
func TestResumeKeepsLinesAfterDamage(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	a := join(t, r, "ka", "Anna")
	b := join(t, r, "kb", "Bob")
	for q := range 3 {
		must(t, r.Answer(a, ids[q], 1))
	}
	must(t, r.Answer(b, ids[0], 0))
	must(t, r.Answer(b, ids[1], 2))
	must(t, r.Close())

	data, err := os.ReadFile(journalPath(r))
	must(t, err)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	// Lines: 1 header, 2 join Anna, 3 join Bob, 4–6 Anna's answers, 7–8 Bob's.
	damage := func(n int) { lines[n-1] = strings.Repeat("\x00", len(lines[n-1])) }
	damage(3) // Bob's join
	damage(5) // Anna's answer to the second scenario
	must(t, os.WriteFile(journalPath(r), []byte(strings.Join(lines, "\n")+"\n"), 0o600))

	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r2.Close()
	if len(rp.Skipped) != 2 || rp.Skipped[0].Line != 3 || rp.Skipped[1].Line != 5 {
		t.Fatalf("skipped %+v", rp.Skipped)
	}
	s := r2.Snapshot()
	answered := 0
	for _, sc := range s.Quiz.Scenarios {
		answered += sc.Answered
	}
	if answered != 4 {
		t.Errorf("%d answers kept, want 4 (5 minus the damaged one)", answered)
	}
	wa, err := r2.Walk(a)
	must(t, err)
	if wa.Index() != 1 || wa.Answered() != 2 {
		t.Errorf("Anna at scenario %d with %d answers; want back at the gap (1) with 2", wa.Index(), wa.Answered())
	}
	// Anna fills the gap and goes on.
	must(t, r2.Answer(a, ids[1], 0))
	if wb, err := r2.Walk(b); err != nil || wb.Answered() != 2 {
		t.Errorf("Bob's answers after his damaged join: %v, %v", wb, err)
	}
	notes := strings.Join(rp.Notes(i18n.NL), "\n")
	for _, want := range []string{"regel 3", "regel 5", "deelnemer 2", "Anna", "casus 2"} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
	if en := strings.Join(rp.Notes(i18n.EN), "\n"); !strings.Contains(en, "line 5") {
		t.Errorf("English notes:\n%s", en)
	}
}
