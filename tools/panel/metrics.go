package main

import (
	"unicode/utf8"

	"ideale-ambtenaar/domain/readability"
)

// The measures themselves live in domain/readability, which check uses
// too; these adapt them to the panel's own reading of the files.

func lix(text string) float64 { return readability.LIX(text) }

// runeLen is a text's length in characters after cleaning, which is what
// a reader sees.
func runeLen(s string) int { return utf8.RuneCountInString(clean(s)) }

// lengthRatio is the longest option's length over the shortest one's, in
// characters; 1 for a question without options.
func lengthRatio(q question) float64 {
	lengths := make([]int, len(q.Options))
	for i, o := range q.Options {
		lengths[i] = runeLen(o.Text)
	}
	return readability.LengthRatio(lengths)
}

// giveaways lists the words of s that give a type away (readability.GiveAways).
func giveaways(s *set, lang string, min int) []readability.GiveAway {
	var opts []readability.Option
	for _, q := range s.Questions {
		for _, o := range q.Options {
			t, _ := o.key()
			opts = append(opts, readability.Option{Type: t, Text: clean(o.Text)})
		}
	}
	return readability.GiveAways(opts, lang, min)
}
