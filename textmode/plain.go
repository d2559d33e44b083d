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

	"ideale-ambtenaar/domain/mix"
	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
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
}

// InputEndedError means standard input ended before the last question.
type InputEndedError struct {
	Question, Total int
}

func (e *InputEndedError) Error() string {
	return fmt.Sprintf("input ended at question %d of %d", e.Question, e.Total)
}

var (
	txtQuestionOf = i18n.Text{NL: "Vraag %d van %d", EN: "Question %d of %d"}
	txtPrompt     = i18n.Text{NL: "Jouw keuze (1-%d, of t voor terug): ", EN: "Your choice (1-%d, or b for back): "}
	txtBadInput   = i18n.Text{NL: "%q is geen keuze. Typ een nummer van 1 tot en met %d.", EN: "%q is not a choice. Type a number from 1 to %d."}
	txtTooLong    = i18n.Text{NL: "Die regel is te lang (meer dan %d tekens). Typ een nummer van 1 tot en met %d.", EN: "That line is too long (over %d characters). Type a number from 1 to %d."}
	txtFirst      = i18n.Text{NL: "Dit is de eerste vraag; terug kan niet.", EN: "This is the first question; there is no going back."}
	txtIntroCount = i18n.Text{NL: "%d vragen. Typ bij elke vraag het nummer van je keuze en druk op enter.", EN: "%d questions. For each, type the number of your choice and press enter."}
	txtEnded      = i18n.Text{
		NL: "De invoer stopte bij vraag %d van %d, dus er is geen uitslag. Geef voor elke vraag een nummer, één per regel.",
		EN: "Input ended at question %d of %d, so there is no result. Give a number for every question, one per line."}
	txtMix = i18n.Text{NL: "Jouw mix", EN: "Your mix"}
)

// Message says in l where the input ended and what to give instead.
func (e *InputEndedError) Message(l i18n.Lang) string {
	return txtEnded.F(l, e.Question, e.Total)
}

// Run asks every question on out, reads answers from in and prints the
// result. It returns the finished walk, or an *InputEndedError when input
// ran out first.
func Run(cfg Config, in io.Reader, out io.Writer) (*quiz.Walk, error) {
	width := cfg.Width
	if width <= 0 {
		width = 72
	}
	t, l := cfg.Theme, cfg.Lang
	w := quiz.NewWalk(cfg.Bank, cfg.Ordering)
	lines := newLineReader(in, MaxAnswer)
	p := &printer{out: out}

	if cfg.Bank.Title != "" {
		p.line(t.Title.Render(cfg.Bank.Title))
	}
	if intro := strings.TrimSpace(cfg.Bank.Intro); intro != "" {
		p.line(layout.Wrap(t.Body, intro, width))
	}
	p.line(txtIntroCount.F(l, w.Len()))

	for !w.Done() {
		q := w.Question()
		opts := w.Shown()
		p.line("")
		head := txtQuestionOf.F(l, w.Index()+1, w.Len())
		if q.Context != "" {
			head += " · " + q.Context
		}
		p.line(t.Heading.Render(head))
		p.line(layout.Wrap(t.Body, strings.TrimSpace(q.Scenario), width))
		for i, o := range opts {
			num := fmt.Sprintf("%d. ", i+1)
			text := layout.Wrap(t.Option, strings.TrimSpace(o.Text), width-len(num))
			p.line(num + strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", len(num))))
		}
		for {
			p.write(txtPrompt.F(l, len(opts)))
			line, long, err := lines.next()
			if err != nil {
				p.line("")
				if err != io.EOF {
					return w, err
				}
				return w, &InputEndedError{Question: w.Index() + 1, Total: w.Len()}
			}
			if long {
				if cfg.Echo {
					p.line("…")
				}
				p.line(t.Error.Render(txtTooLong.F(l, MaxAnswer, len(opts))))
				continue
			}
			answer := strings.TrimSpace(line)
			if cfg.Echo {
				p.line(safetext.Line(answer)) // typed or piped: may hold controls
			}
			if isBack(answer) {
				if !w.Back() {
					p.line(t.Muted.Render(txtFirst.In(l)))
					continue
				}
				break
			}
			n, err := strconv.Atoi(answer)
			if err != nil || n < 1 || n > len(opts) {
				p.line(t.Error.Render(txtBadInput.F(l, shortAnswer(answer), len(opts))))
				continue
			}
			w.Answer(n - 1)
			break
		}
		if p.err != nil {
			return w, p.err
		}
	}
	p.line("")
	PrintResult(out, w.Mix(), cfg.Bank.Types, l, t, width)
	return w, p.err
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

func isBack(s string) bool {
	switch strings.ToLower(s) {
	case "t", "terug", "b", "back", "<":
		return true
	}
	return false
}

// PrintResult writes the chart, the sentence, the sentence on the
// chameleon colour (there is no swatch in text) and the three type
// profiles, the leading type first. The profiles are headings and "- "
// items without any box drawing, so that a screen reader reads them as
// short lines.
func PrintResult(out io.Writer, pr mix.Mix, types [mix.Count]quiz.TypeProfile, l i18n.Lang, t theme.Theme, width int) {
	p := &printer{out: out}
	p.line(t.Title.Render(txtMix.In(l)))
	p.line("")
	p.line(chart.Chart(pr, width, t, words.Names(types, l)))
	p.line("")
	p.line(layout.Wrap(t.Body, words.Sentence(pr, types, l), width))
	if note := words.MarginNote(pr, l); note != "" {
		p.line(layout.Wrap(t.Muted, note, width))
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
