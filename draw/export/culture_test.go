package export

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// dimHostile is a dimension id as a careless culture file may carry it.
const dimHostile = "=samen<werk> & \x1b[31mrood"

// half is p with every number halved (rounded down).
func half(p profile.Points) profile.Points {
	for t := range p {
		p[t] /= 2
	}
	return p
}

// cultureFixture is a group's culture surveys built in memory, with the
// hostile names of fixture and one skipped file. Bureaucraat falls by more
// than the threshold, verbinder rises by more.
func cultureFixture(l i18n.Lang, anonymous bool) *teamreport.CultureReport {
	ps := []struct {
		name         string
		now, desired profile.Points
	}{
		{nameAccents, profile.Points{30, 20, 10}, profile.Points{15, 20, 25}},
		{nameFormula, profile.Points{36, 12, 12}, profile.Points{18, 18, 24}},
		{nameEscapes, profile.Points{24, 24, 12}, profile.Points{24, 12, 24}},
		{nameMarkup, profile.Points{20, 20, 20}, profile.Points{20, 20, 20}},
	}
	c := &team.Collection{
		Sets:    []team.Set{{Hash: "0123456789abcdef", Title: "Onze cultuur & <koers>\x1b]0;x\a", Language: string(l), Count: len(ps)}},
		Skipped: []team.Skipped{{Path: "/tmp/kapot\x1b[2J.json", Err: errors.New("kapot")}},
	}
	for i, p := range ps {
		c.Cultures = append(c.Cultures, team.CultureParticipant{
			Participant: team.Participant{
				Number: i + 1, Name: p.name, File: "/res/c" + string(rune('a'+i)) + ".json",
				TakenAt: nine.Add(time.Duration(i) * time.Minute), SetHash: "0123456789abcdef",
				Mix: profile.New(p.now),
			},
			Desired: profile.New(p.desired),
			// Two dimensions: the change lies in the first; the second,
			// with markup and a formula in its id, stays as it is.
			Dimensions: []team.CultureAnswer{
				{Dimension: "leiding", Now: half(p.now), Desired: half(p.desired)},
				{Dimension: dimHostile, Now: half(p.now), Desired: half(p.now)},
			},
		})
	}
	return teamreport.NewCultureReport(c, teamreport.Options{Lang: l, Anonymous: anonymous})
}

// TestCultureXLSX: the workbook opens again with excelize, has both
// sheets, percentages as fractions in number cells, changes as whole
// numbers, names as text and never a formula.
func TestCultureXLSX(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		r := cultureFixture(l, false)
		f := workbook(t, WriteCultureXLSX, r)
		ps, ss := txtParticipants.In(l), txtSummary.In(l)
		if got := f.GetSheetList(); len(got) != 3 || got[0] != ps || got[1] != ss || got[2] != r.Words().Dims {
			t.Fatalf("%s: sheets %q", l, got)
		}
		rows, err := f.GetRows(ps, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(r.C.Cultures)+1 || len(rows[0]) != 2+3*profile.Count {
			t.Fatalf("%s: %d rows, header %q", l, len(rows), rows[0])
		}
		e := teamreport.NewCultureExport(r)
		for i, p := range e.Participants {
			row := rows[i+1]
			if row[1] != Clean(p.Label) {
				t.Errorf("%s: label %q, want %q", l, row[1], Clean(p.Label))
			}
			name := cellName(2, i+2)
			if typ, _ := f.GetCellType(ps, name); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Errorf("%s: name cell %s has type %v, want text", l, name, typ)
			}
			if fm, _ := f.GetCellFormula(ps, name); fm != "" {
				t.Errorf("%s: name cell holds formula %q", l, fm)
			}
			want := []int{}
			for _, a := range [][3]int{p.Now.Percent.Array(), p.Desired.Percent.Array()} {
				want = append(want, a[:]...)
			}
			for j, v := range want {
				cell := cellName(3+j, i+2)
				if typ, _ := f.GetCellType(ps, cell); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
					t.Errorf("%s: %s has type %v, want a number", l, cell, typ)
				}
				if got := row[2+j]; got != fraction(v) {
					t.Errorf("%s: %s is %q, want %q", l, cell, got, fraction(v))
				}
			}
			for j, v := range p.Diff.Array() {
				if got := row[2+2*profile.Count+j]; got != itoa(v) {
					t.Errorf("%s: change %d is %q, want %d", l, j, got, v)
				}
			}
		}
		sum, err := f.GetRows(ss, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		shift := e.Shift.Array()
		for _, ty := range profile.Types {
			row := sum[int(ty)+1]
			if row[1] != fraction(e.Now.Average.Array()[ty]) || row[4] != fraction(e.Desired.Average.Array()[ty]) || row[7] != itoa(shift[ty]) {
				t.Errorf("%s: summary row %v, want now %d desired %d shift %d", l, row, e.Now.Average.Array()[ty], e.Desired.Average.Array()[ty], shift[ty])
			}
		}
	}
}

