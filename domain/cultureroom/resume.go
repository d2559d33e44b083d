package cultureroom

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
)

// Replay is what Resume found in the journal besides the room itself; ask
// for it with Room.Replay.
type Replay struct {
	// Records is the number of records replayed (the header included).
	Records int
	// Truncated is the length in bytes of a half-written last line that was
	// cut off: a record whose write never finished, so never acknowledged.
	Truncated int
	// Skipped lists the 1-based line numbers of records that could not be
	// used (not JSON, or not fitting the room as it was then).
	Skipped []int
	// Resaved lists results that were finished but not known to be saved
	// (a crash in between), now saved or found on disk.
	Resaved []string
	// Gaps lists participants with a step missing before later steps
	// they gave (a skipped line held it): they resume at the gap, and the
	// later steps are kept.
	Gaps []Gap
}

// Gap is a participant's first step without points before a later step
// with points.
type Gap struct {
	Participant room.ParticipantID
	Name        string
	// Step is 1-based.
	Step int
}

var txtTruncated = i18n.Text{
	NL: "een half geschreven laatste regel (%d bytes) is weggelaten; die was nooit bevestigd",
	EN: "a half-written last line (%d bytes) was left out; it was never acknowledged"}

// TruncatedNote explains Replay.Truncated in l, or "" when nothing was cut.
func (rp *Replay) TruncatedNote(l i18n.Lang) string {
	if rp == nil || rp.Truncated == 0 {
		return ""
	}
	return txtTruncated.F(l, rp.Truncated)
}

var txtSkippedLine = i18n.Text{
	NL: "regel %d van het sessielogboek is overgeslagen (beschadigd of past niet); wat erop stond, doet die deelnemer opnieuw",
	EN: "line %d of the session journal was skipped (damaged or not fitting); what it held, that participant does again"}

var (
	txtGap = i18n.Text{
		NL: "%s mist de punten van stap %d (ze stonden op een overgeslagen regel) en begint daar weer; de latere stappen zijn bewaard",
		EN: "%s lacks the points of step %d (they were on a skipped line) and starts there again; the later steps are kept"}
	txtSomeone = i18n.Text{NL: "deelnemer %d", EN: "participant %d"}
)

// Notes says in l what the trainer should know about the replay, one
// sentence each: the half line cut off and each skipped line. Empty when
// the journal was whole.
func (rp *Replay) Notes(l i18n.Lang) []string {
	if rp == nil {
		return nil
	}
	var out []string
	if t := rp.TruncatedNote(l); t != "" {
		out = append(out, t)
	}
	for _, n := range rp.Skipped {
		out = append(out, txtSkippedLine.F(l, n))
	}
	for _, g := range rp.Gaps {
		who := txtSomeone.F(l, int(g.Participant))
		if g.Name != "" {
			who += " (" + g.Name + ")"
		}
		out = append(out, txtGap.F(l, who, g.Step))
	}
	return out
}

// Replay is what Resume found (nil for a room made by New).
func (r *Room) Replay() *Replay { return r.replay }

// Resume reopens the culture room whose journal is in dir, for the same
// culture set: the same code, lock, participants (by key too), every
// acknowledged allocation and place. cfg.Set is required; cfg.Code, Dir
// and Language are taken from the journal, and so is the cap unless
// cfg.MaxParticipants sets it. A half-written last line is cut off and
// lines that cannot be used are skipped; both are reported in Room.Replay
// and neither is fatal. Results finished but not known to be saved are
// saved (or found) now. Errors, by kind: room.KindNoJournal,
// room.KindForeignJournal (also a quiz room's journal), room.KindOtherSet
// (another culture set), room.KindJournal.
func Resume(dir string, cfg Config) (*Room, error) {
	cfg.Dir = dir
	r, err := newRoom(cfg)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, JournalName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, newError(room.KindNoJournal, txtNoJournal, dir, JournalName)
	}
	// The folder is this process's before anything is read: a second
	// process on the same session gets room.ErrBusy.
	if err := r.led.Claim(dir, journalFailed); err != nil {
		return nil, err
	}
	rp, err := r.replayFile(path, cfg)
	if err == nil {
		err = r.led.Append(path, journalFailed, errClosed)
	}
	if err != nil {
		r.led.Release()
		return nil, err
	}
	r.replay = rp
	// Results finished before a crash but not known to be saved.
	for _, p := range r.parts {
		if _, ok := r.pending[p.id]; !ok {
			continue
		}
		p.saveMu.Lock()
		saved, err := r.save(p.id, true)
		p.saveMu.Unlock()
		if err != nil {
			_ = r.Close()
			return nil, err
		}
		rp.Resaved = append(rp.Resaved, saved)
	}
	return r, nil
}

