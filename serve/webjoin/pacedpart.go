package webjoin

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// pacedPart is the paced workshop's part of the web flow (live --paced,
// issue 17; web/paced.html): the trainer leads from the front and every
// phone shows where the participant is now (room.Stage), one page per
// stage, drawn from the Stage alone (no Snapshot per request, the
// templates parsed once in New):
//
//   - wait: before the first case ("De trainer start zo met de eerste
//     casus");
//   - case: the open case with its options in the participant's own
//     order, one button each, so one tap answers;
//   - chosen: the same, their choice marked; another tap changes it,
//     until the reveal;
//   - revealed: the group's split as coloured bars with names, counts
//     and percentages (scaled to everybody who chose), and their own
//     choice;
//   - extreme: the sentence with their type in its colour and one line
//     (at most room.MaxProposal characters) to propose; after sending,
//     their proposal with a link to change it (?edit=1);
//   - ended: their mix (the quiz's result page, /result), or, without any
//     answer, a page that says so.
//
// Every page links to "mijn mix" (/q?view=mix: their mix over the cases
// answered so far, in the quiz's result body) and shows a running
// countdown in seconds left as the server saw it.
//
// When each page refreshes and what an old page's post does is in the
// package doc (server.go).
type pacedPart struct {
	bank *quiz.Bank
	// ids are the scenario IDs by bank index, as the room names them.
	ids []string
}

func newPacedPart(bank *quiz.Bank) *pacedPart {
	p := &pacedPart{bank: bank}
	for i, sc := range bank.Questions {
		p.ids = append(p.ids, scenarioID(sc, i))
	}
	return p
}

// words are the quiz's: the same question set and the same mix at the
// end.
func (pp *pacedPart) words() partWords {
	return partWords{title: pp.bank.Title, fallback: txtTitle, contentLang: pp.bank.Language,
		heading: txtYourMix, file: txtFileName}
}

// The words of the paced workshop's pages, Dutch first; the terminal's
// screen (screen/pacedview) says the same things.
var (
	txtPacedWaitSub = i18n.Text{
		NL: "Houd deze pagina open: de casus verschijnt hier vanzelf.",
		EN: "Keep this page open: the scenario appears here by itself."}
	txtPacedChosen = i18n.Text{
		NL: "Gekozen en bewaard. Je kunt nog wisselen tot de trainer de verdeling laat zien.",
		EN: "Chosen and kept. You can still change until the trainer shows the split."}
	txtPacedMine     = i18n.Text{NL: "jouw keuze", EN: "your choice"}
	txtPacedSplitBar = i18n.Text{NL: "De keuzes van de groep per type als staafdiagram", EN: "The group's choices per type as a bar chart"}
	txtPacedNext     = i18n.Text{NL: "De trainer gaat zo verder; deze pagina volgt vanzelf.", EN: "The trainer will go on shortly; this page follows by itself."}
	txtPacedField    = i18n.Text{NL: "Jouw voorstel (één regel, hoogstens %d tekens)", EN: "Your proposal (one line, at most %d characters)"}
	txtPacedSend     = i18n.Text{NL: "Versturen", EN: "Send"}
	txtPacedSent     = i18n.Text{
		NL: "Verstuurd en bewaard. Je kunt het nog aanpassen en opnieuw versturen.",
		EN: "Sent and kept. You can still change it and send it again."}
	txtPacedEdit     = i18n.Text{NL: "Voorstel aanpassen", EN: "Change my proposal"}
	txtPacedCurrent  = i18n.Text{NL: "Is de trainer al verder? Naar waar de groep nu is", EN: "Has the trainer moved on? To where the group is now"}
	txtPacedLeft     = i18n.Text{NL: "Nog %d seconden", EN: "%d seconds left"}
	txtPacedLeftOne  = i18n.Text{NL: "Nog 1 seconde", EN: "1 second left"}
	txtPacedMixLink  = i18n.Text{NL: "Mijn mix", EN: "My mix"}
	txtPacedMixSoFar = i18n.Text{NL: "Jouw mix tot nu toe", EN: "Your mix so far"}
	txtPacedMixOver  = i18n.Text{
		NL: "Over de casussen die je tot nu toe beantwoordde. Je mix verandert nog met elke casus.",
		EN: "Over the scenarios you answered so far. Your mix still changes with every scenario."}
	txtPacedBackTo = i18n.Text{NL: "Terug naar de workshop", EN: "Back to the workshop"}
	txtPacedEndedN = i18n.Text{
		NL: "Je hebt geen casus beantwoord, dus er is geen mix om te laten zien. Bedankt voor het meedoen.",
		EN: "You did not answer a scenario, so there is no mix to show. Thank you for taking part."}
	// txtPacedNotKept heads a refusal: what was posted is not kept, and
	// why (a room.Message).
	txtPacedNotKept = i18n.Text{NL: "Niet bewaard: %s.", EN: "Not kept: %s."}
	txtPacedMoved   = i18n.Text{
		NL: "de trainer is al naar een andere casus gegaan; hier is waar de groep nu is",
		EN: "the trainer has moved on to another scenario; here is where the group is now"}
	// txtPacedUnsent shows a proposal that could not be kept, so that
	// nothing typed is lost.
	txtPacedUnsent = i18n.Text{NL: "Wat je schreef (niet bewaard):", EN: "What you wrote (not kept):"}
)

