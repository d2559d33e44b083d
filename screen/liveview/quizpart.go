package liveview

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// Texts of the quiz's part of the screen.
var (
	txtRound      = i18n.Text{NL: "ronde %d", EN: "round %d"}
	txtPerScen    = i18n.Text{NL: "Beantwoord per casus", EN: "Answered per scenario"}
	txtScenShort  = i18n.Text{NL: "Casussen", EN: "Scenarios"}
	txtHidden     = i18n.Text{NL: "Mix en keuzes verborgen · h toont ze", EN: "Mix and choices hidden · h shows them"}
	txtGroup      = i18n.Text{NL: "Gemiddelde mix van %s die klaar zijn", EN: "Average mix of %s who finished"}
	txtGroup1     = i18n.Text{NL: "Mix van de 1 die klaar is", EN: "Mix of the 1 who finished"}
	txtLive       = i18n.Text{NL: "Tussenstand van %s onderweg (nog niemand klaar)", EN: "So far, %s on the way (nobody finished yet)"}
	txtGroupShort = i18n.Text{NL: "Mix (%d)", EN: "Mix (%d)"}
	// txtBlind heads a blind spot's text, which starts with the type and
	// a colon (teamreport.BlindSpotText): a dash, not a second colon.
	txtBlind        = i18n.Text{NL: "Blinde vlek — %s", EN: "Blind spot — %s"}
	txtScenario     = i18n.Text{NL: "Casus %d van %d", EN: "Scenario %d of %d"}
	txtAnswered     = i18n.Text{NL: "%d van %d beantwoord", EN: "%d of %d answered"}
	txtNoAnswers    = i18n.Text{NL: "nog geen antwoorden", EN: "no answers yet"}
	txtAnswers      = i18n.Text{NL: "antwoorden", EN: "answer"}
	txtRoundStarted = i18n.Text{NL: "Ronde %d is begonnen.", EN: "Round %d has started."}
)

// quizPart is the quiz's share of the screen: rounds, a scenario to
// select (←/→), and revealed the group's average mix and the room's
// choices per scenario.
type quizPart struct{ bank *quiz.Bank }

func newQuizPart(b *quiz.Bank) quizPart {
	if b == nil {
		b = &quiz.Bank{}
	}
	return quizPart{bank: b}
}

// lobby: nobody has answered yet in this round.
func (quizPart) lobby(s *room.Snapshot) bool { return s.Quiz.Live.Count == 0 }

func (quizPart) mode(s *room.Snapshot, l i18n.Lang) string { return txtRound.F(l, s.Round) + " · " }

func (quizPart) kept() i18n.Text { return txtAnswers }

// progress: the scenarios answered.
func (quizPart) progress(p room.ParticipantView, _ int) int { return p.Answered }

func (quizPart) help(k keyMap, lobby bool) (help.KeyMap, []string) {
	if lobby {
		return quizLobbyKeys{quizKeys{k}}, quizDrop
	}
	return quizKeys{k}, quizDrop
}

// key: r asks for a new round; ←/→ (p/n) select the scenario shown, round
// the ends.
func (p quizPart) key(m *Model, msg tea.KeyPressMsg) {
	d := 0
	switch {
	case key.Matches(msg, m.keys.Round):
		m.dialog = askPart
		return
	case key.Matches(msg, m.keys.Prev):
		d = -1
	case key.Matches(msg, m.keys.Next):
		d = 1
	}
	if n := len(p.bank.Questions); n > 0 {
		m.sel = ((m.sel+d)%n + n) % n
	}
}

// txtAskRound is the quiz's own question: a new round (r).
var txtAskRound = i18n.Text{
	NL: "Nieuwe ronde beginnen?\nDeze ronde blijft bewaard (ronde %d);\niedereen begint opnieuw.",
	EN: "Start a new round?\nThis round stays saved (round %d);\neveryone starts again."}

func (quizPart) ask(s *room.Snapshot, l i18n.Lang) string { return txtAskRound.F(l, s.Round) }

// confirm starts the next round; the old one stays saved by the room.
func (quizPart) confirm(m *Model) {
	n, err := m.src.NewRound()
	if err != nil {
		m.status = room.Message(err, m.lang)
	} else {
		m.status = txtRoundStarted.F(m.lang, n)
	}
	m.refresh()
}

// quizKeys is the help of the quiz: the shared keys, a scenario to
// choose and rounds.
type quizKeys struct{ keyMap }

// ShortHelp is the line under the screen.
func (k quizKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Reveal, k.Names, k.QR, k.Scenario, k.Lock, k.Round, k.Help, k.Quit}
}

// FullHelp is shown after ?.
func (k quizKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Reveal, k.Names, k.QR},
		{k.Prev, k.Next},
		{k.Lock, k.Round},
		{k.Help, k.Quit},
	}
}

