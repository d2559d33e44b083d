package pacedview_test

import (
	"testing"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
)

// BenchmarkTyping is one letter typed into the proposal field and the
// frame after it, at 80×24 in the extreme round (the field holds about
// 70 characters; a backspace every other key keeps it so).
func BenchmarkTyping(b *testing.B) {
	m := stages["extreme"](b, i18n.NL, theme.Dark, 80, 24)
	keys := []string{"a", "backspace"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m = press(m, keys[i%2])
		_ = m.View()
	}
}
