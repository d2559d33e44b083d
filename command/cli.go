package command

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// What every command shares: one flag table (flags and their --help lines
// together), one way out for errors (a command returns an error; run prints
// it once, in the user's language, and picks the exit status), the theme
// choice, whether to draw a screen or write text, loading the question set,
// and running a screen.

var (
	txtUnknownFlag  = i18n.Text{NL: "onbekende optie %s", EN: "unknown option %s"}
	txtFlagNeedsArg = i18n.Text{NL: "de optie %s verwacht een waarde", EN: "the option %s needs a value"}
	txtFlagBadValue = i18n.Text{NL: "ongeldige waarde voor %s", EN: "invalid value for %s"}
	txtDidYouMean   = i18n.Text{NL: "%s; bedoelde je %s?", EN: "%s; did you mean %s?"}
	txtExtraArg     = i18n.Text{NL: "onverwacht argument %q", EN: "unexpected argument %q"}
	txtSeeHelp      = i18n.Text{NL: "Zie '%s --help'.", EN: "See '%s --help'."}
	txtEnvValue     = i18n.Text{NL: "%s: %s", EN: "%s: %s"}
	txtWriteFailed  = i18n.Text{NL: "schrijven mislukt: %v", EN: "writing failed: %v"}

	docQuestions = flagDoc{"--questions", i18n.Text{NL: "BESTAND", EN: "FILE"}, i18n.Text{
		NL: "eigen vragenbestand (YAML) i.p.v. de ingebouwde set",
		EN: "your own question file (YAML), not the built-in set"}}
	docLang = flagDoc{"--lang", i18n.Text{NL: "nl|en"}, i18n.Text{
		NL: "taal (standaard: die van de vragenset)",
		EN: "language (default: the question set's)"}}
	docTheme = flagDoc{"--theme", i18n.Text{NL: "light|dark|auto"}, i18n.Text{
		NL: "licht of donker (ook via " + theme.EnvVar + ")",
		EN: "light or dark (also via " + theme.EnvVar + ")"}}
	docPlain = flagDoc{"--plain", i18n.Text{}, i18n.Text{
		NL: "tekstmodus, voor screenreaders en pipes",
		EN: "text mode, for screen readers and pipes"}}
	docHelp = flagDoc{"-h, --help", i18n.Text{}, i18n.Text{NL: "toon deze hulp", EN: "show this help"}}
	docSave = flagDoc{"--save", i18n.Text{NL: "MAP", EN: "DIR"}, i18n.Text{
		NL: "bewaar de uitslag aan het eind in MAP",
		EN: "save the result in DIR at the end"}}
	docName = flagDoc{"--name", i18n.Text{NL: "NAAM", EN: "NAME"}, i18n.Text{
		NL: "naam bij de bewaarde uitslag (leeg = anoniem)",
		EN: "name for the saved result (empty = anonymous)"}}
)

// Exit statuses. Usage and input errors are 2, as is the custom for
// command-line tools; 1 is a run that failed or a check that found
// problems; 130 an interrupt (128 + SIGINT).
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// exitError ends a command with a status. Its message is made in the
// user's language when the error is printed (explain), with a pointer to
// the command's --help for a usage error; an empty err means the command
// already said everything (check prints its findings to stdout).
type exitError struct {
	code int
	lang i18n.Lang
	err  error
	cmd  string // for usage errors: the subcommand whose --help to read ("" for the quiz)
	help bool   // point to the command's --help after the message
}

func (e *exitError) Error() string { return e.message() }
func (e *exitError) Unwrap() error { return e.err }

func (e *exitError) message() string {
	if e.err == nil {
		return ""
	}
	msg := explain(e.err, e.lang)
	if e.cmd != "" {
		msg = e.cmd + ": " + msg
	}
	if e.help {
		msg += "\n" + txtSeeHelp.F(e.lang, strings.TrimSpace("ideale-ambtenaar "+e.cmd))
	}
	return msg
}

// usageError is a mistake in how cmd was called (exit 2): the message, then
// where to read how it is called.
func usageError(cmd string, l i18n.Lang, err error) error {
	return &exitError{code: exitUsage, lang: l, err: err, cmd: cmd, help: true}
}

