package command

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
)

// The paced workshop without a screen (live --paced --plain): the
// trainer's commands come one per line on standard input and every event
// is one line on standard output, so scripts and tests lead the workshop
// as a trainer would from the keyboard.

// maxCommandLine caps one command line read from standard input (bytes);
// a longer line is refused, not read into memory.
const maxCommandLine = 4096

// trainerCommand is one line of the trainer's input, or the end of it.
type trainerCommand struct {
	line string
	// eof: standard input ended (a script that is done, or ctrl+d);
	// err says why reading stopped otherwise.
	eof bool
	err error
}

// readCommands sends every line of r to the returned channel, then one
// with eof; it stops at the first read error (a line over
// maxCommandLine included, which it reports and then skips to the end).
func readCommands(r io.Reader) <-chan trainerCommand {
	ch := make(chan trainerCommand, 16)
	go func() {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 256), maxCommandLine)
		for sc.Scan() {
			ch <- trainerCommand{line: sc.Text()}
		}
		if err := sc.Err(); err != nil {
			ch <- trainerCommand{err: err}
		}
		ch <- trainerCommand{eof: true}
	}()
	return ch
}

var (
	txtPacedCommands = i18n.Text{
		NL: "Opdrachten: next, open N, reveal, extreme, show 1|2|3, hide N, unhide N, extremes, countdown [S], mix, lock, unlock, end, quit",
		EN: "Commands: next, open N, reveal, extreme, show 1|2|3, hide N, unhide N, extremes, countdown [S], mix, lock, unlock, end, quit"}
	txtPacedUnknown = i18n.Text{
		NL: "onbekende opdracht %q. %s",
		EN: "unknown command %q. %s"}
	txtPacedNeedsNumber = i18n.Text{
		NL: "%s verwacht een nummer, zoals %s 2",
		EN: "%s expects a number, such as %s 2"}
	txtPacedNeedsType = i18n.Text{
		NL: "show verwacht 1 (bureaucraat), 2 (ondernemer) of 3 (verbinder)",
		EN: "show expects 1 (bureaucrat), 2 (entrepreneur) or 3 (connector)"}
	txtPacedNeedsSeconds = i18n.Text{
		NL: "countdown verwacht seconden van 1 tot 3600, zoals countdown 90",
		EN: "countdown expects seconds from 1 to 3600, such as countdown 90"}
	txtPacedTooLong = i18n.Text{
		NL: "een opdrachtregel is langer dan %d tekens; de rest van de invoer wordt niet gelezen",
		EN: "a command line is longer than %d characters; the rest of the input is not read"}
	txtPacedNoCase = i18n.Text{NL: "er is nog geen casus open", EN: "no scenario is open yet"}
	txtPacedShow   = i18n.Text{NL: "voorstellen %s (%d):", EN: "proposals %s (%d):"}
	txtPacedNone   = i18n.Text{NL: "  (nog geen)", EN: "  (none yet)"}
	txtPacedHidden = i18n.Text{NL: "verborgen", EN: "hidden"}
	txtPacedExtr   = i18n.Text{NL: "de uitersten van %s:", EN: "the extremes of %s:"}
	txtPacedCount  = i18n.Text{NL: "aftellen: %d s", EN: "countdown: %d s"}
	txtPacedStop   = i18n.Text{NL: "aftellen gestopt", EN: "countdown stopped"}
	txtPacedMix    = i18n.Text{NL: "mix van de zaal (%s): %s", EN: "the room's mix (%s): %s"}
	txtPacedSaved  = i18n.Text{
		NL: "%s in de sessiemap; bekijk het team met: ideale-ambtenaar team %s",
		EN: "%s in the session folder; see the team with: ideale-ambtenaar team %s"}
	txtPacedResults = i18n.Plural{
		One:  i18n.Text{NL: "%d resultaat", EN: "%d result"},
		Many: i18n.Text{NL: "%d resultaten", EN: "%d results"}}
	txtPacedTimeUp = i18n.Text{NL: "de tijd is om", EN: "time is up"}
)

