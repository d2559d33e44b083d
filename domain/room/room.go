// Package room is the live workshop's domain: one room that participants
// join with a code (over SSH or from a phone's browser), their walks
// through the question set, and what the projector shows of it. It draws
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
	"strconv"
	"sync"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// DefaultMaxParticipants is the cap when Config leaves it at zero. A
// session costs about 1.1 MB over SSH (measured: 200 sessions 226–252 MB
// RSS, see docs/live.md), so 300 fits any trainer's laptop.
const DefaultMaxParticipants = 300

// ParticipantID is a participant's number in the room: 1 for the first to
// join, and so on. It is stable across rounds and a Resume.
type ParticipantID int

// Config is what New needs.
type Config struct {
	// Bank is the question set; required.
	Bank *quiz.Bank
	// Code is the join code; the zero Code draws one with NewCode.
	Code Code
	// Dir is the session folder; it is created when missing and must not
	// hold a journal yet.
	Dir string
	// MaxParticipants caps a round; 0 means DefaultMaxParticipants.
	MaxParticipants int
	// Language is the room's interface language; "" means i18n.Default.
	Language i18n.Lang
	// NoShuffle keeps the options in file order for everybody.
	NoShuffle bool
	// Clock stamps records and results; nil means time.Now. Tests set it.
	Clock func() time.Time
}

// Room is one live session. It is safe for concurrent use by any number of
// sessions. Create it with New or Resume and Close it when done.
type Room struct {
	bank      *quiz.Bank
	scenarios map[string]int // scenario ID → index in the bank
	code      Code
	dir       string
	max       int
	lang      i18n.Lang
	shuffle   bool
	clock     func() time.Time
	created   time.Time

	// led holds the lock, the journal and the change signal; everything
	// below is guarded by its lock.
	led     Ledger
	closed  bool
	locked  bool
	round   int
	parts   []*participant // index = ID-1
	byKey   map[string]*participant
	tally   [][]int // [scenario][option in file order]: answers this round
	pending map[pendingKey]*pendingSave
	// savedFiles are the results the journal knows, relative to dir.
	savedFiles map[string]bool
	snap       *Snapshot
	events     EventLog
}

// participant is the room's state of one person.
type participant struct {
	id      ParticipantID
	key     string // HashKey of the key; "" for none
	name    string
	via     string
	seed    uint64
	round   int // the round they take part in
	order   [][]int
	answers []int
	current int
	// answered counts answers; points adds up what they score.
	answered int
	points   profile.Points
	done     bool
	left     bool
	result   string // saved result, relative to the room's folder

	saveMu sync.Mutex // one save of this participant's result at a time
}

// pendingKey names a finished walk whose result file is not known to be
// saved yet.
type pendingKey struct {
	id    ParticipantID
	round int
}

// pendingSave is what is needed to save (or find) that result.
type pendingSave struct {
	walk *quiz.Walk
	name string
	at   time.Time
}

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
	if cfg.Bank == nil || len(cfg.Bank.Questions) == 0 {
		return nil, configError("room: no question set")
	}
	if cfg.Dir == "" {
		return nil, configError("room: no session folder")
	}
	r := &Room{
		bank:       cfg.Bank,
		scenarios:  make(map[string]int, len(cfg.Bank.Questions)),
		code:       cfg.Code,
		dir:        cfg.Dir,
		max:        cfg.MaxParticipants,
		lang:       cfg.Language,
		shuffle:    !cfg.NoShuffle,
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
	for i, q := range cfg.Bank.Questions {
		r.scenarios[scenarioID(q, i)] = i
	}
	r.resetTally()
	return r, nil
}

// scenarioID is a question's ID, or its 1-based number when the file gives
// none (as in a result file).
func scenarioID(q quiz.Question, i int) string {
	if q.ID != "" {
		return q.ID
	}
	return strconv.Itoa(i + 1)
}

func (r *Room) header() *record {
	return &record{
		T: recHeader, At: r.created,
		Format: JournalFormat, Version: JournalVersion,
		Code: string(r.code), SetHash: r.bank.Hash, SetTitle: r.bank.Title,
		Questions: len(r.bank.Questions), Language: string(r.lang),
		Max: r.max, FixedOrder: !r.shuffle,
	}
}

func (r *Room) now() time.Time { return r.clock().UTC() }

func (r *Room) resetTally() {
	r.tally = make([][]int, len(r.bank.Questions))
	for i, q := range r.bank.Questions {
		r.tally[i] = make([]int, len(q.Options))
	}
}

