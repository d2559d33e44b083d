//go:build unix

// Package fifotest helps the tests that make sure a named pipe (FIFO)
// among the result files is refused at once, with a reason, instead of
// hanging the reader that opens it.
package fifotest

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"ideale-ambtenaar/i18n"
)

// New makes a FIFO named x.json in a new temporary directory and returns
// the directory and the FIFO's path; where the system has no FIFOs, the
// test is skipped.
func New(t *testing.T) (dir, fifo string) {
	t.Helper()
	dir = t.TempDir()
	fifo = filepath.Join(dir, "x.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	return dir, fifo
}

// Reason fails t unless reason says in Dutch that the file is a named
// pipe and in English that it is not a regular file.
func Reason(t *testing.T, reason func(i18n.Lang) string) {
	t.Helper()
	if nl := reason(i18n.NL); !strings.Contains(nl, "named pipe (FIFO)") {
		t.Errorf("NL reason %q", nl)
	}
	if en := reason(i18n.EN); !strings.Contains(en, "not a regular file") {
		t.Errorf("EN reason %q", en)
	}
}
