package export

import (
	"fmt"
	"image/color"
	"io"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/profile"
)

// Culture chart geometry, in SVG user units, on the team chart's 960 px
// width (teamW, pad).
const (
	cultTop     = 156 // the first type's block starts here
	cultBlockH  = 108 // one type: its name line and two bars
	cultBarX    = 200 // the bars start here…
	cultBarW    = 520 // …and are this long at 100 %
	cultBarH    = 24
	cultRowH    = 30 // a participant's line
	cultColW    = 56 // each percentage column of the participant list
	cultWrap    = 92 // running text is wrapped at this many cells
	nowOpacity  = "0.35"
	cultLegendW = 18

	// The picture per dimension: a heading, then per dimension its id and
	// per type a row with two thin bars.
	cultDimsHeadH = 20  // the section heading, down to the first dimension
	cultDimH      = 188 // one dimension: its id line and three type rows
	cultDimRowH   = 46  // one type within a dimension
	cultDimBarH   = 15
)

// CultureSVG writes a group's culture surveys (team with culture results)
// as a standalone SVG document for a slide: the title and subtitle, per
// type its name with the change (▲/▼, the signed points, * when notable)
// and a pair of bars, "now" light with an outline and "desired" solid, each
// labelled and with its percentage and min–max spread beside it; the note
// on notable changes, the shared shifts, the picture per dimension (when the
// results hold points per dimension: per dimension its id and per type a
// pair of thin bars drawn the same way, each with its pass and percentage
// beside it, and the change), and the participants' percentages now and
// desired. 960 px wide; the height grows by 30 px per participant and
// 188 px per dimension.
// Colours are the light palette's; now and desired differ in lightness
// and in their labels, never in colour alone.
func CultureSVG(w io.Writer, r *teamreport.CultureReport) error {
	_, err := io.WriteString(w, cultureSVG(r, false))
	return err
}

// cultureSVG is the document; inline (for the HTML page) it has no xmlns
// and leaves out the title, subtitle and credit line, as teamSVG does.
func cultureSVG(r *teamreport.CultureReport, inline bool) string {
	l := r.Opt.Lang
	e := teamreport.NewCultureExport(r)
	wd := r.Words()
	s := &svg{pal: lightPalette()}
	p := s.pal

	var shared []string
	for _, t := range r.S.NotableTypes() {
		for i, line := range layout.WrapLines(Clean(r.SharedText(t)), cultWrap-4) {
			prefix := "  "
			if i == 0 {
				prefix = culturetable.Arrow(r.S.Shift[t]) + " "
			}
			shared = append(shared, prefix+line)
		}
	}
	if len(shared) == 0 {
		shared = layout.WrapLines(wd.NoShared, cultWrap)
	}
	noteH := 0
	if len(e.Notable) > 0 {
		noteH = 28
	}
	sharedTop := cultTop + profile.Count*cultBlockH + noteH + 24
	dimsTop := sharedTop + 28*len(shared) + 56
	listHead := dimsTop
	if len(e.Dimensions) > 0 {
		listHead += cultDimsHeadH + len(e.Dimensions)*cultDimH + 24
	}
	listTop := listHead + 36
	h := listTop + cultRowH*len(e.Participants) + 44

	s.openPage(h, inline, r.Title(), r.Subtitle())

	// The heading and a legend: the light bar is now, the solid one desired.
	s.text(pad, 136, textOpt{size: 20, fill: p.Text, bold: true}, wd.Average)
	lx := float64(teamW - pad - 300)
	s.passRect(lx, 122, cultLegendW, 16, p.Muted, false)
	s.text(lx+cultLegendW+8, 136, textOpt{size: 16, fill: p.Text}, wd.Now)
	lx += cultLegendW + 8 + 9*float64(ansi.StringWidth(wd.Now)) + 24
	s.passRect(lx, 122, cultLegendW, 16, p.Muted, true)
	s.text(lx+cultLegendW+8, 136, textOpt{size: 16, fill: p.Text}, wd.Desired)
	s.text(teamW-pad, 136, textOpt{size: 16, fill: p.Muted, anchor: "end"}, wd.Spread)

	now, des := e.Now, e.Desired
	for _, t := range profile.Types {
		y0 := float64(cultTop + int(t)*cultBlockH)
		s.text(pad, y0+22, textOpt{size: 18, fill: p.TypeText[t], bold: true}, words.DefaultName(t, l))
		ch := changeText(r.S.Shift[t], r.S.Notable(t))
		s.text(cultBarX+cultBarW+64, y0+22, textOpt{size: 18, fill: p.Text, bold: r.S.Notable(t), anchor: "end"}, ch)
		for i, pass := range []teamreport.CultureExportPass{now, des} {
			top := y0 + 32 + float64(i)*(cultBarH+8)
			mid := top + cultBarH/2
			label := wd.Now
			if i == 1 {
				label = wd.Desired
			}
			avg, lo, hi := pass.Average.Array(), pass.Min.Array(), pass.Max.Array()
			s.text(pad+16, mid+6, textOpt{size: 16, fill: p.Muted}, label)
			s.rect(cultBarX, mid-1, cultBarW, 2, p.Track, 0)
			s.passRect(cultBarX, top, float64(cultBarW*avg[t])/100, cultBarH, p.Types[t], i == 1)
			s.text(cultBarX+cultBarW+64, mid+7, textOpt{size: 18, fill: p.Text, bold: true, anchor: "end"}, fmt.Sprintf("%d%%", avg[t]))
			s.text(teamW-pad, mid+6, textOpt{size: 16, fill: p.Muted, anchor: "end"}, fmt.Sprintf("%d–%d%%", lo[t], hi[t]))
		}
	}
	y := float64(cultTop + profile.Count*cultBlockH)
	if noteH > 0 {
		y += 8
		s.text(pad, y, textOpt{size: 14, fill: p.Muted}, wd.Note)
		y += float64(noteH) - 8
	}
	y = float64(sharedTop)
	s.text(pad, y, textOpt{size: 18, fill: p.Text, bold: true}, wd.Shared+":")
	for _, line := range shared {
		y += 28
		s.text(pad+16, y, textOpt{size: 16, fill: p.Text}, line)
	}

	if len(e.Dimensions) > 0 {
		cultureDimsSVG(s, r, e.Dimensions, float64(dimsTop))
	}

	// The participants: three percentages now, three desired.
	y = float64(listHead)
	s.text(pad, y+28, textOpt{size: 20, fill: p.Text, bold: true}, wd.List)
	for b, head := range []string{wd.Now, wd.Desired} {
		right := cultCol(b, profile.Count-1)
		left := cultCol(b, 0) - cultColW + 12
		s.text((left+right)/2, y, textOpt{size: 16, fill: p.Muted, anchor: "middle"}, head)
		s.line(left, y+6, right, y+6, p.Track, 1)
		for i, t := range profile.Types {
			s.text(cultCol(b, i), y+28, textOpt{size: 16, fill: p.TypeText[t], bold: true, anchor: "end"}, initial(t, l))
		}
	}
	for i, pp := range e.Participants {
		mid := float64(listTop + i*cultRowH + cultRowH/2)
		s.text(pad, mid+6, textOpt{size: 16, fill: p.Text}, ansi.Truncate(Clean(pp.Label), labelCells, "…"))
		for b, pct := range [][profile.Count]int{pp.Now.Percent.Array(), pp.Desired.Percent.Array()} {
			for j, v := range pct {
				s.text(cultCol(b, j), mid+6, textOpt{size: 16, fill: p.Text, anchor: "end"}, fmt.Sprintf("%d%%", v))
			}
		}
	}
	s.closePage(h, inline, l)
	return s.b.String()
}

