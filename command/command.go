// Package command is the command line of ideale-ambtenaar: it picks a
// subcommand (one file each: quiz.go, check.go, cases.go, team.go,
// culture.go, live.go), parses its flags from one table, and prints what
// went wrong once, in the user's language, with the exit status that fits
// (cli.go). Signals and the terminal are handled in run.go. The work
// itself lives in the layers below: the domain (quiz, profile, domain/…),
// draw, screen, textmode and serve.
package command

import (
	"io"
	"strings"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
)

// Env is everything a command may touch of the outside world, so that
// tests can run commands without a terminal or real environment. main
// fills it from the process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Builtin and CultureBuiltin are the embedded question and culture
	// sets, one per language.
	Builtin        questionfile.Builtin
	CultureBuiltin questionfile.CultureBuiltin
	// Version names the build: version, commit and date (--version).
	Version string
}

// command is a subcommand: `ideale-ambtenaar NAME args…`.
type command struct {
	name    string
	summary i18n.Text
	run     func(e Env, args []string) error
}

// commands lists the subcommands. Running without one takes the quiz.
func commands() []command {
	return []command{
		{"check", i18n.Text{
			NL: "controleer vragenbestanden en toon de balans per type",
			EN: "check question files and show the balance per type"}, runCheck},
		{"cases", i18n.Text{
			NL: "casusbespreking: laat per casus de drie typen reageren",
			EN: "scenario discussion: reveal each type's response per scenario"}, runCases},
		{"team", i18n.Text{
			NL: "toon de mix van een team uit opgeslagen resultaten",
			EN: "show a team's mix from saved results"}, runTeam},
		{"live", i18n.Text{
			NL: "live sessie: de zaal doet mee over SSH en met de telefoon",
			EN: "live session: the room joins over SSH and from phones"}, runLive},
		{"culture", i18n.Text{
			NL: "organisatiecultuur: nu en gewenst",
			EN: "organisation culture: now and desired"}, runCulture},
		{"help", i18n.Text{
			NL: "hulp: help of help OPDRACHT, net als --help",
			EN: "help: help or help COMMAND, the same as --help"}, runHelp},
	}
}

var txtHelpUnknown = i18n.Text{
	NL: "onbekende opdracht %q; kies uit %s",
	EN: "unknown command %q; choose from %s"}

// runHelp is `ideale-ambtenaar help [COMMAND]`: the same as `--help` and
// `COMMAND --help`, for those who type help as a word. Flags such as
// --lang en are passed on; "quiz" names the quiz itself.
func runHelp(e Env, args []string) error {
	var name string
	var rest []string
	for i, a := range args {
		if name == "" && !strings.HasPrefix(a, "-") && (i == 0 || strings.TrimLeft(args[i-1], "-") != "lang") {
			name = a
			continue
		}
		rest = append(rest, a)
	}
	rest = append(rest, "--help")
	switch name {
	case "", "quiz", "help":
		return runQuiz(e, rest)
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, rest)
		}
	}
	return usageError("help", preLang(args), i18n.Errorf(txtHelpUnknown, name, commandNames()))
}

// Run dispatches to a subcommand or the quiz, prints what went wrong once
// (report) and returns the exit status.
func Run(args []string, e Env) int {
	args = commandFirst(args)
	if len(args) > 0 {
		for _, c := range commands() {
			if args[0] == c.name {
				return report(e.Stderr, c.run(e, args[1:]))
			}
		}
	}
	return report(e.Stderr, runQuiz(e, args))
}

// commandFirst moves options given before a command behind it, so that
// `ideale-ambtenaar --lang en team DIR` is `team --lang en DIR`: the
// options that every command shares (--lang, --theme, --plain) may stand
// on either side. It looks only at a leading run of options (a value
// option takes the next argument) followed by a command's name; anything
// else is left alone for the quiz, which names what it does not know. An
// option the command does not take is refused by that command, by name.
func commandFirst(args []string) []string {
	var o quizOptions
	fs := quizFlags(&o).fs
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || a == "-" {
			return args
		}
		if !strings.HasPrefix(a, "-") {
			for _, c := range commands() {
				if a == c.name {
					if i == 0 {
						return args
					}
					out := make([]string, 0, len(args))
					out = append(out, a)
					out = append(out, args[:i]...)
					return append(out, args[i+1:]...)
				}
			}
			return args
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if f == nil {
			return args // the quiz says which option it does not know
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); (!ok || !b.IsBoolFlag()) && !hasValue {
			i++ // the option's value
		}
	}
	return args
}
