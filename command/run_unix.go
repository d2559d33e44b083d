//go:build !windows

package command

import (
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// notifyStopSignals routes the signals that end a screen to c. SIGHUP is
// left alone when it is ignored (nohup, a trap that ignores HUP): the user asked to
// survive a hangup, and Notify would undo that. A terminal that really
// went away is then noticed by its input (watchedTTY).
func notifyStopSignals(c chan<- os.Signal) {
	signal.Notify(c, os.Interrupt, syscall.SIGTERM, syscall.SIGQUIT)
	if !signal.Ignored(syscall.SIGHUP) {
		signal.Notify(c, syscall.SIGHUP)
	}
}

// platformEnding maps the Unix-only signals.
func platformEnding(s os.Signal) ending {
	switch s {
	case syscall.SIGHUP:
		return endHangup
	case syscall.SIGQUIT:
		return endDump
	}
	return endFinished
}

// dumpGoroutines lets Go do what SIGQUIT does by default, now that the
// terminal is restored: print every goroutine's stack to stderr and exit
// with status 2. The handler is reset and the signal sent again, so the
// dump is the runtime's own (it honours GOTRACEBACK).
func dumpGoroutines(io.Writer) {
	signal.Reset(syscall.SIGQUIT)
	_ = syscall.Kill(os.Getpid(), syscall.SIGQUIT)
	time.Sleep(5 * time.Second) // the runtime exits before this ends
}
