package export

import (
	"html/template"
	"io"
	"sync"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// culturePage is what the culture HTML template shows. Every string is
// escaped by html/template; only Chart is trusted markup (cultureSVG,
// which escapes what it takes from the report).
type culturePage struct {
	Lang         i18n.Lang
	Title        string
	Subtitle     string
	Chart        template.HTML
	Colors       pageColors
	W            teamreport.CultureWords
	H            cultureHeads
	Types        []cultureType
	Note         string
	Shared       []string
	Dims         []cultureDim
	Method       string
	Participants []cultureParticipant
	TypeNames    []string
	Skipped      []pageSkipped
	MadeBy       string
}

type cultureHeads struct {
	Type, Number, Participant, Skipped, NowOf, DesiredOf string
}

type cultureType struct {
	Name, Color, Change             string
	Now, NowMin, NowMax             int
	Desired, DesiredMin, DesiredMax int
	More, Less                      int
	Notable                         bool
}

// cultureDim is one dimension in the page's table per dimension: its id
// (with the number who answered it when fewer than the whole group) and
// a row per type.
type cultureDim struct {
	Name  string
	Types []cultureDimType
}

type cultureDimType struct {
	Name, Color, Change string
	Now, Desired        int
	Notable             bool
}

type cultureParticipant struct {
	Number       int
	Label        string
	Now, Desired []int
}

// culturePageTemplate is the whole page: no script, no external
// stylesheet, font, image or link, as pageTemplate.
var culturePageTemplate = sync.OnceValue(func() *template.Template {
	return reportPage("culture", cultureCSS, `<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}}</p>
<figure>
{{.Chart}}</figure>

<h2>{{.W.Average}}</h2>
<div class="scroll"><table>
<thead><tr><th>{{.H.Type}}</th><th class="n">{{.W.Now}}</th><th class="n">{{.W.Spread}}</th><th class="n">{{.W.Desired}}</th><th class="n">{{.W.Spread}}</th><th class="n">{{.W.Change}}</th><th class="n">{{.W.More}}</th><th class="n">{{.W.Less}}</th></tr></thead>
<tbody>
{{- range .Types}}
<tr><td><span class="swatch" style="background: {{.Color}}"></span>{{.Name}}</td><td class="n">{{.Now}}%</td><td class="n">{{.NowMin}}–{{.NowMax}}%</td><td class="n">{{.Desired}}%</td><td class="n">{{.DesiredMin}}–{{.DesiredMax}}%</td><td class="n">{{if .Notable}}<strong>{{.Change}}</strong>{{else}}{{.Change}}{{end}}</td><td class="n">{{.More}}</td><td class="n">{{.Less}}</td></tr>
{{- end}}
</tbody>
</table></div>
{{- if .Note}}
<p class="note">{{.Note}}</p>
{{- end}}
<p class="note">{{.Method}}</p>

<h2>{{.W.Shared}}</h2>
{{- if .Shared}}
<ul>
{{- range .Shared}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- else}}
<p>{{.W.NoShared}}</p>
{{- end}}

{{- if .Dims}}

<h2>{{.W.Dims}}</h2>
<div class="scroll"><table>
<thead><tr><th>{{.W.Dimension}}</th><th>{{.H.Type}}</th><th class="n">{{.W.Now}}</th><th class="n">{{.W.Desired}}</th><th class="n">{{.W.Change}}</th></tr></thead>
<tbody>
{{- range .Dims}}
{{- $d := .}}
{{- range $i, $t := .Types}}
<tr>{{if eq $i 0}}<th scope="rowgroup" rowspan="{{len $d.Types}}">{{$d.Name}}</th>{{end}}<td><span class="swatch" style="background: {{$t.Color}}"></span>{{$t.Name}}</td><td class="n">{{$t.Now}}%</td><td class="n">{{$t.Desired}}%</td><td class="n">{{if $t.Notable}}<strong>{{$t.Change}}</strong>{{else}}{{$t.Change}}{{end}}</td></tr>
{{- end}}
{{- end}}
</tbody>
</table></div>
{{- end}}

<h2>{{.W.List}}</h2>
<div class="scroll"><table>
<thead><tr><th class="n" rowspan="2">{{.H.Number}}</th><th rowspan="2">{{.H.Participant}}</th><th class="c" colspan="3" scope="colgroup">{{.H.NowOf}}</th><th class="c" colspan="3" scope="colgroup">{{.H.DesiredOf}}</th></tr>
<tr>{{range .TypeNames}}<th class="n" scope="col">{{.}}</th>{{end}}{{range .TypeNames}}<th class="n" scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Participants}}
<tr><td class="n">{{.Number}}</td><td>{{.Label}}</td>{{range .Now}}<td class="n">{{.}}%</td>{{end}}{{range .Desired}}<td class="n">{{.}}%</td>{{end}}</tr>
{{- end}}
</tbody>
</table></div>
`)
})

// cultureCSS is what the culture page adds to the report stylesheet: a
// scrolling wrapper for wide tables, numbers that do not wrap, and the
// heads of the per-dimension table.
const cultureCSS = `.scroll { overflow-x: auto; }
td.n, th.n { white-space: nowrap; }
th.c { text-align: center; border-bottom: 1px solid {{.Colors.Track}}; }
th[scope="rowgroup"] { vertical-align: top; padding-right: 24px; }
`

// WriteCultureHTML writes a group's culture surveys as one self-contained
// HTML page to e-mail: the title, the chart (CultureSVG, inline), per type
// now and desired with their spread, the change and how many want more
// or less, the method, the shared shifts, a table per dimension (id, type,
// now, desired, change; when the results hold points per dimension, which
// the chart also draws), the participants' percentages
// now and desired and any skipped files. Like WriteHTML it has a lang
// attribute, inline CSS only and no URL of any kind; text is escaped by
// html/template.
func WriteCultureHTML(w io.Writer, r *teamreport.CultureReport) error {
	l := r.Opt.Lang
	e := teamreport.NewCultureExport(r)
	wd := r.Words()
	pal := lightPalette()
	pg := culturePage{
		Lang:     l,
		Title:    Clean(r.Title()),
		Subtitle: Clean(r.Subtitle()),
		Chart:    template.HTML(cultureSVG(r, true)),
		Colors:   pageColors{Text: hex(pal.Text), Muted: hex(pal.Muted), Accent: hex(pal.Accent), Track: hex(pal.Track)},
		W:        wd,
		H: cultureHeads{
			Type: txtType.In(l), Number: txtNumber.In(l), Participant: txtParticipant.In(l), Skipped: txtSkipped.In(l),
			NowOf: capital(wd.Now), DesiredOf: capital(wd.Desired),
		},
		Method: teamreport.CultureMethod(l),
		MadeBy: txtMadeBy.In(l),
	}
	pg.W.Now, pg.W.Desired, pg.W.Change = capital(wd.Now), capital(wd.Desired), capital(wd.Change)
	if len(e.Notable) > 0 {
		pg.Note = wd.Note
	}
	nowA, nowLo, nowHi := e.Now.Average.Array(), e.Now.Min.Array(), e.Now.Max.Array()
	desA, desLo, desHi := e.Desired.Average.Array(), e.Desired.Min.Array(), e.Desired.Max.Array()
	more, less, shift := e.More.Array(), e.Less.Array(), e.Shift.Array()
	for _, t := range profile.Types {
		pg.Types = append(pg.Types, cultureType{
			Name: words.DefaultName(t, l), Color: hex(pal.Types[t]),
			Change: changeText(shift[t], r.S.Notable(t)), Notable: r.S.Notable(t),
			Now: nowA[t], NowMin: nowLo[t], NowMax: nowHi[t],
			Desired: desA[t], DesiredMin: desLo[t], DesiredMax: desHi[t],
			More: more[t], Less: less[t],
		})
		pg.TypeNames = append(pg.TypeNames, words.DefaultName(t, l))
	}
	for _, t := range r.S.NotableTypes() {
		pg.Shared = append(pg.Shared, Clean(r.SharedText(t)))
	}
	for _, d := range e.Dimensions {
		cd := cultureDim{Name: Clean(d.Dimension)}
		if d.Count != r.S.Count {
			cd.Name += " · " + teamreport.ParticipantCount(d.Count, l)
		}
		now, des, shift := d.Now.Array(), d.Desired.Array(), d.Shift.Array()
		for _, t := range profile.Types {
			notable := shift[t] >= culture.Threshold || shift[t] <= -culture.Threshold
			cd.Types = append(cd.Types, cultureDimType{
				Name: words.DefaultName(t, l), Color: hex(pal.Types[t]),
				Now: now[t], Desired: des[t], Change: changeText(shift[t], notable), Notable: notable,
			})
		}
		pg.Dims = append(pg.Dims, cd)
	}
	for _, p := range e.Participants {
		n, d := p.Now.Percent.Array(), p.Desired.Percent.Array()
		pg.Participants = append(pg.Participants, cultureParticipant{Number: p.Number, Label: Clean(p.Label), Now: n[:], Desired: d[:]})
	}
	for i, s := range e.Skipped {
		file := s.File
		if file == "" {
			file = txtFileN.F(l, i+1)
		}
		pg.Skipped = append(pg.Skipped, pageSkipped{File: Clean(file), Reason: Clean(s.Reason)})
	}
	return culturePageTemplate().Execute(w, pg)
}

// capital puts the first letter of an interface word in upper case
// (ASCII, as those words are).
func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
