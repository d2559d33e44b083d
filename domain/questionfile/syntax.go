package questionfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"ideale-ambtenaar/i18n"
)

// parseYAML parses every document in data into nodes, without decoding
// them into Go values: the loader walks the nodes itself, so that it knows
// where everything is and never expands an alias. A panic inside the YAML
// library is turned into an error; a broken file must never crash the quiz.
// A file that declares "%YAML 1.2" is read too (see acceptVersion).
func parseYAML(data []byte) ([]*yaml.Node, error) {
	docs, err := parseDocs(data)
	if err != nil && strings.Contains(err.Error(), "found incompatible YAML document") {
		if v, ok := acceptVersion(data); ok {
			return parseDocs(v)
		}
	}
	return docs, err
}

// parseDocs is parseYAML without the second try for %YAML 1.2.
func parseDocs(data []byte) (docs []*yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("yaml: internal error: %v", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return docs, err
		}
		docs = append(docs, &doc)
	}
}

var versionLine = regexp.MustCompile(`^%YAML[ \t]+1\.[0-9]([ \t#]|$)`)

// acceptVersion returns a copy of data in which every "%YAML 1.x" line
// says 1.1, keeping every line and column, and whether there was one to
// change. The library refuses every version but 1.1, yet a YAML 1.2 file
// (the current version, which editors may write) reads the same for the
// loader, which takes every value as text itself. parseYAML only asks for
// this after the library refused a version, so that a text that merely
// contains such a line at its start is left alone in every other file.
func acceptVersion(data []byte) ([]byte, bool) {
	var c []byte
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += off
		}
		if line := data[off:end]; versionLine.Match(line) {
			minor := bytes.IndexByte(line, '.') + 1
			if line[minor] != '1' {
				if c == nil {
					c = bytes.Clone(data)
				}
				c[off+minor] = '1'
			}
		}
		off = end + 1
	}
	return c, c != nil
}

var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError splits an error from parseYAML into the line the library
// names and its own words about the mistake (detail). The line counts from
// 0 and is, for most errors, that of the block or bracket around the
// mistake (the library's "context"), else that of the mistake; it is 0
// also when the library names none.
func yamlError(err error) (line int, detail string) {
	msg := err.Error()
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		return line, m[2]
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}

// syntaxProblems turns the YAML library's error for data into a located
// problem. The library names a line that is often the start of the block
// around the mistake rather than the mistake itself, and sometimes no line
// at all, so the line is found again by parsing ever longer beginnings of
// the file until the same error appears. The kinds of mistake that
// syntaxSpot knows get its place and tip; the rest a guessed column and a
// tip chosen by the library's words. Tabs are untab's.
func syntaxProblems(ps *Problems, data []byte, err error) {
	hint, detail := yamlError(err)
	lines := splitLines(data)
	line := locateSyntax(data, lines, detail, hint)
	if s, _, ok := syntaxSpot(data, lines, detail, hint, line); ok {
		ps.add(Problem{Line: s.line, Column: s.col, Text: tr(txtSyntax, detail, s.tip)})
		return
	}
	col := 1
	if line >= 1 && line <= len(lines) {
		col = syntaxColumn(lines[line-1], detail)
	}
	ps.add(Problem{Line: max(line, 1), Column: col, Text: tr(txtSyntax, detail, syntaxHint(detail))})
}

// tabWidths are the tab widths untab tries, the commonest editor setting
// first.
var tabWidths = []int{4, 8, 2, 1}

// untab reports every line at or below the mistake in data (err is the
// library's error for it) that is indented with a tab, the commonest
// cause, and returns data with those tabs read as spaces, so that the
// rest of the file is still checked: check does not stop at the first
// problem. Lines above the mistake were read, tabs and all (a tab may
// start a line inside a quoted text). The tabs become spaces up to the
// next multiple of the first width in tabWidths with which the file reads
// without error, else of the one with which it reads furthest. ps learns
// to move the columns of later problems on those lines back to the file's
// own. ok is false when no line at or below the mistake has a tab.
func untab(ps *Problems, data []byte, err error) (spaced []byte, ok bool) {
	hint, detail := yamlError(err)
	lines := bytes.Split(data, []byte("\n"))
	line := locateSyntax(data, splitLines(data), detail, hint)
	var tabbed []int // line indexes
	for i := max(line, 1) - 1; i < len(lines); i++ {
		l := lines[i]
		if j := bytes.IndexByte(l[:indentOf(l)], '\t'); j >= 0 {
			ps.add(Problem{Line: i + 1, Column: j + 1, Text: txtTabIndent})
			tabbed = append(tabbed, i)
		}
	}
	if len(tabbed) == 0 {
		return nil, false
	}
	var moved map[int][2]int // 1-based line: width of the indentation before and after
	reach := -1
	for _, w := range tabWidths {
		c, m := expandTabs(lines, tabbed, w)
		_, err := parseYAML(c)
		if err == nil {
			spaced, moved = c, m
			break
		}
		if h, _ := yamlError(err); h > reach {
			spaced, moved, reach = c, m, h
		}
	}
	ps.remap = func(line, col int) int {
		m, ok := moved[line]
		switch {
		case !ok || col < 1:
			return col
		case col > m[1]:
			return col - m[1] + m[0]
		}
		return max(1, min(col, m[0]))
	}
	return spaced, true
}

