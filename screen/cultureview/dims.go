package cultureview

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

var (
	txtDimsTitle = i18n.Text{NL: "Per onderwerp, nu en gewenst", EN: "Per dimension, now and desired"}
	txtDimsAll   = i18n.Text{NL: "%d onderwerpen", EN: "%d dimensions"}
	txtDimsPage  = i18n.Text{NL: "onderwerp %d–%d van %d · ←/→ bladert", EN: "dimension %d–%d of %d · ←/→ leafs"}
	txtDimsOne   = i18n.Text{NL: "onderwerp %d van %d · ←/→ bladert", EN: "dimension %d of %d · ←/→ leafs"}
)

// Layout of the picture per dimension, in cells.
const (
	dimsGap    = 4 // between columns of blocks
	dimsHead   = 3 // title, legend (one line when wide), blank
	dimsBlockH = 4 // a dimension's title and one line per type
)

// dimsGrid is how the picture per dimension fits a window: blocks of
// blockW cells in cols columns and rows rows, perPage of them at once;
// barW is 10 (one cell a point) or 0 when only the numbers fit.
type dimsGrid struct {
	cols, rows, perPage, barW, nameW, blockW int
}

// dimsGrid lays out the picture per dimension for a body of w×h cells.
func (m Model) dimsGrid(w, h int) dimsGrid {
	l := m.cfg.Lang
	g := dimsGrid{barW: culture.Budget}
	for _, typ := range profile.Types {
		g.nameW = max(g.nameW, ansi.StringWidth(culturetable.TypeName(typ, l)))
	}
	avail := max(w-2*margin(w), 1)
	// name, now bar and points, desired bar and points, the arrow.
	g.blockW = g.nameW + 1 + g.barW + 3 + 2 + g.barW + 3 + 2 + 1
	if g.blockW > avail {
		g.barW = 0
		g.blockW = g.nameW + 1 + 7 + 2 + 1
	}
	n := m.survey.Len()
	g.cols = min(max((avail+dimsGap)/(g.blockW+dimsGap), 1), n)
	head := dimsHead
	if avail < 60 {
		head++ // the legend takes two lines in a narrow window
	}
	g.rows = max((h-head+1)/(dimsBlockH+1), 1)
	g.perPage = g.cols * g.rows
	if g.perPage >= n {
		g.rows = (n + g.cols - 1) / g.cols
		g.perPage = n
	}
	return g
}

// margin is the room left and right of the picture per dimension.
func margin(w int) int {
	if w < 60 {
		return 1
	}
	return 2
}

// viewDims is the picture per dimension: per dimension its title and,
// per type, the name, a bar of the points now (▒) and one desired (█)
// with their numbers, and the arrow of the change; as many dimensions as
// fit, in columns when the window is wide, the rest a page away.
func (m Model) viewDims(w, h int) string {
	t, l := m.fr.Theme, m.cfg.Lang
	g := m.dimsGrid(w, h)
	n := m.survey.Len()
	first := min(m.page, max(n-1, 0))
	last := min(first+g.perPage, n)
	width := g.cols*g.blockW + (g.cols-1)*dimsGap
	if g.cols == 1 && g.blockW <= layout.Column(w) {
		width = layout.Column(w) // in line with the other screens' text
	}
	lines := append([]string{t.Title.Render(truncate(txtDimsTitle.In(l), width))}, m.dimsLegend(g, first, last, width)...)
	lines = append(lines, "")

	nowA, desA := m.survey.Allocations(culture.Now), m.survey.Allocations(culture.Desired)
	for r := 0; r < g.rows; r++ {
		if r > 0 {
			lines = append(lines, "")
		}
		row := make([]string, dimsBlockH)
		for c := 0; c < g.cols; c++ {
			i := first + r*g.cols + c
			if i >= last {
				break
			}
			block := m.dimBlock(i, nowA[i], desA[i], g)
			for j, s := range block {
				if c > 0 {
					row[j] += strings.Repeat(" ", dimsGap)
				}
				row[j] += s + strings.Repeat(" ", max(g.blockW-ansi.StringWidth(s), 0))
			}
		}
		for _, s := range row {
			lines = append(lines, strings.TrimRight(s, " "))
		}
	}
	lines = squeeze(lines)
	pad := strings.Repeat(" ", max((w-width)/2, 0))
	for i, s := range lines {
		if s != "" {
			lines[i] = pad + s
		}
	}
	return middle(lines, h) + strings.Join(lines, "\n")
}

