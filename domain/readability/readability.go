// Package readability measures how easy a text is to read and whether
// the wording of a question set gives its key away: LIX (Björnsson's
// läsbarhetsindex, the measure Dutch government writers use for B1), the
// length ratio of a scenario's options, and the words that appear only in
// options of one ideal type. check warns with it, and the content panel
// (tools/panel) reports it for the shipped sets.
package readability

import (
	"sort"
	"strings"
	"unicode"
)

// MaxLIX is the highest LIX of a B1 text: at or under 40 is easy to read
// (Björnsson 1968; the Dutch "Direct Duidelijk" guidance uses the same
// bound for B1).
const MaxLIX = 40

// MaxLengthRatio is how much longer than its shortest sibling an option
// may be before the length itself points to the "careful" answer.
const MaxLengthRatio = 1.25

// MinWords is the fewest words for which LIX says something: on a text of
// two or three words one long word decides the score.
const MinWords = 8

// MinLengthGap is the smallest difference, in characters, that counts as
// one option being longer than another: "Een" and "Twee" differ by a third
// but not in a way a reader notices.
const MinLengthGap = 10

// Words counts the words of text (as LIX counts them).
func Words(text string) int { return len(wordsOf(text)) }

// GiveAwayMin is how many options of one type must share a word (that no
// other type uses) before it gives the type away.
const GiveAwayMin = 3

// LIX is Björnsson's readability index: words per sentence plus the
// percentage of long words (more than six letters). Dutch at B1 stays at or
// under 40. A sentence ends at ., !, ? or : followed by white space or the
// end of the text (so 150.000 and 12:30 do not end one), except the point
// of a common Dutch or English abbreviation ("bijv.", "d.w.z.", "e.g.",
// see abbreviations) or of an initial ("J. de Vries"); a text without such
// a mark is one sentence. A word is a run of letters, digits, hyphens
// and apostrophes that holds at least one letter; its length counts letters
// only. An empty text scores 0.
func LIX(text string) float64 {
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
		if i+1 == len(rs) {
			n++
		} else if unicode.IsSpace(rs[i+1]) && (r != '.' || !abbreviated(rs[:i]) || closes(rs[:i], rs[i+1:])) {
			n++
		}
	}
	return max(n, 1)
}

// abbreviations are the common Dutch and English abbreviations written
// with a point, lower case, without their last point. A point after one
// of them does not end a sentence. Words that are also ordinary words
// ("no", "min") are left out: their point may well end a sentence.
var abbreviations = map[string]bool{
	// Dutch (Woordenlijst, Taaladvies).
	"a.s": true, "afd": true, "art": true, "blz": true, "bijv": true, "bv": true,
	"b.v": true, "c.q": true, "ca": true, "d.w.z": true, "dhr": true, "dr": true,
	"drs": true, "e.a": true, "e.d": true, "enz": true, "etc": true, "evt": true,
	"excl": true, "gem": true, "i.c": true, "i.o.m": true, "i.p.v": true,
	"i.v.m": true, "incl": true, "ing": true, "ir": true, "jl": true, "jr": true,
	"m.b.t": true, "m.i": true, "m.n": true, "mevr": true, "mln": true, "mld": true,
	"mr": true, "mw": true, "n.a.v": true, "nl": true, "nr": true, "o.a": true,
	"o.b.v": true, "o.i.d": true, "ong": true, "prof": true, "resp": true,
	"t.a.v": true, "t.b.v": true, "t.o.v": true, "t.z.t": true, "t/m": true,
	"tel": true, "vgl": true, "vlg": true, "vs": true, "z.g.a.n": true,
	"z.s.m": true, "zgn": true,
	// English.
	"a.m": true, "approx": true, "cf": true, "dept": true, "e.g": true,
	"est": true, "i.e": true, "mrs": true, "ms": true, "p.m": true, "sr": true,
	"st": true, "u.k": true, "u.s": true, "viz": true,
}

// closingAbbreviations often close a sentence ("appels, peren enz."):
// their point ends one when the next word starts with a capital.
var closingAbbreviations = map[string]bool{"enz": true, "etc": true, "e.d": true, "e.a": true, "o.i.d": true}

// closes reports whether the point between before and after ends a
// sentence although it follows an abbreviation: a closing one, followed by
// a word with a capital.
func closes(before, after []rune) bool {
	start := len(before)
	for start > 0 && !unicode.IsSpace(before[start-1]) {
		start--
	}
	if !closingAbbreviations[strings.ToLower(string(before[start:]))] {
		return false
	}
	for _, r := range after {
		if !unicode.IsSpace(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// abbreviated reports whether the text before a point ends in an
// abbreviation or an initial (one letter): the run of non-space runes
// before the point, after an opening bracket or quote.
func abbreviated(before []rune) bool {
	start := len(before)
	for start > 0 && !unicode.IsSpace(before[start-1]) {
		start--
	}
	word := strings.TrimLeft(string(before[start:]), "(\"'‘“")
	if n := []rune(word); len(n) == 1 && unicode.IsLetter(n[0]) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}

// wordsOf splits text into words (see LIX).
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

// LengthRatio is the longest over the shortest of the lengths (in
// characters); 1 for fewer than two or for an empty one.
func LengthRatio(lengths []int) float64 {
	lo, hi := 0, 0
	for i, n := range lengths {
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

// Option is one option's text with its type's key, for GiveAways.
type Option struct {
	Type string
	Text string
}

// GiveAway is a content word that appears in options of one type only.
type GiveAway struct {
	Word    string
	Type    string
	Options int // how many options of that type hold it
}

// GiveAways returns the content words (lower-cased, stop-words and words of
// one or two letters removed) that appear in at least min options of one
// type and in no option of another type, sorted by type, then count
// (descending), then word. A word counts once per option.
func GiveAways(opts []Option, lang string, min int) []GiveAway {
	stop := stopwords[lang]
	if stop == nil {
		stop = stopwords["nl"]
	}
	count := map[string]map[string]int{} // word → type → options
	for _, o := range opts {
		seen := map[string]bool{}
		for _, w := range wordsOf(o.Text) {
			w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
			if seen[w] || stop[w] || letters(w) < 3 {
				continue
			}
			seen[w] = true
			if count[w] == nil {
				count[w] = map[string]int{}
			}
			count[w][o.Type]++
		}
	}
	var out []GiveAway
	for w, byType := range count {
		if len(byType) != 1 {
			continue
		}
		for t, n := range byType {
			if n >= min {
				out = append(out, GiveAway{w, t, n})
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
	"nl": wordSet(`de het een en of maar dat die dit deze je jij jou jouw jullie
		hij hem zijn zij ze haar hun hen wij we ons onze ik mij mijn men er
		van in op aan met voor naar om bij uit over tot door tegen zonder
		onder tussen na als dan ook nog al wel niet geen te zo dus want
		omdat zodat waar wat wie hoe welk welke wordt worden werd is was
		zijn ben bent heeft hebben had heb kan kun kunt kunnen moet moeten
		mag mogen wil wilt willen zal zult zullen zou zouden doe doet doen
		laat laten
		hier daar toe mee af eerst even nu zelf eigen iets`),
	"en": wordSet(`the a an and or but that this these those you your yours he
		him his she her they them their we us our it its of in on at with
		for to from by about into over under between after before as than
		also still not no so because while where what who how which is are
		was were be been being has have had can could must may might will
		would shall should do does did let lets there here then up out
		off first just now own yourself themselves something any`),
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
