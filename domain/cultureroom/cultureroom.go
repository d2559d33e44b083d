// Package cultureroom is the live workshop's culture instrument: one room
// that participants join with a code (over SSH or from a phone's browser)
// and in which each fills in the culture survey (package culture: per
// dimension 10 points over three descriptions, first for the culture now,
// then for the desired one). It mirrors package room, the quiz's live
// room: the same codes, keys, names, cap, lock, error kinds and events,
// and a journal of the same shape. It draws nothing and knows no network.
//
// Every change is appended to a journal (DIR/journal.jsonl) and synced to
// disk before the call returns, so a nil error is the acknowledgement and a
// crash loses nothing acknowledged: Resume replays the journal. A finished
// participant's survey is also saved as an ordinary culture result file
// (results.NewCultureResult), so `ideale-ambtenaar team DIR` shows the
// group's culture afterwards.
package cultureroom

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Config is what New needs.
type Config struct {
	// Set is the culture set; required.
	Set *culture.Set
	// Code is the join code; the zero Code draws one with room.NewCode.
	Code room.Code
	// Dir is the session folder; it is created when missing and must not
	// hold a journal yet.
	Dir string
	// MaxParticipants caps the room; 0 means room.DefaultMaxParticipants.
	MaxParticipants int
	// Language is the room's interface language; "" means i18n.Default.
	Language i18n.Lang
	// Clock stamps records and results; nil means time.Now. Tests set it.
	Clock func() time.Time
}

// The pass names in an Answered event's Scenario ("now/<dimension ID>",
// "desired/<dimension ID>") and in the journal.
const (
	PassNow     = "now"
	PassDesired = "desired"
)

// Room is one live culture session. It is safe for concurrent use by any
// number of sessions. Create it with New or Resume and Close it when done.
type Room struct {
	set     *culture.Set
	steps   int // Passes × dimensions
	code    room.Code
	dir     string
	max     int
	lang    i18n.Lang
	clock   func() time.Time
	created time.Time
	replay  *Replay

	// led holds the lock, the journal and the change signal; everything
	// below is guarded by its lock.
	led     room.Ledger
	closed  bool
	locked  bool
	parts   []*participant // index = ID-1
	byKey   map[string]*participant
	pending map[room.ParticipantID]*pendingSave
	// savedFiles are the results the journal knows, relative to dir.
	savedFiles map[string]bool
	snap       *Snapshot
	events     room.EventLog
}

// participant is the room's state of one person's survey.
type participant struct {
	id   room.ParticipantID
	key  string // room.HashKey of the key; "" for none
	name string
	via  string
	// alloc holds the allocation per step; reached counts the steps given
	// at least once (always a prefix: steps are given in order), step is
	// where the participant is (reached at most; steps when all given).
	alloc   []culture.Allocation
	reached int
	step    int
	done    bool
	left    bool
	result  string // saved result, relative to the room's folder

	saveMu sync.Mutex // one save of this participant's result at a time
}

// pendingSave is a finished survey whose result file is not known to be
// saved yet.
type pendingSave struct {
	survey *culture.Survey
	name   string
	at     time.Time
}

// New opens a new culture room in cfg.Dir: it creates the folder when
// missing, writes the journal's header and syncs it. It refuses a folder
// that already holds a journal (an error of kind room.KindExists: resume
// it instead), and reports file system failures as room.KindJournal with
// the cause.
func New(cfg Config) (*Room, error) {
	r, err := newRoom(cfg)
	if err != nil {
		return nil, err
	}
	if r.code == "" {
		r.code = room.NewCode()
	}
	if !r.code.Valid() {
		return nil, configError("cultureroom: invalid code %q", r.code)
	}
	r.created = r.now()
	if err := r.led.Create(r.dir, r.header(), newError(room.KindExists, txtExists, r.dir), journalFailed, errClosed); err != nil {
		return nil, err
	}
	return r, nil
}

