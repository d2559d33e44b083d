package command

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/export"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/draw/words"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/safetext"
	"ideale-ambtenaar/screen/quizview"
	"ideale-ambtenaar/screen/resultview"
	"ideale-ambtenaar/textmode"
)

// quizOptions are the flags of the quiz itself.
type quizOptions struct {
	questions string
	lang      string
	theme     string
	seed      string
	noShuffle bool
	plain     bool
	demo      bool
	save      string
	name      string
	export    string
	force     bool
	version   bool
	help      bool
}

var (
	txtUsageTitle = i18n.Text{
		NL: "ideale-ambtenaar — ontdek je mix van bureaucraat, ondernemer en verbinder",
		EN: "ideale-ambtenaar — discover your mix of bureaucrat, entrepreneur and connector"}
	txtUsage     = i18n.Text{NL: "Gebruik", EN: "Usage"}
	txtUsageQuiz = i18n.Text{NL: "de quiz", EN: "the quiz"}
	txtUsageCmd  = i18n.Text{NL: "ideale-ambtenaar OPDRACHT [--help]", EN: "ideale-ambtenaar COMMAND [--help]"}
	txtUsageCmdA = i18n.Text{NL: "een van de opdrachten hieronder", EN: "one of the commands below"}
	txtQuizOpts  = i18n.Text{NL: "ideale-ambtenaar [opties]", EN: "ideale-ambtenaar [options]"}
	txtEnv       = i18n.Text{
		NL: "Omgeving: IDEALE_AMBTENAAR_THEME=light|dark kiest het thema, NO_COLOR zet\nkleur uit, ACCESSIBLE kiest de tekstmodus.",
		EN: "Environment: IDEALE_AMBTENAAR_THEME=light|dark picks the theme, NO_COLOR\nturns colour off, ACCESSIBLE picks text mode."}
	txtOptions  = i18n.Text{NL: "Opties", EN: "Options"}
	txtCommands = i18n.Text{NL: "Opdrachten", EN: "Commands"}
	txtKeys     = i18n.Text{
		NL: "Toetsen: ↑/↓ of k/j kiezen, 1–9 springen, enter of spatie bevestigen,\n← of backspace terug, ? alle toetsen, q/esc/ctrl+c stoppen (met vraag).",
		EN: "Keys: ↑/↓ or k/j choose, 1–9 jump, enter or space confirm,\n← or backspace back, ? all keys, q/esc/ctrl+c quit (asks first)."}
	txtBadSeed   = i18n.Text{NL: "--seed verwacht een geheel getal ≥ 0, niet %q", EN: "--seed expects a whole number ≥ 0, not %q"}
	txtExtraArgs = i18n.Text{NL: "onverwacht argument %q; bedoelde je een opdracht (%s)?", EN: "unexpected argument %q; did you mean a command (%s)?"}
)

// quizFlags declares the quiz's flags into o, with their --help lines.
func quizFlags(o *quizOptions) *flagTable {
	t := newFlagTable("ideale-ambtenaar")
	t.Questions(&o.questions)
	t.Lang(&o.lang)
	t.Theme(&o.theme)
	t.String(&o.seed, "seed", flagDoc{"--seed", i18n.Text{NL: "N"}, i18n.Text{
		NL: "vaste antwoordvolgorde: zelfde N, zelfde volgorde",
		EN: "fixed option order: same N, same order"}})
	t.Bool(&o.noShuffle, "no-shuffle", flagDoc{"--no-shuffle", i18n.Text{}, i18n.Text{
		NL: "antwoorden in de volgorde van het bestand",
		EN: "options in the file's order"}})
	t.Plain(&o.plain)
	t.Save(&o.save)
	t.Name(&o.name)
	t.String(&o.export, "export", flagDoc{"--export", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "bewaar de uitslag ook: .svg .html .json .md .txt",
		EN: "also save the result: .svg .html .json .md .txt"}})
	t.Bool(&o.force, "force", docForce)
	t.Bool(&o.demo, "demo", flagDoc{"--demo", i18n.Text{}, i18n.Text{
		NL: "begin met een voorbeelduitslag; r start de quiz",
		EN: "open on a sample result; r starts the quiz"}})
	t.Bool(&o.version, "version", flagDoc{"--version", i18n.Text{}, i18n.Text{NL: "toon de versie", EN: "print the version"}})
	t.Help(&o.help)
	return t
}