// failure is a run that failed (exit 1), or with code when given.
func failure(l i18n.Lang, err error) error {
	return &exitError{code: exitFailure, lang: l, err: err}
}

// quietFailure ends with status code when the command has already written
// what went wrong.
func quietFailure(code int) error { return &exitError{code: code} }

// explain is the one place that turns an error into words for the user, in
// l: every error that knows both languages (i18n.Localized: question-file
// problems, result-file errors, a wrong theme or language, …) speaks l;
// anything else is shown as it is.
func explain(err error, l i18n.Lang) string {
	if errors.Is(err, tea.ErrInterrupted) {
		return txtInterrupted.In(l)
	}
	var lz i18n.Localized
	if errors.As(err, &lz) {
		return lz.Message(l)
	}
	return err.Error()
}

// report prints a command's error once and returns the exit status.
func report(w io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		ee = &exitError{code: exitFailure, lang: i18n.Default, err: err}
	}
	if msg := ee.message(); msg != "" {
		fmt.Fprintln(w, msg)
	}
	return ee.code
}

// flagDoc is one line of a command's --help: the flag as typed, its
// argument and its meaning.
type flagDoc struct {
	flag  string
	arg   i18n.Text
	usage i18n.Text
}

// flagTable is a command's flags and the lines of its --help, declared
// together so that they cannot disagree. Commands add the shared flags
// (questions, lang, theme, plain, help) with one wording everywhere.
type flagTable struct {
	fs   *flag.FlagSet
	docs []flagDoc
}

func newFlagTable(name string) *flagTable {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flagTable{fs: fs}
}

// String adds a flag with a value.
func (t *flagTable) String(p *string, name string, doc flagDoc) {
	t.fs.StringVar(p, name, "", "")
	t.docs = append(t.docs, doc)
}

// Bool adds a switch.
func (t *flagTable) Bool(p *bool, name string, doc flagDoc) {
	t.fs.BoolVar(p, name, false, "")
	t.docs = append(t.docs, doc)
}

// Questions, Lang, Theme, Plain, Save, Name and Help add the shared
// flags; Save and Name are those of the commands that save a result.
func (t *flagTable) Questions(p *string) { t.String(p, "questions", docQuestions) }
func (t *flagTable) Lang(p *string)      { t.String(p, "lang", docLang) }
func (t *flagTable) Theme(p *string)     { t.String(p, "theme", docTheme) }
func (t *flagTable) Plain(p *bool)       { t.Bool(p, "plain", docPlain) }
func (t *flagTable) Save(p *string)      { t.String(p, "save", docSave) }
func (t *flagTable) Name(p *string)      { t.String(p, "name", docName) }

// Help adds -h and --help, listed last.
func (t *flagTable) Help(p *bool) {
	t.fs.BoolVar(p, "h", false, "")
	t.Bool(p, "help", docHelp)
}

