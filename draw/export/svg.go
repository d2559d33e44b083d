package export

import (
	"encoding/xml"
	"fmt"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"image/color"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// fontStack is the system font of every platform, so that a slide shows
// the text in the font of the machine it is shown on and no font file or
// web font is needed.
const fontStack = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`

// Team chart geometry, in SVG user units (px at 100 %). 960 wide is half
// a 1920×1080 slide: it is readable when pasted at full width and still
// when scaled to half.
const (
	teamW      = 960
	pad        = 40
	avgBarX    = 220 // the average bars start here…
	avgBarW    = 540 // …and are this long at 100 %
	avgRowH    = 44
	listBarX   = 280 // the participants' stacked bars start here…
	listBarW   = 440 // …and are this long
	listRowH   = 30
	pctColW    = 60 // each of the three percentage columns
	labelCells = 26 // a participant's label is cut to this many cells
)

// svg builds an SVG document: shapes and text with presentation
// attributes only (no <style>, no CSS classes, no external reference), as
// PowerPoint, Keynote and Google Slides import them most faithfully.
type svg struct {
	b   strings.Builder
	pal palette
}

// hex is c as #rrggbb.
func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// num writes a length without needless decimals.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// esc is untrusted or interface text Cleaned and escaped for XML.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(Clean(s)))
	return b.String()
}

// open starts the document: explicit size and viewBox (so that a slide
// program neither guesses nor crops), a title for screen readers and a
// white background (the light palette's colours are measured against it;
// on a dark slide the chart keeps its own light card).
func (s *svg) open(w, h int, title string, xmlns bool) {
	ns := ""
	if xmlns {
		ns = ` xmlns="http://www.w3.org/2000/svg"`
	}
	fmt.Fprintf(&s.b, `<svg%s width="%d" height="%d" viewBox="0 0 %d %d" role="img">`+"\n",
		ns, w, h, w, h)
	fmt.Fprintf(&s.b, "<title>%s</title>\n", esc(title))
	fmt.Fprintf(&s.b, `<rect x="0" y="0" width="%d" height="%d" fill="%s"/>`+"\n", w, h, hex(s.pal.Background))
}

func (s *svg) close() { s.b.WriteString("</svg>\n") }

// textOpt is how a piece of text is set.
type textOpt struct {
	size   int
	fill   color.Color
	bold   bool
	anchor string // "start" (default), "middle" or "end"
}

// text writes content (escaped here) with its baseline at y.
func (s *svg) text(x, y float64, o textOpt, content string) {
	fmt.Fprintf(&s.b, `<text x="%s" y="%s" font-family="%s" font-size="%d" fill="%s"`,
		num(x), num(y), fontStack, o.size, hex(o.fill))
	if o.bold {
		s.b.WriteString(` font-weight="bold"`)
	}
	if o.anchor != "" && o.anchor != "start" {
		fmt.Fprintf(&s.b, ` text-anchor="%s"`, o.anchor)
	}
	fmt.Fprintf(&s.b, ">%s</text>\n", esc(content))
}

// whisker draws the spread from x0 (min) to x1 (max) at height mid: a
// line with an end tick of half-height half at each side, width w.
func (s *svg) whisker(x0, x1, mid, half, w float64) {
	s.line(x0, mid, x1, mid, s.pal.Text, w)
	s.line(x0, mid-half, x0, mid+half, s.pal.Text, w)
	s.line(x1, mid-half, x1, mid+half, s.pal.Text, w)
}

// strongestCounts says how many lead with each type, and how many tie:
// "Bureaucraat 2 · Ondernemer 1 · Verbinder 0 · gelijk 1".
func strongestCounts(e teamreport.Export, l i18n.Lang) string {
	dom := e.Dominant.Array()
	var lead []string
	for _, t := range profile.Types {
		lead = append(lead, fmt.Sprintf("%s %d", words.DefaultName(t, l), dom[t]))
	}
	if e.Tied > 0 {
		lead = append(lead, fmt.Sprintf("%s %d", txtTied.In(l), e.Tied))
	}
	return strings.Join(lead, " · ")
}

// labelled writes a bold label and a plain rest on one line.
func (s *svg) labelled(x, y float64, o textOpt, label, rest string) {
	fmt.Fprintf(&s.b, `<text x="%s" y="%s" font-family="%s" font-size="%d" fill="%s"><tspan font-weight="bold">%s</tspan> %s</text>`+"\n",
		num(x), num(y), fontStack, o.size, hex(o.fill), esc(label), esc(rest))
}

func (s *svg) rect(x, y, w, h float64, fill color.Color, rx float64) {
	if w <= 0 || h <= 0 {
		return
	}
	fmt.Fprintf(&s.b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"`, num(x), num(y), num(w), num(h), hex(fill))
	if rx > 0 {
		fmt.Fprintf(&s.b, ` rx="%s"`, num(rx))
	}
	s.b.WriteString("/>\n")
}

