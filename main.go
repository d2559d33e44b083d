// Command ideale-ambtenaar is a terminal quiz that shows a civil servant's
// mix of the three ideal types of De ideale ambtenaar: bureaucraat,
// ondernemer and verbinder.
//
// This file is the command line: it reads flags, picks a subcommand and turns
// every failure into a message and an exit status. The work itself lives in
// the packages.
package main

import (
	"embed"
	"fmt"
	"io"
	"os"
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

//go:embed questions.yaml questions.en.yaml
var embedded embed.FS

// Exit statuses. Usage and input errors are 2, as is the custom for
// command-line tools; 1 is a run that failed or a check that found problems.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

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
		builtin: builtin(),
	}))
}

// builtin returns the embedded question sets.
func builtin() quiz.Builtin {
	read := func(name string) quiz.File {
		data, err := embedded.ReadFile(name)
		if err != nil {
			panic(err) // cannot happen: go:embed guarantees the files
		}
		return quiz.File{Name: name, Data: data}
	}
	return quiz.Builtin{
		i18n.NL: read("questions.yaml"),
		i18n.EN: read("questions.en.yaml"),
	}
}

// command is a subcommand: `ideale-ambtenaar NAME args…`.
type command struct {
	name    string
	summary i18n.Text
	run     func(e env, args []string) int
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
		{"help", i18n.Text{
			NL: "hulp: help of help OPDRACHT, net als --help",
			EN: "help: help or help COMMAND, the same as --help"}, runHelp},
	}
}

var txtHelpUnknown = i18n.Text{
	NL: "help: onbekende opdracht %q; kies uit %s\nZie 'ideale-ambtenaar --help'.",
	EN: "help: unknown command %q; choose from %s\nSee 'ideale-ambtenaar --help'."}

// runHelp is `ideale-ambtenaar help [COMMAND]`: the same as `--help` and
// `COMMAND --help`, for those who type help as a word. Flags such as
// --lang en are passed on; "quiz" names the quiz itself.
func runHelp(e env, args []string) int {
	var name string
	var rest []string
	for _, a := range args {
		if name == "" && !strings.HasPrefix(a, "-") && !isFlagValue(args, a) {
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
	var names []string
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, rest)
		}
		names = append(names, c.name)
	}
	l := preLang(args)
	fmt.Fprintln(e.stderr, txtHelpUnknown.F(l, name, strings.Join(names, ", ")))
	return exitUsage
}

// isFlagValue reports whether a is the value of a preceding "--lang"
// (the only flag help passes on that takes a separate value).
func isFlagValue(args []string, a string) bool {
	for i := 1; i < len(args); i++ {
		if args[i] == a && strings.TrimLeft(args[i-1], "-") == "lang" {
			return true
		}
	}
	return false
}

// run dispatches to a subcommand or the quiz and returns the exit status.
func run(args []string, e env) int {
	if len(args) > 0 {
		for _, c := range commands() {
			if args[0] == c.name {
				return c.run(e, args[1:])
			}
		}
	}
	return runQuiz(e, args)
}
