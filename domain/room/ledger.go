package room

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"ideale-ambtenaar/domain/jsonl"
	"ideale-ambtenaar/domain/results"

	"github.com/gofrs/flock"
)

// LockName is the file in the session folder that the process holding the
// session keeps locked (an OS file lock: flock on Unix, LockFileEx on
// Windows), so that a second process cannot write the same journal. The
// OS releases the lock when the process ends in any way, kill -9
// included, so --resume after a crash finds the folder free; the file
// itself stays behind and means nothing without the lock.
const LockName = "live.lock"

// ledger is what the live Room, whatever its activity, keeps
// around their own state: the lock that guards it, the journal every
// change is written to first, a version that counts the changes, and the
// signal that tells subscribers. A call that changes the room takes Lock,
// checks, and ends with Commit (a change) or Unchanged (nothing to do);
// both release the lock and return only when the journal is on disk, so a
// nil error is the acknowledgement. The zero ledger has no journal yet:
// New gives it one with Create and Resume with Append, before the room
// is shared.
type ledger struct {
	mu      sync.Mutex
	w       *jsonl.Writer
	version uint64
	changes signal
	// held is the session folder's lock while this ledger has it.
	held *flock.Flock
}

// Claim locks the session folder dir for this process (see LockName),
// making dir when missing. Errors: ErrBusy when another process (or
// another room in this one) holds it; failed(path, err) when the lock file
// cannot be made. Create claims by itself; Resume claims before it reads
// the journal, and calls Release when it gives up.
func (l *ledger) Claim(dir string, failed func(path string, err error) error) error {
	if l.held != nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return failed(dir, err)
	}
	path := filepath.Join(dir, LockName)
	fl := flock.New(path, flock.SetPermissions(0o600))
	ok, err := fl.TryLock()
	if err != nil {
		return failed(path, err)
	}
	if !ok {
		return ErrBusy.with(dir)
	}
	l.held = fl
	return nil
}

// Release gives up the folder's lock (after a failed New or Resume, and
// in Close).
func (l *ledger) Release() {
	if l.held != nil {
		_ = l.held.Unlock()
		l.held = nil
	}
}

// Create starts the journal of a new room in dir: it makes dir when
// missing, claims it (Claim; ErrBusy), creates JournalName there (exists is returned when the folder
// holds one already: resume it instead), writes header as its first
// record and syncs the file and the folder. A file system failure comes
// back as failed(path, err), the kind's journal error, which also wraps
// the writer's later failures; closed is the error of a Commit after
// Close. On failure no journal is left behind.
func (l *ledger) Create(dir string, header any, exists error, failed func(path string, err error) error, closed error) error {
	if err := l.Claim(dir, failed); err != nil {
		return err
	}
	path := filepath.Join(dir, JournalName)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o600)
	if errors.Is(err, fs.ErrExist) {
		l.Release()
		return exists
	}
	if err != nil {
		l.Release()
		return failed(path, err)
	}
	w := jsonl.New(path, f, failed, closed)
	seq, err := w.Write(header)
	if err == nil {
		err = w.Sync(seq)
	}
	if err != nil {
		_ = f.Close()
		_ = os.Remove(path)
		l.Release()
		return err
	}
	l.w = w
	results.SyncDir(dir)
	return nil
}

// Append opens the journal at path, read and checked by Resume, for the
// records that follow; failed and closed are as for Create.
func (l *ledger) Append(path string, failed func(path string, err error) error, closed error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return failed(path, err)
	}
	l.w = jsonl.New(path, f, failed, closed)
	return nil
}

// Lock takes the room's lock.
func (l *ledger) Lock() { l.mu.Lock() }

// Unlock releases the room's lock, for a call that wrote nothing.
func (l *ledger) Unlock() { l.mu.Unlock() }

// Commit ends a call that changes the room; the caller holds the lock. It
// writes rec to the journal and, when that worked, runs apply (which
// changes the room's state as rec says) and counts the change; then it
// releases the lock, tells the subscribers, and waits until rec is on
// disk. The lock is released in every case; when the write fails nothing
// is applied and its error is returned (of kind KindJournal, or ErrClosed
// after Close).
func (l *ledger) Commit(rec any, apply func()) error {
	seq, err := l.w.Write(rec)
	if err != nil {
		l.mu.Unlock()
		l.changes.Notify() // the projector shows Problem
		return err
	}
	apply()
	l.version++
	l.mu.Unlock()
	l.changes.Notify()
	return l.w.Sync(seq)
}

// Unchanged ends a call that changes nothing (a repeat, a participant
// coming back as they were); the caller holds the lock. It releases the
// lock and waits until the records written before are on disk, so the
// caller does not acknowledge what a crash could still lose.
func (l *ledger) Unchanged() error {
	seq := l.w.Last()
	l.mu.Unlock()
	return l.w.Sync(seq)
}

// Touch ends a call that changes what the room shows without a record
// (the paced workshop's countdown, which a crash may forget); the caller
// holds the lock. It counts the change, releases the lock and tells the
// subscribers.
func (l *ledger) Touch() {
	l.version++
	l.mu.Unlock()
	l.changes.Notify()
}

// Problem is why the journal does not take records now (a full disk),
// nil when it does: the projector and the headless log show it. It clears
// by itself with the first record written after the cause is gone.
func (l *ledger) Problem() error {
	if l.w == nil {
		return nil
	}
	return l.w.Problem()
}

// Changed counts a change that has no record of its own (the replay of a
// journal); the caller holds the lock or has not shared the room yet.
func (l *ledger) Changed() { l.version++ }

// Version counts the changes so far (under the lock): equal versions are
// equal states, so a cached snapshot is good while its version is.
func (l *ledger) Version() uint64 { return l.version }

// Subscribe returns a channel that receives a signal after each change,
// and a function to stop (see signal).
func (l *ledger) Subscribe() (<-chan struct{}, func()) { return l.changes.Subscribe() }

// Close syncs and closes the journal and releases the folder's lock;
// later Commits fail with the closed error the journal was made with.
func (l *ledger) Close() error {
	var err error
	if l.w != nil {
		err = l.w.Close()
	}
	l.Release()
	return err
}
