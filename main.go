// Command ideale-ambtenaar is a terminal quiz that shows a civil servant's
// mix of the three ideal types of De ideale ambtenaar: bureaucraat,
// ondernemer and verbinder.
//
// This file only hands the process to package command, with the question
// sets embedded from the top of the repository (embed.go) and the build's
// version (version.go). The command line, the layers and their packages
// are described in the README, "Opbouw van de code".
package main

import (
	"os"

	"ideale-ambtenaar/command"
)

func main() {
	os.Exit(command.Run(os.Args[1:], command.Env{
		Stdin:          os.Stdin,
		Stdout:         os.Stdout,
		Stderr:         os.Stderr,
		Getenv:         os.Getenv,
		Builtin:        builtin(),
		CultureBuiltin: cultureBuiltin(),
		Version:        versionLine(),
	}))
}
