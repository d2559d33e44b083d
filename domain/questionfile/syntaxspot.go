package questionfile

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"ideale-ambtenaar/i18n"
)

// maxTries bounds how many places on one line are tried as the cause of
// a mistake, each with a parse of (part of) the file, so that a line with
// thousands of brackets or quotes is not parsed thousands of times.
const maxTries = 16

// maxBisect is the longest text inside brackets, in bytes, in which the
// token where the library stopped is sought by bisection, which parses it
// a dozen times or more; beyond it only the likely token is tried.
const maxBisect = 256 << 10

// spot is where a person should put the cursor to fix a syntax mistake
// (1-based line and column, in characters), and the tip that says how.
type spot struct {
	line, col int
	tip       i18n.Text
}

// syntaxSpot recognises the kinds of mistake that the YAML library's line
// and words describe badly, and finds their place by asking the library
// again about changed copies of the file: the library says neither the
// column nor, inside [ ] and { }, the line where it gave up. detail and
// hint are the library's words and line; line is what locateSyntax found.
// ok is false for any other kind, which keeps the general column and tip.
// by names the spotter that placed it (for measuring them).
func syntaxSpot(data []byte, lines [][]byte, detail string, hint, line int) (s spot, by string, ok bool) {
	c := &spotCase{data, lines, lineStarts(data, lines), detail, hint, line}
	for _, sp := range spotters {
		if !sp.anyLine && (line < 1 || line > len(lines)) {
			continue
		}
		if !strings.Contains(detail, sp.words[0]) && (len(sp.words) == 1 || !containsAny(detail, sp.words[1:])) {
			continue
		}
		if s, ok := sp.find(c); ok {
			return s, sp.name, true
		}
	}
	return spot{}, "", false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// spotCase is what a spotter knows of a syntax error: the file, its lines
// and their offsets, the library's words and line (hint), and the line
// locateSyntax found.
type spotCase struct {
	data   []byte
	lines  [][]byte
	starts []int
	detail string
	hint   int
	line   int
}

// spotter is one hand-written locator: for errors whose words contain
// one of words, find tries to place the mistake. anyLine: it does not
// need the line locateSyntax found to be inside the file.
type spotter struct {
	name    string
	words   []string
	anyLine bool
	find    func(c *spotCase) (spot, bool)
}

var (
	wordsFlow      = []string{"did not find expected ',' or ']'", "did not find expected ',' or '}'"}
	wordsNode      = []string{"did not find expected node content"}
	wordsBlock     = []string{"did not find expected key", "did not find expected '-' indicator", "did not find expected <document start>"}
	wordsDocument  = []string{"did not find expected <document start>"}
	wordsEndOfFile = []string{"found unexpected end of stream"}
)

// spotters are tried in this order; the first that places the mistake
// wins. Each was measured against the library's own line (see
// TestLocateMeasure) and is kept because it places some case better and
// none worse.
var spotters = []spotter{
	{"directive", []string{""}, true, func(c *spotCase) (spot, bool) { return directiveSpot(c.lines, c.detail) }},
	{"flow", wordsFlow, false, func(c *spotCase) (spot, bool) {
		return flowSpot(c.data, c.lines, c.starts, c.detail, c.hint)
	}},
	{"comma", wordsNode, false, func(c *spotCase) (spot, bool) {
		if c.hint >= 0 && c.hint < len(c.lines) {
			if s, ok := commaSpot(c.lines, c.hint+1); ok {
				return s, true
			}
		}
		return commaSpot(c.lines, c.line)
	}},
	{"unclosed", wordsNode, false, func(c *spotCase) (spot, bool) {
		return unclosedSpot(c.data, c.lines, c.starts, c.detail, c.hint)
	}},
	{"quote", wordsBlock, false, func(c *spotCase) (spot, bool) {
		return quoteSpot(c.data, c.lines, c.starts, c.detail, c.line)
	}},
	{"comment", wordsBlock, false, func(c *spotCase) (spot, bool) {
		return commentSpot(c.data, c.lines, c.starts, c.detail, c.line)
	}},
	{"stray", wordsDocument, false, func(c *spotCase) (spot, bool) {
		return straySpot(c.data, c.lines, c.starts, c.detail, c.line)
	}},
	{"open quote", wordsEndOfFile, false, func(c *spotCase) (spot, bool) { return openQuoteSpot(c.lines, c.detail, c.hint) }},
}

// openQuoteSpot places a quote that is never closed: the library names
// the line where the quoted text starts (counting from 1), and the quote
// is the last one on it that the line does not close.
func openQuoteSpot(lines [][]byte, detail string, hint int) (spot, bool) {
	if hint < 1 || hint > len(lines) {
		return spot{}, false
	}
	l := lines[hint-1]
	for depth := range 2 {
		toks := lexLine(l, depth)
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].kind == tokQuoted && toks[k].open {
				return spot{hint, column(l, toks[k].start), syntaxHint(detail)}, true
			}
		}
	}
	return spot{}, false
}

