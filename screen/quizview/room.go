package quizview

import (
	"strconv"

	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/screen/frame"
)

// Recorder takes a participant's steps in a live room (serve/sshjoin
// implements it over *room.Room). With a Recorder the quiz keeps no
// progress of its own, offers no save dialog and no restart: the room keeps
// everything. Every call is synchronous, in Update, because the room's
// answer is the acknowledgement (an fsync of about a millisecond): the
// screen moves on only after a nil error, and an error stays on screen as
// the status line.
type Recorder interface {
	// Answer records the option at position shown (0-based, as shown) for
	// the scenario with this ID (the question's ID, or its 1-based number
	// when the file gives none).
	Answer(scenarioID string, shown int) error
	// Back moves the participant one scenario back.
	Back() error
	// Finish closes the walk; the room saves the result file.
	Finish() error
	// Leave says the participant quit; their answers stay.
	Leave()
}

// roomConfig drops what a Recorder replaces: kept progress and saving.
func roomConfig(cfg Config) Config {
	if cfg.Recorder == nil {
		return cfg
	}
	cfg.Progress, cfg.ProgressErr = nil, nil
	cfg.AutoSave, cfg.Demo = false, false
	return cfg
}

// startWalk is the walk the quiz begins with: Config.Walk (the room's copy,
// resumed) when given, else a new one.
func startWalk(cfg Config) *quiz.Walk {
	if cfg.Walk != nil {
		return cfg.Walk
	}
	return quiz.NewWalk(cfg.Bank, cfg.Ordering)
}

// startRoom offers a room walk that already has answers on the welcome
// screen, as kept progress is offered: enter continues where they were.
func (m *Model) startRoom() {
	if m.cfg.Recorder != nil && m.walk.Answered() > 0 {
		m.resume = m.walk
	}
}

// roomKeys turns off what a room does not allow: throwing answers away,
// starting again and saving.
func (m *Model) roomKeys() {
	if m.cfg.Recorder == nil {
		return
	}
	m.keys.Fresh.SetEnabled(false)
	m.keys.Restart.SetEnabled(false)
	m.keys.Save.SetEnabled(false)
}

// scenarioID names the current question as the room knows it.
func scenarioID(w *quiz.Walk) string {
	if id := w.Question().ID; id != "" {
		return id
	}
	return strconv.Itoa(w.Index() + 1)
}

// recordAnswer tells the Recorder about the answer at shown; the walk may
// move on only when it returns true.
func (m *Model) recordAnswer(shown int) bool {
	if m.cfg.Recorder == nil {
		return true
	}
	return m.recorded(m.cfg.Recorder.Answer(scenarioID(m.walk), shown))
}

// recordBack tells the Recorder about a step back.
func (m *Model) recordBack() bool {
	if m.cfg.Recorder == nil || m.walk.Index() == 0 {
		return true
	}
	return m.recorded(m.cfg.Recorder.Back())
}

// recordFinish tells the Recorder the walk is done. The result is shown
// either way (every answer is in the room); a failure shows as the status.
func (m *Model) recordFinish() {
	if m.cfg.Recorder != nil {
		m.recorded(m.cfg.Recorder.Finish())
	}
}

// recordLeave tells the Recorder the participant quits.
func (m Model) recordLeave() {
	if m.cfg.Recorder != nil {
		m.cfg.Recorder.Leave()
	}
}

// recorded shows err as the status line, or clears an earlier one.
func (m *Model) recorded(err error) bool {
	if err != nil {
		m.status = frame.ErrorText(err, m.cfg.Lang)
		return false
	}
	m.status = ""
	return true
}
