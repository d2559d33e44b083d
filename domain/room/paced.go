package room

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
)

// MaxProposal is the most characters (runes) a proposal of the extreme
// round may have: one line, read aloud from the wall.
const MaxProposal = 140

// DefaultCountdown is the countdown's length when the trainer gives none
// (live --paced, key t).
const DefaultCountdown = 60 * time.Second

// Paced is the workshop led from the front (live --paced), after the book's
// authors: the quiz's question set, but the trainer opens one case
// (scenario) at a time (Open, Next); every participant chooses an option
// of that case, in their own shuffled order as in the quiz; the trainer
// shows the split over the three ideal types (Reveal), then starts the
// extreme round (Extreme): the room gives every participant one type in
// balanced thirds and they propose, in one line, what that type does at
// its extreme (Propose); the trainer can hide a proposal (HideProposal).
// End finishes everybody with an answer: their result file holds the
// cases they answered. The activity has one round; its journal
// (PacedJournalFormat) holds every step, so Resume brings back the open
// case, the answers, the assignments and the proposals. The value belongs
// to one room.
func Paced(bank *quiz.Bank, noShuffle bool) Activity {
	a := Quiz(bank, noShuffle).(*quizActivity)
	a.pace = &pacing{open: -1, cases: make([]caseState, len(a.bank.Questions)), nextID: 1}
	return a
}

// pacing is the paced workshop's state, guarded by the room's lock.
type pacing struct {
	open   int         // bank index of the open case, -1 before the first
	opened []int       // cases in the order first opened
	cases  []caseState // per bank index
	nextID int         // number of the next new proposal, from 1
	ended  bool
	// step counts the trainer's steps (open, reveal, extreme, hide,
	// countdown, end): a device's screen changes with it or with the
	// participant's own action, not with every other answer.
	step uint64
	// deadline is the countdown's end; zero for none. It is not
	// journaled: a resumed room has no countdown running.
	deadline time.Time
}

// caseState is one case's trainer steps and proposals.
type caseState struct {
	revealed, extreme bool
	assign            map[ParticipantID]profile.Type
	proposals         []*proposal // in the order they first came
}

// proposal is one participant's proposal in a case's extreme round.
type proposal struct {
	id     int // the journal's number, over all cases
	n      int // the number in its case, from 1 (Proposal.N)
	p      *participant
	typ    profile.Type
	text   string
	hidden bool
}

// pacedRoom takes the room's lock and returns the workshop's activity;
// without it (ErrOtherActivity, ErrClosed) the lock is released.
func (r *Room) pacedRoom() (*quizActivity, *pacing, error) {
	a, pc, err := r.pacedAny()
	if err == nil && pc.ended {
		r.led.Unlock()
		return nil, nil, ErrAlreadyEnded
	}
	return a, pc, err
}

// pacedAny is pacedRoom, also after the end.
func (r *Room) pacedAny() (*quizActivity, *pacing, error) {
	r.led.Lock()
	a, ok := r.act.(*quizActivity)
	switch {
	case r.closed:
		r.led.Unlock()
		return nil, nil, ErrClosed
	case !ok || a.pace == nil:
		r.led.Unlock()
		return nil, nil, ErrOtherActivity
	}
	return a, a.pace, nil
}

// Paced reports whether the room runs the paced workshop.
func (r *Room) Paced() bool {
	a, ok := r.act.(*quizActivity)
	return ok && a.pace != nil
}

// Open opens case q (bank index, from 0) for everybody: devices show it
// and participants choose. Opening the open case again changes nothing; a
// case opened before comes back as it was (its choices, split, round and
// proposals). Errors: ErrNoSuchCase, ErrEnded, ErrOtherActivity,
// ErrJournal, ErrClosed.
func (r *Room) Open(q int) error {
	a, pc, err := r.pacedRoom()
	if err != nil {
		return err
	}
	if q < 0 || q >= len(pc.cases) {
		r.led.Unlock()
		return ErrNoSuchCase.with(q+1, len(pc.cases))
	}
	if q == pc.open {
		return r.led.Unchanged()
	}
	rec := &record{T: recOpen, At: r.now(), Step: &q, Q: scenarioID(a.bank.Questions[q], q)}
	return r.led.Commit(rec, func() { pc.apply(r, a, rec) })
}

// Next opens the case after the open one (the first when none is open)
// and returns its bank index. Errors: ErrLastCase after the last, and
// Open's.
func (r *Room) Next() (int, error) {
	_, pc, err := r.pacedRoom()
	if err != nil {
		return 0, err
	}
	q := pc.open + 1
	r.led.Unlock()
	if q >= len(pc.cases) {
		return 0, ErrLastCase.with(len(pc.cases))
	}
	return q, r.Open(q)
}

