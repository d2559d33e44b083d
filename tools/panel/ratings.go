package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"ideale-ambtenaar/i18n"
)

// rating is one rater's judgement of one option: the type the rater
// thinks it shows ("" when left open) and how attractive the answer is to
// them, 1 (not at all) to 5 (very); 0 when left open.
type rating struct {
	Rater string
	// Lang is the language of the rater's sheet, from the file name: "nl"
	// for nl-*.csv, "en" for en-*.csv, "" for a file without that prefix
	// (rounds 1–5, whose sheets were not labelled).
	Lang       string
	Scenario   string
	Option     int // 1-based, in file order
	Type       string
	Attractive int
}

// typeAliases maps what a rater may write in the type column to a key:
// the Dutch keys, the English names and the initials of either.
var typeAliases = map[string]string{
	"bureaucraat": "bureaucraat", "bureaucrat": "bureaucraat", "b": "bureaucraat",
	"ondernemer": "ondernemer", "entrepreneur": "ondernemer", "o": "ondernemer", "e": "ondernemer",
	"verbinder": "verbinder", "connector": "verbinder", "v": "verbinder", "c": "verbinder",
}

// readRatingsDir reads every *.csv in dir, one file per rater (the file
// name without .csv is the rater). A missing folder means no ratings yet.
func readRatingsDir(dir string, s *set) ([]rating, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, msgErr(txtRatingsDir, dir, err)
	}
	sort.Strings(paths)
	var all []rating
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, msgErr(txtReadFile, p, err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".csv")
		rs, err := readRatings(f, p, name, s)
		f.Close()
		if err != nil {
			return nil, err
		}
		lang := raterLang(name)
		for i := range rs {
			rs[i].Lang = lang
		}
		all = append(all, rs...)
	}
	return all, nil
}

// raterLang is the language a rater's file name says: the prefix nl- or
// en- (any case), as the sheets made with -blind nl-NAME.md or
// -blind en-NAME.md -blind-lang en suggest; "" without one.
func raterLang(name string) string {
	lower := strings.ToLower(name)
	for _, l := range []string{"nl", "en"} {
		if strings.HasPrefix(lower, l+"-") {
			return l
		}
	}
	return ""
}

// byLang keeps the ratings whose rater's file name says language l.
func byLang(rs []rating, l string) []rating {
	var out []rating
	for _, r := range rs {
		if r.Lang == l {
			out = append(out, r)
		}
	}
	return out
}

// readRatings reads one rater's CSV. The header must name the four
// columns (in any order); a semicolon as separator (Dutch spreadsheets)
// and a BOM are accepted. Empty type or attractiveness cells are left
// open; anything else that is not understood is an error with the line.
func readRatings(r io.Reader, path, rater string, s *set) ([]rating, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, msgErr(txtReadFile, path, err)
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	cr := csv.NewReader(strings.NewReader(text))
	first, _, _ := strings.Cut(text, "\n")
	if strings.Contains(first, ";") && !strings.Contains(first, ",") {
		cr.Comma = ';'
	}
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return nil, msgErr(txtNoHeader, path)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, c := range []string{"scenario_id", "option_index", "type", "attractiveness"} {
		if _, ok := col[c]; !ok {
			return nil, msgErr(txtMissingColumn, path, c)
		}
	}
	var out []rating
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, msgErr(txtBadCSV, path, err)
		}
		cell := func(name string) string {
			if i := col[name]; i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if strings.Join(rec, "") == "" {
			continue
		}
		id := cell("scenario_id")
		q := s.find(id)
		if q == nil {
			return nil, msgErr(txtUnknownScenario, path, line, clean(id))
		}
		idx, err := strconv.Atoi(cell("option_index"))
		if err != nil || idx < 1 || idx > len(q.Options) {
			return nil, msgErr(txtBadIndex, path, line, clean(cell("option_index")), len(q.Options))
		}
		rt := rating{Rater: rater, Scenario: id, Option: idx}
		if t := strings.ToLower(cell("type")); t != "" {
			key, ok := typeAliases[t]
			if !ok {
				return nil, msgErr(txtBadType, path, line, clean(t))
			}
			rt.Type = key
		}
		if a := cell("attractiveness"); a != "" {
			n, err := strconv.Atoi(a)
			if err != nil || n < 1 || n > 5 {
				return nil, msgErr(txtBadAttractive, path, line, clean(a))
			}
			rt.Attractive = n
		}
		out = append(out, rt)
	}
	return out, nil
}

