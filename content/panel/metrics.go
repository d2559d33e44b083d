package main

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lix is Björnsson's readability index: words per sentence plus the
// percentage of long words (more than six letters). Dutch at B1 stays at or
// under 40. A sentence ends at ., !, ? or : followed by white space or the
// end of the text (so 150.000 and 12:30 do not end one); a text without
// such a mark is one sentence. A word is a run of letters, digits, hyphens
// and apostrophes that holds at least one letter; its length counts letters
// only. An empty text scores 0.
func lix(text string) float64 {
	words := wordsOf(text)
	if len(words) == 0 {
		return 0
	}
	long := 0
	for _, w := range words {
		if letters(w) > 6 {
			long++
		}
	}
	return float64(len(words))/float64(sentences(text)) + 100*float64(long)/float64(len(words))
}

// sentences counts sentence ends in text, at least 1.
func sentences(text string) int {
	n := 0
	rs := []rune(strings.TrimSpace(text))
	for i, r := range rs {
		if r != '.' && r != '!' && r != '?' && r != ':' {
			continue
		}
		// Only the mark before white space counts, so "?!" and "..."
		// end one sentence.
		if i+1 == len(rs) || unicode.IsSpace(rs[i+1]) {
			n++
		}
	}
	return max(n, 1)
}

// wordsOf splits text into words (see lix).
func wordsOf(text string) []string {
	var words []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’')
	}) {
		f = strings.Trim(f, "-'’")
		if letters(f) > 0 {
			words = append(words, f)
		}
	}
	return words
}

// letters counts the letters in w.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// runeLen is a text's length in characters after cleaning, which is what
// a reader sees.
func runeLen(s string) int { return utf8.RuneCountInString(clean(s)) }

// lengthRatio is the longest option's length over the shortest one's, in
// characters; 1 for a question without options.
func lengthRatio(q question) float64 {
	lo, hi := 0, 0
	for i, o := range q.Options {
		n := runeLen(o.Text)
		if i == 0 || n < lo {
			lo = n
		}
		hi = max(hi, n)
	}
	if lo == 0 {
		return 1
	}
	return float64(hi) / float64(lo)
}

// giveaway is a content word that appears in options of one type only.
type giveaway struct {
	Word    string
	Type    string
	Options int // how many options of that type hold it
}

// giveaways returns the content words (lower-cased, stop-words and words of
// one or two letters removed) that appear in at least min options of one
// type and in no option of another type, sorted by type, then count
// (descending), then word. A word counts once per option.
func giveaways(s *set, lang string, min int) []giveaway {
	stop := stopwords[lang]
	if stop == nil {
		stop = stopwords["nl"]
	}
	count := map[string]map[string]int{} // word → type → options
	for _, q := range s.Questions {
		for _, o := range q.Options {
			t, _ := o.key()
			seen := map[string]bool{}
			for _, w := range wordsOf(clean(o.Text)) {
				w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
				if seen[w] || stop[w] || letters(w) < 3 {
					continue
				}
				seen[w] = true
				if count[w] == nil {
					count[w] = map[string]int{}
				}
				count[w][t]++
			}
		}
	}
	var out []giveaway
	for w, byType := range count {
		if len(byType) != 1 {
			continue
		}
		for t, n := range byType {
			if n >= min {
				out = append(out, giveaway{w, t, n})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.Options != b.Options {
			return a.Options > b.Options
		}
		return a.Word < b.Word
	})
	return out
}

// stopwords are function words per language: articles, pronouns,
// prepositions, conjunctions, auxiliaries and the "you ... " frame that
// every option shares. Quantifiers and adverbs that can carry a type
// (iedereen, elk, samen, snel, meteen; everyone, every, together, quickly)
// are deliberately NOT stop-words: they are what a give-away check is for.
var stopwords = map[string]map[string]bool{
	"nl": set_(`de het een en of maar dat die dit deze je jij jou jouw jullie
		hij hem zijn zij ze haar hun hen wij we ons onze ik mij mijn men er
		van in op aan met voor naar om bij uit over tot door tegen zonder
		onder tussen na als dan ook nog al wel niet geen te zo dus want
		omdat zodat waar wat wie hoe welk welke wordt worden werd is was
		zijn ben bent heeft hebben had heb kan kun kunt kunnen moet moeten
		mag mogen wil wilt willen zal zult zullen zou zouden doe doet doen
		laat laten
		hier daar toe mee af eerst even nu zelf eigen iets`),
	"en": set_(`the a an and or but that this these those you your yours he
		him his she her they them their we us our it its of in on at with
		for to from by about into over under between after before as than
		also still not no so because while where what who how which is are
		was were be been being has have had can could must may might will
		would shall should do does did let lets there here then up out
		off first just now own yourself themselves something any`),
}

func set_(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