// straySpot places what follows a finished document on line, such as
// the second ] in "[ a, b ] ]": the library reads the value before it,
// then expects a new document. The token is the first on the line after
// which the file, cut off there, already fails the same way.
func straySpot(data []byte, lines [][]byte, starts []int, detail string, line int) (spot, bool) {
	l := lines[line-1]
	for k, t := range lexLine(l, 0) {
		if k == maxTries || t.kind == tokComment {
			break
		}
		if _, ok := failsWith(data[:starts[line-1]+t.end], detail); !ok {
			continue
		}
		tip := syntaxHint(detail)
		if c := l[t.start]; t.end == t.start+1 && (c == ']' || c == '}') {
			tip = tr(tipStrayBracket, string(c))
		}
		return spot{line, column(l, t.start), tip}, true
	}
	return spot{}, false
}

// lineStarts returns the offset in data of the start of every line, and
// len(data) after the last, so that data[:starts[k]] is the first k lines.
func lineStarts(data []byte, lines [][]byte) []int {
	starts := make([]int, len(lines)+1)
	for i, l := range lines {
		starts[i+1] = min(starts[i]+len(l)+1, len(data))
	}
	return starts
}

// failsWith parses data and reports whether it fails with detail, and
// the line the library names (0 when it names none).
func failsWith(data []byte, detail string) (int, bool) {
	_, err := parseYAML(data)
	if err == nil {
		return 0, false
	}
	n, d := yamlError(err)
	return n, d == detail
}

// parses reports whether data is YAML the library reads without error.
func parses(data []byte) bool {
	_, err := parseYAML(data)
	return err == nil
}

// column is the 1-based column, in characters, of line[off].
func column(line []byte, off int) int { return utf8.RuneCount(line[:off]) + 1 }

// blanked returns a copy of data with [from, to) overwritten by spaces,
// which keeps every other line and column where it was.
func blanked(data []byte, spans ...[2]int) []byte {
	c := bytes.Clone(data)
	for _, s := range spans {
		for i := s[0]; i < s[1]; i++ {
			if c[i] != '\n' {
				c[i] = ' '
			}
		}
	}
	return c
}

// directiveLine is a line that YAML reads as a directive, such as
// "%YAML 1.2" or "%TAG ! tag:example.com,2000:".
var directiveLine = regexp.MustCompile(`^%[A-Za-z][A-Za-z0-9-]*([ \t]|$)`)