// Reveal shows the open case's split over the three ideal types;
// choices of that case are final from then on (ErrRevealed). Revealing
// twice changes nothing. Errors: ErrNoCaseOpen and Open's.
func (r *Room) Reveal() error {
	return r.caseStep(recReveal, func(c *caseState) bool { return c.revealed })
}

// Extreme starts the open case's extreme round: every participant present
// gets one ideal type, in balanced thirds over a shuffled order (someone
// who joins or comes back later gets the type with the fewest), and may
// Propose. When the split was not shown yet, Extreme reveals it first, so
// choices are final before the round. Starting it twice changes nothing.
// Errors: as Reveal.
func (r *Room) Extreme() error {
	if err := r.Reveal(); err != nil {
		return err
	}
	return r.caseStep(recExtreme, func(c *caseState) bool { return c.extreme })
}

// caseStep journals the trainer's step t on the open case unless done
// says it was taken already.
func (r *Room) caseStep(t string, done func(*caseState) bool) error {
	a, pc, err := r.pacedRoom()
	if err != nil {
		return err
	}
	if pc.open < 0 {
		r.led.Unlock()
		return ErrNoCaseOpen
	}
	q := pc.open
	if done(&pc.cases[q]) {
		return r.led.Unchanged()
	}
	rec := &record{T: t, At: r.now(), Step: &q}
	if t == recExtreme {
		rec.Assign = pc.balance(r, rand.New(rand.NewPCG(randSeed(), uint64(q))))
	}
	return r.led.Commit(rec, func() { pc.apply(r, a, rec) })
}

// balance assigns the three types in turn over the round's participants
// in a shuffled order: thirds that differ by one at most.
func (pc *pacing) balance(r *Room, rng *rand.Rand) [][2]int {
	var ids []int
	for _, p := range r.parts {
		if p.round == r.round && !p.left {
			ids = append(ids, int(p.id))
		}
	}
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	first := rng.IntN(profile.Count)
	out := make([][2]int, len(ids))
	for i, id := range ids {
		out[i] = [2]int{id, (first + i) % profile.Count}
	}
	return out
}

// Propose keeps participant id's proposal for the open case's extreme
// round: what their assigned type does, at its extreme. text is cleaned
// (safetext.Line: no control characters or bidi marks) and must have 1 to
// MaxProposal characters; a new proposal replaces their earlier one of
// this case, under the same number (the journal keeps both). Errors:
// ErrEmptyProposal, ErrLongProposal, ErrNoExtreme, ErrNoCaseOpen,
// ErrEnded, ErrUnknownParticipant, ErrOtherActivity, ErrJournal,
// ErrClosed.
func (r *Room) Propose(id ParticipantID, text string) error {
	text = CleanProposal(text)
	if text == "" {
		return ErrEmptyProposal
	}
	if n := utf8.RuneCountInString(text); n > MaxProposal {
		return ErrLongProposal.with(n, MaxProposal)
	}
	a, pc, err := r.pacedRoom()
	if errors.Is(err, ErrAlreadyEnded) {
		return ErrEnded
	}
	if err != nil {
		return err
	}
	p, err := r.get(id)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if pc.open < 0 {
		r.led.Unlock()
		return ErrNoCaseOpen
	}
	c := &pc.cases[pc.open]
	typ, ok := c.assign[id]
	if !c.extreme || !ok {
		r.led.Unlock()
		return ErrNoExtreme
	}
	if old := c.of(p); old != nil && old.text == text {
		return r.led.Unchanged()
	}
	q := pc.open
	rec := &record{T: recPropose, At: r.now(), P: int(id), Step: &q, Text: text, Type: typ.Key()}
	return r.led.Commit(rec, func() { pc.propose(r, a, p, rec) })
}

// CleanProposal is text as a proposal keeps it: one line without control
// characters or bidi marks, spaces trimmed.
func CleanProposal(text string) string { return strings.TrimSpace(safetext.Line(text)) }

