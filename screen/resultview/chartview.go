package resultview

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/chart"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// chartPlan is one way to fill the chart view, from the richest to the
// plainest. The view takes the first plan whose height fits.
type chartPlan struct {
	digits chart.DigitSize
	cham   bool // the swatch and the RGB sentence
	note   bool // "not a verdict"
	growth bool // the development pointer (words.Growth)
}

// chartPlans is the order in which parts give way when the window is low:
// first the note, then the big digits shrink, then the chameleon goes,
// then the digits; the chart, its headline and the development pointer
// stay while anything else can give way. Only when even the plainest plan
// with the pointer does not fit does the pointer move to the profiles
// view, one tab away, and the help line says so (Keys).
//
// On a wall (at least layout.WallWidth columns) the plans with the wall
// and wide digits come first; they are tried only there.
var chartPlans = func() []chartPlan {
	base := []chartPlan{
		{chart.WallDigits, true, true, true},
		{chart.WallDigits, true, false, true},
		{chart.WideDigits, true, true, true},
		{chart.WideDigits, true, false, true},
		{chart.LargeDigits, true, true, true},
		{chart.LargeDigits, true, false, true},
		{chart.SmallDigits, true, true, true},
		{chart.SmallDigits, true, false, true},
		{chart.LargeDigits, false, true, true},
		{chart.LargeDigits, false, false, true},
		{chart.SmallDigits, false, true, true},
		{chart.SmallDigits, false, false, true},
		{chart.NoDigits, true, true, true},
		{chart.NoDigits, true, false, true},
		{chart.NoDigits, false, true, true},
		{chart.NoDigits, false, false, true},
	}
	out := base
	for _, p := range base {
		p.growth = false
		out = append(out, p)
	}
	return out
}()

// gaps are the blank lines tried between the parts: airy when the window
// has room to spare, one line as a rule, none only as the last resort.
var gaps = []int{2, 1}

// txtGrowthAway stands where the development pointer would be when the
// window has no room for it: the help line may have dropped tab on a
// narrow window, so the chart says itself where the pointer is.
var txtGrowthAway = i18n.Text{NL: "tab: tip voor je kleinste kant", EN: "tab: a tip for your smallest side"}

// chartView is the mix at a glance.
func (m Model) chartView() string {
	lines, col, _ := m.chartLayout()
	return m.place(lines, col)
}

// chartLayout lays out the chart view for the size set: its lines, the
// width of the column they are centred in, and whether the development
// pointer is among them.
func (m Model) chartLayout() (lines []string, width int, withGrowth bool) {
	col := layout.Wide(m.width)
	wall := m.width >= layout.WallWidth
	t, ps := m.theme, m.paints
	title := []string{ps.Title.Paint(ansi.Truncate(m.title(), col, "…"))}
	bars := strings.Split(chart.Chart(m.prof, col, t, words.Names(m.types, m.lang)), "\n")
	head := words.HeadlineOf(m.prof, m.types, m.lang)
	order := layout.WrapEach(head.Sentence(), col, ps.Body.Paint)
	var footnote []string
	if head.Precision != "" {
		footnote = layout.WrapEach(head.Precision, col, ps.Muted.Paint)
	}
	sentence := append(append([]string(nil), order...), footnote...)
	var growth, away []string
	if head.Growth != "" {
		growth = layout.WrapEach(head.Growth, col, ps.Body.Paint)
		away = layout.WrapEach(txtGrowthAway.In(m.lang), col, ps.Muted.Paint)
	}

	// Parts that not every plan uses are made on first use.
	// The big digits may stand wider than the text column when the
	// column is too narrow for them (a wall of 120 columns): they are
	// looked at, not read. dcol[s] is the width they were drawn in.
	var digits [chart.WallDigits + 1][]string
	var dcol [chart.WallDigits + 1]int
	var cham, note []string
	getDigits := func(s chart.DigitSize) []string {
		if s != chart.NoDigits && digits[s] == nil {
			// The narrowest width that takes them, in steps of 4
			// cells from the column to the window less its margins.
			widths := []int{col}
			if wall {
				for dc := col + 4; dc <= m.width-4; dc += 4 {
					widths = append(widths, dc)
				}
			}
			// A whole pixel between digits beats a narrower block.
			digits[s] = []string{}
		search:
			for _, g := range digitGaps[s] {
				for _, dc := range widths {
					if d := m.bigDigitsGaps(s, dc, []int{g}); d != nil {
						digits[s], dcol[s] = d, dc
						break search
					}
				}
			}
		}
		return digits[s]
	}
	build := func(p chartPlan, gap int) []string {
		if !wall && (p.digits == chart.WideDigits || p.digits == chart.WallDigits) {
			return nil
		}
		parts := [][]string{title}
		if p.digits != chart.NoDigits {
			d := getDigits(p.digits)
			if len(d) == 0 {
				return nil
			}
			parts = append(parts, d)
		}
		parts = append(parts, bars, sentence)
		if p.growth && growth != nil {
			parts = append(parts, growth)
		} else if growth != nil {
			parts = append(parts, away)
		}
		if p.cham {
			if cham == nil {
				cham = m.chameleonBlock(col)
			}
			parts = append(parts, cham)
		}
		if p.note {
			if note == nil {
				note = layout.WrapEach(words.NoVerdict.In(m.lang), col, ps.Muted.Paint)
			}
			parts = append(parts, note)
		}
		if p.digits != chart.NoDigits && dcol[p.digits] > col {
			// The digits stand wider than the column: shift the
			// column's parts so that it stays centred under them.
			shift := (dcol[p.digits] - col) / 2
			for i := range parts {
				if i != 1 {
					parts[i] = layout.Shift(parts[i], shift)
				}
			}
		}
		return layout.Stack(gap, parts...)
	}
	for _, p := range chartPlans {
		if m.prof.Shape == profile.Empty && (p.digits != chart.NoDigits || p.cham) {
			// Without answers there is no mix to show large or as a
			// colour: three big zeros and a grey swatch say nothing.
			continue
		}
		if !p.growth && growth == nil {
			continue // the same as the plan with it
		}
		for _, gap := range gaps {
			if lines := build(p, gap); lines != nil && len(lines) <= m.height {
				if p.digits != chart.NoDigits && dcol[p.digits] > col {
					return lines, dcol[p.digits], p.growth && growth != nil
				}
				return lines, col, p.growth && growth != nil
			}
		}
	}
	// Lower than the plainest plan: keep the chart, the headline and
	// where the pointer is, without blank lines; then the footnote if it
	// fits whole, and let the clamp cut from the bottom.
	lines = layout.Stack(0, title, bars, order, away, footnote)
	if len(lines) > m.height {
		lines = layout.Stack(0, title, bars, order, away)
	}
	return lines, col, false
}

