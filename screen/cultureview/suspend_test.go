package cultureview_test

import (
	"testing"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/screentest"
)

// ctrl+z suspends the culture screen, as it does every screen, and its
// full help lists it (where the platform can suspend).
func TestSuspendKey(t *testing.T) {
	m := newModel(t, i18n.NL, true, 80, 24)
	screentest.Suspends(t, m, screen(press(m, "?")))
}