func (s *svg) line(x1, y1, x2, y2 float64, stroke color.Color, width float64) {
	fmt.Fprintf(&s.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"/>`+"\n",
		num(x1), num(y1), num(x2), num(y2), hex(stroke), num(width))
}

// TeamSVG writes the team chart as a standalone SVG document, as the team
// screen shows it on a light background: the title and subtitle, the
// average mix as one bar per type with its percentage and the min–max
// spread (a whisker over the bar and the figures on the right), the
// strongest-type counts, the blind spots, and each participant's stacked
// bar with the three percentages. 960 px wide; the height grows by 30 px
// per participant. Colours are theme.LightPalette's (lightPalette).
func TeamSVG(w io.Writer, r *teamreport.Report) error {
	_, err := io.WriteString(w, teamSVG(r, false))
	return err
}

// inlineCut is what the inline chart leaves out at the top (title and
// subtitle, which the page has as its heading) and at the bottom (the
// credit line, which the page has as its footer).
const inlineTop, inlineBottom = 100, 28

// openPage starts a team page of h pixels (the team's or the group's
// culture): standalone with its title and subtitle at the top; inline, for
// the HTML page, without xmlns (implied in HTML) and shifted up past the
// title and subtitle, which the page shows itself (inlineTop).
func (s *svg) openPage(h int, inline bool, title, subtitle string) {
	if inline {
		s.open(teamW, h-inlineTop-inlineBottom, title, false)
		fmt.Fprintf(&s.b, "<g transform=\"translate(0 -%d)\">\n", inlineTop)
		return
	}
	s.open(teamW, h, title, true)
	s.text(pad, 56, textOpt{size: 28, fill: s.pal.Text, bold: true}, title)
	s.text(pad, 86, textOpt{size: 16, fill: s.pal.Muted}, subtitle)
}

// closePage ends a page that openPage started: standalone with the credit
// line in l at the bottom, which the HTML page has as its footer.
func (s *svg) closePage(h int, inline bool, l i18n.Lang) {
	if inline {
		s.b.WriteString("</g>\n")
	} else {
		s.text(pad, float64(h-16), textOpt{size: 12, fill: s.pal.Muted}, txtMadeBy.In(l))
	}
	s.close()
}

