package export

import (
	"html/template"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"io"
	"sync"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// page is what the HTML template shows. Every string in it is escaped by
// html/template; only Chart is trusted markup (built by teamSVG, which
// escapes what it takes from the report).
type page struct {
	Lang          i18n.Lang
	Title         string
	Subtitle      string
	Chart         template.HTML
	Colors        pageColors
	H             pageHeads
	Types         []pageType
	Tied          int
	BlindSpots    []string
	Method        string
	Participants  []pageParticipant
	Skipped       []pageSkipped
	TypeNames     []string
	MadeBy        string
	ShowTied      bool
	NoBlindSpotsT string
}

type pageColors struct{ Text, Muted, Accent, Track string }

type pageHeads struct {
	Average, Type, Avg, Min, Max, Leads, BlindSpots, Participants, Number, Participant, Strongest, Tied, Skipped string
}

type pageType struct {
	Name, Color          string
	Avg, Min, Max, Leads int
}

type pageParticipant struct {
	Number   int
	Label    string
	Percent  []int
	Dominant string
}

type pageSkipped struct{ File, Reason string }

// pageTemplate is the whole page: no script, no external stylesheet, font,
// image or link, so it opens the same from an e-mail attachment offline.
// It is parsed on first use, not at start-up: every run of the program
// would otherwise pay for it.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return reportPage("page", "", `<h1>{{.Title}}</h1>
<p class="sub">{{.Subtitle}}</p>
<figure>
{{.Chart}}</figure>

<h2>{{.H.Average}}</h2>
<table>
<thead><tr><th>{{.H.Type}}</th><th class="n">{{.H.Avg}}</th><th class="n">{{.H.Min}}</th><th class="n">{{.H.Max}}</th><th class="n">{{.H.Leads}}</th></tr></thead>
<tbody>
{{- range .Types}}
<tr><td><span class="swatch" style="background: {{.Color}}"></span>{{.Name}}</td><td class="n">{{.Avg}}%</td><td class="n">{{.Min}}%</td><td class="n">{{.Max}}%</td><td class="n">{{.Leads}}</td></tr>
{{- end}}
</tbody>
</table>
{{- if .ShowTied}}
<p>{{.H.Tied}}: {{.Tied}}</p>
{{- end}}
<p class="note">{{.Method}}</p>

<h2>{{.H.BlindSpots}}</h2>
{{- if .BlindSpots}}
<ul>
{{- range .BlindSpots}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- else}}
<p>{{.NoBlindSpotsT}}</p>
{{- end}}

<h2>{{.H.Participants}}</h2>
<table>
<thead><tr><th class="n">{{.H.Number}}</th><th>{{.H.Participant}}</th>{{range .TypeNames}}<th class="n">{{.}}</th>{{end}}<th>{{.H.Strongest}}</th></tr></thead>
<tbody>
{{- range .Participants}}
<tr><td class="n">{{.Number}}</td><td>{{.Label}}</td>{{range .Percent}}<td class="n">{{.}}%</td>{{end}}<td>{{.Dominant}}</td></tr>
{{- end}}
</tbody>
</table>
`)
})

// reportPage parses one self-contained report page (the team's and the
// culture group's): the shared head with its inline stylesheet plus css,
// then body, then the shared end: the skipped files and the footer. The
// page's data has Lang, Title, Colors (Text, Muted, Track), Skipped
// (File, Reason), H.Skipped and MadeBy.
func reportPage(name, css, body string) *template.Template {
	return template.Must(template.New(name).Parse(reportHead + css + reportHeadEnd + body + reportTail))
}

// The shared parts of reportPage. pageStart opens every exported page,
// the one person's result page too: up to the stylesheet's body rule; its
// data has Lang, Title and Colors.Text.
const (
	pageStart = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { margin: 0; background: #ffffff; color: {{.Colors.Text}}; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
`
	reportHead = pageStart + `main { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; }
.sub, .note, footer { color: {{.Colors.Muted}}; }
figure { margin: 24px 0; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid {{.Colors.Track}}; }
table { border-collapse: collapse; }
th, td { padding: 4px 12px 4px 0; border-bottom: 1px solid {{.Colors.Track}}; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { border-bottom: 2px solid {{.Colors.Text}}; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: -1px; }
footer { margin-top: 40px; font-size: 13px; }
@media print { figure svg { border: 0; } }
`
	reportHeadEnd = `</style>
</head>
<body>
<main>
`
	reportTail = `{{- if .Skipped}}

<h2>{{.H.Skipped}}</h2>
<ul>
{{- range .Skipped}}
<li>{{.File}}: {{.Reason}}</li>
{{- end}}
</ul>
{{- end}}

<footer>{{.MadeBy}}</footer>
</main>
</body>
</html>
`
)

