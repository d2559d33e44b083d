package profile

import (
	"image/color"
	"testing"
)

func TestChameleon(t *testing.T) {
	cases := []struct {
		name   string
		points Points
		want   color.RGBA
	}{
		{"pure bureaucraat", Points{5, 0, 0}, color.RGBA{255, 0, 0, 255}},
		{"pure ondernemer", Points{0, 3, 0}, color.RGBA{0, 255, 0, 255}},
		{"pure verbinder", Points{0, 0, 1}, color.RGBA{0, 0, 255, 255}},
		{"even mix", Points{4, 4, 4}, color.RGBA{255, 255, 255, 255}},
		{"bureaucraat and verbinder", Points{3, 0, 3}, color.RGBA{255, 0, 255, 255}},
		{"ondernemer and verbinder", Points{0, 2, 2}, color.RGBA{0, 255, 255, 255}},
		{"60/40", Points{6, 4, 0}, color.RGBA{255, 170, 0, 255}},
		{"leaning", Points{9, 2, 3}, color.RGBA{255, 57, 85, 255}},
		{"zero", Points{}, ChameleonGrey},
	}
	for _, c := range cases {
		if got := Chameleon(New(c.points)); got != c.want {
			t.Errorf("%s %v: %v, want %v", c.name, c.points, got, c.want)
		}
	}
	// A profile that carries only percentages (a team average) mixes the
	// same way.
	avg := Mix{Percent: [Count]int{50, 0, 50}}
	if got, want := Chameleon(avg), (color.RGBA{255, 0, 255, 255}); got != want {
		t.Errorf("percent-only profile: %v, want %v", got, want)
	}
	// Scale does not matter, only the proportions.
	if a, b := Chameleon(New(Points{2, 1, 1})), Chameleon(New(Points{20, 10, 10})); a != b {
		t.Errorf("same mix, different colour: %v and %v", a, b)
	}
}