// Code is the room's join code.
func (r *Room) Code() Code { return r.code }

// Dir is the session folder.
func (r *Room) Dir() string { return r.dir }

// Bank is the question set.
func (r *Room) Bank() *quiz.Bank { return r.bank }

// Language is the room's interface language.
func (r *Room) Language() i18n.Lang { return r.lang }

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

// roundSeed derives a participant's seed for round n, so a new round shows
// a new order without journaling a seed per participant per round.
func roundSeed(seed uint64, n int) uint64 {
	return seed + uint64(n-1)*0x9e3779b97f4a7c15
}

// startWalk gives p a fresh walk in round n.
func (r *Room) startWalk(p *participant, n int) {
	w := quiz.NewWalk(r.bank, quiz.Ordering{Shuffle: r.shuffle, Seed: roundSeed(p.seed, n)})
	p.round = n
	p.order = w.Order()
	p.answers = w.Answers()
	p.current = 0
	p.answered = 0
	p.points = profile.Points{}
	p.done = false
	p.left = false
	p.result = ""
}

// walk builds a quiz.Walk of p's state at p's position.
func (r *Room) walk(p *participant) *quiz.Walk {
	w, err := quiz.RestoreWalk(r.bank, p.order, p.answers)
	if err != nil { // cannot happen: the room only stores what fits
		panic("room: stored walk does not fit the bank: " + err.Error())
	}
	for w.Index() > p.current && w.Back() {
	}
	return w
}

// firstOpen is the index of p's first scenario without an answer.
func firstOpen(p *participant) int {
	for i, a := range p.answers {
		if a == quiz.Unanswered {
			return i
		}
	}
	return len(p.answers)
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
// round who comes back joins the current round with a fresh walk (and
// counts towards the cap).
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
		r.startWalk(p, r.round)
		r.events.Add(Event{Kind: Joined, Participant: id, Name: p.name, Via: p.via, Round: r.round, Time: rec.At})
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
		r.startWalk(p, r.round)
	}
	r.events.Add(Event{Kind: Rejoined, Participant: id, Name: p.name, Via: p.via, Round: r.round, Time: rec.At})
}

// Walk returns a copy of participant id's walk at their place, for a
// screen to show: changing it changes nothing in the room. A finished
// participant's walk is Done.
func (r *Room) Walk(id ParticipantID) (*quiz.Walk, error) {
	r.led.Lock()
	defer r.led.Unlock()
	p, err := r.get(id)
	if err != nil {
		return nil, err
	}
	return r.walk(p), nil
}

// Answer records participant id's choice for a scenario: shown is the
// option's position as shown to them (0-based, as quiz.Walk.Answer takes
// it). A scenario may be answered again (going back and changing one's
// mind) but not before the ones before it; the same answer twice counts
// once. When the participant was at that scenario, they move on to the
// next, as in the quiz. The answer is in the journal and on disk when
// Answer returns nil. Errors: ErrUnknownParticipant, ErrUnknownScenario,
// ErrNoSuchOption, ErrNotReached, ErrFinished, ErrJournal, ErrClosed.
func (r *Room) Answer(id ParticipantID, scenario string, shown int) error {
	r.led.Lock()
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return err
	}
	q, chosen, err := r.checkAnswer(p, scenario, shown)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if p.answers[q] == chosen && p.current != q {
		return r.led.Unchanged() // a repeat: nothing changes
	}
	rec := &record{T: recAnswer, At: r.now(), P: int(id), Q: scenario, Chosen: &chosen}
	return r.led.Commit(rec, func() { r.applyAnswer(p, q, chosen, rec.At) })
}

// checkAnswer validates an answer and returns the scenario's index and the
// chosen option's file index.
func (r *Room) checkAnswer(p *participant, scenario string, shown int) (q, chosen int, err error) {
	if p.done {
		return 0, 0, ErrFinished
	}
	q, ok := r.scenarios[scenario]
	if !ok {
		return 0, 0, ErrUnknownScenario.with(scenario)
	}
	if open := firstOpen(p); q > open {
		return 0, 0, ErrNotReached.with(open + 1)
	}
	if shown < 0 || shown >= len(p.order[q]) {
		return 0, 0, ErrNoSuchOption.with(len(p.order[q]))
	}
	return q, p.order[q][shown], nil
}