// quizLobbyKeys is the help in the lobby: no scenario to choose yet.
type quizLobbyKeys struct{ quizKeys }

func (k quizLobbyKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Reveal, k.Names, k.QR, k.Lock, k.Round, k.Help, k.Quit}
}

// quizDrop is what the short help leaves out first on a narrow window.
var quizDrop = []string{"←/→", "r", "l", "a", "j"}

// quizDrawer draws the quiz's body of one frame: the base with the bank
// and the type names in the screen's language.
type quizDrawer struct {
	base
	bank  *quiz.Bank
	names [profile.Count]string
}

// body fills h rows during the quiz: the join strip, the counts, the
// progress per scenario, the group's mix, the selected scenario and, when
// asked for, the names. Every section starts at its plainest; then, in
// order of importance, each takes its richest variant that still fits.
func (p quizPart) body(b base, h int) []string {
	d := quizDrawer{base: b, bank: p.bank, names: words.Names(p.bank.Types, b.l)}
	sections := []section{d.joinSection(), d.countsSection(), d.progressSection(), d.groupSection(), d.scenarioSection()}
	return d.stack(h, sections, []int{3, 4, 1, 0, 2})
}

// progressSection: how many answered each scenario, as one row of little
// bars (the selected scenario marked), with a title and numbers where
// there is room.
func (d quizDrawer) progressSection() section {
	n := len(d.s.Quiz.Scenarios)
	if n == 0 {
		return section{nil}
	}
	label := txtScenShort.In(d.l) + " "
	avail := d.col - layout.Width(label)
	most := d.sparkMost()
	cw := min(max(avail/n, 1), most)
	if cw*n > avail {
		label, avail = "", d.col
		cw = min(max(avail/n, 1), most)
	}
	spark := d.spark(cw)
	p := section{{d.ps.Muted.Paint(label) + spark}}
	if cw = min(d.col/n, most); cw >= 3 {
		var nums strings.Builder
		for i := range n {
			s := fmt.Sprintf("%*d", cw-1, i+1)
			if i == d.sel {
				nums.WriteString(d.ps.Selected.Paint(s))
			} else {
				nums.WriteString(d.ps.Muted.Paint(s))
			}
			nums.WriteByte(' ')
		}
		p = append(p, []string{d.ps.Muted.Paint(txtPerScen.In(d.l)), d.spark(cw), nums.String()})
	}
	return p
}

