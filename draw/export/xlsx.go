package export

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/profile"
)

// The workbook is written here, as the few Office Open XML (ECMA-376,
// SpreadsheetML) parts it needs, rather than with excelize: excelize's
// package initialisation alone took 7.6 ms of the quiz's 54 ms first frame
// and 1.3 MB of allocations in every run of the program, also when no
// workbook is made (Go runs the init of every linked package). The tests
// still read the workbook back with excelize.

// Cell styles: indexes into cellXfs of xlsxStyles.
const (
	styleDefault = iota
	styleHead    // bold, light grey fill, rule below, wrapped, centred vertically
	stylePercent // built-in number format 9: 0%
	styleInt     // built-in number format 1: 0
	styleTitle   // bold 14 pt
)

// summaryHead is the row of the summary's table head, below the title,
// the subtitle and an empty row.
const summaryHead = 4

// headHeight is the height of a header row, in points: two lines of the
// 11 pt font, so that a wrapped title ("Bureaucraat (punten)" in a column
// 16 wide) shows whole.
const headHeight = 30

// WriteXLSX writes the team as an Excel workbook (Office Open XML) with
// two sheets, named in the report's language:
//
//   - Deelnemers/Participants: per participant the number, the label (the
//     name, or "deelnemer N" when anonymous), the points per type, the
//     share per type as a fraction shown as a percentage (0.47 → 47%) and
//     the strongest type ("gelijk"/"tied" when none leads);
//   - Samenvatting/Summary: the title and subtitle above the table; per
//     type the average share, min and max (as percentages), the number who
//     lead with it and why it is a blind spot (empty when it is not); then
//     the ties and the method.
//
// Numbers are number cells, text is text cells (inline strings): a name is
// never a formula, whatever it starts with, and is Cleaned. Each sheet's
// header row is bold on a light grey fill, two lines tall (the titles
// wrap) and frozen, with a filter on the participants; both sheets print
// in landscape, one page wide. The parts are those Excel itself writes, in
// the order the schema wants, so that Excel and LibreOffice open it
// without a repair; the file is the same for the same report (fixed times).
func WriteXLSX(w io.Writer, r *teamreport.Report) error {
	l := r.Opt.Lang
	e := teamreport.NewExport(r)

	// Participants.
	ps := &sheet{name: txtParticipants.In(l), head: 1}
	header := []cell{text(txtNumber.In(l)), text(txtParticipant.In(l))}
	for _, t := range profile.Types {
		header = append(header, text(txtPoints.F(l, words.DefaultName(t, l))))
	}
	for _, t := range profile.Types {
		header = append(header, text(txtPercent.F(l, words.DefaultName(t, l))))
	}
	header = append(header, text(txtStrongest.In(l)))
	ps.add(1, styled(header, styleHead)...)
	for i, p := range e.Participants {
		row := []cell{number(float64(p.Number), styleDefault), text(Clean(p.Label))}
		for _, v := range p.Points.Array() {
			row = append(row, number(float64(v), styleInt))
		}
		for _, v := range p.Percent.Array() {
			row = append(row, number(float64(v)/100, stylePercent))
		}
		row = append(row, text(dominantName(p.Dominant, l)))
		ps.add(i+2, row...)
	}
	ps.filter = fmt.Sprintf("A1:%s", cellName(len(header), len(e.Participants)+1))
	ps.cols = []col{{1, 1, 6}, {2, 2, 28}, {3, len(header), 16}}

	// Summary.
	ss := &sheet{name: txtSummary.In(l), head: summaryHead}
	ss.add(1, cell{s: Clean(r.Title()), style: styleTitle})
	ss.add(2, text(Clean(r.Subtitle())))
	ss.add(summaryHead, styled([]cell{text(txtType.In(l)), text(txtAverage.In(l)), text(txtMin.In(l)),
		text(txtMax.In(l)), text(txtLeads.In(l)), text(txtBlindSpot.In(l))}, styleHead)...)
	why := map[string]string{}
	for _, b := range e.BlindSpots {
		why[b.Type] = blindSpotReason(b, l)
	}
	avg, lo, hi, dom := e.Average.Array(), e.Min.Array(), e.Max.Array(), e.Dominant.Array()
	for _, t := range profile.Types {
		ss.add(summaryHead+1+int(t), text(words.DefaultName(t, l)),
			number(float64(avg[t])/100, stylePercent), number(float64(lo[t])/100, stylePercent),
			number(float64(hi[t])/100, stylePercent), number(float64(dom[t]), styleInt), text(why[t.Key()]))
	}
	lastType := summaryHead + profile.Count
	ss.add(lastType+2, text(txtTied.In(l)), number(float64(e.Tied), styleDefault))
	ss.add(lastType+3, text(txtMethod.F(l, team.LowShare)))
	ss.cols = []col{{1, 1, 16}, {2, 5, 13}, {6, 6, 44}}

	return writeWorkbook(w, []*sheet{ps, ss}, Clean(r.Title()), string(l))
}

// cell is one cell: text when isNum is false, else the number n.
type cell struct {
	s     string
	n     float64
	isNum bool
	style int
}

func text(s string) cell               { return cell{s: s} }
func number(n float64, style int) cell { return cell{n: n, isNum: true, style: style} }
func styled(cs []cell, style int) []cell { // cs with style
	for i := range cs {
		cs[i].style = style
	}
	return cs
}

// col is a width (in characters) for columns from..to (1-based).
type col struct {
	from, to int
	width    float64
}

// sheet is one worksheet: its rows by number, the header row (frozen,
// two lines tall), the column widths and the filter range ("" for none).
type sheet struct {
	name   string
	rows   map[int][]cell
	order  []int
	head   int
	cols   []col
	filter string
}

