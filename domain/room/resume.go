package room

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"ideale-ambtenaar/i18n"
)

// Replay is what Resume found in the journal besides the room itself.
type Replay struct {
	// Records is the number of records replayed (the header included).
	Records int
	// Truncated is the length in bytes of a half-written last line that was
	// cut off: a record whose write never finished, so never acknowledged.
	Truncated int
	// Skipped lists records that could not be used, with why.
	Skipped []SkippedRecord
	// Resaved lists results that were finished but not known to be saved
	// (a crash in between), now saved or found on disk.
	Resaved []string
	// Gaps lists the answers missing before later answers of the same
	// participant: a skipped line held them. The participant resumes at
	// the first gap and answers it again; the answers after it are kept.
	Gaps []Gap
	// LostJoins lists participants whose join line was skipped: their
	// later lines are kept under their number, but their key (and name)
	// is gone, so they come back as someone new.
	LostJoins []ParticipantID
}

// Gap is a participant's step without an answer (a quiz scenario, a
// survey step) before one with an answer, found by Resume after a
// skipped line.
type Gap struct {
	Participant ParticipantID
	Name        string // cleaned; "" for anonymous
	// Step is the step's 1-based number: the scenario in the bank, the
	// survey step.
	Step int
	// text says it (the activity's words).
	text i18n.Text
}

// SkippedRecord is a journal line Resume could not use.
type SkippedRecord struct {
	// Line is the 1-based line number in the journal.
	Line   int
	reason i18n.Text
	args   []any
}

// Reason says in l why the line was skipped.
func (s SkippedRecord) Reason(l i18n.Lang) string { return format(s.reason, l, s.args) }

var (
	txtBadJSON      = i18n.Text{NL: "geen geldige JSON (%v)", EN: "not valid JSON (%v)"}
	txtBadRecord    = i18n.Text{NL: "onbekend soort regel %q", EN: "unknown kind of record %q"}
	txtBadPart      = i18n.Text{NL: "deelnemer %d is niet bekend", EN: "participant %d is not known"}
	txtBadAnswer    = i18n.Text{NL: "antwoord past niet: %s", EN: "answer does not fit: %s"}
	txtTruncated    = i18n.Text{NL: "een half geschreven laatste regel (%d bytes) is weggelaten; die was nooit bevestigd", EN: "a half-written last line (%d bytes) was left out; it was never acknowledged"}
	txtNoHeader     = i18n.Text{NL: "de eerste regel is geen kop", EN: "the first line is not a header"}
	txtEmpty        = i18n.Text{NL: "leeg bestand", EN: "empty file"}
	txtNewerVersion = i18n.Text{NL: "versie %d; dit programma leest tot en met %d", EN: "version %d; this program reads up to %d"}
	txtBadCodeHdr   = i18n.Text{NL: "ongeldige code %q", EN: "invalid code %q"}
)

var (
	txtSkippedLine = i18n.Text{
		NL: "regel %d van het sessielogboek is overgeslagen: %s",
		EN: "line %d of the session journal was skipped: %s"}
	txtLostJoin = i18n.Text{
		NL: "de aanmelding van deelnemer %d stond op een overgeslagen regel: de antwoorden zijn bewaard, maar die deelnemer komt terug als nieuwe deelnemer",
		EN: "participant %d's join was on a skipped line: the answers are kept, but that participant comes back as someone new"}
	txtSomeone = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}
)

// Notes says in l everything the trainer should know about the replay, one
// sentence each: the half line cut off, each skipped line and why, and
// what was lost with them (a participant's missing answer, a lost join).
// Empty when the journal was whole.
func (rp *Replay) Notes(l i18n.Lang) []string {
	if rp == nil {
		return nil
	}
	var out []string
	if t := rp.TruncatedNote(l); t != "" {
		out = append(out, t)
	}
	for _, s := range rp.Skipped {
		out = append(out, txtSkippedLine.F(l, s.Line, s.Reason(l)))
	}
	for _, id := range rp.LostJoins {
		out = append(out, txtLostJoin.F(l, int(id)))
	}
	for _, g := range rp.Gaps {
		who := txtSomeone.F(l, int(g.Participant))
		if g.Name != "" {
			who += " (" + g.Name + ")"
		}
		out = append(out, g.text.F(l, who, g.Step))
	}
	return out
}

// TruncatedNote explains Replay.Truncated in l, or "" when nothing was cut.
func (rp *Replay) TruncatedNote(l i18n.Lang) string {
	if rp == nil || rp.Truncated == 0 {
		return ""
	}
	return txtTruncated.F(l, rp.Truncated)
}

