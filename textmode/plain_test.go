package textmode

import (
	"bytes"
	"io"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

// answers is one "1" per question of b, one per line.
func answers(b *quiz.Bank) string { return strings.Repeat("1\n", len(b.Questions)) }

func runText(t *testing.T, l i18n.Lang, in io.Reader, echo bool) (*quiz.Walk, string, error) {
	t.Helper()
	b := quiztest.Bank(t, l)
	var out bytes.Buffer
	w, err := Run(Config{Bank: b, Lang: l, Theme: theme.New(false, false), Echo: echo}, in, &out)
	return w, out.String(), err
}

// TestLongLineIsAWrongAnswer: a line over 64 KiB ended the quiz with
// "bufio.Scanner: token too long"; any line over MaxAnswer is now a wrong
// answer, said in the user's language, and the question is asked again.
func TestLongLineIsAWrongAnswer(t *testing.T) {
	for _, c := range []struct {
		l    i18n.Lang
		want string
	}{
		{i18n.NL, "Die regel is te lang (meer dan 1024 tekens)"},
		{i18n.EN, "That line is too long (over 1024 characters)"},
	} {
		b := quiztest.Bank(t, c.l)
		for _, size := range []int{MaxAnswer + 1, 70 << 10, 1 << 20} {
			in := strings.Repeat("x", size) + "\n" + answers(b)
			w, out, err := runText(t, c.l, strings.NewReader(in), false)
			if err != nil {
				t.Fatalf("%s, %d bytes: %v", c.l, size, err)
			}
			if !w.Done() || !strings.Contains(out, c.want) {
				t.Errorf("%s, %d bytes: done %v, output lacks %q", c.l, size, w.Done(), c.want)
			}
		}
	}
	// A long last line without a newline is a wrong answer too, then the
	// input ends.
	_, _, err := runText(t, i18n.NL, strings.NewReader(strings.Repeat("9", 5000)), false)
	if _, ok := err.(*InputEndedError); !ok {
		t.Errorf("long last line: %v", err)
	}
	// A line of exactly MaxAnswer bytes, and CRLF endings, are ordinary.
	b := quiztest.Bank(t, i18n.NL)
	in := strings.Repeat(" ", MaxAnswer-1) + "1\r\n" + strings.ReplaceAll(answers(b), "\n", "\r\n")
	if w, out, err := runText(t, i18n.NL, strings.NewReader(in), false); err != nil || !w.Done() || strings.Contains(out, "te lang") {
		t.Errorf("line of MaxAnswer bytes: %v", err)
	}
}

// endless is an input of n bytes of 'x' without a line break, then tail.
type endless struct {
	n    int
	tail *strings.Reader
}

func (e *endless) Read(p []byte) (int, error) {
	if e.n > 0 {
		k := min(len(p), e.n)
		for i := range k {
			p[i] = 'x'
		}
		e.n -= k
		return k, nil
	}
	return e.tail.Read(p)
}

// TestLongLineCostsNoMemory: a 64 MiB line is read without being kept.
func TestLongLineCostsNoMemory(t *testing.T) {
	b := quiztest.Bank(t, i18n.NL)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	w, _, err := runText(t, i18n.NL, &endless{n: 64 << 20, tail: strings.NewReader("\n" + answers(b))}, false)
	runtime.ReadMemStats(&after)
	if err != nil || !w.Done() {
		t.Fatalf("done %v, %v", w.Done(), err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("allocated %d MiB for a 64 MiB line", alloc>>20)
	}
}

// TestEchoIsSafe: an echoed answer holds no control from the input.
func TestEchoIsSafe(t *testing.T) {
	b := quiztest.Bank(t, i18n.EN)
	_, out, err := runText(t, i18n.EN, strings.NewReader("\x1b]0;pwn\x07\u202e\n"+answers(b)), true)
	if err != nil {
		t.Fatal(err)
	}
	out = regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(out, "") // the theme's bold
	for _, bad := range []string{"\x1b", "\x07", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds %q", bad)
		}
	}
	if !strings.Contains(out, `"\x1b]0;pwn\a\u202e" is not a choice`) {
		t.Errorf("wrong answer not quoted visibly:\n%s", out)
	}
}
