// Package room is the live workshop's domain: one room that participants
// join with a code (over SSH or from a phone's browser), the activity
// they do in it — the quiz walk through the question set (Quiz) or the
// culture survey (Culture) — and what the projector shows of it. It draws
// nothing and knows no network; the transports and the projector call it.
//
// Every change is appended to a journal (DIR/journal.jsonl) and synced to
// disk before the call returns, so a nil error is the acknowledgement and a
// crash loses nothing acknowledged: Resume replays the journal. A finished
// participant's result is also saved as an ordinary result file, so
// `ideale-ambtenaar team DIR` works on the session folder afterwards.
package room

import (
	crand "crypto/rand"
	"encoding/binary"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// DefaultMaxParticipants is the cap when Config leaves it at zero. A
// session costs about 1.1 MB over SSH (measured: 200 sessions 226–252 MB
// RSS, see docs/live.md), so 300 fits any trainer's laptop.
const DefaultMaxParticipants = 300

// ParticipantID is a participant's number in the room: 1 for the first to
// join, and so on. It is stable across rounds and a Resume.
type ParticipantID int

// Config is what New and Resume need.
type Config struct {
	// Activity is what the room runs: Quiz(bank, …) or Culture(set).
	// When nil, Bank and NoShuffle make the quiz.
	Activity Activity
	// Bank and NoShuffle are the quiz's question set and order, when
	// Activity is nil: Quiz(Bank, NoShuffle).
	Bank      *quiz.Bank
	NoShuffle bool
	// Code is the join code; the zero Code draws one with NewCode.
	Code Code
	// Dir is the session folder; it is created when missing and must not
	// hold a journal yet.
	Dir string
	// MaxParticipants caps a round; 0 means DefaultMaxParticipants.
	MaxParticipants int
	// Language is the room's interface language; "" means i18n.Default.
	Language i18n.Lang
	// Clock stamps records and results; nil means time.Now. Tests set it.
	Clock func() time.Time
}

// Room is one live session. It is safe for concurrent use by any number of
// sessions. Create it with New or Resume and Close it when done.
type Room struct {
	act     Activity
	code    Code
	dir     string
	max     int
	lang    i18n.Lang
	clock   func() time.Time
	created time.Time
	replayd *Replay

	// led holds the lock, the journal and the change signal; everything
	// below (and the activity's state) is guarded by its lock.
	led     ledger
	closed  bool
	locked  bool
	round   int
	parts   []*participant // index = ID-1
	byKey   map[string]*participant
	pending map[pendingKey]*pendingSave
	// savedFiles are the results the journal knows, relative to dir.
	savedFiles map[string]bool
	snap       *Snapshot
	events     eventLog
}

// participant is the room's state of one person.
type participant struct {
	id     ParticipantID
	key    string // HashKey of the key; "" for none
	name   string
	via    string
	seed   uint64
	round  int   // the round they take part in
	st     state // the activity's state in that round
	done   bool
	left   bool
	result string // saved result, relative to the room's folder

	saveMu sync.Mutex // one save of this participant's result at a time
}

// pendingKey names a finished participant's round whose result file is
// not known to be saved yet.
type pendingKey struct {
	id    ParticipantID
	round int
}

// pendingSave is the result to save (or find).
type pendingSave struct{ res results.Result }

// New opens a new room in cfg.Dir: it creates the folder when missing,
// writes the journal's header and syncs it. It refuses a folder that
// already holds a journal (ErrExists: resume it instead), and reports file
// system failures as ErrJournal with the cause.
func New(cfg Config) (*Room, error) {
	r, err := newRoom(cfg)
	if err != nil {
		return nil, err
	}
	if r.code == "" {
		r.code = NewCode()
	}
	if !r.code.Valid() {
		return nil, configError("room: invalid code %q", r.code)
	}
	r.created = r.now()
	if err := r.led.Create(r.dir, r.header(), ErrExists.with(r.dir), journalFailed, ErrClosed); err != nil {
		return nil, err
	}
	return r, nil
}

// newRoom checks cfg and builds an empty room without a journal.
func newRoom(cfg Config) (*Room, error) {
	act := cfg.Activity
	if act == nil {
		if cfg.Bank == nil || len(cfg.Bank.Questions) == 0 {
			return nil, configError("room: no activity and no question set")
		}
		act = Quiz(cfg.Bank, cfg.NoShuffle)
	}
	if act.steps() == 0 {
		return nil, configError("room: an activity without steps")
	}
	if cfg.Dir == "" {
		return nil, configError("room: no session folder")
	}
	r := &Room{
		act:        act,
		code:       cfg.Code,
		dir:        cfg.Dir,
		max:        cfg.MaxParticipants,
		lang:       cfg.Language,
		clock:      cfg.Clock,
		round:      1,
		byKey:      map[string]*participant{},
		pending:    map[pendingKey]*pendingSave{},
		savedFiles: map[string]bool{},
	}
	if r.max <= 0 {
		r.max = DefaultMaxParticipants
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
	h := &record{
		T: recHeader, At: r.created,
		Format: r.act.format(), Version: JournalVersion,
		Code: string(r.code), Language: string(r.lang), Max: r.max,
	}
	r.act.header(h)
	return h
}

func (r *Room) now() time.Time { return r.clock().UTC() }

// Code is the room's join code.
func (r *Room) Code() Code { return r.code }

// Dir is the session folder.
func (r *Room) Dir() string { return r.dir }

// Language is the room's interface language.
func (r *Room) Language() i18n.Lang { return r.lang }

// Steps is the number of steps a participant gives: the scenarios of the
// quiz, both passes over every dimension of the culture survey.
func (r *Room) Steps() int { return r.act.steps() }

// Replay is what Resume found (nil for a room made by New).
func (r *Room) Replay() *Replay { return r.replayd }

// ResultsDir is where the results of round n are saved: the session folder
// itself for round 1, so that `ideale-ambtenaar team DIR` shows the usual
// single round, and DIR/round-N for later rounds (team DIR/round-2).
func (r *Room) ResultsDir(n int) string {
	if n <= 1 {
		return r.dir
	}
	return filepath.Join(r.dir, "round-"+strconv.Itoa(n))
}

// JournalProblem is why the journal does not take answers now (a full
// disk), nil when it does; it clears by itself once a record is written
// again. Subscribers are told when it appears.
func (r *Room) JournalProblem() error { return r.led.Problem() }

// Close syncs and closes the journal. Later calls that change the room
// fail with ErrClosed; Snapshot keeps working.
func (r *Room) Close() error {
	r.led.Lock()
	r.closed = true
	r.led.Unlock()
	return r.led.Close()
}

// randSeed draws a shuffle seed.
func randSeed() uint64 {
	var b [8]byte
	_, _ = crand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:])
}

