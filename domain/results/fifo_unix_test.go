//go:build unix

package results

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
)

func TestFIFOIsRefusedWithoutWaiting(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := LoadSummary(fifo); done <- err }()
	select {
	case err := <-done:
		if KindOf(err) != KindForeign {
			t.Errorf("FIFO: %v", err)
		}
		if nl := Reason(err, i18n.NL); !strings.Contains(nl, "named pipe") {
			t.Errorf("NL reason %q", nl)
		}
		if en := Reason(err, i18n.EN); !strings.Contains(en, "not a regular file") {
			t.Errorf("EN reason %q", en)
		}
	case <-time.After(10 * time.Second): // a hang, not a timing assertion
		t.Fatal("LoadSummary hangs on a FIFO")
	}
}
