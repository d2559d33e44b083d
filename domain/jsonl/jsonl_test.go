package jsonl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

var errClosed = errors.New("closed")

func open(t *testing.T) (*Writer, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.jsonl")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	return New(path, f, func(p string, err error) error { return errors.New("failed: " + err.Error()) }, errClosed), path
}

// TestWriteSyncClose: records become lines in order, Sync of the last
// acknowledges all before it, and a closed journal refuses writes.
func TestWriteSyncClose(t *testing.T) {
	j, path := open(t)
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seq, err := j.Write(map[string]int{"n": i})
			if err != nil {
				t.Error(err)
				return
			}
			if err := j.Sync(seq); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if j.Last() != 50 {
		t.Errorf("last %d, want 50", j.Last())
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := j.Write(1); !errors.Is(err, errClosed) {
		t.Errorf("write after close: %v", err)
	}
	data, _ := os.ReadFile(path)
	if lines := strings.Count(string(data), "\n"); lines != 50 {
		t.Errorf("%d lines, want 50", lines)
	}
}

// TestFailureIsSticky: after a failed write nothing more is written, so a
// half line can only be the last one.
func TestFailureIsSticky(t *testing.T) {
	j, _ := open(t)
	_ = j.f.Close() // the file goes away under the journal
	if _, err := j.Write(1); err == nil || !strings.HasPrefix(err.Error(), "failed: ") {
		t.Fatalf("first write: %v", err)
	}
	if _, err := j.Write(2); err == nil || !strings.HasPrefix(err.Error(), "failed: ") {
		t.Fatalf("second write: %v", err)
	}
}

// A full disk: the failed write is cut back to the last whole line and
// refused; once there is space again the journal goes on by itself, and
// the file holds exactly the records that were acknowledged.
func TestFullDiskThenSpace(t *testing.T) {
	j, path := open(t)
	seq, err := j.Write(map[string]int{"n": 1})
	if err == nil {
		err = j.Sync(seq)
	}
	if err != nil {
		t.Fatal(err)
	}
	full := true
	j.write = func(f *os.File, b []byte) (int, error) {
		if full {
			n, _ := f.Write(b[:len(b)/2]) // half a line made it
			return n, syscall.ENOSPC
		}
		return f.Write(b)
	}
	for range 3 {
		if _, err := j.Write(map[string]int{"n": 2}); err == nil {
			t.Fatal("a write on a full disk was taken")
		}
	}
	if j.Problem() == nil {
		t.Error("no problem while the disk is full")
	}
	full = false
	seq, err = j.Write(map[string]int{"n": 3})
	if err == nil {
		err = j.Sync(seq)
	}
	if err != nil {
		t.Fatalf("after space came back: %v", err)
	}
	if j.Problem() != nil {
		t.Errorf("problem after space came back: %v", j.Problem())
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(data); got != "{\"n\":1}\n{\"n\":3}\n" {
		t.Errorf("journal holds %q", got)
	}
}