// start gives p a fresh state in round n.
func (r *Room) start(p *participant, n int) {
	p.round = n
	p.st = r.act.fresh(p.seed, n)
	p.done = false
	p.left = false
	p.result = ""
}

// inRound counts the participants of the current round.
func (r *Room) inRound() int {
	n := 0
	for _, p := range r.parts {
		if p.round == r.round {
			n++
		}
	}
	return n
}

// get returns participant id of the current round, under the lock.
func (r *Room) get(id ParticipantID) (*participant, error) {
	if r.closed {
		return nil, ErrClosed
	}
	if id < 1 || int(id) > len(r.parts) || r.parts[id-1].round != r.round {
		return nil, ErrUnknownParticipant.with(int(id))
	}
	return r.parts[id-1], nil
}

// open returns participant id who has not finished, under the lock; on an
// error the lock is released.
func (r *Room) open(id ParticipantID) (*participant, error) {
	p, err := r.get(id)
	if err == nil && p.done {
		err = ErrFinished
	}
	if err != nil {
		r.led.Unlock()
		return nil, err
	}
	return p, nil
}

// event adds an event of p in the current round.
func (r *Room) event(k EventKind, p *participant, step string, at time.Time) {
	r.events.Add(Event{Kind: k, Participant: p.id, Name: p.name, Via: p.via, Scenario: step, Round: r.round, Time: at})
}