// Parse reads args. Flags may stand before, between or after the other
// arguments (`team results/ --anonymous` works); after "--" everything is
// an argument. It returns the other arguments; flag errors are in l.
func (t *flagTable) Parse(args []string, l i18n.Lang) ([]string, error) {
	var rest []string
	for {
		if err := t.fs.Parse(args); err != nil {
			return nil, errors.New(t.flagError(err, l, args))
		}
		left := t.fs.Args()
		if len(left) == 0 {
			return rest, nil
		}
		if consumed := len(args) - len(left); consumed > 0 && args[consumed-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// NoArgs is Parse for a command that takes no arguments besides flags.
func (t *flagTable) NoArgs(args []string, l i18n.Lang) error {
	rest, err := t.Parse(args, l)
	if err == nil && len(rest) > 0 {
		err = i18n.Errorf(txtExtraArg, rest[0])
	}
	return err
}

// Write lists the flags in two aligned columns.
func (t *flagTable) Write(w io.Writer, l i18n.Lang) {
	names := make([]string, len(t.docs))
	width := 0
	for i, d := range t.docs {
		names[i] = d.flag
		if a := d.arg.In(l); a != "" {
			names[i] += " " + a
		}
		width = max(width, len([]rune(names[i])))
	}
	for i, d := range t.docs {
		fmt.Fprintf(w, "  %-*s  %s\n", width, names[i], d.usage.In(l))
	}
}

// flagError turns the flag package's English errors into a message in l
// that names the option the way the user typed it (-v stays -v, --kleur
// stays --kleur; the flag package drops the dashes), and for an unknown
// one-letter option the one long option it may stand for (-v: --version).
func (t *flagTable) flagError(err error, l i18n.Lang, args []string) string {
	msg := err.Error()
	name := func(prefix string) string {
		rest := strings.TrimPrefix(msg, prefix)
		rest = strings.TrimLeft(rest, "-")
		if i := strings.IndexAny(rest, " :"); i >= 0 {
			rest = rest[:i]
		}
		return rest
	}
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		n := name("flag provided but not defined: ")
		m := txtUnknownFlag.F(l, typedFlag(n, args))
		if alt := t.longFor(n); alt != "" {
			m = txtDidYouMean.F(l, m, alt)
		}
		return m
	case strings.HasPrefix(msg, "flag needs an argument: "):
		n := name("flag needs an argument: ")
		return txtFlagNeedsArg.F(l, typedFlag(n, args))
	case strings.HasPrefix(msg, "invalid boolean value"), strings.HasPrefix(msg, "invalid value"):
		if i := strings.Index(msg, " for flag "); i >= 0 {
			n := name(msg[:i] + " for flag ")
			return txtFlagBadValue.F(l, typedFlag(n, args))
		}
	}
	return msg
}

// typedFlag is the option name as the user typed it in args (with one or
// two dashes), or with two dashes when it is not found.
func typedFlag(name string, args []string) string {
	for _, a := range args {
		if a == "--" {
			break
		}
		bare := strings.TrimLeft(a, "-")
		if n, _, _ := strings.Cut(bare, "="); n == name && bare != a {
			return a[:len(a)-len(bare)] + name
		}
	}
	return "--" + name
}

// longFor is the one long flag that an unknown one-letter flag may stand
// for ("v" → "--version"), or "" when there is none or more than one.
func (t *flagTable) longFor(short string) string {
	if len([]rune(short)) != 1 {
		return ""
	}
	found := ""
	n := 0
	t.fs.VisitAll(func(f *flag.Flag) {
		if len(f.Name) > 1 && strings.HasPrefix(f.Name, short) {
			found, n = "--"+f.Name, n+1
		}
	})
	if n != 1 {
		return ""
	}
	return found
}

// preLang finds --lang before flags are parsed, so that flag errors and
// --help already speak the chosen language.
func preLang(args []string) i18n.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		a = strings.TrimLeft(a, "-")
		v, ok := strings.CutPrefix(a, "lang=")
		if !ok && a == "lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if l, err := i18n.Parse(v); err == nil {
				return l
			}
		}
	}
	return i18n.Default
}

// themeChoice combines --theme with the environment variable; the flag wins.
func themeChoice(flagValue string, e Env) (theme.Choice, error) {
	if flagValue != "" {
		return theme.ParseChoice(flagValue)
	}
	if v := e.Getenv(theme.EnvVar); v != "" {
		c, err := theme.ParseChoice(v)
		if err != nil {
			return theme.Auto, envError{theme.EnvVar, err}
		}
		return c, nil
	}
	return theme.Auto, nil
}

// envError names the environment variable whose value is wrong.
type envError struct {
	name string
	err  error
}

func (e envError) Error() string { return e.name + ": " + e.err.Error() }

// Message says which variable is wrong, and why, in l.
func (e envError) Message(l i18n.Lang) string { return txtEnvValue.F(l, e.name, explain(e.err, l)) }

// isTerminal reports whether f is an *os.File on a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

// screenPossible says whether a screen can be drawn and is wanted: both
// ends are a terminal, the terminal is not dumb, and no screen reader asked
// for text (ACCESSIBLE).
func screenPossible(e Env) bool {
	return e.Getenv("ACCESSIBLE") == "" && e.Getenv("TERM") != "dumb" &&
		isTerminal(e.Stdin) && isTerminal(e.Stdout)
}

