package webjoin

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// culturePart is the culture survey's part of the web flow: one page per
// step (pass and dimension) where ten points are shared over the
// dimension's three descriptions, and the participant's own culture now
// and desired at the end (web/culture.html).
type culturePart struct {
	set *culture.Set
}

func newCulturePart(set *culture.Set) (*culturePart, error) {
	if len(set.Dimensions) == 0 {
		return nil, errors.New("webjoin: the culture room has no dimensions")
	}
	return &culturePart{set: set}, nil
}

func (c *culturePart) words() partWords {
	return partWords{title: c.set.Title, fallback: txtCultureTitle, contentLang: c.set.Language,
		heading: txtYourCulture, file: txtCultureFile}
}

// The words of the culture survey's pages, Dutch first; the terminal's
// culture screen (screen/cultureview) says the same things.
var (
	txtCultureTitle = i18n.Text{NL: "Organisatiecultuur, nu en gewenst", EN: "Organisation culture, now and desired"}
	txtStepOf       = i18n.Text{NL: "Stap %d van %d", EN: "Step %d of %d"}
	txtPassLine     = [culture.Passes]i18n.Text{
		culture.Now:     {NL: "Zo is het nu · onderwerp %d van %d", EN: "As it is now · dimension %d of %d"},
		culture.Desired: {NL: "Zo zou je het willen · onderwerp %d van %d", EN: "As you would like it · dimension %d of %d"},
	}
	txtPassStart = [culture.Passes]i18n.Text{
		culture.Now: {
			NL: "%d onderwerpen, twee keer: eerst zoals het nu is, daarna zoals je het graag zou zien. Hoe beter een beschrijving past, hoe meer punten.",
			EN: "%d dimensions, twice: first as it is now, then as you would like it to be. The better a description fits, the more points."},
		culture.Desired: {
			NL: "Nu nog eens, voor zoals je het graag zou zien (%d onderwerpen).",
			EN: "Now once more, for how you would like it to be (%d dimensions)."},
	}
	txtSumLine       = i18n.Text{NL: "Verdeel %[1]d punten over de drie beschrijvingen: samen moeten ze precies %[1]d zijn.", EN: "Share %[1]d points over the three descriptions: together they must add up to exactly %[1]d."}
	txtPoints        = i18n.Text{NL: "punten", EN: "points"}
	txtStepSaved     = i18n.Text{NL: "Je punten voor stap %d zijn bewaard.", EN: "Your points for step %d are saved."}
	txtNotSaved      = i18n.Text{NL: "Niet bewaard: %s.", EN: "Not saved: %s."}
	txtInvalidPoints = i18n.Text{NL: "deze verdeling klopt niet", EN: "this allocation is not valid"}

	txtYourCulture      = i18n.Text{NL: "Jouw beeld van de cultuur", EN: "Your view of the culture"}
	txtCultureBars      = i18n.Text{NL: "Nu en gewenst per type als staafdiagram", EN: "Now and desired per type as a bar chart"}
	txtCultureNoVerdict = i18n.Text{
		NL: "Dit is jouw beeld, geen oordeel: het gesprek in de groep gaat over de verschillen.",
		EN: "This is your view, not a verdict: the group's conversation is about the differences."}
	txtCultureDims     = i18n.Text{NL: "Per onderwerp, in punten", EN: "Per dimension, in points"}
	txtCultureDimsBars = i18n.Text{NL: "Punten nu en gewenst per type als staafdiagram", EN: "Points now and desired per type as a bar chart"}
	// txtCultureFile is the downloaded result's file name, with the
	// date.
	txtCultureFile = i18n.Text{NL: "mijn-cultuurbeeld-%s.html", EN: "my-culture-view-%s.html"}
)

// step shows the participant's current step: the dimension and its
// three descriptions with a number each, filled in with what was given
// there before (after Back). A survey with every step given goes to the
// result.
func (c *culturePart) step(s *Server, w http.ResponseWriter, r *http.Request, p *page, v room.ParticipantView) {
	sv, err := s.room.Survey(v.ID)
	if !s.loaded(w, r, err) {
		return
	}
	if sv.Done() {
		see(w, r, "/result")
		return
	}
	l := i18n.Lang(p.Lang)
	if n, err := strconv.Atoi(r.URL.Query().Get("saved")); err == nil && n >= 1 && n <= sv.Steps() && p.Problem == "" {
		p.Notice = txtStepSaved.F(l, n)
	}
	var values [profile.Count]string
	if a, ok := sv.Given(); ok {
		for _, t := range profile.Types {
			values[t] = strconv.Itoa(a[t])
		}
	}
	renderStep(s, w, http.StatusOK, p, sv, values, [profile.Count]bool{})
}

