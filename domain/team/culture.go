package team

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/safetext"
)

// CultureParticipant is what the team view keeps of one culture result:
// the embedded Participant (number, name, file, time, set) with Mix the
// culture as it is now, and Desired the culture as it is desired. Both
// are recomputed from the saved points, as results.Result.CultureResult
// does.
type CultureParticipant struct {
	Participant
	Desired profile.Mix
	// Dimensions are the points given per dimension, in the culture
	// file's order (SummarizeDimensions).
	Dimensions []CultureAnswer
}

// Now is the mix of the culture as it is now (the embedded Mix).
func (p CultureParticipant) Now() profile.Mix { return p.Mix }

// Result compares the participant's two mixes, per type desired − now.
func (p CultureParticipant) Result() culture.Result {
	return culture.Compare(p.Mix.Points, p.Desired.Points)
}

// Kind says what the collection holds: results.KindCulture when it holds
// culture results and no quiz results, else results.KindQuiz (also when
// it is empty). A collection of both kinds is refused by Check.
func (c *Collection) Kind() string {
	if len(c.Cultures) > 0 && len(c.Participants) == 0 {
		return results.KindCulture
	}
	return results.KindQuiz
}

// IsCulture reports whether the collection holds culture results and no
// quiz results: Kind() == results.KindCulture.
func (c *Collection) IsCulture() bool { return c.Kind() == results.KindCulture }

// Len is the number of results read, of either kind.
func (c *Collection) Len() int { return len(c.Participants) + len(c.Cultures) }

// CultureMixes returns the participants' mixes now and desired, in their
// order, for SummarizeCulture.
func (c *Collection) CultureMixes() (now, desired []profile.Mix) {
	now = make([]profile.Mix, len(c.Cultures))
	desired = make([]profile.Mix, len(c.Cultures))
	for i, p := range c.Cultures {
		now[i], desired[i] = p.Mix, p.Desired
	}
	return now, desired
}

// PassSummary is the group's picture of one pass (now or desired).
type PassSummary struct {
	// Average is the mean of the participants' percentages per type,
	// rounded as Summary.Average is.
	Average profile.Mix
	// Min and Max are the lowest and highest percentage per type.
	Min, Max [profile.Count]int
}

// CultureSummary is a group's picture of its culture surveys: the average
// culture now and desired with their spread, and the shifts the group
// shares.
type CultureSummary struct {
	// Count is the number of participants.
	Count        int
	Now, Desired PassSummary
	// Shift is, per type, Desired.Average − Now.Average in percentage
	// points: the mean of the participants' own differences, rounded so
	// that the shown averages and the shift agree (the shifts add up to
	// 0). Positive means the group wants more of the type.
	Shift [profile.Count]int
	// More and Less count, per type, the participants whose own desired
	// share is higher (More) or lower (Less) than their share now; the
	// rest want it as it is.
	More, Less [profile.Count]int
	// Dimensions is the picture per dimension (SummarizeDimensions);
	// nil when the summary was made from the mixes alone.
	Dimensions []DimensionSummary
}

// SummarizeCulture computes the group's picture from the participants'
// mixes now and desired, paired by index (Collection.CultureMixes, or
// the participants of a live room). When the lists differ in length only
// the pairs are used. An empty group gives a zero CultureSummary.
func SummarizeCulture(now, desired []profile.Mix) CultureSummary {
	n := min(len(now), len(desired))
	s := CultureSummary{Count: n}
	if n == 0 {
		return s
	}
	now, desired = now[:n], desired[:n]
	a, b := Summarize(now), Summarize(desired)
	s.Now = PassSummary{Average: a.Average, Min: a.Min, Max: a.Max}
	s.Desired = PassSummary{Average: b.Average, Min: b.Min, Max: b.Max}
	for _, t := range profile.Types {
		s.Shift[t] = s.Desired.Average.Percent[t] - s.Now.Average.Percent[t]
		for i := range now {
			switch d := desired[i].Percent[t] - now[i].Percent[t]; {
			case d > 0:
				s.More[t]++
			case d < 0:
				s.Less[t]++
			}
		}
	}
	return s
}

// Notable reports whether the group's shift for t is at least
// culture.Threshold percentage points, either way: it stands out.
func (s CultureSummary) Notable(t profile.Type) bool {
	return s.Shift[t] >= culture.Threshold || s.Shift[t] <= -culture.Threshold
}

