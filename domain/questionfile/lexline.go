package questionfile

// token is one piece of a YAML line as lexLine sees it: [start, end) are
// byte offsets in the line.
type token struct {
	start, end int
	// kind is tokQuoted, tokPlain, tokComment, tokProperty, or the
	// indicator itself: one of , [ ] { } - ? :
	kind byte
	// open is set on a quoted text that the line does not close.
	open bool
}

const (
	tokQuoted   = 'q'
	tokPlain    = 'p'
	tokComment  = '#'
	tokProperty = '&' // an anchor, alias or tag
)

// lexLine splits one line into YAML tokens, well enough to find where a
// person should put the cursor: quoted texts are whole tokens, so that a
// bracket or # inside quotes is not mistaken for syntax, and plain texts
// end where YAML ends them. depth is how many flow collections ([…] or
// {…}) are open at the start of the line; inside one, , [ ] { } end a
// plain text. The line is assumed not to start inside a quoted text.
// lexLine is not a YAML scanner: it never fails and knows nothing of
// block texts (| and >) or of what came before the line.
func lexLine(line []byte, depth int) []token {
	var toks []token
	i := 0
	space := func(j int) bool { return j >= len(line) || line[j] == ' ' || line[j] == '\t' }
	flowChar := func(c byte) bool { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' }
	for i < len(line) {
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case c == '#' && (i == 0 || space(i-1)):
			toks = append(toks, token{i, len(line), tokComment, false})
			return toks
		case flowChar(c) && (depth > 0 || c == '[' || c == '{'):
			switch c {
			case '[', '{':
				depth++
			case ']', '}':
				depth = max(depth-1, 0)
			}
			toks = append(toks, token{i, i + 1, c, false})
			i++
			continue
		case (c == '-' || c == '?' || c == ':') && (space(i+1) || depth > 0 && i+1 < len(line) && flowChar(line[i+1])):
			toks = append(toks, token{i, i + 1, c, false})
			i++
			continue
		case c == '"' || c == '\'':
			end, closed := quotedEnd(line, i)
			toks = append(toks, token{i, end, tokQuoted, !closed})
			i = end
			continue
		case c == '&' || c == '*' || c == '!':
			j := i + 1
			for j < len(line) && !space(j) && !(depth > 0 && flowChar(line[j])) {
				j++
			}
			toks = append(toks, token{i, j, tokProperty, false})
			i = j
			continue
		}
		// A plain text: up to ": ", " #", or in a flow collection up to
		// one of , [ ] { }. Its trailing spaces are not part of it.
		j, end := i, i
		for j < len(line) {
			d := line[j]
			if d == ':' && (space(j+1) || depth > 0 && j+1 < len(line) && flowChar(line[j+1])) ||
				d == '#' && space(j-1) ||
				depth > 0 && flowChar(d) {
				break
			}
			j++
			if d != ' ' && d != '\t' {
				end = j
			}
		}
		toks = append(toks, token{i, end, tokPlain, false})
		i = j
	}
	return toks
}

// quotedEnd returns the offset just past the quoted text that starts at
// line[start], and whether the line closes it. In single quotes ” is a
// quote; in double quotes a backslash escapes the next character.
func quotedEnd(line []byte, start int) (int, bool) {
	q := line[start]
	for j := start + 1; j < len(line); j++ {
		switch {
		case q == '"' && line[j] == '\\':
			j++
		case line[j] == q && q == '\'' && j+1 < len(line) && line[j+1] == '\'':
			j++
		case line[j] == q:
			return j + 1, true
		}
	}
	return len(line), false
}
