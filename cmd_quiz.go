package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"ideale-ambtenaar/domain/mix"
	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
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
	version   bool
	help      bool
}

var quizFlagDocs = []flagDoc{
	{"--questions", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "eigen vragenbestand (YAML) i.p.v. de ingebouwde",
		EN: "your own question file (YAML), not the built-in"}},
	{"--lang", i18n.Text{NL: "nl|en"}, i18n.Text{
		NL: "taal (standaard: die van het vragenbestand)",
		EN: "language (default: the question file's)"}},
	{"--theme", i18n.Text{NL: "light|dark|auto"}, i18n.Text{
		NL: "licht of donker; auto vraagt het de terminal",
		EN: "light or dark; auto asks the terminal"}},
	{"--seed", i18n.Text{NL: "N"}, i18n.Text{
		NL: "vaste antwoordvolgorde: zelfde N, zelfde volgorde",
		EN: "fixed option order: same N, same order"}},
	{"--no-shuffle", i18n.Text{}, i18n.Text{
		NL: "antwoorden in de volgorde van het bestand",
		EN: "options in the file's order"}},
	{"--plain", i18n.Text{}, i18n.Text{
		NL: "tekstmodus, voor screenreaders en pipes",
		EN: "text mode, for screen readers and pipes"}},
	{"--save", i18n.Text{NL: "MAP", EN: "DIR"}, i18n.Text{
		NL: "bewaar de uitslag aan het eind in MAP",
		EN: "save the result in DIR at the end"}},
	{"--name", i18n.Text{NL: "NAAM", EN: "NAME"}, i18n.Text{
		NL: "naam bij de bewaarde uitslag (leeg = anoniem)",
		EN: "name for the saved result (empty = anonymous)"}},
	{"--demo", i18n.Text{}, i18n.Text{
		NL: "begin met een voorbeelduitslag; r start de quiz",
		EN: "open on a sample result; r starts the quiz"}},
	{"--version", i18n.Text{}, i18n.Text{NL: "toon de versie", EN: "print the version"}},
	{"-h, --help", i18n.Text{}, i18n.Text{NL: "toon deze hulp", EN: "show this help"}},
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
	txtBadFlag   = i18n.Text{NL: "%v\nZie 'ideale-ambtenaar --help'.", EN: "%v\nSee 'ideale-ambtenaar --help'."}
	txtBadSeed   = i18n.Text{NL: "--seed verwacht een geheel getal ≥ 0, niet %q", EN: "--seed expects a whole number ≥ 0, not %q"}
	txtExtraArgs = i18n.Text{NL: "onverwacht argument %q; bedoelde je een opdracht (%s)?", EN: "unexpected argument %q; did you mean a command (%s)?"}
)

// usage writes the help for the quiz and lists the subcommands.
func usage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n\n%s:\n", txtUsageTitle.In(l), txtUsage.In(l))
	fmt.Fprintf(w, "  %-35s %s\n", txtQuizOpts.In(l), txtUsageQuiz.In(l))
	fmt.Fprintf(w, "  %-35s %s\n", txtUsageCmd.In(l), txtUsageCmdA.In(l))
	fmt.Fprintf(w, "\n%s:\n", txtCommands.In(l))
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-6s %s\n", c.name, c.summary.In(l))
	}
	fmt.Fprintf(w, "\n%s:\n", txtOptions.In(l))
	writeFlagDocs(w, quizFlagDocs, l)
	fmt.Fprintf(w, "\n%s\n\n%s\n", txtKeys.In(l), txtEnv.In(l))
}

func parseQuizFlags(args []string, l i18n.Lang) (quizOptions, error) {
	var o quizOptions
	fs := flag.NewFlagSet("ideale-ambtenaar", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.questions, "questions", "", "")
	fs.StringVar(&o.lang, "lang", "", "")
	fs.StringVar(&o.theme, "theme", "", "")
	fs.StringVar(&o.seed, "seed", "", "")
	fs.BoolVar(&o.noShuffle, "no-shuffle", false, "")
	fs.BoolVar(&o.plain, "plain", false, "")
	fs.BoolVar(&o.demo, "demo", false, "")
	fs.StringVar(&o.save, "save", "", "")
	fs.StringVar(&o.name, "name", "", "")
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&o.help, "help", false, "")
	fs.BoolVar(&o.help, "h", false, "")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		names := make([]string, 0, 3)
		for _, c := range commands() {
			names = append(names, c.name)
		}
		return o, errors.New(txtExtraArgs.F(l, fs.Arg(0), strings.Join(names, ", ")))
	}
	return o, nil
}

// runQuiz is the default command: the quiz.
func runQuiz(e env, args []string) int {
	l := preLang(args)
	o, err := parseQuizFlags(args, l)
	if err != nil {
		fmt.Fprintln(e.stderr, txtBadFlag.F(l, flagError(err, l)))
		return exitUsage
	}
	if o.help {
		usage(e.stdout, l)
		return exitOK
	}
	if o.version {
		fmt.Fprintln(e.stdout, "ideale-ambtenaar", version)
		return exitOK
	}
	choice, err := themeChoice(o.theme, e)
	if err != nil {
		fmt.Fprintln(e.stderr, txtBadFlag.F(l, err))
		return exitUsage
	}
	ordering := quiz.Ordering{Shuffle: !o.noShuffle, Seed: rand.Uint64()}
	if o.seed != "" {
		n, err := strconv.ParseUint(o.seed, 10, 64)
		if err != nil {
			fmt.Fprintln(e.stderr, txtBadFlag.F(l, txtBadSeed.F(l, o.seed)))
			return exitUsage
		}
		ordering.Seed = n
	}
	bank, l, code := loadBank(e, o.questions, o.lang)
	if bank == nil {
		return code
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
	if store, err := results.DefaultStore(); err == nil {
		cfg.Progress = &store
	}
	return runProgram(e, quizview.New(cfg), l)
}

// runPlain runs the text quiz. Colour only when stdout is a terminal and
// NO_COLOR is unset; the background is asked only when both ends are a
// terminal, so a pipe never waits on a query.
func runPlain(e env, opts quizOptions, bank *quiz.Bank, l i18n.Lang, o quiz.Ordering, choice theme.Choice) int {
	out, th, width := textOutput(e, choice, 72, 72)
	if opts.demo {
		textmode.PrintResult(out, mix.New(resultview.DemoPoints), bank.Types, l, th, width)
		return exitOK
	}
	w, err := textmode.Run(textmode.Config{
		Bank: bank, Lang: l, Ordering: o, Theme: th, Width: width,
		Echo: !isTerminal(e.stdin),
	}, e.stdin, out)
	if err != nil {
		fmt.Fprintln(e.stderr, textmode.Message(err, l))
		return exitFailure
	}
	if opts.save != "" {
		path, err := results.Save(opts.save, results.NewResult(w, opts.name, time.Now()))
		if err != nil {
			fmt.Fprintln(e.stderr, results.Message(err, l))
			return exitFailure
		}
		fmt.Fprintln(out, txtPlainSaved.F(l, path))
	}
	return exitOK
}

var txtPlainSaved = i18n.Text{NL: "Bewaard in %s", EN: "Saved to %s"}