// directiveSpot handles the lines with % at the top of a file: they must
// be followed by ---, and %YAML must name a version the library reads (any
// 1.x does, see acceptVersion) and appear once per document.
func directiveSpot(lines [][]byte, detail string) (spot, bool) {
	lastDirective, lastVersion, versions, content := -1, -1, 0, -1 // line indexes
	for i, l := range lines {
		t := bytes.TrimSpace(l)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		if l[0] != '%' {
			content = i
			break
		}
		if !directiveLine.Match(l) {
			return spot{}, false // such as "%30 korting": not a directive
		}
		lastDirective = i
		if bytes.HasPrefix(l, []byte("%YAML")) {
			lastVersion = i
			versions++
		}
	}
	if lastDirective < 0 {
		return spot{}, false
	}
	if content < 0 {
		l := lines[lastDirective]
		return spot{lastDirective + 1, column(l, len(l)), tipDirectiveStart}, true
	}
	if l := lines[content]; !bytes.Equal(l, []byte("---")) && !bytes.HasPrefix(l, []byte("--- ")) && !bytes.HasPrefix(l, []byte("---\t")) {
		return spot{content + 1, 1, tipDirectiveStart}, true
	}
	switch {
	case strings.Contains(detail, "found incompatible YAML document"):
		// Every %YAML 1.x was read as 1.1; the first other is at fault.
		for i, l := range lines {
			if bytes.HasPrefix(l, []byte("%YAML")) && !versionLine.Match(l) {
				return spot{i + 1, 1, tipVersion}, true
			}
		}
	case versions > 1 && strings.Contains(detail, "found duplicate %YAML directive"):
		return spot{lastVersion + 1, 1, tipDuplicateVersion}, true
	}
	return spot{}, false
}

// flowSpot places an error inside [ ] or { }. The library names the line
// of the innermost bracket that is still open, and stops at the token
// where it expected a comma or the closing bracket: that token is the
// place to fix, and the tip names the bracket. The bracket is the last
// one on the named line from which the rest of the file fails the same
// way; the token is the first on the failing line that, with everything
// after it cut off and the bracket closed, still fails there.
func flowSpot(data []byte, lines [][]byte, starts []int, detail string, hint int) (spot, bool) {
	open, closer, expect, never := byte('['), "\n]", tipListExpect, tipListNeverClosed
	if strings.Contains(detail, "'}'") {
		open, closer, expect, never = '{', "\n}", tipBlockExpect, tipBlockNeverClosed
	}
	candidates := []int{1}
	if hint > 0 && hint < len(lines) {
		candidates = []int{hint + 1, 1}
	}
	for _, ln := range candidates {
		l := lines[ln-1]
		for i, at := range openers(l, open) {
			if i == maxTries {
				break
			}
			off := starts[ln-1] + at
			n, ok := failsWith(data[off:], detail)
			if !ok {
				continue
			}
			openLine, openCol := ln, column(l, at)
			failLn := ln + n
			if failLn <= len(lines) {
				fl := lines[failLn-1]
				depth, from := 1, 0
				if failLn == ln {
					depth, from = 0, at+1
				}
				toks := lexLine(fl, depth)
				var cands []int // tokens after the bracket, not comments
				for k, t := range toks {
					if t.start >= from && t.kind != tokComment {
						cands = append(cands, k)
					}
				}
				// fails(i): cut off after candidate i and closed, the file
				// still fails on this line. False before the token where
				// the library stopped, true from there on. Try the likely
				// token first, then bisect, unless the text to parse is so
				// long that a dozen parses would keep the user waiting.
				fails := func(i int) bool {
					end := starts[failLn-1] + toks[cands[i]].end
					cut := append(bytes.Clone(data[off:end]), closer...)
					n2, ok := failsWith(cut, detail)
					return ok && n2 == n
				}
				i := -1
				if g := likelyStop(lines, failLn, toks, cands); g >= 0 && fails(g) && (g == 0 || !fails(g-1)) {
					i = g
				} else if starts[failLn]-off <= maxBisect {
					i = sort.Search(len(cands), fails)
				}
				if i >= 0 && i < len(cands) {
					k := cands[i]
					t := toks[k]
					// A plain text right after a quoted one: the quotes end
					// the text too early. Two quoted texts lack a comma.
					if k > 0 && toks[k-1].kind == tokQuoted && !toks[k-1].open && t.kind == tokPlain {
						return spot{failLn, column(fl, t.start), tipAfterQuote}, true
					}
					return spot{failLn, column(fl, t.start), tr(expect, openLine, openCol)}, true
				}
			}
			// The file ends inside the brackets: the closing one goes
			// after the last thing in the file.
			return endSpot(lines, ln-1, tr(never, openLine, openCol)), true
		}
	}
	return spot{}, false
}

// maxBack bounds how many lines unclosedSpot looks back for the bracket.
const maxBack = 2000

