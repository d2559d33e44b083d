package quizview_test

import (
	"regexp"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/quizview"
)

// TestQuitDialogSpeaksOneLanguage: the quiz's quit dialog, its keys and
// the scenario counter are in the user's language only: "j = ja" and
// "Casus" in Dutch, "y = yes" and "Scenario" in English (issue 19).
func TestQuitDialogSpeaksOneLanguage(t *testing.T) {
	other := map[i18n.Lang]*regexp.Regexp{
		i18n.NL: regexp.MustCompile(`\b(yes|no|quit|Quit|question|Question|scenario|Scenario|answer|answers)\b`),
		i18n.EN: regexp.MustCompile(`\b(ja|nee|stoppen|Stoppen|vraag|Vraag|casus|Casus|antwoord|antwoorden)\b`),
	}
	want := map[i18n.Lang][]string{
		i18n.NL: {"Casus 2 van", "Stoppen?", "j = ja", "n = nee"},
		i18n.EN: {"Scenario 2 of", "Quit?", "y = yes", "n = no"},
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		m := sized(quizview.New(config(t, l)), 80, 24)
		m = press(m, "enter", "1", "enter")
		before := screen(m)
		m = press(m, "q")
		out := screen(m)
		for _, w := range want[l] {
			if !strings.Contains(before+out, w) {
				t.Errorf("%s: lacks %q:\n%s\n%s", l, w, before, out)
			}
		}
		// The scenario's own text is the set's; check the lines the
		// program writes: the counter, the dialog and the keys.
		for _, line := range strings.Split(before+"\n"+out, "\n") {
			if !strings.ContainsAny(line, "=•") && !strings.Contains(line, want[l][0][:5]) && !strings.Contains(line, want[l][1]) {
				continue
			}
			if bad := other[l].FindAllString(line, -1); len(bad) > 0 {
				t.Errorf("%s: words of the other language %q in %q", l, bad, line)
			}
		}
	}
}
