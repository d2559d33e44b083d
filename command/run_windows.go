//go:build windows

package command

import (
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
)

// notifyStopSignals routes the signals that end a screen to c: on Windows
// ctrl+c outside raw mode and closing the console (delivered as SIGTERM).
func notifyStopSignals(c chan<- os.Signal) {
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
}

// platformEnding: Windows has no other stop signals.
func platformEnding(os.Signal) ending { return endFinished }

// dumpGoroutines writes every goroutine's stack to w (never reached on
// Windows, which has no SIGQUIT; kept for one code path).
func dumpGoroutines(w io.Writer) {
	buf := make([]byte, 1<<20)
	_, _ = w.Write(buf[:runtime.Stack(buf, true)])
}