// pacedRefusals are the refusals of the paced workshop that a redirect
// carries (?e=key, a fixed set beside the shared problems): the case is
// no longer open (moved), its split is shown, the workshop ended, no
// extreme round runs. The page says "Niet bewaard: " and why.
var pacedRefusals = []struct {
	key string
	err error
}{
	{"moved", room.ErrNotOpen},
	{"revealed", room.ErrRevealed},
	{"ended", room.ErrEnded},
	{"noextreme", room.ErrNoExtreme},
}

// notKept is the message of a refusal err in l: the room's own words,
// but for a case that is no longer open, where the phone now shows the
// case of now (txtPacedMoved).
func notKept(err error, l i18n.Lang) string {
	msg := room.Message(err, l)
	if errors.Is(err, room.ErrNotOpen) || errors.Is(err, errMoved) {
		msg = txtPacedMoved.In(l)
	}
	return txtPacedNotKept.F(l, msg)
}

// How soon a waiting page asks again (seconds): a phone shows the
// trainer's step within refreshWait; a page that says why something was
// not kept waits refreshProblem, so the message can be read before the
// page moves on.
const (
	refreshWait    = 2
	refreshProblem = 8
)

// pacedPage is one stage of the paced workshop as the template paced
// draws it. Kind names the stage: wait, case, chosen, revealed, extreme,
// sent, ended.
type pacedPage struct {
	Kind string
	// The open case: its place, texts (from the question set: content
	// language) and options in the participant's order.
	Context, Scenario, ScenarioID string
	Options                       []pacedOption
	Lead, Mine                    string
	// The split after the reveal: a bar per type with its count.
	SplitHead, SplitLabel string
	Split                 []splitBar
	Yours                 string
	// The extreme round: the sentence around their type's name (Type,
	// in its colour: Class), the field and its value, their proposal
	// kept so far.
	Before, Type, After, Class string
	Field, Value, Send         string
	Max                        int
	Sent, Proposal, Edit       string
	// Unsent is a proposal that could not be kept, shown so it is not
	// lost; UnsentHead introduces it.
	UnsentHead, Unsent string
	// Left is the countdown's seconds left, "" without one. Secs is the
	// number for its bar, which shrinks to nothing in that time (an SVG
	// animation: no script) on a page that does not refresh, and is 0 on
	// one that does (its text is new every 2 seconds).
	Left string
	Secs int
	// Current links to the current stage from a page that does not
	// refresh; MixText and MixHref link their mix.
	Current, MixText, MixHref string
}

// pacedOption is one option button: Value is its position in the
// participant's order.
type pacedOption struct {
	Value  int
	Text   string
	Chosen bool
}