// dimsLegend says which dimensions are shown (and that ←/→ leafs when
// not all are) and what the bars are: "▒ nu · █ gewenst", or "nu →
// gewenst" when only the numbers fit; wrapped to width.
func (m Model) dimsLegend(g dimsGrid, first, last, width int) []string {
	l, n := m.cfg.Lang, m.survey.Len()
	where := txtDimsAll.F(l, n)
	switch {
	case g.perPage >= n:
	case last-first == 1:
		where = txtDimsOne.F(l, first+1, n)
	default:
		where = txtDimsPage.F(l, first+1, last, n)
	}
	legend := culturetable.Now.In(l) + " → " + culturetable.Desired.In(l)
	if g.barW > 0 {
		legend = culturetable.Mark(culture.Now) + " " + culturetable.Now.In(l) + " · " + culturetable.Mark(culture.Desired) + " " + culturetable.Desired.In(l)
	}
	return layout.WrapEach(where+" · "+legend, width, layout.Style(m.fr.Theme.Muted))
}

// dimBlock is one dimension: its title, then per type a line.
func (m Model) dimBlock(i int, now, des culture.Allocation, g dimsGrid) []string {
	t, l := m.fr.Theme, m.cfg.Lang
	out := []string{t.Heading.Render(truncate(m.survey.Set().Dimensions[i].Title, g.blockW))}
	for _, typ := range profile.Types {
		name := culturetable.TypeName(typ, l)
		line := t.TypeStyle(typ).Render(name) + strings.Repeat(" ", g.nameW-ansi.StringWidth(name)+1)
		if g.barW > 0 {
			line += m.cellBar(typ, now[typ], g.barW, culture.Now) + t.Body.Render(fmt.Sprintf(" %2d", now[typ])) + "  " +
				m.cellBar(typ, des[typ], g.barW, culture.Desired) + t.Body.Render(fmt.Sprintf(" %2d", des[typ]))
		} else {
			line += t.Body.Render(fmt.Sprintf("%2d → %2d", now[typ], des[typ]))
		}
		line += "  " + t.Body.Render(culturetable.Arrow(des[typ]-now[typ]))
		out = append(out, line)
	}
	return out
}

// sideLeftW is the width of the totals when the picture per dimension
// stands beside them: the text column and its margins.
const sideLeftW = layout.ReadableWidth + 4

// viewSide is the totals with the picture per dimension beside them, for
// a window wide enough to show every dimension there at once (200×60);
// ok is false when it is not.
func (m Model) viewSide(w, h int) (string, bool) {
	rightW := w - sideLeftW
	if rightW < 2 {
		return "", false
	}
	g := m.dimsGrid(rightW, h)
	if g.barW == 0 || g.perPage < m.survey.Len() || g.cols < 2 {
		return "", false
	}
	// The two side by side, centred together in the window.
	rightW = g.cols*g.blockW + (g.cols-1)*dimsGap + 2*margin(rightW)
	left := strings.Split(m.viewResult(sideLeftW, h), "\n")
	right := strings.Split(m.viewDims(rightW, h), "\n")
	lines := layout.Beside(max(sideLeftW-layout.Widest(left), 0), left, right)
	lines = layout.Shift(lines, (w-sideLeftW-rightW)/2)
	return strings.Join(lines, "\n"), true
}