// WriteHTML writes the team as one self-contained HTML page for e-mailing
// to the team: the title, the chart (TeamSVG, inline), the average mix as
// a table with spread and strongest counts, the method, the blind spots,
// the participants as a table and any skipped files. The page has a lang
// attribute, inline CSS only and no URL of any kind (no script, image,
// font, stylesheet or link), so it reads the same offline and in a mail
// client that blocks remote content. Text is escaped by html/template.
func WriteHTML(w io.Writer, r *teamreport.Report) error {
	l := r.Opt.Lang
	e := teamreport.NewExport(r)
	pal := lightPalette()
	pg := page{
		Lang:     l,
		Title:    Clean(r.Title()),
		Subtitle: Clean(r.Subtitle()),
		Chart:    template.HTML(teamSVG(r, true)),
		Colors:   pageColors{Text: hex(pal.Text), Muted: hex(pal.Muted), Accent: hex(pal.Accent), Track: hex(pal.Track)},
		H: pageHeads{
			Average: txtAverageMix.In(l), Type: txtType.In(l), Avg: txtAverage.In(l), Min: txtMin.In(l), Max: txtMax.In(l),
			Leads: txtLeads.In(l), BlindSpots: txtBlindSpots.In(l), Participants: txtParticipants.In(l),
			Number: txtNumber.In(l), Participant: txtParticipant.In(l), Strongest: txtStrongest.In(l),
			Tied: txtTied.In(l), Skipped: txtSkipped.In(l),
		},
		Tied:          e.Tied,
		ShowTied:      e.Tied > 0,
		Method:        txtMethod.F(l, team.LowShare),
		MadeBy:        txtMadeBy.In(l),
		NoBlindSpotsT: txtNoBlindSpots.F(l, team.LowShare),
	}
	avg, lo, hi, dom := e.Average.Array(), e.Min.Array(), e.Max.Array(), e.Dominant.Array()
	for _, t := range profile.Types {
		pg.Types = append(pg.Types, pageType{
			Name: words.DefaultName(t, l), Color: hex(pal.Types[t]),
			Avg: avg[t], Min: lo[t], Max: hi[t], Leads: dom[t],
		})
		pg.TypeNames = append(pg.TypeNames, words.DefaultName(t, l))
	}
	for _, b := range r.S.BlindSpots {
		pg.BlindSpots = append(pg.BlindSpots, Clean(teamreport.BlindSpotText(b, r.S, l)))
	}
	for _, p := range e.Participants {
		pct := p.Percent.Array()
		// The strongest type as the person's own result names it, equal
		// ones together (teamreport.ExportParticipant.Strongest).
		pg.Participants = append(pg.Participants, pageParticipant{
			Number: p.Number, Label: Clean(p.Label), Percent: pct[:], Dominant: p.Strongest,
		})
	}
	for i, s := range e.Skipped {
		file := s.File
		if file == "" {
			file = txtFileN.F(l, i+1)
		}
		pg.Skipped = append(pg.Skipped, pageSkipped{File: Clean(file), Reason: Clean(s.Reason)})
	}
	return pageTemplate().Execute(w, pg)
}