// newRoom checks cfg and builds an empty room without a journal.
func newRoom(cfg Config) (*Room, error) {
	if cfg.Set == nil || len(cfg.Set.Dimensions) == 0 {
		return nil, configError("cultureroom: no culture set")
	}
	if cfg.Dir == "" {
		return nil, configError("cultureroom: no session folder")
	}
	r := &Room{
		set:        cfg.Set,
		steps:      culture.Passes * len(cfg.Set.Dimensions),
		code:       cfg.Code,
		dir:        cfg.Dir,
		max:        cfg.MaxParticipants,
		lang:       cfg.Language,
		clock:      cfg.Clock,
		byKey:      map[string]*participant{},
		pending:    map[room.ParticipantID]*pendingSave{},
		savedFiles: map[string]bool{},
	}
	if r.max <= 0 {
		r.max = room.DefaultMaxParticipants
	}
	if r.lang == "" {
		r.lang = i18n.Default
	}
	if r.clock == nil {
		r.clock = time.Now
	}
	return r, nil
}

func (r *Room) header() *record {
	return &record{
		T: recHeader, At: r.created,
		Format: JournalFormat, Version: JournalVersion,
		Code: string(r.code), SetHash: r.set.Hash, SetTitle: r.set.Title,
		Dimensions: len(r.set.Dimensions), Language: string(r.lang), Max: r.max,
	}
}

func (r *Room) now() time.Time { return r.clock().UTC() }

// Code is the room's join code.
func (r *Room) Code() room.Code { return r.code }

// Dir is the session folder, where the culture results are saved too.
func (r *Room) Dir() string { return r.dir }

// Set is the culture set.
func (r *Room) Set() *culture.Set { return r.set }

// Language is the room's interface language.
func (r *Room) Language() i18n.Lang { return r.lang }

// Steps is the number of allocations a participant gives: both passes
// over every dimension.
func (r *Room) Steps() int { return r.steps }

// Close syncs and closes the journal. Later calls that change the room
// fail with room.ErrClosed; Snapshot keeps working.
// JournalProblem is why the journal does not take records now (a full
// disk), nil when it does (see room.Room.JournalProblem).
func (r *Room) JournalProblem() error { return r.led.Problem() }

// Close syncs and closes the journal; see room.Room.Close.
func (r *Room) Close() error {
	r.led.Lock()
	r.closed = true
	r.led.Unlock()
	return r.led.Close()
}

// stepName is step's "pass/dimension-id", as in Answered events.
func (r *Room) stepName(step int) string {
	n := len(r.set.Dimensions)
	pass := PassNow
	if step >= n {
		pass = PassDesired
	}
	return pass + "/" + r.set.Dimensions[step%n].ID
}

// survey builds a culture.Survey of p's state at p's place.
func (r *Room) survey(p *participant) *culture.Survey {
	s := culture.NewSurvey(r.set)
	for _, a := range p.alloc[:p.reached] {
		if err := s.Give(a); err != nil { // cannot happen: only checked allocations are kept
			panic("cultureroom: stored allocation does not check: " + err.Error())
		}
	}
	for s.Step() > p.step && s.Back() {
	}
	return s
}

// points sums p's allocations of one pass.
func (r *Room) points(p *participant, pass culture.Pass) profile.Points {
	n := len(r.set.Dimensions)
	var sum profile.Points
	for i := int(pass) * n; i < (int(pass)+1)*n && i < p.reached; i++ {
		sum = sum.Add(profile.Points(p.alloc[i]))
	}
	return sum
}

// get returns participant id, under the lock.
func (r *Room) get(id room.ParticipantID) (*participant, error) {
	if r.closed {
		return nil, errClosed
	}
	if id < 1 || int(id) > len(r.parts) {
		return nil, errUnknown(id)
	}
	return r.parts[id-1], nil
}

// Lookup finds the participant who joined with key, so a screen can skip
// asking the name of someone coming back. "" is never found.
func (r *Room) Lookup(key string) (room.ParticipantID, bool) {
	k := room.HashKey(key)
	if k == "" {
		return 0, false
	}
	r.led.Lock()
	defer r.led.Unlock()
	p, ok := r.byKey[k]
	if !ok {
		return 0, false
	}
	return p.id, true
}