// HideProposal hides (true) or shows again (false) proposal n of the open
// case (its number in the case, from 1, as Proposal.N) on the projector;
// the text stays in the journal. Errors: ErrNoSuchProposal, ErrNoCaseOpen,
// ErrAlreadyEnded, ErrOtherActivity, ErrJournal, ErrClosed.
func (r *Room) HideProposal(n int, hidden bool) error {
	a, pc, err := r.pacedRoom()
	if err != nil {
		return err
	}
	if pc.open < 0 {
		r.led.Unlock()
		return ErrNoCaseOpen
	}
	c := &pc.cases[pc.open]
	if n < 1 || n > len(c.proposals) {
		r.led.Unlock()
		return ErrNoSuchProposal.with(n)
	}
	pr := c.proposals[n-1]
	if pr.hidden == hidden {
		return r.led.Unchanged()
	}
	rec := &record{T: recHide, At: r.now(), Proposal: pr.id, Hidden: &hidden}
	return r.led.Commit(rec, func() { pc.apply(r, a, rec) })
}

// Countdown starts a countdown of d on the projector and every device (d
// ≤ 0 stops it). It is not journaled. Errors: ErrEnded,
// ErrOtherActivity, ErrClosed.
func (r *Room) Countdown(d time.Duration) error {
	_, pc, err := r.pacedRoom()
	if err != nil {
		return err
	}
	pc.deadline = time.Time{}
	if d > 0 {
		pc.deadline = r.now().Add(d)
	}
	pc.step++
	r.led.Touch()
	return nil
}

// End ends the workshop: no case opens any more, joining is locked (there
// is nothing left to join), and every participant with at least one
// answer finishes (Finish: their result file in the
// session folder, over the cases they answered). It returns how many
// finished now. Calling it again (after a Resume) finishes whoever was
// not yet. Errors: the first of the saves (the others are still tried),
// ErrOtherActivity, ErrJournal, ErrClosed.
func (r *Room) End() (int, error) {
	a, pc, err := r.pacedAny()
	if err != nil {
		return 0, err
	}
	if !pc.ended {
		rec := &record{T: recEnd, At: r.now()}
		if err := r.led.Commit(rec, func() { pc.apply(r, a, rec) }); err != nil {
			return 0, err
		}
		r.led.Lock()
	}
	locked := r.locked
	var todo []ParticipantID
	for _, p := range r.parts {
		if p.round == r.round && !p.done && p.st.given() > 0 {
			todo = append(todo, p.id)
		}
	}
	r.led.Unlock()
	var first error
	if !locked {
		first = r.Lock(true)
	}
	for _, id := range todo {
		if _, err := r.Finish(id); err != nil && first == nil {
			first = err
		}
	}
	return len(todo), first
}

// apply applies one of the trainer's records.
func (pc *pacing) apply(r *Room, a *quizActivity, rec *record) {
	pc.step++
	switch rec.T {
	case recOpen:
		q := *rec.Step
		if !slices.Contains(pc.opened, q) {
			pc.opened = append(pc.opened, q)
		}
		pc.open = q
		pc.deadline = time.Time{}
		r.roomEvent(Opened, rec.Q, 0, rec.At)
	case recReveal:
		pc.cases[*rec.Step].revealed = true
		r.events.Add(Event{Kind: Revealed, Scenario: scenarioID(a.bank.Questions[*rec.Step], *rec.Step),
			Counts: a.split(*rec.Step), Round: r.round, Time: rec.At})
	case recExtreme:
		c := &pc.cases[*rec.Step]
		c.extreme = true
		c.assign = map[ParticipantID]profile.Type{}
		var n profile.Points
		for _, pt := range rec.Assign {
			c.assign[ParticipantID(pt[0])] = profile.Type(pt[1])
			n[pt[1]]++
		}
		r.events.Add(Event{Kind: ExtremeStarted, Scenario: scenarioID(a.bank.Questions[*rec.Step], *rec.Step),
			Counts: n, Round: r.round, Time: rec.At})
	case recHide:
		pr := pc.find(rec.Proposal)
		pr.hidden = *rec.Hidden
		k := ProposalShown
		if pr.hidden {
			k = ProposalHidden
		}
		r.roomEvent(k, "", pr.n, rec.At)
	case recEnd:
		pc.ended = true
		pc.deadline = time.Time{}
		r.roomEvent(Ended, "", 0, rec.At)
	}
}

// propose applies a proposal record of p.
func (pc *pacing) propose(r *Room, a *quizActivity, p *participant, rec *record) {
	c := &pc.cases[*rec.Step]
	pr := c.of(p)
	if pr == nil {
		pr = &proposal{id: pc.nextID, n: len(c.proposals) + 1, p: p, typ: c.assign[p.id]}
		pc.nextID++
		c.proposals = append(c.proposals, pr)
	}
	pr.text = rec.Text
	r.events.Add(Event{Kind: Proposed, Participant: p.id, Name: p.name, Via: p.via, Proposal: pr.n, Text: pr.text, Type: pr.typ,
		Scenario: scenarioID(a.bank.Questions[*rec.Step], *rec.Step), Round: r.round, Time: rec.At})
}

