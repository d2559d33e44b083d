package main

import (
	"fmt"
	"io"
	"strings"
)

// verdict is "ok" or "NOT OK" for a report line.
func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "NOT OK"
}

// report prints the checks for one set and reports whether every
// threshold is met. The labels are English: the report is a developer's
// tool, read next to the brief.
func report(w io.Writer, s *set) bool {
	contexts := map[string]bool{}
	nOpts := 0
	for _, q := range s.Questions {
		contexts[q.Context] = true
		nOpts += len(q.Options)
	}
	fmt.Fprintf(w, "== %s (%s): %d scenarios, %d options, %d contexts\n",
		s.Path, s.Language, len(s.Questions), nOpts, len(contexts))

	// Key: one type, one point; equal maximum per type.
	single := true
	maxPer := map[string]int{}
	for _, q := range s.Questions {
		best := map[string]int{}
		for i, o := range q.Options {
			t, one := o.key()
			if !one {
				single = false
				fmt.Fprintf(w, "   %s option %d does not score exactly one type with 1 point\n", q.ID, i+1)
			}
			best[t] = 1
		}
		for _, t := range typeKeys {
			maxPer[t] += best[t]
		}
	}
	equal := maxPer["bureaucraat"] == maxPer["ondernemer"] && maxPer["ondernemer"] == maxPer["verbinder"]
	fmt.Fprintf(w, "key         one type, 1 point each: %s; maximum per type B %d, O %d, V %d: %s\n",
		verdict(single), maxPer["bureaucraat"], maxPer["ondernemer"], maxPer["verbinder"], verdict(equal))

	// LIX.
	var scen, opts []float64
	var over []string
	for _, q := range s.Questions {
		v := lix(clean(q.Scenario))
		scen = append(scen, v)
		if v > maxLIX {
			over = append(over, fmt.Sprintf("%s scenario %.1f", q.ID, v))
		}
		for i, o := range q.Options {
			v := lix(clean(o.Text))
			opts = append(opts, v)
			if v > maxLIX {
				over = append(over, fmt.Sprintf("%s option %d %.1f", q.ID, i+1, v))
			}
		}
	}
	all := append(append([]float64{}, scen...), opts...)
	lixOK := len(over) == 0 && mean(all) <= maxMeanLIX
	fmt.Fprintf(w, "LIX         scenarios max %.1f mean %.1f over %d: %d; options max %.1f mean %.1f over %d: %d; all mean %.1f: %s\n",
		maxOf(scen), mean(scen), maxLIX, countOver(scen, maxLIX),
		maxOf(opts), mean(opts), maxLIX, countOver(opts, maxLIX), mean(all), verdict(lixOK))
	for _, o := range over {
		fmt.Fprintf(w, "   over %d: %s\n", maxLIX, o)
	}

	// Option lengths.
	var ratios []float64
	var wide []string
	longest := map[string]int{}
	for _, q := range s.Questions {
		r := lengthRatio(q)
		ratios = append(ratios, r)
		if r > maxRatio {
			wide = append(wide, fmt.Sprintf("%s %.2f", q.ID, r))
		}
		hi, ht := -1, ""
		for _, o := range q.Options {
			if n := runeLen(o.Text); n > hi {
				hi = n
				ht, _ = o.key()
			}
		}
		longest[ht]++
	}
	fmt.Fprintf(w, "lengths     longest/shortest option max %.2f mean %.2f, over %.2f: %d: %s\n",
		maxOf(ratios), mean(ratios), maxRatio, len(wide), verdict(len(wide) == 0))
	for _, x := range wide {
		fmt.Fprintf(w, "   over %.2f: %s\n", maxRatio, x)
	}
	fmt.Fprintf(w, "longest     option of a scenario by type: B %d, O %d, V %d\n",
		longest["bureaucraat"], longest["ondernemer"], longest["verbinder"])

	// Best and risk.
	tagged, balanced := 0, true
	var parts []string
	for _, t := range typeKeys {
		c := s.Shown[t]
		if c == nil {
			c = &shown{}
		}
		tagged += c.Best + c.Risk
		balanced = balanced && c.Best == c.Risk
		parts = append(parts, fmt.Sprintf("%s %d/%d", initial(t), c.Best, c.Risk))
	}
	fmt.Fprintf(w, "best/risk   options tagged # best / # risk per type: %s; untagged %d: %s\n",
		strings.Join(parts, ", "), nOpts-tagged, verdict(balanced && tagged == nOpts))

	// Give-away words.
	gs := giveaways(s, s.Language, giveawayMin)
	fmt.Fprintf(w, "give-aways  words in >= %d options of one type and none of the others: %d: %s\n",
		giveawayMin, len(gs), verdict(len(gs) == 0))
	for _, g := range gs {
		fmt.Fprintf(w, "   %-12s %q in %d options\n", g.Type, g.Word, g.Options)
	}

	// Per scenario.
	fmt.Fprintf(w, "%-34s %5s  %-26s %5s\n", "scenario", "LIX", "options LIX (key)", "ratio")
	for _, q := range s.Questions {
		var parts []string
		for _, o := range q.Options {
			t, _ := o.key()
			parts = append(parts, fmt.Sprintf("%4.1f %s", lix(clean(o.Text)), initial(t)))
		}
		fmt.Fprintf(w, "%-34s %5.1f  %-26s %5.2f\n", clean(q.ID), lix(clean(q.Scenario)), strings.Join(parts, "  "), lengthRatio(q))
	}
	return single && equal && lixOK && len(wide) == 0 && len(gs) == 0 && balanced && tagged == nOpts
}

// compareKeys checks that both languages have the same ids, in the same
// order, with the same keys per option.
func compareKeys(w io.Writer, a, b *set) bool {
	var diffs []string
	if len(a.Questions) != len(b.Questions) {
		diffs = append(diffs, fmt.Sprintf("%d scenarios against %d", len(a.Questions), len(b.Questions)))
	}
	for i := 0; i < min(len(a.Questions), len(b.Questions)); i++ {
		qa, qb := a.Questions[i], b.Questions[i]
		if qa.ID != qb.ID {
			diffs = append(diffs, fmt.Sprintf("scenario %d: id %q against %q", i+1, clean(qa.ID), clean(qb.ID)))
			continue
		}
		if len(qa.Options) != len(qb.Options) {
			diffs = append(diffs, fmt.Sprintf("%s: %d options against %d", clean(qa.ID), len(qa.Options), len(qb.Options)))
			continue
		}
		for j := range qa.Options {
			ka, _ := qa.Options[j].key()
			kb, _ := qb.Options[j].key()
			if ka != kb {
				diffs = append(diffs, fmt.Sprintf("%s option %d: %s against %s", clean(qa.ID), j+1, ka, kb))
			}
		}
	}
	fmt.Fprintf(w, "\n== %s and %s: same ids and keys: %s\n", a.Path, b.Path, verdict(len(diffs) == 0))
	for _, d := range diffs {
		fmt.Fprintf(w, "   %s\n", d)
	}
	return len(diffs) == 0
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

func maxOf(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

func countOver(xs []float64, limit float64) int {
	n := 0
	for _, x := range xs {
		if x > limit {
			n++
		}
	}
	return n
}

// initial is a type key's first letter in upper case, "?" for none.
func initial(t string) string {
	if t == "" {
		return "?"
	}
	return strings.ToUpper(t[:1])
}
