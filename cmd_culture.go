package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"

	"ideale-ambtenaar/culture"
	"ideale-ambtenaar/culturescreen"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/plain"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/results"
	"ideale-ambtenaar/theme"
)

// cultureFlags are the flags of `ideale-ambtenaar culture`.
type cultureFlags struct {
	questions string
	lang      string
	theme     string
	plain     bool
	save      string
	name      string
	help      bool
}

// cultureFlagDocs are the lines of `culture --help`.
var cultureFlagDocs = []flagDoc{
	{"--questions", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "eigen cultuurbestand (YAML, kind: culture)",
		EN: "your own culture file (YAML, kind: culture)"}},
	{"--lang", i18n.Text{NL: "nl|en"}, i18n.Text{
		NL: "taal (standaard: die van het bestand)",
		EN: "language (default: the file's)"}},
	{"--theme", i18n.Text{NL: "light|dark|auto"}, i18n.Text{
		NL: "licht of donker (ook via " + theme.EnvVar + ")",
		EN: "light or dark (also via " + theme.EnvVar + ")"}},
	{"--plain", i18n.Text{}, i18n.Text{
		NL: "tekstmodus, voor screenreaders en pipes",
		EN: "text mode, for screen readers and pipes"}},
	{"--save", i18n.Text{NL: "MAP", EN: "DIR"}, i18n.Text{
		NL: "bewaar de uitslag aan het eind in MAP",
		EN: "save the result in DIR at the end"}},
	{"--name", i18n.Text{NL: "NAAM", EN: "NAME"}, i18n.Text{
		NL: "naam bij de bewaarde uitslag (leeg = anoniem)",
		EN: "name for the saved result (empty = anonymous)"}},
	{"-h, --help", i18n.Text{}, i18n.Text{NL: "toon deze hulp", EN: "show this help"}},
}

var (
	txtCultureCmdTitle = i18n.Text{
		NL: "ideale-ambtenaar culture — organisatiecultuur, nu en gewenst",
		EN: "ideale-ambtenaar culture — organisation culture, now and desired"}
	txtCultureAbout = i18n.Text{
		NL: "Verdeel per onderwerp 10 punten over drie beschrijvingen, eerst voor de\ncultuur van nu en dan voor de gewenste. De uitslag zet beide mixen naast\nelkaar en noemt de grootste verschuiving.",
		EN: "Per dimension, share 10 points over three descriptions, first for the\nculture now and then for the desired one. The result sets both mixes side\nby side and names the biggest shift."}
	txtCultureUsage = i18n.Text{NL: "Gebruik: ideale-ambtenaar culture [opties]", EN: "Usage: ideale-ambtenaar culture [options]"}
	txtCultureOpts  = i18n.Text{NL: "Opties:", EN: "Options:"}
	txtCultureKeys  = i18n.Text{
		NL: "Toetsen: ←/→ kiest een beschrijving, +/− of ↑/↓ verplaatst punten, een\ncijfer zet ze (1 en dan 0 is 10), enter gaat verder, esc/backspace/t terug,\n? alle toetsen, q stoppen. In tekstmodus: typ drie getallen, zoals 5 3 2.",
		EN: "Keys: ←/→ picks a description, +/− or ↑/↓ moves points, a digit sets\nthem (1 then 0 is 10), enter goes on, esc/backspace/b back, ? all keys,\nq quit. In text mode: type three numbers, such as 5 3 2."}
	txtCultureBadFlag = i18n.Text{
		NL: "culture: %v\nZie 'ideale-ambtenaar culture --help'.",
		EN: "culture: %v\nSee 'ideale-ambtenaar culture --help'."}
	txtCultureExtraArg = i18n.Text{NL: "onverwacht argument %q", EN: "unexpected argument %q"}
	txtCultureSaved    = i18n.Text{NL: "Bewaard in %s", EN: "Saved to %s"}
	txtCultureNotDone  = i18n.Text{
		NL: "Gestopt voor het einde; er is niets bewaard.",
		EN: "Stopped before the end; nothing was saved."}
)

// cultureBuiltin returns the embedded culture files.
func cultureBuiltin() quiz.CultureBuiltin {
	read := func(name string) quiz.File {
		data, err := embedded.ReadFile(name)
		if err != nil {
			panic(err) // cannot happen: go:embed guarantees the files
		}
		return quiz.File{Name: name, Data: data}
	}
	return quiz.CultureBuiltin{
		i18n.NL: read("culture.yaml"),
		i18n.EN: read("culture.en.yaml"),
	}
}

