package command

import (
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz/quiztest"
)

// TestPlainHeadline50_35_15 answers the shipped set so that the mix is
// 50 % verbinder, 35 % bureaucraat and 15 % ondernemer (13, 9 and 4 of 26)
// and reads the plain result as a new user would: the first sentence
// names the verbinder first, nothing says "evenwicht" or "tussen", the
// precision is a footnote and the development pointer names the
// ondernemer.
func TestPlainHeadline50_35_15(t *testing.T) {
	bank := quiztest.Bank(t, i18n.NL)
	n := len(bank.Questions)
	verb, bur := (n+1)/2, n*35/100
	var want profile.Points
	in := answers(n, func(i int) string {
		ty := profile.Ondernemer
		switch {
		case i < verb:
			ty = profile.Verbinder
		case i < verb+bur:
			ty = profile.Bureaucraat
		}
		for j, o := range bank.Questions[i].Options {
			if o.Points[ty] > 0 && o.Points.Total() == o.Points[ty] {
				want = want.Add(o.Points)
				return itoa(j + 1)
			}
		}
		t.Fatalf("question %d has no option for %s alone", i+1, ty)
		return ""
	})
	code, out, errOut := runWith(t, in, nil, "--plain", "--no-shuffle")
	if code != exitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	if n == 26 && profile.New(want).Percent != [profile.Count]int{35, 15, 50} {
		t.Fatalf("answers give %v, want 35/15/50", profile.New(want).Percent)
	}
	_, after, ok := strings.Cut(out, "Jouw mix")
	if !ok {
		t.Fatalf("no result:\n%s", out)
	}
	flat := strings.Join(strings.Fields(after), " ")
	first := flat[strings.Index(flat, "In deze"):]
	first = first[:strings.Index(first, ".")+1]
	if !strings.HasPrefix(first, "In deze 26 situaties koos je het vaakst als verbinder (50%), dan als bureaucraat (35%)") && n == 26 {
		t.Errorf("first sentence %q", first)
	}
	if !strings.Contains(first, "vaakst als verbinder") {
		t.Errorf("first sentence does not name the verbinder first: %q", first)
	}
	// The headline and pointer, up to the chameleon sentence (whose
	// chameleon "schakelt tussen de drie").
	head, _, _ := strings.Cut(flat, "Rood (")
	for _, bad := range []string{"evenwicht", "tussen"} {
		if strings.Contains(head, bad) {
			t.Errorf("the result says %q:\n%s", bad, after)
		}
	}
	if !strings.Contains(flat, "Kies je opnieuw") || !strings.Contains(flat, "Je kleinste kant is de ondernemer") {
		t.Errorf("no footnote or pointer:\n%s", after)
	}
}
