package textmode

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// Width is the line length of the plain-text output: readable in a
// terminal, a pager, a screen reader's review mode and on paper.
const Width = layout.ReadableWidth

var textPlainTitle = i18n.Text{
	NL: "De ideale ambtenaar — casusbespreking",
	EN: "The ideal civil servant — scenario discussion",
}

// WriteCases writes the cases as plain text, without colour or escape
// codes: for output that is not a terminal, TERM=dumb and screen readers.
// Each scenario is followed by the responses of the three types, labelled
// by type. only is the index of a single case to write, or -1 for all.
func WriteCases(w io.Writer, b *quiz.Bank, l i18n.Lang, only int) error {
	bw := bufio.NewWriter(w)
	title := textPlainTitle.In(l)
	fmt.Fprintf(bw, "%s\n%s\n", title, strings.Repeat("=", ansi.StringWidth(title)))
	for i, q := range b.Questions {
		if only >= 0 && i != only {
			continue
		}
		head := words.CaseCounter.F(l, i+1, len(b.Questions))
		for _, s := range []string{q.ID, layout.OneLine(q.Context)} {
			if s != "" {
				head += " · " + s
			}
		}
		head = layout.WrapText(head, Width)
		rule := 0
		for _, l := range strings.Split(head, "\n") {
			rule = max(rule, ansi.StringWidth(l))
		}
		fmt.Fprintf(bw, "\n%s\n%s\n", head, strings.Repeat("-", rule))
		for _, p := range layout.Paragraphs(q.Scenario) {
			fmt.Fprintf(bw, "\n%s\n", layout.WrapText(p, Width))
		}
		resp := quiz.Responses(q)
		for _, t := range profile.Types {
			fmt.Fprintf(bw, "\n%s:\n", words.Names(b.Types, l)[t])
			texts := resp[t]
			if len(texts) == 0 {
				texts = []string{words.NoResponse.In(l)}
			}
			for _, s := range texts {
				for _, p := range layout.Paragraphs(s) {
					fmt.Fprintf(bw, "%s\n", layout.Indent(layout.WrapLines(p, Width-2), 2))
				}
			}
		}
	}
	return bw.Flush()
}
