package cultureroom

import (
	"encoding/json"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"ideale-ambtenaar/domain/room"
)

// JournalName is the journal's file name in the session folder, as for a
// quiz room (room.JournalName): its extension is not .json, so
// `ideale-ambtenaar team DIR` skips it.
const JournalName = room.JournalName

// The journal's format: JournalFormat names it in the header record (it
// differs from room.JournalFormat, so neither kind of room resumes the
// other's journal), and JournalVersion is bumped on any change an older
// reader would misread.
const (
	JournalFormat  = "ideale-ambtenaar/culture-journal"
	JournalVersion = 1
)

// Record types (the "t" field). The header is always the first line.
const (
	recHeader = "header"
	recJoin   = "join"
	recGive   = "give"
	recBack   = "back"
	recFinish = "finish"
	recSaved  = "saved"
	recLeave  = "leave"
	recLock   = "lock"
)

// record is one line of the journal, flat as room's: each type uses some
// of the fields. No record holds an IP address; a key is only its hash.
type record struct {
	T  string    `json:"t"`
	At time.Time `json:"at"`

	// Header.
	Format     string `json:"format,omitempty"`
	Version    int    `json:"version,omitempty"`
	Code       string `json:"code,omitempty"`
	SetHash    string `json:"set_hash,omitempty"`
	SetTitle   string `json:"set_title,omitempty"`
	Dimensions int    `json:"dimensions,omitempty"`
	Language   string `json:"language,omitempty"`
	Max        int    `json:"max,omitempty"`

	// Participant records: P is the participant's number (1-based).
	P    int    `json:"p,omitempty"`
	Key  string `json:"key,omitempty"`
	Name string `json:"name,omitempty"`
	Via  string `json:"via,omitempty"`
	// Step is the survey step (0-based: pass × dimensions + index), Pass
	// and Dim say the same for a human reader, and Points is the
	// allocation (bureaucraat, ondernemer, verbinder).
	Step   *int    `json:"step,omitempty"`
	Pass   string  `json:"pass,omitempty"`
	Dim    string  `json:"dim,omitempty"`
	Points *[3]int `json:"points,omitempty"`
	// File is a saved result's path relative to the session folder.
	File string `json:"file,omitempty"`

	Locked *bool `json:"locked,omitempty"`
}

// journal appends records to the journal file, as room's journal does:
// writes under the room's lock (file order = order of change), syncs
// outside it, and one fsync acknowledges every record written before it
// (group commit).
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
// A failed write makes the journal refuse everything after it, so a half
// line is always the last line.
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
		return 0, errClosed
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
		return errClosed
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
