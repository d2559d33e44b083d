package teamview

import (
	"testing"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/internal/screentest"
)

// ctrl+z suspends the team screen, and its full help lists it (where the
// platform can suspend).
func TestSuspendKey(t *testing.T) {
	m := keypress.Drive(New(Config{Report: report(t, 3, i18n.NL), Theme: theme.Dark}), 80, 24)
	screentest.Suspends(t, m, content(keypress.Drive(m, 80, 24, "?")))
}