// expandTabs joins lines again, with the indentation of the lines tabbed
// (indexes) in spaces, a tab reaching the next multiple of width. moved
// maps each changed line (from 1) to its indentation's old and new width.
func expandTabs(lines [][]byte, tabbed []int, width int) (data []byte, moved map[int][2]int) {
	moved = make(map[int][2]int, len(tabbed))
	out := make([][]byte, len(lines))
	copy(out, lines)
	for _, i := range tabbed {
		l := lines[i]
		n, col := indentOf(l), 0
		for _, c := range l[:n] {
			if c == '\t' {
				col = (col/width + 1) * width
			} else {
				col++
			}
		}
		out[i] = append(bytes.Repeat([]byte(" "), col), l[n:]...)
		moved[i+1] = [2]int{n, col}
	}
	return bytes.Join(out, []byte("\n")), moved
}

// splitLines returns data's lines without their line feeds.
func splitLines(data []byte) [][]byte {
	lines := bytes.Split(data, []byte("\n"))
	if len(lines) > 1 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// locateSyntax finds the first line at which the file, cut off after that
// line, already fails with detail. It starts just above the library's own
// line (which is never below the mistake), gallops forward and then
// bisects, so that a large file is parsed only a handful of times.
func locateSyntax(data []byte, lines [][]byte, detail string, hint int) int {
	n := len(lines)
	if n == 0 {
		return 1
	}
	if hint > 0 && hint <= n && strings.Contains(detail, "could not find expected ':'") {
		// A key without its colon: the library names the line where the
		// key starts, which is the place to fix; cutting the file finds
		// the line where it gave up instead, a line too far for a quoted
		// key over two lines (YAML test suite 7LBH, D49Q), and never
		// better in the suite's 12 cases of this kind.
		return hint
	}
	ends := make([]int, n+1) // ends[k] is the length of the first k lines
	for i, l := range lines {
		ends[i+1] = min(ends[i]+len(l)+1, len(data))
	}
	fails := func(k int) bool {
		h, ok := failsWith(data[:ends[k]], detail)
		if !ok {
			return false
		}
		// A cut-off file often fails only because it ends where it is
		// cut, as "[" alone lacks its content: such an error moves when
		// comment lines are added after the cut, the real one stays.
		padded := append(bytes.Clone(data[:ends[k]]), "\n#\n#\n"...)
		h2, ok := failsWith(padded, detail)
		return ok && h2 == h
	}
	lo := max(hint-1, 1)
	if lo > n {
		return n
	}
	if fails(lo) {
		return lo
	}
	// Invariant: fails(lo) is false; fails(n) is true (it is the whole file)
	// unless the prefix behaves differently, in which case hi ends at n.
	hi, step := lo+1, 1
	for hi < n && !fails(hi) {
		lo = hi
		step *= 2
		hi = min(lo+step, n)
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// syntaxColumn guesses the column of the mistake on line: the stray
// colon, the unclosed bracket, the backslash or the alias that the error
// is about, else the first character that is not a space.
func syntaxColumn(line []byte, detail string) int {
	col := func(off int) int { return utf8.RuneCount(line[:off]) + 1 }
	switch {
	case strings.Contains(detail, "mapping values are not allowed"):
		if first := colonAt(line, 0); first >= 0 {
			if second := colonAt(line, first+1); second >= 0 {
				return col(second)
			}
		}
	case strings.HasPrefix(detail, "unknown anchor '"):
		name := strings.TrimPrefix(detail, "unknown anchor '")
		name = name[:max(strings.IndexByte(name, '\''), 0)]
		if i := bytes.Index(line, []byte("*"+name)); i >= 0 {
			return col(i)
		}
	case strings.Contains(detail, "expected ',' or ']'"):
		if i := bytes.LastIndexByte(line, '['); i >= 0 {
			return col(i)
		}
	case strings.Contains(detail, "expected ',' or '}'"):
		if i := bytes.LastIndexByte(line, '{'); i >= 0 {
			return col(i)
		}
	case strings.Contains(detail, "unknown escape character"):
		if i := bytes.IndexByte(line, '\\'); i >= 0 {
			return col(i)
		}
	}
	return col(len(line) - len(bytes.TrimLeft(line, " \t")))
}

// colonAt returns the offset of the first ": " (or a colon at the end of
// the line) at or after from, or -1.
func colonAt(line []byte, from int) int {
	for i := from; i < len(line); i++ {
		if line[i] == ':' && (i+1 == len(line) || line[i+1] == ' ') {
			return i
		}
	}
	return -1
}

// syntaxHint says in plain words what usually causes a YAML error.
func syntaxHint(detail string) i18n.Text {
	for _, h := range syntaxHints {
		if strings.Contains(detail, h.match) {
			return h.hint
		}
	}
	return hintGeneric
}

var syntaxHints = []struct {
	match string
	hint  i18n.Text
}{
	{"mapping values are not allowed", i18n.Text{
		NL: "staat er een dubbele punt met een spatie in de tekst? Zet de tekst dan tussen aanhalingstekens of gebruik >- en zet de tekst op de regels eronder; klopt anders de inspringing?",
		EN: "is there a colon followed by a space in the text? Then put the text in quotes, or use >- and put the text on the lines below; otherwise, check the indentation"}},
	{"did not find expected key", i18n.Text{
		NL: "de inspringing klopt niet: velden van hetzelfde blok moeten precies even ver inspringen (met spaties)",
		EN: "the indentation is off: fields of the same block must be indented exactly as far (with spaces)"}},
	{"did not find expected '-' indicator", i18n.Text{
		NL: "de inspringing van een lijst klopt niet: de streepjes (- ) van één lijst moeten recht onder elkaar staan",
		EN: "a list's indentation is off: the dashes (- ) of one list must line up"}},
	{"could not find expected ':'", i18n.Text{
		NL: "een veldnaam mist zijn dubbele punt, of een tekst loopt door over meerdere regels: begin die dan met >- en spring de regels eronder in",
		EN: "a field name lacks its colon, or a text runs over several lines: start it with >- and indent the lines below"}},
	{"found unexpected end of stream", i18n.Text{
		NL: "een aanhalingsteken wordt niet gesloten: zet aan het eind van de tekst hetzelfde teken als aan het begin",
		EN: "a quote is not closed: end the text with the same quote it starts with"}},
	{"did not find expected ',' or ']'", i18n.Text{
		NL: "een lijst tussen [ en ] wordt niet gesloten, of er ontbreekt een komma",
		EN: "a list between [ and ] is not closed, or a comma is missing"}},
	{"did not find expected ',' or '}'", i18n.Text{
		NL: "een blok tussen { en } wordt niet gesloten, of er ontbreekt een komma",
		EN: "a block between { and } is not closed, or a comma is missing"}},
	{"unknown escape character", i18n.Text{
		NL: "een \\ tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens ('C:\\map') of schrijf \\\\",
		EN: "a \\ between double quotes; use single quotes ('C:\\folder') or write \\\\"}},
	{"found a tab character", hintTabs},
	{"found character that cannot start any token", i18n.Text{
		NL: "de tekst begint met een teken dat YAML niet toestaat (zoals @ of `) of de regel springt in met een tab; zet de tekst tussen aanhalingstekens en spring in met spaties",
		EN: "the text starts with a character YAML does not allow (such as @ or `) or the line is indented with a tab; put the text in quotes and indent with spaces"}},
	{"block sequence entries are not allowed", i18n.Text{
		NL: "een streepje (- ) staat waar geen lijst kan beginnen; controleer de inspringing, of zet een tekst die met - begint tussen aanhalingstekens",
		EN: "a dash (- ) stands where no list can start; check the indentation, or put a text that starts with - in quotes"}},
	{"did not find expected node content", i18n.Text{
		NL: "na een dubbele punt of streepje staat iets wat geen waarde is; zet de tekst tussen aanhalingstekens",
		EN: "after a colon or dash comes something that is not a value; put the text in quotes"}},
	{"did not find expected alphabetic or numeric character", i18n.Text{
		NL: "een tekst die met * of & begint, leest YAML als alias of anker; zet de tekst tussen aanhalingstekens",
		EN: "YAML reads a text that starts with * or & as an alias or anchor; put the text in quotes"}},
	{"unknown anchor", i18n.Text{
		NL: "een tekst die met * begint, leest YAML als alias; zet de tekst tussen aanhalingstekens",
		EN: "YAML reads a text that starts with * as an alias; put the text in quotes"}},
	{"exceeded max depth", i18n.Text{
		NL: "het bestand is veel te diep genest; is dit het goede bestand?",
		EN: "the file is nested far too deeply; is this the right file?"}},
}

var (
	hintTabs = i18n.Text{
		NL: "gebruik spaties in plaats van tabs om in te springen",
		EN: "use spaces instead of tabs for indentation",
	}
	hintGeneric = i18n.Text{
		NL: "controleer de inspringing (alleen spaties) en zet tekst met bijzondere tekens (: # [ ] { } & * ! | > ' \" % @) tussen aanhalingstekens",
		EN: "check the indentation (spaces only) and put text with special characters (: # [ ] { } & * ! | > ' \" % @) in quotes",
	}
	txtTabIndent = i18n.Text{
		NL: "deze regel springt in met een tab; gebruik spaties in plaats van tabs (bijvoorbeeld 2 per niveau); in Notepad++ of VS Code kun je instellen dat de tab-toets spaties invoegt",
		EN: "this line is indented with a tab; use spaces instead of tabs (for example 2 per level); Notepad++ and VS Code can be set to insert spaces for the tab key",
	}
	txtSyntax = i18n.Text{
		NL: "YAML kan dit niet lezen (%s); %s",
		EN: "YAML cannot read this (%s); %s",
	}
)
