// Package plain is the quiz without a screen: questions as numbered text,
// one answer per line from standard input. It serves screen readers, pipes
// and terminals that cannot do more, and it scores through the same
// quiz.Walk and profile as the interactive quiz.
package textmode

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
)

// Config is what the command line decided for a plain run.
type Config struct {
	Bank     *quiz.Bank
	Lang     i18n.Lang
	Ordering quiz.Ordering
	// Theme styles the output; with Theme.Color false nothing is coloured.
	// The caller also strips escape codes when output is not a terminal.
	Theme theme.Theme
	// Width is the line width to wrap to; 0 means 72.
	Width int
	// Echo repeats each answer after the prompt, so that a transcript of
	// piped input reads like a conversation.
	Echo bool

	// Progress keeps the answers after each one, and the finished walk
	// until its result is saved, in the same store as the screen; when
	// progress exists the first prompt offers to continue. Nil keeps none.
	Progress *results.Store
	// ProgressErr is why there is no Progress store (results.DefaultStore
	// failed); Run says in one line that progress cannot be kept.
	ProgressErr error
	// SaveDir, when set, is where the result is saved at the end (--save);
	// Run checks it with results.CheckDir before the first question.
	SaveDir string
	// Name is the name saved with the result (--name). AskName asks for it
	// after the result instead (--save without --name); an empty line or
	// the end of input saves anonymously.
	Name    string
	AskName bool
	// Now is the clock for the saved result; nil means time.Now.
	Now func() time.Time
}

// InputEndedError means standard input ended before the last question.
// Kept says the answers so far were kept, so the next start can continue;
// Answered is how many there were.
type InputEndedError struct {
	Question, Total, Answered int
	Kept                      bool
}

func (e *InputEndedError) Error() string {
	return fmt.Sprintf("input ended at question %d of %d", e.Question, e.Total)
}

// StoppedError means the user typed q (stop, quit) before the result.
// Kept says the answers so far were kept; Answered is how many there were.
type StoppedError struct {
	Question, Total, Answered int
	Kept                      bool
}

func (e *StoppedError) Error() string {
	return fmt.Sprintf("stopped at question %d of %d", e.Question, e.Total)
}

// KeptProgressError means input that does not come from a person (a pipe,
// a file) did not answer the question whether to go on with kept progress:
// its first line was not enter, j/y or n. Asking again would take the
// next lines, meant as answers, one by one; so the run stops at once and
// says how to start the input. The kept progress stays.
type KeptProgressError struct {
	Answer string
}

func (e *KeptProgressError) Error() string { return e.Message(i18n.EN) }

// Message says in l how to begin piped input when progress is kept.
func (e *KeptProgressError) Message(l i18n.Lang) string { return txtKeptPiped.In(l) }

// SaveError means the result was shown but could not be saved in SaveDir.
// Err is the *results.Error; Kept says the result was kept as progress, so
// the next start (with a better --save) offers it back.
type SaveError struct {
	Err  error
	Kept bool
}

func (e *SaveError) Error() string { return e.Err.Error() }

// Unwrap returns the *results.Error.
func (e *SaveError) Unwrap() error { return e.Err }

