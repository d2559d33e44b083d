package webjoin

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// CultureRoom is what the culture mode needs of a live culture room:
// exactly the methods of domain/room's *Room (running room.Culture) that
// it calls, so a room and a test's fake both fit.
// Errors are domain/room's values (room.ErrFull, room.ErrLocked,
// room.ErrFinished, room.ErrUnknownParticipant, room.ErrClosed, …),
// compared with errors.Is.
type CultureRoom interface {
	// Code is the join code; it stays the same after a resume.
	Code() room.Code
	// Language is the room's interface language.
	Language() i18n.Lang
	// Set is the culture set the room walks.
	Set() *culture.Set
	// Join lets a participant in by key (the cookie token) and returns
	// their ID; the same key with no name and the same via returns the
	// same participant and changes nothing.
	Join(key, name, via string) (room.ParticipantID, error)
	// Survey is a copy of the participant's survey at their place.
	Survey(id room.ParticipantID) (*culture.Survey, error)
	// Give records the allocation for the survey's current step; nil
	// means it is journaled on disk.
	Give(id room.ParticipantID, a culture.Allocation) error
	// Back moves the participant one step back.
	Back(id room.ParticipantID) error
	// Finish saves the participant's culture result file (again a no-op
	// once saved) and returns its path.
	Finish(id room.ParticipantID) (string, error)
}

// CultureConfig is what NewCulture needs; the fields mean what they mean
// in Config.
type CultureConfig struct {
	// Room is the live culture room; required.
	Room CultureRoom
	// Lang is the interface language; "" means the room's language.
	Lang i18n.Lang
	// Addr is informative only, as in Config.
	Addr string
	// Logf reports journal and save failures and rate limits; nil means
	// quiet. It never receives IP addresses or cookie tokens.
	Logf func(format string, args ...any)
	// Secret signs the cookie tokens, as Config.Secret.
	Secret []byte
}

// NewCulture builds the phone route into a culture room: the same join
// page, cookie, form token, headers and limits as the quiz (New), then
// one form per step (pass and dimension) that shares 10 points over the
// dimension's three descriptions, and at the end the participant's own
// culture now and desired. It fails without a room or when the embedded
// pages do not parse.
func NewCulture(cfg CultureConfig) (*Server, error) {
	if cfg.Room == nil {
		return nil, errors.New("webjoin: no culture room")
	}
	set := cfg.Room.Set()
	if set == nil || len(set.Dimensions) == 0 {
		return nil, errors.New("webjoin: the culture room has no dimensions")
	}
	lang := cfg.Lang
	if lang == "" {
		lang = cfg.Room.Language()
	}
	return newServer(cfg.Addr, cfg.Logf, cfg.Secret, func(s *Server) {
		s.culture = cfg.Room
		s.members = &members{ids: map[string]room.ParticipantID{}}
		s.lang = lang
		s.title, s.defaultTitle, s.contentLang = set.Title, txtCultureTitle, set.Language
	})
}

// cultureRoutes are the culture mode's pages, at the quiz's addresses.
func (s *Server) cultureRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", s.cultureJoinPage)
	mux.HandleFunc("GET /j/{code}", s.cultureJoinPage)
	mux.HandleFunc("POST /join", s.cultureJoin)
	mux.HandleFunc("GET /q", s.stepPage)
	mux.HandleFunc("POST /answer", s.give)
	mux.HandleFunc("POST /back", s.cultureBack)
	mux.HandleFunc("POST /finish", s.cultureFinish)
	mux.HandleFunc("GET /result", s.cultureResultPage)
}

// members remembers which cookie tokens passed the code gate in this
// server's life: at most one entry per participant of the room.
type members struct {
	mu  sync.Mutex
	ids map[string]room.ParticipantID
}

func (m *members) get(tok string) (room.ParticipantID, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	id, ok := m.ids[tok]
	return id, ok
}

func (m *members) set(tok string, id room.ParticipantID) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ids[tok] = id
}

