package results

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

const hashB = "bbbb2222cccc3333dddd4444eeee5555ffff6666aaaa7777bbbb8888cccc9999"

func testStore(t *testing.T) Store {
	t.Helper()
	at := time.Date(2026, 11, 27, 15, 30, 0, 0, time.UTC)
	return Store{Dir: filepath.Join(t.TempDir(), "cache", AppDir), now: func() time.Time { return at }}
}

// TestKilledQuizResumes is the "closed laptop lid" case: progress is kept
// after every answer; the process dies (the walk is dropped without any
// goodbye); a new start with the same set gets the same order, answers and
// position back, and can finish.
func TestKilledQuizResumes(t *testing.T) {
	store := testStore(t)
	bank := testBank(hashA, 5)
	w := quiz.NewWalk(bank, quiz.Ordering{Shuffle: true, Seed: 42})
	for _, ty := range []profile.Type{profile.Verbinder, profile.Ondernemer, profile.Verbinder} {
		answerTypes(t, w, ty)
		if err := store.SaveProgress(w); err != nil {
			t.Fatal(err)
		}
	}
	w.Back() // the user went back to reconsider question 3
	if err := store.SaveProgress(w); err != nil {
		t.Fatal(err)
	}
	wantOrder, wantAnswers, wantIndex := w.Order(), w.Answers(), w.Index()
	w = nil // killed

	fresh := testBank(hashA, 5) // the next start loads the set again
	got, ok, err := Store{Dir: store.Dir}.LoadProgress(fresh)
	if err != nil || !ok {
		t.Fatalf("LoadProgress: ok=%v err=%v", ok, err)
	}
	if fmt.Sprint(got.Order()) != fmt.Sprint(wantOrder) {
		t.Errorf("order %v, want %v", got.Order(), wantOrder)
	}
	if fmt.Sprint(got.Answers()) != fmt.Sprint(wantAnswers) {
		t.Errorf("answers %v, want %v", got.Answers(), wantAnswers)
	}
	if got.Index() != wantIndex || wantIndex != 2 {
		t.Errorf("at question %d, want %d", got.Index(), wantIndex)
	}
	if got.Bank() != fresh {
		t.Error("the resumed walk must walk the bank passed in")
	}
	if got.Chosen() == quiz.Unanswered {
		t.Error("the answer to the current question should be preselected")
	}

	// Finish and clear: the next start offers nothing.
	answerTypes(t, got, profile.Verbinder, profile.Bureaucraat, profile.Bureaucraat)
	if !got.Done() {
		t.Fatal("not done")
	}
	if pts := got.Points(); pts != (profile.Points{2, 1, 2}) {
		t.Errorf("points %v", pts)
	}
	if err := store.Clear(fresh); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := store.LoadProgress(fresh); ok || err != nil {
		t.Errorf("after Clear: ok=%v err=%v", ok, err)
	}
	if err := store.Clear(fresh); err != nil {
		t.Errorf("clearing twice: %v", err)
	}
}