// colorWanted is false under NO_COLOR (any non-empty value).
func colorWanted(e Env) bool { return e.Getenv("NO_COLOR") == "" }

// textOutput prepares output written as text rather than drawn: colour only
// on a terminal and without NO_COLOR, no escape code at all into a pipe or
// file, the background asked only when both ends are a terminal (so a pipe
// never waits on a query), and the terminal's width up to maxWidth (width
// when the output is not a terminal).
func textOutput(e Env, choice theme.Choice, width, maxWidth int) (io.Writer, theme.Theme, int) {
	out := &colorprofile.Writer{Forward: e.Stdout, Profile: colorprofile.NoTTY}
	color := false
	if f, ok := e.Stdout.(*os.File); ok && isTerminal(f) {
		out.Profile = colorprofile.Detect(f, os.Environ())
		color = colorWanted(e) && out.Profile > colorprofile.ASCII
		if w, _, err := term.GetSize(f.Fd()); err == nil && w >= 20 {
			width = min(w-2, maxWidth)
		}
	}
	dark := choice != theme.Light
	if choice == theme.Auto && color && isTerminal(e.Stdin) {
		dark = lipgloss.HasDarkBackground(e.Stdin.(*os.File), e.Stdout.(*os.File))
	}
	return out, theme.New(dark, color), width
}

// loadBank loads the question set and settles the interface language: the
// --lang flag, else the file's own language. On failure the error says
// what is wrong in that language (usage status: the set is an input).
func loadBank(e Env, path, langFlag string) (*quiz.Bank, i18n.Lang, error) {
	return loadSet(path, langFlag, e.Builtin.Bank, e.Builtin.Load, func(b *quiz.Bank) string { return b.Language })
}

// loadSet is loadBank for any kind of set S: builtin gives the embedded
// set in a language, load reads the file at path, and language is the
// set's own language code.
func loadSet[S any](path, langFlag string, builtin func(i18n.Lang) (S, error), load func(string) (S, error), language func(S) string) (S, i18n.Lang, error) {
	var set S
	l, err := i18n.Parse(langFlag)
	if err != nil {
		return set, i18n.Default, &exitError{code: exitUsage, lang: i18n.Default, err: err}
	}
	if path == "" {
		set, err = builtin(l)
	} else {
		set, err = load(path)
	}
	if err != nil {
		if fl, ok := questionfile.FileLang(err); ok && langFlag == "" {
			l = fl
		}
		var none S
		return none, l, &exitError{code: exitUsage, lang: l, err: err}
	}
	if langFlag == "" {
		if sl, err := i18n.Parse(language(set)); err == nil {
			l = sl
		}
	}
	return set, l, nil
}

// screenFPS is the renderer's frame rate. The first frame waits for the
// terminal's answer about its background (see frame.Detector), and the
// answer is drawn on the next frame tick: at 120 fps that costs at most
// 8 ms instead of 17, which keeps the first frame near 25 ms. Frames are
// only written when something changed, so the faster tick is nearly free.
const screenFPS = 120

// runScreen runs a Bubble Tea model on the command's terminal (run.go).
func runScreen(e Env, m tea.Model, l i18n.Lang) error {
	_, err := runProgram(e, m, l)
	return err
}

// txtOptionsHead heads the options table of a command's --help.
var txtOptionsHead = i18n.Text{NL: "Opties:", EN: "Options:"}

// writeUsage writes a command's --help in the one shape they share: the
// paragraphs before (title, usage line, what it does), "Options:" with
// t's table, and the paragraphs after (keys, examples), a blank line
// between each.
func writeUsage(w io.Writer, l i18n.Lang, before []i18n.Text, t *flagTable, after ...i18n.Text) {
	for _, p := range before {
		fmt.Fprintf(w, "%s\n\n", p.In(l))
	}
	fmt.Fprintf(w, "%s\n", txtOptionsHead.In(l))
	t.Write(w, l)
	for _, p := range after {
		fmt.Fprintf(w, "\n%s\n", p.In(l))
	}
}