var (
	txtPrompt     = i18n.Text{NL: "Jouw keuze (1-%d, t = terug, q = stoppen): ", EN: "Your choice (1-%d, b = back, q = quit): "}
	txtTooLong    = i18n.Text{NL: "Die regel is te lang (meer dan %d tekens); probeer het opnieuw.", EN: "That line is too long (over %d characters); try again."}
	txtBadInput   = i18n.Text{NL: "%q is geen keuze. Typ een nummer van 1 tot en met %d, t voor terug of q om te stoppen.", EN: "%q is not a choice. Type a number from 1 to %d, b for back or q to quit."}
	txtFirst      = i18n.Text{NL: "Dit is de eerste casus; terug kan niet.", EN: "This is the first scenario; there is no going back."}
	txtEarlier    = i18n.Text{NL: "Je koos eerder %d; een lege regel houdt die keuze.", EN: "You chose %d before; an empty line keeps that choice."}
	txtIntroCount = i18n.Text{NL: "%d casussen. Typ bij elke casus het nummer van je keuze en druk op enter.", EN: "%d scenarios. For each, type the number of your choice and press enter."}
	txtEnded      = i18n.Text{
		NL: "De invoer stopte bij casus %d van %d, dus er is geen uitslag. Geef voor elke casus een nummer, één per regel.",
		EN: "Input ended at scenario %d of %d, so there is no result. Give a number for every scenario, one per line."}
	txtStopped = i18n.Text{NL: "Gestopt bij casus %d van %d.", EN: "Stopped at scenario %d of %d."}
	txtKept    = i18n.Text{
		NL: "Je antwoorden zijn bewaard; start opnieuw om verder te gaan.",
		EN: "Your answers are kept; start again to continue."}
	txtNotKept = i18n.Text{
		NL: "Je antwoorden zijn niet bewaard.",
		EN: "Your answers were not kept."}
	txtResultKept = i18n.Text{
		NL: "Je uitslag blijft bewaard; start opnieuw (met een andere --save) om hem alsnog op te slaan.",
		EN: "Your result is kept; start again (with another --save) to save it after all."}
	txtResumeAsk = i18n.Text{
		NL: "Verdergaan? Enter of j = verder, n = opnieuw beginnen (je bewaarde antwoorden worden gewist): ",
		EN: "Continue? Enter or y = continue, n = start afresh (your kept answers are removed): "}
	txtResumeDoneAsk = i18n.Text{
		NL: "Tonen? Enter of j = tonen, n = weggooien en opnieuw beginnen: ",
		EN: "Show it? Enter or y = show, n = throw it away and start afresh: "}
	txtKeptPiped = i18n.Text{
		NL: "Er is bewaarde voortgang, en de invoer begint niet met een antwoord op de vraag of je verder wilt.\nBegin de invoer met een lege regel of j (verder waar je was) of met n (opnieuw beginnen); je voortgang blijft bewaard.",
		EN: "There is kept progress, and the input does not begin with an answer to whether to go on.\nBegin the input with an empty line or y (go on where you were) or with n (start afresh); your progress stays kept."}
	txtResumeBad = i18n.Text{NL: "Typ enter of j om verder te gaan, n om opnieuw te beginnen.", EN: "Type enter or y to continue, n to start afresh."}
	txtNameAsk   = i18n.Text{NL: "Je naam bij de uitslag (leeg = anoniem): ", EN: "Your name for the result (empty = anonymous): "}
	txtMix       = i18n.Text{NL: "Jouw mix", EN: "Your mix"}
	txtSample    = i18n.Text{NL: "Voorbeelduitslag", EN: "Sample result"}
)

// Message says in l where the input ended and whether the answers were
// kept.
func (e *InputEndedError) Message(l i18n.Lang) string {
	return txtEnded.F(l, e.Question, e.Total) + keptLine("\n", e.Kept, e.Answered, l)
}

// Message says in l where the quiz was stopped and whether the answers were
// kept.
func (e *StoppedError) Message(l i18n.Lang) string {
	return txtStopped.F(l, e.Question, e.Total) + keptLine(" ", e.Kept, e.Answered, l)
}

// Message says in l why the result was not saved and whether it was kept.
func (e *SaveError) Message(l i18n.Lang) string {
	msg := results.Message(e.Err, l)
	if e.Kept {
		msg += "\n" + txtResultKept.In(l)
	}
	return msg
}

// keptLine says, after sep, whether the answers were kept; nothing when
// there were none.
func keptLine(sep string, kept bool, answered int, l i18n.Lang) string {
	switch {
	case answered == 0:
		return ""
	case kept:
		return sep + txtKept.In(l)
	}
	return sep + txtNotKept.In(l)
}

// run is one text-mode quiz under way: the walk, the input and output, and
// whether progress is being kept.
type run struct {
	cfg   Config
	t     theme.Theme
	l     i18n.Lang
	width int
	lines *lineReader
	// readErr is the error that ended reading, other than the end of input.
	readErr error
	p       *printer
	w       *quiz.Walk
	// keepFailed is set once a progress write failed (and was reported);
	// nothing is promised as kept after that.
	keepFailed bool
}

