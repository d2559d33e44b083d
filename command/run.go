package command

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/i18n"
)

// Running a screen: the program, the signals that end it from outside, a
// terminal that went away, and the exit status that tells a script how it
// ended. Bubble Tea's own signal handler is switched off, because it turns
// SIGTERM into an ordinary quit (status 0, as if the quiz was finished) and
// leaves SIGHUP and SIGQUIT to their default actions, which kill the
// process with the alternate screen on, the cursor hidden and the tty raw.

var (
	txtInterrupted = i18n.Text{NL: "Onderbroken.", EN: "Interrupted."}
	txtTerminated  = i18n.Text{
		NL: "Gestopt door een signaal (TERM); de terminal is hersteld.",
		EN: "Stopped by a signal (TERM); the terminal was restored."}
	txtHangup = i18n.Text{
		NL: "De terminal is weggevallen (HUP); gestopt.",
		EN: "The terminal went away (HUP); stopped."}
	txtNoScreen = i18n.Text{
		NL: "Het scherm kon niet starten: %v\nGebruik --plain voor platte tekst.",
		EN: "The screen could not start: %v\nUse --plain for plain text."}
)

// Timings of a stop from outside. stopGrace is how long a quit may take
// (final frame, terminal restored) before the program is killed; writeGrace
// is how long the exit waits for commands still running, such as a
// progress write that was started just before the signal. Both are bounds,
// not delays: a normal stop takes milliseconds.
const (
	stopGrace  = 2 * time.Second
	writeGrace = 2 * time.Second
)

// ending is how a screen ended; it decides the exit status and the line on
// stderr.
type ending int

const (
	endFinished    ending = iota // the user quit: 0
	endFailed                    // the screen could not run: 1
	endInterrupted               // SIGINT: 130
	endTerminated                // SIGTERM: 143
	endHangup                    // SIGHUP or the terminal gone: 129
	endDump                      // SIGQUIT: goroutine dump, as Go does (2)
)

// status is the exit status of an ending: 128 + the signal's number for a
// signal, as shells report it.
func (e ending) status() int {
	switch e {
	case endFailed:
		return exitFailure
	case endInterrupted:
		return 128 + 2
	case endTerminated:
		return 128 + 15
	case endHangup:
		return 128 + 1
	case endDump:
		return exitUsage
	}
	return exitOK
}

// runProgram runs a screen on the command's terminal and returns its final
// model and how it ended, as an error whose status is: none when the user quit, 1 when the screen could not start, 130 on
// SIGINT, 143 on SIGTERM, 129 on SIGHUP or when the terminal went away
// (even with SIGHUP ignored, as under a trap that ignores HUP). After a signal the
// terminal is restored by Bubble Tea's shutdown (main screen, cursor,
// cooked mode), commands still running (a progress write) get writeGrace to
// finish, and one line in l says what happened. SIGQUIT restores the
// terminal first and then lets Go print its goroutine dump.
func runProgram(e Env, m tea.Model, l i18n.Lang) (tea.Model, error) {
	gone := make(chan struct{})
	in := e.Stdin
	if f, ok := in.(*os.File); ok {
		var once sync.Once
		in = &watchedTTY{File: f, gone: func() { once.Do(func() { close(gone) }) }}
	}
	work := &inflight{}
	p := tea.NewProgram(tracked{m, work},
		tea.WithInput(in), tea.WithOutput(e.Stdout), tea.WithFPS(screenFPS),
		tea.WithoutSignalHandler())

	sigs := make(chan os.Signal, 4)
	notifyStopSignals(sigs)
	defer signal.Stop(sigs)

	done := make(chan error, 1)
	var final tea.Model
	go func() {
		f, err := p.Run()
		if t, ok := f.(tracked); ok {
			f = t.Model
		}
		final = f
		done <- err
	}()
	go p.Send(graphemeWidths)
	end, err := supervise(p, done, sigs, gone, stopGrace)
	work.wait(writeGrace)

	fail := func(err error) error { return &exitError{code: end.status(), lang: l, err: err} }
	switch end {
	case endFailed:
		return final, fail(i18n.Errorf(txtNoScreen, err))
	case endInterrupted:
		return final, fail(i18n.Errorf(txtInterrupted))
	case endTerminated:
		return final, fail(i18n.Errorf(txtTerminated))
	case endHangup:
		return final, fail(i18n.Errorf(txtHangup))
	case endDump:
		dumpGoroutines(e.Stderr)
		return final, quietFailure(end.status())
	}
	return final, nil
}

