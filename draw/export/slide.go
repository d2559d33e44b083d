package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Slide geometry: a 16:9 slide at 1920×1080, so it fills a PowerPoint,
// Keynote or Google Slides page without scaling or cropping, and text
// sizes are those of a slide read from the back of a room (32 px and up
// for what matters).
const (
	slideW      = 1920
	slideH      = 1080
	slidePad    = 96
	slideBarX   = 520
	slideBarW   = 880
	slideRowTop = 330
	slideRowH   = 170
	slideBarH   = 96
)

var (
	txtSlideCount = i18n.Text{NL: "%d deelnemers", EN: "%d participants"}
	txtSlideOne   = i18n.Text{NL: "1 deelnemer", EN: "1 participant"}
)

// SlideSVG writes the team as one 16:9 slide (1920×1080): title (the
// trainer's, or the report's when empty), the number of participants, the
// average mix as three large bars with their percentages and the spread
// (min–max, as a whisker and in figures), and one line each for the
// strongest types and the blind spots. No participant list and no set
// hash: that is TeamSVG, for the full list.
func SlideSVG(w io.Writer, r *teamreport.Report, title string) error {
	_, err := io.WriteString(w, slideSVG(r, title))
	return err
}

func slideSVG(r *teamreport.Report, title string) string {
	l := r.Opt.Lang
	e := teamreport.NewExport(r)
	s := &svg{pal: lightPalette()}
	p := s.pal
	if strings.TrimSpace(Clean(title)) == "" {
		title = r.Title()
	}
	title = ansi.Truncate(strings.TrimSpace(Clean(title)), 48, "…")

	s.open(slideW, slideH, title, true)
	s.text(slidePad, 150, textOpt{size: 64, fill: p.Text, bold: true}, title)
	count := txtSlideCount.F(l, len(e.Participants))
	if len(e.Participants) == 1 {
		count = txtSlideOne.In(l)
	}
	s.text(slidePad, 212, textOpt{size: 32, fill: p.Muted}, count)

	s.text(slidePad, 296, textOpt{size: 36, fill: p.Text, bold: true}, txtAverageMix.In(l))
	s.text(slideW-slidePad, 296, textOpt{size: 32, fill: p.Muted, anchor: "end"}, txtSpread.In(l))
	avg, lo, hi := e.Average.Array(), e.Min.Array(), e.Max.Array()
	at := func(pct int) float64 { return slideBarX + float64(slideBarW*pct)/100 }
	for _, t := range profile.Types {
		mid := float64(slideRowTop + int(t)*slideRowH + slideRowH/2)
		s.text(slidePad, mid+16, textOpt{size: 48, fill: p.TypeText[t], bold: true}, ansi.Truncate(words.DefaultName(t, l), 14, "…"))
		s.rect(slideBarX, mid-2, slideBarW, 4, p.Track, 0)
		s.rect(slideBarX, mid-slideBarH/2, float64(slideBarW*avg[t])/100, slideBarH, p.Types[t], 6)
		s.whisker(at(lo[t]), at(hi[t]), mid, 24, 4)
		s.text(slideBarX+slideBarW+40, mid+26, textOpt{size: 80, fill: p.Text, bold: true}, fmt.Sprintf("%d%%", avg[t]))
		s.text(slideW-slidePad, mid+14, textOpt{size: 36, fill: p.Muted, anchor: "end"}, fmt.Sprintf("%d–%d%%", lo[t], hi[t]))
	}

	y := float64(slideRowTop + 3*slideRowH + 70)
	s.labelled(slidePad, y, textOpt{size: 32, fill: p.Text}, txtStrongest.In(l)+":", strongestCounts(e, l))
	var spots []string
	for _, b := range e.BlindSpots {
		spots = append(spots, fmt.Sprintf("%s (%s)", dominantName(b.Type, l), blindSpotReason(b, l)))
	}
	rest := strings.Join(spots, "; ")
	if len(spots) == 0 {
		rest = txtNone.In(l)
	}
	s.labelled(slidePad, y+56, textOpt{size: 32, fill: p.Text}, txtBlindSpots.In(l)+":", ansi.Truncate(rest, 86, "…"))
	s.text(slidePad, slideH-36, textOpt{size: 20, fill: p.Muted}, txtMadeBy.In(l))
	s.close()
	return s.b.String()
}

var txtNone = i18n.Text{NL: "geen", EN: "none"}