// Run asks every question on out, reads answers from in and prints the
// result; with SaveDir it then saves the result. It keeps progress in
// cfg.Progress after every answer, offers kept progress back at the start
// (an empty line, j or y continues; n starts afresh), and keeps the
// finished walk until the result is saved (or, without SaveDir, printed).
// It returns the finished walk, or the walk so far and one of:
// *InputEndedError (input ran out), *StoppedError (q, stop, quit),
// *SaveError (the result could not be saved), a *results.Error from
// checking SaveDir before the first question, or a write error from out.
// Show errors with Message; each means exit status 1.
func Run(cfg Config, in io.Reader, out io.Writer) (*quiz.Walk, error) {
	r := &run{cfg: cfg, t: cfg.Theme, l: cfg.Lang, width: cfg.Width, p: &printer{out: out}}
	if r.width <= 0 {
		r.width = 72
	}
	r.lines = newLineReader(in, MaxAnswer)
	r.w = quiz.NewWalk(cfg.Bank, cfg.Ordering)
	if cfg.SaveDir != "" {
		if err := results.CheckDir(cfg.SaveDir); err != nil {
			return r.w, err
		}
	}
	t, l, p := r.t, r.l, r.p

	if cfg.Bank.Title != "" {
		p.line(t.Title.Render(cfg.Bank.Title))
	}
	if intro := strings.TrimSpace(cfg.Bank.Intro); intro != "" {
		p.line(layout.Wrap(t.Body, intro, r.width))
	}
	p.line(txtIntroCount.F(l, r.w.Len()))
	if cfg.Progress == nil && cfg.ProgressErr != nil {
		p.line(t.Muted.Render(results.Message(cfg.ProgressErr, l)))
		r.keepFailed = true
	}
	if err := r.offerResume(); err != nil {
		return r.w, err
	}
	if err := r.ask(); err != nil {
		return r.w, err
	}
	p.line("")
	PrintResult(out, r.w.Mix(), cfg.Bank.Types, l, t, r.width)
	if p.err != nil {
		return r.w, p.err
	}
	if cfg.SaveDir == "" {
		r.clear() // the result was delivered on the output
		return r.w, p.err
	}
	return r.w, r.save()
}

// offerResume offers kept progress back, if there is any.
func (r *run) offerResume() error {
	if r.cfg.Progress == nil {
		return nil
	}
	t, l, p := r.t, r.l, r.p
	kept, ok, err := r.cfg.Progress.LoadProgress(r.cfg.Bank)
	if err != nil {
		p.line(t.Muted.Render(results.Message(err, l)))
		return nil
	}
	if !ok {
		return nil
	}
	p.line("")
	ask := txtResumeAsk
	p.line(t.Heading.Render(words.Resume(kept, l)))
	if kept.Done() {
		ask = txtResumeDoneAsk
	}
	for {
		answer, ok := r.read(ask.In(l))
		if !ok {
			if r.readErr != nil {
				return r.readErr
			}
			return &InputEndedError{Question: kept.Index() + 1, Total: kept.Len(), Answered: kept.Answered(), Kept: true}
		}
		switch strings.ToLower(answer) {
		case "", "j", "ja", "y", "yes":
			r.w = kept
			return p.err
		case "n", "nee", "no":
			r.clear()
			return p.err
		}
		if isStop(answer) {
			return &StoppedError{Question: kept.Index() + 1, Total: kept.Len(), Answered: kept.Answered(), Kept: true}
		}
		if r.cfg.Echo { // not a person: the next lines are answers, not retries
			return &KeptProgressError{Answer: answer}
		}
		p.line(t.Error.Render(txtResumeBad.In(l)))
	}
}

