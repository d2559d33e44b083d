// Package gendata makes result files for tests, benchmarks and demos of
// the team view: many participants with a believable spread of mixes.
package gendata

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// Bank is a synthetic question set of n questions, each with one option
// per type worth one point, like a small real set.
func Bank(n int) *quiz.Bank {
	b := &quiz.Bank{Title: "Synthetische set", Language: "nl", Source: "gendata",
		Hash: "5e7d0c1a9b3f4e2d8c6a5b4e3f2d1c0b9a8f7e6d5c4b3a291807f6e5d4c3b2a1"}
	for i := range n {
		q := quiz.Question{ID: fmt.Sprintf("q%02d", i+1), Scenario: "…"}
		for _, t := range profile.Types {
			var p profile.Points
			p[t] = 1
			q.Options = append(q.Options, quiz.Option{Text: t.Key(), Points: p})
		}
		b.Questions = append(b.Questions, q)
	}
	return b
}

var firstNames = []string{
	"Anna", "Bas", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hatice",
	"Ilse", "Joost", "Karim", "Lotte", "Mohamed", "Noor", "Olaf", "Priya",
	"Quinten", "Roos", "Sem", "Tessa", "Umut", "Vera", "Willem", "Yara", "Zoë",
}

// Walk answers every question of b for a person whose leaning is given by
// weights (one per type): each answer picks the option whose points,
// weighted, score highest, with some noise so that nobody is a caricature.
func Walk(b *quiz.Bank, weights [profile.Count]float64, rng *rand.Rand) *quiz.Walk {
	w := quiz.NewWalk(b, quiz.Ordering{Shuffle: true, Seed: rng.Uint64()})
	for !w.Done() {
		best, bestScore := 0, -1.0
		for pos, o := range w.Shown() {
			score := rng.Float64() * 1.2
			for _, t := range profile.Types {
				score += weights[t] * float64(o.Points[t])
			}
			if score > bestScore {
				best, bestScore = pos, score
			}
		}
		w.Answer(best)
	}
	return w
}

// Write saves n results for b in dir (created if missing) as
// gen-00001-<name>.json and so on, the same for the same seed. About a
// third are anonymous; the times run from 1 November 2026, a minute or so
// apart. It writes with os.WriteFile, not results.Save: test data needs
// no fsync per file.
func Write(dir string, n int, b *quiz.Bank, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x7ea3))
	start := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	for i := range n {
		var weights [profile.Count]float64
		for t := range weights {
			weights[t] = rng.Float64()
		}
		weights[rng.IntN(profile.Count)] += 0.3 // most people lean somewhere
		name := ""
		if rng.IntN(3) > 0 {
			name = firstNames[rng.IntN(len(firstNames))]
		}
		at := start.Add(time.Duration(i)*time.Minute + time.Duration(rng.IntN(60))*time.Second)
		r := results.NewResult(Walk(b, weights, rng), name, at)
		buf.Reset()
		if err := r.Encode(&buf); err != nil {
			return err
		}
		slug := results.Slug(name)
		if slug == "" {
			slug = results.AnonymousSlug
		}
		file := filepath.Join(dir, fmt.Sprintf("gen-%05d-%s.json", i+1, slug))
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Take walks bank choosing the option of each given type in turn and
// returns the result as saved. It fails when an answer is refused or the
// walk is not finished by the last type.
func Take(bank *quiz.Bank, name string, at time.Time, types ...profile.Type) (results.Result, error) {
	w := quiz.NewWalk(bank, quiz.Ordering{Shuffle: true, Seed: uint64(at.Unix())})
	for _, want := range types {
		pos := -1
		for p, idx := range w.Order()[w.Index()] {
			if idx == int(want) {
				pos = p
			}
		}
		if !w.Answer(pos) {
			return results.Result{}, fmt.Errorf("answer %v refused", want)
		}
	}
	if !w.Done() {
		return results.Result{}, fmt.Errorf("walk not finished after %d answers", len(types))
	}
	return results.NewResult(w, name, at), nil
}

// ThreeResultsAt is the time of the first of ThreeResults.
var ThreeResultsAt = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

// ThreeResults saves the three results of the hand-computed team example
// in dir (in reverse order of time, so that numbering by time is tested).
// Four questions, one point per answer:
//
//	Anna      (09:00)  B B B O  → 3,1,0 points → 75 % 25 %  0 %
//	anonymous (09:05)  O O V V  → 0,2,2 points →  0 % 50 % 50 %  (tied)
//	Bas       (09:10)  B B O V  → 2,1,1 points → 50 % 25 % 25 %
//
// Average of the percentages: 41.67, 33.33, 25.00 → largest remainder
// 42, 33, 25. Spread: B 0–75, O 25–50, V 0–50. Strongest: bureaucraat 2,
// ondernemer 0, verbinder 0, tied 1. Blind spots: ondernemer and verbinder
// (nobody leads with them); verbinder's 25 % is not below 25.
func ThreeResults(dir string) error {
	const B, O, V = profile.Bureaucraat, profile.Ondernemer, profile.Verbinder
	bank := Bank(4)
	at := ThreeResultsAt
	for _, r := range []struct {
		name  string
		at    time.Time
		types []profile.Type
	}{
		{"Bas", at.Add(10 * time.Minute), []profile.Type{B, B, O, V}},
		{"", at.Add(5 * time.Minute), []profile.Type{O, O, V, V}},
		{"Anna", at, []profile.Type{B, B, B, O}},
	} {
		res, err := Take(bank, r.name, r.at, r.types...)
		if err != nil {
			return err
		}
		if _, err := results.Save(dir, res); err != nil {
			return err
		}
	}
	return nil
}
