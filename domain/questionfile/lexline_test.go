package questionfile

import (
	"strings"
	"testing"
)

// TestLexLine checks the tokens that syntax messages are placed on: quoted
// texts are whole, # starts a comment only after a space, and brackets
// and commas end a plain text only inside brackets.
func TestLexLine(t *testing.T) {
	for _, tt := range []struct {
		line  string
		depth int
		want  string // each token as kind=text, separated by " | "
	}{
		{`  - text: "a [b" en meer # c`, 0, `-=- | p=text | :=: | q="a [b" | p=en meer | #=# c`},
		{`options: [ [ a, b, c ]`, 0, `p=options | :=: | [=[ | [=[ | p=a | ,=, | p=b | ,=, | p=c | ]=]`},
		{`text: it's [1], #1 en #2`, 0, `p=text | :=: | p=it's [1], | #=#1 en #2`},
		{`{a: 'it''s', b: "x\"y"}`, 0, `{={ | p=a | :=: | q='it''s' | ,=, | p=b | :=: | q="x\"y" | }=}`},
		{`  , c: 2}`, 1, `,=, | p=c | :=: | p=2 | }=}`},
		{`a: &x *y !t 'open`, 0, `p=a | :=: | &=&x | &=*y | &=!t | q='open`},
		{`url: http://x.nl/a#b`, 0, `p=url | :=: | p=http://x.nl/a#b`},
	} {
		var got []string
		for _, tok := range lexLine([]byte(tt.line), tt.depth) {
			got = append(got, string(tok.kind)+"="+tt.line[tok.start:tok.end])
		}
		if g := strings.Join(got, " | "); g != tt.want {
			t.Errorf("lexLine(%q, %d):\n got %s\nwant %s", tt.line, tt.depth, g, tt.want)
		}
	}
}
