package sshjoin

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/i18n"
)

// TestNameStepGolden draws the name step on a dark terminal at the sizes
// of a projector, the minimum and a large window.
func TestNameStepGolden(t *testing.T) {
	r := newRoom(t, 0)
	for _, sz := range [][2]int{{80, 24}, {40, 12}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			st := &session{s: &Server{room: r, lang: i18n.NL}}
			var m tea.Model = newModel(st, i18n.NL, true)
			m, _ = m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			m, _ = m.Update(tea.BackgroundColorMsg{Color: color.Black})
			for _, r := range "Ria" {
				m, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			out := ansi.Strip(m.View().Content)
			lines := strings.Split(out, "\n")
			if len(lines) > sz[1] {
				t.Errorf("%d lines in a window of %d", len(lines), sz[1])
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("line of %d cells in a window of %d: %q", w, sz[0], l)
				}
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}