// add sets row n (1-based) to cells, from column A.
func (s *sheet) add(n int, cells ...cell) {
	if s.rows == nil {
		s.rows = map[int][]cell{}
	}
	if _, ok := s.rows[n]; !ok {
		s.order = append(s.order, n)
	}
	s.rows[n] = cells
}

// xmlText is s escaped for XML text and attributes; a character that XML
// 1.0 cannot hold becomes U+FFFD (Clean has removed controls already).
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// cellName is the A1-style name of column col, row row (both 1-based).
func cellName(col, row int) string { return colName(col) + strconv.Itoa(row) }

// colName is the letters of column col (1 = A, 27 = AA).
func colName(col int) string {
	name := ""
	for col > 0 {
		col--
		name = string(rune('A'+col%26)) + name
		col /= 26
	}
	return name
}

// xml writes the worksheet part.
func (s *sheet) xml() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	b.WriteString(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`)
	lastRow, lastCol := 1, 1
	for _, n := range s.order {
		lastRow = max(lastRow, n)
		lastCol = max(lastCol, len(s.rows[n]))
	}
	fmt.Fprintf(&b, `<dimension ref="A1:%s"/>`, cellName(lastCol, lastRow))
	below := cellName(1, s.head+1)
	fmt.Fprintf(&b, `<sheetViews><sheetView workbookViewId="0"><pane ySplit="%d" topLeftCell="%s" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="%s" sqref="%s"/></sheetView></sheetViews>`,
		s.head, below, below, below)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.cols) > 0 {
		b.WriteString(`<cols>`)
		for _, c := range s.cols {
			fmt.Fprintf(&b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, c.from, c.to, strconv.FormatFloat(c.width, 'f', -1, 64))
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	order := slices.Sorted(slices.Values(s.order))
	for _, n := range order {
		if n == s.head {
			fmt.Fprintf(&b, `<row r="%d" ht="%d" customHeight="1">`, n, headHeight)
		} else {
			fmt.Fprintf(&b, `<row r="%d">`, n)
		}
		for i, c := range s.rows[n] {
			ref := cellName(i+1, n)
			st := ""
			if c.style != styleDefault {
				st = fmt.Sprintf(` s="%d"`, c.style)
			}
			if c.isNum {
				fmt.Fprintf(&b, `<c r="%s"%s><v>%s</v></c>`, ref, st, strconv.FormatFloat(c.n, 'g', -1, 64))
			} else {
				fmt.Fprintf(&b, `<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, st, xmlText(c.s))
			}
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>`)
	if s.filter != "" {
		fmt.Fprintf(&b, `<autoFilter ref="%s"/>`, s.filter)
	}
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	b.WriteString(`<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`)
	b.WriteString(`</worksheet>`)
	return b.String()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// xlsxStyles are the fonts, fills, borders and cell formats of the cell
// styles (styleDefault…styleTitle, in that order in cellXfs).
const xlsxStyles = xmlHeader + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<fonts count="3">` +
	`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
	`<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>` +
	`</fonts>` +
	`<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
	`<fill><patternFill patternType="solid"><fgColor rgb="FFE6E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>` +
	`<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>` +
	`<border><left/><right/><top/><bottom style="thin"><color rgb="FF595959"/></bottom><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="5">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` +
	`<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

// workbookTime is the creation time written in the workbook: fixed, so
// the same report gives the same file.
var workbookTime = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// writeWorkbook writes the package: content types, relationships, the
// document properties (title, creator, language), the workbook with its
// sheets and the filter's defined name, the styles and the worksheets.
func writeWorkbook(w io.Writer, sheets []*sheet, title, lang string) error {
	var ct, wb, rels, sheetList, names strings.Builder
	ct.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	rels.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range sheets {
		n := i + 1
		fmt.Fprintf(&ct, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, n, n)
		fmt.Fprintf(&sheetList, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, xmlText(s.name), n, n)
		if s.filter != "" {
			from, to, _ := strings.Cut(s.filter, ":")
			fmt.Fprintf(&names, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">%s!%s:%s</definedName>`,
				i, xmlText("'"+strings.ReplaceAll(s.name, "'", "''")+"'"), absolute(from), absolute(to))
		}
	}
	ct.WriteString(`</Types>`)
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, len(sheets)+1)
	rels.WriteString(`</Relationships>`)
	wb.WriteString(xmlHeader + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	wb.WriteString(`<bookViews><workbookView activeTab="0"/></bookViews><sheets>` + sheetList.String() + `</sheets>`)
	if names.Len() > 0 {
		wb.WriteString(`<definedNames>` + names.String() + `</definedNames>`)
	}
	wb.WriteString(`</workbook>`)

	stamp := workbookTime.Format(time.RFC3339)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", ct.String()},
		{"_rels/.rels", xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
			`</Relationships>`},
		{"docProps/core.xml", xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
			`<dc:title>` + xmlText(title) + `</dc:title><dc:creator>ideale-ambtenaar</dc:creator><dc:language>` + xmlText(lang) + `</dc:language>` +
			`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>` +
			`</cp:coreProperties>`},
		{"docProps/app.xml", xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ideale-ambtenaar</Application></Properties>`},
		{"xl/workbook.xml", wb.String()},
		{"xl/_rels/workbook.xml.rels", rels.String()},
		{"xl/styles.xml", xlsxStyles},
	}
	for i, s := range sheets {
		parts = append(parts, struct{ name, body string }{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.xml()})
	}

	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: workbookTime})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}

// absolute is an A1 reference as $A$1.
func absolute(ref string) string {
	i := strings.IndexAny(ref, "0123456789")
	return "$" + ref[:i] + "$" + ref[i:]
}