// splitBar is one type's bar of the split: its count, its share of
// everybody who chose (Percent, profile.Percentages) and the bar's length
// (Width, in percent of the whole track). The bars scale to the total,
// as on the projector and the SSH screen, so 2 of 3 draws two thirds of
// the track, not a full bar; a share that exists is at least 1 wide.
type splitBar struct {
	Name, Class           string
	Count, Percent, Width int
}

// step shows the participant's stage; ?view=mix shows their mix so far
// and ?edit=1 opens their sent proposal for a change.
func (pp *pacedPart) step(s *Server, w http.ResponseWriter, r *http.Request, p *page, v room.ParticipantView) {
	st, err := s.room.Stage(v.ID)
	if !s.loaded(w, r, err) {
		return
	}
	if st.Done || (st.Ended && st.Answered > 0) {
		see(w, r, "/result")
		return
	}
	q := r.URL.Query()
	for _, x := range pacedRefusals {
		if p.Problem == "" && q.Get("e") == x.key {
			p.Problem = notKept(x.err, i18n.Lang(p.Lang))
		}
	}
	if q.Get("view") == "mix" {
		pp.mixPage(s, w, p, st)
		return
	}
	pp.render(s, w, http.StatusOK, p, st, q.Get("edit") == "1", "")
}

// render draws stage st on p with status code: edit opens the sent
// proposal's field; kept is text the participant typed that the room did
// not keep (it goes into the field when the field is there, else beside
// the stage).
func (pp *pacedPart) render(s *Server, w http.ResponseWriter, code int, p *page, st room.Stage, edit bool, kept string) {
	l := i18n.Lang(p.Lang)
	pg := &pacedPage{MixText: txtPacedMixLink.In(l), MixHref: "/q?view=mix"}
	p.Part = pg
	if !st.Deadline.IsZero() {
		if left := time.Until(st.Deadline); left > 0 {
			pg.Secs = int((left + time.Second - 1) / time.Second)
			pg.Left = txtPacedLeft.F(l, pg.Secs)
			if pg.Secs == 1 {
				pg.Left = txtPacedLeftOne.In(l)
			}
		}
	}
	switch {
	case st.Ended:
		pg.Kind = "ended"
		p.Heading = words.WorkshopEnded.In(l)
		pg.Lead = txtPacedEndedN.In(l)
		pg.MixText = ""
	case st.Case < 0:
		pg.Kind = "wait"
		p.Heading = words.WorkshopWaiting.In(l)
		pg.Lead = txtPacedWaitSub.In(l)
		p.Refresh = refreshWait
	default:
		pp.caseStage(p, pg, st, edit, kept)
	}
	switch {
	case kept != "":
		// Text the room did not keep stays until the participant acts.
		p.Refresh = 0
		if pg.Kind != "extreme" {
			pg.UnsentHead, pg.Unsent = txtPacedUnsent.In(l), kept
		}
		if pg.Kind != "extreme" && pg.Kind != "ended" {
			pg.Current = txtPacedCurrent.In(l)
		}
	case p.Refresh > 0 && p.Problem != "":
		p.Refresh = refreshProblem
	}
	if p.Refresh > 0 {
		pg.Secs = 0
	}
	if p.Heading != "" {
		p.Title = p.Heading + " · " + p.Title
	}
	s.render(w, code, "paced", p)
}

