package liveview

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/keypress"
	"ideale-ambtenaar/quiz/quiztest"
)

// room300 is a room of 300 participants on a 24-scenario bank (it
// fsyncs every answer, which takes a few seconds to build).
func room300(b *testing.B) *room.Room { return newRoom(b, 300, 24) }

// BenchmarkView draws the whole screen at 120x40 with 300 participants,
// revealed, names shown: what a redraw after a change costs. "cached" is
// Bubble Tea asking again with nothing changed.
func BenchmarkView(b *testing.B) {
	r := room300(b)
	benchView(b, keypress.Drive(newModel(r, i18n.NL, true), 120, 40, "h", "a"))
}

// BenchmarkViewWall is BenchmarkView on a wall of 200x60.
func BenchmarkViewWall(b *testing.B) {
	r := room300(b)
	benchView(b, keypress.Drive(newModel(r, i18n.NL, true), 200, 60, "h", "a"))
}

// BenchmarkCultureView is BenchmarkView for the culture screen.
func BenchmarkCultureView(b *testing.B) {
	benchView(b, keypress.Drive(newCultureModel(newFakeCulture(cultureSnap(300)), i18n.NL, true), 120, 40, "h", "a"))
}

// benchView measures drawing m ("render") and asking for its view again
// with nothing changed ("cached").
func benchView(b *testing.B, m Model) {
	b.Run("render", func(b *testing.B) {
		for b.Loop() {
			_ = m.render()
		}
	})
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			_ = m.View()
		}
	})
}

// BenchmarkChangeBurst: 100 change signals and the tick after them, the
// View after each message as Bubble Tea asks for it: one snapshot and one
// render per burst.
func BenchmarkChangeBurst(b *testing.B) {
	r := room300(b)
	m := keypress.Drive(newModel(r, i18n.NL, true), 120, 40, "h")
	b.ResetTimer()
	for i := range b.N {
		// A real change, so the tick has a new snapshot to read; its
		// fsync is the room's cost, not the screen's.
		b.StopTimer()
		if err := r.Lock(i%2 == 0); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		var next tea.Model = m
		for range 100 {
			next, _ = next.Update(changedMsg{})
			_ = next.View()
		}
		next, _ = next.Update(tickMsg{})
		_ = next.View()
		m = next.(Model)
	}
	_ = fmt.Sprint(m.snap.Version)
}

// BenchmarkPacedView draws the paced workshop's extreme round with 300
// participants and their proposals, at 120x40 and on a 200x60 wall.
func BenchmarkPacedView(b *testing.B) {
	r := newPacedRoom(b, quiztest.Bank(b, i18n.NL), 300)
	for _, st := range pacedSteps {
		if st.name == "extreme" {
			st.do(b, r)
		}
	}
	for _, size := range [][2]int{{120, 40}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			benchView(b, newPacedModel(r, i18n.NL, theme.Dark, size[0], size[1], "2", "a"))
		})
	}
}
