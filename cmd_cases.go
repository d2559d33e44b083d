package main

// runCases is a placeholder until the cases subcommand lands.
func runCases(e env, args []string) int {
	_, _ = e.stderr.Write([]byte("cases: not yet available\n"))
	return exitFailure
}
