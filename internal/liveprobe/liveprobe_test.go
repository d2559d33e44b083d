package liveprobe

import (
	"testing"
	"time"
)

func TestFirstFormEitherAttributeOrder(t *testing.T) {
	for _, page := range []string{
		`<form method="post" action="/a?x=1&amp;y=2"><input type="hidden" name="t" value="a&#43;b"><input type="radio" name="o" value="2"><input type="radio" name="o" value="3"></form>`,
		`<form action="/a?x=1&amp;y=2" method="post"><input type="hidden" name="t" value="a&#43;b"><input type="radio" name="o" value="2"></form>`,
	} {
		v, action, err := FirstForm(page)
		if err != nil || action != "/a?x=1&y=2" || v.Get("t") != "a+b" || v.Get("o") != "2" {
			t.Errorf("%s: %v %q %v", page, v, action, err)
		}
	}
	if _, _, err := FirstForm("<p>no form</p>"); err == nil {
		t.Error("a page without a form gave no error")
	}
}

func TestPctNearestRank(t *testing.T) {
	ds := []time.Duration{4, 1, 3, 2}
	for p, want := range map[float64]time.Duration{0: 1, 0.5: 2, 0.95: 4, 1: 4} {
		if got := Pct(ds, p); got != want {
			t.Errorf("Pct(%v) = %v, want %v", p, got, want)
		}
	}
	if Pct(nil, 0.5) != 0 {
		t.Error("no durations, yet a percentile")
	}
}
