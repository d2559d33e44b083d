package team

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/tools/gendata"
)

var (
	dir10k     string
	dir10kOnce sync.Once
	dir10kErr  error
)

// resultDir10k writes 10,000 results of a 24-question set (as the real
// set has) once per test binary.
func resultDir10k(b *testing.B) string {
	dir10kOnce.Do(func() {
		dir10k, dir10kErr = os.MkdirTemp("", "team10k-")
		if dir10kErr == nil {
			dir10kErr = gendata.Write(dir10k, 10000, gendata.Bank(24), 1)
		}
	})
	if dir10kErr != nil {
		b.Fatal(dir10kErr)
	}
	return dir10k
}

func TestMain(m *testing.M) {
	code := m.Run()
	if dir10k != "" {
		_ = os.RemoveAll(dir10k)
	}
	os.Exit(code)
}

// BenchmarkAggregate10k reads 10,000 result files from a directory and
// computes the team's summary: what `team DIR` does before it draws.
func BenchmarkAggregate10k(b *testing.B) {
	dir := resultDir10k(b)
	var c *Collection
	for b.Loop() {
		c = Read([]string{dir})
		_ = Summarize(c.Mixes())
	}
	if len(c.Participants) != 10000 || len(c.Skipped) != 0 {
		b.Fatalf("%d participants, %d skipped", len(c.Participants), len(c.Skipped))
	}
	b.ReportMetric(float64(retained(func() any { return Read([]string{dir}) }))/10000, "retained-B/participant")
}

// BenchmarkRetainedBySize shows that what Read keeps depends on the number
// of participants, not on file size: the same 1,000 results, once as
// saved and once padded to about 200 KB each with an unknown field.
func BenchmarkRetainedBySize(b *testing.B) {
	small := b.TempDir()
	if err := gendata.Write(small, 1000, gendata.Bank(24), 2); err != nil {
		b.Fatal(err)
	}
	padded := b.TempDir()
	entries, _ := os.ReadDir(small)
	pad := `"notes": "` + strings.Repeat("x", 200_000) + `",`
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(small, e.Name()))
		data = []byte(strings.Replace(string(data), "{", "{"+pad, 1))
		if err := os.WriteFile(filepath.Join(padded, e.Name()), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, dir := range []string{small, padded} {
		name := map[string]string{small: "saved", padded: "padded-200KB"}[dir]
		b.Run(name, func(b *testing.B) {
			var c *Collection
			for b.Loop() {
				c = Read([]string{dir})
			}
			if len(c.Participants) != 1000 {
				b.Fatalf("%d participants", len(c.Participants))
			}
			b.ReportMetric(float64(retained(func() any { return Read([]string{dir}) }))/1000, "retained-B/participant")
		})
	}
}

// retained is the heap that the value made by f keeps alive.
func retained(f func() any) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := f()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

// BenchmarkAggregateCulture1k reads 1,000 culture results (six
// dimensions) and summarises them: a culture result is decoded twice (as
// a quiz summary, refused for its kind, then as culture), which this
// measures.
func BenchmarkAggregateCulture1k(b *testing.B) {
	dir := b.TempDir()
	set := teamtest.CultureSet()
	for len(set.Dimensions) < 6 {
		set.Dimensions = append(set.Dimensions, set.Dimensions[0])
		set.Dimensions[len(set.Dimensions)-1].ID = fmt.Sprint("d", len(set.Dimensions))
	}
	for i := range 1000 {
		var now, desired []culture.Allocation
		for d := range 6 {
			x := (i + d) % 11
			now = append(now, culture.Allocation{x, 10 - x, 0})
			desired = append(desired, culture.Allocation{0, x, 10 - x})
		}
		r, err := teamtest.Take(set, fmt.Sprint("p", i), teamtest.CultureAt.Add(time.Duration(i)*time.Second), now, desired)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := results.Save(dir, r); err != nil {
			b.Fatal(err)
		}
	}
	var c *Collection
	for b.Loop() {
		c = Read([]string{dir})
		_ = SummarizeCulture(c.CultureMixes())
	}
	if len(c.Cultures) != 1000 || len(c.Skipped) != 0 {
		b.Fatalf("%d culture results, %d skipped", len(c.Cultures), len(c.Skipped))
	}
	b.ReportMetric(float64(retained(func() any { return Read([]string{dir}) }))/1000, "retained-B/participant")
}