// renderStep fills the step form of sv's current step with values (the
// numbers as given, "" for none) and marks the invalid ones.
func renderStep(s *Server, w http.ResponseWriter, code int, p *page, sv *culture.Survey, values [profile.Count]string, invalid [profile.Count]bool) {
	l := i18n.Lang(p.Lang)
	d := sv.Dimension()
	st := &stepPage{
		stepHead: p.stepHead(txtStepOf, sv.Step(), sv.Steps()),
		PassLine: txtPassLine[sv.Pass()].F(l, sv.Index()+1, sv.Len()),
		Title:    strings.TrimSpace(d.Title),
		SumLine:  txtSumLine.F(l, culture.Budget),
		Points:   txtPoints.In(l),
		Step:     sv.Step(), Max: culture.Budget,
	}
	if sv.Index() == 0 {
		st.PassIntro = txtPassStart[sv.Pass()].F(l, sv.Len())
		if sv.Step() == 0 {
			st.Intro = strings.TrimSpace(sv.Set().Intro)
		}
	}
	for i, t := range profile.Types {
		st.Items = append(st.Items, allocItem{
			Name: "p" + strconv.Itoa(i+1), Text: strings.TrimSpace(d.Descriptions[t]),
			Value: values[t], Invalid: invalid[t],
		})
	}
	p.Part = st
	s.render(w, code, "step", p)
}

// maxField bounds a number field as it is read and shown again: "10" and
// some spaces, or what a visitor typed instead, cut.
const maxField = 8