// Resume reopens the room whose journal is in dir, for the same activity
// and set: the same code, lock, round, participants (by key too), every
// acknowledged answer and place. cfg.Activity (or cfg.Bank) is required;
// cfg.Code, Dir, MaxParticipants, Language and the quiz's NoShuffle are
// taken from the journal (cfg.MaxParticipants, when set, overrides the
// cap). Journals written before the one-room core (issue 18) read as
// they are. A half-written last
// line is cut off and reported in Replay, as are lines that cannot be
// used; neither is fatal. Results finished but not known to be saved are
// saved (or found) now. The Replay is also kept in Room.Replay. Errors:
// ErrNoJournal, ErrForeignJournal (also another activity's journal),
// ErrOtherSet (the journal is of another set), ErrJournal.
func Resume(dir string, cfg Config) (*Room, *Replay, error) {
	cfg.Dir = dir
	r, err := newRoom(cfg)
	if err != nil {
		return nil, nil, err
	}
	path := filepath.Join(dir, JournalName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, ErrNoJournal.with(dir, JournalName)
	}
	// The folder is this process's before anything is read: a second
	// process on the same session gets ErrBusy.
	if err := r.led.Claim(dir, journalFailed); err != nil {
		return nil, nil, err
	}
	rp, err := r.replayFile(path, cfg)
	if err == nil {
		err = r.led.Append(path, journalFailed, ErrClosed)
	}
	if err != nil {
		r.led.Release()
		return nil, nil, err
	}
	// Results finished before a crash but not known to be saved.
	for _, k := range sortKeys(keysOf(r.pending)) {
		p := r.parts[k.id-1]
		p.saveMu.Lock()
		saved, err := r.save(k, true)
		p.saveMu.Unlock()
		if err != nil {
			_ = r.Close()
			return nil, nil, err
		}
		rp.Resaved = append(rp.Resaved, saved)
	}
	r.replayd = rp
	return r, rp, nil
}

// replayFile reads and replays the journal at path. It reads (and cuts a
// half line) through one handle and appends through another: on Windows a
// file opened for appending cannot be truncated.
func (r *Room) replayFile(path string, cfg Config) (*Replay, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, journalError(path, err)
	}
	rp, err := r.replay(f, path, cfg)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = journalError(path, cerr)
	}
	return rp, err
}

func keysOf(m map[pendingKey]*pendingSave) []pendingKey {
	ks := make([]pendingKey, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// replay reads the journal from f and rebuilds r's state.
func (r *Room) replay(f *os.File, path string, cfg Config) (*Replay, error) {
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, journalError(path, err)
	}
	rp := &Replay{}
	lines, keep := SplitJournal(data) // a half-written last line is cut off below
	if len(lines) == 0 {
		return nil, ErrForeignJournal.with(path, txtEmpty)
	}
	var h record
	if err := json.Unmarshal(lines[0], &h); err != nil || h.T != recHeader || h.Format != r.act.format() {
		return nil, ErrForeignJournal.with(path, txtNoHeader)
	}
	if h.Version < 1 || h.Version > JournalVersion {
		return nil, ErrForeignJournal.with(path, phrase{txtNewerVersion, []any{h.Version, JournalVersion}})
	}
	if !r.act.sameSet(&h) {
		return nil, otherSet(r.act, r.dir, h.SetTitle, short(h.SetHash))
	}
	code := Code(h.Code)
	if !code.Valid() {
		return nil, ErrForeignJournal.with(path, phrase{txtBadCodeHdr, []any{h.Code}})
	}
	// Only now, sure that this is our journal of this set, cut the half
	// line, so that new records start on a line of their own.
	if cut := len(data) - keep; cut > 0 {
		if err := CutJournal(f, keep); err != nil {
			return nil, journalError(path, err)
		}
		rp.Truncated = cut
	}
	r.code = code
	r.created = h.At
	r.act.fixedOrder(h.FixedOrder)
	if h.Language != "" {
		if l, err := i18n.Parse(h.Language); err == nil {
			r.lang = l
		}
	}
	if cfg.MaxParticipants <= 0 && h.Max > 0 {
		r.max = h.Max
	}
	rp.Records = 1
	for i, line := range lines[1:] {
		n := i + 2
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			rp.Skipped = append(rp.Skipped, SkippedRecord{Line: n, reason: txtBadJSON, args: []any{err}})
			continue
		}
		if reason, args := r.apply(&rec, rp); reason != nil {
			rp.Skipped = append(rp.Skipped, SkippedRecord{Line: n, reason: *reason, args: args})
			continue
		}
		rp.Records++
	}
	// A skipped answer leaves a gap before later answers: the participant
	// goes back to the first gap, so the next answer fills it.
	if len(rp.Skipped) > 0 {
		for _, p := range r.parts {
			if p.round != r.round || p.done {
				continue
			}
			for _, g := range p.st.repair() {
				rp.Gaps = append(rp.Gaps, Gap{Participant: p.id, Name: p.name, Step: g, text: r.act.words().gap})
			}
		}
	}
	r.led.Changed()
	// History is not re-announced: events start after the resume.
	r.events = eventLog{}
	return rp, nil
}

