package command

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/export"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/screen/teamview"
)

// teamFlags are the flags of `ideale-ambtenaar team`.
type teamFlags struct {
	format    string
	output    string
	force     bool
	sep       string
	slide     bool
	title     string
	mixed     bool
	anonymous bool
	lang      string
	theme     string
	plain     bool
	help      bool
}

// teamFormats are the values of --format. Without --format the team is
// shown on the interactive screen, or as text when there is no terminal.
var teamFormats = []string{"text", "csv", "json", "markdown", "xlsx", "svg", "html"}

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
	txtTeamExample = i18n.Text{
		NL: "Voorbeelden: ideale-ambtenaar team --anonymous resultaten\n             ideale-ambtenaar team resultaten --output team.xlsx\n             ideale-ambtenaar team resultaten --output team.csv --sep semicolon",
		EN: "Examples: ideale-ambtenaar team --anonymous results\n          ideale-ambtenaar team results --output team.xlsx\n          ideale-ambtenaar team results --output team.csv --sep semicolon"}
	txtTeamKeys = i18n.Text{
		NL: "Toetsen: ↑/↓ of j/k scrollen, pgup/pgdn per pagina, home/end begin/einde,\na namen tonen/verbergen, ? alle toetsen, q stoppen.",
		EN: "Keys: ↑/↓ or j/k scroll, pgup/pgdn by page, home/end top/bottom,\na show/hide names, ? all keys, q quit."}
	txtTeamNoPaths = i18n.Text{
		NL: "geef een map met resultaten of resultaatbestanden",
		EN: "give a folder of results or result files"}
	txtTeamBadSep = i18n.Text{
		NL: "--sep verwacht semicolon of comma, niet %q",
		EN: "--sep expects semicolon or comma, not %q"}
	txtTeamSepNotCSV = i18n.Text{
		NL: "--sep hoort bij --format csv",
		EN: "--sep goes with --format csv"}
	txtTeamXLSXTerminal = i18n.Text{
		NL: "een werkmap (xlsx) is geen tekst voor het scherm; schrijf hem naar een bestand:\n  ideale-ambtenaar team MAP --output team.xlsx",
		EN: "a workbook (xlsx) is not text for the screen; write it to a file:\n  ideale-ambtenaar team DIR --output team.xlsx"}
	txtTeamSlideNotSVG = i18n.Text{
		NL: "--slide maakt een svg: geef --output dia.svg (of --format svg)",
		EN: "--slide makes an svg: give --output slide.svg (or --format svg)"}
	txtTeamTitleNoSlide = i18n.Text{
		NL: "--title hoort bij --slide",
		EN: "--title goes with --slide"}
	txtTeamBadFormat = i18n.Text{
		NL: "onbekend formaat %q: kies uit %s",
		EN: "unknown format %q: choose from %s"}
)

// teamFlagTable declares the flags of team into o.
func teamFlagTable(o *teamFlags) *flagTable {
	t := newFlagTable("team")
	t.String(&o.format, "format", flagDoc{"--format", i18n.Text{NL: "FORMAAT", EN: "FORMAT"}, i18n.Text{
		NL: "text|csv|json|markdown|xlsx|svg|html",
		EN: "text|csv|json|markdown|xlsx|svg|html"}})
	t.String(&o.output, "output", flagDoc{"--output", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "schrijf naar BESTAND; formaat volgt uit de extensie",
		EN: "write to FILE; the format follows from its extension"}})
	t.Bool(&o.force, "force", docForce)
	t.String(&o.sep, "sep", flagDoc{"--sep", i18n.Text{NL: "semicolon|comma"}, i18n.Text{
		NL: "csv: semicolon (;) met BOM voor Nederlandse Excel",
		EN: "csv: semicolon (;) with a BOM for Dutch Excel"}})
	t.Bool(&o.slide, "slide", flagDoc{"--slide", i18n.Text{}, i18n.Text{
		NL: "svg als één dia (16:9): de gemiddelde mix groot",
		EN: "svg as one slide (16:9): the average mix large"}})
	t.String(&o.title, "title", flagDoc{"--title", i18n.Text{NL: "TITEL", EN: "TITLE"}, i18n.Text{
		NL: "titel van de dia (met --slide)",
		EN: "the slide's title (with --slide)"}})
	t.Bool(&o.mixed, "mixed", flagDoc{"--mixed", i18n.Text{}, i18n.Text{
		NL: "verschillende vragensets toch samen tonen",
		EN: "show different question sets together"}})
	t.Bool(&o.anonymous, "anonymous", flagDoc{"--anonymous", i18n.Text{}, i18n.Text{
		NL: "geen namen: iedereen is \"deelnemer N\"",
		EN: "no names: everyone is \"participant N\""}})
	t.Lang(&o.lang)
	t.Theme(&o.theme)
	t.Plain(&o.plain)
	t.Help(&o.help)
	return t
}