// Join lets a participant in and returns their ID, as room.Room.Join: key
// identifies someone coming back (an SSH key fingerprint, a browser cookie
// token; "" means always someone new) with their allocations and place,
// also after a Resume, a locked room or a full one; a non-empty name
// renames them; name is cleaned with room.CleanName and via names the
// transport (room.ViaSSH, room.ViaWeb). Someone new is refused with
// room.ErrLocked when the room is locked and room.ErrFull at the cap.
func (r *Room) Join(key, name, via string) (room.ParticipantID, error) {
	k, name, via := room.HashKey(key), room.CleanName(name), room.CleanVia(via)
	r.led.Lock()
	if r.closed {
		r.led.Unlock()
		return 0, errClosed
	}
	now := r.now()
	if p, ok := r.byKey[k]; ok && k != "" {
		if !p.left && (name == "" || name == p.name) && (via == "" || via == p.via) {
			return p.id, r.led.Unchanged() // nothing changes; earlier records may still be syncing
		}
		rec := &record{T: recJoin, At: now, P: int(p.id), Name: name, Via: via}
		if err := r.led.Commit(rec, func() { r.applyJoin(rec) }); err != nil {
			return 0, err
		}
		return p.id, nil
	}
	if r.locked {
		r.led.Unlock()
		return 0, errLocked
	}
	if len(r.parts) >= r.max {
		r.led.Unlock()
		return 0, errFull(r.max)
	}
	id := room.ParticipantID(len(r.parts) + 1)
	rec := &record{T: recJoin, At: now, P: int(id), Key: k, Name: name, Via: via}
	if err := r.led.Commit(rec, func() { r.applyJoin(rec) }); err != nil {
		return 0, err
	}
	return id, nil
}

// applyJoin applies a join record: a new participant when P is the next
// number, a return otherwise.
func (r *Room) applyJoin(rec *record) {
	id := room.ParticipantID(rec.P)
	if int(id) == len(r.parts)+1 {
		p := &participant{id: id, key: rec.Key, name: rec.Name, via: rec.Via,
			alloc: make([]culture.Allocation, r.steps)}
		r.parts = append(r.parts, p)
		if p.key != "" {
			r.byKey[p.key] = p
		}
		r.events.Add(room.Event{Kind: room.Joined, Participant: id, Name: p.name, Via: p.via, Round: 1, Time: rec.At})
		return
	}
	p := r.parts[id-1]
	if rec.Name != "" {
		p.name = rec.Name
	}
	if rec.Via != "" {
		p.via = rec.Via
	}
	p.left = false
	r.events.Add(room.Event{Kind: room.Rejoined, Participant: id, Name: p.name, Via: p.via, Round: 1, Time: rec.At})
}

// Survey returns a copy of participant id's survey at their place, for a
// screen to show: changing it changes nothing in the room. A finished
// participant's survey is Done.
func (r *Room) Survey(id room.ParticipantID) (*culture.Survey, error) {
	r.led.Lock()
	defer r.led.Unlock()
	p, err := r.get(id)
	if err != nil {
		return nil, err
	}
	return r.survey(p), nil
}

// Give records participant id's allocation for their survey's current step
// (pass and dimension) and moves them on, as culture.Survey.Give does. The
// allocation must pass culture.Allocation.Check (the *culture.AllocationError
// is returned as it is). When every step is given already, Give does
// nothing, as the survey does. The allocation is in the journal and on
// disk when Give returns nil. Errors: room.ErrUnknownParticipant,
// room.ErrFinished, *culture.AllocationError, room.ErrJournal,
// room.ErrClosed.
func (r *Room) Give(id room.ParticipantID, a culture.Allocation) error {
	return r.give(id, -1, a)
}

