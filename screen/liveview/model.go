// Package liveview is the projector screen of the live room: the
// trainer's own terminal, made to be read from the back of a room. Before
// anyone has given a step it is the lobby (the join code in big letters,
// the ssh command, the URL and its QR code, how many have joined); then it
// shows the counts, how far the room is per step and, when the trainer
// reveals it, what the room's activity has to show: for the quiz the
// group's average mix and how the room's choices fall over the three types
// per scenario, for the culture survey (live --culture) the group's
// culture now and desired side by side with the shifts. Names stay hidden
// until the trainer asks for them.
//
// One Model shows every activity. What is shared (the lobby, the header,
// the QR screen, the dialogs, the status line, the footer, the view cache,
// the keys h, a, l, j, ? and q, and how a frame is assembled) lives in
// model.go, view.go, keys.go, draw.go and qrscreen.go. What an activity
// draws and asks lives in its part (the part interface in part.go):
// quizpart.go, culturepart.go and pacedpart.go. The part is chosen once,
// in partFor, from the room's first snapshot (Snapshot.Paced, Quiz or
// Culture).
//
// The paced workshop (live --paced) is led from this screen: its part
// takes its keys before the shared ones (keyTaker: h reveals in the room,
// not on the screen), words its own quit question (quitAsker), keeps the
// screen's own state of the workshop in Model.pace (the type whose
// proposals show, the selected one, what is over the screen, the case
// number being typed, the countdown's seconds; part of the cache key),
// and ticks once a second only while a countdown runs.
//
// Plugging in another activity is one more file with a type that
// implements part: whether the lobby shows, the header's mode, the body
// in h rows with what reveal shows, the footer's keys and what it drops
// first, what the journal keeps (for the quit question), the progress a
// participant's list cell shows, its own keys and its own yes/no
// question; and one more case in partFor for its part of room.Snapshot.
// Its keys are bindings of keyMap (keys.go) that only its help and its
// key method use.
//
// The screen reads the room only through room.Snapshot, at most ten times
// a second: room.Subscribe marks it dirty and a 100 ms tick reads the new
// snapshot, so a burst of answers costs one redraw, not one per answer.
package liveview

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
	"ideale-ambtenaar/screen/frame"
)

// Join is what a participant needs to get in, as the command found it.
type Join struct {
	// Code is the room's join code; SSH the exact command to type
	// ("ssh -p 2222 7K3Q@192.168.1.23"); URL the address for phones.
	Code, SSH, URL string
	// QR holds the URL's QR code as lines of half blocks with their own
	// colours (draw/qr); nil for none. They are printed as given.
	QR []string
	// Fingerprint is the SSH host key's SHA256 fingerprint, in small print
	// so a careful participant can check it.
	Fingerprint string
	// Advice is netaddr's advice about the address (a VPN, several
	// networks), shown in the lobby; "" for none.
	// KeyHelp is the command that clears an old host key from a
	// participant's known_hosts (ssh-keygen -R …), shown under the
	// fingerprint for whoever gets ssh's "host key changed" warning; may
	// be "".
	KeyHelp string
	Advice  string
	// Problem says, for the trainer, what keeps the room from keeping
	// answers now (the journal on a full disk), "" when nothing does; it
	// is shown in the status line while there is no other. nil for none.
	Problem func(i18n.Lang) string
}

// Config is what New needs.
type Config struct {
	Room *room.Room
	Join Join
	Lang i18n.Lang
	// Theme is the light/dark wish; Auto asks the terminal.
	Theme theme.Choice
	// Color is false under NO_COLOR.
	Color bool
	// Countdown is the paced workshop's countdown, started with t (live
	// --countdown); 0 is room.DefaultCountdown.
	Countdown time.Duration
}

// RedrawInterval is the shortest time between two snapshots read: at most
// ten redraws a second, whatever the room does.
const RedrawInterval = 100 * time.Millisecond

// dialog is the question the screen is asking, if any.
type dialog int

const (
	noDialog dialog = iota
	// askPart is the activity's own question (the quiz's new round):
	// part.ask words it, part.confirm does it.
	askPart
	askQuit
)

// source is what the screen reads of the room and the little it asks of
// it: *room.Room is one; the tests give made-up snapshots.
type source interface {
	// Snapshot is the room now; cheap enough to call ten times a second.
	Snapshot() *room.Snapshot
	// Subscribe returns a coalescing change signal and a function that
	// stops it.
	Subscribe() (<-chan struct{}, func())
	// Lock shuts (true) or opens (false) the door; NewRound starts the
	// next round. Their errors are room.Error (room.Message words them).
	Lock(locked bool) error
	NewRound() (int, error)
	// Bank is the quiz's bank, nil when the room runs another activity.
	Bank() *quiz.Bank
}