// fraction is how excelize gives back a percentage stored as v/100.
func fraction(v int) string { return strconv.FormatFloat(float64(v)/100, 'f', -1, 64) }

// TestCultureSVG: the slide parses as XML, has its size, the type
// colours, both passes' labels and percentages, the changes, and shows
// names only escaped and cleaned; anonymous shows none.
func TestCultureSVG(t *testing.T) {
	r := cultureFixture(i18n.NL, false)
	out := written(t, CultureSVG, r)
	checkSVG(t, out)
	e := teamreport.NewCultureExport(r)
	want := []string{"Zoë Ĳsselmeer-Çelik", "&lt;script&gt;", ">nu</text>", ">gewenst</text>", `fill-opacity="0.35"`,
		"Gedeelde verschuivingen", "* een verschil van 10 procentpunten of meer"}
	for _, t := range profile.Types {
		want = append(want, hex(lightPalette().Types[t]), ">"+itoa(e.Now.Average.Array()[t])+"%</text>", ">"+itoa(e.Desired.Average.Array()[t])+"%</text>")
	}
	for _, d := range e.Shift.Array() {
		want = append(want, changeText(d, d >= 10 || d <= -10)+"</text>")
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("SVG lacks %q", w)
		}
	}
	if strings.Contains(out, "<script>") {
		t.Error("markup in a name is not escaped")
	}

	en := written(t, CultureSVG, cultureFixture(i18n.EN, true))
	checkRoot(t, parseXML(t, en))
	if strings.Contains(en, "Zoë") || !strings.Contains(en, "participant 1") || !strings.Contains(en, ">desired</text>") {
		t.Error("anonymous English slide shows a name or lacks English labels")
	}
}

// TestCultureHTML: one page with a lang, no URL of any kind, the chart
// inline, names escaped.
func TestCultureHTML(t *testing.T) {
	out := written(t, WriteCultureHTML, cultureFixture(i18n.NL, false))
	checkPage(t, out, i18n.NL)
	if strings.Contains(out, "<script>") || !strings.Contains(out, "&lt;script&gt;") || !strings.Contains(out, nameAccents) {
		t.Error("a name is not escaped or lost its accents")
	}
	if n := strings.Count(out, "<svg"); n != 1 || !strings.Contains(out, `fill-opacity="0.35"`) {
		t.Errorf("%d charts, want the one inline chart with both passes", n)
	}
	for _, w := range []string{"Gedeelde verschuivingen", "colgroup\">Nu<", "colgroup\">Gewenst<", "kapot"} {
		if !strings.Contains(out, w) {
			t.Errorf("page lacks %q", w)
		}
	}
	en := written(t, WriteCultureHTML, cultureFixture(i18n.EN, true))
	checkPage(t, en, i18n.EN)
	if strings.Contains(en, "Zoë") {
		t.Error("English anonymous page shows a name")
	}
}