// unclosedSpot places a missing value inside brackets that are never
// closed, as when a list ends with a comma and the next line starts the
// next question (- id: …), or the file ends: the library names the line
// where it stopped, counting from 0, or the line after the last. The
// bracket is the innermost one still open before that, and is confirmed
// by the rest of the file from it failing the same way on the same line.
// A stop at anything but a dash or the end of the file is left alone: the
// brackets may well be closed further on.
func unclosedSpot(data []byte, lines [][]byte, starts []int, detail string, hint int) (spot, bool) {
	failLn := hint + 1
	atEnd := failLn > len(lines) || failLn == len(lines) && !bytes.HasSuffix(data, []byte("\n"))
	from := failLn - 2 // the last line before the one with the stop
	if atEnd {
		from = len(lines) - 1
	}
	depth := 0
	for i := from; i >= 0 && i > from-maxBack; i-- {
		toks := lexLine(lines[i], 1)
		for k := len(toks) - 1; k >= 0; k-- {
			switch c := toks[k].kind; c {
			case ']', '}':
				depth++
			case '[', '{':
				if depth--; depth >= 0 {
					continue
				}
				off := starts[i] + toks[k].start
				if n, ok := failsWith(data[off:], detail); !ok || i+1+n != failLn {
					return spot{}, false
				}
				never := tipListNeverClosed
				if c == '{' {
					never = tipBlockNeverClosed
				}
				text := tr(never, i+1, column(lines[i], toks[k].start))
				if atEnd {
					return endSpot(lines, i, text), true
				}
				// Stopped at a dash: the next item of a list outside the
				// brackets, such as the next question.
				if toks := lexLine(lines[failLn-1], 1); len(toks) > 0 && toks[0].kind == '-' {
					return spot{failLn, column(lines[failLn-1], toks[0].start), text}, true
				}
				return spot{}, false
			}
		}
	}
	return spot{}, false
}

// endSpot is the place just after the last thing in the file that is not
// a comment, at or below line index from: where a closing bracket goes.
func endSpot(lines [][]byte, from int, text i18n.Text) spot {
	for i := len(lines) - 1; i > from; i-- {
		toks := lexLine(lines[i], 1)
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].kind != tokComment {
				return spot{i + 1, column(lines[i], toks[k].end), text}
			}
		}
	}
	toks := lexLine(lines[from], 0)
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].kind != tokComment {
			return spot{from + 1, column(lines[from], toks[k].end), text}
		}
	}
	return spot{from + 1, 1, text}
}

// likelyStop guesses which of the candidate tokens cands (indexes into
// toks, the tokens of line ln) the library stopped at inside brackets: the
// first that follows a value without a comma between them, or a dash. It
// returns an index into cands, or -1.
func likelyStop(lines [][]byte, ln int, toks []token, cands []int) int {
	isValue := func(k byte) bool {
		return k == tokPlain || k == tokQuoted || k == tokProperty || k == ']' || k == '}'
	}
	prev := byte(0)
	for i := ln - 2; i >= 0 && prev == 0; i-- {
		ts := lexLine(lines[i], 1)
		for k := len(ts) - 1; k >= 0 && prev == 0; k-- {
			if ts[k].kind != tokComment {
				prev = ts[k].kind
			}
		}
	}
	for i, k := range cands {
		if i > 0 || k > 0 {
			prev = toks[k-1].kind
			if prev == tokComment && k > 1 {
				prev = toks[k-2].kind
			}
		}
		t := toks[k].kind
		if t == '-' || isValue(prev) && t != ',' && t != ']' && t != '}' && t != ':' && t != tokComment {
			return i
		}
	}
	return -1
}