// caseStage fills pg with the open case's stage.
func (pp *pacedPart) caseStage(p *page, pg *pacedPage, st room.Stage, edit bool, kept string) {
	l := i18n.Lang(p.Lang)
	sc := pp.bank.Questions[st.Case]
	p.Heading = words.CaseCounter.F(l, st.Case+1, len(pp.bank.Questions))
	pg.Context, pg.Scenario = strings.TrimSpace(sc.Context), strings.TrimSpace(sc.Scenario)
	pg.ScenarioID = pp.ids[st.Case]
	names := pp.names(p)
	switch {
	case st.Extreme && st.Assigned:
		pg.Type, pg.Class = strings.ToLower(names[st.Type]), "t"+strconv.Itoa(int(st.Type))
		pg.Before, pg.After, _ = strings.Cut(words.WorkshopExtreme.In(l), "%s")
		pg.Proposal = st.Proposal
		if st.Proposal != "" && !edit && kept == "" {
			pg.Kind = "sent"
			pg.Sent, pg.Edit = txtPacedSent.In(l), txtPacedEdit.In(l)
			p.Refresh = refreshWait
			return
		}
		pg.Kind = "extreme"
		pg.Field, pg.Send, pg.Max = txtPacedField.F(l, room.MaxProposal), txtPacedSend.In(l), room.MaxProposal
		pg.Value = st.Proposal
		if kept != "" {
			pg.Value = kept
		}
		pg.Current = txtPacedCurrent.In(l)
	case st.Revealed || st.Extreme:
		pg.Kind = "revealed"
		pg.SplitHead, pg.SplitLabel = words.WorkshopSplit.In(l), txtPacedSplitBar.In(l)
		pct := profile.Percentages(st.Split)
		for _, t := range profile.Types {
			b := splitBar{Name: names[t], Class: "t" + strconv.Itoa(int(t)), Count: st.Split[t], Percent: pct[t], Width: pct[t]}
			if b.Count > 0 && b.Width == 0 {
				b.Width = 1 // a share that exists is never invisible
			}
			pg.Split = append(pg.Split, b)
		}
		pg.Yours = words.WorkshopNoChoice.In(l)
		if st.Chosen >= 0 && st.Chosen < len(st.Shown) {
			pg.Yours = words.WorkshopYours.F(l, strings.TrimSpace(sc.Options[st.Shown[st.Chosen]].Text))
		}
		pg.Lead = txtPacedNext.In(l)
		p.Refresh = refreshWait
	default:
		pg.Kind = "case"
		pg.Lead = words.WorkshopChoose.In(l)
		if st.Chosen >= 0 {
			pg.Kind = "chosen"
			pg.Lead, pg.Mine = txtPacedChosen.In(l), txtPacedMine.In(l)
			p.Refresh = refreshWait
		}
		for i, o := range st.Shown {
			pg.Options = append(pg.Options, pacedOption{Value: i, Text: strings.TrimSpace(sc.Options[o].Text), Chosen: i == st.Chosen})
		}
	}
}

// names are the types' names for page p's own words (the extreme
// round's sentence, the split's bars): the question set's names when the
// set is in the page's language, else the interface's names in the
// page's language (words.DefaultNames), so an English page over the
// Dutch set says "You are the entrepreneur", not "the ondernemer".
func (pp *pacedPart) names(p *page) [profile.Count]string {
	l := i18n.Lang(p.Lang)
	if p.ContentLang == p.Lang {
		return words.Names(pp.bank.Types, l)
	}
	return words.DefaultNames(l)
}

// mixPage shows the participant's mix over the cases answered so far:
// the quiz's result body (mixResult) in the paced shell, with the way
// back; it does not refresh (it is read).
func (pp *pacedPart) mixPage(s *Server, w http.ResponseWriter, p *page, st room.Stage) {
	l := i18n.Lang(p.Lang)
	p.Heading = txtPacedMixSoFar.In(l)
	p.Title = p.Heading + " · " + p.Title
	p.Plain = &plainPage{Text: txtPacedMixOver.In(l), Link: "/q", LinkText: txtPacedBackTo.In(l)}
	if st.Answered == 0 {
		p.Plain.Text = words.WorkshopNoMix.In(l)
		s.render(w, http.StatusOK, "pacedmix", p)
		return
	}
	s.renderResult(w, "pacedmix", p, mixResult(p, pp.bank.Types, mixOf(st)))
}