// TestCultureXLSXPerDimension: the workbook's third sheet has one row per
// dimension and type, the id as text (never a formula), now and desired
// as fractions in number cells and the shift as a whole number; without
// points per dimension there is no third sheet.
func TestCultureXLSXPerDimension(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		r := cultureFixture(l, false)
		f := workbook(t, WriteCultureXLSX, r)
		ds := map[i18n.Lang]string{i18n.NL: "Per onderwerp", i18n.EN: "Per dimension"}[l]
		rows, err := f.GetRows(ds, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s: no sheet %q: %v (sheets %q)", l, ds, err, f.GetSheetList())
		}
		e := teamreport.NewCultureExport(r)
		if len(e.Dimensions) != 2 || len(rows) != 1+2*profile.Count {
			t.Fatalf("%s: %d dimensions, %d rows", l, len(e.Dimensions), len(rows))
		}
		if want := map[i18n.Lang]string{i18n.NL: "Onderwerp", i18n.EN: "Dimension"}[l]; rows[0][0] != want || len(rows[0]) != 5 {
			t.Errorf("%s: header %q", l, rows[0])
		}
		for i, d := range e.Dimensions {
			now, des, shift := d.Now.Array(), d.Desired.Array(), d.Shift.Array()
			for _, ty := range profile.Types {
				n := 2 + i*profile.Count + int(ty)
				row := rows[n-1]
				want := []string{Clean(d.Dimension), words.DefaultName(ty, l), fraction(now[ty]), fraction(des[ty]), itoa(shift[ty])}
				if strings.Join(row, "|") != strings.Join(want, "|") {
					t.Errorf("%s: row %d %q, want %q", l, n, row, want)
				}
				for c := 3; c <= 5; c++ {
					if typ, _ := f.GetCellType(ds, cellName(c, n)); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
						t.Errorf("%s: %s has type %v, want a number", l, cellName(c, n), typ)
					}
				}
				if typ, _ := f.GetCellType(ds, cellName(1, n)); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
					t.Errorf("%s: id cell %s has type %v, want text", l, cellName(1, n), typ)
				}
				if fm, _ := f.GetCellFormula(ds, cellName(1, n)); fm != "" {
					t.Errorf("%s: id cell holds formula %q", l, fm)
				}
			}
		}
		if shift := e.Dimensions[0].Shift.Array(); shift == [profile.Count]int{} {
			t.Errorf("%s: the first dimension shows no change", l)
		}
		f.Close()
	}
	// Results without points per dimension: two sheets, as before.
	r := cultureFixture(i18n.NL, false)
	for i := range r.C.Cultures {
		r.C.Cultures[i].Dimensions = nil
	}
	f := workbook(t, WriteCultureXLSX, teamreport.NewCultureReport(r.C, r.Opt))
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 {
		t.Errorf("without dimensions: sheets %q", got)
	}
}

// TestCulturePerDimensionSVGAndHTML: the slide and the page show the
// picture per dimension: the slide parses as XML and has each dimension's
// id (cleaned and escaped) and per type a bar now and desired, each with
// its pass and percentage beside it; the page has a table per dimension
// and still no URL. Without points per dimension neither has the section.
func TestCulturePerDimensionSVGAndHTML(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		r := cultureFixture(l, false)
		wd := r.Words()
		e := teamreport.NewCultureExport(r)
		svg, page := written(t, CultureSVG, r), written(t, WriteCultureHTML, r)
		checkSVG(t, svg)
		checkPage(t, page, l)
		if !strings.Contains(svg, ">"+wd.Dims+"</text>") || !strings.Contains(page, "<h2>"+wd.Dims+"</h2>") {
			t.Errorf("%s: no heading %q", l, wd.Dims)
		}
		for _, d := range e.Dimensions {
			id := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(Clean(d.Dimension))
			if !strings.Contains(svg, ">"+id+"</text>") {
				t.Errorf("%s: the slide lacks dimension %q", l, id)
			}
			if !strings.Contains(page, `rowspan="3">`+id+"</th>") {
				t.Errorf("%s: the page's table lacks dimension %q", l, id)
			}
			now, des, shift := d.Now.Array(), d.Desired.Array(), d.Shift.Array()
			for _, ty := range profile.Types {
				for _, w := range []string{
					">" + wd.Now + " " + itoa(now[ty]) + "%</text>", ">" + wd.Desired + " " + itoa(des[ty]) + "%</text>",
				} {
					if !strings.Contains(svg, w) {
						t.Errorf("%s: the slide lacks %q for %s", l, w, id)
					}
				}
				notable := shift[ty] >= 10 || shift[ty] <= -10
				row := words.DefaultName(ty, l) + "</td><td class=\"n\">" + itoa(now[ty]) + "%</td><td class=\"n\">" + itoa(des[ty]) + "%</td>"
				if !strings.Contains(page, row) || !strings.Contains(svg, changeText(shift[ty], notable)+"</text>") {
					t.Errorf("%s: %s %s: the page lacks %q or the slide the change", l, id, words.DefaultName(ty, l), row)
				}
			}
		}
		// Two passes per type per dimension: bars now (outlined, light)
		// and desired beside the totals' six.
		if got, want := strings.Count(svg, `fill-opacity="0.35"`), 1+profile.Count*(1+len(e.Dimensions)); got != want {
			t.Errorf("%s: %d light bars (with the legend), want %d", l, got, want)
		}
	}
	r := cultureFixture(i18n.NL, false)
	for i := range r.C.Cultures {
		r.C.Cultures[i].Dimensions = nil
	}
	r = teamreport.NewCultureReport(r.C, r.Opt)
	var svg, page bytes.Buffer
	if err := CultureSVG(&svg, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteCultureHTML(&page, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(svg.String(), "Per onderwerp") || strings.Contains(page.String(), "Per onderwerp") {
		t.Error("without points per dimension the section shows")
	}
}