// Model is the projector screen's state. It is a tea.Model; the room is
// shared, the rest is the screen's own.
type Model struct {
	src  source
	part part // the activity's share of the screen, chosen once
	join Join
	lang i18n.Lang
	fr   frame.Frame
	keys keyMap

	snap *room.Snapshot
	sub  <-chan struct{}
	stop func()
	done chan struct{}
	// dirty: the room changed since snap was read; ticking: a tick is
	// on its way.
	dirty, ticking bool

	revealed bool // what the activity reveals (h)
	names    bool // the participant list
	qr       bool // the join QR code large over the screen (j)
	sel      int  // the step shown (the quiz's scenario), from 0
	dialog   dialog
	status   string // the last problem, until the next key
	quitting bool

	// pace is the paced workshop's own state on the screen (pacedpart.go);
	// countdown is t's length, now the clock the countdown is read by,
	// and seconds says a second's tick is on its way.
	pace      pacedState
	countdown time.Duration
	now       func() time.Time
	seconds   bool

	cache *viewCache
}

// New makes the screen of the room, whatever activity it runs, and
// subscribes it to the room. It draws nothing until the terminal's
// background is known (at most frame.DetectTimeout).
func New(cfg Config) Model {
	return newScreen(cfg.Room, cfg)
}

// newScreen is New reading src.
func newScreen(src source, cfg Config) Model {
	m := Model{
		src:   src,
		join:  cleanJoin(cfg.Join),
		lang:  cfg.Lang,
		fr:    frame.New(cfg.Lang, cfg.Theme, cfg.Color),
		done:  make(chan struct{}),
		cache: &viewCache{},

		pace:      newPacedState(),
		countdown: cfg.Countdown,
		now:       time.Now,
	}
	m.keys = newKeyMap(cfg.Lang, m.fr.Keys)
	m.sub, m.stop = src.Subscribe()
	m.snap = src.Snapshot()
	m.part = partFor(m.snap, src)
	m.pace.left = m.countdownLeft()
	if m.join.Code == "" {
		m.join.Code = safetext.Line(m.snap.Code.String())
	}
	return m
}

// cleanJoin keeps control characters of the command's strings off the
// screen; the QR lines are the command's own drawing and kept as given.
func cleanJoin(j Join) Join {
	return Join{
		Code: safetext.Line(j.Code), SSH: safetext.Line(j.SSH), URL: safetext.Line(j.URL),
		QR: j.QR, Fingerprint: safetext.Line(j.Fingerprint), Advice: safetext.Text(j.Advice), KeyHelp: safetext.Line(j.KeyHelp),
	}
}

// changedMsg: the room signalled a change.
type changedMsg struct{}

// tickMsg: time to read the snapshot when the room changed.
type tickMsg struct{}

// Init starts the background detection and listens to the room.
func (m Model) Init() tea.Cmd { return tea.Batch(m.fr.Init(), m.wait()) }

// wait listens for the room's next change signal; it ends when the screen
// quits.
func (m Model) wait() tea.Cmd {
	ch, done := m.sub, m.done
	return func() tea.Msg {
		select {
		case <-ch:
			return changedMsg{}
		case <-done:
			return nil
		}
	}
}

func tick() tea.Cmd {
	return tea.Tick(RedrawInterval, func(time.Time) tea.Msg { return tickMsg{} })
}

// Update handles the room's signals, the keys, the window size and the
// background answer.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var handled bool
	if m.fr, handled = m.fr.Update(msg); handled {
		return m, nil
	}
	switch msg := msg.(type) {
	case changedMsg:
		if m.quitting {
			return m, nil
		}
		m.dirty = true
		cmds := []tea.Cmd{m.wait()}
		if !m.ticking {
			m.ticking = true
			cmds = append(cmds, tick())
		}
		return m, tea.Batch(cmds...)
	case tickMsg:
		m.ticking = false
		if m.dirty {
			m.refresh()
		}
		cmd := m.secondTick()
		return m, cmd
	case secondMsg:
		return m.second()
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// refresh reads the room's snapshot now.
func (m *Model) refresh() {
	m.dirty = false
	m.snap = m.src.Snapshot()
	m.pace.left = m.countdownLeft()
}

// quit stops listening to the room and ends the program.
func (m Model) quit() (tea.Model, tea.Cmd) {
	if !m.quitting {
		m.quitting = true
		m.stop()
		close(m.done)
	}
	return m, tea.Quit
}

// Revealed reports whether what the activity reveals is shown.
func (m Model) Revealed() bool { return m.revealed }

// NamesShown reports whether the participant list is shown.
func (m Model) NamesShown() bool { return m.names }
