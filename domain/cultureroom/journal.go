package cultureroom

import (
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

// journalFailed is journalError as the journal writer (package jsonl)
// takes it.
func journalFailed(path string, err error) error { return journalError(path, err) }
