package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
)

// What every command shares: the language before flags are read, the
// theme choice, whether to draw a screen or write text, loading the
// question set, and running a screen. One place, so the quiz, cases and
// team behave alike.

var (
	txtUnknownFlag  = i18n.Text{NL: "onbekende optie --%s", EN: "unknown option --%s"}
	txtFlagNeedsArg = i18n.Text{NL: "de optie --%s verwacht een waarde", EN: "the option --%s needs a value"}
	txtFlagBadValue = i18n.Text{NL: "ongeldige waarde voor --%s", EN: "invalid value for --%s"}
)

// flagDoc is one line of a command's --help: the flag as typed, its
// argument and its meaning.
type flagDoc struct {
	flag  string
	arg   i18n.Text
	usage i18n.Text
}

// writeFlagDocs lists flags in two aligned columns.
func writeFlagDocs(w io.Writer, docs []flagDoc, l i18n.Lang) {
	names := make([]string, len(docs))
	width := 0
	for i, d := range docs {
		names[i] = d.flag
		if a := d.arg.In(l); a != "" {
			names[i] += " " + a
		}
		width = max(width, len([]rune(names[i])))
	}
	for i, d := range docs {
		fmt.Fprintf(w, "  %-*s  %s\n", width, names[i], d.usage.In(l))
	}
}

// flagError turns the flag package's English errors into a message in l
// that names the option the way the user typed it (with two dashes).
func flagError(err error, l i18n.Lang) string {
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
		return txtUnknownFlag.F(l, name("flag provided but not defined: "))
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return txtFlagNeedsArg.F(l, name("flag needs an argument: "))
	case strings.HasPrefix(msg, "invalid boolean value"), strings.HasPrefix(msg, "invalid value"):
		if i := strings.Index(msg, " for flag "); i >= 0 {
			return txtFlagBadValue.F(l, name(msg[:i]+" for flag "))
		}
	}
	return msg
}

// preLang finds --lang before flags are parsed, so that flag errors and
// --help already speak the chosen language.
func preLang(args []string) i18n.Lang {
	for i, a := range args {
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
func themeChoice(flagValue string, e env) (theme.Choice, error) {
	if flagValue != "" {
		return theme.ParseChoice(flagValue)
	}
	if v := e.getenv(theme.EnvVar); v != "" {
		c, err := theme.ParseChoice(v)
		if err != nil {
			return theme.Auto, fmt.Errorf("%s: %w", theme.EnvVar, err)
		}
		return c, nil
	}
	return theme.Auto, nil
}

// isTerminal reports whether f is an *os.File on a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

// screenPossible says whether a screen can be drawn and is wanted: both
// ends are a terminal, the terminal is not dumb, and no screen reader asked
// for text (ACCESSIBLE).
func screenPossible(e env) bool {
	return e.getenv("ACCESSIBLE") == "" && e.getenv("TERM") != "dumb" &&
		isTerminal(e.stdin) && isTerminal(e.stdout)
}

// colorWanted is false under NO_COLOR (any non-empty value).
func colorWanted(e env) bool { return e.getenv("NO_COLOR") == "" }

// textOutput prepares output written as text rather than drawn: colour only
// on a terminal and without NO_COLOR, no escape code at all into a pipe or
// file, the background asked only when both ends are a terminal (so a pipe
// never waits on a query), and the terminal's width up to maxWidth (width
// when the output is not a terminal).
func textOutput(e env, choice theme.Choice, width, maxWidth int) (io.Writer, theme.Theme, int) {
	out := &colorprofile.Writer{Forward: e.stdout, Profile: colorprofile.NoTTY}
	color := false
	if f, ok := e.stdout.(*os.File); ok && isTerminal(f) {
		out.Profile = colorprofile.Detect(f, os.Environ())
		color = colorWanted(e) && out.Profile > colorprofile.ASCII
		if w, _, err := term.GetSize(f.Fd()); err == nil && w >= 20 {
			width = min(w-2, maxWidth)
		}
	}
	dark := choice != theme.Light
	if choice == theme.Auto && color && isTerminal(e.stdin) {
		dark = lipgloss.HasDarkBackground(e.stdin.(*os.File), e.stdout.(*os.File))
	}
	return out, theme.New(dark, color), width
}

// loadBank loads the question set and settles the interface language: the
// --lang flag, else the file's own language. It prints the problem and
// returns a nil bank and the exit status when the set cannot be used.
func loadBank(e env, path, langFlag string) (*quiz.Bank, i18n.Lang, int) {
	l, err := i18n.Parse(langFlag)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return nil, i18n.Default, exitUsage
	}
	var bank *quiz.Bank
	if path == "" {
		bank, err = e.builtin.Bank(l)
	} else {
		bank, err = e.builtin.Load(path)
	}
	if err != nil {
		if fl, ok := quiz.FileLang(err); ok && langFlag == "" {
			l = fl
		}
		fmt.Fprintln(e.stderr, quiz.Message(err, l))
		return nil, l, exitUsage
	}
	if langFlag == "" {
		if bl, err := i18n.Parse(bank.Language); err == nil {
			l = bl
		}
	}
	return bank, l, exitOK
}

// screenFPS is the renderer's frame rate. The first frame waits for the
// terminal's answer about its background (see theme.Detector), and the
// answer is drawn on the next frame tick: at 120 fps that costs at most
// 8 ms instead of 17, which keeps the first frame near 25 ms. Frames are
// only written when something changed, so the faster tick is nearly free.
const screenFPS = 120