// txtLivePaced is live --help's paragraph on the workshop's keys and
// commands.
var txtLivePaced = i18n.Text{
	NL: "Workshop (--paced), toetsen: →/n/spatie/PageDown volgende casus, o casus kiezen, h verdeling,\n" +
		"e extreme ronde, 1/2/3 of tab voorstellen per type, ↑/↓ en v voorstel verbergen, a namen,\n" +
		"x de uitersten (na h), t aftellen, m mix van de zaal, E afsluiten (iedereen ziet zijn mix),\n" +
		"j QR-code, l inschrijving, q stoppen.\n" +
		"Zonder scherm: geef de opdrachten één per regel op de invoer:\n" +
		"next, open N, reveal, extreme, show 1|2|3, hide N, unhide N, extremes,\n" +
		"countdown [S], mix, lock, unlock, end, quit. Elke stap wordt één regel uitvoer.",
	EN: "Workshop (--paced), keys: →/n/space/PageDown next scenario, o pick a scenario, h split,\n" +
		"e extreme round, 1/2/3 or tab proposals per type, ↑/↓ and v hide a proposal, a names,\n" +
		"x the extremes (after h), t countdown, m the room's mix, E end (everyone sees their mix),\n" +
		"j QR code, l joining, q quit.\n" +
		"Without a screen: give the commands one per line on the input:\n" +
		"next, open N, reveal, extreme, show 1|2|3, hide N, unhide N, extremes,\n" +
		"countdown [S], mix, lock, unlock, end, quit. Every step is one line of output."}

// pacedEvents are the headless lines of the paced workshop's events.
var pacedEvents = map[room.EventKind]i18n.Text{
	room.Opened:         {NL: "casus %d geopend: %s", EN: "opened scenario %d: %s"},
	room.Revealed:       {NL: "verdeling van %s getoond: %s", EN: "revealed %s: %s"},
	room.ExtremeStarted: {NL: "extreme ronde van %s: %s", EN: "extreme round of %s: %s"},
	room.Proposed:       {NL: "voorstel %d van %s (%s): %s", EN: "proposal %d by %s (%s): %s"},
	room.ProposalHidden: {NL: "voorstel %d verborgen", EN: "proposal %d hidden"},
	room.ProposalShown:  {NL: "voorstel %d weer zichtbaar", EN: "proposal %d shown again"},
	room.Ended:          {NL: "workshop afgesloten", EN: "workshop ended"},
}

// pacedEventLine is the line of a paced event, with its figures and the
// names in l; "" when ev is no paced event.
func pacedEventLine(ev room.Event, bank *quiz.Bank, l i18n.Lang) string {
	t, ok := pacedEvents[ev.Kind]
	if !ok {
		return ""
	}
	id := safetext.Line(ev.Scenario)
	var msg string
	switch ev.Kind {
	case room.Opened:
		n, _ := quiz.FindCase(bank, ev.Scenario)
		msg = t.F(l, n+1, id) + caseText(bank.Questions[n])
	case room.Revealed, room.ExtremeStarted:
		msg = t.F(l, id, typeCounts(ev.Counts, l))
	case room.Proposed:
		who := room.ParticipantView{ID: ev.Participant, Name: ev.Name}.Label(l, false)
		msg = t.F(l, ev.Proposal, safetext.Line(who), typeWord(ev.Type, l), safetext.Line(ev.Text))
	case room.ProposalHidden, room.ProposalShown:
		msg = t.F(l, ev.Proposal)
	default:
		msg = t.In(l)
	}
	return ev.Time.Local().Format("15:04:05") + " " + msg
}

// caseText is a case as the headless trainer reads it aloud: its context
// and scenario, then its options in file order, each on its own line.
func caseText(q quiz.Question) string {
	var b strings.Builder
	b.WriteString("\n  ")
	if c := safetext.Line(q.Context); c != "" {
		b.WriteString(c + ": ")
	}
	b.WriteString(safetext.Line(q.Scenario))
	for i, o := range q.Options {
		fmt.Fprintf(&b, "\n  %d. %s", i+1, safetext.Line(o.Text))
	}
	return b.String()
}

// typeWord is the type's name inside a sentence: "ondernemer".
func typeWord(t profile.Type, l i18n.Lang) string { return strings.ToLower(words.DefaultName(t, l)) }

// typeCounts says n per type: "bureaucraat 3, ondernemer 1, verbinder 2".
func typeCounts(n profile.Points, l i18n.Lang) string {
	parts := make([]string, 0, profile.Count)
	for _, t := range profile.Types {
		parts = append(parts, fmt.Sprintf("%s %d", typeWord(t, l), n[t]))
	}
	return strings.Join(parts, ", ")
}

