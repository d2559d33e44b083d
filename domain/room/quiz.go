package room

import (
	"strconv"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// quizActivity is the quiz walk through a question set: a participant
// chooses one option per scenario, in a shuffled order of their own
// (unless fixed), and the projector shows per-scenario tallies and the
// group's mix. It runs any number of rounds. With pace set it is the
// paced workshop (Paced, paced.go): the same set, walk, tallies, result
// file and snapshot, but the trainer opens the cases one at a time.
type quizActivity struct {
	bank      *quiz.Bank
	scenarios map[string]int // scenario ID → index in the bank
	shuffle   bool
	tally     [][]int // [scenario][option in file order]: answers this round
	pace      *pacing // the paced workshop's state; nil for the quiz
}

// Quiz is the quiz walk through bank as a room's activity; noShuffle
// keeps the options in file order for everybody. The value belongs to one
// room.
func Quiz(bank *quiz.Bank, noShuffle bool) Activity {
	a := &quizActivity{bank: bank, shuffle: !noShuffle, scenarios: map[string]int{}}
	if bank == nil {
		bank = &quiz.Bank{}
		a.bank = bank
	}
	for i, q := range bank.Questions {
		a.scenarios[scenarioID(q, i)] = i
	}
	a.newRound()
	return a
}

// scenarioID is a question's ID, or its 1-based number when the file gives
// none (as in a result file).
func scenarioID(q quiz.Question, i int) string {
	if q.ID != "" {
		return q.ID
	}
	return strconv.Itoa(i + 1)
}

func (a *quizActivity) format() string {
	if a.pace != nil {
		return PacedJournalFormat
	}
	return JournalFormat
}
func (a *quizActivity) title() string { return a.bank.Title }
func (a *quizActivity) hash() string  { return a.bank.Hash }
func (a *quizActivity) steps() int    { return len(a.bank.Questions) }
func (a *quizActivity) rounds() bool  { return a.pace == nil }

func (a *quizActivity) toFinish(st state) int {
	if a.pace != nil {
		return max(0, 1-st.given()) // the workshop: one answer makes a mix
	}
	return a.steps() - st.given()
}

func (a *quizActivity) joined(p *participant) {
	if a.pace != nil {
		a.pace.joined(p)
	}
}

func (a *quizActivity) header(h *record) {
	h.SetHash, h.SetTitle, h.Questions, h.FixedOrder = a.bank.Hash, a.bank.Title, len(a.bank.Questions), !a.shuffle
}

func (a *quizActivity) sameSet(h *record) bool { return h.SetHash == a.bank.Hash }

func (a *quizActivity) fixedOrder(fixed bool) { a.shuffle = !fixed }

func (a *quizActivity) newRound() {
	a.tally = make([][]int, len(a.bank.Questions))
	for i, q := range a.bank.Questions {
		a.tally[i] = make([]int, len(q.Options))
	}
}

// roundSeed derives a participant's seed for round n, so a new round shows
// a new order without journaling a seed per participant per round.
func roundSeed(seed uint64, n int) uint64 {
	return seed + uint64(n-1)*0x9e3779b97f4a7c15
}

func (a *quizActivity) fresh(seed uint64, n int) state {
	w := quiz.NewWalk(a.bank, quiz.Ordering{Shuffle: a.shuffle, Seed: roundSeed(seed, n)})
	return &walkState{order: w.Order(), answers: w.Answers()}
}

// walkState is a participant's walk: the options' order per scenario,
// the answers (file index or quiz.Unanswered), where they are, how many
// they answered and what those score.
type walkState struct {
	order    [][]int
	answers  []int
	current  int
	answered int
	points   profile.Points
}

func (w *walkState) given() int { return w.answered }
func (w *walkState) place() int { return w.current }
func (w *walkState) back()      { w.current-- }
func (w *walkState) end()       { w.current = len(w.answers) }

// firstOpen is the index of the first scenario without an answer.
func (w *walkState) firstOpen() int {
	for i, a := range w.answers {
		if a == quiz.Unanswered {
			return i
		}
	}
	return len(w.answers)
}

func (w *walkState) repair() []int {
	var gaps []int
	open := w.firstOpen()
	for q := open; q < len(w.answers); q++ {
		if w.answers[q] != quiz.Unanswered {
			for g := open; g < q; g++ {
				if w.answers[g] == quiz.Unanswered {
					gaps = append(gaps, g+1)
				}
			}
			open = q + 1
		}
	}
	if first := w.firstOpen(); first < w.current {
		w.current = first
	}
	return gaps
}

// walk builds a quiz.Walk of w at its place.
func (a *quizActivity) walk(w *walkState) *quiz.Walk {
	qw, err := quiz.RestoreWalk(a.bank, w.order, w.answers)
	if err != nil { // cannot happen: the room only stores what fits
		panic("room: stored walk does not fit the bank: " + err.Error())
	}
	for qw.Index() > w.current && qw.Back() {
	}
	return qw
}

// Bank is the quiz's question set; nil when the room runs another
// activity.
func (r *Room) Bank() *quiz.Bank {
	if a, ok := r.act.(*quizActivity); ok {
		return a.bank
	}
	return nil
}

// Walk returns a copy of participant id's quiz walk at their place, for a
// screen to show: changing it changes nothing in the room. A finished
// participant's walk is Done. Errors: ErrOtherActivity,
// ErrUnknownParticipant, ErrClosed.
func (r *Room) Walk(id ParticipantID) (*quiz.Walk, error) {
	return peek(r, id, func(a *quizActivity, p *participant) *quiz.Walk { return a.walk(p.st.(*walkState)) })
}

// Answer records participant id's choice for a scenario: shown is the
// option's position as shown to them (0-based, as quiz.Walk.Answer takes
// it). A scenario may be answered again (going back and changing one's
// mind) but not before the ones before it; the same answer twice counts
// once. When the participant was at that scenario, they move on to the
// next, as in the quiz. The answer is in the journal and on disk when
// Answer returns nil. Errors: ErrOtherActivity, ErrUnknownParticipant,
// ErrUnknownScenario, ErrNoSuchOption, ErrNotReached, ErrFinished,
// ErrJournal, ErrClosed.
func (r *Room) Answer(id ParticipantID, scenario string, shown int) error {
	r.led.Lock()
	a, p, err := holding[*quizActivity](r, id)
	if err != nil {
		return err
	}
	w := p.st.(*walkState)
	q, chosen, err := a.check(p, w, scenario, shown)
	if err != nil {
		r.led.Unlock()
		return err
	}
	if w.answers[q] == chosen && w.current != q {
		return r.led.Unchanged() // a repeat: nothing changes
	}
	rec := &record{T: recAnswer, At: r.now(), P: int(id), Q: scenario, Chosen: &chosen}
	return r.led.Commit(rec, func() { a.answer(r, p, q, chosen, rec.At) })
}

// check validates an answer and returns the scenario's index and the
// chosen option's file index.
func (a *quizActivity) check(p *participant, w *walkState, scenario string, shown int) (q, chosen int, err error) {
	if p.done {
		if a.pace != nil && a.pace.ended {
			return 0, 0, ErrEnded
		}
		return 0, 0, ErrFinished
	}
	q, ok := a.scenarios[scenario]
	if !ok {
		return 0, 0, ErrUnknownScenario.with(scenario)
	}
	if a.pace != nil {
		if err := a.pace.canAnswer(q); err != nil {
			return 0, 0, err
		}
	} else if open := w.firstOpen(); q > open {
		return 0, 0, ErrNotReached.with(open + 1)
	}
	if shown < 0 || shown >= len(w.order[q]) {
		return 0, 0, ErrNoSuchOption.with(len(w.order[q]))
	}
	return q, w.order[q][shown], nil
}

// answer sets p's answer to scenario q (file index chosen).
func (a *quizActivity) answer(r *Room, p *participant, q, chosen int, at time.Time) {
	w := p.st.(*walkState)
	if w.current == q {
		w.current = q + 1
	}
	old := w.answers[q]
	if old == chosen {
		return // the same answer again: it only moved them on
	}
	opts := a.bank.Questions[q].Options
	if old != quiz.Unanswered {
		a.tally[q][old]--
		w.points = w.points.Add(negate(opts[old].Points))
	} else {
		w.answered++
	}
	w.answers[q] = chosen
	a.tally[q][chosen]++
	w.points = w.points.Add(opts[chosen].Points)
	r.event(Answered, p, scenarioID(a.bank.Questions[q], q), at)
}

func negate(p profile.Points) profile.Points {
	for i := range p {
		p[i] = -p[i]
	}
	return p
}

var txtNoOption = i18n.Text{NL: "geen optie", EN: "no option"}

func (a *quizActivity) owns(t string) bool {
	return t == recAnswer || a.pace != nil && (t == recPropose || roomRecord(t))
}

func (a *quizActivity) replay(r *Room, p *participant, rec *record) (*i18n.Text, []any) {
	if rec.T != recAnswer {
		return a.pace.replay(r, a, p, rec)
	}
	if rec.Chosen == nil {
		return &txtBadAnswer, []any{phrase{txtNoOption, nil}}
	}
	q, ok := a.scenarios[rec.Q]
	switch {
	case !ok:
		return &txtBadAnswer, []any{ErrUnknownScenario.with(rec.Q)}
	case p.done:
		return &txtBadAnswer, []any{ErrFinished}
	// No check of the order: the live call made it, and an answer
	// after a skipped one is kept (Resume reports the gap).
	case *rec.Chosen < 0 || *rec.Chosen >= len(a.bank.Questions[q].Options):
		return &txtBadAnswer, []any{ErrNoSuchOption.with(len(a.bank.Questions[q].Options))}
	}
	a.answer(r, p, q, *rec.Chosen, rec.At)
	return nil, nil
}

func (a *quizActivity) result(p *participant, at time.Time) results.Result {
	w := p.st.(*walkState)
	return results.NewResult(a.walk(w), p.name, at.Local())
}

func (a *quizActivity) isSaved(path string, res results.Result) bool {
	got, err := results.LoadFile(path)
	if err != nil || !got.TakenAt.Equal(res.TakenAt) || got.Name != res.Name || got.Set.Hash != res.Set.Hash || len(got.Answers) != len(res.Answers) {
		return false
	}
	for i := range got.Answers {
		x, y := got.Answers[i], res.Answers[i]
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

// QuizSnapshot is the quiz's part of a Snapshot.
type QuizSnapshot struct {
	// Scenarios in bank order, with this round's answers.
	Scenarios []ScenarioView
	// Group is the team's picture (average mix, spread, blind spots) of
	// everybody who finished this round: what `team` will show of the
	// saved results.
	Group team.Summary
	// Live is the same over everybody with at least one answer, mixes
	// still growing: for watching the picture form.
	Live team.Summary
}

// ScenarioView is one scenario's answers in the current round.
type ScenarioView struct {
	// ID is the scenario's ID (its number when the file gives none).
	ID string
	// Answered is how many participants answered it.
	Answered int
	// Options counts the answers per option, in file order (not the order
	// anyone saw them in).
	Options []int
	// Points adds up what the chosen options score, and Mix is how the
	// room's choices fall over the three types.
	Points profile.Points
	Mix    profile.Mix
}

// mix is a participant's mix so far, for ParticipantView.Mix.
func (w *walkState) mix() profile.Mix { return profile.Of(w.points, w.answered) }

func (a *quizActivity) snapshot(s *Snapshot, parts []*participant) {
	qs := &QuizSnapshot{}
	finished := make([]profile.Mix, 0, len(parts))
	live := make([]profile.Mix, 0, len(parts))
	for i, p := range parts {
		m := s.Participants[i].Mix // computed once, in view
		if p.done {
			finished = append(finished, m)
		}
		if p.st.given() > 0 {
			live = append(live, m)
		}
	}
	qs.Scenarios = make([]ScenarioView, len(a.bank.Questions))
	for i, q := range a.bank.Questions {
		sv := ScenarioView{ID: scenarioID(q, i), Options: append([]int(nil), a.tally[i]...)}
		for o, n := range a.tally[i] {
			sv.Answered += n
			for _, t := range profile.Types {
				sv.Points[t] += n * q.Options[o].Points[t]
			}
		}
		sv.Mix = profile.New(sv.Points)
		qs.Scenarios[i] = sv
	}
	qs.Group = team.Summarize(finished)
	qs.Live = team.Summarize(live)
	s.Quiz = qs
	if a.pace != nil {
		s.Paced = a.pace.snapshot(qs, parts)
	}
}

var (
	txtQuizNotDone = i18n.Text{
		NL: "nog %d casussen zonder antwoord; beantwoord ze eerst",
		EN: "%d scenarios still without an answer; answer them first"}
	txtQuizOtherSet = i18n.Text{
		NL: "de sessie in %s hoort bij een andere vragenset (%s, kenmerk %s) dan deze (%s, kenmerk %s); start met dezelfde vragenset, of kies een andere map",
		EN: "the session in %s belongs to another question set (%s, hash %s) than this one (%s, hash %s); start with the same question set, or choose another folder"}
	txtQuizGap = i18n.Text{
		NL: "%s mist het antwoord op casus %d (het stond op een overgeslagen regel) en begint daar weer; de latere antwoorden zijn bewaard",
		EN: "%s lacks the answer to scenario %d (it was on a skipped line) and starts there again; the later answers are kept"}
)

func (a *quizActivity) words() activityWords {
	if a.pace != nil {
		return activityWords{notDone: txtPacedNotDone, otherSet: txtQuizOtherSet, gap: txtQuizGap}
	}
	return activityWords{notDone: txtQuizNotDone, otherSet: txtQuizOtherSet, gap: txtQuizGap}
}
