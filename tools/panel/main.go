// Command panel checks whether the question sets measure honestly, and
// prepares and reads a blind panel of raters.
//
// Without flags it reads questions.yaml and questions.en.yaml (run it from
// the repository root: go run ./tools/panel) and prints per language:
//   - the key: every option scores exactly one type with 1 point, and the
//     maximum per type over the set;
//   - LIX (see lix) per scenario and per option: max, mean, how many over 40;
//   - the option length ratio per scenario (longest/shortest, in characters);
//   - how often each type has the longest option of a scenario;
//   - words that give a type away: content words in three or more options of
//     one type and in none of the others.
//
// When tools/panel/ratings/*.csv exist (one file per rater, columns
// scenario_id,option_index,type,attractiveness; option_index counts from 1
// in file order; attractiveness 1–5), it also prints how often the raters'
// type matches the key, per option and overall, and the attractiveness per
// option, flagging a scenario where one option averages at least 1 point
// above every other, and the mean attractiveness per type with the largest
// difference between types. Raters whose file name starts with nl- or en-
// are reported once more per language.
//
// With -blind FILE it writes a rater's sheet instead: FILE gets every
// scenario with its options in a shuffled order and without the key, as
// Markdown, and FILE with .csv gets the matching empty ratings template.
//
// It exits 1 when a file cannot be read or a rating is invalid (and, with
// -strict, when a threshold is not met), and 2 on a usage error. Use the standard library and yaml.v3 only.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"ideale-ambtenaar/i18n"
)

// The thresholds the content brief sets.
const (
	maxLIX      = 40   // every scenario and option text
	maxMeanLIX  = 35   // mean over a language's texts
	maxRatio    = 1.25 // longest option over shortest, per scenario
	giveawayMin = 3    // options of one type before a word gives it away
	flagGap     = 1.0  // attractiveness points one option may lead by
	typeGap     = 0.2  // attractiveness points between the types' means
	minAgree    = 90.0 // per cent of the raters' types that match the key
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("panel", flag.ContinueOnError)
	fs.SetOutput(stderr)
	nl := fs.String("nl", "questions.yaml", "Dutch question file")
	en := fs.String("en", "questions.en.yaml", "English question file")
	ratings := fs.String("ratings", filepath.Join("tools", "panel", "ratings"), "folder with one ratings CSV per rater")
	pool := fs.Bool("pool", false, "also report the earlier rounds (roundN/ beside the ratings folder) pooled, for scenarios unchanged since (changed.txt)")
	blind := fs.String("blind", "", "write a rater's sheet to this Markdown FILE (and FILE.csv) instead of the report")
	blindLang := fs.String("blind-lang", "nl", "language of the rater's sheet: nl or en")
	seed := fs.Uint64("seed", 0, "shuffle seed for -blind (0: derived from FILE's name, so each rater differs)")
	langFlag := fs.String("lang", "nl", "language of messages: nl or en")
	strict := fs.Bool("strict", false, "exit 1 when a threshold is not met (for CI)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	l, err := i18n.Parse(*langFlag)
	if err != nil {
		fmt.Fprintf(stderr, "panel: %v\n", err)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "panel: %s\n", txtExtraArgs.F(l, fs.Args()))
		return 2
	}
	if *blind != "" {
		path := *nl
		bl, err := i18n.Parse(*blindLang)
		if err != nil {
			fmt.Fprintf(stderr, "panel: %v\n", err)
			return 2
		}
		if bl == i18n.EN {
			path = *en
		}
		s, err := loadSet(path)
		if err != nil {
			fmt.Fprintf(stderr, "panel: %s\n", inLang(err, l))
			return 1
		}
		md, csvPath, err := writeBlind(s, bl, *blind, *seed)
		if err != nil {
			fmt.Fprintf(stderr, "panel: %s\n", inLang(err, l))
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", txtBlindWritten.F(l, md, csvPath))
		return 0
	}
	var sets []*set
	for _, p := range []struct{ path, lang string }{{*nl, "nl"}, {*en, "en"}} {
		s, err := loadSet(p.path)
		if err != nil {
			fmt.Fprintf(stderr, "panel: %s\n", inLang(err, l))
			return 1
		}
		if s.Language == "" {
			s.Language = p.lang
		}
		sets = append(sets, s)
	}
	// Ratings are read before anything is printed, so that a bad ratings
	// file stops the run with its message alone.
	rs, err := readRatingsDir(*ratings, sets[0])
	if err != nil {
		fmt.Fprintf(stderr, "panel: %s\n", inLang(err, l))
		return 1
	}
	ok := true
	for i, s := range sets {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		ok = report(stdout, s) && ok
	}
	ok = compareKeys(stdout, sets[0], sets[1]) && ok
	if len(rs) > 0 {
		fmt.Fprintln(stdout)
		printRatingsByLang(stdout, sets[0], rs, "")
	}
	if *pool {
		prs, err := pooledRatings(filepath.Dir(*ratings), sets[0])
		if err != nil {
			fmt.Fprintf(stderr, "panel: %v\n", err)
			return 1
		}
		fmt.Fprintln(stdout, "\n== pooled over the rounds whose text each scenario still has (changed.txt)")
		printRatingsByLang(stdout, sets[0], prs, "pooled ")
	}
	if !ok {
		fmt.Fprintf(stdout, "\n%s\n", txtNotYet.In(l))
		if *strict {
			return 1
		}
	}
	return 0
}

// printRatingsByLang prints the analysis of rs over all raters and then,
// when some raters' file names say their language (nl-*.csv, en-*.csv),
// once per language. The keys are the same in both languages (the report
// checks that), so the Dutch set serves for both.
func printRatingsByLang(w io.Writer, s *set, rs []rating, what string) {
	printRatings(w, analyseRatings(s, rs), len(rs))
	for _, l := range []string{"nl", "en"} {
		lrs := byLang(rs, l)
		if len(lrs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n== %s%s raters only (%s-*.csv)\n", what, l, l)
		printRatings(w, analyseRatings(s, lrs), len(lrs))
	}
}

var (
	txtExtraArgs = i18n.Text{
		NL: "onverwachte argumenten %q; het panel leest de bestanden uit -nl en -en",
		EN: "unexpected arguments %q; the panel reads the files given by -nl and -en"}
	txtBlindWritten = i18n.Text{
		NL: "beoordelingsblad geschreven: %s en %s",
		EN: "rater's sheet written: %s and %s"}
	txtNotYet = i18n.Text{
		NL: "Nog niet elke norm gehaald (zie NOT OK hierboven).",
		EN: "Not every threshold is met yet (see NOT OK above)."}
)