// GiveAt is Give for a named step (0-based, as culture.Survey.Step), for
// transports that may send an allocation twice (a form posted again, a
// retry): an allocation equal to the one already given at an earlier step
// is a repeat and changes nothing; any other step than the current one is
// refused with an error of kind room.KindNotReached.
func (r *Room) GiveAt(id room.ParticipantID, step int, a culture.Allocation) error {
	if step < 0 {
		return errNotCurrent(step, 0)
	}
	return r.give(id, step, a)
}

func (r *Room) give(id room.ParticipantID, step int, a culture.Allocation) error {
	r.led.Lock()
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if p.done {
		r.led.Unlock()
		return errFinished
	}
	if step >= 0 && step != p.step {
		if step < p.step && p.alloc[step] == a {
			return r.led.Unchanged() // a repeat
		}
		r.led.Unlock()
		return errNotCurrent(step, p.step)
	}
	if err := a.Check(); err != nil {
		r.led.Unlock()
		return err
	}
	if p.step >= r.steps {
		return r.led.Unchanged() // all given: nothing to do, as culture.Survey
	}
	at, pts := p.step, [3]int(a)
	pass, dim, _ := strings.Cut(r.stepName(at), "/")
	rec := &record{T: recGive, At: r.now(), P: int(id), Step: &at, Pass: pass, Dim: dim, Points: &pts}
	return r.led.Commit(rec, func() { r.applyGive(p, at, a, rec.At) })
}

// applyGive sets p's allocation at step (p's current one) and moves on.
func (r *Room) applyGive(p *participant, step int, a culture.Allocation, at time.Time) {
	changed := step >= p.reached || p.alloc[step] != a
	p.alloc[step] = a
	if step == p.reached {
		p.reached++
	}
	p.step = step + 1
	if changed {
		r.events.Add(room.Event{Kind: room.Answered, Participant: p.id, Name: p.name, Via: p.via,
			Scenario: r.stepName(step), Round: 1, Time: at})
	}
}

// Back moves participant id one step back, keeping the allocation there so
// the screen can show it. At the first step it does nothing. Errors:
// room.ErrUnknownParticipant, room.ErrFinished, room.ErrJournal,
// room.ErrClosed.
func (r *Room) Back(id room.ParticipantID) error {
	r.led.Lock()
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if p.done {
		r.led.Unlock()
		return errFinished
	}
	if p.step == 0 {
		return r.led.Unchanged()
	}
	return r.led.Commit(&record{T: recBack, At: r.now(), P: int(id)}, func() { p.step-- })
}

// Finish closes participant id's survey and saves it as an ordinary
// culture result file (results.NewCultureResult, results.Save: atomic,
// never overwriting) in the session folder, and returns its path. It needs
// every step given (an error of kind room.KindNotDone). The finish is
// journaled first, so it stands even when the save fails (disk full);
// calling Finish again, or a Resume, retries the save. Finishing twice is
// no error and saves once.
func (r *Room) Finish(id room.ParticipantID) (string, error) {
	r.led.Lock()
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return "", err
	}
	if p.done {
		path := p.result
		if err := r.led.Unchanged(); err != nil {
			return "", err
		}
		if path != "" {
			return filepath.Join(r.dir, path), nil
		}
		return r.savePending(p)
	}
	if open := r.steps - p.reached; open > 0 {
		r.led.Unlock()
		return "", errNotDone(open)
	}
	rec := &record{T: recFinish, At: r.now(), P: int(id)}
	if err := r.led.Commit(rec, func() { r.applyFinish(p, rec.At) }); err != nil {
		return "", err
	}
	return r.savePending(p)
}

// applyFinish marks p done and remembers the survey to save.
func (r *Room) applyFinish(p *participant, at time.Time) {
	p.done = true
	p.step = r.steps
	r.pending[p.id] = &pendingSave{survey: r.survey(p), name: p.name, at: at}
	r.events.Add(room.Event{Kind: room.Finished, Participant: p.id, Name: p.name, Via: p.via, Round: 1, Time: at})
}