// replayFile reads and replays the journal at path. It reads (and cuts a
// half line) through one handle and appends through another: on Windows a
// file opened for appending cannot be truncated.
func (r *Room) replayFile(path string, cfg Config) (*Replay, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, journalError(path, err)
	}
	rp, err := r.replayFrom(f, path, cfg)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = journalError(path, cerr)
	}
	return rp, err
}

var (
	txtNoHeader = i18n.Text{NL: "de eerste regel is geen kop", EN: "the first line is not a header"}
	txtEmpty    = i18n.Text{NL: "leeg bestand", EN: "empty file"}
	txtNewer    = i18n.Text{NL: "een nieuwere versie", EN: "a newer version"}
	txtBadCode  = i18n.Text{NL: "ongeldige code", EN: "invalid code"}
)

func foreign(path string, why i18n.Text) error {
	return newError(room.KindForeignJournal, txtForeign, path, why)
}

// replayFrom reads the journal from f and rebuilds r's state.
func (r *Room) replayFrom(f *os.File, path string, cfg Config) (*Replay, error) {
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, journalError(path, err)
	}
	rp := &Replay{}
	lines, keep := room.SplitJournal(data) // a half-written last line is cut off below
	if len(lines) == 0 {
		return nil, foreign(path, txtEmpty)
	}
	var h record
	if err := json.Unmarshal(lines[0], &h); err != nil || h.T != recHeader || h.Format != JournalFormat {
		return nil, foreign(path, txtNoHeader)
	}
	if h.Version < 1 || h.Version > JournalVersion {
		return nil, foreign(path, txtNewer)
	}
	if h.SetHash != r.set.Hash || h.Dimensions != len(r.set.Dimensions) {
		return nil, newError(room.KindOtherSet, txtOtherSet, r.dir, h.SetTitle, short(h.SetHash), r.set.Title, short(r.set.Hash))
	}
	code := room.Code(h.Code)
	if !code.Valid() {
		return nil, foreign(path, txtBadCode)
	}
	// Only now, sure that this is our journal of this set, cut the half
	// line, so that new records start on a line of their own.
	if cut := len(data) - keep; cut > 0 {
		if err := room.CutJournal(f, keep); err != nil {
			return nil, journalError(path, err)
		}
		rp.Truncated = cut
	}
	r.code = code
	r.created = h.At
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
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil || !r.apply(&rec) {
			rp.Skipped = append(rp.Skipped, i+2)
			continue
		}
		rp.Records++
	}
	// Steps given after a gap: the participant resumes at the gap.
	for _, p := range r.parts {
		if p.done {
			continue
		}
		for st := p.reached; st < r.steps; st++ {
			if p.alloc[st].Check() == nil {
				rp.Gaps = append(rp.Gaps, Gap{Participant: p.id, Name: p.name, Step: p.reached + 1})
				p.step = p.reached
				break
			}
		}
	}
	r.led.Changed()
	// History is not re-announced: events start after the resume.
	r.events = room.EventLog{}
	return rp, nil
}

// short is the first eight characters of a hash, as the team view shows.
func short(h string) string { return h[:min(8, len(h))] }

// apply replays one record with the checks the live call made; false when
// it does not fit.
func (r *Room) apply(rec *record) bool {
	var p *participant
	if rec.T != recJoin && rec.T != recLock {
		if rec.P < 1 || rec.P > len(r.parts) {
			return false
		}
		p = r.parts[rec.P-1]
	}
	switch rec.T {
	case recJoin:
		if rec.P < 1 || rec.P > len(r.parts)+1 {
			return false
		}
		rec.Name, rec.Via = room.CleanName(rec.Name), room.CleanVia(rec.Via)
		r.applyJoin(rec)
	case recGive:
		if rec.Step == nil || rec.Points == nil || p.done || *rec.Step < p.step || *rec.Step >= r.steps {
			return false
		}
		a := culture.Allocation(*rec.Points)
		if a.Check() != nil {
			return false
		}
		if *rec.Step > p.step {
			// A later step than the current one: the give between was on
			// a skipped line. Keep this one; the participant goes back to
			// the gap after the replay (Replay.Gaps).
			p.alloc[*rec.Step] = a
			return true
		}
		r.applyGive(p, *rec.Step, a, rec.At)
	case recBack:
		if p.step > 0 && !p.done {
			p.step--
		}
	case recFinish:
		if p.reached < r.steps {
			return false
		}
		if !p.done {
			r.applyFinish(p, rec.At)
		}
	case recSaved:
		if rec.File == "" {
			return false
		}
		r.applySaved(rec)
	case recLeave:
		r.applyLeave(p, rec.At)
	case recLock:
		if rec.Locked == nil {
			return false
		}
		r.applyLock(rec)
	default:
		return false
	}
	return true
}