// runCulture is `ideale-ambtenaar culture`: the culture survey on a
// screen, or as text without a terminal or with --plain.
func runCulture(e env, args []string) int {
	l := preLang(args)
	f, err := parseCultureFlags(args, l)
	if err != nil {
		fmt.Fprintln(e.stderr, txtCultureBadFlag.F(l, flagError(err, l)))
		return exitUsage
	}
	if f.help {
		cultureUsage(e.stdout, l)
		return exitOK
	}
	choice, err := themeChoice(f.theme, e)
	if err != nil {
		fmt.Fprintln(e.stderr, txtCultureBadFlag.F(l, err))
		return exitUsage
	}
	set, l, code := loadCultureSet(e, f.questions, f.lang)
	if set == nil {
		return code
	}

	var survey *culture.Survey
	if f.plain || !screenPossible(e) {
		out, th, width := textOutput(e, choice, 72, 72)
		survey, err = plain.RunCulture(plain.CultureConfig{
			Set: set, Lang: l, Theme: th, Width: width, Echo: !isTerminal(e.stdin),
		}, e.stdin, out)
		if err != nil {
			fmt.Fprintln(e.stderr, plain.CultureMessage(err, l))
			return exitFailure
		}
		return saveCulture(e, out, f, survey, l)
	}
	m := culturescreen.New(culturescreen.Config{Set: set, Lang: l, Theme: choice, Color: colorWanted(e)})
	p := tea.NewProgram(m, tea.WithInput(e.stdin), tea.WithOutput(e.stdout), tea.WithFPS(screenFPS))
	final, err := p.Run()
	if err != nil {
		if errors.Is(err, tea.ErrInterrupted) {
			fmt.Fprintln(e.stderr, txtInterrupted.In(l))
			return 130
		}
		fmt.Fprintln(e.stderr, txtNoScreen.F(l, err))
		return exitFailure
	}
	fm, ok := final.(culturescreen.Model)
	if !ok || !fm.Survey().Done() {
		if f.save != "" {
			fmt.Fprintln(e.stderr, txtCultureNotDone.In(l))
		}
		return exitOK
	}
	return saveCulture(e, e.stdout, f, fm.Survey(), l)
}

// saveCulture saves a finished survey when --save asks for it.
func saveCulture(e env, out io.Writer, f cultureFlags, s *culture.Survey, l i18n.Lang) int {
	if f.save == "" {
		return exitOK
	}
	path, err := results.Save(f.save, results.NewCultureResult(s, f.name, time.Now()))
	if err != nil {
		fmt.Fprintln(e.stderr, results.Message(err, l))
		return exitFailure
	}
	fmt.Fprintln(out, txtCultureSaved.F(l, path))
	return exitOK
}

// loadCultureSet loads the culture file and settles the language, as
// loadBank does for question files.
func loadCultureSet(e env, path, langFlag string) (*culture.Set, i18n.Lang, int) {
	l, err := i18n.Parse(langFlag)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return nil, i18n.Default, exitUsage
	}
	var set *culture.Set
	if path == "" {
		set, err = cultureBuiltin().Set(l)
	} else {
		set, err = quiz.LoadCulture(path)
	}
	if err != nil {
		if fl, ok := quiz.FileLang(err); ok && langFlag == "" {
			l = fl
		}
		fmt.Fprintln(e.stderr, quiz.Message(err, l))
		return nil, l, exitUsage
	}
	if langFlag == "" {
		if sl, err := i18n.Parse(set.Language); err == nil {
			l = sl
		}
	}
	return set, l, exitOK
}

func parseCultureFlags(args []string, l i18n.Lang) (cultureFlags, error) {
	var f cultureFlags
	fs := flag.NewFlagSet("culture", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&f.questions, "questions", "", "")
	fs.StringVar(&f.lang, "lang", "", "")
	fs.StringVar(&f.theme, "theme", "", "")
	fs.BoolVar(&f.plain, "plain", false, "")
	fs.StringVar(&f.save, "save", "", "")
	fs.StringVar(&f.name, "name", "", "")
	fs.BoolVar(&f.help, "help", false, "")
	fs.BoolVar(&f.help, "h", false, "")
	if err := fs.Parse(args); err != nil {
		return f, err
	}
	if fs.NArg() > 0 {
		return f, errors.New(txtCultureExtraArg.F(l, fs.Arg(0)))
	}
	return f, nil
}

func cultureUsage(w io.Writer, l i18n.Lang) {
	fmt.Fprintf(w, "%s\n\n%s\n\n%s\n\n%s\n", txtCultureCmdTitle.In(l), txtCultureAbout.In(l), txtCultureUsage.In(l), txtCultureOpts.In(l))
	writeFlagDocs(w, cultureFlagDocs, l)
	fmt.Fprintf(w, "\n%s\n", txtCultureKeys.In(l))
}
