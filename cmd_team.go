package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/teamview"
)

// teamFlags are the flags of `ideale-ambtenaar team`.
type teamFlags struct {
	format    string
	mixed     bool
	anonymous bool
	lang      string
	theme     string
	plain     bool
	help      bool
}

// teamFormats are the values of --format. Without --format the team is
// shown on the interactive screen, or as text when there is no terminal.
var teamFormats = []string{"text", "csv", "json", "markdown"}

var teamFlagDocs = []flagDoc{
	{"--format", i18n.Text{NL: "FORMAAT", EN: "FORMAT"}, i18n.Text{
		NL: "text, csv, json of markdown naar stdout",
		EN: "text, csv, json or markdown to stdout"}},
	{"--mixed", i18n.Text{}, i18n.Text{
		NL: "verschillende vragensets toch samen tonen",
		EN: "show different question sets together"}},
	{"--anonymous", i18n.Text{}, i18n.Text{
		NL: "geen namen: iedereen is \"deelnemer N\"",
		EN: "no names: everyone is \"participant N\""}},
	{"--lang", i18n.Text{NL: "nl|en"}, i18n.Text{
		NL: "taal (standaard: die van de vragenset)",
		EN: "language (default: the question set's)"}},
	{"--theme", i18n.Text{NL: "light|dark|auto"}, i18n.Text{
		NL: "licht of donker (ook via " + theme.EnvVar + ")",
		EN: "light or dark (also via " + theme.EnvVar + ")"}},
	{"--plain", i18n.Text{}, i18n.Text{
		NL: "platte tekst in plaats van het scherm",
		EN: "plain text instead of the screen"}},
	{"-h, --help", i18n.Text{}, i18n.Text{NL: "toon deze hulp", EN: "show this help"}},
}

var (
	txtTeamTitle = i18n.Text{
		NL: "ideale-ambtenaar team — de mix van een team uit opgeslagen resultaten",
		EN: "ideale-ambtenaar team — a team's mix from saved results"}
	txtTeamUsage = i18n.Text{
		NL: "Gebruik: ideale-ambtenaar team [opties] MAP|BESTAND…",
		EN: "Usage: ideale-ambtenaar team [options] DIR|FILE…"}
	txtTeamAbout = i18n.Text{
		NL: "Leest de resultaten (*.json) in de mappen (niet in submappen) en de bestanden,\nen toont per deelnemer een balk, de gemiddelde mix met spreiding en de blinde\nvlekken. Bestanden die geen resultaat zijn worden overgeslagen en genoemd.",
		EN: "Reads the results (*.json) in the folders (not in sub-folders) and the files,\nand shows a bar per participant, the average mix with its spread and the\nblind spots. Files that are not results are skipped and listed."}
	txtTeamOpts    = i18n.Text{NL: "Opties:", EN: "Options:"}
	txtTeamExample = i18n.Text{
		NL: "Voorbeeld: ideale-ambtenaar team --anonymous ~/workshop/resultaten",
		EN: "Example: ideale-ambtenaar team --anonymous ~/workshop/results"}
	txtTeamKeys = i18n.Text{
		NL: "Toetsen: ↑/↓ of j/k scrollen, pgup/pgdn per pagina, home/end begin/einde,\na namen tonen/verbergen, ? alle toetsen, q stoppen.",
		EN: "Keys: ↑/↓ or j/k scroll, pgup/pgdn by page, home/end top/bottom,\na show/hide names, ? all keys, q quit."}
	txtTeamBadFlag = i18n.Text{
		NL: "team: %v\nZie 'ideale-ambtenaar team --help'.",
		EN: "team: %v\nSee 'ideale-ambtenaar team --help'."}
	txtTeamNoPaths = i18n.Text{
		NL: "geef een map met resultaten of resultaatbestanden",
		EN: "give a folder of results or result files"}
	txtTeamBadFormat = i18n.Text{
		NL: "onbekend formaat %q: kies uit %s",
		EN: "unknown format %q: choose from %s"}
	txtTeamWriteFailed = i18n.Text{
		NL: "team: schrijven mislukt: %v",
		EN: "team: writing failed: %v"}
)

// teamUsage writes `team --help`.
func teamUsage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n\n%s\n\n%s\n\n%s\n", txtTeamTitle.In(l), txtTeamUsage.In(l), txtTeamAbout.In(l), txtTeamOpts.In(l))
	writeFlagDocs(w, teamFlagDocs, l)
	fmt.Fprintf(w, "\n%s\n\n%s\n", txtTeamKeys.In(l), txtTeamExample.In(l))
}