// readAllocation reads the three number fields p1, p2, p3. An empty field
// is 0 points. It returns the values as typed (trimmed, cut to maxField
// bytes, to show again), which of them are not whole numbers from 0 to
// culture.Budget, and the allocation's error (an *AllocationError) when
// it cannot be given.
func readAllocation(form url.Values) (a culture.Allocation, raw [profile.Count]string, invalid [profile.Count]bool, err error) {
	bad := false
	for i, t := range profile.Types {
		v := strings.TrimSpace(form.Get("p" + strconv.Itoa(i+1)))
		if len(v) > maxField {
			v = strings.ToValidUTF8(v[:maxField], "")
			invalid[t], bad = true, true
		}
		raw[t] = v
		if v == "" || invalid[t] {
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > culture.Budget {
			invalid[t], bad = true, true
			continue
		}
		a[t] = n
	}
	if bad {
		return a, raw, invalid, &culture.AllocationError{Problem: culture.OutOfRange, Value: culture.Budget + 1}
	}
	return a, raw, invalid, a.Check()
}

// answer records the points of the step named in the form (so a stale page
// cannot fill in another step) and moves on; a wrong sum shows the form
// again with the message and the numbers given, recording nothing. After
// the last step it finishes the survey and shows the result.
func (c *culturePart) answer(s *Server, w http.ResponseWriter, r *http.Request, id room.ParticipantID) {
	step, err := strconv.Atoi(r.PostForm.Get("step"))
	if err != nil || step < 0 || len(r.PostForm.Get("step")) > 3 {
		see(w, r, "/q?e=stale")
		return
	}
	sv, err := s.room.Survey(id)
	if !s.loaded(w, r, err) {
		return
	}
	if sv.Done() {
		see(w, r, "/result")
		return
	}
	a, raw, invalid, err := readAllocation(r.PostForm)
	if step != sv.Step() {
		// A double tap, or a resend: the step before with these very
		// points is kept already. Anything else is an old page.
		if step == sv.Step()-1 && err == nil && sv.Back() {
			if given, ok := sv.Given(); ok && given == a {
				see(w, r, "/q?saved="+strconv.Itoa(step+1))
				return
			}
		}
		see(w, r, "/q?e=stale")
		return
	}
	if err != nil {
		refuse(s, w, r, sv, raw, invalid, err)
		return
	}
	err = s.room.Give(id, a)
	var ae *culture.AllocationError
	switch {
	case errors.As(err, &ae):
		refuse(s, w, r, sv, raw, invalid, err)
		return
	case s.refused(w, r, err):
		return
	}
	if step+1 >= sv.Steps() {
		if _, err := s.room.Finish(id); err != nil {
			s.logf("webjoin: finish: %v", err) // the result page retries the save
		}
		see(w, r, "/result")
		return
	}
	see(w, r, "/q?saved="+strconv.Itoa(step+1))
}

// refuse shows the step form again, straight away (no redirect: the
// numbers stay out of the address), with why the points were not kept.
func refuse(s *Server, w http.ResponseWriter, r *http.Request, sv *culture.Survey, raw [profile.Count]string, invalid [profile.Count]bool, err error) {
	l := s.langOf(nil, r)
	p := s.newPage(l, "")
	p.CSRF = csrfFor(s.token(r))
	msg := txtInvalidPoints.In(l)
	var ae *culture.AllocationError
	if errors.As(err, &ae) {
		msg = ae.Message(l)
	}
	p.Problem = txtNotSaved.F(l, msg)
	renderStep(s, w, http.StatusUnprocessableEntity, p, sv, raw, invalid)
}

// result is the culture now and desired of a participant with both
// passes complete: a table (the same columns as the terminal,
// draw/culturetable), bars per type, the sentence on the biggest shift,
// and the points per dimension (template cultureresult).
func (c *culturePart) result(s *Server, p *page, id room.ParticipantID) (string, bool) {
	sv, err := s.room.Survey(id)
	if err != nil || !sv.Done() {
		return "", false
	}
	l := i18n.Lang(p.Lang)
	res := sv.Result()
	cp := &cultureResultPage{
		Caption: culturetable.Title.In(l), Now: culturetable.Now.In(l), Desired: culturetable.Desired.In(l),
		Change: culturetable.Change.In(l), BarsLabel: txtCultureBars.In(l),
		Sentence: res.Sentence(l), NoVerdict: txtCultureNoVerdict.In(l),
	}
	for _, t := range profile.Types {
		row := cultureRow{
			Name: culturetable.TypeName(t, l), Class: "t" + strconv.Itoa(int(t)),
			Now: res.Now.Percent[t], Desired: res.Desired.Percent[t],
			Arrow: culturetable.Arrow(res.Diff[t]), Change: culture.Signed(res.Diff[t]), Notable: res.Notable(t),
		}
		cp.Rows = append(cp.Rows, row)
	}
	if len(res.NotableTypes()) > 0 {
		cp.Note = culturetable.Note(l)
	}
	cp.DimsHead, cp.DimsLabel = txtCultureDims.In(l), txtCultureDimsBars.In(l)
	nowA, desA := sv.Allocations(culture.Now), sv.Allocations(culture.Desired)
	for i, d := range sv.Set().Dimensions {
		dim := cultureDim{Title: d.Title}
		for _, t := range profile.Types {
			dim.Rows = append(dim.Rows, dimRow{
				Name: culturetable.TypeName(t, l), Class: "t" + strconv.Itoa(int(t)),
				Now: nowA[i][t], Desired: desA[i][t],
				NowW: nowA[i][t] * 100 / culture.Budget, DesiredW: desA[i][t] * 100 / culture.Budget,
			})
		}
		cp.Dims = append(cp.Dims, dim)
	}
	p.Part = cp
	return "cultureresult", true
}

// stepPage is one step of the culture survey.
type stepPage struct {
	stepHead
	PassLine, PassIntro, Intro, Title, SumLine, Points string
	Items                                              []allocItem
	Step, Max                                          int
}

// allocItem is one description with its number field.
type allocItem struct {
	Name, Text, Value string
	Invalid           bool
}

// cultureResultPage is the participant's culture now and desired: the
// totals per type, and per dimension the points now and desired.
type cultureResultPage struct {
	Caption, Now, Desired, Change, BarsLabel, Note, Sentence, NoVerdict string
	Rows                                                                []cultureRow
	DimsHead, DimsLabel                                                 string
	Dims                                                                []cultureDim
}

// cultureDim is one dimension's pairs of bars: its title (from the
// culture file, escaped by the template) and a row per type.
type cultureDim struct {
	Title string
	Rows  []dimRow
}

// dimRow is one type's points in one dimension, now and desired, with
// the bars' lengths in percent of the budget.
type dimRow struct {
	Name, Class    string
	Now, Desired   int
	NowW, DesiredW int
}

// cultureRow is one type's line of the table and its pair of bars.
type cultureRow struct {
	Name, Class, Arrow, Change string
	Now, Desired               int
	Notable                    bool
}
