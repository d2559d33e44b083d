package sshjoin

import (
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkSessions50 joins 1, then 50 real OpenSSH clients (each in its own pty,
// keyless, as many participants are) at once and reports the time from
// starting ssh to the first screen (the name step) as p50/p95/max, and the
// server's memory per idle session: the Go heap and stacks in use after a
// GC, and the process RSS, before and after, divided by 50. The clients
// are separate processes, so the memory is the server's alone.
//
//	go test ./serve/sshjoin -run '^$' -bench Sessions50 -benchtime 1x
func BenchmarkSessions50(b *testing.B) {
	for _, n := range []int{1, 50} {
		b.Run(strconv.Itoa(n), func(b *testing.B) { benchSessions(b, n) })
	}
}

func benchSessions(b *testing.B, n int) {
	bin, err := exec.LookPath("ssh")
	if err != nil {
		b.Skip("no OpenSSH client")
	}
	for b.Loop() {
		r := newRoom(b, 0)
		_, addr := serve(b, r, Limits{ConnBurst: 1000})
		heap0, rss0 := memory()
		clients := make([]*sshClient, n)
		first := make([]time.Duration, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				start := time.Now()
				c := startSSH(b, bin, addr, "7K3Q", "")
				if !c.waitFor("Je naam") {
					b.Errorf("session %d: no first screen", i)
				}
				first[i] = time.Since(start)
				clients[i] = c
			})
		}
		wg.Wait()
		time.Sleep(2 * time.Second) // idle: detection timed out, nothing to draw
		heap1, rss1 := memory()
		cpu0, at0 := cpuTime(), time.Now()
		time.Sleep(3 * time.Second)
		b.ReportMetric(100*(cpuTime()-cpu0).Seconds()/time.Since(at0).Seconds(), "%cpu-idle")
		slices.Sort(first)
		b.ReportMetric(float64(first[n/2].Milliseconds()), "ms-first-p50")
		b.ReportMetric(float64(first[n*95/100].Milliseconds()), "ms-first-p95")
		b.ReportMetric(float64(first[n-1].Milliseconds()), "ms-first-max")
		b.ReportMetric(float64(heap1-heap0)/float64(n)/1024, "KB-heap/session")
		b.ReportMetric(float64(rss1-rss0)/float64(n)/1024, "KB-rss/session")
		for _, c := range clients {
			_ = c.cmd.Process.Kill()
		}
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond // USER_HZ = 100
}

// memory is the heap and stacks in use after a GC, and the RSS, in bytes.
func memory() (heap, rss int64) {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap = int64(ms.HeapInuse + ms.StackInuse)
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return heap, 0
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			rss = kb * 1024
		}
	}
	return heap, rss
}
