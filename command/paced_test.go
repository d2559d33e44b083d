package command

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

// TestTrainerCommands leads a paced room through its commands as a
// script would, and checks what each says and does.
func TestTrainerCommands(t *testing.T) {
	rm, err := room.New(room.Config{Activity: room.Paced(quiztest.Small(t), true), Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer rm.Close()
	a, _ := rm.Join("a", "Anna", room.ViaSSH)
	b, _ := rm.Join("b", "Bob", room.ViaWeb)
	var out bytes.Buffer
	run := func(line string) string {
		out.Reset()
		if runTrainerCommand(&out, rm, line, i18n.NL, time.Minute) {
			t.Fatalf("%q quit", line)
		}
		return out.String()
	}
	for _, bad := range []string{"open", "open x", "show 4", "countdown -1", "frobnicate", "reveal", "hide 3"} {
		if got := run(bad); strings.TrimSpace(got) == "" {
			t.Errorf("%q said nothing", bad)
		}
	}
	if got := run("frobnicate"); !strings.Contains(got, "onbekende opdracht") || !strings.Contains(got, "next, open N") {
		t.Errorf("unknown command: %q", got)
	}
	run("next")
	if s := rm.Snapshot().Paced; s.Case != 0 {
		t.Fatalf("next opened %d", s.Case)
	}
	bank := rm.Bank()
	if err := rm.Answer(a, bank.Questions[0].ID, 0); err != nil {
		t.Fatal(err)
	}
	if err := rm.Answer(b, bank.Questions[0].ID, 1); err != nil {
		t.Fatal(err)
	}
	run("reveal")
	run("extreme")
	if err := rm.Propose(a, "Regels zijn regels\x1b[2J"); err != nil {
		t.Fatal(err)
	}
	st, _ := rm.Stage(a)
	got := run("show " + string(rune('1'+st.Type)))
	if !strings.Contains(got, "[1] Regels zijn regels") || strings.Contains(got, "\x1b") {
		t.Errorf("show: %q", got)
	}
	run("hide 1")
	if got := run("show " + string(rune('1'+st.Type))); strings.Contains(got, "Regels") || !strings.Contains(got, "verborgen") {
		t.Errorf("show after hide: %q", got)
	}
	if got := run("extremes"); strings.Count(got, "\n") < 4 {
		t.Errorf("extremes: %q", got)
	}
	if got := run("countdown 30"); !strings.Contains(got, "30 s") || rm.Snapshot().Paced.Deadline.IsZero() {
		t.Errorf("countdown: %q", got)
	}
	if got := run("mix"); !strings.Contains(got, "2 deelnemers") {
		t.Errorf("mix: %q", got)
	}
	run("open 3")
	if got := run("next"); !strings.Contains(got, "laatste casus") || rm.Snapshot().Paced.Ended {
		t.Errorf("next after the last case: %q (it must not end the workshop)", got)
	}
	if got := run("end"); !strings.Contains(got, "2 resultaten in de sessiemap") {
		t.Errorf("end: %q", got)
	}
	if got := run("end"); !strings.Contains(got, "al afgesloten") || !strings.Contains(got, "2 resultaten") {
		t.Errorf("end again: %q", got)
	}
	if got := run("mix"); !strings.Contains(got, "(2 deelnemers)") {
		t.Errorf("mix: %q", got)
	}
	files, _ := filepath.Glob(filepath.Join(rm.ResultsDir(1), "*.json"))
	if len(files) != 2 {
		t.Errorf("%d result files after the end, want 2", len(files))
	}
	out.Reset()
	if !runTrainerCommand(&out, rm, "quit", i18n.NL, time.Minute) {
		t.Error("quit did not quit")
	}

	// The event lines say the figures.
	evs, _ := rm.Events(0)
	var lines []string
	for _, ev := range evs {
		if l := pacedEventLine(ev, bank, i18n.EN); l != "" {
			lines = append(lines, l[9:])
		}
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{"opened scenario 1: " + bank.Questions[0].ID, "revealed " + bank.Questions[0].ID + ": bureaucrat 1, entrepreneur 1, connector 0", "extreme round of", "proposal 1 by Anna", "proposal 1 hidden", "workshop ended"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in the event lines:\n%s", want, all)
		}
	}
}

// TestReadCommandsCapsLines: a line over maxCommandLine stops reading
// with an error instead of growing without end.
func TestReadCommandsCapsLines(t *testing.T) {
	ch := readCommands(strings.NewReader("next\n" + strings.Repeat("x", maxCommandLine+10) + "\nreveal\n"))
	if c := <-ch; c.line != "next" {
		t.Fatalf("first line %+v", c)
	}
	if c := <-ch; c.err == nil {
		t.Fatalf("over-long line read: %d bytes", len(c.line))
	}
	if c := <-ch; !c.eof {
		t.Fatalf("after the error %+v", c)
	}
}
