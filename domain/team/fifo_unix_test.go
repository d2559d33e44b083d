//go:build unix

package team

import (
	"testing"
	"time"

	"ideale-ambtenaar/internal/fifotest"
)

func TestFIFOIsSkippedWithoutWaiting(t *testing.T) {
	dir, fifo := fifotest.New(t)
	for _, paths := range [][]string{{dir}, {fifo}} {
		done := make(chan *Collection, 1)
		go func() { done <- Read(paths) }()
		select {
		case c := <-done:
			if len(c.Skipped) != 1 || c.Skipped[0].Path != fifo {
				t.Fatalf("%v: skipped %v", paths, c.Skipped)
			}
			fifotest.Reason(t, c.Skipped[0].Reason)
		case <-time.After(10 * time.Second): // a hang, not a timing assertion
			t.Fatalf("Read(%v) hangs on a FIFO", paths)
		}
	}
}