// passCookie holds proof that the browser passed the code gate: the
// culture room's interface cannot look a key up without joining it, and a
// restarted server (live --resume) has forgotten its members. The proof
// is derived from the code and the token, so it survives a restart as the
// code does; a wrong one costs a try of the join limit, so guessing the
// code this way is no faster than on the join page.
const passCookie = "ia_pass"

// passFor is the proof for tok in a room with code.
func passFor(code room.Code, tok string) string {
	sum := sha256.Sum256([]byte("ideale-ambtenaar webjoin pass\x00" + string(code) + "\x00" + tok))
	return hex.EncodeToString(sum[:16])
}

// errNotMember means the request's cookies name nobody who passed the
// code gate; errAnswered that member has answered the request already
// (too many forged passes: a 429 page).
var (
	errNotMember = errors.New("webjoin: not a member")
	errAnswered  = errors.New("webjoin: answered")
)

// member returns the culture participant the request's cookies name. A
// token this server has not seen comes in with a valid pass cookie (the
// room gives the same participant back); otherwise the error is
// errNotMember, errAnswered, or the room's refusal.
func (s *Server) member(w http.ResponseWriter, r *http.Request) (room.ParticipantID, error) {
	tok := s.token(r)
	if tok == "" {
		return 0, errNotMember
	}
	if id, ok := s.members.get(tok); ok {
		return id, nil
	}
	c, err := r.Cookie(passCookie)
	if err != nil || c.Value == "" {
		return 0, errNotMember
	}
	if subtle.ConstantTimeCompare([]byte(c.Value), []byte(passFor(s.culture.Code(), tok))) != 1 {
		if !s.joinLim.Allow(clientIP(r)) {
			s.logLimited(r.URL.Path)
			w.Header().Set("Retry-After", "2")
			s.plain(w, r, http.StatusTooManyRequests, txtTooMany)
			return 0, errAnswered
		}
		return 0, errNotMember
	}
	id, err := s.culture.Join(tok, "", room.ViaWeb)
	if err != nil {
		return 0, err
	}
	s.members.set(tok, id)
	return id, nil
}

// memberOrAway is member for the pages and actions behind the join page:
// when there is no member it answers the request (to the join page, with
// the room's refusal; or the closed page) and ok is false.
func (s *Server) memberOrAway(w http.ResponseWriter, r *http.Request) (id room.ParticipantID, ok bool) {
	id, err := s.member(w, r)
	switch {
	case err == nil:
		return id, true
	case errors.Is(err, errAnswered):
	case errors.Is(err, errNotMember):
		see(w, r, "/")
	case errors.Is(err, room.ErrClosed):
		s.closedPage(w, r)
	default:
		// They passed the gate before, so the code is theirs to see.
		see(w, r, "/?"+url.Values{"code": {string(s.culture.Code())}, "e": {s.problemOf(err)}}.Encode())
	}
	return 0, false
}

// cultureJoinPage is the join page; someone already in goes on to their
// step.
func (s *Server) cultureJoinPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	tok := s.ensureToken(w, r)
	code := r.PathValue("code")
	if code == "" {
		code = r.URL.Query().Get("code")
	}
	p := s.newPage(l, txtJoin.In(l))
	switch _, err := s.member(w, r); {
	case err == nil:
		see(w, r, "/q")
		return
	case errors.Is(err, errAnswered):
		return
	case errors.Is(err, errNotMember):
	case errors.Is(err, room.ErrClosed):
		s.closedPage(w, r)
		return
	default:
		p.Problem = problems[s.problemOf(err)].In(l)
	}
	if p.Problem == "" {
		p.Problem = s.problem(r, l)
	}
	s.renderJoin(w, r, p, tok, code)
}

// cultureJoin checks the code and lets the participant in, by their
// cookie, and sets the pass cookie that lets them back in after a
// restart.
func (s *Server) cultureJoin(w http.ResponseWriter, r *http.Request) {
	want := s.culture.Code()
	tok, code, ok := s.readJoin(w, r, want)
	if !ok {
		return
	}
	id, err := s.culture.Join(tok, r.PostForm.Get("name"), room.ViaWeb)
	if err != nil {
		see(w, r, withProblem("/?code="+string(code), s.problemOf(err)))
		return
	}
	s.members.set(tok, id)
	http.SetCookie(w, &http.Cookie{Name: passCookie, Value: passFor(want, tok), Path: "/", MaxAge: tokenAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode})
	see(w, r, "/q")
}