// NotableTypes lists the types whose shift is Notable, the largest shift
// first (equal shifts in the fixed type order).
func (s CultureSummary) NotableTypes() []profile.Type {
	var out []profile.Type
	for _, t := range profile.Types {
		if s.Notable(t) {
			out = append(out, t)
		}
	}
	abs := func(d int) int { return max(d, -d) }
	for i := 1; i < len(out); i++ { // at most three: insertion sort, stable
		for j := i; j > 0 && abs(s.Shift[out[j]]) > abs(s.Shift[out[j-1]]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Shared is the number of participants whose own difference for t goes
// the way of the group's shift: More[t] for a rise, Less[t] for a fall, 0
// when the group does not shift.
func (s CultureSummary) Shared(t profile.Type) int {
	switch {
	case s.Shift[t] > 0:
		return s.More[t]
	case s.Shift[t] < 0:
		return s.Less[t]
	}
	return 0
}

// MixedKindsError refuses quiz results and culture surveys shown
// together: one is a person's own mix, the other an organisation's
// culture, and no average of the two means anything. There is no
// override.
type MixedKindsError struct {
	// Quiz and Culture count the results of each kind.
	Quiz, Culture int
	// Files are the (base) names of the files of the smaller kind, at
	// most maxNamedFiles, raw: Message makes them safe.
	Files []string
	// FilesKind is the kind of Files: results.KindQuiz or KindCulture.
	FilesKind string
}

// maxNamedFiles is how many files of the smaller kind a MixedKindsError
// names: enough to find a stray file, short enough to read.
const maxNamedFiles = 5

var (
	txtMixedKinds = i18n.Text{
		NL: "Hier staan %s en %s door elkaar.\nEen quizresultaat is de mix van één persoon, een cultuurmeting die van een\norganisatie (nu en gewenst): die worden nooit samen getoond.\nZet ze in aparte mappen en geef één map, of geef alleen de bestanden van één soort.",
		EN: "These are %s and %s mixed together.\nA quiz result is one person's mix, a culture survey an organisation's (now and\ndesired): they are never shown together.\nPut them in separate folders and give one folder, or give only the files of one kind."}
	txtQuizN     = i18n.Text{NL: "%d quizresultaten", EN: "%d quiz results"}
	txtQuiz1     = i18n.Text{NL: "1 quizresultaat", EN: "1 quiz result"}
	txtCultureN  = i18n.Text{NL: "%d cultuurmetingen", EN: "%d culture surveys"}
	txtCulture1  = i18n.Text{NL: "1 cultuurmeting", EN: "1 culture survey"}
	txtQuizFiles = i18n.Text{NL: "De quizresultaten:", EN: "The quiz results:"}
	txtCultFiles = i18n.Text{NL: "De cultuurmetingen:", EN: "The culture surveys:"}
	txtAndMore   = i18n.Text{NL: "  … en nog %d", EN: "  … and %d more"}
)

func (e *MixedKindsError) Error() string { return e.Message(i18n.EN) }

// Message counts both kinds, says why they do not mix and what to do, and
// names the files of the smaller kind (safely quoted), so a stray file is
// found.
func (e *MixedKindsError) Message(l i18n.Lang) string {
	quiz, cult := txtQuizN.F(l, e.Quiz), txtCultureN.F(l, e.Culture)
	if e.Quiz == 1 {
		quiz = txtQuiz1.In(l)
	}
	if e.Culture == 1 {
		cult = txtCulture1.In(l)
	}
	var b strings.Builder
	b.WriteString(txtMixedKinds.F(l, quiz, cult))
	if len(e.Files) > 0 {
		head, total := txtQuizFiles, e.Quiz
		if e.FilesKind == results.KindCulture {
			head, total = txtCultFiles, e.Culture
		}
		b.WriteString("\n" + head.In(l))
		for _, f := range e.Files {
			b.WriteString("\n  " + safetext.Path(f))
		}
		if more := total - len(e.Files); more > 0 {
			b.WriteString("\n" + txtAndMore.F(l, more))
		}
	}
	return b.String()
}

// checkKinds refuses a collection of both kinds with a *MixedKindsError
// that names the files of the smaller kind (culture on a tie: a stray
// culture survey in a workshop folder is the likely mistake).
func (c *Collection) checkKinds() error {
	if len(c.Participants) == 0 || len(c.Cultures) == 0 {
		return nil
	}
	e := &MixedKindsError{Quiz: len(c.Participants), Culture: len(c.Cultures), FilesKind: results.KindCulture}
	files := make([]string, 0, maxNamedFiles)
	if len(c.Participants) < len(c.Cultures) {
		e.FilesKind = results.KindQuiz
		for _, p := range c.Participants[:min(len(c.Participants), maxNamedFiles)] {
			files = append(files, filepath.Base(p.File))
		}
	} else {
		for _, p := range c.Cultures[:min(len(c.Cultures), maxNamedFiles)] {
			files = append(files, filepath.Base(p.File))
		}
	}
	e.Files = files
	return e
}

// cultureKindReason is what results.LoadSummary says of a culture result
// (in English): the sign that the file is worth reading as one. It is
// taken from the results package itself rather than copied, so the two
// cannot drift apart. It is worked out on first use: at start-up it cost
// every run of the program a JSON decode (0.65 ms).
var cultureKindReason = sync.OnceValue(func() string {
	doc := fmt.Sprintf(`{"format":%q,"version":%d,"kind":%q}`, results.FormatName, results.Version, results.KindCulture)
	_, err := results.DecodeSummary(strings.NewReader(doc))
	return results.Reason(err, i18n.EN)
})

// isCultureKind reports whether err is LoadSummary refusing a culture
// result for its kind (and nothing else).
func isCultureKind(err error) bool {
	return cultureKindReason() != "" && results.KindOf(err) == results.KindForeign &&
		results.Reason(err, i18n.EN) == cultureKindReason()
}
