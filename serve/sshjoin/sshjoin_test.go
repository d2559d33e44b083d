package sshjoin

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/ssh"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

func contextWithTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), d)
}

func TestWrongCode(t *testing.T) {
	_, addr := serve(t, newRoom(t, 0), Limits{})
	for user, want := range map[string]string{
		"QQQQ":  "Deze code hoort niet bij deze sessie",
		"qqqq":  "Deze code hoort niet bij deze sessie",
		"hello": "de code bevat", // a look-alike or a letter no code has
		"7K3":   "een code heeft 4 tekens",
	} {
		out, code := run(t, addr, user, "")
		if !strings.Contains(strings.ToLower(out), strings.ToLower(want)) || code != 1 {
			t.Errorf("%s: exit %d, said %q; want %q", user, code, out, want)
		}
		if strings.Count(strings.TrimSpace(out), "\n") != 0 {
			t.Errorf("%s: one line, got %q", user, out)
		}
	}
}

func TestNoPtyAndCommand(t *testing.T) {
	_, addr := serve(t, newRoom(t, 0), Limits{})
	out, code := run(t, addr, "7k3q", "")
	if !strings.Contains(out, "terminal nodig") || !strings.Contains(out, "7K3Q@127.0.0.1") || code != 1 {
		t.Errorf("no pty: exit %d, said %q", code, out)
	}
	out, code = run(t, addr, "7K3Q", "cat /etc/passwd")
	if !strings.Contains(out, "Verbind zonder opdracht") || code != 1 {
		t.Errorf("command: exit %d, said %q", code, out)
	}
}

// joinAs takes a new participant through the name step to the first
// question.
func joinAs(tm *term, name string) {
	tm.t.Helper()
	tm.waitFor("Je naam")
	tm.send(name, "\r")
	tm.waitFor("Oefenset")
	tm.waitFor("3 casussen")
	tm.mark()
	tm.send("\r")
	tm.waitFor("Casus 1 van 3")
}

func TestOverTheCap(t *testing.T) {
	r := newRoom(t, 1)
	_, addr := serve(t, r, Limits{})
	first := open(t, addr, "7K3Q", nil)
	joinAs(first, "Anna")
	second := open(t, addr, "7K3Q", nil)
	second.waitFor("De sessie is vol (1 deelnemers)")
	if code := second.exit(); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}

func TestLocked(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	if err := r.Lock(true); err != nil {
		t.Fatal(err)
	}
	tm := open(t, addr, "7K3Q", newKey(t))
	tm.waitFor("De trainer heeft de sessie gesloten voor nieuwe deelnemers")
	if code := tm.exit(); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}

func TestReconnectContinuesAtTheSameQuestion(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	key := newKey(t)
	tm := open(t, addr, "7K3Q", key)
	joinAs(tm, "Anna")
	tm.mark()
	tm.send("2", "\r")
	tm.waitFor("nieuwe regel") // question 2: the renderer redraws only what changed
	_ = tm.client.Close()      // the Wi-Fi drops

	again := open(t, addr, "7k3q", key)
	again.waitFor("Je was gebleven bij casus 2 van 3")
	if strings.Contains(again.screen(), "Je naam") {
		t.Error("a returning participant is not asked the name again")
	}
	again.mark()
	again.send("\r")
	again.waitFor("Casus 2 van 3")
	snap := r.Snapshot()
	if snap.Joined != 1 || snap.Participants[0].Answered != 1 || snap.Participants[0].Name != "Anna" {
		t.Errorf("snapshot: joined %d, %+v", snap.Joined, snap.Participants)
	}
	if snap.Present != 1 {
		t.Errorf("present %d, want 1 (the old session's leave must not count)", snap.Present)
	}
}

func TestTwoKeysAreTwoParticipants(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	a := open(t, addr, "7K3Q", newKey(t))
	joinAs(a, "A")
	b := open(t, addr, "7K3Q", newKey(t))
	joinAs(b, "B")
	if snap := r.Snapshot(); snap.Joined != 2 || snap.Present != 2 {
		t.Errorf("joined %d present %d, want 2 and 2", snap.Joined, snap.Present)
	}
}

func TestWholeQuizSavesTheResult(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	tm := open(t, addr, "7K3Q", nil)
	joinAs(tm, "Bea")
	tm.mark()
	tm.send("\r")
	tm.waitFor("nieuwe regel") // question 2: the renderer redraws only what changed
	tm.mark()
	tm.send("\r")
	tm.waitFor("collega vraagt") // question 3
	tm.send("\r")
	tm.waitFor("Jouw mix")
	files, _ := filepath.Glob(filepath.Join(r.Dir(), "*.json"))
	if len(files) != 1 {
		t.Fatalf("result files: %v", files)
	}
	data, _ := os.ReadFile(files[0])
	if !strings.Contains(string(data), "Bea") {
		t.Errorf("result without the name: %s", data)
	}
	tm.send("q")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	waitUntil(t, func() bool { return r.Snapshot().Participants[0].Left })
	if snap := r.Snapshot(); snap.Finished != 1 {
		t.Errorf("finished %d", snap.Finished)
	}
}

