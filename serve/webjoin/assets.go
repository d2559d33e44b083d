package webjoin

import (
	"bytes"
	"fmt"
	"html/template"
	"image/color"
	texttemplate "text/template"

	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/profile"
)

// parsePages reads the embedded page templates. html/template escapes
// every text for its place (element, attribute, URL), names and question
// files included.
func parsePages() (*template.Template, error) {
	return template.New("pages").ParseFS(webFS, "web/*.html")
}

// colours are the palette's colours for one background, as CSS values.
type colours struct {
	Background, Text, Muted, Accent, Error, Track string
	Types, TypeText                               [profile.Count]string
}

func cssColours(p theme.Palette) colours {
	c := colours{Background: hexOf(p.Background), Text: hexOf(p.Text), Muted: hexOf(p.Muted),
		Accent: hexOf(p.Accent), Error: hexOf(p.Error), Track: hexOf(p.Track)}
	for _, t := range profile.Types {
		c.Types[t] = hexOf(p.Types[t])
		c.TypeText[t] = hexOf(p.TypeText[t])
	}
	return c
}

func hexOf(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// styleSheet fills the embedded stylesheet with the terminal palette's
// colours (draw/theme: the types in red, green and blue with their
// lightness apart, checked for contrast on light and dark backgrounds),
// light by default and dark under prefers-color-scheme.
func styleSheet() ([]byte, error) {
	src, err := webFS.ReadFile("web/style.css")
	if err != nil {
		return nil, err
	}
	t, err := texttemplate.New("css").Delims("[[", "]]").Parse(string(src))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, map[string]colours{
		"Light": cssColours(theme.LightPalette()),
		"Dark":  cssColours(theme.DarkPalette()),
	})
	return buf.Bytes(), err
}