// ask asks the open questions until the walk is done.
func (r *run) ask() error {
	t, l, p, w := r.t, r.l, r.p, r.w
	for !w.Done() {
		q := w.Question()
		opts := w.Shown()
		p.line("")
		head := words.CaseCounter.F(l, w.Index()+1, w.Len())
		if q.Context != "" {
			head += " · " + q.Context
		}
		p.line(t.Heading.Render(head))
		p.line(layout.Wrap(t.Body, strings.TrimSpace(q.Scenario), r.width))
		for i, o := range opts {
			num := fmt.Sprintf("%d. ", i+1)
			text := layout.Wrap(t.Option, strings.TrimSpace(o.Text), r.width-len(num))
			p.line(num + strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", len(num))))
		}
		earlier := w.Chosen()
		if earlier >= 0 {
			p.line(t.Muted.Render(txtEarlier.F(l, earlier+1)))
		}
		for {
			answer, ok := r.read(txtPrompt.F(l, len(opts)))
			if !ok {
				if err := r.readErr; err != nil {
					return err
				}
				return &InputEndedError{Question: w.Index() + 1, Total: w.Len(), Answered: w.Answered(), Kept: r.kept()}
			}
			if isStop(answer) {
				return &StoppedError{Question: w.Index() + 1, Total: w.Len(), Answered: w.Answered(), Kept: r.kept()}
			}
			if isBack(answer) {
				if !w.Back() {
					p.line(t.Muted.Render(txtFirst.In(l)))
					continue
				}
				r.keep()
				break
			}
			n, err := strconv.Atoi(answer)
			if answer == "" && earlier >= 0 {
				n, err = earlier+1, nil
			}
			if err != nil || n < 1 || n > len(opts) {
				p.line(t.Error.Render(txtBadInput.F(l, shortAnswer(answer), len(opts))))
				continue
			}
			w.Answer(n - 1)
			r.keep()
			break
		}
		if p.err != nil {
			return p.err
		}
	}
	return nil
}

// save asks the name if wanted and saves the result; on success the kept
// progress goes.
func (r *run) save() error {
	name := r.cfg.Name
	if r.cfg.AskName {
		r.p.line("")
		if answer, ok := r.read(txtNameAsk.In(r.l)); ok {
			name = answer
		} else {
			r.p.line("")
		}
	}
	now := time.Now
	if r.cfg.Now != nil {
		now = r.cfg.Now
	}
	path, err := results.Save(r.cfg.SaveDir, results.NewResult(r.w, name, now()))
	if err != nil {
		return &SaveError{Err: err, Kept: r.kept()}
	}
	r.p.line(words.SavedTo.F(r.l, path))
	r.clear()
	return r.p.err
}

// read writes prompt and reads one trimmed line, echoing it (cleaned: typed
// or piped input may hold control characters) when asked to; false at the
// end of input or on a read error (readErr). A line over MaxAnswer bytes is
// refused with a message and the prompt is asked again.
func (r *run) read(prompt string) (string, bool) {
	for {
		r.p.write(prompt)
		line, long, err := r.lines.next()
		if err != nil {
			r.p.line("")
			if err != io.EOF {
				r.readErr = err
			}
			return "", false
		}
		if long {
			if r.cfg.Echo {
				r.p.line("…")
			}
			r.p.line(r.t.Error.Render(txtTooLong.F(r.l, MaxAnswer)))
			continue
		}
		answer := strings.TrimSpace(line)
		if r.cfg.Echo {
			r.p.line(safetext.Line(answer))
		}
		return answer, true
	}
}

// keep saves the walk as progress; the first failure is reported in one
// line and the quiz carries on.
func (r *run) keep() {
	if r.cfg.Progress == nil {
		return
	}
	if err := r.cfg.Progress.SaveProgress(r.w); err != nil {
		if !r.keepFailed {
			r.p.line(r.t.Muted.Render(results.Message(err, r.l)))
		}
		r.keepFailed = true
		return
	}
	r.keepFailed = false
}

// kept reports whether the answers so far survive this run.
func (r *run) kept() bool {
	return r.cfg.Progress != nil && !r.keepFailed && r.w.Answered() > 0
}

// clear forgets kept progress; a failure is reported in one line.
func (r *run) clear() {
	if r.cfg.Progress == nil {
		return
	}
	if err := r.cfg.Progress.Clear(r.cfg.Bank); err != nil {
		r.p.line(r.t.Muted.Render(results.Message(err, r.l)))
	}
}

func isBack(s string) bool {
	switch strings.ToLower(s) {
	case "t", "terug", "b", "back", "<":
		return true
	}
	return false
}

func isStop(s string) bool {
	switch strings.ToLower(s) {
	case "q", "stop", "stoppen", "quit":
		return true
	}
	return false
}

// PrintResult writes the chart, the headline (words.HeadlineOf: what was
// chosen, how sure, the development pointer), the sentence on the
// chameleon colour (there is no swatch in text) and the three type
// profiles, the leading type first. The profiles are headings and "- "
// items without any box drawing, so that a screen reader reads them as
// short lines.
func PrintResult(out io.Writer, pr profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang, t theme.Theme, width int) {
	printResult(out, txtMix.In(l), pr, types, l, t, width)
}

// PrintSample is PrintResult for --demo: the same result, headed as a
// sample ("Voorbeelduitslag") as the screen heads it, so nobody takes it
// for their own.
func PrintSample(out io.Writer, pr profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang, t theme.Theme, width int) {
	printResult(out, txtSample.In(l), pr, types, l, t, width)
}

func printResult(out io.Writer, title string, pr profile.Mix, types [profile.Count]profile.TypeProfile, l i18n.Lang, t theme.Theme, width int) {
	p := &printer{out: out}
	p.line(t.Title.Render(title))
	p.line("")
	p.line(chart.Chart(pr, width, t, words.Names(types, l)))
	p.line("")
	h := words.HeadlineOf(pr, types, l)
	p.line(layout.Wrap(t.Body, h.Sentence(), width))
	if h.Precision != "" {
		p.line(layout.Wrap(t.Muted, h.Precision, width))
	}
	if h.Growth != "" {
		p.line("")
		p.line(layout.Wrap(t.Body, h.Growth, width))
	}
	p.line("")
	p.line(layout.Wrap(t.Body, words.RGBSentence(types, l), width))
	names := words.Names(types, l)
	for _, pt := range pr.Ranking {
		p.line("")
		head := names[pt] + ": " + words.OfMix(pr.Percent[pt], l)
		p.line(layout.Wrap(t.TypeStyle(pt), head, width))
		if e := strings.TrimSpace(types[pt].Essence); e != "" {
			p.line(layout.Wrap(t.Body, e, width))
		}
		for _, s := range words.Sections(types[pt], l) {
			p.line(t.Heading.Render(s.Heading + ":"))
			for _, item := range s.Items {
				text := layout.Wrap(t.Body, item, width-2)
				p.line("- " + strings.ReplaceAll(text, "\n", "\n  "))
			}
		}
	}
}

// printer writes lines and remembers the first write error, so a closed
// pipe ends the run instead of being ignored.
type printer struct {
	out io.Writer
	err error
}

func (p *printer) write(s string) {
	if p.err == nil {
		_, p.err = io.WriteString(p.out, s)
	}
}

func (p *printer) line(s string) { p.write(s + "\n") }

// lines writes each of ls as a line: a block wrapped and painted line by
// line (layout.WrapEach), with no trailing spaces.
func (p *printer) lines(ls []string) {
	for _, l := range ls {
		p.line(l)
	}
}

// MaxAnswer is the longest answer line read, in bytes. An answer is a
// number or "t"; a longer line (a paste gone wrong, a file piped in by
// mistake) is read to its end without being kept, and counts as a wrong
// answer. Memory stays bounded whatever the input.
const MaxAnswer = 1024

// lineReader reads lines of at most max bytes from a stream.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 4096), max: max}
}

// next returns the next line without its line ending. A line over max
// bytes is read to its end and dropped: long is true and line is empty.
// The last line counts even without a final newline; err is io.EOF only
// when nothing was left to read.
func (lr *lineReader) next() (line string, long bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !long {
			if len(lr.buf)+len(chunk) > lr.max+2 { // room for "\r\n"; checked again at the end
				long, lr.buf = true, lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == nil || (err == io.EOF && (long || len(lr.buf) > 0)):
			line := strings.TrimRight(string(lr.buf), "\r\n")
			if long || len(line) > lr.max {
				return "", true, nil
			}
			return line, false, nil
		default:
			return "", false, err
		}
	}
}

// shortAnswer cuts an answer for quoting in a message.
func shortAnswer(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}