// openers returns the offsets of the brackets c on line that are not in
// quotes or a comment, last first. The line may be read in block or in
// flow context; both readings count.
func openers(line []byte, c byte) []int {
	var at []int
	for depth := range 2 {
		for _, t := range lexLine(line, depth) {
			if t.kind == c && !containsInt(at, t.start) {
				at = append(at, t.start)
			}
		}
	}
	// Sort descending: the innermost bracket on the line comes first.
	for i := 1; i < len(at); i++ {
		for j := i; j > 0 && at[j] > at[j-1]; j-- {
			at[j], at[j-1] = at[j-1], at[j]
		}
	}
	return at
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// commaSpot finds a comma that follows another comma or an opening
// bracket on line, which YAML reads as a missing value. The library names
// that line exactly (counting from 0), where locateSyntax finds the line
// before when the comma starts a line.
func commaSpot(lines [][]byte, line int) (spot, bool) {
	prev := byte(0)
	for i := line - 2; i >= 0 && prev == 0; i-- {
		toks := lexLine(lines[i], 1)
		for k := len(toks) - 1; k >= 0 && prev == 0; k-- {
			if toks[k].kind != tokComment {
				prev = toks[k].kind
			}
		}
	}
	l := lines[line-1]
	for _, t := range lexLine(l, 1) {
		if t.kind == ',' && (prev == ',' || prev == '[' || prev == '{') {
			return spot{line, column(l, t.start), tipExtraComma}, true
		}
		if t.kind != tokComment {
			prev = t.kind
		}
	}
	return spot{}, false
}

// quoteSpot finds text after a closing quote, as in text: "zo" en meer:
// YAML ends the value at the quote and cannot read what follows. The text
// found is the one whose removal lets the file up to this line be read
// without any error.
func quoteSpot(data []byte, lines [][]byte, starts []int, detail string, line int) (spot, bool) {
	l := lines[line-1]
	for q, tries := 0, 0; q < len(l) && tries < maxTries; q++ {
		if l[q] != '"' && l[q] != '\'' {
			continue
		}
		t := q + 1
		for t < len(l) && (l[t] == ' ' || l[t] == '\t') {
			t++
		}
		if t == q+1 || t == len(l) || l[t] == '#' || l[t] == ':' {
			continue
		}
		tries++
		if parses(blanked(data[:starts[line]], [2]int{starts[line-1] + t, starts[line-1] + len(l)})) {
			return spot{line, column(l, t), tipAfterQuote}, true
		}
	}
	return spot{}, false
}

// commentSpot finds a comment that ends a text running over several
// lines: YAML reads the lines after the comment as something new, and
// fails on the first. The spot is the first # between the text and the
// failing line, when the file up to that line can be read without them
// (without any error: a comment can hide other mistakes too).
func commentSpot(data []byte, lines [][]byte, starts []int, detail string, line int) (spot, bool) {
	var spans [][2]int
	above := -1 // the line with text above the comments
	for i := line - 2; i >= 0; i-- {
		t := bytes.TrimLeft(lines[i], " \t")
		if len(t) == 0 {
			continue
		}
		if t[0] == '#' {
			spans = append(spans, [2]int{starts[i] + len(lines[i]) - len(t), starts[i] + len(lines[i])})
			continue
		}
		above = i
		toks := lexLine(lines[i], 0)
		if k := len(toks) - 1; k > 0 && toks[k].kind == tokComment {
			spans = append(spans, [2]int{starts[i] + toks[k].start, starts[i] + toks[k].end})
		}
		break
	}
	if len(spans) == 0 || above < 0 {
		return spot{}, false
	}
	if !parses(blanked(data[:starts[line]], spans...)) {
		return spot{}, false
	}
	first := spans[len(spans)-1] // the spans were found bottom up
	ln, col := position(data, first[0])
	tip := tipCommentEndsText
	if blockScalarAbove(lines, above, indentOf(lines[line-1])) {
		tip = tipCommentEndsBlock
	}
	return spot{ln, col, tip}, true
}

// indentOf is the number of spaces and tabs that line starts with.
func indentOf(line []byte) int { return len(line) - len(bytes.TrimLeft(line, " \t")) }

// blockScalarAbove reports whether the text that line from runs in starts
// with | or >: the nearest line at or above it that is indented less than
// indent ends with one of them.
func blockScalarAbove(lines [][]byte, from, indent int) bool {
	for i := from; i >= 0; i-- {
		t := bytes.TrimSpace(lines[i])
		if len(t) == 0 || t[0] == '#' || indentOf(lines[i]) >= indent {
			continue
		}
		toks := lexLine(lines[i], 0)
		for k := len(toks) - 1; k >= 0; k-- {
			if toks[k].kind == tokComment {
				continue
			}
			v := lines[i][toks[k].start:toks[k].end]
			return toks[k].kind == tokPlain && len(v) > 0 && (v[0] == '|' || v[0] == '>') &&
				len(bytes.Trim(v[1:], "+-0123456789")) == 0
		}
		return false
	}
	return false
}

var (
	tipListExpect = i18n.Text{
		NL: "hier verwacht YAML een komma, of de ] die de lijst sluit die op regel %d, kolom %d met [ begint",
		EN: "YAML expects a comma here, or the ] that closes the list that starts with [ at line %d, column %d"}
	tipBlockExpect = i18n.Text{
		NL: "hier verwacht YAML een komma, of de } die het blok sluit dat op regel %d, kolom %d met { begint",
		EN: "YAML expects a comma here, or the } that closes the block that starts with { at line %d, column %d"}
	tipListNeverClosed = i18n.Text{
		NL: "de lijst die op regel %d, kolom %d met [ begint, wordt nergens gesloten; zet een ] aan het eind ervan",
		EN: "the list that starts with [ at line %d, column %d is never closed; put a ] at its end"}
	tipBlockNeverClosed = i18n.Text{
		NL: "het blok dat op regel %d, kolom %d met { begint, wordt nergens gesloten; zet een } aan het eind ervan",
		EN: "the block that starts with { at line %d, column %d is never closed; put a } at its end"}
	tipAfterQuote = i18n.Text{
		NL: "na het sluitende aanhalingsteken staat nog tekst; zet de hele tekst tussen aanhalingstekens (bijvoorbeeld '\"zo\" en meer') of laat de aanhalingstekens weg",
		EN: "more text follows the closing quote; put the whole text in quotes (for example '\"so\" and more') or leave the quotes out"}
	tipExtraComma = i18n.Text{
		NL: "twee komma's achter elkaar, of een komma zonder iets ervoor; haal deze komma weg",
		EN: "two commas in a row, or a comma with nothing before it; remove this comma"}
	tipCommentEndsText = i18n.Text{
		NL: "een # maakt de rest van de regel commentaar en beëindigt de tekst erboven; de regels eronder horen er niet meer bij. Haal het commentaar weg, of zet de hele tekst tussen aanhalingstekens, of zet | achter de dubbele punt en de tekst op de regels eronder",
		EN: "a # turns the rest of the line into a comment and ends the text above it; the lines below no longer belong to it. Remove the comment, or put the whole text in quotes, or put | after the colon and the text on the lines below"}
	tipCommentEndsBlock = i18n.Text{
		NL: "een regel met # die minder ver inspringt dan de tekst erboven, beëindigt die tekst; spring de regel even ver in als de tekst (dan is # gewoon tekst) of haal hem weg",
		EN: "a line with # that is indented less than the text above it ends that text; indent the line as far as the text (then # is just text) or remove it"}
	tipDirectiveStart = i18n.Text{
		NL: "na een regel die met % begint (zoals %YAML 1.2) moet een regel met --- komen; voeg die toe, of haal de %-regel weg",
		EN: "a line that starts with % (such as %YAML 1.2) must be followed by a line with ---; add it, or remove the % line"}
	tipVersion = i18n.Text{
		NL: "deze YAML-versie kan de quiz niet lezen; haal de %YAML-regel weg (versie 1.1 en 1.2 zijn goed)",
		EN: "the quiz cannot read this YAML version; remove the %YAML line (versions 1.1 and 1.2 are fine)"}
	tipStrayBracket = i18n.Text{
		NL: "deze %s sluit niets: alles ervoor is al gesloten; haal hem weg, of zet het openingsteken waar de lijst of het blok begint",
		EN: "this %s closes nothing: everything before it is closed already; remove it, or put the opening bracket where the list or block starts"}
	tipDuplicateVersion = i18n.Text{
		NL: "%YAML staat meer dan eens bovenaan; laat er één staan",
		EN: "%YAML appears more than once at the top; keep one"}
)