// Lookup finds the participant who joined with key, so a screen can skip
// asking the name of someone coming back. "" is never found.
func (r *Room) Lookup(key string) (ParticipantID, bool) {
	k := HashKey(key)
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

// Join lets a participant in and returns their ID. key identifies someone
// coming back (an SSH public-key fingerprint, a browser cookie token; ""
// means always someone new): the same key gives the same participant with
// their answers and place, also after a Resume, and also when the room is
// locked or full. A non-empty name renames them. name is cleaned
// (CleanName; "" is anonymous) and via names the transport (ViaSSH,
// ViaWeb). Someone new is refused with ErrLocked when the trainer has
// locked the room and ErrFull at the cap. A participant of an earlier
// round who comes back joins the current round afresh (and counts towards
// the cap).
func (r *Room) Join(key, name, via string) (ParticipantID, error) {
	k, name, via := HashKey(key), CleanName(name), CleanVia(via)
	r.led.Lock()
	if r.closed {
		r.led.Unlock()
		return 0, ErrClosed
	}
	now := r.now()
	if p, ok := r.byKey[k]; ok && k != "" {
		if p.round == r.round && !p.left && (name == "" || name == p.name) && (via == "" || via == p.via) {
			return p.id, r.led.Unchanged() // nothing changes; earlier records may still be syncing
		}
		if p.round != r.round && r.inRound() >= r.max {
			r.led.Unlock()
			return 0, ErrFull.with(r.max)
		}
		rec := &record{T: recJoin, At: now, P: int(p.id), Name: name, Via: via}
		if err := r.led.Commit(rec, func() { r.applyJoin(rec) }); err != nil {
			return 0, err
		}
		return p.id, nil
	}
	if r.locked {
		r.led.Unlock()
		return 0, ErrLocked
	}
	if r.inRound() >= r.max {
		r.led.Unlock()
		return 0, ErrFull.with(r.max)
	}
	id := ParticipantID(len(r.parts) + 1)
	rec := &record{T: recJoin, At: now, P: int(id), Key: k, Name: name, Via: via, Seed: randSeed()}
	if err := r.led.Commit(rec, func() { r.applyJoin(rec) }); err != nil {
		return 0, err
	}
	return id, nil
}

// applyJoin applies a join record: a new participant when P is the next
// number, a return otherwise.
func (r *Room) applyJoin(rec *record) {
	id := ParticipantID(rec.P)
	if int(id) == len(r.parts)+1 {
		p := &participant{id: id, key: rec.Key, name: rec.Name, via: rec.Via, seed: rec.Seed}
		r.parts = append(r.parts, p)
		if p.key != "" {
			r.byKey[p.key] = p
		}
		r.start(p, r.round)
		r.act.joined(p)
		r.event(Joined, p, "", rec.At)
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
	if p.round != r.round {
		r.start(p, r.round)
	}
	r.act.joined(p)
	r.event(Rejoined, p, "", rec.At)
}

// Back moves participant id one step back (a scenario, a survey step),
// keeping what they gave there so the screen can show it. At the first
// step it does nothing. Errors: ErrUnknownParticipant, ErrFinished,
// ErrJournal, ErrClosed.
func (r *Room) Back(id ParticipantID) error {
	r.led.Lock()
	p, err := r.open(id)
	if err != nil {
		return err
	}
	if p.st.place() == 0 {
		return r.led.Unchanged()
	}
	return r.led.Commit(&record{T: recBack, At: r.now(), P: int(id)}, p.st.back)
}

// Finish closes participant id's activity and saves their result as an
// ordinary result file (results.Save: atomic, never overwriting) in
// ResultsDir of the round, and returns its path. It needs every step
// given (ErrNotDone). The finish is journaled first, so it stands even
// when the save fails (disk full); calling Finish again, or a Resume,
// retries the save. Finishing twice is no error and saves once.
func (r *Room) Finish(id ParticipantID) (string, error) {
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
	if open := r.act.toFinish(p.st); open > 0 {
		r.led.Unlock()
		return "", notDone(r.act, open)
	}
	rec := &record{T: recFinish, At: r.now(), P: int(id)}
	if err := r.led.Commit(rec, func() { r.applyFinish(p, rec.At) }); err != nil {
		return "", err
	}
	return r.savePending(p)
}

// applyFinish marks p done and remembers the result to save.
func (r *Room) applyFinish(p *participant, at time.Time) {
	p.done = true
	p.st.end()
	r.pending[pendingKey{p.id, p.round}] = &pendingSave{res: r.act.result(p, at)}
	r.event(Finished, p, "", at)
}

// savePending saves p's unsaved results (normally one: the round just
// finished) and returns the path of the last.
func (r *Room) savePending(p *participant) (string, error) {
	p.saveMu.Lock()
	defer p.saveMu.Unlock()
	var last string
	r.led.Lock()
	var keys []pendingKey
	for k := range r.pending {
		if k.id == p.id {
			keys = append(keys, k)
		}
	}
	r.led.Unlock()
	for _, k := range sortKeys(keys) {
		path, err := r.save(k, false)
		if err != nil {
			return "", err
		}
		last = path
	}
	if last == "" { // saved meanwhile by another call
		r.led.Lock()
		if p.result != "" {
			last = filepath.Join(r.dir, p.result)
		}
		r.led.Unlock()
	}
	return last, nil
}

// sortKeys orders pending results by participant, then round.
func sortKeys(ks []pendingKey) []pendingKey {
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].id != ks[j].id {
			return ks[i].id < ks[j].id
		}
		return ks[i].round < ks[j].round
	})
	return ks
}

