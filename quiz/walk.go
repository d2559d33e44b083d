package quiz

import (
	"errors"
	"math/rand/v2"

	"ideale-ambtenaar/profile"
)

// Walk is one person's way through a bank: the order in which each
// question's options are shown, the answers given so far and where they
// are. Answers are kept as option indices in file order together with the
// order shown, so a saved walk can be replayed and audited.
type Walk struct {
	bank *Bank
	// order[q][i] is the file index of the option shown at position i.
	order [][]int
	// answers[q] is the file index of the chosen option, or -1.
	answers []int
	current int
}

// Unanswered marks a question that has no answer yet.
const Unanswered = -1

// Ordering says how options are ordered on screen.
type Ordering struct {
	// Shuffle mixes the options of every question, so no type always stands
	// first. When false, the file's order is kept.
	Shuffle bool
	// Seed makes the shuffle reproducible: the same seed and bank give the
	// same order.
	Seed uint64
}

// NewWalk starts a walk at the first question.
func NewWalk(b *Bank, o Ordering) *Walk {
	w := &Walk{
		bank:    b,
		order:   make([][]int, len(b.Questions)),
		answers: make([]int, len(b.Questions)),
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x1dea1e))
	for i, q := range b.Questions {
		idx := make([]int, len(q.Options))
		for j := range idx {
			idx[j] = j
		}
		if o.Shuffle {
			rng.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		}
		w.order[i] = idx
		w.answers[i] = Unanswered
	}
	return w
}

// ErrWalkMismatch is returned by RestoreWalk when the saved state does not
// fit the bank.
var ErrWalkMismatch = errors.New("saved answers do not fit this question set")

// RestoreWalk rebuilds a walk from a saved order and answers (file indices,
// Unanswered for none), positioned at the first unanswered question. It
// refuses state that does not fit the bank.
func RestoreWalk(b *Bank, order [][]int, answers []int) (*Walk, error) {
	if len(order) != len(b.Questions) || len(answers) != len(b.Questions) {
		return nil, ErrWalkMismatch
	}
	w := &Walk{bank: b, order: make([][]int, len(order)), answers: append([]int(nil), answers...)}
	for i, q := range b.Questions {
		n := len(q.Options)
		if len(order[i]) != n {
			return nil, ErrWalkMismatch
		}
		seen := make([]bool, n)
		for _, v := range order[i] {
			if v < 0 || v >= n || seen[v] {
				return nil, ErrWalkMismatch
			}
			seen[v] = true
		}
		if a := answers[i]; a != Unanswered && (a < 0 || a >= n) {
			return nil, ErrWalkMismatch
		}
		w.order[i] = append([]int(nil), order[i]...)
	}
	w.current = w.firstOpen()
	return w, nil
}

func (w *Walk) firstOpen() int {
	for i, a := range w.answers {
		if a == Unanswered {
			return i
		}
	}
	return len(w.answers)
}

// Bank returns the bank being walked.
func (w *Walk) Bank() *Bank { return w.bank }

// Len is the number of questions.
func (w *Walk) Len() int { return len(w.bank.Questions) }

// Index is the current question's index; it equals Len when all are done.
func (w *Walk) Index() int { return w.current }

// Done reports whether every question has been answered and the walk has
// moved past the last one.
func (w *Walk) Done() bool { return w.current >= w.Len() }

// Question returns the current question. It panics when Done.
func (w *Walk) Question() Question { return w.bank.Questions[w.current] }

// Shown returns the current question's options in the order shown.
func (w *Walk) Shown() []Option { return w.ShownFor(w.current) }

// ShownFor returns question q's options in the order shown.
func (w *Walk) ShownFor(q int) []Option {
	opts := w.bank.Questions[q].Options
	out := make([]Option, len(opts))
	for i, idx := range w.order[q] {
		out[i] = opts[idx]
	}
	return out
}

// Chosen returns the shown position of the current question's answer, or
// Unanswered. The screens use it to preselect an earlier answer after
// going back.
func (w *Walk) Chosen() int {
	if w.Done() {
		return Unanswered
	}
	a := w.answers[w.current]
	if a == Unanswered {
		return Unanswered
	}
	for pos, idx := range w.order[w.current] {
		if idx == a {
			return pos
		}
	}
	return Unanswered
}

// Answer records the option at shown position pos for the current question
// and moves on. It returns false (and changes nothing) for a position that
// does not exist or when the walk is done.
func (w *Walk) Answer(pos int) bool {
	if w.Done() || pos < 0 || pos >= len(w.order[w.current]) {
		return false
	}
	w.answers[w.current] = w.order[w.current][pos]
	w.current++
	return true
}

// Back moves to the previous question, keeping its answer so it can be
// shown as selected. It returns false at the first question.
func (w *Walk) Back() bool {
	if w.current == 0 {
		return false
	}
	w.current--
	return true
}

// Answered is the number of questions with an answer.
func (w *Walk) Answered() int {
	n := 0
	for _, a := range w.answers {
		if a != Unanswered {
			n++
		}
	}
	return n
}

// Order returns a copy of the shown order per question (file indices).
func (w *Walk) Order() [][]int {
	out := make([][]int, len(w.order))
	for i, o := range w.order {
		out[i] = append([]int(nil), o...)
	}
	return out
}

// Answers returns a copy of the answers per question (file indices, or
// Unanswered).
func (w *Walk) Answers() []int { return append([]int(nil), w.answers...) }

// Points adds up what the answers so far score.
func (w *Walk) Points() profile.Points {
	var p profile.Points
	for i, a := range w.answers {
		if a != Unanswered {
			p = p.Add(w.bank.Questions[i].Options[a].Points)
		}
	}
	return p
}

// Mix is the mix of the answers so far.
func (w *Walk) Mix() profile.Mix { return profile.Of(w.Points(), w.Answered()) }

// Clone returns an independent copy of the walk at the same position, for
// saving progress in the background while the user goes on answering.
func (w *Walk) Clone() *Walk {
	return &Walk{bank: w.bank, order: w.Order(), answers: w.Answers(), current: w.current}
}
