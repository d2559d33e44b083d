// Command gen writes result files for trying out and measuring the team
// view:
//
//	go run ./tools/teamgen -n 10000 -dir /tmp/team10k
//	go run ./tools/teamgen -n 30 -dir /tmp/team30 -questions questions.yaml
//
// Without -questions it uses a synthetic set of 24 questions; with it, the
// given question file (so that the results fit a real set).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/tools/gendata"
)

func main() {
	n := flag.Int("n", 10000, "number of result files")
	dir := flag.String("dir", "", "directory to write them to (created if missing)")
	questions := flag.String("questions", "", "question file (YAML); default a synthetic set of 24 questions")
	seed := flag.Uint64("seed", 1, "seed: the same seed writes the same files")
	flag.Parse()
	if *dir == "" || *n < 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./tools/teamgen -n 10000 -dir /tmp/team10k [-questions FILE] [-seed N]")
		os.Exit(2)
	}
	bank := gendata.Bank(24)
	if *questions != "" {
		data, err := os.ReadFile(*questions)
		if err == nil {
			bank, err = questionfile.Parse(questionfile.File{Name: *questions, Data: data}, nil)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	start := time.Now()
	if err := gendata.Write(*dir, *n, bank, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("%d results for %q in %s (%v)\n", *n, bank.Title, *dir, time.Since(start).Round(time.Millisecond))
}