// usage writes the help for the quiz and lists the subcommands.
func usage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n\n%s:\n", txtUsageTitle.In(l), txtUsage.In(l))
	fmt.Fprintf(w, "  %-35s %s\n", txtQuizOpts.In(l), txtUsageQuiz.In(l))
	fmt.Fprintf(w, "  %-35s %s\n", txtUsageCmd.In(l), txtUsageCmdA.In(l))
	fmt.Fprintf(w, "\n%s:\n", txtCommands.In(l))
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary.In(l))
	}
	fmt.Fprintf(w, "\n%s:\n", txtOptions.In(l))
	var o quizOptions
	quizFlags(&o).Write(w, l)
	fmt.Fprintf(w, "\n%s\n\n%s\n", txtKeys.In(l), txtEnv.In(l))
}

// commandNames lists the subcommands, for a message about a stray argument.
func commandNames() string {
	names := make([]string, 0, 4)
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, ", ")
}

// runQuiz is the default command: the quiz.
func runQuiz(e Env, args []string) error {
	const cmd = ""
	l := preLang(args)
	var o quizOptions
	rest, err := quizFlags(&o).Parse(args, l)
	if err == nil && len(rest) > 0 {
		err = i18n.Errorf(txtExtraArgs, rest[0], commandNames())
	}
	if err == nil && o.export != "" {
		if _, ferr := formatFromName(o.export, quizExportFormats); ferr != nil {
			err = i18n.Errorf(txtExportFormat, o.export, extensionList(quizExportFormats))
		} else if o.demo && strings.EqualFold(filepath.Ext(o.export), ".json") {
			err = i18n.Errorf(txtExportDemoJSON)
		}
	}
	if err != nil {
		return usageError(cmd, l, err)
	}
	if o.help {
		usage(e.Stdout, l)
		return nil
	}
	if o.version {
		fmt.Fprintln(e.Stdout, "ideale-ambtenaar", e.Version)
		return nil
	}
	choice, err := themeChoice(o.theme, e)
	if err != nil {
		return usageError(cmd, l, err)
	}
	ordering := quiz.Ordering{Shuffle: !o.noShuffle, Seed: rand.Uint64()}
	if o.seed != "" {
		n, err := strconv.ParseUint(o.seed, 10, 64)
		if err != nil {
			return usageError(cmd, l, i18n.Errorf(txtBadSeed, o.seed))
		}
		ordering.Seed = n
	}
	bank, l, err := loadBank(e, o.questions, o.lang)
	if err != nil {
		return err
	}
	if o.export != "" {
		// Said before the quiz, not after it.
		if err := outputFree(o.export, o.force); err != nil {
			return failure(l, err)
		}
	}

	if o.plain || !screenPossible(e) {
		return runPlain(e, o, bank, l, ordering, choice)
	}
	cfg := quizview.Config{
		Bank:     bank,
		Lang:     l,
		Ordering: ordering,
		Theme:    choice,
		Color:    colorWanted(e),
		Demo:     o.demo,
		SaveDir:  o.save,
		AutoSave: o.save != "",
		Name:     o.name,
	}
	if !o.demo && o.save != "" {
		if err := results.CheckDir(o.save); err != nil {
			return failure(l, err)
		}
	}
	cfg.Progress, cfg.ProgressErr = progressStore(o.demo)
	final, err := runProgram(e, quizview.New(cfg), l)
	if err != nil {
		return err
	}
	fm, ok := final.(quizview.Model)
	if !ok {
		return nil
	}
	if fm.Finished() {
		if err := exportResult(e.Stdout, o, bank, l, fm.Walk().Mix(), fm.Walk()); err != nil {
			return err
		}
	}
	if fm.SaveFailed() {
		return quietFailure(exitFailure) // the screen showed why
	}
	return nil
}

