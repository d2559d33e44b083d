package resultview

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

var (
	txtMoreAbove = i18n.Text{NL: "↑ meer tekst", EN: "↑ more text"}
	txtMoreBelow = i18n.Text{NL: "↓ meer tekst", EN: "↓ more text"}
)

// Profiles view sizes.
const (
	// tabGap is the space between two tabs.
	tabGap = 3
	// shortName is the width a name is cut to when the full tabs do not
	// fit ("Bur…").
	shortName = 4
	// bullet starts an item; continuation lines hang under its text.
	bullet = "• "
	// roomyHeight and compactHeight are the heights from which the header
	// has its title and blank lines, and its title and tab marker.
	roomyHeight   = 16
	compactHeight = 9
)

// profileLayout is the profiles view for one size: a fixed header and a
// body that scrolls under it.
type profileLayout struct {
	col    int
	header []string
	body   []string
	avail  int  // body lines that fit
	scroll bool // the body is longer than avail; the last line is a hint
}

// profileLayout lays out the selected type's profile for the size set.
func (m Model) profileLayout() profileLayout {
	col := layout.Wide(m.width)
	ps, l := m.paints, m.lang
	pl := profileLayout{col: col}

	tabs, marker, full := m.tabs(col)
	nameInBody := !full
	switch {
	case tabs != "" && m.height >= roomyHeight:
		pl.header = []string{ps.Title.Paint(ansi.Truncate(m.title(), col, "…")), "", tabs, marker, ""}
	case tabs != "" && m.height >= compactHeight:
		pl.header = []string{ps.Title.Paint(ansi.Truncate(m.title(), col, "…")), tabs, marker}
	default:
		// One line: the type, its share and where it is among the three.
		pl.header = []string{m.nameLine(col, true)}
		nameInBody = false
	}

	tp := m.types[m.sel]
	if m.growthAway {
		// The chart view had no room for the pointer: it leads here.
		pl.body = append(pl.body, layout.WrapEach(words.Growth(m.prof, m.types, l), col, ps.Body.Paint)...)
		pl.body = append(pl.body, "")
	}
	if nameInBody {
		pl.body = append(pl.body, m.nameLine(col, false))
	}
	if e := strings.TrimSpace(tp.Essence); e != "" {
		pl.body = append(pl.body, layout.WrapEach(e, col, ps.Italic.Paint)...)
	}
	for _, s := range words.Sections(tp, l) {
		if len(pl.body) > 0 {
			pl.body = append(pl.body, "")
		}
		pl.body = append(pl.body, ps.Heading.Paint(ansi.Truncate(s.Heading, col, "…")))
		for _, item := range s.Items {
			lines := layout.WrapEach(item, col-ansi.StringWidth(bullet), ps.Body.Paint)
			for i, line := range lines {
				lead := "  "
				if i == 0 {
					lead = ps.Muted.Paint(bullet)
				}
				pl.body = append(pl.body, lead+line)
			}
		}
	}

	pl.avail = max(m.height-len(pl.header), 0)
	if len(pl.body) > pl.avail {
		pl.scroll = true
		pl.avail = max(pl.avail-1, 0)
	}
	return pl
}

// tabs draws the three types as tabs with their shares, the selected one
// in its colour, and a marker line under it. full is false when the names
// had to be shortened; tabs is empty when not even that fits.
func (m Model) tabs(col int) (tabs, marker string, full bool) {
	names := words.Names(m.types, m.lang)
	for _, short := range []bool{false, true} {
		var labels [profile.Count]string
		width := tabGap * (profile.Count - 1)
		for _, pt := range profile.Types {
			n := names[pt]
			if short {
				n = ansi.Truncate(n, shortName, "…")
			}
			labels[pt] = fmt.Sprintf("%s %d%%", n, m.prof.Percent[pt])
			width += ansi.StringWidth(labels[pt])
		}
		if width > col {
			continue
		}
		ps := m.paints
		var tb, mk strings.Builder
		gap := strings.Repeat(" ", tabGap)
		for i, pt := range profile.Types {
			if i > 0 {
				tb.WriteString(gap)
				mk.WriteString(gap)
			}
			w := ansi.StringWidth(labels[pt])
			if pt == m.sel {
				tb.WriteString(ps.TypeText[pt].Paint(labels[pt]))
				mk.WriteString(ps.TypeInk[pt].Paint(strings.Repeat("━", w)))
			} else {
				tb.WriteString(ps.Muted.Paint(labels[pt]))
				mk.WriteString(strings.Repeat(" ", w))
			}
		}
		return tb.String(), strings.TrimRight(mk.String(), " "), !short
	}
	return "", "", false
}

