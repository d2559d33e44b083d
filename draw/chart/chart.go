package chart

import (
	"fmt"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Chart layout constants.
const (
	// percentWidth is the cells of the percentage column: "100%". The
	// percentage is always written as digits directly followed by "%",
	// right-aligned, in every chart of the program.
	percentWidth = 4
	// minBar is the bar length below which names are shortened first: a
	// shorter bar says too little about the share.
	minBar = 10
	// tinyBar is the shortest bar drawn at all; below it the bar is
	// dropped and the name and number stay.
	tinyBar = 3
)

// eighthGlyphs are the partial blocks for 1..7 eighths of a cell.
var eighthGlyphs = [...]string{"▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// fullBlock is a whole cell of bar.
const fullBlock = "█"

// trackGlyph draws the track: a thin line, not a filled cell, so that the
// three rows stay apart and a 0 % row still shows where its bar would run.
const trackGlyph = "─"

// Chart draws the profile as horizontal bars, one line per type in the
// fixed order. Each line holds the type's name (padded to the longest
// name), the bar and the percentage ("42%"), so a line reads without colour.
// The bar area is what width leaves after name and percentage, and it
// always stands for 100 %: bars are honest and compare between people and
// between screens. Bar ends have eighth-block precision; a share between 0
// and 100 never rounds to an empty or a full bar.
//
// No line is wider than width. When space runs out the names are shortened
// first (to "Bur…", then to their first letters), then the bar is dropped,
// and the number goes last. Chart is a pure function: the colours are full
// 24-bit escape codes that the output layer (Bubble Tea, lipgloss.Println)
// downsamples for the terminal.
func Chart(p profile.Mix, width int, th theme.Theme, names [profile.Count]string) string {
	if width <= 0 {
		return ""
	}
	l := chartLayout(width, names)
	var b strings.Builder
	for i, t := range profile.Types {
		if i > 0 {
			b.WriteByte('\n')
		}
		line := l.names[t]
		if l.nameCol > 0 {
			line += strings.Repeat(" ", l.nameCol-ansi.StringWidth(line)) + " "
		}
		b.WriteString(line)
		if l.bar > 0 {
			b.WriteString(drawBar(p.Percent[t], l.bar, th, t))
			b.WriteByte(' ')
		}
		num := fmt.Sprintf("%*d%%", percentWidth-1, p.Percent[t])
		if width < percentWidth {
			// Absurdly narrow: never cut digits off the front, which
			// would show another number.
			num = ansi.Truncate(strings.TrimLeft(num, " "), width, "…")
		}
		b.WriteString(num)
	}
	return b.String()
}

// layout is how one chart width is shared between name, bar and number.
type layout struct {
	names   [profile.Count]string // the names as shown, possibly shortened
	nameCol int                   // cells of the name column, 0 for none
	bar     int                   // cells of the bar area, 0 for none
}

// chartLayout decides, for a width, how long the names and the bar are.
// The number always stays; the bar goes before the names' first letters.
func chartLayout(width int, names [profile.Count]string) layout {
	full := 0
	for _, n := range names {
		full = max(full, ansi.StringWidth(n))
	}
	gap := 1 // between name and bar
	if full == 0 {
		gap = 0
	}
	unique := uniquePrefix(names, full)
	mk := func(nameCol, bar int) layout {
		l := layout{nameCol: nameCol, bar: bar}
		for t, n := range names {
			l.names[t] = shorten(n, nameCol)
		}
		return l
	}
	// The whole line with a bar is name, gap, bar, space, number.
	room := width - gap - 1 - percentWidth
	switch {
	case room-full >= minBar:
		return mk(full, room-full)
	case room-minBar >= max(unique, 4):
		// A stem with an ellipsis ("Bur…"); shorter stems than four
		// cells say no more than the first letter does.
		return mk(room-minBar, minBar)
	case room-unique >= tinyBar:
		return mk(unique, room-unique)
	}
	// No bar: name, gap, number.
	if col := min(full, width-gap-percentWidth); col >= unique && col > 0 {
		return mk(col, 0)
	}
	return layout{}
}

// uniquePrefix is the fewest leading cells that still tell the names apart
// (at least 1, at most full).
func uniquePrefix(names [profile.Count]string, full int) int {
	for n := 1; n < full; n++ {
		seen := make(map[string]bool, profile.Count)
		ok := true
		for _, name := range names {
			s := shorten(name, n)
			if seen[s] {
				ok = false
				break
			}
			seen[s] = true
		}
		if ok {
			return n
		}
	}
	return full
}

// shorten cuts name to at most n cells: with an ellipsis when there is room
// for a recognisable stem ("Bureaucraat" → "Bur…"), as bare first letters
// below that.
func shorten(name string, n int) string {
	if ansi.StringWidth(name) <= n {
		return name
	}
	if n >= 4 {
		return ansi.Truncate(name, n, "…")
	}
	return ansi.Truncate(name, n, "")
}

// drawBar draws one bar of percent in a bar area of cells, padded with the
// track (or spaces) to exactly cells.
func drawBar(percent, cells int, th theme.Theme, t profile.Type) string {
	n := barEighths(percent, cells)
	fill := blocks(n)
	used := (n + 7) / 8
	rest := cells - used
	if !th.Color {
		return fill + strings.Repeat(" ", rest)
	}
	style := lipgloss.NewStyle()
	if c := th.Palette.Types[t]; c != nil {
		style = style.Foreground(c)
	}
	if th.Palette.Track == nil {
		return style.Render(fill) + strings.Repeat(" ", rest)
	}
	var b strings.Builder
	full := n / 8
	if full > 0 {
		b.WriteString(style.Render(strings.Repeat(fullBlock, full)))
	}
	if n%8 != 0 {
		b.WriteString(style.Render(eighthGlyphs[n%8-1]))
	}
	if rest > 0 {
		b.WriteString(lipgloss.NewStyle().Foreground(th.Palette.Track).Render(strings.Repeat(trackGlyph, rest)))
	}
	return b.String()
}

// barEighths is the length, in eighths of a cell, of a bar for percent in
// a bar area of cells that stands for 100 %, rounded to the nearest eighth.
// A share above 0 shows at least one eighth and a share below 100 never
// fills the whole area, so nothing looks empty or complete that is not.
func barEighths(percent, cells int) int {
	if cells <= 0 || percent <= 0 {
		return 0
	}
	total := cells * 8
	if percent >= 100 {
		return total
	}
	n := (percent*total + 50) / 100
	return min(max(n, 1), total-1)
}

// blocks draws n eighths of a cell: n/8 full blocks and, for the rest, one
// partial block (▏▎▍▌▋▊▉).
func blocks(n int) string {
	if n <= 0 {
		return ""
	}
	s := strings.Repeat(fullBlock, n/8)
	if r := n % 8; r > 0 {
		s += eighthGlyphs[r-1]
	}
	return s
}
