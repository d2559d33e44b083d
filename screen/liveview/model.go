// Package liveview is the projector screen of the live room: the
// trainer's own terminal, made to be read from the back of a room. Before
// anyone answers it is the lobby (the join code in big letters, the ssh
// command, the URL and its QR code, how many have joined); during the quiz
// it shows how many are busy and finished, how far the room is per
// scenario, and, when the trainer reveals it, the group's average mix and
// how the room's choices fall over the three types per scenario. Names
// stay hidden until the trainer asks for them.
//
// NewCulture makes the same screen for a culture room (live --culture):
// the same lobby, then the counts, how far the room is per step of the
// survey, and, revealed, the group's culture now and desired side by side
// with the shifts. It reads that room through CultureSource, so this
// package does not import the culture room's package.
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
}

// RedrawInterval is the shortest time between two snapshots read: at most
// ten redraws a second, whatever the room does.
const RedrawInterval = 100 * time.Millisecond

// dialog is the question the screen is asking, if any.
type dialog int

const (
	noDialog dialog = iota
	askRound
	askQuit
)

// Model is the projector screen's state. It is a tea.Model; the room is
// shared, the rest is the screen's own.
type Model struct {
	room *room.Room
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

	revealed bool // the group's mix and the choices per scenario
	names    bool // the participant list
	qr       bool // the join QR code large over the screen (j)
	sel      int  // the scenario shown, index in the bank
	dialog   dialog
	status   string // the last problem, until the next key
	quitting bool

	cache *viewCache

	// src is the culture room in culture mode (NewCulture), nil in quiz
	// mode; csnap is its last snapshot read.
	src   CultureSource
	csnap CultureSnapshot
}

// New makes the screen and subscribes it to the room. It draws nothing
// until the terminal's background is known (at most frame.DetectTimeout).
func New(cfg Config) Model {
	m := baseModel(cfg.Join, cfg.Lang, cfg.Theme, cfg.Color)
	m.room = cfg.Room
	if m.join.Code == "" && cfg.Room != nil {
		m.join.Code = cfg.Room.Code().String()
	}
	m.sub, m.stop = cfg.Room.Subscribe()
	m.snap = cfg.Room.Snapshot()
	return m
}

// baseModel is what both modes start from: the join instructions, the
// language, the frame and the keys; no room yet.
func baseModel(j Join, l i18n.Lang, th theme.Choice, color bool) Model {
	m := Model{
		join:  cleanJoin(j),
		lang:  l,
		fr:    frame.New(l, th, color),
		done:  make(chan struct{}),
		cache: &viewCache{},
	}
	m.keys = newKeyMap(l, m.fr.Keys)
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
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// refresh reads the room's snapshot now.
func (m *Model) refresh() {
	m.dirty = false
	if m.src != nil {
		m.csnap = m.src.Snapshot()
		return
	}
	m.snap = m.room.Snapshot()
	if n := len(m.snap.Quiz.Scenarios); n > 0 {
		m.sel = min(max(m.sel, 0), n-1)
	}
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

// Revealed reports whether the group's mix and the choices are shown.
func (m Model) Revealed() bool { return m.revealed }

// NamesShown reports whether the participant list is shown.
func (m Model) NamesShown() bool { return m.names }
