// Command ideale-ambtenaar is a terminal quiz that shows a civil servant's
// mix of the three ideal types of De ideale ambtenaar: bureaucraat,
// ondernemer and verbinder.
//
// This file is the command line: it picks a subcommand, and prints what went
// wrong once, in the user's language, with the exit status that fits
// (cli.go). The work itself lives in the layers below: domain, draw,
// screen and textmode.
package main

import (
	"io"
	"os"
	"strings"

	"ideale-ambtenaar/content"
	"ideale-ambtenaar/domain/quiz"
	"ideale-ambtenaar/i18n"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// env is everything a command may touch of the outside world, so that tests
// can run commands without a terminal or real environment.
type env struct {
	stdin   io.Reader
	stdout  io.Writer
	stderr  io.Writer
	getenv  func(string) string
	builtin quiz.Builtin
}

func main() {
	os.Exit(run(os.Args[1:], env{
		stdin:   os.Stdin,
		stdout:  os.Stdout,
		stderr:  os.Stderr,
		getenv:  os.Getenv,
		builtin: content.Builtin(),
	}))
}

// command is a subcommand: `ideale-ambtenaar NAME args…`.
type command struct {
	name    string
	summary i18n.Text
	run     func(e env, args []string) error
}

// commands lists the subcommands. Running without one takes the quiz.
func commands() []command {
	return []command{
		{"check", i18n.Text{
			NL: "controleer vragenbestanden en toon de balans per type",
			EN: "check question files and show the balance per type"}, runCheck},
		{"cases", i18n.Text{
			NL: "casusbespreking: laat per casus de drie typen reageren",
			EN: "case discussion: reveal each type's response per case"}, runCases},
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
func runHelp(e env, args []string) error {
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

// run dispatches to a subcommand or the quiz, prints what went wrong once
// (report) and returns the exit status.
func run(args []string, e env) int {
	if len(args) > 0 {
		for _, c := range commands() {
			if args[0] == c.name {
				return report(e.stderr, c.run(e, args[1:]))
			}
		}
	}
	return report(e.stderr, runQuiz(e, args))
}