func TestProgressIsPerQuestionSet(t *testing.T) {
	store := testStore(t)
	a, b := testBank(hashA, 3), testBank(hashB, 3)
	wa := quiz.NewWalk(a, quiz.Ordering{})
	answerTypes(t, wa, profile.Ondernemer)
	if err := store.SaveProgress(wa); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := store.LoadProgress(b); ok || err != nil {
		t.Errorf("set B got set A's progress: ok=%v err=%v", ok, err)
	}
	// A file in B's place that belongs to A (copied by hand) is ignored
	// and left alone, not called corrupt.
	pa, _ := store.Path(a)
	pb, _ := store.Path(b)
	data, _ := os.ReadFile(pa)
	if err := os.WriteFile(pb, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := store.LoadProgress(b); ok || err != nil {
		t.Errorf("foreign set's file: ok=%v err=%v", ok, err)
	}
	if _, err := os.Stat(pb); err != nil {
		t.Errorf("foreign set's file was touched: %v", err)
	}
	if _, ok, _ := store.LoadProgress(a); !ok {
		t.Error("set A lost its progress")
	}
}

func TestProgressWithoutAnswersOffersNothing(t *testing.T) {
	store := testStore(t)
	b := testBank(hashA, 3)
	if err := store.SaveProgress(quiz.NewWalk(b, quiz.Ordering{})); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := store.LoadProgress(b); ok || err != nil {
		t.Errorf("ok=%v err=%v", ok, err)
	}
}

func TestCorruptProgressIsSetAside(t *testing.T) {
	bank := testBank(hashA, 3)
	good := func(t *testing.T, store Store) []byte {
		w := quiz.NewWalk(bank, quiz.Ordering{})
		answerTypes(t, w, profile.Ondernemer)
		if err := store.SaveProgress(w); err != nil {
			t.Fatal(err)
		}
		p, _ := store.Path(bank)
		data, _ := os.ReadFile(p)
		return data
	}
	cases := map[string]func(valid string) string{
		"not JSON":       func(string) string { return "\x00\x01garbage" },
		"truncated":      func(v string) string { return v[:len(v)/2] },
		"empty":          func(string) string { return "" },
		"other format":   func(v string) string { return strings.Replace(v, ProgressFormatName, "x", 1) },
		"wrong shape":    func(v string) string { return strings.Replace(v, `"order":[[0,1,2],`, `"order":[[0,1],`, 1) },
		"answer too big": func(v string) string { return strings.Replace(v, `"answers":[1,`, `"answers":[9,`, 1) },
	}
	for name, corrupt := range cases {
		t.Run(name, func(t *testing.T) {
			store := testStore(t)
			valid := string(good(t, store))
			bad := corrupt(valid)
			if bad == valid {
				t.Fatalf("corruption had no effect on %s", valid)
			}
			path, _ := store.Path(bank)
			if err := os.WriteFile(path, []byte(bad), 0o600); err != nil {
				t.Fatal(err)
			}
			w, ok, err := store.LoadProgress(bank)
			if w != nil || ok {
				t.Fatal("a corrupt file was resumed")
			}
			var e *Error
			if !errors.As(err, &e) || e.Kind != KindCorrupt {
				t.Fatalf("err = %v, want KindCorrupt", err)
			}
			wantAside := path + ".corrupt-20261127T153000"
			if e.Aside != wantAside {
				t.Errorf("aside %q, want %q", e.Aside, wantAside)
			}
			if data, err := os.ReadFile(wantAside); err != nil || string(data) != bad {
				t.Errorf("set-aside file: %v", err)
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("corrupt file still in place: %v", err)
			}
			if msg := Message(err, i18n.NL); !strings.Contains(msg, "beschadigd") || !strings.Contains(msg, wantAside) {
				t.Errorf("NL message: %s", msg)
			}
			if msg := Message(err, i18n.EN); !strings.Contains(msg, "damaged") || !strings.Contains(msg, "start afresh") {
				t.Errorf("EN message: %s", msg)
			}
			// The next start is clean, and saving works again.
			if _, ok, err := store.LoadProgress(bank); ok || err != nil {
				t.Errorf("second start: ok=%v err=%v", ok, err)
			}
			good(t, store)
		})
	}
}

func TestNewerProgressFormatIsLeftAlone(t *testing.T) {
	store := testStore(t)
	bank := testBank(hashA, 3)
	path, _ := store.Path(bank)
	_ = os.MkdirAll(store.Dir, 0o700)
	data := fmt.Sprintf(`{"format":%q,"version":99,"set_hash":%q,"whatever":true}`, ProgressFormatName, hashA)
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := store.LoadProgress(bank); ok || err != nil {
		t.Errorf("ok=%v err=%v", ok, err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("a newer program's file was moved: %v", err)
	}
}

func TestProgressStoreIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "cache")
	_ = os.WriteFile(file, nil, 0o644)
	store := Store{Dir: filepath.Join(file, AppDir)}
	w := quiz.NewWalk(testBank(hashA, 2), quiz.Ordering{})
	answerTypes(t, w, profile.Bureaucraat)
	err := store.SaveProgress(w)
	if KindOf(err) != KindNotDir {
		t.Fatalf("%v (kind %v)", err, KindOf(err))
	}
	if msg := Message(err, i18n.NL); !strings.Contains(msg, "gaat gewoon door") {
		t.Errorf("NL message: %s", msg)
	}
	if _, ok, err := store.LoadProgress(w.Bank()); ok || err != nil {
		t.Errorf("load from a file path: ok=%v err=%v", ok, err)
	}
}

