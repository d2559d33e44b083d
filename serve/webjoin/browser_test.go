package webjoin

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/internal/browsertest"
	"ideale-ambtenaar/quiz/quiztest"
)

// browser is a headless Chromium at a phone's size (390×844) for the
// browser tests, with what they share: screenshots light and dark into
// $WEBJOIN_SHOTS (else a temporary folder), waiting for a page's heading,
// and the console, to fail on a Content-Security-Policy violation or a
// script error. newBrowser skips without Chromium and with -short.
type browser struct {
	t     *testing.T
	ctx   context.Context
	shots string

	mu      sync.Mutex
	console []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	if browsertest.Path() == "" {
		t.Skip("no chromium on PATH (apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	shots := os.Getenv("WEBJOIN_SHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.Allocator(t)
	ctx, cancelCtx := chromedp.NewContext(ctx)
	t.Cleanup(cancelCtx)
	b := &browser{t: t, ctx: ctx, shots: shots}
	b.must(chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch)))
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.console = append(b.console, m.String())
			b.mu.Unlock()
		}
	}()
	return b
}

func (b *browser) must(err error) {
	b.t.Helper()
	if err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) scheme(dark bool) {
	b.t.Helper()
	v := "light"
	if dark {
		v = "dark"
	}
	_, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}}})
	b.must(err)
}

// shoot takes a screenshot light and dark (full: the whole page).
func (b *browser) shoot(name string, full bool) {
	t := b.t
	t.Helper()
	for _, dark := range []bool{false, true} {
		b.scheme(dark)
		var png []byte
		var err error
		if full {
			png, err = chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
		} else {
			png, err = chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
		}
		b.must(err)
		suffix, bg := "light", "rgb(255, 255, 255)"
		if dark {
			suffix, bg = "dark", "rgb(30, 30, 30)"
		}
		// The stylesheet came through the CSP, and the colour scheme
		// follows the emulated preference.
		got, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
		b.must(err)
		if got != bg {
			t.Errorf("%s %s: body background %s, want %s", name, suffix, got, bg)
		}
		path := filepath.Join(b.shots, name+"-"+suffix+".png")
		b.must(os.WriteFile(path, png, 0o644))
		t.Logf("screenshot %s", path)
	}
	b.scheme(false)
}

// waitH1 waits for the next page: its heading. A navigation under way
// makes an evaluation fail; it is tried again until the deadline.
func (b *browser) waitH1(want string) {
	b.t.Helper()
	b.waitText("h1", want)
}

// checkConsole fails on a CSP violation or a script error seen so far.
func (b *browser) checkConsole() {
	b.t.Helper()
	time.Sleep(100 * time.Millisecond)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.console {
		if strings.Contains(m, "Content Security Policy") || strings.HasPrefix(m, "exception") {
			b.t.Errorf("console: %s", m)
		}
	}
	b.t.Logf("%d console messages: %q", len(b.console), b.console)
}

// TestBrowser walks the real question set in a real headless Chromium at a
// phone's size (390×844): it opens the QR code's address, joins with a
// name, answers every scenario (going back once), and reads its own mix.
// It takes screenshots of a question page and the result page, light and
// dark, into $WEBJOIN_SHOTS (else a temporary folder), and fails on a
// Content-Security-Policy violation or any script error on the pages. It
// skips without Chromium and with -short.
func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	ctx, must, shoot, waitH1 := b.ctx, b.must, b.shoot, b.waitH1
	bank := quiztest.Bank(t, i18n.NL)
	s := newSite(t, room.Config{Bank: bank})

	// The QR code's address.
	must(chromedp.Do(ctx, chromedp.Navigate(s.ts.URL+"/j/"+string(testCode))))
	waitH1("Meedoen")
	code, err := chromedp.Run(ctx, chromedp.Value("#code"))
	must(err)
	if code != string(testCode) {
		t.Errorf("code field %q", code)
	}
	shoot("join", false)
	must(chromedp.Do(ctx, chromedp.SendKeys("#name", "Anna"), chromedp.Click("button.primary")))

	n := len(bank.Questions)
	for i := 0; i < n; i++ {
		waitH1(fmt.Sprintf("Casus %d van %d", i+1, n))
		if i == 0 {
			checkAccessible(t, ctx, bank.Questions[0].Scenario)
		}
		// Tap the label (not the tiny radio) of an option.
		sel := fmt.Sprintf("fieldset label.opt:nth-of-type(%d)", i%3+1)
		must(chromedp.Do(ctx, chromedp.Click(sel)))
		if i == 2 {
			shoot("question", false)
			// The smallest phone the brief names.
			must(chromedp.Do(ctx, chromedp.EmulateViewport(360, 640, chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch)))
			shoot("question-360", false)
			must(chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulatePortrait, chromedp.EmulateMobile, chromedp.EmulateTouch)))
		}
		must(chromedp.Do(ctx, chromedp.Click("button.primary")))
		if i == 3 {
			// Back once: the earlier choice is still selected.
			waitH1(fmt.Sprintf("Casus %d van %d", i+2, n))
			must(chromedp.Do(ctx, chromedp.Click("button.secondary")))
			waitH1(fmt.Sprintf("Casus %d van %d", i+1, n))
			checked, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
				fmt.Sprintf(`document.querySelector(%q).checked`, sel+" input")))
			must(err)
			if !checked {
				t.Error("after back, the earlier choice is not selected")
			}
			must(chromedp.Do(ctx, chromedp.Click("button.primary")))
		}
	}
	waitH1("Jouw mix")
	text, err := chromedp.Run(ctx, chromedp.Text("main"))
	must(err)
	for _, want := range []string{"Bureaucraat", "Ondernemer", "Verbinder", "In deze 26 situaties koos je", "Kies je opnieuw", "Wat je meebrengt", "Geen oordeel"} {
		if !strings.Contains(text, want) {
			t.Errorf("result page lacks %q", want)
		}
	}
	shoot("result", false)
	shoot("result-full", true)
	must(chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800)))
	shoot("result-laptop", false)

	snap := s.room.Snapshot()
	if snap.Finished != 1 || snap.Participants[0].Name != "Anna" || snap.Participants[0].Answered != n {
		t.Errorf("room: %+v", snap.Participants)
	}
	b.checkConsole()
}

// checkAccessible reads the page as a screen reader gets it (Chromium's
// accessibility tree): the options are a group named by the scenario, and
// come after it as radio buttons named by their texts, each an option the
// participant was shown.
func checkAccessible(t *testing.T, ctx context.Context, scenario string) {
	t.Helper()
	tree, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	str := func(v *accessibility.Value) string {
		if v == nil {
			return ""
		}
		var s string
		_ = json.Unmarshal(v.Value, &s)
		return s
	}
	var group string
	var radios []string
	var order []string
	for _, n := range tree.Nodes {
		if n.Ignored {
			continue
		}
		switch role := str(n.Role); role {
		case "group":
			if group == "" {
				group = str(n.Name)
				order = append(order, role)
			}
		case "radio":
			radios = append(radios, str(n.Name))
			order = append(order, role)
		}
	}
	words := strings.Fields(scenario)
	if !strings.Contains(group, strings.Join(words[:6], " ")) {
		t.Errorf("the options' group is named %q, want the scenario %q", group, scenario)
	}
	if len(radios) < 2 || len(order) == 0 || order[0] != "group" {
		t.Errorf("radios %q after %q", radios, order)
	}
	for _, r := range radios {
		if strings.TrimSpace(r) == "" {
			t.Error("a radio button without a name")
		}
	}
	t.Logf("screen reader: group %q; radios %q", group, radios)
}