func waitUntil(t *testing.T, ok func() bool) {
	t.Helper()
	for range 500 {
		if ok() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not reached")
}

func TestRateLimits(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{WrongBurst: 2, WrongEvery: time.Hour, ConnBurst: 5, ConnEvery: time.Hour})
	for range 2 {
		if out, _ := run(t, addr, "QQQQ", ""); !strings.Contains(out, "hoort niet bij") {
			t.Fatalf("said %q", out)
		}
	}
	if out, _ := run(t, addr, "7K3Q", ""); !strings.Contains(out, "Te veel verkeerde codes") {
		t.Errorf("after the wrong codes, even the right one waits: said %q", out)
	}
	run(t, addr, "7K3Q", "")
	run(t, addr, "7K3Q", "")
	if c, err := dial(addr, "7K3Q", nil); err == nil {
		c.Close()
		t.Error("the sixth connection from one address in a burst of 5 must be refused")
	}
}

func TestHostKeyIsKept(t *testing.T) {
	r := newRoom(t, 0)
	path := filepath.Join(t.TempDir(), "config", "ideale-ambtenaar", "ssh_host_ed25519")
	a, err := New(Config{Room: r, HostKeyPath: path})
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{Room: r, HostKeyPath: path})
	if err != nil {
		t.Fatal(err)
	}
	if a.Fingerprint() != b.Fingerprint() || !strings.HasPrefix(a.Fingerprint(), "SHA256:") {
		t.Errorf("fingerprints %q and %q", a.Fingerprint(), b.Fingerprint())
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestShutdownEndsSessions(t *testing.T) {
	r := newRoom(t, 0)
	s, addr := serve(t, r, Limits{})
	tm := open(t, addr, "7K3Q", nil)
	joinAs(tm, "")
	ctx, cancel := contextWithTimeout(5 * time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if snap := r.Snapshot(); snap.Left != 1 {
		t.Errorf("left %d, want 1: the participant leaves before Shutdown returns", snap.Left)
	}
	tm.waitFor("De sessie is afgelopen")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	if _, err := dial(addr, "7K3Q", nil); err == nil {
		t.Error("a connection after Shutdown must be refused")
	}
}

func TestNewRoundStartsAFreshWalk(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	tm := open(t, addr, "7K3Q", nil)
	joinAs(tm, "Fem")
	tm.mark()
	tm.send("\r")
	tm.waitFor("nieuwe regel")
	tm.mark()
	if _, err := r.NewRound(); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("3 casussen") // the welcome screen of the new round
	tm.mark()
	tm.send("\r")
	tm.waitFor("1 van 3")
	tm.send("\r")
	tm.waitFor("nieuwe regel")
	snap := r.Snapshot()
	if snap.Round != 2 || snap.Joined != 1 || snap.Participants[0].Answered != 1 {
		t.Errorf("round %d, joined %d, %+v", snap.Round, snap.Joined, snap.Participants)
	}
}

func TestOnlyTheQuiz(t *testing.T) {
	_, addr := serve(t, newRoom(t, 0), Limits{})
	c, err := dial(addr, "7K3Q", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if conn, err := c.Dial("tcp", addr); err == nil {
		conn.Close()
		t.Error("local port forwarding must be refused")
	}
	if ln, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		ln.Close()
		t.Error("remote port forwarding must be refused")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem must be refused")
	}
	// charm.land/ssh acknowledges auth-agent-req (it only notes it), but
	// the server never forwards the agent: no handler calls
	// ssh.ForwardAgentConnections.
	if ok, _ := sess.SendRequest("x11-req", true, nil); ok {
		t.Error("x11 forwarding must be refused")
	}
}

func TestLockedWhileTypingTheName(t *testing.T) {
	r := newRoom(t, 0)
	_, addr := serve(t, r, Limits{})
	tm := open(t, addr, "7K3Q", nil)
	tm.waitFor("Je naam")
	if err := r.Lock(true); err != nil {
		t.Fatal(err)
	}
	tm.send("Cor\r")
	tm.waitFor("De trainer heeft de sessie gesloten")
	if code := tm.exit(); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if snap := r.Snapshot(); snap.Joined != 0 {
		t.Errorf("joined %d", snap.Joined)
	}
}

func TestHostKeyFolderError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := New(Config{Room: newRoom(t, 0), HostKeyPath: filepath.Join(file, "sub", "key")})
	var e interface{ Message(i18n.Lang) string }
	if !errors.As(err, &e) || !strings.Contains(e.Message(i18n.NL), "kan niet worden gemaakt") {
		t.Errorf("err = %v", err)
	}
}

func TestPanicEndsOneSession(t *testing.T) {
	r := newRoom(t, 0)
	s, addr := serve(t, r, Limits{})
	key := newKey(t)
	first := open(t, addr, "7K3Q", key)
	joinAs(first, "Dirk")
	s.beforeQuiz = func(sess ssh.Session) {
		if sess.PublicKey() != nil {
			panic("boom")
		}
	}
	again := open(t, addr, "7K3Q", key) // a second session of Dirk's: it panics
	again.exit()
	other := open(t, addr, "7K3Q", nil)
	joinAs(other, "Els")
	first.mark()
	first.send("\r")
	first.waitFor("nieuwe regel") // Dirk's first session goes on
	if snap := r.Snapshot(); snap.Present != 2 {
		t.Errorf("present %d, want 2", snap.Present)
	}
}

func TestTheRoomsLanguage(t *testing.T) {
	r, err := room.New(room.Config{Bank: quiztest.Small(t), Dir: t.TempDir(), Language: i18n.EN, Code: "7K3Q"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	_, addr := serve(t, r, Limits{})
	if out, _ := run(t, addr, "QQQQ", ""); !strings.Contains(out, "This code is not the code of this session") {
		t.Errorf("said %q", out)
	}
	tm := open(t, addr, "7K3Q", nil)
	tm.waitFor("Your name")
}
