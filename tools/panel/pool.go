package main

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Pooling rounds. A panel of five is small: the mean attractiveness of an
// option moves by about a third of a point between two panels of the same
// text, so a scenario can cross the one-point line by chance. With -pool
// the report adds the ratings of earlier rounds (round1/, round2/, … next
// to ratings/, which is the current round) for every scenario whose text
// has not changed since: changed.txt says from which round on a
// scenario's ratings count ("ID ROUND" a line, "* ROUND" for the rest).

// pooledRatings reads the rounds in dir (roundN/ folders and ratings/ as
// the round after the last), keeping for each scenario the ratings from
// the round named in changed.txt on. Raters are named per round.
func pooledRatings(dir string, s *set) ([]rating, error) {
	since, err := readChanged(filepath.Join(dir, "changed.txt"))
	if err != nil {
		return nil, err
	}
	rounds := map[int]string{}
	last := 0
	folders, _ := filepath.Glob(filepath.Join(dir, "round*"))
	for _, f := range folders {
		n, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(f), "round"))
		if err == nil {
			rounds[n] = f
			last = max(last, n)
		}
	}
	rounds[last+1] = filepath.Join(dir, "ratings")
	var nums []int
	for n := range rounds {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	var out []rating
	for _, n := range nums {
		rs, err := readRatingsDir(rounds[n], s)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			from, ok := since[r.Scenario]
			if !ok {
				from = since["*"]
			}
			if n >= from {
				r.Rater = "round" + strconv.Itoa(n) + "/" + r.Rater
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// readChanged reads changed.txt: "ID ROUND" lines, # comments. A missing
// file pools every round.
func readChanged(path string) (map[string]int, error) {
	m := map[string]int{"*": 1}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return m, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			continue
		}
		if n, err := strconv.Atoi(fields[1]); err == nil {
			m[fields[0]] = n
		}
	}
	return m, sc.Err()
}