// surveyOf returns the participant and their survey, or answers the
// request itself (to the join page, or the closed page) and returns ok
// false.
func (s *Server) surveyOf(w http.ResponseWriter, r *http.Request) (room.ParticipantID, *culture.Survey, bool) {
	id, ok := s.memberOrAway(w, r)
	if !ok {
		return 0, nil, false
	}
	sv, err := s.culture.Survey(id)
	if !s.loaded(w, r, err) {
		return 0, nil, false
	}
	return id, sv, true
}

// cultureActor reads the form of an action (give, back, finish) under the
// action limit and returns the participant its cookies name; otherwise it
// has answered the request and ok is false.
func (s *Server) cultureActor(w http.ResponseWriter, r *http.Request) (room.ParticipantID, bool) {
	if _, ok := s.readPost(w, r, s.actLim, "/q"); !ok {
		return 0, false
	}
	return s.memberOrAway(w, r)
}

// stepPage shows the participant's current step: the dimension and its
// three descriptions with a number each, filled in with what was given
// there before (after Back). A finished survey goes to the result.
func (s *Server) stepPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	_, sv, ok := s.surveyOf(w, r)
	if !ok {
		return
	}
	if sv.Done() {
		see(w, r, "/result")
		return
	}
	p := s.newPage(l, "")
	p.CSRF = csrfFor(s.token(r))
	p.Problem = s.problem(r, l)
	if n, err := strconv.Atoi(r.URL.Query().Get("saved")); err == nil && n >= 1 && n <= sv.Steps() && p.Problem == "" {
		p.Notice = txtStepSaved.F(l, n)
	}
	var values [profile.Count]string
	if a, ok := sv.Given(); ok {
		for _, t := range profile.Types {
			values[t] = strconv.Itoa(a[t])
		}
	}
	s.renderStep(w, http.StatusOK, p, sv, values, [profile.Count]bool{})
}

// renderStep fills the step form of sv's current step with values (the
// numbers as given, "" for none) and marks the invalid ones.
func (s *Server) renderStep(w http.ResponseWriter, code int, p *page, sv *culture.Survey, values [profile.Count]string, invalid [profile.Count]bool) {
	l := i18n.Lang(p.Lang)
	d := sv.Dimension()
	st := &stepPage{
		Progress: txtStepOf.F(l, sv.Step()+1, sv.Steps()),
		PassLine: txtPassLine[sv.Pass()].F(l, sv.Index()+1, sv.Len()),
		Title:    strings.TrimSpace(d.Title),
		SumLine:  txtSumLine.F(l, culture.Budget),
		Points:   txtPoints.In(l),
		Confirm:  txtConfirm.In(l), Back: txtBack.In(l),
		Step: sv.Step(), First: sv.Step() == 0, Max: culture.Budget,
		Pct: 100 * sv.Step() / sv.Steps(),
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
	p.Heading = st.Progress
	p.Title = st.Progress + " · " + p.Title
	p.Step = st
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

// give records the points of the step named in the form (so a stale page
// cannot fill in another step) and moves on; a wrong sum shows the form
// again with the message and the numbers given, recording nothing. After
// the last step it finishes the survey and shows the result.
func (s *Server) give(w http.ResponseWriter, r *http.Request) {
	id, ok := s.cultureActor(w, r)
	if !ok {
		return
	}
	step, err := strconv.Atoi(r.PostForm.Get("step"))
	if err != nil || step < 0 || len(r.PostForm.Get("step")) > 3 {
		see(w, r, "/q?e=stale")
		return
	}
	sv, err := s.culture.Survey(id)
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
		s.refuse(w, r, sv, raw, invalid, err)
		return
	}
	err = s.culture.Give(id, a)
	var ae *culture.AllocationError
	switch {
	case errors.Is(err, room.ErrClosed):
		s.closedPage(w, r)
		return
	case errors.As(err, &ae):
		s.refuse(w, r, sv, raw, invalid, err)
		return
	case s.refused(w, r, err):
		return
	}
	if step+1 >= sv.Steps() {
		if _, err := s.culture.Finish(id); err != nil {
			s.logf("webjoin: finish: %v", err) // the result page retries the save
		}
		see(w, r, "/result")
		return
	}
	see(w, r, "/q?saved="+strconv.Itoa(step+1))
}

// refuse shows the step form again, straight away (no redirect: the
// numbers stay out of the address), with why the points were not kept.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, sv *culture.Survey, raw [profile.Count]string, invalid [profile.Count]bool, err error) {
	l := s.langOf(nil, r)
	p := s.newPage(l, "")
	p.CSRF = csrfFor(s.token(r))
	msg := txtInvalidPoints.In(l)
	var ae *culture.AllocationError
	if errors.As(err, &ae) {
		msg = ae.Message(l)
	}
	p.Problem = txtNotSaved.F(l, msg)
	s.renderStep(w, http.StatusUnprocessableEntity, p, sv, raw, invalid)
}

