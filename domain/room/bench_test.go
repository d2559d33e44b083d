package room

import (
	"strconv"
	"sync"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

// BenchmarkAnswer is one acknowledged answer: validate, append to the
// journal, fsync (on the temp dir's disk), update the counts.
func BenchmarkAnswer(b *testing.B) {
	r := newTestRoom(b, Config{NoShuffle: true})
	id := join(b, r, "", "")
	answerAll(b, r, id, 0, 0, 0)
	b.ResetTimer()
	for i := range b.N {
		if err := r.Answer(id, ids[0], 1+i%2); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnswerParallel is a burst: many sessions answering at once,
// sharing fsyncs (group commit).
func BenchmarkAnswerParallel(b *testing.B) {
	r := newTestRoom(b, Config{NoShuffle: true, MaxParticipants: 100000})
	b.SetParallelism(50) // 50 goroutines per core: a room of answering people
	b.RunParallel(func(pb *testing.PB) {
		id, err := r.Join("", "", ViaSSH)
		if err != nil {
			b.Error(err)
			return
		}
		answerAll(b, r, id, 0, 0, 0)
		i := 0
		for pb.Next() {
			i++
			if err := r.Answer(id, ids[0], 1+i%2); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// fullRoom is 300 participants in the real question set, each with a
// different number of answers, a third finished.
func fullRoom(b *testing.B) *Room {
	bank := quiztest.Bank(b, i18n.NL)
	r := newTestRoom(b, Config{Bank: bank})
	for i := range 300 {
		id := join(b, r, "k"+strconv.Itoa(i), "Deelnemer "+strconv.Itoa(i))
		n := len(bank.Questions)
		if i%3 != 0 {
			n = i % n
		}
		for q := range n {
			if err := r.Answer(id, bank.Questions[q].ID, (i+q)%3); err != nil {
				b.Fatal(err)
			}
		}
		if i%3 == 0 {
			if _, err := r.Finish(id); err != nil {
				b.Fatal(err)
			}
		}
	}
	return r
}

// BenchmarkSnapshot computes the projector's snapshot of a room of 300
// (as after every change).
func BenchmarkSnapshot(b *testing.B) {
	r := fullRoom(b)
	b.ResetTimer()
	for range b.N {
		r.led.Lock()
		r.snap = nil
		r.led.Unlock()
		if s := r.Snapshot(); s.Joined != 300 {
			b.Fatal(s.Joined)
		}
	}
}

// BenchmarkSnapshotCached is the snapshot asked for again without a
// change (several screens, one change).
func BenchmarkSnapshotCached(b *testing.B) {
	r := fullRoom(b)
	r.Snapshot()
	b.ResetTimer()
	for range b.N {
		r.Snapshot()
	}
}

// BenchmarkResume replays the journal of a room of 300.
func BenchmarkResume(b *testing.B) {
	r := fullRoom(b)
	must(b, r.Close())
	b.ResetTimer()
	for range b.N {
		r2, _, err := Resume(r.Dir(), Config{Bank: r.Bank()})
		if err != nil {
			b.Fatal(err)
		}
		_ = r2.Close()
	}
}

// BenchmarkBurst300 is 300 participants answering at the same moment (the
// trainer says "go"): one op is the whole burst, from the first call to
// the last acknowledgement. It reports the slowest acknowledgement too.
func BenchmarkBurst300(b *testing.B) {
	r := newTestRoom(b, Config{NoShuffle: true})
	idsOf := make([]ParticipantID, 300)
	for i := range idsOf {
		idsOf[i] = join(b, r, "", "")
		must(b, r.Answer(idsOf[i], ids[0], 0))
	}
	var worst time.Duration
	b.ResetTimer()
	for n := range b.N {
		var wg sync.WaitGroup
		var mu sync.Mutex
		start := make(chan struct{})
		for _, id := range idsOf {
			wg.Go(func() {
				<-start
				t0 := time.Now()
				if err := r.Answer(id, ids[0], 1+n%2); err != nil {
					b.Error(err)
				}
				d := time.Since(t0)
				mu.Lock()
				worst = max(worst, d)
				mu.Unlock()
			})
		}
		close(start)
		wg.Wait()
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ack-ms")
}