func TestProgressWithoutPermission(t *testing.T) {
	skipIfRoot(t)
	store := testStore(t)
	bank := testBank(hashA, 2)
	w := quiz.NewWalk(bank, quiz.Ordering{})
	answerTypes(t, w, profile.Bureaucraat)
	if err := store.SaveProgress(w); err != nil {
		t.Fatal(err)
	}
	path, _ := store.Path(bank)

	// Unreadable file: reported, not resumed, not set aside.
	_ = os.Chmod(path, 0o000)
	t.Cleanup(func() { _ = os.Chmod(path, 0o600) })
	_, ok, err := store.LoadProgress(bank)
	if ok || KindOf(err) != KindPermission {
		t.Errorf("unreadable: ok=%v err=%v", ok, err)
	}
	if msg := Message(err, i18n.EN); !strings.Contains(msg, "permission") || !strings.Contains(msg, "start afresh") {
		t.Errorf("EN message: %s", msg)
	}
	_ = os.Chmod(path, 0o600)

	// Unwritable directory: saving fails with a clear kind, the old
	// progress is intact.
	_ = os.Chmod(store.Dir, 0o500)
	t.Cleanup(func() { _ = os.Chmod(store.Dir, 0o700) })
	answerTypes(t, w, profile.Verbinder)
	err = store.SaveProgress(w)
	if KindOf(err) != KindPermission {
		t.Errorf("unwritable: %v", err)
	}
	if msg := Message(err, i18n.NL); !strings.Contains(msg, "geen toestemming") || !strings.Contains(msg, "niet worden hervat") {
		t.Errorf("NL message: %s", msg)
	}
	if got, ok, err := store.LoadProgress(bank); !ok || err != nil || got.Answered() != 1 {
		t.Errorf("old progress: ok=%v err=%v", ok, err)
	}
	if err := store.Clear(bank); KindOf(err) != KindPermission {
		t.Errorf("clear: %v", err)
	}
}

func TestStoreWithoutHash(t *testing.T) {
	store := testStore(t)
	b := testBank("", 2)
	w := quiz.NewWalk(b, quiz.Ordering{})
	answerTypes(t, w, profile.Bureaucraat)
	if err := store.SaveProgress(w); !errors.Is(err, ErrNoHash) {
		t.Errorf("save: %v", err)
	}
	if _, ok, err := store.LoadProgress(b); ok || err != nil {
		t.Errorf("load: %v %v", ok, err)
	}
	if err := store.Clear(b); err != nil {
		t.Errorf("clear: %v", err)
	}
}

func TestDefaultStoreIsUnderTheCacheDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/xdg-cache")
	t.Setenv("HOME", "/tmp/home")
	s, err := DefaultStore()
	if err != nil {
		t.Fatal(err)
	}
	base, _ := os.UserCacheDir()
	if s.Dir != filepath.Join(base, AppDir) {
		t.Errorf("dir %s", s.Dir)
	}
}

func BenchmarkSaveProgress(b *testing.B) {
	store := Store{Dir: b.TempDir()}
	bank := testBank(hashA, 12)
	w := quiz.NewWalk(bank, quiz.Ordering{Shuffle: true, Seed: 1})
	answerTypes(b, w, profile.Bureaucraat, profile.Ondernemer, profile.Verbinder, profile.Verbinder)
	for b.Loop() {
		if err := store.SaveProgress(w); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFinishedButNotClearedComesBackDone(t *testing.T) {
	store := testStore(t)
	b := testBank(hashA, 2)
	w := quiz.NewWalk(b, quiz.Ordering{Shuffle: true, Seed: 3})
	answerTypes(t, w, profile.Ondernemer, profile.Verbinder)
	if err := store.SaveProgress(w); err != nil {
		t.Fatal(err)
	}
	got, ok, err := store.LoadProgress(b)
	if !ok || err != nil || !got.Done() || got.Points() != (profile.Points{0, 1, 1}) {
		t.Errorf("ok=%v err=%v", ok, err)
	}
}
