package main

// runCheck is a placeholder until the check subcommand lands.
func runCheck(e env, args []string) int {
	_, _ = e.stderr.Write([]byte("check: not yet available\n"))
	return exitFailure
}
