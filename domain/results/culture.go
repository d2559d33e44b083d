package results

import (
	"io"
	"path/filepath"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// The kinds of result (the "kind" field, from format version 2).
const (
	// KindQuiz is a person's own mix from the quiz; version 1 files,
	// which have no kind, are quiz results too.
	KindQuiz = "quiz"
	// KindCulture is a culture survey: an organisation's mix now and as
	// desired.
	KindCulture = "culture"
)

// CultureData is what a culture result keeps: per dimension the points
// given in both passes, and per pass the sums and the percentages shown.
type CultureData struct {
	Dimensions []CultureAnswer `json:"dimensions"`
	Now        CultureMix      `json:"now"`
	Desired    CultureMix      `json:"desired"`
}

// CultureAnswer is the points one dimension got, now and desired.
type CultureAnswer struct {
	Dimension string      `json:"dimension"`
	Now       TypeNumbers `json:"now"`
	Desired   TypeNumbers `json:"desired"`
}

// CultureMix is one pass's mix: summed points and whole percentages.
type CultureMix struct {
	Points  TypeNumbers `json:"points"`
	Percent TypeNumbers `json:"percent"`
}

// NewCultureResult records a finished survey as a result taken at now;
// name is optional, as for NewResult. The top-level points and percent of
// a quiz result stay zero: a culture result has two mixes, both in
// Culture.
func NewCultureResult(s *culture.Survey, name string, now time.Time) Result {
	set := s.Set()
	r := s.Result()
	nowA, desA := s.Allocations(culture.Now), s.Allocations(culture.Desired)
	data := &CultureData{
		Dimensions: make([]CultureAnswer, len(set.Dimensions)),
		Now:        CultureMix{FromArray(r.Now.Points), FromArray(r.Now.Percent)},
		Desired:    CultureMix{FromArray(r.Desired.Points), FromArray(r.Desired.Percent)},
	}
	for i, d := range set.Dimensions {
		data.Dimensions[i] = CultureAnswer{Dimension: d.ID, Now: FromArray(nowA[i]), Desired: FromArray(desA[i])}
	}
	return Result{
		Format:  FormatName,
		Version: Version,
		Kind:    KindCulture,
		TakenAt: now.Truncate(time.Second),
		Name:    CleanName(name),
		Set: SetInfo{
			Title:      set.Title,
			Language:   set.Language,
			Hash:       set.Hash,
			Source:     filepath.Base(set.Source),
			Dimensions: len(set.Dimensions),
		},
		Culture: data,
	}
}

// CultureResult recomputes the comparison from the saved points, so every
// reader rounds the same way. ok is false for a result that is not a
// culture result.
func (r Result) CultureResult() (res culture.Result, ok bool) {
	if r.Kind != KindCulture || r.Culture == nil {
		return culture.Result{}, false
	}
	return culture.Compare(profile.Points(r.Culture.Now.Points.Array()), profile.Points(r.Culture.Desired.Points.Array())), true
}

// DecodeCulture reads one culture result, as Decode reads a quiz result:
// at most MaxFileSize bytes, checked for consistency. A quiz result is
// refused with a reason that says so.
func DecodeCulture(rd io.Reader) (Result, error) {
	var r Result
	if err := decodeInto(rd, &r); err != nil {
		return Result{}, err
	}
	if err := r.validateCulture(); err != nil {
		return Result{}, err
	}
	return r, nil
}

// LoadCulture reads one culture result file. Errors are *Error values, as
// for LoadFile.
func LoadCulture(path string) (Result, error) { return loadWith(path, DecodeCulture) }

// validateAny checks a result of either kind, for Save.
func (r Result) validateAny() error {
	if r.Kind == KindCulture {
		return r.validateCulture()
	}
	return r.Validate()
}

// validateCulture checks what DecodeCulture checks: ours, version 2 or
// later, kind culture, a set hash, and per dimension two allocations that
// each share culture.Budget points, summing to the saved mixes.
func (r Result) validateCulture() error {
	if r.Format != FormatName {
		return foreign(i18n.Text{NL: "format is %q", EN: "format is %q"}, r.Format)
	}
	if r.Version < 2 || r.Version > Version {
		if r.Version == 1 {
			return wantKind(KindQuiz, KindCulture)
		}
		return foreign(i18n.Text{
			NL: "versie %d wordt niet ondersteund (dit programma leest tot en met %d)",
			EN: "version %d is not supported (this program reads up to %d)"}, r.Version, Version)
	}
	kind := r.Kind
	if kind == "" {
		kind = KindQuiz
	}
	if err := wantKind(kind, KindCulture); err != nil {
		return err
	}
	if r.Set.Hash == "" {
		return foreign(i18n.Text{NL: "geen kenmerk (hash) van het cultuurbestand", EN: "no culture-file hash"})
	}
	c := r.Culture
	if c == nil || len(c.Dimensions) == 0 {
		return foreign(i18n.Text{NL: "een cultuurresultaat zonder onderwerpen", EN: "a culture result without dimensions"})
	}
	var now, desired profile.Points
	for i, d := range c.Dimensions {
		for _, a := range []TypeNumbers{d.Now, d.Desired} {
			if culture.Allocation(a.Array()).Check() != nil {
				return foreign(i18n.Text{
					NL: "onderwerp %d verdeelt geen %d punten (0 tot en met %d per type)",
					EN: "dimension %d does not share %d points (0 to %d per type)"}, i+1, culture.Budget, culture.Budget)
			}
		}
		now = now.Add(profile.Points(d.Now.Array()))
		desired = desired.Add(profile.Points(d.Desired.Array()))
	}
	if now != profile.Points(c.Now.Points.Array()) || desired != profile.Points(c.Desired.Points.Array()) {
		return foreign(i18n.Text{
			NL: "de punten per onderwerp tellen niet op tot de opgeslagen mix",
			EN: "the points per dimension do not add up to the saved mix"})
	}
	return nil
}

// wantKind refuses a result of another kind than want, with a reason
// that names both (the file is ours, so Reason leaves out "not a
// result").
func wantKind(got, want string) error {
	if got == "" {
		got = KindQuiz
	}
	if got == want {
		return nil
	}
	t, ok := kindMismatch[got+">"+want]
	if !ok {
		return foreign(i18n.Text{
			NL: "onbekende soort resultaat %q (dit programma kent quiz en culture)",
			EN: "unknown kind of result %q (this program knows quiz and culture)"}, got)
	}
	return &formatError{text: t, ours: true}
}

// kindMismatch says, per "got>want", what the file is and why it is
// skipped.
var kindMismatch = map[string]i18n.Text{
	KindCulture + ">" + KindQuiz: {
		NL: "dit is een cultuurmeting (kind \"culture\"), geen quizresultaat; het is hier overgeslagen",
		EN: "this is a culture survey (kind \"culture\"), not a quiz result; it is skipped here"},
	KindQuiz + ">" + KindCulture: {
		NL: "dit is een quizresultaat, geen cultuurmeting (kind \"culture\"); het is hier overgeslagen",
		EN: "this is a quiz result, not a culture survey (kind \"culture\"); it is skipped here"},
}
