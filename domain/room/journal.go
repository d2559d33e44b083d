package room

import (
	"encoding/json"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// JournalName is the journal's file name in the session folder. Its
// extension is not .json, so `ideale-ambtenaar team DIR` skips it.
const JournalName = "journal.jsonl"

// The journal's format: JournalFormat names it in the header record, and
// JournalVersion is bumped on any change an older reader would misread.
const (
	JournalFormat  = "ideale-ambtenaar/journal"
	JournalVersion = 1
)

// Record types (the "t" field). The header is always the first line.
const (
	recHeader = "header"
	recJoin   = "join"
	recAnswer = "answer"
	recBack   = "back"
	recFinish = "finish"
	recSaved  = "saved"
	recLeave  = "leave"
	recLock   = "lock"
	recRound  = "round"
)

// record is one line of the journal. It is flat: each type uses some of
// the fields and the others are left out of the JSON. No record holds an
// IP address; a participant's key is only its hash (see hashKey).
type record struct {
	T  string    `json:"t"`
	At time.Time `json:"at"`

	// Header.
	Format     string `json:"format,omitempty"`
	Version    int    `json:"version,omitempty"`
	Code       string `json:"code,omitempty"`
	SetHash    string `json:"set_hash,omitempty"`
	SetTitle   string `json:"set_title,omitempty"`
	Questions  int    `json:"questions,omitempty"`
	Language   string `json:"language,omitempty"`
	Max        int    `json:"max,omitempty"`
	FixedOrder bool   `json:"fixed_order,omitempty"`

	// Participant records: P is the participant's number (1-based).
	P    int    `json:"p,omitempty"`
	Key  string `json:"key,omitempty"`
	Name string `json:"name,omitempty"`
	Via  string `json:"via,omitempty"`
	// Seed is written as a string: JSON readers other than Go's lose
	// integers above 2^53.
	Seed uint64 `json:"seed,omitempty,string"`
	// Q is the scenario ID and Chosen the option's index in file order
	// (not the shown position), as in a result file.
	Q      string `json:"q,omitempty"`
	Chosen *int   `json:"chosen,omitempty"`
	// File is a saved result's path relative to the session folder.
	File string `json:"file,omitempty"`

	Locked *bool `json:"locked,omitempty"`
	Round  int   `json:"round,omitempty"`
}

// journal appends records to the journal file. Writes happen under the
// room's lock, so the file's order is the order in which the room changed;
// syncs happen outside it, and one fsync acknowledges every record written
// before it (group commit), so a burst of answers shares the disk's
// latency instead of queueing for it.
type journal struct {
	path string

	mu  sync.Mutex // guards f, seq, err
	f   *os.File
	seq uint64 // records written
	err error  // sticky: after a failed write or sync nothing more is written

	syncMu sync.Mutex // one fsync at a time
	synced atomic.Uint64
}

// write appends rec as one line and returns its sequence number, for sync.
// A failed or short write makes the journal refuse everything after it, so
// a half line is always the last line.
func (j *journal) write(rec *record) (uint64, error) {
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
		return 0, ErrClosed
	}
	if _, err := j.f.Write(line); err != nil {
		j.err = journalError(j.path, err)
		return 0, j.err
	}
	j.seq++
	return j.seq, nil
}

// last is the sequence number of the last record written.
func (j *journal) last() uint64 {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.seq
}

// sync returns once record seq is on disk.
func (j *journal) sync(seq uint64) error {
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
		return ErrClosed
	}
	if err := f.Sync(); err != nil {
		j.mu.Lock()
		if j.err == nil {
			j.err = journalError(j.path, err)
		}
		err = j.err
		j.mu.Unlock()
		return err
	}
	j.synced.Store(target)
	return nil
}

// close syncs and closes the file; later writes fail with ErrClosed.
func (j *journal) close() error {
	err := j.sync(j.last())
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	if cerr := j.f.Close(); err == nil && cerr != nil {
		err = journalError(j.path, cerr)
	}
	j.f = nil
	return err
}
