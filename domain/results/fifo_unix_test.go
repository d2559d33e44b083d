//go:build unix

package results

import (
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/fifotest"
)

func TestFIFOIsRefusedWithoutWaiting(t *testing.T) {
	_, fifo := fifotest.New(t)
	done := make(chan error, 1)
	go func() { _, err := LoadSummary(fifo); done <- err }()
	select {
	case err := <-done:
		if KindOf(err) != KindForeign {
			t.Errorf("FIFO: %v", err)
		}
		fifotest.Reason(t, func(l i18n.Lang) string { return Reason(err, l) })
	case <-time.After(10 * time.Second): // a hang, not a timing assertion
		t.Fatal("LoadSummary hangs on a FIFO")
	}
}