// optionResult is the panel's view of one option.
type optionResult struct {
	Scenario string
	Option   int
	Key      string
	Typed    int     // raters who named a type
	Agree    int     // of those, how many named the key
	MeanAttr float64 // mean attractiveness, 0 when nobody rated it
	Rated    int
}

// scenarioResult is the attractiveness spread of one scenario.
type scenarioResult struct {
	ID string
	// Lead is how far the most attractive option's mean lies above the
	// next one's; Flagged when Lead >= flagGap.
	Lead    float64
	Best    int // 1-based option with the highest mean
	Flagged bool
}

// ratingsResult is the whole analysis.
type ratingsResult struct {
	Options   []optionResult
	Scenarios []scenarioResult
	Typed     int
	Agree     int
	// TypeMean is the mean attractiveness per type key: the mean of the
	// option means, so that every scenario weighs the same however many
	// rounds rated it. TypeGap is the largest difference between two types.
	TypeMean map[string]float64
	TypeGap  float64
}

// analyseRatings compares the raters' types with the key and spreads the
// attractiveness per scenario. Options nobody rated are left out.
func analyseRatings(s *set, rs []rating) ratingsResult {
	type acc struct{ typed, agree, rated, attr int }
	accs := map[string]map[int]*acc{}
	for _, r := range rs {
		if accs[r.Scenario] == nil {
			accs[r.Scenario] = map[int]*acc{}
		}
		a := accs[r.Scenario][r.Option]
		if a == nil {
			a = &acc{}
			accs[r.Scenario][r.Option] = a
		}
		q := s.find(r.Scenario)
		key, _ := q.Options[r.Option-1].key()
		if r.Type != "" {
			a.typed++
			if r.Type == key {
				a.agree++
			}
		}
		if r.Attractive > 0 {
			a.rated++
			a.attr += r.Attractive
		}
	}
	var res ratingsResult
	for _, q := range s.Questions {
		byOpt := accs[q.ID]
		if byOpt == nil {
			continue
		}
		var means []float64
		best, bestMean := 0, -1.0
		for i, o := range q.Options {
			a := byOpt[i+1]
			if a == nil {
				continue
			}
			key, _ := o.key()
			or := optionResult{Scenario: q.ID, Option: i + 1, Key: key, Typed: a.typed, Agree: a.agree, Rated: a.rated}
			if a.rated > 0 {
				or.MeanAttr = float64(a.attr) / float64(a.rated)
				means = append(means, or.MeanAttr)
				if or.MeanAttr > bestMean {
					best, bestMean = i+1, or.MeanAttr
				}
			}
			res.Options = append(res.Options, or)
			res.Typed += a.typed
			res.Agree += a.agree
		}
		if len(means) >= 2 {
			sort.Sort(sort.Reverse(sort.Float64Slice(means)))
			lead := means[0] - means[1]
			res.Scenarios = append(res.Scenarios, scenarioResult{ID: q.ID, Lead: lead, Best: best, Flagged: lead >= flagGap-1e-9})
		}
	}
	sum, n := map[string]float64{}, map[string]int{}
	for _, o := range res.Options {
		if o.Rated > 0 {
			sum[o.Key] += o.MeanAttr
			n[o.Key]++
		}
	}
	res.TypeMean = map[string]float64{}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, t := range typeKeys {
		if n[t] == 0 {
			continue
		}
		m := sum[t] / float64(n[t])
		res.TypeMean[t] = m
		lo, hi = math.Min(lo, m), math.Max(hi, m)
	}
	if len(res.TypeMean) > 1 {
		res.TypeGap = hi - lo
	}
	return res
}

