package textmode

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// CultureConfig is what the command line decided for a plain culture
// survey.
type CultureConfig struct {
	Set  *culture.Set
	Lang i18n.Lang
	// Theme styles the output; with Theme.Color false nothing is coloured.
	Theme theme.Theme
	// Width is the line width to wrap to; 0 means 72.
	Width int
	// Echo repeats each typed line after the prompt, so that a transcript
	// of piped input reads like a conversation.
	Echo bool
}

// CultureInputEndedError means input ended before the survey was done.
// Step is 1-based over both passes; Total is twice the dimensions.
type CultureInputEndedError struct {
	Step, Total int
}

func (e *CultureInputEndedError) Error() string {
	return fmt.Sprintf("input ended at step %d of %d", e.Step, e.Total)
}

// Message says in l where input stopped and what to give.
func (e *CultureInputEndedError) Message(l i18n.Lang) string {
	return txtCultureEnded.F(l, e.Step, e.Total)
}

var (
	txtCultureTitle = i18n.Text{NL: "Organisatiecultuur, nu en gewenst", EN: "Organisation culture, now and desired"}
	txtCultureHow   = i18n.Text{
		NL: "%d onderwerpen, twee keer: eerst zoals het nu is, daarna zoals je het graag zou zien. Verdeel steeds 10 punten over de drie beschrijvingen: typ drie getallen die samen 10 zijn, zoals 5 3 2, en druk op enter.",
		EN: "%d dimensions, twice: first as it is now, then as you would like it to be. Each time, share 10 points over the three descriptions: type three numbers that add up to 10, such as 5 3 2, and press enter."}
	txtPassHead = [culture.Passes]i18n.Text{
		culture.Now:     {NL: "NU", EN: "NOW"},
		culture.Desired: {NL: "GEWENST", EN: "DESIRED"},
	}
	txtPassStart = [culture.Passes]i18n.Text{
		culture.Now:     {NL: "Eerst: zo is het nu.", EN: "First: this is how it is now."},
		culture.Desired: {NL: "Nu nog eens, voor zoals je het graag zou zien.", EN: "Now once more, for how you would like it to be."},
	}
	txtDimensionOf    = i18n.Text{NL: "%s · onderwerp %d van %d · %s", EN: "%s · dimension %d of %d · %s"}
	txtCultureEarlier = i18n.Text{NL: "Eerder gegeven: %s", EN: "Given before: %s"}
	txtCulturePrompt  = i18n.Text{NL: "Jouw punten voor 1, 2 en 3 (samen 10, of t voor terug): ", EN: "Your points for 1, 2 and 3 (10 in all, or b for back): "}
	txtCultureBad     = i18n.Text{NL: "Dat gaat niet: %s. Probeer het nog eens.", EN: "That does not work: %s. Please try again."}
	txtFirstStep      = i18n.Text{NL: "Dit is het eerste onderwerp; terug kan niet.", EN: "This is the first dimension; there is no going back."}
	txtCultureEnded   = i18n.Text{
		NL: "De invoer stopte bij stap %d van %d, dus er is geen uitslag. Geef voor elk onderwerp drie getallen op één regel, eerst voor nu en dan voor gewenst.",
		EN: "Input ended at step %d of %d, so there is no result. Give three numbers on one line for every dimension, first for now and then for desired."}
)

// RunCulture walks the survey on out with lines from in: per dimension
// its three descriptions, numbered, then a line of three numbers. A line
// that is not three whole numbers from 0 to 10 adding up to 10 is asked
// again, with the reason. "t" or "b" goes back one dimension and shows
// what was given there. It returns the finished survey, or the survey so
// far with a *CultureInputEndedError when input ran out first.
func RunCulture(cfg CultureConfig, in io.Reader, out io.Writer) (*culture.Survey, error) {
	width := cfg.Width
	if width <= 0 {
		width = 72
	}
	t, l := cfg.Theme, cfg.Lang
	s := culture.NewSurvey(cfg.Set)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 4096), 64*1024)
	p := &printer{out: out}

	title := cfg.Set.Title
	if title == "" {
		title = txtCultureTitle.In(l)
	}
	p.line(t.Title.Render(title))
	if intro := strings.TrimSpace(cfg.Set.Intro); intro != "" {
		p.line(layout.Wrap(t.Body, intro, width))
	}
	p.line(layout.Wrap(t.Body, txtCultureHow.F(l, s.Len()), width))

	shownPass := culture.Pass(-1)
	for !s.Done() {
		if s.Pass() != shownPass {
			shownPass = s.Pass()
			p.line("")
			p.line(t.Heading.Render(txtPassStart[shownPass].In(l)))
		}
		d := s.Dimension()
		p.line("")
		p.lines(layout.WrapEach(txtDimensionOf.F(l, txtPassHead[s.Pass()].In(l), s.Index()+1, s.Len(), d.Title), width, layout.Style(t.Heading)))
		for i, typ := range profile.Types {
			num := fmt.Sprintf("%d. ", i+1)
			text := layout.Wrap(t.Option, strings.TrimSpace(d.Descriptions[typ]), width-len(num))
			p.line(num + strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", len(num))))
		}
		if a, ok := s.Given(); ok {
			p.line(t.Muted.Render(txtCultureEarlier.F(l, a)))
		}
		for {
			p.write(txtCulturePrompt.In(l))
			if !sc.Scan() {
				p.line("")
				if err := sc.Err(); err != nil {
					return s, err
				}
				return s, &CultureInputEndedError{Step: s.Step() + 1, Total: s.Steps()}
			}
			answer := strings.TrimSpace(sc.Text())
			if cfg.Echo {
				p.line(printableLine(answer))
			}
			if isBack(answer) {
				if !s.Back() {
					p.line(t.Muted.Render(txtFirstStep.In(l)))
					continue
				}
				break
			}
			a, err := culture.ParseAllocation(answer)
			if err == nil {
				err = s.Give(a)
			}
			if err != nil {
				var ae *culture.AllocationError
				msg := err.Error()
				if errors.As(err, &ae) {
					msg = ae.Message(l)
				}
				p.lines(layout.WrapEach(txtCultureBad.F(l, msg), width, layout.Style(t.Error)))
				continue
			}
			break
		}
		if p.err != nil {
			return s, p.err
		}
	}
	p.line("")
	PrintCultureResult(out, s.Result(), l, t, width)
	p.line("")
	PrintCultureDims(out, s, l, t, width)
	return s, p.err
}

