package webjoin

import (
	"net/http"
	"strconv"
	"strings"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// quizPart is the quiz walk's part of the web flow: one page per
// scenario where the participant chooses one option (in the order the
// room shows them to that participant), a page to confirm after the
// last one, and their own mix at the end (web/quiz.html).
type quizPart struct {
	bank   *quiz.Bank
	scenNo map[string]int // scenario ID → 1-based number in the set
}

func newQuizPart(bank *quiz.Bank) *quizPart {
	q := &quizPart{bank: bank, scenNo: map[string]int{}}
	for i, sc := range bank.Questions {
		q.scenNo[scenarioID(sc, i)] = i + 1
	}
	return q
}

func (q *quizPart) words() partWords {
	return partWords{title: q.bank.Title, fallback: txtTitle, contentLang: q.bank.Language,
		heading: txtYourMix, file: txtFileName}
}

type questionPage struct {
	stepHead
	Context, Scenario, Choose, ScenarioID string
	Options                               []option
	Number, Total                         int
}

type option struct {
	Value   int
	Text    string
	Checked bool
}

type donePage struct {
	Text, Show, Back string
}

// step shows the participant's current scenario with its options in
// their shown order, or, when all are answered, the way to the result.
func (q *quizPart) step(s *Server, w http.ResponseWriter, r *http.Request, p *page, v room.ParticipantView) {
	if v.Done {
		see(w, r, "/result")
		return
	}
	walk, err := s.room.Walk(v.ID)
	if !s.loaded(w, r, err) {
		return
	}
	l := i18n.Lang(p.Lang)
	if n, err := strconv.Atoi(r.URL.Query().Get("saved")); err == nil && n >= 1 && n <= walk.Len() && p.Problem == "" {
		p.Notice = txtSaved.F(l, n)
	}
	if walk.Done() {
		p.Heading = txtAllDone.F(l, walk.Len())
		p.Title = p.Heading + " · " + p.Title
		p.Part = &donePage{Text: txtAllDoneP.In(l), Show: txtShowMix.In(l), Back: txtBack.In(l)}
		s.render(w, http.StatusOK, "done", p)
		return
	}
	sc := walk.Question()
	chosen := walk.Chosen()
	qp := &questionPage{
		stepHead: p.stepHead(txtQuestionOf, walk.Index(), walk.Len()),
		Context:  strings.TrimSpace(sc.Context), Scenario: strings.TrimSpace(sc.Scenario),
		Choose: txtChoose.In(l), ScenarioID: scenarioID(sc, walk.Index()),
		Number: walk.Index() + 1, Total: walk.Len(),
	}
	for i, o := range walk.Shown() {
		qp.Options = append(qp.Options, option{Value: i, Text: strings.TrimSpace(o.Text), Checked: i == chosen})
	}
	p.Part = qp
	s.render(w, http.StatusOK, "question", p)
}

// scenarioID is a question's ID, or its number when the file gives none
// (as the room names it).
func scenarioID(q quiz.Question, i int) string {
	if q.ID != "" {
		return q.ID
	}
	return strconv.Itoa(i + 1)
}

// answer records a choice for the scenario named in the form (so a stale
// page cannot answer another question) and moves on; after the last one
// it finishes the walk and shows the result.
func (q *quizPart) answer(s *Server, w http.ResponseWriter, r *http.Request, id room.ParticipantID) {
	scen := r.PostForm.Get("scenario")
	num, okScen := q.scenNo[scen]
	if !okScen {
		see(w, r, "/q?e=stale")
		return
	}
	raw := r.PostForm.Get("choice")
	if raw == "" {
		see(w, r, "/q?e=choose")
		return
	}
	shown, err := strconv.Atoi(raw)
	if err != nil || len(raw) > 3 {
		see(w, r, "/q?e=stale")
		return
	}
	if s.refused(w, r, s.room.Answer(id, scen, shown)) {
		return
	}
	walk, err := s.room.Walk(id)
	if err == nil && walk.Done() {
		if _, err := s.room.Finish(id); err != nil {
			see(w, r, "/q?e=save")
			return
		}
		see(w, r, "/result")
		return
	}
	see(w, r, "/q?saved="+strconv.Itoa(num))
}

type resultPage struct {
	ChartLabel, Sentence, Margin, NoVerdict, ProfilesHeading string
	// Growth is the development pointer: the smallest side and when it
	// is needed most (words.Growth), as on the terminal's result.
	Growth   string
	Bars     []bar
	Profiles []typeProfile
}

type bar struct {
	Name    string
	Percent int
	Class   string
}

type typeProfile struct {
	Heading, Essence, Class string
	Sections                []words.Section
}

// result is the mix of a participant who finished: the bars, the
// sentence and margin, and the three type profiles, the leading one
// first (template quizresult).
func (q *quizPart) result(s *Server, p *page, id room.ParticipantID) (string, bool) {
	v, err := s.room.Participant(id)
	if err != nil || !v.Done {
		return "", false
	}
	walk, err := s.room.Walk(id)
	if err != nil {
		return "", false
	}
	return mixResult(p, q.bank.Types, walk.Mix()), true
}

// mixResult fills p with the result body of mix m (the bars, the
// headline with its margin and development pointer, the three type
// profiles of types, the leading one first) in p's language and returns
// its template's name, quizresult. The quiz and the paced workshop
// (pacedpart.go) both draw their participant's mix with it.
func mixResult(p *page, types [profile.Count]profile.TypeProfile, m profile.Mix) string {
	l := i18n.Lang(p.Lang)
	names := words.Names(types, l)
	h := words.HeadlineOf(m, types, l)
	rp := &resultPage{ChartLabel: txtChartName.In(l), Sentence: h.Sentence(),
		Margin: h.Precision, Growth: h.Growth, NoVerdict: words.NoVerdict.In(l),
		ProfilesHeading: txtProfiles.In(l)}
	for _, t := range profile.Types {
		rp.Bars = append(rp.Bars, bar{Name: names[t], Percent: m.Percent[t], Class: "t" + strconv.Itoa(int(t))})
	}
	for _, t := range m.Ranking {
		rp.Profiles = append(rp.Profiles, typeProfile{
			Heading:  names[t] + ": " + words.OfMix(m.Percent[t], l),
			Essence:  strings.TrimSpace(types[t].Essence),
			Class:    "t" + strconv.Itoa(int(t)),
			Sections: words.Sections(types[t], l),
		})
	}
	p.Part = rp
	return "quizresult"
}
