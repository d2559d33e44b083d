package results

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// TestCorruptProgressSetAsideTwiceInOneSecond: two corrupt files set aside
// with the same time stamp must both survive.
func TestCorruptProgressSetAsideTwiceInOneSecond(t *testing.T) {
	store := testStore(t) // a fixed clock: every set-aside has the same stamp
	bank := testBank(hashA, 3)
	path, _ := store.Path(bank)
	if err := os.MkdirAll(store.Dir, 0o700); err != nil {
		t.Fatal(err)
	}
	var asides []string
	for _, bad := range []string{"eerste", "tweede", "derde"} {
		if err := os.WriteFile(path, []byte(bad), 0o600); err != nil {
			t.Fatal(err)
		}
		_, _, err := store.LoadProgress(bank)
		var e *Error
		if !errors.As(err, &e) || e.Kind != KindCorrupt || e.Aside == "" {
			t.Fatalf("err = %v, want KindCorrupt with an aside name", err)
		}
		asides = append(asides, e.Aside)
	}
	want := []string{"eerste", "tweede", "derde"}
	for i, a := range asides {
		data, err := os.ReadFile(a)
		if err != nil || string(data) != want[i] {
			t.Errorf("set-aside %d (%s) holds %q, %v; want %q", i+1, a, data, err, want[i])
		}
	}
	if asides[0] == asides[1] || asides[1] == asides[2] {
		t.Errorf("set-aside names collide: %v", asides)
	}
}

func TestRelativeCacheHomeIsReported(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" || runtime.GOOS == "plan9" {
		t.Skip("XDG_CACHE_HOME is used on Unix only")
	}
	t.Setenv("XDG_CACHE_HOME", "relatief/cache")
	_, err := DefaultStore()
	if KindOf(err) != KindRelative {
		t.Fatalf("err = %v, want KindRelative", err)
	}
	nl, en := Message(err, i18n.NL), Message(err, i18n.EN)
	if !strings.Contains(nl, "XDG_CACHE_HOME is geen volledig pad") || !strings.Contains(nl, "niet worden hervat") {
		t.Errorf("NL: %s", nl)
	}
	if !strings.Contains(en, "XDG_CACHE_HOME is not a full path") || !strings.Contains(en, "cannot be resumed") {
		t.Errorf("EN: %s", en)
	}
}

func TestFinishedProgressIsMarkedDone(t *testing.T) {
	store := testStore(t)
	b := testBank(hashA, 2)
	w := quiz.NewWalk(b, quiz.Ordering{})
	answerTypes(t, w, profile.Ondernemer, profile.Verbinder)
	if err := store.SaveProgress(w); err != nil {
		t.Fatal(err)
	}
	path, _ := store.Path(b)
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"done":true`) {
		t.Errorf("finished progress not marked done: %s", data)
	}
}

func TestCheckDir(t *testing.T) {
	base := t.TempDir()
	newDir := filepath.Join(base, "groep", "maandag")
	if err := CheckDir(newDir); err != nil {
		t.Fatalf("a missing folder should be created: %v", err)
	}
	if fi, err := os.Stat(newDir); err != nil || !fi.IsDir() {
		t.Fatalf("folder not created: %v", err)
	}
	if left, _ := os.ReadDir(newDir); len(left) != 0 {
		t.Errorf("CheckDir left files behind: %v", left)
	}
	file := filepath.Join(base, "bestand")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{file, filepath.Join(file, "sub")} {
		err := CheckDir(dir)
		var e *Error
		if !errors.As(err, &e) || e.Op != OpCheckDir || e.Kind != KindNotDir {
			t.Fatalf("CheckDir(%s) = %v, want OpCheckDir/KindNotDir", dir, err)
		}
		if msg := Message(err, i18n.NL); !strings.Contains(msg, "--save") || !strings.Contains(msg, "geen bestand") {
			t.Errorf("NL: %s", msg)
		}
		if msg := Message(err, i18n.EN); !strings.Contains(msg, "cannot be saved in") || !strings.Contains(msg, "--save") {
			t.Errorf("EN: %s", msg)
		}
	}
	if os.Geteuid() != 0 && runtime.GOOS != "windows" {
		ro := filepath.Join(base, "alleen-lezen")
		if err := os.Mkdir(ro, 0o500); err != nil {
			t.Fatal(err)
		}
		if err := CheckDir(ro); KindOf(err) != KindPermission {
			t.Errorf("read-only folder: %v, want KindPermission", err)
		}
	}
}
