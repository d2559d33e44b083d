package liveview

import (
	"regexp"
	"strings"
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
)

// TestQuitDialogSpeaksOneLanguage: the projector's quit dialogs (quiz and
// culture room) say everything in the trainer's language, keys included:
// "j ja" in Dutch, "y yes" in English, and the live room is the session
// (sessie) in both (issue 19).
func TestQuitDialogSpeaksOneLanguage(t *testing.T) {
	r := newRoom(t, 3, 3)
	other := map[i18n.Lang]*regexp.Regexp{
		i18n.NL: regexp.MustCompile(`(?i)\b(room|journal|yes|no|quit|the|every)\b`),
		i18n.EN: regexp.MustCompile(`(?i)\b(sessie|sessielogboek|journaal|ja|nee|stoppen|de|alle)\b`),
	}
	want := map[i18n.Lang][]string{
		i18n.NL: {"De sessie sluit", "sessielogboek", "enter = ja · esc = nee"},
		i18n.EN: {"The session closes", "session journal", "enter = yes · esc = no"},
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		models := map[string]Model{
			"quiz":    keypress.Drive(newModel(r, l, false), 80, 24, "q"),
			"culture": keypress.Drive(newCultureModel(newFakeCulture(cultureSnap(0)), l, false), 80, 24, "q"),
		}
		for name, m := range models {
			out := content(m)
			for _, w := range want[l] {
				if !strings.Contains(out, w) {
					t.Errorf("%s (%s): the quit dialog lacks %q:\n%s", name, l, w, out)
				}
			}
			// Only the dialog's box: the lobby behind it shows names and
			// the set's own words.
			for _, line := range strings.Split(out, "\n") {
				if !strings.ContainsAny(line, "│┃║") {
					continue
				}
				if bad := other[l].FindAllString(line, -1); len(bad) > 0 {
					t.Errorf("%s (%s): words of the other language %q in %q", name, l, bad, line)
				}
			}
		}
	}
}
