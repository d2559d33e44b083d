package room

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"

	"ideale-ambtenaar/i18n"
)

// A full disk: the answer is refused with a message that names the cause
// but no path, the room says it has a journal problem (and tells its
// subscribers), and once there is space again answers are kept without a
// restart; a resume finds exactly the acknowledged answers.
func TestFullDiskThenSpace(t *testing.T) {
	r := newTestRoom(t, Config{NoShuffle: true})
	a := join(t, r, "ka", "Anna")
	must(t, r.Answer(a, ids[0], 0))
	changes, stop := r.Subscribe()
	defer stop()
	full := true
	r.led.w.SetWrite(func(f *os.File, b []byte) (int, error) {
		if full {
			n, _ := f.Write(b[:len(b)/3])
			return n, syscall.ENOSPC
		}
		return f.Write(b)
	})
	err := r.Answer(a, ids[1], 1)
	if !errors.Is(err, ErrJournal) {
		t.Fatalf("answer on a full disk: %v", err)
	}
	msg := Message(err, i18n.NL)
	if strings.Contains(msg, r.Dir()) || strings.Contains(msg, JournalName) || !strings.Contains(msg, "de schijf is vol") {
		t.Errorf("participant's message %q", msg)
	}
	select {
	case <-changes:
	default:
		t.Error("subscribers not told of the journal problem")
	}
	if r.JournalProblem() == nil {
		t.Error("no journal problem while the disk is full")
	}
	full = false
	must(t, r.Answer(a, ids[1], 1))
	if p := r.JournalProblem(); p != nil {
		t.Errorf("journal problem after space came back: %v", p)
	}
	must(t, r.Close())
	r2, rp, err := Resume(r.Dir(), Config{Bank: r.Bank()})
	must(t, err)
	defer r2.Close()
	if len(rp.Skipped) != 0 || rp.Truncated != 0 {
		t.Errorf("replay after the full disk: %+v", rp)
	}
	if w, _ := r2.Walk(a); w.Answered() != 2 {
		t.Errorf("%d answers after resume, want the 2 acknowledged", w.Answered())
	}
}
