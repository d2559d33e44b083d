package room

import (
	"time"
)

// JournalName is the journal's file name in the session folder. Its
// extension is not .json, so `ideale-ambtenaar team DIR` skips it.
const JournalName = "journal.jsonl"

// The journal's format: the header record names it, per activity
// (JournalFormat for the quiz, CultureJournalFormat for the culture
// survey, so that neither activity resumes the other's journal), and
// JournalVersion is bumped on any change an older reader would misread.
const (
	JournalFormat        = "ideale-ambtenaar/journal"
	CultureJournalFormat = "ideale-ambtenaar/culture-journal"
	PacedJournalFormat   = "ideale-ambtenaar/paced-journal"
	JournalVersion       = 1
)

// Record types (the "t" field). The header is always the first line.
const (
	recHeader = "header"
	recJoin   = "join"
	recAnswer = "answer" // the quiz's
	recGive   = "give"   // the culture survey's
	recBack   = "back"
	recFinish = "finish"
	recSaved  = "saved"
	recLeave  = "leave"
	recLock   = "lock"
	recRound  = "round"

	// The paced workshop's (paced.go): the trainer's steps, without P,
	// and a participant's proposal.
	recOpen    = "open"
	recReveal  = "reveal"
	recExtreme = "extreme"
	recHide    = "hide"
	recEnd     = "end"
	recPropose = "propose"
)

// roomRecord says whether records of type t are the trainer's (no P):
// the activity replays them for the whole room.
func roomRecord(t string) bool {
	switch t {
	case recOpen, recReveal, recExtreme, recHide, recEnd:
		return true
	}
	return false
}

// record is one line of the journal of every activity. It is flat: each
// type uses some of the fields and the others are left out of the JSON,
// so the quiz's and the culture survey's journals (written before the
// one-room core too) decode into it unchanged. No record holds an
// IP address; a participant's key is only its hash (see HashKey).
type record struct {
	T  string    `json:"t"`
	At time.Time `json:"at"`

	// Header.
	Format     string `json:"format,omitempty"`
	Version    int    `json:"version,omitempty"`
	Code       string `json:"code,omitempty"`
	SetHash    string `json:"set_hash,omitempty"`
	SetTitle   string `json:"set_title,omitempty"`
	Questions  int    `json:"questions,omitempty"`  // the quiz's
	Dimensions int    `json:"dimensions,omitempty"` // the culture survey's
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
	// Step is the culture survey's step (0-based: pass × dimensions +
	// index), Pass and Dim say the same for a human reader, and Points is
	// the allocation (bureaucraat, ondernemer, verbinder).
	Step   *int    `json:"step,omitempty"`
	Pass   string  `json:"pass,omitempty"`
	Dim    string  `json:"dim,omitempty"`
	Points *[3]int `json:"points,omitempty"`
	// File is a saved result's path relative to the session folder.
	File string `json:"file,omitempty"`

	Locked *bool `json:"locked,omitempty"`
	Round  int   `json:"round,omitempty"`

	// The paced workshop's: Step is the case (bank index) and Q its ID;
	// Assign pairs participant and ideal type (profile.Type) of an
	// extreme round; Text is a proposal (cleaned, at most MaxProposal
	// characters) and Type its author's type for a human reader;
	// Proposal and Hidden are the trainer hiding or showing one.
	Assign   [][2]int `json:"assign,omitempty"`
	Text     string   `json:"text,omitempty"`
	Type     string   `json:"type,omitempty"`
	Proposal int      `json:"proposal,omitempty"`
	Hidden   *bool    `json:"hidden,omitempty"`
}

// journalFailed is journalError as the journal writer (package jsonl)
// takes it.
func journalFailed(path string, err error) error { return journalError(path, err) }