// savePending saves p's unsaved result and returns its path.
func (r *Room) savePending(p *participant) (string, error) {
	p.saveMu.Lock()
	defer p.saveMu.Unlock()
	path, err := r.save(p.id, false)
	if err != nil || path != "" {
		return path, err
	}
	r.led.Lock() // saved meanwhile by another call
	defer r.led.Unlock()
	if p.result != "" {
		return filepath.Join(r.dir, p.result), nil
	}
	return "", nil
}

// save writes one pending result and journals where it went. When
// resuming, it first looks for the file a crash left without its saved
// record, so a result is never saved twice.
func (r *Room) save(id room.ParticipantID, resuming bool) (string, error) {
	r.led.Lock()
	ps, ok := r.pending[id]
	r.led.Unlock()
	if !ok {
		return "", nil
	}
	res := results.NewCultureResult(ps.survey, ps.name, ps.at.Local())
	path := ""
	if resuming {
		path = r.findSaved(res)
	}
	if path == "" {
		var err error
		if path, err = results.Save(r.dir, res); err != nil {
			return "", err
		}
	}
	rel, err := filepath.Rel(r.dir, path)
	if err != nil {
		rel = path
	}
	rel = filepath.ToSlash(rel)
	r.led.Lock()
	rec := &record{T: recSaved, At: r.now(), P: int(id), File: rel}
	if err := r.led.Commit(rec, func() { r.applySaved(rec) }); err != nil {
		return "", err
	}
	return path, nil
}

// applySaved records where a result went.
func (r *Room) applySaved(rec *record) {
	id := room.ParticipantID(rec.P)
	r.savedFiles[rec.File] = true
	delete(r.pending, id)
	r.parts[id-1].result = rec.File
}

// findSaved looks in the session folder for a culture result equal to
// res, saved before a crash that came before its journal record.
func (r *Room) findSaved(res results.Result) string {
	want := res.TakenAt.Format(results.FileTimeLayout)
	entries, err := os.ReadDir(r.dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasPrefix(n, want) || filepath.Ext(n) != ".json" || r.savedFiles[n] {
			continue
		}
		path := filepath.Join(r.dir, n)
		got, err := results.LoadCulture(path)
		if err == nil && sameResult(got, res) {
			return path
		}
	}
	return ""
}

func sameResult(a, b results.Result) bool {
	if !a.TakenAt.Equal(b.TakenAt) || a.Name != b.Name || a.Set.Hash != b.Set.Hash ||
		a.Culture == nil || b.Culture == nil || len(a.Culture.Dimensions) != len(b.Culture.Dimensions) {
		return false
	}
	for i, x := range a.Culture.Dimensions {
		if x != b.Culture.Dimensions[i] {
			return false
		}
	}
	return true
}

// Leave marks participant id as gone (their session ended). Their
// allocations stay and count; the same key brings them back. Leaving
// twice is no error.
func (r *Room) Leave(id room.ParticipantID) error {
	r.led.Lock()
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if p.left {
		return r.led.Unchanged()
	}
	rec := &record{T: recLeave, At: r.now(), P: int(id)}
	return r.led.Commit(rec, func() { r.applyLeave(p, rec.At) })
}

func (r *Room) applyLeave(p *participant, at time.Time) {
	p.left = true
	r.events.Add(room.Event{Kind: room.Left, Participant: p.id, Name: p.name, Via: p.via, Round: 1, Time: at})
}

// Lock closes the room to new participants (true) or opens it again.
// Returning participants (same key) can always get back in.
func (r *Room) Lock(locked bool) error {
	r.led.Lock()
	if r.closed {
		r.led.Unlock()
		return errClosed
	}
	if r.locked == locked {
		return r.led.Unchanged()
	}
	rec := &record{T: recLock, At: r.now(), Locked: &locked}
	return r.led.Commit(rec, func() { r.applyLock(rec) })
}

func (r *Room) applyLock(rec *record) {
	r.locked = *rec.Locked
	k := room.Unlocked
	if r.locked {
		k = room.Locked
	}
	r.events.Add(room.Event{Kind: k, Round: 1, Time: rec.At})
}