// applyAnswer sets p's answer to scenario q (file index chosen).
func (r *Room) applyAnswer(p *participant, q, chosen int, at time.Time) {
	if p.current == q {
		p.current = q + 1
	}
	old := p.answers[q]
	if old == chosen {
		return // the same answer again: it only moved them on
	}
	opts := r.bank.Questions[q].Options
	if old != quiz.Unanswered {
		r.tally[q][old]--
		p.points = p.points.Add(negate(opts[old].Points))
	} else {
		p.answered++
	}
	p.answers[q] = chosen
	r.tally[q][chosen]++
	p.points = p.points.Add(opts[chosen].Points)
	r.events.Add(Event{Kind: Answered, Participant: p.id, Name: p.name, Via: p.via, Scenario: scenarioID(r.bank.Questions[q], q), Round: r.round, Time: at})
}

func negate(p profile.Points) profile.Points {
	for i := range p {
		p[i] = -p[i]
	}
	return p
}

// Back moves participant id one scenario back, keeping the answer there so
// the screen can show it selected. At the first scenario it does nothing.
// Errors: ErrUnknownParticipant, ErrFinished, ErrJournal, ErrClosed.
func (r *Room) Back(id ParticipantID) error {
	r.led.Lock()
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if p.done {
		r.led.Unlock()
		return ErrFinished
	}
	if p.current == 0 {
		return r.led.Unchanged()
	}
	return r.led.Commit(&record{T: recBack, At: r.now(), P: int(id)}, func() { p.current-- })
}

// Finish closes participant id's walk and saves their result as an
// ordinary result file (results.Save: atomic, never overwriting) in
// ResultsDir of the round, and returns its path. It needs every scenario
// answered (ErrNotDone). The finish is journaled first, so it stands even
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
	if open := len(p.answers) - p.answered; open > 0 {
		r.led.Unlock()
		return "", ErrNotDone.with(open)
	}
	rec := &record{T: recFinish, At: r.now(), P: int(id)}
	if err := r.led.Commit(rec, func() { r.applyFinish(p, rec.At) }); err != nil {
		return "", err
	}
	return r.savePending(p)
}

// applyFinish marks p done and remembers the walk to save.
func (r *Room) applyFinish(p *participant, at time.Time) {
	p.done = true
	p.current = len(p.answers)
	r.pending[pendingKey{p.id, p.round}] = &pendingSave{walk: r.walk(p), name: p.name, at: at}
	r.events.Add(Event{Kind: Finished, Participant: p.id, Name: p.name, Via: p.via, Round: r.round, Time: at})
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

func sortKeys(ks []pendingKey) []pendingKey {
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j].round < ks[j-1].round; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
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
	res := results.NewResult(ps.walk, ps.name, ps.at.Local())
	dir := r.ResultsDir(k.round)
	path := ""
	if resuming {
		path = r.findSaved(dir, res)
	}
	if path == "" {
		var err error
		if path, err = results.Save(dir, res); err != nil {
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
	r.savedFiles[rec.File] = true
	delete(r.pending, pendingKey{id, rec.Round})
	if p := r.parts[id-1]; p.round == rec.Round {
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
		got, err := results.LoadFile(path)
		if err == nil && sameResult(got, res) {
			return path
		}
	}
	return ""
}

func sameResult(a, b results.Result) bool {
	if !a.TakenAt.Equal(b.TakenAt) || a.Name != b.Name || a.Set.Hash != b.Set.Hash || len(a.Answers) != len(b.Answers) {
		return false
	}
	for i := range a.Answers {
		x, y := a.Answers[i], b.Answers[i]
		if x.Question != y.Question || x.Chosen != y.Chosen || len(x.Shown) != len(y.Shown) {
			return false
		}
		for j := range x.Shown {
			if x.Shown[j] != y.Shown[j] {
				return false
			}
		}
	}
	return true
}

// Leave marks participant id as gone (their SSH session ended). Their
// answers stay and count; the same key brings them back. Leaving twice is
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
	r.events.Add(Event{Kind: Left, Participant: p.id, Name: p.name, Via: p.via, Round: r.round, Time: at})
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
// Everybody who has not left goes on in the new round with a fresh walk
// (in a new order) and the same ID; who left joins the new round by coming
// back with their key.
func (r *Room) NewRound() (int, error) {
	r.led.Lock()
	if r.closed {
		r.led.Unlock()
		return 0, ErrClosed
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
	r.resetTally()
	for _, p := range r.parts {
		if p.round == old && !p.left {
			r.startWalk(p, r.round)
		}
	}
	r.events.Add(Event{Kind: RoundStarted, Round: r.round, Time: rec.At})
}