// cultureBack moves the participant one step back.
func (s *Server) cultureBack(w http.ResponseWriter, r *http.Request) {
	id, ok := s.cultureActor(w, r)
	if !ok {
		return
	}
	switch err := s.culture.Back(id); {
	case errors.Is(err, room.ErrClosed):
		s.closedPage(w, r)
	case !s.refused(w, r, err):
		see(w, r, "/q")
	}
}

// cultureFinish saves the result when both passes are complete (a retry
// after a failed save) and shows it.
func (s *Server) cultureFinish(w http.ResponseWriter, r *http.Request) {
	id, ok := s.cultureActor(w, r)
	if !ok {
		return
	}
	_, err := s.culture.Finish(id)
	s.finished(w, r, err, "/result") // the result page retries the save
}

// cultureResultPage shows a participant with both passes complete their
// own culture now and desired: a table (the same columns as the terminal,
// draw/culturetable), bars per type, and the sentence on the biggest
// shift. It finishes the survey again first: a no-op once the result file
// is saved, a retry when that failed, so the page never says "saved" when
// it is not.
func (s *Server) cultureResultPage(w http.ResponseWriter, r *http.Request) {
	l := s.langOf(w, r)
	id, sv, ok := s.surveyOf(w, r)
	if !ok {
		return
	}
	if !sv.Done() {
		see(w, r, "/q")
		return
	}
	res := sv.Result()
	p := s.newPage(l, txtYourCulture.In(l))
	cp := &cultureResultPage{
		Caption: culturetable.Title.In(l), Now: culturetable.Now.In(l), Desired: culturetable.Desired.In(l),
		Change: culturetable.Change.In(l), BarsLabel: txtCultureBars.In(l),
		Sentence: res.Sentence(l), NoVerdict: txtCultureNoVerdict.In(l), Kept: txtResultKep.In(l),
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
	if _, err := s.culture.Finish(id); err != nil {
		s.logf("webjoin: saving a culture result: %v", err)
		p.Problem = problems["save"].In(l)
		p.CSRF = csrfFor(s.token(r))
		cp.Kept = ""
		cp.Retry = txtRetrySave.In(l)
	}
	p.Culture = cp
	s.render(w, http.StatusOK, "cresult", p)
}

// stepPage is one step of the culture survey.
type stepPage struct {
	Progress, PassLine, PassIntro, Intro, Title, SumLine, Points, Confirm, Back string
	Items                                                                       []allocItem
	Step, Max, Pct                                                              int
	First                                                                       bool
}

// allocItem is one description with its number field.
type allocItem struct {
	Name, Text, Value string
	Invalid           bool
}

// cultureResultPage is the participant's culture now and desired: the
// totals per type, and per dimension the points now and desired.
type cultureResultPage struct {
	Caption, Now, Desired, Change, BarsLabel, Note, Sentence, NoVerdict, Kept, Retry string
	Rows                                                                             []cultureRow
	DimsHead, DimsLabel                                                              string
	Dims                                                                             []cultureDim
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