// answer keeps a choice (form fields scenario and choice) or a proposal
// (scenario and proposal) for the case the page showed. A refusal lands on
// the current stage with why; a refused proposal is shown there again.
func (pp *pacedPart) answer(s *Server, w http.ResponseWriter, r *http.Request, id room.ParticipantID) {
	scen := r.PostForm.Get("scenario")
	if r.PostForm.Has("proposal") {
		pp.propose(s, w, r, id, scen, r.PostForm.Get("proposal"))
		return
	}
	raw := r.PostForm.Get("choice")
	shown, err := strconv.Atoi(raw)
	if err != nil || len(raw) > 3 {
		see(w, r, "/q?e=stale")
		return
	}
	err = s.room.Answer(id, scen, shown)
	if errors.Is(err, room.ErrUnknownScenario) {
		err = room.ErrNotOpen // an old page of another set: the same answer
	}
	if !pacedRefused(s, w, r, err) {
		see(w, r, "/q")
	}
}

// pacedRefused is refused with the paced workshop's refusals: the case
// is not open (any more), its split is shown, the workshop ended, no
// extreme round runs.
func pacedRefused(s *Server, w http.ResponseWriter, r *http.Request, err error) bool {
	for _, x := range pacedRefusals {
		if errors.Is(err, x.err) {
			see(w, r, "/q?e="+x.key)
			return true
		}
	}
	return s.refused(w, r, err)
}

// maxKept bounds the refused text that is shown again (runes): more than
// a proposal may have, so the participant sees what to shorten.
const maxKept = 4 * room.MaxProposal

// propose keeps participant id's proposal text for case scen. When the
// room refuses it (empty, too long, the case no longer open, no extreme
// round, the end), the current stage is drawn straight away (no
// redirect: the text stays out of the address) with the message and
// the text, cleaned, in the field or beside the stage.
func (pp *pacedPart) propose(s *Server, w http.ResponseWriter, r *http.Request, id room.ParticipantID, scen, text string) {
	st, err := s.room.Stage(id)
	if !s.loaded(w, r, err) {
		return
	}
	switch {
	case st.Done || st.Ended && st.Answered > 0:
		see(w, r, "/result") // the round is over: their mix
		return
	case st.Ended:
		err = room.ErrEnded
	case st.Case < 0 || pp.ids[st.Case] != scen:
		err = errMoved
	default:
		err = s.room.Propose(id, text)
		if err == nil {
			see(w, r, "/q")
			return
		}
		if !errors.Is(err, room.ErrEmptyProposal) && !errors.Is(err, room.ErrLongProposal) &&
			!errors.Is(err, room.ErrNoExtreme) && !errors.Is(err, room.ErrEnded) && !errors.Is(err, room.ErrNoCaseOpen) {
			s.refused(w, r, err) // unknown, closed, the journal
			return
		}
		var serr error
		if st, serr = s.room.Stage(id); !s.loaded(w, r, serr) {
			return
		}
	}
	l := s.langOf(nil, r)
	p := s.newPage(l, "")
	p.CSRF = csrfFor(s.token(r))
	p.Problem = notKept(err, l)
	kept := room.CleanProposal(text)
	if utf8.RuneCountInString(kept) > maxKept {
		kept = string([]rune(kept)[:maxKept])
	}
	pp.render(s, w, http.StatusUnprocessableEntity, p, st, true, kept) // the field again
}

// errMoved is a proposal for a case that is no longer open.
var errMoved = errors.New("webjoin: the case is no longer open")

// result is the mix of a participant whose workshop ended with an answer
// of theirs (or who finished): the quiz's result body over Stage.Mix.
// The shared result page then finishes them, which End did already or
// retries a save that failed.
func (pp *pacedPart) result(s *Server, p *page, id room.ParticipantID) (string, bool) {
	st, err := s.room.Stage(id)
	if err != nil || !st.Done && !(st.Ended && st.Answered > 0) {
		return "", false
	}
	return mixResult(p, pp.bank.Types, mixOf(st)), true
}

// mixOf is st's mix over the cases answered: Stage.Mix counts one answer
// per point (profile.New), which a set with options of more points
// (scores) overstates in the headline ("In deze 4 situaties" after 2);
// the margin and the headline need the answers themselves.
func mixOf(st room.Stage) profile.Mix { return profile.Of(st.Mix.Points, st.Answered) }
