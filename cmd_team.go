package main

// runTeam is a placeholder until the team subcommand lands.
func runTeam(e env, args []string) int {
	_, _ = e.stderr.Write([]byte("team: not yet available\n"))
	return exitFailure
}
