//go:build unix

package team

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
)

func TestFIFOIsSkippedWithoutWaiting(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, paths := range [][]string{{dir}, {fifo}} {
		done := make(chan *Collection, 1)
		go func() { done <- Read(paths) }()
		select {
		case c := <-done:
			if len(c.Skipped) != 1 || c.Skipped[0].Path != fifo {
				t.Fatalf("%v: skipped %v", paths, c.Skipped)
			}
			if nl := c.Skipped[0].Reason(i18n.NL); !strings.Contains(nl, "named pipe (FIFO)") {
				t.Errorf("NL reason %q", nl)
			}
			if en := c.Skipped[0].Reason(i18n.EN); !strings.Contains(en, "not a regular file") {
				t.Errorf("EN reason %q", en)
			}
		case <-time.After(10 * time.Second): // a hang, not a timing assertion
			t.Fatalf("Read(%v) hangs on a FIFO", paths)
		}
	}
}
