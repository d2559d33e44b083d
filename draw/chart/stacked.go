package chart

import (
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
)

// StackedGlyphs are the fill characters of the stacked bar without colour,
// indexed by Type: bureaucraat █ (full block), ondernemer ▒ (medium shade),
// verbinder ░ (light shade). Neighbouring segments then always differ by
// at least one step of density (█|▒ and ▒|░), which survives small fonts
// better than █|▓. With colour every segment is a full block.
var StackedGlyphs = [profile.Count]string{"█", "▒", "░"}

// StackedBar draws the profile as one 100 %-stacked bar exactly width cells
// wide: the three types' segments in the fixed order, for a line per
// participant in a team view. Segment lengths come from the percentages by
// largest remainder, so they always add up to width, and a share above 0
// gets at least one cell when width has room for every such share. A
// profile without points is the track line (─), or width spaces without
// a track or colour.
func StackedBar(p profile.Mix, width int, th theme.Theme) string {
	if width <= 0 {
		return ""
	}
	cells := stackCells(p.Percent, width)
	if cells == ([profile.Count]int{}) {
		if !th.Color || th.Palette.Track == nil {
			return strings.Repeat(" ", width)
		}
		return lipgloss.NewStyle().Foreground(th.Palette.Track).Render(strings.Repeat(trackGlyph, width))
	}
	var b strings.Builder
	for _, t := range profile.Types {
		if cells[t] == 0 {
			continue
		}
		if !th.Color {
			b.WriteString(strings.Repeat(StackedGlyphs[t], cells[t]))
			continue
		}
		style := lipgloss.NewStyle()
		if c := th.Palette.Types[t]; c != nil {
			style = style.Foreground(c)
		}
		b.WriteString(style.Render(strings.Repeat(fullBlock, cells[t])))
	}
	return b.String()
}

// stackCells shares width cells between the types in proportion to
// percent, by largest remainder (ties go to the fixed type order). The
// cells add up to exactly width unless every percentage is 0. A positive
// share that rounds to no cell takes one from the longest segment, when
// width has room for all positive shares.
func stackCells(percent [profile.Count]int, width int) [profile.Count]int {
	var cells [profile.Count]int
	total := 0
	for _, v := range percent {
		total += max(v, 0)
	}
	if total == 0 || width <= 0 {
		return cells
	}
	type rem struct {
		t profile.Type
		r int
	}
	rems := make([]rem, 0, profile.Count)
	sum := 0
	for _, t := range profile.Types {
		q := max(percent[t], 0) * width
		cells[t] = q / total
		sum += cells[t]
		rems = append(rems, rem{t, q % total})
	}
	sort.SliceStable(rems, func(i, j int) bool { return rems[i].r > rems[j].r })
	for i := 0; sum < width; i++ {
		cells[rems[i%profile.Count].t]++
		sum++
	}
	positive := 0
	for _, v := range percent {
		if v > 0 {
			positive++
		}
	}
	if width < positive {
		return cells
	}
	for _, t := range profile.Types {
		if percent[t] <= 0 || cells[t] > 0 {
			continue
		}
		// Of equally long segments the last in the fixed order gives,
		// the mirror of the remainder ties that the first ones win.
		longest := profile.Types[0]
		for _, u := range profile.Types {
			if cells[u] >= cells[longest] {
				longest = u
			}
		}
		cells[longest]--
		cells[t]++
	}
	return cells
}
