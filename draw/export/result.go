package export

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

var txtPointsHead = i18n.Text{NL: "Punten", EN: "Points"}

// One person's result in the formats that fit one person (the quiz's
// --export): the picture (ResultSVG), a page to keep or mail (ResultHTML)
// and a Markdown table (ResultMarkdown). A table of one row (csv, xlsx)
// is left to `team`, which reads the saved result.

// resultPage is what the personal HTML page shows; every string is
// escaped by html/template, Chart is resultSVG's markup (which escapes
// what it takes from res).
type resultPage struct {
	Lang     string
	Title    string
	Sentence string
	Chart    template.HTML
	Colors   pageColors
	Type     string
	Points   string
	Rows     []resultRow
}

type resultRow struct {
	Name, Color     string
	Points, Percent int
}

// It is parsed on first use, not at start-up: every run of the program
// would otherwise pay for it.
var resultTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("result").Parse(pageStart + `main { max-width: 800px; margin: 0 auto; padding: 24px 16px 48px; }
figure { margin: 24px 0; }
figure svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; }
th, td { padding: 4px 12px 4px 0; border-bottom: 1px solid {{.Colors.Track}}; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { border-bottom: 2px solid {{.Colors.Text}}; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: -1px; }
</style>
</head>
<body>
<main>
<figure>
{{.Chart}}</figure>
{{- if .Sentence}}
<p>{{.Sentence}}</p>
{{- end}}
<table>
<thead><tr><th>{{.Type}}</th><th class="n">{{.Points}}</th><th class="n">%</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><td><span class="swatch" style="background: {{.Color}}"></span>{{.Name}}</td><td class="n">{{.Points}}</td><td class="n">{{.Percent}}%</td></tr>
{{- end}}
</tbody>
</table>
</main>
</body>
</html>
`))
})

// resultTitle is the title of res: "Jouw mix", or "De mix van NAAM".
func resultTitle(res Result) string {
	if n := strings.TrimSpace(Clean(res.Name)); n != "" {
		return txtMixOf.F(res.Lang, n)
	}
	return txtYourMix.In(res.Lang)
}

// resultNames are res's type names, cleaned, the default name where the
// question file gives none.
func resultNames(res Result) [profile.Count]string {
	names := res.Names
	for _, t := range profile.Types {
		names[t] = strings.TrimSpace(Clean(names[t]))
		if names[t] == "" {
			names[t] = words.DefaultName(t, res.Lang)
		}
	}
	return names
}

// ResultHTML writes one personal result as a self-contained HTML page: the
// picture of ResultSVG inline (which holds the title, the set's title and
// the credit line, so the page does not repeat them), res.Sentence and a
// table of points and percentages per type. Like WriteHTML it has no
// script and no URL, so it opens the same offline and in a mail client.
func ResultHTML(w io.Writer, res Result) error {
	l := res.Lang
	pal := lightPalette()
	names := resultNames(res)
	pg := resultPage{
		Lang:     string(l),
		Title:    resultTitle(res),
		Sentence: Clean(res.Sentence),
		// Inline SVG in HTML needs no namespace: the page has no URL at all.
		Chart:  template.HTML(strings.Replace(resultSVG(res), ` xmlns="http://www.w3.org/2000/svg"`, "", 1)),
		Colors: pageColors{Text: hex(pal.Text), Muted: hex(pal.Muted), Accent: hex(pal.Accent), Track: hex(pal.Track)},
		Type:   txtType.In(l),
		Points: txtPointsHead.In(l),
	}
	for _, t := range profile.Types {
		pg.Rows = append(pg.Rows, resultRow{Name: names[t], Color: hex(pal.Types[t]),
			Points: res.Mix.Points[t], Percent: res.Mix.Percent[t]})
	}
	return resultTemplate().Execute(w, pg)
}

// ResultMarkdown writes one personal result as Markdown: a heading, the
// set's title, res.Sentence and a table of points and percentages per
// type, to paste into notes or a wiki. Cells are escaped (mdCell).
func ResultMarkdown(w io.Writer, res Result) error {
	l := res.Lang
	names := resultNames(res)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdCell(resultTitle(res)))
	if s := Clean(res.Subtitle); s != "" {
		fmt.Fprintf(&b, "%s\n\n", mdCell(s))
	}
	if s := Clean(res.Sentence); s != "" {
		fmt.Fprintf(&b, "%s\n\n", mdCell(s))
	}
	fmt.Fprintf(&b, "| %s | %s | %% |\n| --- | ---: | ---: |\n", txtType.In(l), txtPointsHead.In(l))
	for _, t := range profile.Types {
		fmt.Fprintf(&b, "| %s | %d | %d%% |\n", mdCell(names[t]), res.Mix.Points[t], res.Mix.Percent[t])
	}
	fmt.Fprintf(&b, "\n%s\n", txtMadeBy.In(l))
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell makes s safe in a Markdown table cell or line: no line break, and
// the characters Markdown reads as markup behind a backslash.
func mdCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\|*_`[]<>#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
