package cultureview

import (
	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/screen/frame"
)

// Recorder takes a participant's steps in a live culture room
// (serve/sshjoin implements it over a *room.Room running room.Culture), as
// quizview.Recorder does for the quiz. Every call is synchronous, in
// Update, because the room's answer is the acknowledgement (an fsync): the
// screen moves on only after a nil error, and an error stays on screen as
// the note. With a Recorder the survey cannot be reopened after the
// result: the room has saved it.
type Recorder interface {
	// Give records the allocation for the survey's current step.
	Give(a culture.Allocation) error
	// Back moves the participant one step back.
	Back() error
	// Finish closes the survey; the room saves the culture result file.
	Finish() error
	// Leave says the participant quit; their allocations stay.
	Leave()
}

// startSurvey is the survey the screen begins with: Config.Survey (the
// room's copy, at the participant's place) when given, else a new one.
func startSurvey(cfg Config) *culture.Survey {
	if cfg.Survey != nil {
		return cfg.Survey
	}
	return culture.NewSurvey(cfg.Set)
}

// recordGive tells the Recorder about the allocation; the survey may move
// on only when it returns true.
func (m *Model) recordGive(a culture.Allocation) bool {
	if m.cfg.Recorder == nil {
		return true
	}
	return m.recorded(m.cfg.Recorder.Give(a))
}

// recordBack tells the Recorder about a step back.
func (m *Model) recordBack() bool {
	if m.cfg.Recorder == nil || m.survey.Step() == 0 {
		return true
	}
	return m.recorded(m.cfg.Recorder.Back())
}

// recordFinish tells the Recorder the survey is done; on false the screen
// stays at the last step with the reason, and enter tries again (the
// room takes the repeated last allocation as nothing new).
func (m *Model) recordFinish() bool {
	if m.cfg.Recorder == nil {
		return true
	}
	return m.recorded(m.cfg.Recorder.Finish())
}

// recordLeave tells the Recorder the participant quits.
func (m Model) recordLeave() {
	if m.cfg.Recorder != nil {
		m.cfg.Recorder.Leave()
	}
}

// recorded shows err as the note, or clears an earlier one.
func (m *Model) recorded(err error) bool {
	if err != nil {
		m.setNote(txtNotYet.F(m.cfg.Lang, frame.ErrorText(err, m.cfg.Lang)), true)
		return false
	}
	return true
}