// runPlain runs the text quiz. Colour only when stdout is a terminal and
// NO_COLOR is unset; the background is asked only when both ends are a
// terminal, so a pipe never waits on a query.
func runPlain(e Env, opts quizOptions, bank *quiz.Bank, l i18n.Lang, o quiz.Ordering, choice theme.Choice) error {
	out, th, width := textOutput(e, choice, 72, 72)
	if opts.demo {
		m := profile.New(resultview.DemoPoints)
		textmode.PrintSample(out, m, bank.Types, l, th, width)
		return exportResult(out, opts, bank, l, m, nil)
	}
	progress, progressErr := progressStore(false)
	w, err := textmode.Run(textmode.Config{
		Bank: bank, Lang: l, Ordering: o, Theme: th, Width: width,
		Echo:     !isTerminal(e.Stdin),
		Progress: progress, ProgressErr: progressErr,
		SaveDir: opts.save, Name: opts.name, AskName: opts.name == "",
	}, e.Stdin, out)
	if err != nil {
		return failure(l, err)
	}
	return exportResult(out, opts, bank, l, w.Mix(), w)
}

// quizExportFormats are the formats of the quiz's --export: those that fit
// one person. A table of one row (csv, xlsx) is what `team` makes from the
// saved result.
var quizExportFormats = []string{"svg", "html", "json", "markdown", "text"}

var (
	txtExportFormat = i18n.Text{
		NL: "--export bewaart de uitslag als .svg (plaatje), .html (pagina), .json (resultaatbestand voor team), .md of .txt; %q is geen van die (kies %s)",
		EN: "--export saves the result as .svg (picture), .html (page), .json (result file for team), .md or .txt; %q is none of them (choose %s)"}
	txtExportDemoJSON = i18n.Text{
		NL: "--demo toont een voorbeelduitslag; als .json bewaar je alleen een echte uitslag (kies .svg, .html, .md of .txt)",
		EN: "--demo shows a sample result; .json saves only a real result (choose .svg, .html, .md or .txt)"}
	txtExported = i18n.Text{NL: "Uitslag bewaard in %s", EN: "Result saved to %s"}
)

// exportResult writes the mix m to --export, when given, in the format
// of its extension: the picture for a slide (svg), a page (html), the
// result file that --save writes and team reads (json; needs walk, nil
// for the demo), Markdown or plain text. An existing file is kept unless
// --force; the check before the quiz makes that rare.
func exportResult(out io.Writer, opts quizOptions, bank *quiz.Bank, l i18n.Lang, m profile.Mix, walk *quiz.Walk) error {
	if opts.export == "" {
		return nil
	}
	format, err := formatFromName(opts.export, quizExportFormats)
	if err != nil {
		return failure(l, err)
	}
	res := export.Result{
		Mix: m, Lang: l, Name: safetext.Name(opts.name), Subtitle: bank.Title,
		Names: words.Names(bank.Types, l), Sentence: words.Sentence(m, bank.Types, l),
	}
	var buf bytes.Buffer
	switch format {
	case "svg":
		err = export.ResultSVG(&buf, res)
	case "html":
		err = export.ResultHTML(&buf, res)
	case "markdown":
		err = export.ResultMarkdown(&buf, res)
	case "text":
		textmode.PrintResult(&buf, m, bank.Types, l, theme.New(false, false), 72)
	case "json":
		if walk == nil {
			return failure(l, i18n.Errorf(txtExportDemoJSON))
		}
		err = results.NewResult(walk, opts.name, time.Now()).Encode(&buf)
	}
	if err == nil {
		err = writeOutput(opts.export, buf.Bytes(), opts.force)
	}
	if err != nil {
		return failure(l, err)
	}
	fmt.Fprintln(out, txtExported.F(l, opts.export))
	return nil
}