// parseTeamFlags reads the flags, which may stand before, between or after
// the paths (`team results/ --anonymous` works); after "--" everything is a
// path.
func parseTeamFlags(args []string) (teamFlags, []string, error) {
	var o teamFlags
	fs := flag.NewFlagSet("team", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.format, "format", "", "")
	fs.BoolVar(&o.mixed, "mixed", false, "")
	fs.BoolVar(&o.anonymous, "anonymous", false, "")
	fs.StringVar(&o.lang, "lang", "", "")
	fs.StringVar(&o.theme, "theme", "", "")
	fs.BoolVar(&o.plain, "plain", false, "")
	fs.BoolVar(&o.help, "help", false, "")
	fs.BoolVar(&o.help, "h", false, "")
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			paths = append(paths, rest...)
			break
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
	return o, paths, nil
}

// runTeam is `ideale-ambtenaar team`: the team view of saved results.
func runTeam(e env, args []string) int {
	l := preLang(args)
	o, paths, err := parseTeamFlags(args)
	if err != nil {
		fmt.Fprintln(e.stderr, txtTeamBadFlag.F(l, flagError(err, l)))
		return exitUsage
	}
	if o.help {
		teamUsage(e.stdout, l)
		return exitOK
	}
	if o.lang != "" {
		if l, err = i18n.Parse(o.lang); err != nil {
			fmt.Fprintln(e.stderr, txtTeamBadFlag.F(i18n.Default, err))
			return exitUsage
		}
	}
	if o.format != "" && !slices.Contains(teamFormats, o.format) {
		fmt.Fprintln(e.stderr, txtTeamBadFlag.F(l, txtTeamBadFormat.F(l, o.format, strings.Join(teamFormats, ", "))))
		return exitUsage
	}
	choice, err := themeChoice(o.theme, e)
	if err != nil {
		fmt.Fprintln(e.stderr, txtTeamBadFlag.F(l, err))
		return exitUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, txtTeamBadFlag.F(l, txtTeamNoPaths.In(l)))
		return exitUsage
	}

	c := team.Read(paths)
	if o.lang == "" && len(c.Sets) > 0 {
		// Speak the language of the question set, as the quiz does.
		if sl, err := i18n.Parse(c.Sets[0].Language); err == nil && c.Sets[0].Language != "" {
			l = sl
		}
	}
	rep := teamreport.NewReport(c, teamreport.Options{Lang: l, Anonymous: o.anonymous, NoBars: e.getenv("ACCESSIBLE") != ""})
	for _, line := range rep.SkippedLines() {
		fmt.Fprintln(e.stderr, line)
	}
	if len(c.Participants) == 0 {
		fmt.Fprintln(e.stderr, team.NoResultsMessage(paths, l))
		return exitFailure
	}
	if err := c.Check(o.mixed); err != nil {
		var mixed *team.MixedSetsError
		if errors.As(err, &mixed) {
			fmt.Fprintln(e.stderr, mixed.Message(l))
		} else {
			fmt.Fprintln(e.stderr, err)
		}
		return exitFailure
	}

	switch o.format {
	case "csv":
		return teamWrote(e, l, teamreport.WriteCSV(e.stdout, rep))
	case "json":
		return teamWrote(e, l, teamreport.WriteJSON(e.stdout, rep))
	case "markdown":
		return teamWrote(e, l, teamreport.WriteMarkdown(e.stdout, rep))
	}
	interactive := o.format == "" && !o.plain && screenPossible(e)
	if !interactive {
		return teamPlain(e, l, rep, choice)
	}
	m := teamview.New(teamview.Config{Report: rep, Theme: choice, Color: colorWanted(e)})
	return runProgram(e, m, l)
}

// teamPlain prints the plain-text report: coloured on a terminal (unless
// NO_COLOR), with no escape code at all into a pipe or file, at the
// terminal's width or 80 columns.
func teamPlain(e env, l i18n.Lang, rep *teamreport.Report, choice theme.Choice) int {
	out, th, width := textOutput(e, choice, 80, 120)
	rep.Opt.Theme = th
	_, err := io.WriteString(out, rep.Text(width))
	return teamWrote(e, l, err)
}

// teamWrote turns a write error (a closed pipe, a full disk) into a
// message and exit status.
func teamWrote(e env, l i18n.Lang, err error) int {
	if err != nil {
		fmt.Fprintln(e.stderr, txtTeamWriteFailed.F(l, err))
		return exitFailure
	}
	return exitOK
}
