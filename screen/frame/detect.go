package frame

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/draw/theme"
)

// DetectTimeout is how long a screen waits for the terminal to tell its
// background colour before it settles on dark. Terminals that answer do so
// within a few milliseconds; some (and most multiplexers of old) never do.
const DetectTimeout = 150 * time.Millisecond

// detectTimeoutMsg ends the wait for the terminal's answer.
type detectTimeoutMsg struct{}

// Detector turns a Choice into light or dark inside a Bubble Tea program.
// A screen holds its first frame until Known, which is at once for a fixed
// choice and at the latest DetectTimeout after Init for Auto, so the program
// never hangs on a terminal that does not answer and never flashes the
// wrong palette on one that does.
type Detector struct {
	auto  bool
	known bool
	dark  bool
}

// NewDetector starts detection for c.
func NewDetector(c theme.Choice) Detector {
	switch c {
	case theme.Light:
		return Detector{known: true}
	case theme.Dark:
		return Detector{known: true, dark: true}
	}
	return Detector{auto: true, dark: true}
}

// Init asks the terminal for its background when the choice is Auto.
func (d Detector) Init() tea.Cmd {
	if !d.auto {
		return nil
	}
	return tea.Batch(tea.RequestBackgroundColor, tea.Tick(DetectTimeout, func(time.Time) tea.Msg {
		return detectTimeoutMsg{}
	}))
}

// Update takes the terminal's answer or the timeout. It reports whether msg
// was for the detector. A later answer (some terminals report a theme
// switch) still applies under Auto.
func (d Detector) Update(msg tea.Msg) (Detector, bool) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		if d.auto {
			d.known, d.dark = true, msg.IsDark()
		}
		return d, true
	case detectTimeoutMsg:
		d.known = true
		return d, true
	}
	return d, false
}

// Known reports whether the background is settled (by choice, answer or
// timeout).
func (d Detector) Known() bool { return d.known }

// Dark reports a dark background; it is the fallback while unknown.
func (d Detector) Dark() bool { return d.dark }