// save writes one pending result and journals where it went. When
// resuming, it first looks for the file a crash left without its saved
// record, so a result is never saved twice.
func (r *Room) save(k pendingKey, resuming bool) (string, error) {
	r.led.Lock()
	ps, ok := r.pending[k]
	r.led.Unlock()
	if !ok {
		return "", nil
	}
	dir := r.ResultsDir(k.round)
	path := ""
	if resuming {
		path = r.findSaved(dir, ps.res)
	}
	if path == "" {
		var err error
		if path, err = results.Save(dir, ps.res); err != nil {
			return "", err
		}
	}
	rel, err := filepath.Rel(r.dir, path)
	if err != nil {
		rel = path
	}
	rel = filepath.ToSlash(rel)
	r.led.Lock()
	rec := &record{T: recSaved, At: r.now(), P: int(k.id), Round: k.round, File: rel}
	if err := r.led.Commit(rec, func() { r.applySaved(rec) }); err != nil {
		return "", err
	}
	return path, nil
}

// applySaved records where a result went.
func (r *Room) applySaved(rec *record) {
	id := ParticipantID(rec.P)
	n := max(rec.Round, 1) // the culture journal names no round
	r.savedFiles[rec.File] = true
	delete(r.pending, pendingKey{id, n})
	if p := r.parts[id-1]; p.round == n {
		p.result = rec.File
	}
}

// findSaved looks in dir for a result equal to res, saved before a crash
// that came before its journal record. It only runs for results not known
// to be saved, which is rare.
func (r *Room) findSaved(dir string, res results.Result) string {
	want := res.TakenAt.Format(results.FileTimeLayout)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || len(n) < len(want) || n[:len(want)] != want || filepath.Ext(n) != ".json" {
			continue
		}
		path := filepath.Join(dir, n)
		if rel, err := filepath.Rel(r.dir, path); err == nil && r.savedFiles[filepath.ToSlash(rel)] {
			continue // another participant's (two anonymous people can answer alike in one second)
		}
		if r.act.isSaved(path, res) {
			return path
		}
	}
	return ""
}

// Leave marks participant id as gone (their session ended). What they
// gave stays and counts; the same key brings them back. Leaving twice is
// no error.
func (r *Room) Leave(id ParticipantID) error {
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
	r.event(Left, p, "", at)
}

// Lock closes the room to new participants (true) or opens it again.
// Returning participants (same key) can always get back in.
func (r *Room) Lock(locked bool) error {
	r.led.Lock()
	if r.closed {
		r.led.Unlock()
		return ErrClosed
	}
	if r.locked == locked {
		return r.led.Unchanged()
	}
	rec := &record{T: recLock, At: r.now(), Locked: &locked}
	return r.led.Commit(rec, func() { r.applyLock(rec) })
}

func (r *Room) applyLock(rec *record) {
	r.locked = *rec.Locked
	k := Unlocked
	if r.locked {
		k = Locked
	}
	r.events.Add(Event{Kind: k, Round: r.round, Time: rec.At})
}

// NewRound starts round n+1 and returns n+1. The old round stays as it
// was: its results are saved in ResultsDir(n) and the journal keeps it.
// Everybody who has not left goes on in the new round afresh (a quiz walk
// in a new order) with the same ID; who left joins the new round by
// coming back with their key. An activity of one round (the culture
// survey) refuses with ErrNoRounds.
func (r *Room) NewRound() (int, error) {
	r.led.Lock()
	if r.closed {
		r.led.Unlock()
		return 0, ErrClosed
	}
	if !r.act.rounds() {
		r.led.Unlock()
		return 0, ErrNoRounds
	}
	rec := &record{T: recRound, At: r.now(), Round: r.round + 1}
	n := 0
	if err := r.led.Commit(rec, func() { r.applyRound(rec); n = r.round }); err != nil {
		return 0, err
	}
	return n, nil
}

func (r *Room) applyRound(rec *record) {
	old := r.round
	r.round = rec.Round
	r.act.newRound()
	for _, p := range r.parts {
		if p.round == old && !p.left {
			r.start(p, r.round)
		}
	}
	r.events.Add(Event{Kind: RoundStarted, Round: r.round, Time: rec.At})
}