// teamUsage writes `team --help`.
func teamUsage(w io.Writer, l i18n.Lang) {
	var o teamFlags
	writeUsage(w, l, []i18n.Text{txtTeamTitle, txtTeamUsage, txtTeamAbout}, teamFlagTable(&o), txtTeamKeys, txtTeamExample)
}

// runTeam is `ideale-ambtenaar team`: the team view of saved results.
func runTeam(e Env, args []string) (err error) {
	const cmd = "team"
	l := preLang(args)
	var o teamFlags
	paths, err := teamFlagTable(&o).Parse(args, l)
	if err != nil {
		return usageError(cmd, l, err)
	}
	if o.help {
		teamUsage(e.Stdout, l)
		return nil
	}
	if o.lang != "" {
		if l, err = i18n.Parse(o.lang); err != nil {
			return usageError(cmd, i18n.Default, err)
		}
	}
	if o.slide && o.format == "" && o.output == "" {
		o.format = "svg"
	}
	if o.format == "" && o.output != "" {
		if o.format, err = formatFromName(o.output, teamFormats); err != nil {
			return usageError(cmd, l, err)
		}
	}
	if o.format != "" && !slices.Contains(teamFormats, o.format) {
		return usageError(cmd, l, i18n.Errorf(txtTeamBadFormat, o.format, strings.Join(teamFormats, ", ")))
	}
	sep := ','
	switch strings.ToLower(strings.Trim(o.sep, `'"`)) { // cmd passes ';' with its quotes
	case "", ",", "comma", "komma":
	case ";", "semicolon", "puntkomma":
		sep = ';'
	default:
		return usageError(cmd, l, i18n.Errorf(txtTeamBadSep, o.sep))
	}
	if o.sep != "" && o.format != "csv" {
		return usageError(cmd, l, i18n.Errorf(txtTeamSepNotCSV))
	}
	if o.slide && o.format != "svg" {
		return usageError(cmd, l, i18n.Errorf(txtTeamSlideNotSVG))
	}
	if o.title != "" && !o.slide {
		return usageError(cmd, l, i18n.Errorf(txtTeamTitleNoSlide))
	}
	choice, err := themeChoice(o.theme, e)
	if err != nil {
		return usageError(cmd, l, err)
	}
	if o.format == "xlsx" && isTerminal(e.Stdout) {
		return &exitError{code: exitUsage, lang: l, err: i18n.Errorf(txtTeamXLSXTerminal), cmd: cmd}
	}
	if len(paths) == 0 {
		return usageError(cmd, l, i18n.Errorf(txtTeamNoPaths))
	}
	if o.output != "" {
		// The export is made in full, then written to the file at once.
		if err := outputFree(o.output, o.force); err != nil {
			return failure(l, err)
		}
		to := &outputTarget{path: o.output, force: o.force}
		e.Stdout = &to.buf
		defer func() {
			if err == nil {
				err = to.finish(e.Stderr, l)
			}
		}()
	}

	c := team.Read(paths)
	if o.lang == "" && len(c.Sets) > 0 {
		// Speak the language of the question set, as the quiz does.
		if sl, err := i18n.Parse(c.Sets[0].Language); err == nil && c.Sets[0].Language != "" {
			l = sl
		}
	}
	opt := teamreport.Options{Lang: l, Anonymous: o.anonymous, NoBars: e.Getenv("ACCESSIBLE") != ""}
	if c.IsCulture() {
		// Culture surveys only (quiz and culture together are refused by
		// Check below): now and desired, as text or in any --format.
		cr := teamreport.NewCultureReport(c, opt)
		for _, line := range cr.SkippedLines() {
			fmt.Fprintln(e.Stderr, line)
		}
		if err := c.Check(o.mixed); err != nil {
			return failure(l, err)
		}
		switch o.format {
		case "csv":
			return teamWrote(l, teamreport.WriteCultureCSV(e.Stdout, cr, sep))
		case "json":
			return teamWrote(l, teamreport.WriteCultureJSON(e.Stdout, cr))
		case "markdown":
			return teamWrote(l, teamreport.WriteCultureMarkdown(e.Stdout, cr))
		case "xlsx":
			return teamWrote(l, export.WriteCultureXLSX(e.Stdout, cr))
		case "svg":
			return teamWrote(l, export.CultureSVG(e.Stdout, cr))
		case "html":
			return teamWrote(l, export.WriteCultureHTML(e.Stdout, cr))
		case "", "text":
			if o.format == "" && !o.plain && screenPossible(e) {
				return runScreen(e, teamview.New(teamview.Config{Culture: cr, Theme: choice, Color: colorWanted(e)}), l)
			}
			out, th, width := textOutput(e, choice, 80, 120)
			cr.Opt.Theme = th
			_, err := io.WriteString(out, cr.Text(width))
			return teamWrote(l, err)
		}
		return failure(l, &teamreport.CultureFormatError{Format: o.format})
	}
	rep := teamreport.NewReport(c, opt)
	for _, line := range rep.SkippedLines() {
		fmt.Fprintln(e.Stderr, line)
	}
	if len(c.Participants) == 0 {
		return failure(l, noResults(paths))
	}
	if err := c.Check(o.mixed); err != nil {
		return failure(l, err)
	}

	switch o.format {
	case "csv":
		return teamWrote(l, export.WriteCSV(e.Stdout, rep, sep))
	case "json":
		return teamWrote(l, teamreport.WriteJSON(e.Stdout, rep))
	case "markdown":
		return teamWrote(l, teamreport.WriteMarkdown(e.Stdout, rep))
	case "xlsx":
		return teamWrote(l, export.WriteXLSX(e.Stdout, rep))
	case "svg":
		if o.slide {
			return teamWrote(l, export.SlideSVG(e.Stdout, rep, o.title))
		}
		return teamWrote(l, export.TeamSVG(e.Stdout, rep))
	case "html":
		return teamWrote(l, export.WriteHTML(e.Stdout, rep))
	}
	interactive := o.format == "" && !o.plain && screenPossible(e)
	if !interactive {
		return teamPlain(e, l, rep, choice)
	}
	m := teamview.New(teamview.Config{Report: rep, Theme: choice, Color: colorWanted(e)})
	return runScreen(e, m, l)
}

// noResults says that paths held no usable result.
type noResults []string

func (n noResults) Error() string              { return n.Message(i18n.EN) }
func (n noResults) Message(l i18n.Lang) string { return team.NoResultsMessage(n, l) }

// teamPlain prints the plain-text report: coloured on a terminal (unless
// NO_COLOR), with no escape code at all into a pipe or file, at the
// terminal's width or 80 columns.
func teamPlain(e Env, l i18n.Lang, rep *teamreport.Report, choice theme.Choice) error {
	out, th, width := textOutput(e, choice, 80, 120)
	rep.Opt.Theme = th
	_, err := io.WriteString(out, rep.Text(width))
	return teamWrote(l, err)
}

// teamWrote turns a write error (a closed pipe, a full disk) into a
// failure.
func teamWrote(l i18n.Lang, err error) error {
	if err != nil {
		return failure(l, i18n.Errorf(txtWriteFailed, err))
	}
	return nil
}
