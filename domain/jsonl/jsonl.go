// Package jsonl is the append-only journal of a live room: one JSON record
// a line, written in the order the room changed, with group commit — one
// fsync acknowledges every record written before it, so a burst of answers
// shares the disk's latency instead of queueing for it. The live room
// (domain/room, every activity) keeps its
// records in it; a record is acknowledged once Sync of its sequence number
// has returned nil.
package jsonl

import (
	"encoding/json"
	"os"
	"sync"
	"sync/atomic"
)

// Writer appends records to an open journal file. Write is meant to be
// called under the room's lock (so the file's order is the room's order);
// Sync is called outside it.
type Writer struct {
	path string
	// failed wraps a write, sync or close error of the file at path in
	// the room's own error type; closed is the room's error for a closed
	// journal.
	failed func(path string, err error) error
	closed error

	mu  sync.Mutex // guards f, seq, err, fault, size
	f   *os.File
	seq uint64 // records written
	// err is sticky: after a failed sync (the kernel may have dropped the
	// pages) or a failed write that could not be cut back, nothing more
	// is written.
	err error
	// fault is the last write's failure when it could be cut back (a
	// full disk): the next Write tries again, and a success clears it.
	fault error
	// size is the length of the file's whole lines: where a failed
	// write is cut back to.
	size int64
	// write writes to f; tests put a failing disk in its place.
	write func(f *os.File, b []byte) (int, error)

	syncMu sync.Mutex // one fsync at a time
	synced atomic.Uint64
}

// New wraps f, opened for appending at path. failed turns a file error into
// the caller's error; closed is returned after Close.
func New(path string, f *os.File, failed func(path string, err error) error, closed error) *Writer {
	j := &Writer{path: path, f: f, failed: failed, closed: closed,
		write: func(f *os.File, b []byte) (int, error) { return f.Write(b) }}
	if st, err := f.Stat(); err == nil {
		j.size = st.Size()
	}
	return j
}

// Write appends rec as one line and returns its sequence number, for Sync.
// A failed or short write (a full disk) is cut back to the last whole
// line and returned; the next Write tries again, so the journal goes on
// by itself once there is space. When it cannot be cut back, the journal
// refuses everything after it, so a half line is always the last line.
func (j *Writer) Write(rec any) (uint64, error) {
	line, err := json.Marshal(rec)
	if err != nil {
		return 0, err
	}
	line = append(line, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.err != nil {
		return 0, j.err
	}
	if j.f == nil {
		return 0, j.closed
	}
	if _, err := j.write(j.f, line); err != nil {
		ferr := j.failed(j.path, err)
		if terr := j.f.Truncate(j.size); terr != nil {
			j.err = ferr // a half line may stay: nothing more after it
		}
		j.fault = ferr
		return 0, ferr
	}
	j.size += int64(len(line))
	j.fault = nil
	j.seq++
	return j.seq, nil
}

// Problem is why the journal does not take records now: the last write's
// failure (cleared by the next write that works) or the error that
// stopped it for good; nil when it is fine. The projector shows it.
func (j *Writer) Problem() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.err != nil {
		return j.err
	}
	return j.fault
}

// Last is the sequence number of the last record written.
func (j *Writer) Last() uint64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.seq
}

// Sync returns once record seq is on disk.
func (j *Writer) Sync(seq uint64) error {
	if j.synced.Load() >= seq {
		return nil
	}
	j.syncMu.Lock()
	defer j.syncMu.Unlock()
	if j.synced.Load() >= seq {
		return nil // an fsync by another caller covered it
	}
	j.mu.Lock()
	f, target, err := j.f, j.seq, j.err
	j.mu.Unlock()
	if err != nil {
		return err
	}
	if f == nil {
		return j.closed
	}
	if err := f.Sync(); err != nil {
		j.mu.Lock()
		if j.err == nil {
			j.err = j.failed(j.path, err)
		}
		err = j.err
		j.mu.Unlock()
		return err
	}
	j.synced.Store(target)
	return nil
}

// Close syncs and closes the file; later writes fail with the closed error.
func (j *Writer) Close() error {
	err := j.Sync(j.Last())
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	if cerr := j.f.Close(); err == nil && cerr != nil {
		err = j.failed(j.path, cerr)
	}
	j.f = nil
	return err
}

// SetWrite puts write in the place of the file's own Write, so that the
// rooms' tests can fill the disk; nil restores it. Not for production.
func (j *Writer) SetWrite(write func(f *os.File, b []byte) (int, error)) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if write == nil {
		write = func(f *os.File, b []byte) (int, error) { return f.Write(b) }
	}
	j.write = write
}
