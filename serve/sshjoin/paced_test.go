package sshjoin

import (
	"os/exec"
	"testing"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/quiz/quiztest"
)

func newPacedRoom(t testing.TB) *room.Room {
	t.Helper()
	r, err := room.New(room.Config{Activity: room.Paced(quiztest.Small(t), true), Dir: t.TempDir(), Code: "7K3Q"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

// waitRoom waits until the room's state satisfies ok.
func waitRoom(t *testing.T, r *room.Room, what string, ok func(*room.Snapshot) bool) {
	t.Helper()
	ch, stop := r.Subscribe()
	defer stop()
	deadline := time.After(10 * time.Second)
	for !ok(r.Snapshot()) {
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("the room never got %s: %+v", what, r.Snapshot().Paced)
		}
	}
}

// TestPacedTwoParticipants: two participants follow the trainer through
// one case: they wait, choose, see the split, get a type in the extreme
// round (as does a third who comes in late) and propose; at the end they
// see their mix, and m gives the link.
func TestPacedTwoParticipants(t *testing.T) {
	r := newPacedRoom(t)
	_, addr := serveConfig(t, Config{Room: r, ResultLink: func(room.ParticipantID) string { return "http://127.0.0.1:8080/r/ABC" }})
	a, b := open(t, addr, "7k3q", newKey(t)), open(t, addr, "7k3q", nil)
	for _, tm := range []*term{a, b} {
		tm.waitFor("Je naam")
	}
	a.send("Anna", "\r")
	b.send("Bert", "\r")
	for _, tm := range []*term{a, b} {
		tm.waitFor("De trainer start zo")
		tm.mark()
	}
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	for _, tm := range []*term{a, b} {
		tm.waitFor("Casus 1 van 3")
	}
	a.send("1")
	b.send("j", "\r") // the second option: arrows and enter
	waitRoom(t, r, "two answers", func(s *room.Snapshot) bool { return s.Paced.Answered == 2 })
	if err := r.Reveal(); err != nil {
		t.Fatal(err)
	}
	for _, tm := range []*term{a, b} {
		tm.waitFor("Zo koos de groep")
		tm.mark()
	}
	if err := r.Extreme(); err != nil {
		t.Fatal(err)
	}
	// A latecomer enters at the current case, in its extreme round, with a
	// type of their own.
	late := open(t, addr, "7k3q", newKey(t))
	late.waitFor("Je naam")
	late.send("Cor", "\r")
	for _, tm := range []*term{a, b, late} {
		tm.waitFor("op zijn uiterst")
	}
	a.send("Alles volgens het boekje.\r")
	b.send("\x1b[200~Meteen regelen\x1b[201~", "\r") // pasted, as a terminal does
	waitRoom(t, r, "two proposals", func(s *room.Snapshot) bool { return len(s.Paced.Proposals) == 2 })
	got := map[string]bool{}
	for _, p := range r.Snapshot().Paced.Proposals {
		got[p.Name+": "+p.Text] = true
	}
	if !got["Anna: Alles volgens het boekje."] || !got["Bert: Meteen regelen"] {
		t.Errorf("proposals %v", got)
	}
	a.mark()
	if _, err := r.End(); err != nil {
		t.Fatal(err)
	}
	a.waitFor("workshop afgesloten")
	a.waitFor("Jouw mix")
	a.send("m")
	a.waitFor("Je uitslag op je telefoon")
	a.send("m", "q")
	if code := a.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestPacedRealOpenSSH joins the paced workshop with the real ssh client
// and chooses in the open case.
func TestPacedRealOpenSSH(t *testing.T) {
	r := newPacedRoom(t)
	identity, _ := keyFile(t)
	bin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("no OpenSSH client (apt-get install -y openssh-client)")
	}
	_, addr := serveConfig(t, Config{Room: r})
	c := startSSH(t, bin, addr, "7k3q", identity)
	c.mustSee("Je naam")
	_, _ = c.pty.WriteString("Ria\r")
	c.mustSee("De trainer start zo")
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	c.mustSee("Casus 1 van 3")
	_, _ = c.pty.WriteString("3")
	waitRoom(t, r, "the answer", func(s *room.Snapshot) bool { return s.Paced.Answered == 1 })
	_, _ = c.pty.WriteString("q") // asks "Stoppen?" first
	c.mustSee("Stoppen?")
	_, _ = c.pty.WriteString("j")
	waitRoom(t, r, "the participant gone", func(s *room.Snapshot) bool { return s.Present == 0 })
	if err := c.cmd.Wait(); err != nil {
		t.Errorf("ssh ended with %v after q", err)
	}
}