var txtDimsHead = i18n.Text{NL: "Per onderwerp, in punten (%s nu, %s gewenst)", EN: "Per dimension, in points (%s now, %s desired)"}

// PrintCultureDims writes the picture per dimension of a finished survey:
// per dimension its title and, per type, the name, a bar of ten cells for
// the points now (▒) and one for desired (█) with the numbers, and ▲/▼/=
// for the change. When width has no room for two bars they are left out and the
// numbers stay (" 6 →  3"). The bars take the type's colour when t has
// colour; the marks and numbers carry everything without it.
func PrintCultureDims(out io.Writer, s *culture.Survey, l i18n.Lang, t theme.Theme, width int) {
	p := &printer{out: out}
	p.lines(layout.WrapEach(txtDimsHead.F(l, culturetable.Mark(culture.Now), culturetable.Mark(culture.Desired)), width, layout.Style(t.Title)))
	nameW := 0
	for _, typ := range profile.Types {
		nameW = max(nameW, ansi.StringWidth(culturetable.TypeName(typ, l)))
	}
	bars := nameW+32 <= width
	bar := func(typ profile.Type, n int, pass culture.Pass) string {
		n = min(max(n, 0), culture.Budget)
		full := strings.Repeat(culturetable.Mark(pass), n)
		if t.Color {
			full = lipgloss.NewStyle().Foreground(t.Palette.Types[typ]).Render(full)
		}
		return full + strings.Repeat("─", culture.Budget-n)
	}
	nowA, desA := s.Allocations(culture.Now), s.Allocations(culture.Desired)
	for i, d := range s.Set().Dimensions {
		p.line("")
		p.lines(layout.WrapEach(d.Title, width, layout.Style(t.Heading)))
		for _, typ := range profile.Types {
			now, des := nowA[i][typ], desA[i][typ]
			name := culturetable.TypeName(typ, l)
			line := t.TypeStyle(typ).Render(name) + strings.Repeat(" ", nameW-ansi.StringWidth(name)+1)
			if bars {
				line += bar(typ, now, culture.Now) + fmt.Sprintf(" %2d  ", now) + bar(typ, des, culture.Desired) + fmt.Sprintf(" %2d", des)
			} else {
				line += fmt.Sprintf("%2d → %2d", now, des)
			}
			p.line(line + "  " + culturetable.Arrow(des-now))
		}
	}
}

// printableLine drops control characters from a typed line before it is
// echoed, so piped input cannot drive the terminal.
func printableLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, s)
}

// PrintCultureResult writes the comparison as text: per type the share
// now and desired, the change with ▲ or ▼, and a * after a change of
// culture.Threshold points or more (which needs no colour to be seen),
// then the sentence on the biggest shift.
func PrintCultureResult(out io.Writer, r culture.Result, l i18n.Lang, t theme.Theme, width int) {
	p := &printer{out: out}
	p.line(t.Title.Render(culturetable.Title.In(l)))
	p.line("")
	for _, line := range CultureTable(r, l, t) {
		p.line(line)
	}
	if len(r.NotableTypes()) > 0 {
		p.line("")
		p.lines(layout.WrapEach(culturetable.Note(l), width, layout.Style(t.Muted)))
	}
	p.line("")
	p.line(layout.Wrap(t.Body, r.Sentence(l), width))
}

// CultureTable is the comparison as aligned lines of text: a header, then
// one row per type in the fixed order, such as
// "Ondernemer    23%      33%   ▲ +10 *". A notable row is bold (and in
// the accent colour); its * says the same without colour.
func CultureTable(r culture.Result, l i18n.Lang, t theme.Theme) []string {
	tb := culturetable.New(r, l, 0)
	lines := []string{t.Muted.Render(tb.Head)}
	for _, typ := range profile.Types {
		style := t.Body
		if tb.Rows[typ].Notable {
			style = t.Selected
		}
		lines = append(lines, style.Render(tb.Line(tb.Rows[typ])))
	}
	return lines
}
