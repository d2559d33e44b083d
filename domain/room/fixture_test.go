package room_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// The session folders in testdata were written by the rooms before the
// one-room core (issue 18): a quiz session (three participants, answers,
// a back, two finishes, a leave, a lock, a second round) and a culture
// session (the same people, allocations, a back, two finishes, a leave, a
// lock). In both the saved record of participant 3 is missing, as after a
// crash between saving the file and journaling it. These tests resume
// copies of them: `live --resume` must keep reading folders written
// before a change of the room.

// copyFixture copies testdata/name to a temporary folder.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join("testdata", name)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// jsonFiles lists the result files in dir.
func jsonFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range m {
		m[i] = filepath.Base(m[i])
	}
	return m
}

func TestResumeQuizFixture(t *testing.T) {
	dir := copyFixture(t, "quiz-session")
	b := quiztest.Small(t)
	b.Hash = "fixture0quiz0hash"
	r, rp, err := room.Resume(dir, room.Config{Bank: b})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if len(rp.Notes("nl")) != 0 || rp.Records != 22 {
		t.Errorf("replay: %d records, notes %q", rp.Records, rp.Notes("nl"))
	}
	if len(rp.Resaved) != 1 || filepath.Base(rp.Resaved[0]) != "2026-11-29T1400-anoniem.json" {
		t.Errorf("resaved %q, want the anonymous result found on disk", rp.Resaved)
	}
	if got := jsonFiles(t, dir); !reflect.DeepEqual(got, []string{"2026-11-29T1400-anna.json", "2026-11-29T1400-anoniem.json"}) {
		t.Errorf("result files %q", got)
	}
	s := r.Snapshot()
	if s.Code != "K7MQ" || !s.Locked || s.Round != 2 || s.Max != 20 || s.Joined != 2 || s.Finished != 0 {
		t.Errorf("snapshot %+v", s)
	}
	if id, ok := r.Lookup("key-anna"); !ok || id != 1 {
		t.Errorf("Anna's key: %d %v", id, ok)
	}
	w, err := r.Walk(1)
	if err != nil {
		t.Fatal(err)
	}
	if w.Index() != 0 || w.Answers()[0] != 1 {
		t.Errorf("Anna in round 2: at %d, answers %v", w.Index(), w.Answers())
	}
	// Bert left in round 1 and comes back with his key into round 2, past
	// the lock.
	if id, err := r.Join("key-bert", "", room.ViaWeb); err != nil || id != 2 {
		t.Errorf("Bert back: %d %v", id, err)
	}
	if _, err := r.Join("key-new", "Nieuw", room.ViaWeb); err == nil {
		t.Error("someone new got into the locked room")
	}
	// Round 1 as it was: Anna's saved result and the walk she chose.
	res, err := os.ReadFile(filepath.Join(dir, "2026-11-29T1400-anna.json"))
	if err != nil || len(res) == 0 {
		t.Fatal(err)
	}
	if s := r.Snapshot(); s.Joined != 3 {
		t.Errorf("after Bert's return: %d joined", s.Joined)
	}
}

func TestResumeCultureFixture(t *testing.T) {
	dir := copyFixture(t, "culture-session")
	s := &culture.Set{Title: "Test", Language: "nl", Hash: "0123456789abcdef"}
	for _, id := range []string{"a", "b", "c"} {
		s.Dimensions = append(s.Dimensions, culture.Dimension{ID: id, Title: "Onderwerp " + id,
			Descriptions: [profile.Count]string{"regels", "kansen", "mensen"}})
	}
	r, rp, err := room.Resume(dir, room.Config{Activity: room.Culture(s)})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if len(rp.Notes("nl")) != 0 || rp.Records != 25 {
		t.Errorf("replay: %d records, notes %q", rp.Records, rp.Notes("nl"))
	}
	if len(rp.Resaved) != 1 || filepath.Base(rp.Resaved[0]) != "2026-11-29T1400-cor.json" {
		t.Errorf("resaved %q, want Cor's result found on disk", rp.Resaved)
	}
	if got := jsonFiles(t, dir); !reflect.DeepEqual(got, []string{"2026-11-29T1400-anna.json", "2026-11-29T1400-cor.json"}) {
		t.Errorf("result files %q", got)
	}
	snap := r.Snapshot()
	if snap.Code != "H3JP" || !snap.Locked || snap.Max != 20 || snap.Joined != 3 || snap.Finished != 2 ||
		snap.Left != 1 || snap.Culture.Group.Count != 2 {
		t.Errorf("snapshot %+v", snap)
	}
	if p := snap.Participants[1]; p.Name != "Bert" || p.Step != 2 || !p.Left {
		t.Errorf("Bert %+v", p)
	}
	sv, err := r.Survey(2)
	if err != nil {
		t.Fatal(err)
	}
	if sv.Step() != 2 {
		t.Errorf("Bert's survey at step %d, want 2", sv.Step())
	}
	sv, err = r.Survey(1)
	if err != nil {
		t.Fatal(err)
	}
	if !sv.Done() {
		t.Error("Anna's survey is not done")
	}
	if err := r.Give(2, culture.Allocation{0, 0, 10}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Join("key-new", "Nieuw", room.ViaWeb); err == nil {
		t.Error("someone new got into the locked room")
	}
}
