// Package qr draws a QR code for the terminal: the room's join URL as
// lines of half blocks that a phone camera can read off a projector.
//
// The modules are drawn dark on a light field with explicit colours
// (black on white), never with the terminal's own foreground and
// background: drawn with those, the code comes out inverted on a light
// theme, and many phone readers do not scan an inverted code (docs/live.md).
package qr

import (
	"errors"
	"strings"

	"charm.land/lipgloss/v2"
	rscqr "rsc.io/qr"
)

// Quiet is the light margin around the code, in modules. The standard asks
// for 4; 2 is what phone readers need in practice (checked with zbarimg in
// the tests) and keeps a 29×29 code at 33×17 cells, which fits an 80×24
// projector screen next to the join lines.
const Quiet = 2

// MaxURL is the longest text Lines encodes, in bytes: a join URL is about
// 30 bytes; anything far longer is a mistake, and would give a code too big
// to read off a projector.
const MaxURL = 256

// ErrTooLong is returned for a URL over MaxURL bytes.
var ErrTooLong = errors.New("qr: url too long for a code on a projector")

// style paints the code: black modules on a white field, whatever the
// terminal's theme. Lip Gloss downsamples the colours to what the terminal
// has (ANSI black and bright white on a 16-colour terminal).
var style = lipgloss.NewStyle().
	Foreground(lipgloss.Color("#000000")).
	Background(lipgloss.Color("#ffffff"))

// Lines draws url as a QR code (error correction level M, 15 % of the code
// may be damaged or covered) with a Quiet margin: one line per two rows of
// modules, one cell per module, so the code is square on a terminal whose
// cells are about twice as high as wide. A code of n modules gives n+2·Quiet
// cells wide and (n+2·Quiet+1)/2 lines (33 cells by 17 lines for a URL like
// http://192.168.1.23:8080/j/7K3Q). Every line is styled black on white and
// has the same width. It fails for an empty URL, one over MaxURL bytes, or
// one the encoder refuses.
func Lines(url string) ([]string, error) {
	rows, err := Modules(url)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, (len(rows)+1)/2)
	for y := 0; y < len(rows); y += 2 {
		var b strings.Builder
		for x := range rows[y] {
			top := rows[y][x]
			bottom := y+1 < len(rows) && rows[y+1][x]
			b.WriteRune(halfBlock(top, bottom))
		}
		out = append(out, style.Render(b.String()))
	}
	return out, nil
}

// halfBlock is the character that shows a dark top and/or bottom module in
// the foreground colour on the light background.
func halfBlock(top, bottom bool) rune {
	switch {
	case top && bottom:
		return '█'
	case top:
		return '▀'
	case bottom:
		return '▄'
	}
	return ' '
}

// Modules is the code as a square matrix of modules (true is dark),
// including the Quiet margin, for drawing it elsewhere (a PNG in a test, a
// web page). Errors as for Lines.
func Modules(url string) ([][]bool, error) {
	if url == "" {
		return nil, errors.New("qr: empty url")
	}
	if len(url) > MaxURL {
		return nil, ErrTooLong
	}
	c, err := rscqr.Encode(url, rscqr.M)
	if err != nil {
		return nil, err
	}
	n := c.Size + 2*Quiet
	rows := make([][]bool, n)
	for y := range rows {
		rows[y] = make([]bool, n)
		for x := range rows[y] {
			rows[y][x] = c.Black(x-Quiet, y-Quiet)
		}
	}
	return rows, nil
}