// teamSVG is the document. Inline, for the HTML page, it has no xmlns
// (implied in HTML) and leaves out the title, subtitle and credit line
// that the page shows itself.
func teamSVG(r *teamreport.Report, inline bool) string {
	l := r.Opt.Lang
	e := teamreport.NewExport(r)
	s := &svg{pal: lightPalette()}
	p := s.pal

	var spots []string
	for _, b := range r.S.BlindSpots {
		spots = append(spots, teamreport.BlindSpotText(b, r.S, l))
	}
	if len(spots) == 0 {
		spots = []string{txtNoBlindSpots.F(l, team.LowShare)}
	}
	avgTop := 156
	listHead := avgTop + 3*avgRowH + 28 + 30 + 30*len(spots) + 48
	listTop := listHead + 16
	h := listTop + listRowH*len(e.Participants) + 44

	s.openPage(h, inline, r.Title(), r.Subtitle())

	s.text(pad, 136, textOpt{size: 20, fill: p.Text, bold: true}, txtAverageMix.In(l))
	s.text(teamW-pad, 136, textOpt{size: 16, fill: p.Muted, anchor: "end"}, txtSpread.In(l))
	avg, lo, hi := e.Average.Array(), e.Min.Array(), e.Max.Array()
	at := func(pct int) float64 { return avgBarX + float64(avgBarW*pct)/100 }
	for _, t := range profile.Types {
		mid := float64(avgTop + int(t)*avgRowH + avgRowH/2)
		s.text(pad, mid+6, textOpt{size: 18, fill: p.TypeText[t], bold: true}, words.DefaultName(t, l))
		s.rect(avgBarX, mid-1, avgBarW, 2, p.Track, 0)
		s.rect(avgBarX, mid-13, float64(avgBarW*avg[t])/100, 26, p.Types[t], 3)
		s.whisker(at(lo[t]), at(hi[t]), mid, 8, 1.5)
		s.text(avgBarX+avgBarW+16, mid+7, textOpt{size: 20, fill: p.Text, bold: true}, fmt.Sprintf("%d%%", avg[t]))
		s.text(teamW-pad, mid+6, textOpt{size: 16, fill: p.Muted, anchor: "end"}, fmt.Sprintf("%d–%d%%", lo[t], hi[t]))
	}

	y := float64(avgTop + 3*avgRowH + 28)
	s.labelled(pad, y, textOpt{size: 16, fill: p.Text}, txtStrongest.In(l)+":", strongestCounts(e, l))
	y += 30
	s.text(pad, y, textOpt{size: 16, fill: p.Text, bold: true}, txtBlindSpots.In(l)+":")
	for _, spot := range spots {
		y += 30
		s.text(pad+16, y, textOpt{size: 16, fill: p.Text}, "• "+spot)
	}

	y = float64(listHead)
	s.text(pad, y, textOpt{size: 20, fill: p.Text, bold: true}, txtParticipants.In(l))
	x := float64(listBarX)
	for _, t := range profile.Types {
		s.rect(x, y-13, 14, 14, p.Types[t], 2)
		name := words.DefaultName(t, l)
		s.text(x+20, y, textOpt{size: 16, fill: p.Text}, name)
		x += 20 + 9*float64(ansi.StringWidth(name)) + 24
	}
	for i, t := range profile.Types {
		s.text(pctX(i), y, textOpt{size: 16, fill: p.TypeText[t], bold: true, anchor: "end"}, initial(t, l))
	}
	for i, pp := range e.Participants {
		mid := float64(listTop + i*listRowH + listRowH/2)
		s.text(pad, mid+6, textOpt{size: 16, fill: p.Text}, ansi.Truncate(Clean(pp.Label), labelCells, "…"))
		pct := pp.Percent.Array()
		s.rect(listBarX, mid-1, listBarW, 2, p.Track, 0)
		// The segments share the bar by the percentages' own sum, which
		// is 99 or 101 when equal points make 100 impossible
		// (profile.Percentages), so the bar is always exactly full.
		total := max(pct[0]+pct[1]+pct[2], 1)
		sum := 0
		for _, t := range profile.Types {
			x0 := listBarX + float64(listBarW*sum)/float64(total)
			sum += pct[t]
			x1 := listBarX + float64(listBarW*sum)/float64(total)
			s.rect(x0, mid-9, x1-x0, 18, p.Types[t], 0)
		}
		for i, v := range pct {
			s.text(pctX(i), mid+6, textOpt{size: 16, fill: p.Text, anchor: "end"}, fmt.Sprintf("%d%%", v))
		}
	}
	s.closePage(h, inline, l)
	return s.b.String()
}

// pctX is the right edge of percentage column i (0–2).
func pctX(i int) float64 { return float64(teamW - pad - (profile.Count-1-i)*pctColW) }

// initial is the first letter of t's name, heading its column.
func initial(t profile.Type, l i18n.Lang) string {
	return strings.ToUpper(words.DefaultName(t, l)[:1])
}

// Result is one personal result for ResultSVG.
type Result struct {
	// Mix is the mix to draw.
	Mix profile.Mix
	// Lang is the language of the texts.
	Lang i18n.Lang
	// Name is the participant's name; empty gives "Jouw mix"/"Your mix".
	Name string
	// Subtitle is a line under the title, such as the question set's
	// title; may be empty.
	Subtitle string
	// Names are the types' names as the question file gives them; an
	// empty name is the team view's name for the type.
	Names [profile.Count]string
	// Sentence is the sentence under the chart (words.Sentence), for the
	// page and the Markdown; may be empty. The picture leaves it out.
	Sentence string
}

// Personal result texts.
var (
	txtYourMix = i18n.Text{NL: "Jouw mix", EN: "Your mix"}
	txtMixOf   = i18n.Text{NL: "De mix van %s", EN: "%s's mix"}
	txtColour  = i18n.Text{NL: "kameleonkleur", EN: "chameleon colour"}
)

// Personal result geometry.
const (
	resultW    = 760
	resBarX    = 220
	resBarW    = 260
	resRowH    = 56
	resTop     = 112
	swatchSize = 120
)