// runTrainerCommand carries out one line of the trainer's input on rm and
// writes what it says to w; quit reports that the trainer asked to stop.
// A refused command writes the room's reason and goes on: nothing the
// room holds is lost by a wrong line.
func runTrainerCommand(w io.Writer, rm *room.Room, line string, l i18n.Lang, countdown time.Duration) (quit bool) {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return false
	}
	say := func(s string) { fmt.Fprintln(w, time.Now().Format("15:04:05")+" "+s) }
	fail := func(err error) {
		if err != nil {
			say(explain(err, l))
		}
	}
	number := func() (int, bool) {
		if len(fields) != 2 {
			say(txtPacedNeedsNumber.F(l, fields[0], fields[0]))
			return 0, false
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			say(txtPacedNeedsNumber.F(l, fields[0], fields[0]))
			return 0, false
		}
		return n, true
	}
	switch cmd := strings.ToLower(fields[0]); cmd {
	case "next", "n":
		_, err := rm.Next()
		fail(err) // after the last case: ErrLastCase says to end with `end`
	case "open":
		if n, ok := number(); ok {
			fail(rm.Open(n - 1))
		}
	case "reveal", "h":
		fail(rm.Reveal())
	case "extreme", "e":
		fail(rm.Extreme())
	case "show":
		n, ok := number()
		if !ok || n < 1 || n > profile.Count {
			if ok {
				say(txtPacedNeedsType.In(l))
			}
			return false
		}
		showProposals(say, rm.Snapshot(), profile.Type(n-1), l)
	case "hide", "unhide":
		if n, ok := number(); ok {
			fail(rm.HideProposal(n, cmd == "hide"))
		}
	case "extremes", "x":
		s := rm.Snapshot()
		if s.Paced == nil || s.Paced.Case < 0 {
			say(txtPacedNoCase.In(l))
			return false
		}
		q := rm.Bank().Questions[s.Paced.Case]
		say(txtPacedExtr.F(l, safetext.Line(s.Quiz.Scenarios[s.Paced.Case].ID)))
		resp := quiz.Responses(q)
		for _, t := range profile.Types {
			for _, r := range resp[t] {
				fmt.Fprintf(w, "  %s: %s\n", words.DefaultName(t, l), safetext.Line(r))
			}
		}
	case "countdown", "t":
		d := countdown
		if len(fields) > 1 {
			s, err := strconv.Atoi(fields[1])
			if err != nil || len(fields) > 2 || s < 0 || s > 3600 {
				say(txtPacedNeedsSeconds.In(l))
				return false
			}
			d = time.Duration(s) * time.Second
		}
		if err := rm.Countdown(d); err != nil {
			fail(err)
		} else if d == 0 {
			say(txtPacedStop.In(l))
		} else {
			say(txtPacedCount.F(l, int(d/time.Second)))
		}
	case "mix", "m":
		live := rm.Snapshot().Quiz.Live
		parts := make([]string, 0, profile.Count)
		for _, t := range profile.Types {
			parts = append(parts, fmt.Sprintf("%s %d %%", typeWord(t, l), live.Average.Percent[t]))
		}
		say(txtPacedMix.F(l, txtParticipants.F(l, live.Count, live.Count), strings.Join(parts, ", ")))
	case "lock", "l":
		fail(rm.Lock(true))
	case "unlock":
		fail(rm.Lock(false))
	case "end":
		endWorkshop(say, rm, l, true)
	case "quit", "q":
		return true
	case "help", "?":
		say(txtPacedCommands.In(l))
	default:
		say(txtPacedUnknown.F(l, safetext.Line(fields[0]), txtPacedCommands.In(l)))
	}
	return false
}

// endWorkshop ends the workshop and says how many results the session
// folder holds; asked (the trainer's `end`, not quitting), it says so when
// the workshop had ended already.
func endWorkshop(say func(string), rm *room.Room, l i18n.Lang, asked bool) {
	if asked && rm.Snapshot().Paced.Ended {
		say(explain(room.ErrAlreadyEnded, l))
	}
	if _, err := rm.End(); err != nil && !errors.Is(err, room.ErrEnded) {
		say(explain(err, l))
	}
	n := rm.Snapshot().Finished
	say(txtPacedSaved.F(l, txtPacedResults.F(l, n, n), safetext.Path(rm.Dir())))
}

// showProposals lists the open case's proposals of type t, hidden ones
// by number only.
func showProposals(say func(string), s *room.Snapshot, t profile.Type, l i18n.Lang) {
	if s.Paced == nil || s.Paced.Case < 0 {
		say(txtPacedNoCase.In(l))
		return
	}
	var lines []string
	for _, p := range s.Paced.Proposals {
		if p.Type != t {
			continue
		}
		text := safetext.Line(p.Text)
		if p.Hidden {
			text = "(" + txtPacedHidden.In(l) + ")"
		}
		lines = append(lines, fmt.Sprintf("  [%d] %s", p.N, text))
	}
	say(txtPacedShow.F(l, typeWord(t, l), len(lines)))
	if len(lines) == 0 {
		lines = []string{txtPacedNone.In(l)}
	}
	for _, line := range lines {
		say(line)
	}
}

// countdownOf is the session's countdown (--countdown, or the default).
func countdownOf(set liveSettings) time.Duration {
	if set.Countdown > 0 {
		return time.Duration(set.Countdown) * time.Second
	}
	return room.DefaultCountdown
}

// tooLong says that a command line was over the limit.
func tooLong(l i18n.Lang) string { return txtPacedTooLong.F(l, maxCommandLine) }
