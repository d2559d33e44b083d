package cultureroom_test

import (
	"fmt"
	"testing"

	"ideale-ambtenaar/domain/culture"
	"ideale-ambtenaar/domain/cultureroom"
)

// BenchmarkSnapshot is the projector's cost after every change: a room of
// 300 participants, 200 finished and 100 halfway.
func BenchmarkSnapshot(b *testing.B) {
	r, err := cultureroom.New(cultureroom.Config{Set: testSet(), Dir: b.TempDir(), Clock: clock})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	for i := range 300 {
		id, err := r.Join(fmt.Sprint("k", i), "", "web")
		if err != nil {
			b.Fatal(err)
		}
		steps := r.Steps()
		if i >= 200 {
			steps /= 2
		}
		for range steps {
			if err := r.Give(id, culture.Allocation{i % 11, 10 - i%11, 0}); err != nil {
				b.Fatal(err)
			}
		}
		if i < 200 {
			if _, err := r.Finish(id); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Lock(true); err != nil { // a change, so the snapshot is computed again
			b.Fatal(err)
		}
		_ = r.Snapshot()
		if err := r.Lock(false); err != nil {
			b.Fatal(err)
		}
		_ = r.Snapshot()
	}
}

// BenchmarkGive is one allocation journaled and synced to disk.
func BenchmarkGive(b *testing.B) {
	r, err := cultureroom.New(cultureroom.Config{Set: testSet(), Dir: b.TempDir(), Clock: clock})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	id, _ := r.Join("k", "", "web")
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Give(id, culture.Allocation{5, 3, 2}); err != nil {
			b.Fatal(err)
		}
		if err := r.Back(id); err != nil {
			b.Fatal(err)
		}
	}
}