// cultCol is the right edge of percentage column i (0–2) of block b (0
// now, 1 desired) in the participant list.
func cultCol(b, i int) float64 {
	return float64(teamW - pad - (profile.Count-1-i)*cultColW - (1-b)*(profile.Count*cultColW+40))
}

// passRect draws a bar of one pass: desired solid, now light (the colour
// at low opacity) with an outline in the colour, so the two differ in
// lightness and edge and not in hue.
func (s *svg) passRect(x, y, w, h float64, fill color.Color, desired bool) {
	if w <= 0 || h <= 0 {
		return
	}
	if desired {
		s.rect(x, y, w, h, fill, 3)
		return
	}
	// A background first, so the track does not show through.
	s.rect(x, y, w, h, s.pal.Background, 3)
	fmt.Fprintf(&s.b, `<rect x="%s" y="%s" width="%s" height="%s" rx="3" fill="%s" fill-opacity="%s" stroke="%s" stroke-width="2"/>`+"\n",
		num(x+1), num(y+1), num(max(w-2, 0)), num(h-2), hex(fill), nowOpacity, hex(fill))
}

// changeText is a change as the screen writes it: "▲ +13", with " *"
// when notable.
func changeText(d int, notable bool) string {
	s := culturetable.Arrow(d) + " " + culture.Signed(d)
	if notable {
		s += " *"
	}
	return s
}

// cultureDimsSVG draws the picture per dimension from top down: the
// section heading, then per dimension its id (with the number who
// answered it when fewer than the whole group) and per type its name, a
// bar now (light, outlined) above a bar desired (solid) on a track, each
// with its pass and percentage to its right, and the change at the right
// edge (bold and with * where it stands out).
func cultureDimsSVG(s *svg, r *teamreport.CultureReport, dims []teamreport.CultureExportDimension, top float64) {
	l, p, wd := r.Opt.Lang, s.pal, r.Words()
	s.text(pad, top, textOpt{size: 20, fill: p.Text, bold: true}, wd.Dims)
	for i, d := range dims {
		by := top + cultDimsHeadH + float64(i*cultDimH)
		head := Clean(d.Dimension)
		if d.Count != r.S.Count {
			head += " · " + teamreport.ParticipantCount(d.Count, l)
		}
		s.text(pad, by+26, textOpt{size: 18, fill: p.Text, bold: true}, ansi.Truncate(head, cultWrap-10, "…"))
		now, des, shift := d.Now.Array(), d.Desired.Array(), d.Shift.Array()
		for _, t := range profile.Types {
			ry := by + 38 + float64(int(t)*cultDimRowH)
			s.text(pad+16, ry+22, textOpt{size: 16, fill: p.TypeText[t], bold: true}, words.DefaultName(t, l))
			for j, v := range []int{now[t], des[t]} {
				bt := ry + float64(j*(cultDimBarH+3))
				s.rect(cultBarX, bt+cultDimBarH/2-1, cultBarW, 2, p.Track, 0)
				s.passRect(cultBarX, bt, float64(cultBarW*v)/100, cultDimBarH, p.Types[t], j == 1)
				pass := wd.Now
				if j == 1 {
					pass = wd.Desired
				}
				s.text(cultBarX+cultBarW+12, bt+cultDimBarH-2, textOpt{size: 14, fill: p.Text}, fmt.Sprintf("%s %d%%", pass, v))
			}
			notable := shift[t] >= culture.Threshold || shift[t] <= -culture.Threshold
			s.text(teamW-pad, ry+22, textOpt{size: 16, fill: p.Text, bold: notable, anchor: "end"}, changeText(shift[t], notable))
		}
	}
}