// spark is the row of little bars, cw cells per scenario, the selected
// one marked.
func (d quizDrawer) spark(cw int) string {
	var b strings.Builder
	barW := max(cw-1, 1)
	for i, sv := range d.s.Quiz.Scenarios {
		ink := d.ps.Cursor
		if i == d.sel {
			ink = d.ps.Selected
		}
		b.WriteString(d.sparkCell(sv.Answered, barW, ink))
		if cw > 1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// groupSection: the group's average mix, hidden until the trainer reveals
// it: one line, the chart, with big percentages and blind spots where
// there is room.
func (d quizDrawer) groupSection() section {
	if !d.revealed {
		return section{d.centre([]string{d.ps.Muted.Paint(txtHidden.In(d.l))})}
	}
	sum, title := d.summary()
	title = ansi.Truncate(title, d.col, "…")
	short := title
	if layout.Width(short)+2+layout.Width(d.compact(sum.Average, 0)) > d.col {
		short = txtGroupShort.F(d.l, sum.Count)
	}
	p := section{{d.ps.Heading.Paint(short+": ") + d.compact(sum.Average, d.col-layout.Width(short)-2)}}
	bars := strings.Split(chart.Chart(sum.Average, d.col, d.th, d.names), "\n")
	head := d.centre([]string{d.ps.Heading.Paint(title)})
	withTitle := append(append([]string(nil), head...), bars...)
	p = append(p, withTitle)
	var blind []string
	for _, b := range sum.BlindSpots {
		blind = append(blind, layout.WrapEach(txtBlind.F(d.l, teamreport.BlindSpotText(b, sum, d.l)), d.measure(), d.ps.Muted.Paint)...)
	}
	blind = d.centre(blind)
	if len(blind) > 0 {
		p = append(p, append(append([]string(nil), withTitle...), blind...))
	}
	for _, bs := range bigSizes {
		var glyphs [][]string
		var inks, labelInks []theme.Painter
		for _, t := range profile.Types {
			glyphs = append(glyphs, chart.BigPercent(sum.Average.Percent[t], bs.size, bs.gap))
			inks = append(inks, d.ps.TypeInk[t])
			labelInks = append(labelInks, d.ps.TypeText[t])
		}
		big := d.slots(glyphs, d.names[:], inks, labelInks)
		if big == nil {
			break
		}
		v := append(append([]string(nil), head...), big...)
		v = append(append(v, ""), bars...)
		p = append(p, append(v, blind...))
	}
	return p
}

// summary is what the group section shows: the mix of those who
// finished, or while nobody has, the picture so far.
func (d quizDrawer) summary() (team.Summary, string) {
	if d.s.Quiz.Group.Count > 0 {
		return d.s.Quiz.Group, groupTitle(d.s.Quiz.Group.Count, txtGroup1, txtGroup, d.l)
	}
	return d.s.Quiz.Live, txtLive.F(d.l, people(d.s.Quiz.Live.Count, d.l))
}

// compact is a mix on one line: "Bureaucraat 40% · Ondernemer 35% ·
// Verbinder 25%", with initials when the names do not fit w.
func (d quizDrawer) compact(p profile.Mix, w int) string {
	for _, short := range []bool{false, true} {
		var parts []string
		plain := 0
		for _, t := range profile.Types {
			name := d.names[t]
			if short {
				name = ansi.Truncate(name, 1, "")
			}
			s := fmt.Sprintf("%s %d%%", name, p.Percent[t])
			plain += layout.Width(s) + 3
			parts = append(parts, d.ps.TypeText[t].Paint(name)+" "+d.ps.Body.Paint(fmt.Sprintf("%d%%", p.Percent[t])))
		}
		if plain-3 <= w || short {
			return strings.Join(parts, d.ps.Muted.Paint(" · "))
		}
	}
	return ""
}

// scenarioSection: the selected scenario and how many answered it; revealed,
// how the room's choices fall over the three types.
func (d quizDrawer) scenarioSection() section {
	n := len(d.s.Quiz.Scenarios)
	if n == 0 || d.sel >= n {
		return section{nil}
	}
	sv := d.s.Quiz.Scenarios[d.sel]
	q := d.bank.Questions[d.sel]
	head := d.ps.Heading.Paint(txtScenario.F(d.l, d.sel+1, n))
	hw := layout.Width(txtScenario.F(d.l, d.sel+1, n))
	if q.Context != "" && hw+3+layout.Width(q.Context) <= d.col {
		head += d.ps.Body.Paint(" · " + q.Context)
		hw += 3 + layout.Width(q.Context)
	}
	if a := txtAnswered.F(d.l, sv.Answered, d.s.Joined); hw+3+layout.Width(a) <= d.col {
		head += d.ps.Muted.Paint(" · " + a)
	}
	var text, whole []string
	if q.Scenario != "" {
		text = layout.WrapLines(q.Scenario, d.measure())
		if len(text) > 2 {
			// The whole text, where the hidden screen has the rows.
			whole = d.centre(append([]string{head}, layout.Each(text, d.ps.Body.Paint)...))
			text = append([]string(nil), text...)
			text = text[:2]
			text[1] = ansi.Truncate(text[1], d.measure()-1, "") + "…"
		}
		for i := range text {
			text[i] = d.ps.Body.Paint(text[i])
		}
	}
	withText := d.centre(append([]string{head}, text...))
	head = withText[0]
	if !d.revealed {
		if whole != nil {
			return section{{head}, withText, whole}
		}
		return section{{head}, withText}
	}
	if sv.Answered == 0 {
		none := d.ps.Muted.Paint(txtNoAnswers.In(d.l))
		return section{{head, none}, append(append([]string(nil), withText...), none)}
	}
	bars := strings.Split(chart.Chart(sv.Mix, d.col, d.th, d.names), "\n")
	full := append(append([]string(nil), withText...), bars...)
	return section{
		{head, d.centre([]string{d.compact(sv.Mix, d.col)})[0]},
		append([]string{head}, bars...),
		full,
		append(full, d.centre(d.optionLines(q, sv))...),
	}
}

// optionLines list a scenario's options with how many chose each, for
// discussing the case: "12× [O] Ik bel de afdeling en vraag…". The type
// in brackets is the one the option scores most for.
func (d quizDrawer) optionLines(q quiz.Question, sv room.ScenarioView) []string {
	wide := 0
	for _, n := range sv.Options {
		wide = max(wide, len(strconv.Itoa(n)))
	}
	var out []string
	for i, o := range q.Options {
		n := 0
		if i < len(sv.Options) {
			n = sv.Options[i]
		}
		lead := profile.New(o.Points).Ranking[0]
		tag := "[" + ansi.Truncate(d.names[lead], 1, "") + "]"
		count := fmt.Sprintf("%*d×", wide, n)
		text := ansi.Truncate(strings.TrimSpace(o.Text), max(d.measure()-layout.Width(count)-layout.Width(tag)-2, 1), "…")
		out = append(out, d.ps.Heading.Paint(count)+" "+d.ps.TypeText[lead].Paint(tag)+" "+d.ps.Body.Paint(text))
	}
	return out
}
