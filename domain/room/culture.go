package room

import (
	"strings"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// The pass names in an Answered event's Scenario ("now/<dimension ID>",
// "desired/<dimension ID>") and in the culture journal.
const (
	PassNow     = "now"
	PassDesired = "desired"
)

// cultureActivity is the culture survey (package culture): per dimension
// 10 points over three descriptions, first for the culture now, then for
// the desired one. It runs one round.
type cultureActivity struct {
	set *culture.Set
}

// Culture is the culture survey of set as a room's activity.
func Culture(set *culture.Set) Activity {
	if set == nil {
		set = &culture.Set{}
	}
	return &cultureActivity{set: set}
}

func (a *cultureActivity) format() string        { return CultureJournalFormat }
func (a *cultureActivity) title() string         { return a.set.Title }
func (a *cultureActivity) hash() string          { return a.set.Hash }
func (a *cultureActivity) steps() int            { return culture.Passes * len(a.set.Dimensions) }
func (a *cultureActivity) rounds() bool          { return false }
func (a *cultureActivity) fixedOrder(bool)       {}
func (a *cultureActivity) newRound()             {}
func (a *cultureActivity) joined(*participant)   {}
func (a *cultureActivity) toFinish(st state) int { return a.steps() - st.given() }
func (a *cultureActivity) header(h *record) {
	h.SetHash, h.SetTitle, h.Dimensions = a.set.Hash, a.set.Title, len(a.set.Dimensions)
}

func (a *cultureActivity) sameSet(h *record) bool {
	return h.SetHash == a.set.Hash && h.Dimensions == len(a.set.Dimensions)
}

func (a *cultureActivity) fresh(uint64, int) state {
	return &surveyState{alloc: make([]culture.Allocation, a.steps())}
}

// surveyState is a participant's survey: the allocation per step; reached
// counts the steps given at least once (a prefix: steps are given in
// order), step is where the participant is (reached at most; all steps
// when all are given).
type surveyState struct {
	alloc   []culture.Allocation
	reached int
	step    int
}

func (s *surveyState) given() int { return s.reached }
func (s *surveyState) place() int { return s.step }
func (s *surveyState) back()      { s.step-- }
func (s *surveyState) end()       { s.step = len(s.alloc) }

func (s *surveyState) repair() []int {
	for st := s.reached; st < len(s.alloc); st++ {
		if s.alloc[st].Check() == nil {
			s.step = s.reached
			return []int{s.reached + 1}
		}
	}
	return nil
}

// stepName is step's "pass/dimension-id", as in Answered events.
func (a *cultureActivity) stepName(step int) string {
	n := len(a.set.Dimensions)
	pass := PassNow
	if step >= n {
		pass = PassDesired
	}
	return pass + "/" + a.set.Dimensions[step%n].ID
}

// survey builds a culture.Survey of s at its place.
func (a *cultureActivity) survey(s *surveyState) *culture.Survey {
	sv := culture.NewSurvey(a.set)
	for _, al := range s.alloc[:s.reached] {
		if err := sv.Give(al); err != nil { // cannot happen: only checked allocations are kept
			panic("room: stored allocation does not check: " + err.Error())
		}
	}
	for sv.Step() > s.step && sv.Back() {
	}
	return sv
}

// points sums s's allocations of one pass.
func (a *cultureActivity) points(s *surveyState, pass culture.Pass) profile.Points {
	n := len(a.set.Dimensions)
	var sum profile.Points
	for i := int(pass) * n; i < (int(pass)+1)*n && i < s.reached; i++ {
		sum = sum.Add(profile.Points(s.alloc[i]))
	}
	return sum
}

// Set is the culture survey's set; nil when the room runs another
// activity.
func (r *Room) Set() *culture.Set {
	if a, ok := r.act.(*cultureActivity); ok {
		return a.set
	}
	return nil
}

// Survey returns a copy of participant id's survey at their place, for a
// screen to show: changing it changes nothing in the room. A finished
// participant's survey is Done. Errors: ErrOtherActivity,
// ErrUnknownParticipant, ErrClosed.
func (r *Room) Survey(id ParticipantID) (*culture.Survey, error) {
	return peek(r, id, func(a *cultureActivity, p *participant) *culture.Survey { return a.survey(p.st.(*surveyState)) })
}

// Give records participant id's allocation for their survey's current step
// (pass and dimension) and moves them on, as culture.Survey.Give does. The
// allocation must pass culture.Allocation.Check (the *culture.AllocationError
// is returned as it is). When every step is given already, Give does
// nothing, as the survey does. The allocation is in the journal and on
// disk when Give returns nil. Errors: ErrOtherActivity,
// ErrUnknownParticipant, ErrFinished, *culture.AllocationError,
// ErrJournal, ErrClosed.
func (r *Room) Give(id ParticipantID, a culture.Allocation) error {
	return r.give(id, -1, a)
}

// GiveAt is Give for a named step (0-based, as culture.Survey.Step), for
// transports that may send an allocation twice (a form posted again, a
// retry): an allocation equal to the one already given at an earlier step
// is a repeat and changes nothing; any other step than the current one is
// refused with an error of kind KindNotReached.
func (r *Room) GiveAt(id ParticipantID, step int, a culture.Allocation) error {
	if step < 0 {
		return errNotCurrent(step, 0)
	}
	return r.give(id, step, a)
}

func (r *Room) give(id ParticipantID, step int, al culture.Allocation) error {
	r.led.Lock()
	a, p, err := holding[*cultureActivity](r, id)
	if err != nil {
		return err
	}
	if p.done {
		r.led.Unlock()
		return ErrFinished
	}
	s := p.st.(*surveyState)
	if step >= 0 && step != s.step {
		if step < s.step && s.alloc[step] == al {
			return r.led.Unchanged() // a repeat
		}
		r.led.Unlock()
		return errNotCurrent(step, s.step)
	}
	if err := al.Check(); err != nil {
		r.led.Unlock()
		return err
	}
	if s.step >= len(s.alloc) {
		return r.led.Unchanged() // all given: nothing to do, as culture.Survey
	}
	at, pts := s.step, [3]int(al)
	pass, dim, _ := strings.Cut(a.stepName(at), "/")
	rec := &record{T: recGive, At: r.now(), P: int(id), Step: &at, Pass: pass, Dim: dim, Points: &pts}
	return r.led.Commit(rec, func() { a.give(r, p, at, al, rec.At) })
}

// give sets p's allocation at step (p's current one) and moves on.
func (a *cultureActivity) give(r *Room, p *participant, step int, al culture.Allocation, at time.Time) {
	s := p.st.(*surveyState)
	changed := step >= s.reached || s.alloc[step] != al
	s.alloc[step] = al
	if step == s.reached {
		s.reached++
	}
	s.step = step + 1
	if changed {
		r.event(Answered, p, a.stepName(step), at)
	}
}

var txtBadGive = i18n.Text{NL: "verdeling past niet", EN: "allocation does not fit"}

func (a *cultureActivity) owns(t string) bool { return t == recGive }

func (a *cultureActivity) replay(r *Room, p *participant, rec *record) (*i18n.Text, []any) {
	s := p.st.(*surveyState)
	if rec.Step == nil || rec.Points == nil || p.done || *rec.Step < s.step || *rec.Step >= len(s.alloc) {
		return &txtBadAnswer, []any{phrase{txtBadGive, nil}}
	}
	al := culture.Allocation(*rec.Points)
	if err := al.Check(); err != nil {
		return &txtBadAnswer, []any{err.Error()}
	}
	if *rec.Step > s.step {
		// A later step than the current one: the give between was on a
		// skipped line. Keep this one; the participant goes back to the
		// gap after the replay (Replay.Gaps).
		s.alloc[*rec.Step] = al
		return nil, nil
	}
	a.give(r, p, *rec.Step, al, rec.At)
	return nil, nil
}

func (a *cultureActivity) result(p *participant, at time.Time) results.Result {
	return results.NewCultureResult(a.survey(p.st.(*surveyState)), p.name, at.Local())
}

func (a *cultureActivity) isSaved(path string, res results.Result) bool {
	got, err := results.LoadCulture(path)
	if err != nil || !got.TakenAt.Equal(res.TakenAt) || got.Name != res.Name || got.Set.Hash != res.Set.Hash ||
		got.Culture == nil || res.Culture == nil || len(got.Culture.Dimensions) != len(res.Culture.Dimensions) {
		return false
	}
	for i, x := range got.Culture.Dimensions {
		if x != res.Culture.Dimensions[i] {
			return false
		}
	}
	return true
}

// CultureSnapshot is the culture survey's part of a Snapshot.
type CultureSnapshot struct {
	// Group is the group's culture (team.SummarizeCulture) of everybody
	// who finished: what `team DIR` will show of the saved results.
	Group team.CultureSummary
	// Live is the same over everybody with both passes complete so far,
	// finished or not (so it equals Group once all have finished).
	Live team.CultureSummary
}

func (a *cultureActivity) snapshot(s *Snapshot, parts []*participant) {
	var groupNow, groupDes, liveNow, liveDes []profile.Mix
	for _, p := range parts {
		st := p.st.(*surveyState)
		if st.reached < len(st.alloc) {
			continue
		}
		now, des := profile.New(a.points(st, culture.Now)), profile.New(a.points(st, culture.Desired))
		liveNow, liveDes = append(liveNow, now), append(liveDes, des)
		if p.done {
			groupNow, groupDes = append(groupNow, now), append(groupDes, des)
		}
	}
	s.Culture = &CultureSnapshot{Group: team.SummarizeCulture(groupNow, groupDes), Live: team.SummarizeCulture(liveNow, liveDes)}
}

var (
	txtCultureNotDone = i18n.Text{
		NL: "nog %d stappen zonder verdeling; verdeel eerst de punten daar",
		EN: "%d steps still without an allocation; share the points there first"}
	txtCultureOtherSet = i18n.Text{
		NL: "de sessie in %s hoort bij een andere cultuurset (%s, kenmerk %s) dan deze (%s, kenmerk %s); start met dezelfde cultuurset, of kies een andere map",
		EN: "the session in %s belongs to another culture set (%s, hash %s) than this one (%s, hash %s); start with the same culture set, or choose another folder"}
	txtCultureGap = i18n.Text{
		NL: "%s mist de punten van stap %d (ze stonden op een overgeslagen regel) en begint daar weer; de latere stappen zijn bewaard",
		EN: "%s lacks the points of step %d (they were on a skipped line) and starts there again; the later steps are kept"}
	txtNotCurrent = i18n.Text{
		NL: "stap %d is niet aan de beurt; je bent bij stap %d",
		EN: "step %d is not the current one; you are at step %d"}
)

func (a *cultureActivity) words() activityWords {
	return activityWords{notDone: txtCultureNotDone, otherSet: txtCultureOtherSet, gap: txtCultureGap}
}

// errNotCurrent: a GiveAt for a step that is not the participant's
// current one (1-based in the message).
func errNotCurrent(step, at int) error {
	return newError(KindNotReached, txtNotCurrent, step+1, at+1)
}
