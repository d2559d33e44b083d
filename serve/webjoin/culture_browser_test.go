package webjoin

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/chromedp"
)

// TestCultureBrowser walks the built-in culture set in headless Chromium
// at a phone's size: it joins, types a wrong sum once (shown again with
// the message and the numbers), goes back once, and reads its own culture
// now and desired. It checks that a screen reader names every number
// field by its description, takes screenshots of a step and the result,
// light and dark, and fails on a CSP violation or a script error.
func TestCultureBrowser(t *testing.T) {
	b := newBrowser(t)
	ctx, must := b.ctx, b.must
	s, f := newCultureSite(t, 10)

	must(chromedp.Do(ctx, chromedp.Navigate(s.ts.URL+"/j/"+string(testCode))))
	b.waitH1("Meedoen")
	must(chromedp.Do(ctx, chromedp.SendKeys("#name", "Anna"), chromedp.Click("button.primary")))

	// fill types the three numbers into the fields, replacing what is
	// there, and confirms.
	fill := func(a, bb, c string) {
		t.Helper()
		for i, v := range []string{a, bb, c} {
			sel := fmt.Sprintf("#p%d", i+1)
			must(chromedp.Do(ctx, chromedp.Clear(sel), chromedp.SendKeys(sel, v)))
		}
		must(chromedp.Do(ctx, chromedp.Click("button.primary")))
	}
	n := 2 * len(f.set.Dimensions)
	for i := range n {
		b.waitH1(fmt.Sprintf("Stap %d van %d", i+1, n))
		switch i {
		case 0:
			checkNumbersNamed(t, b, f.set.Dimensions[0].Descriptions[:])
			// A wrong sum: the form again, with the message and the
			// numbers as typed.
			fill("5", "3", "1")
			b.waitH1(fmt.Sprintf("Stap 1 van %d", n))
			text, err := chromedp.Run(ctx, chromedp.Text(".alert"))
			must(err)
			if !strings.Contains(text, "Niet bewaard: je hebt 9 van de 10 punten verdeeld") {
				t.Errorf("alert %q", text)
			}
			for sel, want := range map[string]string{"#p1": "5", "#p2": "3", "#p3": "1"} {
				if got, _ := chromedp.Run(ctx, chromedp.Value(sel)); got != want {
					t.Errorf("%s = %q after a wrong sum, want %q", sel, got, want)
				}
			}
			b.shoot("culture-wrong-sum", false)
		case 2:
			b.shoot("culture-step", false)
		case 3:
			// Back once: the points given there are filled in.
			must(chromedp.Do(ctx, chromedp.Click("button.secondary")))
			b.waitH1(fmt.Sprintf("Stap %d van %d", i, n))
			if got, _ := chromedp.Run(ctx, chromedp.Value("#p1")); got != "6" {
				t.Errorf("after back p1 = %q, want 6", got)
			}
			must(chromedp.Do(ctx, chromedp.Click("button.primary")))
			b.waitH1(fmt.Sprintf("Stap %d van %d", i+1, n))
		}
		if i < n/2 {
			fill("6", "2", "2")
		} else {
			fill("2", "3", "5")
		}
	}
	b.waitH1("Jouw beeld van de cultuur")
	text, err := chromedp.Run(ctx, chromedp.Text("main"))
	must(err)
	for _, want := range []string{"Bureaucraat", "60%", "20%", "De grootste verschuiving: minder bureaucraat, van 60% nu naar 20% gewenst"} {
		if !strings.Contains(text, want) {
			t.Errorf("result page lacks %q:\n%s", want, text)
		}
	}
	b.shoot("culture-result", true)
	if got := f.part(1); !got.finished || got.name != "Anna" {
		t.Errorf("room: %+v", got)
	}
	b.checkConsole()
}

// checkNumbersNamed reads the step page as a screen reader gets it: three
// number fields (spinbuttons), each named by its description.
func checkNumbersNamed(t *testing.T, b *browser, descriptions []string) {
	t.Helper()
	tree, err := chromedp.Call(b.ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	b.must(err)
	var names []string
	for _, n := range tree.Nodes {
		if n.Ignored || n.Role == nil || string(n.Role.Value) != `"spinbutton"` || n.Name == nil {
			continue
		}
		names = append(names, strings.Trim(string(n.Name.Value), `"`))
	}
	if len(names) != len(descriptions) {
		t.Fatalf("%d number fields named %q, want %d", len(names), names, len(descriptions))
	}
	for i, d := range descriptions {
		words := strings.Fields(d)
		if !strings.Contains(names[i], strings.Join(words[:min(5, len(words))], " ")) {
			t.Errorf("field %d is named %q, want its description %q", i+1, names[i], d)
		}
	}
	t.Logf("screen reader: number fields %q", names)
}