// short is the first eight characters of a hash, as the team view shows.
func short(h string) string { return h[:min(8, len(h))] }

// apply replays one record with the checks the live call made. It returns
// why a record does not fit, or nil.
func (r *Room) apply(rec *record, rp *Replay) (*i18n.Text, []any) {
	var p *participant
	needP := func() bool {
		if rec.P < 1 || rec.P > len(r.parts) {
			return false
		}
		p = r.parts[rec.P-1]
		return true
	}
	bad := func() (*i18n.Text, []any) { return &txtBadPart, []any{rec.P} }
	if rec.T != recJoin && rec.P > len(r.parts) {
		r.padLostJoins(rec.P, rec.At, rp)
	}
	switch rec.T {
	case recJoin:
		r.padLostJoins(rec.P-1, rec.At, rp)
		if rec.P < 1 || rec.P > len(r.parts)+1 {
			return bad()
		}
		rec.Name, rec.Via = CleanName(rec.Name), CleanVia(rec.Via) // the journal is a file: untrusted
		r.applyJoin(rec)
	case recBack:
		if !needP() || p.round != r.round {
			return bad()
		}
		if p.st.place() > 0 && !p.done {
			p.st.back()
		}
	case recFinish:
		if !needP() || p.round != r.round {
			return bad()
		}
		if open := r.act.toFinish(p.st); open > 0 {
			return &txtBadAnswer, []any{notDone(r.act, open)}
		}
		if !p.done {
			r.applyFinish(p, rec.At)
		}
	case recSaved:
		if !needP() || rec.File == "" {
			return bad()
		}
		r.applySaved(rec)
	case recLeave:
		if !needP() || p.round != r.round {
			return bad()
		}
		r.applyLeave(p, rec.At)
	case recLock:
		if rec.Locked == nil {
			return &txtBadRecord, []any{rec.T}
		}
		r.applyLock(rec)
	case recRound:
		if rec.Round != r.round+1 || !r.act.rounds() {
			return &txtBadRecord, []any{rec.T}
		}
		r.applyRound(rec)
	default:
		if !r.act.owns(rec.T) {
			return &txtBadRecord, []any{rec.T}
		}
		if roomRecord(rec.T) {
			return r.act.replay(r, nil, rec)
		}
		if !needP() || p.round != r.round {
			return bad()
		}
		return r.act.replay(r, p, rec)
	}
	return nil, nil
}

// padLostJoins makes participants up to number upto when their join lines
// were skipped: a record of a participant not known yet means their join
// was on a skipped line, and each skipped line can have held one join (so
// a wild number in a bad line makes no one up). They keep their number
// and any later lines of theirs, without key or name.
func (r *Room) padLostJoins(upto int, at time.Time, rp *Replay) {
	if upto > len(r.parts)+len(rp.Skipped)-len(rp.LostJoins) {
		return
	}
	for len(r.parts) < upto {
		id := len(r.parts) + 1
		r.applyJoin(&record{T: recJoin, At: at, P: id})
		r.parts[id-1].left = true // until a line of theirs says otherwise
		rp.LostJoins = append(rp.LostJoins, ParticipantID(id))
	}
}

// SplitJournal splits a journal's contents into its complete lines
// (without their newlines) and says where they end: a crash during an
// append can leave a half-written last line after keep, a record never
// acknowledged, for CutJournal to cut off once the journal is known to be
// the room's.
func SplitJournal(data []byte) (lines [][]byte, keep int) {
	keep = bytes.LastIndexByte(data, '\n') + 1
	lines = bytes.Split(data[:keep], []byte{'\n'})
	return lines[:len(lines)-1], keep // after the final newline
}

// CutJournal cuts the journal f to its first keep bytes and syncs it, so
// that new records start on a line of their own.
func CutJournal(f *os.File, keep int) error {
	if err := f.Truncate(int64(keep)); err != nil {
		return err
	}
	return f.Sync()
}
