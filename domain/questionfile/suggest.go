package questionfile

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// maxSuggestDistance is how many edits a misspelt name may be away from an
// allowed one for the loader to suggest it.
const maxSuggestDistance = 2

// dutchNames maps field names that Dutch trainers are likely to write to
// the (English) names the format uses, so that "tekst" suggests "text".
var dutchNames = map[string]string{
	"taal": "language", "titel": "title", "inleiding": "intro", "intro": "intro",
	"typen": "types", "types": "types", "vragen": "questions", "vraag": "questions",
	"naam": "name", "kern": "essence", "essentie": "essence",
	"sterktes": "strengths", "krachten": "strengths", "sterke punten": "strengths",
	"valkuilen": "pitfalls", "tips": "pointers", "ontwikkelpunten": "pointers",
	"tekst": "text", "antwoord": "text", "opties": "options", "antwoorden": "options",
	"keuzes": "options", "situatie": "scenario", "casus": "scenario",
	"punten": "scores", "gewichten": "scores", "score": "scores",
}

// suggest returns the allowed name that got is most likely meant to be, or
// "" when none is close. Exact matches are not suggestions.
func suggest(got string, allowed []string) string {
	low := strings.ToLower(strings.TrimSpace(got))
	if want, ok := dutchNames[low]; ok && slices.Contains(allowed, want) && want != got {
		return want
	}
	best, bestD := "", maxSuggestDistance+1
	for _, a := range allowed {
		if a == got {
			return ""
		}
		// Very short names are too easily "close" to anything.
		if d := distance(low, a); d < bestD && d < utf8.RuneCountInString(a) {
			best, bestD = a, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in runes. Names
// are short, so the simple two-row version is plenty.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		// Nothing that long is a misspelt field name.
		return maxSuggestDistance + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