// graphemeWidths makes the renderer measure text the way the layout does.
// Lip Gloss and x/ansi (ansi.Wrap, lipgloss.Width) count a grapheme
// cluster as one character, so an emoji joined with zero-width joiners
// (👨‍👩‍👧, 👩🏽‍⚕️) or a flag (🇳🇱) is 2 cells; Bubble Tea's renderer counts
// each code point (wcwidth: 6 cells for the family) unless the terminal
// reports Unicode mode 2027. The layout then fits a line the renderer finds
// too long, and the renderer cuts words off its end (a team row lost its
// last column). Bubble Tea switches its renderer to grapheme widths on this
// report, and turns mode 2027 on in the terminal, so terminals that know
// the mode draw clusters as the layout measured them; tmux, kitty, WezTerm
// and iTerm2 already draw such a cluster as 2 cells without it. There is
// no option for it in Bubble Tea v2.1, so the runner sends the report
// itself, once, before the first frame is drawn (screens draw nothing
// until they know the window and background).
var graphemeWidths = tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: ansi.ModeSet}

// controller is the part of a tea.Program that supervise drives; tests
// pass a fake.
type controller interface {
	Quit()
	Kill()
	Send(tea.Msg)
}

// supervise waits for a running program to end (its Run error arrives on
// done) and turns what ends it into an ending. SIGTERM and SIGHUP, and the
// terminal going away (gone closed), quit the program gracefully; if it
// has not ended after grace, or a second such signal comes, it is killed.
// Both restore the terminal. SIGQUIT kills at once (no final frame), so the
// dump that follows lands on a restored terminal. SIGINT ends it as an
// interrupt. The error is the program's, for endFailed.
func supervise(p controller, done <-chan error, sigs <-chan os.Signal, gone <-chan struct{}, grace time.Duration) (ending, error) {
	reason := endFinished
	var deadline <-chan time.Time
	stop := func(r ending) {
		if reason != endFinished {
			p.Kill() // asked twice: do not wait for the quit
			return
		}
		reason = r
		p.Quit()
		deadline = time.After(grace)
	}
	for {
		select {
		case err := <-done:
			if reason != endFinished {
				return reason, nil
			}
			switch {
			case err == nil:
				return endFinished, nil
			case errors.Is(err, tea.ErrInterrupted):
				return endInterrupted, nil
			}
			return endFailed, err
		case s := <-sigs:
			switch signalEnding(s) {
			case endInterrupted:
				if reason == endFinished {
					reason = endInterrupted
					p.Send(tea.InterruptMsg{})
					deadline = time.After(grace)
				} else {
					p.Kill()
				}
			case endTerminated:
				stop(endTerminated)
			case endHangup:
				stop(endHangup)
			case endDump:
				reason = endDump
				p.Kill()
				deadline = time.After(grace)
			}
		case <-gone:
			gone = nil
			stop(endHangup)
		case <-deadline:
			deadline = nil
			p.Kill()
		}
	}
}

// watchedTTY is the terminal's input file that reports when the terminal
// goes away. A tty that was hung up (window closed, ssh dropped) reads as
// end of file or fails with EIO; Bubble Tea's input loop takes EOF as a
// quiet end of input and keeps running, so without this a process whose
// SIGHUP is ignored would linger forever. It embeds the *os.File so that
// Bubble Tea still sees a terminal (raw mode, size, a cancelable reader).
type watchedTTY struct {
	*os.File
	gone func()
}

// Read reads the terminal and calls gone once input has ended: EOF or an
// error. A raw-mode tty never reads as EOF while it is there (ctrl+d is a
// byte), so EOF means it is gone.
func (t *watchedTTY) Read(b []byte) (int, error) {
	n, err := t.File.Read(b)
	if err != nil || (n == 0 && len(b) > 0) {
		if err == nil {
			err = io.EOF
		}
		t.gone()
	}
	return n, err
}

// tracked wraps a screen's model so that every command its Update returns
// is counted while it runs (inflight): the exit then waits for a progress
// write started just before a signal instead of cutting it off. Commands
// from Init (the background query) are not counted.
type tracked struct {
	tea.Model
	work *inflight
}

// Update passes msg to the screen and counts the command it returns.
func (t tracked) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := t.Model.Update(msg)
	return tracked{m, t.work}, t.work.track(cmd)
}

// inflight counts running commands.
type inflight struct {
	mu sync.Mutex
	n  int
}

// track returns cmd counted from now until it returns; the commands of a
// tea.Batch it returns are counted too. A nil cmd stays nil.
func (w *inflight) track(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	w.add(1)
	return func() tea.Msg {
		defer w.add(-1)
		msg := cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			out := make(tea.BatchMsg, len(b))
			for i, c := range b {
				out[i] = w.track(c)
			}
			return out
		}
		return msg
	}
}

func (w *inflight) add(d int) {
	w.mu.Lock()
	w.n += d
	w.mu.Unlock()
}

// wait returns when no counted command runs, or after max.
func (w *inflight) wait(max time.Duration) {
	end := time.Now().Add(max)
	for {
		w.mu.Lock()
		n := w.n
		w.mu.Unlock()
		if n <= 0 || time.Now().After(end) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// signalEnding maps a stop signal to its ending.
func signalEnding(s os.Signal) ending {
	switch s {
	case os.Interrupt:
		return endInterrupted
	case syscall.SIGTERM:
		return endTerminated
	}
	return platformEnding(s)
}