// of is p's proposal in c, or nil.
func (c *caseState) of(p *participant) *proposal {
	for _, pr := range c.proposals {
		if pr.p == p {
			return pr
		}
	}
	return nil
}

// find is the proposal with journal id n of any case, or nil.
func (pc *pacing) find(n int) *proposal {
	for i := range pc.cases {
		for _, pr := range pc.cases[i].proposals {
			if pr.id == n {
				return pr
			}
		}
	}
	return nil
}

// joined keeps p for the extreme round's assignment and gives a
// latecomer in a running extreme round the type with the fewest
// participants (the first of those in profile.Types on a tie).
func (pc *pacing) joined(p *participant) {
	if pc.open < 0 {
		return
	}
	c := &pc.cases[pc.open]
	if !c.extreme {
		return
	}
	if _, ok := c.assign[p.id]; ok {
		return
	}
	var n [profile.Count]int
	for _, t := range c.assign {
		n[t]++
	}
	best := profile.Types[0]
	for _, t := range profile.Types {
		if n[t] < n[best] {
			best = t
		}
	}
	c.assign[p.id] = best
}

// canAnswer says why an answer to case q is refused now, or nil.
func (pc *pacing) canAnswer(q int) error {
	switch {
	case pc.ended:
		return ErrEnded
	case q != pc.open:
		return ErrNotOpen
	case pc.cases[q].revealed:
		return ErrRevealed
	}
	return nil
}

// replay applies a paced record from the journal (p is nil for the
// trainer's), with the checks the live call made.
func (pc *pacing) replay(r *Room, a *quizActivity, p *participant, rec *record) (*i18n.Text, []any) {
	bad := func() (*i18n.Text, []any) { return &txtBadRecord, []any{rec.T} }
	step := func() bool { return rec.Step != nil && *rec.Step >= 0 && *rec.Step < len(pc.cases) }
	switch rec.T {
	case recOpen:
		if !step() {
			return bad()
		}
		rec.Q = scenarioID(a.bank.Questions[*rec.Step], *rec.Step)
	case recReveal, recExtreme:
		if !step() {
			return bad()
		}
		for _, pt := range rec.Assign {
			if pt[1] < 0 || pt[1] >= profile.Count {
				return bad()
			}
		}
	case recHide:
		if rec.Hidden == nil || pc.find(rec.Proposal) == nil {
			return bad()
		}
	case recEnd:
	case recPropose:
		rec.Text = CleanProposal(rec.Text) // the journal is a file: untrusted
		if p == nil || !step() || rec.Text == "" || utf8.RuneCountInString(rec.Text) > MaxProposal {
			return bad()
		}
		if _, ok := pc.cases[*rec.Step].assign[p.id]; !ok {
			return bad()
		}
		pc.propose(r, a, p, rec)
		return nil, nil
	default:
		return bad()
	}
	pc.apply(r, a, rec)
	return nil, nil
}

// PacedSnapshot is the paced workshop's part of a Snapshot.
type PacedSnapshot struct {
	// Case is the open case's index in the bank (Quiz.Scenarios[Case] has
	// its tallies); -1 before the first. Opened lists the cases opened so
	// far, in the order first opened.
	Case   int
	Opened []int
	// Answered counts the participants of the round who chose an option
	// of the open case; Split adds up the ideal types of their options
	// (the reveal's bars).
	Answered int
	Split    profile.Points
	// Revealed: the split is shown; Extreme: its extreme round runs;
	// Ended: the trainer ended the workshop.
	Revealed, Extreme, Ended bool
	// Assigned counts the participants per type in the extreme round.
	Assigned profile.Points
	// Proposals of the open case in the order they first came, hidden
	// ones included (Hidden set; never show their text).
	Proposals []Proposal
	// Deadline is the countdown's end; zero for none.
	Deadline time.Time
}

// Proposal is one proposal as the projector lists it.
type Proposal struct {
	// N is its number in the case, from 1, in the order proposals first
	// came: hide N (HideProposal) names it.
	N           int
	Participant ParticipantID
	// Name is the author's cleaned name, "" for anonymous; use Label.
	Name string
	Type profile.Type
	// Text is cleaned (CleanProposal) but not escaped: escape it on pages.
	Text   string
	Hidden bool
}