// nameLine is the selected type's name in its colour with its share ("48%
// van de mix"), and with where, of the three, it is ("2/3") when it stands
// in for the tabs.
func (m Model) nameLine(col int, position bool) string {
	ps := m.paints
	name := words.Names(m.types, m.lang)[m.sel]
	rest := " · " + words.OfMix(m.prof.Percent[m.sel], m.lang)
	if position {
		rest = fmt.Sprintf(" %d%%  (%d/%d)", m.prof.Percent[m.sel], int(m.sel)+1, profile.Count)
	}
	name = ansi.Truncate(name, col, "…")
	rest = ansi.Truncate(rest, max(col-ansi.StringWidth(name), 0), "")
	return ps.TypeText[m.sel].Paint(name) + ps.Muted.Paint(rest)
}

// profilesView draws the header and the visible part of the body, with a
// hint line when the text scrolls.
func (m Model) profilesView() string {
	pl := m.profileLayout()
	visible, off := layout.Window(pl.body, m.offset, pl.avail)
	out := make([]string, 0, m.height)
	out = append(out, pl.header...)
	out = append(out, visible...)
	if pl.scroll && len(out) < m.height {
		var hint []string
		if off > 0 {
			hint = append(hint, txtMoreAbove.In(m.lang))
		}
		if off+pl.avail < len(pl.body) {
			hint = append(hint, txtMoreBelow.In(m.lang))
		}
		out = append(out, m.paints.Muted.Paint(ansi.Truncate(strings.Join(hint, "  "), pl.col, "")))
	}
	// Centred as the tallest of the three profiles would be, so that the
	// header stays put when the type changes; with a line of air at the
	// top when even that does not fit but this one does.
	top := 0
	if len(out) < m.height {
		top = max((m.height-m.tallest())/2, 1)
	}
	if top > 0 {
		out = append(make([]string, top), out...)
	}
	return layout.Clamp(layout.Indent(out, layout.Margin(m.width, pl.col)), m.width, m.height)
}

// tallest is the height of the longest of the three profiles with its
// header, as far as it fits.
func (m Model) tallest() int {
	n := 0
	for _, t := range profile.Types {
		o := m
		o.sel = t
		pl := o.profileLayout()
		n = max(n, len(pl.header)+min(len(pl.body), pl.avail))
		if pl.scroll {
			n = m.height
		}
	}
	return n
}

// nominal is m with an 80×24 window's result area when no size has been
// set yet, for the decisions that Update and Keys make before a View.
func (m Model) nominal() Model {
	if m.width <= 0 || m.height <= 0 {
		m.width, m.height = 80, 22
	}
	return m
}

// bodyHeight is how many body lines the profiles view shows at once.
func (m Model) bodyHeight() int { return max(m.nominal().profileLayout().avail, 1) }

// scrolls reports whether the selected profile is longer than the window.
func (m Model) scrolls() bool { return m.nominal().profileLayout().scroll }

// clampOffset keeps a scroll offset inside the selected mix. Before
// the size is known it clamps as for an 80×24 window, so keys never pile
// up an offset that takes as many presses to undo.
func (m Model) clampOffset(off int) int {
	pl := m.nominal().profileLayout()
	return min(max(off, 0), max(len(pl.body)-pl.avail, 0))
}
