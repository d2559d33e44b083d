package teamreport

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/culturetable"
	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

var (
	txtCultureDims = i18n.Text{
		NL: "Per onderwerp: gemiddeld nu → gewenst",
		EN: "Per dimension: average now → desired"}
	// txtCultureDimsHead heads the picture per dimension in the exports
	// (and names the workbook's sheet: at most 31 characters).
	txtCultureDimsHead  = i18n.Text{NL: "Per onderwerp", EN: "Per dimension"}
	txtCultureDimension = i18n.Text{NL: "Onderwerp", EN: "Dimension"}
)

// Dims is the group's picture per dimension (team.CultureSummary's
// Dimensions), for the text report: a heading, then per dimension its id
// as the culture file names it (a result keeps no title), with the count
// when fewer than the whole group answered it, and per type the average
// share now → desired and the change, with * where it stands out
// (culture.Threshold or more), as in Head. Nil when the results hold no
// points per dimension. No line is wider than width.
func (r *CultureReport) Dims(width int) []string {
	if len(r.S.Dimensions) == 0 {
		return nil
	}
	th, l := r.Opt.Theme, r.Opt.Lang
	out := layout.WrapEach(txtCultureDims.In(l), width, layout.Style(th.Heading))
	nameW := 0
	for _, t := range profile.Types {
		nameW = max(nameW, ansi.StringWidth(words.DefaultName(t, l)))
	}
	for _, d := range r.S.Dimensions {
		head := safetext.Line(d.Dimension)
		if d.Count != r.S.Count {
			head += " · " + ParticipantCount(d.Count, l)
		}
		out = append(out, "")
		out = append(out, layout.WrapEach(head, width, layout.Style(th.Body.Bold(true)))...)
		for _, t := range profile.Types {
			name := padRight(th.TypeStyle(t).Render(words.DefaultName(t, l)), nameW)
			nums := fmt.Sprintf("%3d%% → %3d%%  ", d.Now.Percent[t], d.Desired.Percent[t])
			ch := culturetable.ChangeText(d.Shift[t])
			if notable := d.Shift[t] >= culture.Threshold || d.Shift[t] <= -culture.Threshold; notable {
				ch = th.Selected.Render(ch + " *")
			} else {
				ch = th.Body.Render(ch)
			}
			out = append(out, clip("  "+name+"  "+th.Body.Render(nums)+ch, width))
		}
	}
	return out
}
