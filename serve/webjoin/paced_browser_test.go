package webjoin

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

// waitText waits until the element sel holds want: after the trainer's
// step, the page's own meta refresh brings it (no JavaScript).
func (b *browser) waitText(sel, want string) {
	b.t.Helper()
	js := fmt.Sprintf(`document.readyState === "complete" && !!document.querySelector(%q) && document.querySelector(%q).textContent.includes(%q)`, sel, sel, want)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	html, _ := chromedp.Run(b.ctx, chromedp.OuterHTML("main"))
	b.t.Fatalf("waiting for %q in %s:\n%s", want, sel, html)
}

// TestPacedBrowser follows the paced workshop on a phone in headless
// Chromium (390×844) as the trainer leads it from Go: the waiting page
// turns into the case by its meta refresh, one tap chooses, the reveal
// and the extreme round arrive by themselves, an empty proposal is
// refused with a message, a proposal with markup is kept and shown as
// text, and the mix so far opens from its link. Screenshots light and
// dark of the case and the extreme round (and more) go to
// $WEBJOIN_SHOTS; a CSP violation or script error fails it.
func TestPacedBrowser(t *testing.T) {
	b := newBrowser(t)
	ctx, must := b.ctx, b.must
	s := newSite(t, room.Config{Activity: room.Paced(quiztest.Bank(t, i18n.NL), false)})
	r := s.room

	must(chromedp.Do(ctx, chromedp.Navigate(s.ts.URL+"/j/"+string(testCode))))
	b.waitH1("Meedoen")
	must(chromedp.Do(ctx, chromedp.SendKeys("#name", "Anna"), chromedp.Click("button.primary")))
	b.waitH1("De trainer start zo met de eerste casus")
	b.shoot("paced-wait", false)

	_, err := r.Next()
	must(err)
	n := len(r.Bank().Questions)
	b.waitH1(fmt.Sprintf("Casus 1 van %d", n)) // by the refresh
	must(r.Countdown(45 * time.Second))
	must(chromedp.Do(ctx, chromedp.Reload()))
	b.waitText(".countdown", "Nog ")
	b.shoot("paced-case", false)

	must(chromedp.Do(ctx, chromedp.Click("fieldset button.opt:nth-of-type(2)")))
	b.waitText("button.opt.chosen", "jouw keuze")
	b.shoot("paced-chosen", false)

	// Two more choose, so the split is 2 of 3 for Anna's type and 1 of 3
	// for another: the bars are shares of all three (67% and 33%).
	st1, err := r.Stage(1)
	must(err)
	bank, mine := r.Bank(), st1.Shown[st1.Chosen]
	scen := scenarioID(bank.Questions[st1.Case], st1.Case)
	opts := bank.Questions[st1.Case].Options
	for i, same := range []bool{true, false} {
		id, err := r.Join(fmt.Sprintf("other-%d", i), "", "web")
		must(err)
		st, err := r.Stage(id)
		must(err)
		for pos, o := range st.Shown {
			if (o == mine) == same && (same || opts[o].Points != opts[mine].Points) {
				must(r.Answer(id, scen, pos))
				break
			}
		}
	}
	must(r.Reveal())
	b.waitText("main", "Zo koos de groep")
	b.waitText("main", "2 (67%)")
	b.waitText("main", "1 (33%)")
	b.shoot("paced-revealed", false)

	must(r.Extreme())
	b.waitText("main", "op zijn uiterst")
	st, err := r.Stage(1)
	must(err)
	typ, err := chromedp.Run(ctx, chromedp.Text("strong.tname"))
	must(err)
	if want := strings.ToLower(r.Bank().Types[st.Type].Name); typ != want {
		t.Errorf("type in the sentence %q, want %q", typ, want)
	}
	b.shoot("paced-extreme", false)

	// Empty: the message, the field still there.
	must(chromedp.Do(ctx, chromedp.Click("button.primary")))
	b.waitText(".alert", "je voorstel is leeg")
	b.shoot("paced-refused", false)
	text := `<b>Alles</b> volgens het boekje, ook als de rij tot buiten staat`
	must(chromedp.Do(ctx, chromedp.SendKeys("#proposal", text), chromedp.Click("button.primary")))
	b.waitText("main", "Verstuurd en bewaard")
	shown, err := chromedp.Run(ctx, chromedp.Text("p.quote"))
	must(err)
	if shown != text {
		t.Errorf("proposal shown as %q, want %q", shown, text)
	}
	if st, _ := r.Stage(1); st.Proposal != text {
		t.Errorf("proposal kept as %q", st.Proposal)
	}
	b.shoot("paced-sent", false)

	must(chromedp.Do(ctx, chromedp.Click("p.mixlink a")))
	b.waitH1("Jouw mix tot nu toe")
	b.waitText("main", "In deze ene situatie")
	b.shoot("paced-mix", true)

	// The English page names the type in English.
	must(chromedp.Do(ctx, chromedp.Navigate(s.ts.URL+"/q?lang=en")))
	b.waitText("main", "at the extreme")
	typ, err = chromedp.Run(ctx, chromedp.Text("strong.tname"))
	must(err)
	if want := strings.ToLower(words.DefaultName(st.Type, i18n.EN)); typ != want {
		t.Errorf("type in the English sentence %q, want %q", typ, want)
	}
	b.shoot("paced-sent-en", false)

	// The trainer ends: the page that follows the trainer lands on the
	// result by its refresh.
	must(chromedp.Do(ctx, chromedp.Navigate(s.ts.URL+"/q?lang=nl")))
	b.waitText("main", "Verstuurd en bewaard")
	_, err = r.End()
	must(err)
	b.waitH1("Jouw mix")
	b.waitText("main", "Bewaar mijn uitslag als bestand")
	b.shoot("paced-result", true)
	b.checkConsole()
}