// ResultSVG writes one personal result as a standalone SVG document: a
// title, the three types as bars with their names and percentages, and
// the chameleon colour of the mix (profile.Chameleon) as a framed swatch
// with its hex code, then the result screen's words (words.HeadlineOf: what
// was chosen, how sure, the development pointer) and the sentence that
// explains the colour. 760 px wide, about
// 400 high; light palette.
func ResultSVG(w io.Writer, res Result) error {
	_, err := io.WriteString(w, resultSVG(res))
	return err
}

func resultSVG(res Result) string {
	l := res.Lang
	s := &svg{pal: lightPalette()}
	p := s.pal
	names := res.Names
	for _, t := range profile.Types {
		if strings.TrimSpace(Clean(names[t])) == "" {
			names[t] = words.DefaultName(t, l)
		}
		names[t] = ansi.Truncate(Clean(names[t]), 16, "…")
	}
	title := txtYourMix.In(l)
	if n := strings.TrimSpace(Clean(res.Name)); n != "" {
		title = txtMixOf.F(l, ansi.Truncate(n, 40, "…"))
	}
	// The words are the result screen's (package words), with the
	// names as drawn.
	var types [profile.Count]profile.TypeProfile
	for _, t := range profile.Types {
		types[t].Name = names[t]
	}
	head := words.HeadlineOf(res.Mix, types, l)
	// Text wraps by characters: 80 of the regular 16 px font fit the
	// 680 px between the margins; bold letters are wider, so the headline
	// wraps at 70.
	wrapAt := func(s string, cols int) []string {
		if s == "" {
			return nil
		}
		return layout.WrapLines(s, cols)
	}
	wrap := func(s string) []string { return wrapAt(s, 80) }
	headline, footnote := wrapAt(head.Sentence(), 70), wrap(head.Precision)
	growth := wrap(head.Growth)
	sentence := wrap(words.RGBSentence(types, l))
	paras := 24*len(headline) + 22*len(footnote) + 16 + 24*len(growth) + 16 + 24*len(sentence)
	h := resTop + 8 + swatchSize + 44 + 32 + paras + 40

	s.open(resultW, h, title, true)
	s.text(pad, 56, textOpt{size: 28, fill: p.Text, bold: true}, title)
	if res.Subtitle != "" {
		s.text(pad, 86, textOpt{size: 16, fill: p.Muted}, ansi.Truncate(Clean(res.Subtitle), 70, "…"))
	}
	pct := res.Mix.Percent
	for _, t := range profile.Types {
		mid := float64(resTop + int(t)*resRowH + resRowH/2)
		s.text(pad, mid+7, textOpt{size: 20, fill: p.TypeText[t], bold: true}, names[t])
		s.rect(resBarX, mid-1, resBarW, 2, p.Track, 0)
		s.rect(resBarX, mid-15, float64(resBarW*pct[t])/100, 30, p.Types[t], 3)
		s.text(resBarX+resBarW+16, mid+8, textOpt{size: 22, fill: p.Text, bold: true}, fmt.Sprintf("%d%%", pct[t]))
	}
	c := profile.Chameleon(res.Mix)
	sx, sy := float64(resultW-pad-swatchSize), float64(resTop+8)
	fmt.Fprintf(&s.b, `<rect x="%s" y="%s" width="%d" height="%d" rx="8" fill="%s" stroke="%s" stroke-width="2"/>`+"\n",
		num(sx), num(sy), swatchSize, swatchSize, hex(c), hex(p.Text))
	s.text(sx+swatchSize/2, sy+swatchSize+24, textOpt{size: 14, fill: p.Muted, anchor: "middle"}, txtColour.In(l))
	s.text(sx+swatchSize/2, sy+swatchSize+44, textOpt{size: 14, fill: p.Muted, anchor: "middle"}, hex(c))
	// The sentence starts below the swatch's caption.
	y := max(float64(resTop+3*resRowH+24), sy+swatchSize+44+32)
	for _, line := range headline {
		s.text(pad, y, textOpt{size: 16, fill: p.Text, bold: true}, line)
		y += 24
	}
	for _, line := range footnote {
		s.text(pad, y, textOpt{size: 14, fill: p.Muted}, line)
		y += 22
	}
	y += 16
	for _, line := range growth {
		s.text(pad, y, textOpt{size: 16, fill: p.Text}, line)
		y += 24
	}
	y += 16
	for _, line := range sentence {
		s.text(pad, y, textOpt{size: 16, fill: p.Text}, line)
		y += 24
	}
	s.text(pad, float64(h-16), textOpt{size: 12, fill: p.Muted}, txtMadeBy.In(l))
	s.close()
	return s.b.String()
}