// Label is the author's name or "deelnemer N", as ParticipantView.Label.
func (p Proposal) Label(l i18n.Lang, anonymous bool) string {
	return ParticipantView{ID: p.Participant, Name: p.Name}.Label(l, anonymous)
}

func (pc *pacing) snapshot(qs *QuizSnapshot, parts []*participant) *PacedSnapshot {
	s := &PacedSnapshot{Case: pc.open, Opened: append([]int(nil), pc.opened...), Ended: pc.ended, Deadline: pc.deadline}
	if pc.open < 0 {
		return s
	}
	c := &pc.cases[pc.open]
	sv := qs.Scenarios[pc.open]
	s.Answered, s.Split = sv.Answered, sv.Points
	s.Revealed, s.Extreme = c.revealed, c.extreme
	for _, t := range c.assign {
		s.Assigned[t]++
	}
	s.Proposals = make([]Proposal, len(c.proposals))
	for i, pr := range c.proposals {
		s.Proposals[i] = Proposal{N: pr.n, Participant: pr.p.id, Name: pr.p.name, Type: pr.typ, Text: pr.text, Hidden: pr.hidden}
	}
	return s
}

// Stage is where one participant is in the paced workshop: what their
// device shows.
type Stage struct {
	// Case is the open case's bank index; -1 before the first (the
	// device waits for the trainer). Ended: the trainer ended the
	// workshop (the device shows the participant's mix).
	Case  int
	Ended bool
	// Shown is the open case's options in this participant's order
	// (file indices); Chosen is the position in Shown they chose, -1 for
	// none.
	Shown  []int
	Chosen int
	// Revealed: the split is shown (Split, as in PacedSnapshot), and the
	// choice is final.
	Revealed bool
	Split    profile.Points
	// Extreme: the case's extreme round runs; Assigned says whether this
	// participant has a type in it (Type) and Proposal is their proposal
	// so far ("" for none).
	Extreme  bool
	Assigned bool
	Type     profile.Type
	Proposal string
	// Deadline is the countdown's end; zero for none.
	Deadline time.Time
	// Answered counts their answered cases and Mix is their mix over
	// them; Done says their result is final (saved or being saved).
	Answered int
	Mix      profile.Mix
	Done     bool
	// Version is the room's change count when the stage was read (it
	// grows with every answer of anyone); Step counts the trainer's
	// steps only. A device with 1,000 others in the room redraws when
	// Step grows or after its own action, not at every Version.
	Version, Step uint64
}

// Stage returns where participant id is in the paced workshop. Errors:
// ErrOtherActivity, ErrUnknownParticipant, ErrClosed.
func (r *Room) Stage(id ParticipantID) (Stage, error) {
	r.led.Lock()
	defer r.led.Unlock()
	a, ok := r.act.(*quizActivity)
	if !ok || a.pace == nil {
		return Stage{}, ErrOtherActivity
	}
	p, err := r.get(id)
	if err != nil {
		return Stage{}, err
	}
	pc, w := a.pace, p.st.(*walkState)
	st := Stage{Case: pc.open, Ended: pc.ended, Chosen: -1, Deadline: pc.deadline,
		Answered: w.answered, Mix: w.mix(), Done: p.done, Version: r.led.Version(), Step: pc.step}
	if pc.open < 0 {
		return st, nil
	}
	q := pc.open
	st.Shown = append([]int(nil), w.order[q]...)
	for i, o := range w.order[q] {
		if o == w.answers[q] {
			st.Chosen = i
		}
	}
	c := &pc.cases[q]
	st.Revealed, st.Extreme = c.revealed, c.extreme
	if c.revealed {
		st.Split = a.split(q)
	}
	st.Type, st.Assigned = c.assign[id]
	if pr := c.of(p); pr != nil {
		st.Proposal = pr.text
	}
	return st, nil
}

// split adds up the ideal types of the options chosen in case q.
func (a *quizActivity) split(q int) profile.Points {
	var s profile.Points
	for o, n := range a.tally[q] {
		for _, t := range profile.Types {
			s[t] += n * a.bank.Questions[q].Options[o].Points[t]
		}
	}
	return s
}

// roomEvent adds an event of the trainer's (no participant).
func (r *Room) roomEvent(k EventKind, step string, proposal int, at time.Time) {
	r.events.Add(Event{Kind: k, Scenario: step, Proposal: proposal, Round: r.round, Time: at})
}

var txtPacedNotDone = i18n.Text{
	NL: "nog geen casus beantwoord; beantwoord eerst minstens %d casus",
	EN: "no scenario answered yet; answer at least %d scenario first"}