// digitGaps are the spaces tried between the digits of one number: a
// whole pixel at the large size where it fits, half a pixel where not.
var digitGaps = map[chart.DigitSize][]int{
	chart.WallDigits:  {4, 2},
	chart.WideDigits:  {3, 2},
	chart.LargeDigits: {2, 1},
	chart.SmallDigits: {1},
}

// minDigitMargin is the least space, in cells, between two numbers (or
// their names), so that three numbers never read as one.
const minDigitMargin = 4

// digitMargin is the least space between two numbers at size: 4 cells,
// or two thirds of a digit at the wide sizes, so that three numbers with
// their wide gaps still stand apart as three.
func digitMargin(size chart.DigitSize) int {
	return max(minDigitMargin, 2*size.DigitWidth()/3)
}

// bigDigitsGaps draws the three percentages as big digits, each in its
// type's bar colour with the type's name under it in its text colour,
// trying the gaps between digits in order. The three stand in equal
// thirds of col where they fit; a wide one ("100%") makes them share col
// by width instead. It returns nil when size does not fit.
func (m Model) bigDigitsGaps(size chart.DigitSize, col int, gaps []int) []string {
	margin := digitMargin(size)
	names := words.Names(m.types, m.lang)
	cw := col / profile.Count
	for _, gap := range gaps {
		var glyph [profile.Count][]string
		var numW, nameW, slot, hang [profile.Count]int
		thirds, total := true, 0
		for _, pt := range profile.Types {
			glyph[pt] = chart.BigPercent(m.prof.Percent[pt], size, gap)
			numW[pt] = utf8.RuneCountInString(glyph[pt][0]) // one cell per rune
			if size == chart.LargeDigits {
				hang[pt] = chart.SuperscriptWidth
			}
			nameW[pt] = ansi.StringWidth(names[pt])
			slot[pt] = max(numW[pt], nameW[pt])
			total += slot[pt]
			if numW[pt] > cw-margin {
				thirds = false
			}
		}
		// start is where each type's region begins, width how wide it is.
		var start, width [profile.Count]int
		switch {
		case thirds:
			for i := range start {
				start[i], width[i] = i*cw, cw
			}
		case total+margin*(profile.Count-1) <= col:
			space := (col - total) / (profile.Count - 1)
			x := 0
			for i := range start {
				start[i], width[i] = x, slot[i]
				x += slot[i] + space
			}
		default:
			continue
		}
		return m.drawDigits(glyph, numW, hang, start, width)
	}
	return nil
}

// drawDigits places each type's glyph rows and name centred in its region.
// A raised '%' (hang cells) is left out of the centring, so the digits
// stand over the name and the sign hangs beside them, as far as the
// region allows.
func (m Model) drawDigits(glyph [profile.Count][]string, numW, hang, start, width [profile.Count]int) []string {
	ps := m.paints
	names := words.Names(m.types, m.lang)
	rows := len(glyph[0])
	out := make([]string, rows+1)
	for y := range out {
		var b strings.Builder
		x := 0
		for _, pt := range profile.Types {
			var cell string
			w := numW[pt]
			if y < rows {
				cell = ps.TypeInk[pt].Paint(glyph[pt][y])
			} else {
				name := ansi.Truncate(names[pt], max(width[pt]-1, 1), "…")
				w = ansi.StringWidth(name)
				cell = ps.TypeText[pt].Paint(name)
			}
			left := start[pt] + (width[pt]-w)/2
			if y < rows {
				left = min(start[pt]+(width[pt]-(w-hang[pt]))/2, start[pt]+width[pt]-w)
				left = max(left, start[pt])
			}
			b.WriteString(strings.Repeat(" ", max(left-x, 0)))
			b.WriteString(cell)
			x = max(left, x) + w
		}
		out[y] = b.String()
	}
	return out
}
