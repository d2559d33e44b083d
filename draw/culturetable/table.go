// Package culturetable lays out the culture result's comparison (per type
// the share now and desired and the change) for the culture screen and
// the text mode alike, so that both print the same columns. It does not
// style: the screen colours the parts of a row apart, the text mode whole
// rows.
package culturetable

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// The column heads; the screen also labels its bars and swatches with
// Now and Desired. Title heads the whole comparison.
var (
	Title   = i18n.Text{NL: "De cultuur, nu en gewenst", EN: "The culture, now and desired"}
	Now     = i18n.Text{NL: "nu", EN: "now"}
	Desired = i18n.Text{NL: "gewenst", EN: "desired"}
	Change  = i18n.Text{NL: "verschil", EN: "change"}
	txtNote = i18n.Text{
		NL: "* een verschil van %d procentpunten of meer",
		EN: "* a change of %d percentage points or more"}
)

// Note explains the * of a notable change (culture.Threshold points or
// more), for under the table when a row has one.
func Note(l i18n.Lang) string { return txtNote.F(l, culture.Threshold) }

// Table is the comparison in aligned columns, unstyled: Head over the
// numbers, then one Row per type in the fixed order, such as
// "Ondernemer    23%      33%   ▲ +10 *".
type Table struct {
	Head string // the column heads, without trailing space
	Sep  string // the space between columns: two cells, one when narrow
	Rows [profile.Count]Row
}

// Row is one type's line in parts, each padded to its column, so that a
// caller can style the parts apart.
type Row struct {
	Name    string // the type's name (TypeName), padded to the widest
	Numbers string // now and desired ("23%      33%"), right-aligned under their heads
	Change  string // ChangeText, with " *" after a notable change
	Notable bool   // the change is culture.Threshold points or more
}

// New lays out r in l for a column of col cells; col 0 means no limit.
// When the table would be wider than col, the columns stand one space
// apart instead of two, and the change head is left out if it still does
// not fit (the arrows say what the column is).
func New(r culture.Result, l i18n.Lang, col int) Table {
	nameW := 0
	for _, typ := range profile.Types {
		nameW = max(nameW, ansi.StringWidth(TypeName(typ, l)))
	}
	nowW := max(ansi.StringWidth(Now.In(l)), 4)
	desW := max(ansi.StringWidth(Desired.In(l)), 4)
	t := Table{Sep: "  "}
	if col > 0 && nameW+nowW+desW+4+8 > col {
		t.Sep = " "
	}
	head := strings.Repeat(" ", nameW) + t.Sep + right(Now.In(l), nowW) + t.Sep + right(Desired.In(l), desW)
	if col == 0 || ansi.StringWidth(head)+len(t.Sep)+ansi.StringWidth(Change.In(l)) <= col {
		head += t.Sep + Change.In(l)
	}
	t.Head = strings.TrimRight(head, " ")
	for _, typ := range profile.Types {
		name := TypeName(typ, l)
		row := Row{
			Name:    name + strings.Repeat(" ", max(nameW-ansi.StringWidth(name), 0)),
			Numbers: right(fmt.Sprintf("%d%%", r.Now.Percent[typ]), nowW) + t.Sep + right(fmt.Sprintf("%d%%", r.Desired.Percent[typ]), desW),
			Change:  ChangeText(r.Diff[typ]),
			Notable: r.Notable(typ),
		}
		if row.Notable {
			row.Change += " *"
		}
		t.Rows[typ] = row
	}
	return t
}

// Line is row as one unstyled line.
func (t Table) Line(row Row) string {
	return row.Name + t.Sep + row.Numbers + t.Sep + row.Change
}

// TypeName is a type's name as a row starts: culture.TypeName with a
// capital.
func TypeName(typ profile.Type, l i18n.Lang) string {
	s := culture.TypeName(typ, l)
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// ChangeText is a change of d points as "▲ +10": the arrow, a space and
// the signed number right-aligned in 3 cells, so that arrows line up.
func ChangeText(d int) string { return Arrow(d) + " " + right(culture.Signed(d), 3) }

// Arrow is ▲ for a rise, ▼ for a fall and = for no change.
func Arrow(d int) string {
	switch {
	case d > 0:
		return "▲"
	case d < 0:
		return "▼"
	}
	return "="
}

// right aligns s to the right of w cells.
func right(s string, w int) string {
	return strings.Repeat(" ", max(w-ansi.StringWidth(s), 0)) + s
}

// Mark is the cell a pass's bars are drawn with: ▒ (lighter) for now and
// █ (solid) for desired, so that now and desired differ by pattern and not
// by colour alone, with colour or without.
func Mark(p culture.Pass) string {
	if p == culture.Now {
		return "▒"
	}
	return "█"
}