// printRatings prints the analysis.
func printRatings(w io.Writer, r ratingsResult, n int) {
	fmt.Fprintf(w, "== blind panel: %d ratings\n", n)
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	fmt.Fprintf(w, "agreement with the key overall: %d of %d (%.0f%%) (aim >= %.0f%%): %s\n",
		r.Agree, r.Typed, pct(r.Agree, r.Typed), minAgree, verdict(pct(r.Agree, r.Typed) >= minAgree))
	fmt.Fprintf(w, "%-34s %3s %-12s %10s %6s\n", "scenario", "opt", "key", "agreement", "attr")
	for _, o := range r.Options {
		fmt.Fprintf(w, "%-34s %3d %-12s %3d/%-2d %3.0f%% %6.2f\n",
			clean(o.Scenario), o.Option, o.Key, o.Agree, o.Typed, pct(o.Agree, o.Typed), o.MeanAttr)
	}
	flagged := 0
	for _, s := range r.Scenarios {
		if s.Flagged {
			flagged++
			fmt.Fprintf(w, "   FLAG %s: option %d averages %.2f above the next\n", clean(s.ID), s.Best, s.Lead)
		}
	}
	fmt.Fprintf(w, "scenarios with one option >= %.0f point above the others: %d\n", flagGap, flagged)
	var parts []string
	for _, t := range typeKeys {
		if m, ok := r.TypeMean[t]; ok {
			parts = append(parts, fmt.Sprintf("%s %.2f", initial(t), m))
		}
	}
	fmt.Fprintf(w, "attractiveness per type (mean of option means): %s; largest difference %.2f (aim <= %.1f): %s\n",
		strings.Join(parts, ", "), r.TypeGap, typeGap, verdict(r.TypeGap <= typeGap+1e-9))
}

var (
	txtRatingsDir = i18n.Text{
		NL: "kan de map met beoordelingen %s niet lezen: %v",
		EN: "cannot read the ratings folder %s: %v"}
	txtNoHeader = i18n.Text{
		NL: "%s: de eerste regel moet de kolommen noemen: scenario_id,option_index,type,attractiveness",
		EN: "%s: the first line must name the columns: scenario_id,option_index,type,attractiveness"}
	txtMissingColumn = i18n.Text{
		NL: "%s: kolom %q ontbreekt in de eerste regel; gebruik het sjabloon van -blind",
		EN: "%s: column %q is missing from the first line; use the template from -blind"}
	txtBadCSV = i18n.Text{
		NL: "%s: geen geldige CSV: %v",
		EN: "%s: not valid CSV: %v"}
	txtUnknownScenario = i18n.Text{
		NL: "%s:%d: onbekende scenario_id %q; neem de id's over uit het beoordelingsblad",
		EN: "%s:%d: unknown scenario_id %q; copy the ids from the rater's sheet"}
	txtBadIndex = i18n.Text{
		NL: "%s:%d: option_index %q moet een getal van 1 tot en met %d zijn",
		EN: "%s:%d: option_index %q must be a number from 1 to %d"}
	txtBadType = i18n.Text{
		NL: "%s:%d: onbekend type %q; schrijf bureaucraat, ondernemer of verbinder (of b, o, v)",
		EN: "%s:%d: unknown type %q; write bureaucrat, entrepreneur or connector (or b, e, c)"}
	txtBadAttractive = i18n.Text{
		NL: "%s:%d: attractiveness %q moet een heel getal van 1 tot en met 5 zijn, of leeg",
		EN: "%s:%d: attractiveness %q must be a whole number from 1 to 5, or empty"}
)
