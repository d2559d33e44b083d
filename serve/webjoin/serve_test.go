package webjoin

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"sort"
	"sync"
	"testing"
	"time"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/quiz/quiztest"
)

func TestServeAndShutdown(t *testing.T) {
	s := newSite(t, room.Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.srv.Serve(ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/j/7K3Q")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("served %d %v", resp.StatusCode, resp.Header)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve returned %v", err)
	}
}

// BenchmarkRoom: each iteration is one participant who joins and answers the whole real set (26 posts, each
// with its redirect and page), 50 at a time, and reports the latency of an
// answer (post to next page) at p50 and p95. Run with
// go test -run - -bench Room -benchtime 200x ./serve/webjoin.
func BenchmarkRoom(b *testing.B) {
	bank := quiztest.Bank(b, i18n.NL)
	r, err := room.New(room.Config{Bank: bank, Dir: b.TempDir(), Code: testCode, MaxParticipants: 100000})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	srv, err := New(Config{Room: r})
	if err != nil {
		b.Fatal(err)
	}
	srv.unlimit()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()

	var mu sync.Mutex
	var lat []time.Duration
	sem := make(chan struct{}, 50)
	var wg sync.WaitGroup
	b.ResetTimer()
	for range b.N {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			p := benchPhone(base)
			if err := p.run(len(bank.Questions), func(d time.Duration) {
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}); err != nil {
				b.Error(err)
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms/answer")
		b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms/answer")
	}
}

type bphone struct {
	base string
	c    *http.Client
	body string
}

func benchPhone(base string) *bphone {
	jar := newJar()
	return &bphone{base: base, c: &http.Client{Jar: jar, Timeout: 30 * time.Second}}
}

func (p *bphone) do(method, path string, form url.Values) error {
	var resp *http.Response
	var err error
	if method == "GET" {
		resp, err = p.c.Get(p.base + path)
	} else {
		resp, err = p.c.PostForm(p.base+path, form)
	}
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var buf [64 << 10]byte
	n := 0
	for {
		m, err := resp.Body.Read(buf[n:])
		n += m
		if err != nil || n == len(buf) {
			break
		}
	}
	p.body = string(buf[:n])
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: %d", method, path, resp.StatusCode)
	}
	return nil
}

func (p *bphone) run(n int, record func(time.Duration)) error {
	if err := p.do("GET", "/j/"+string(testCode), nil); err != nil {
		return err
	}
	csrf := reCSRF.FindStringSubmatch(p.body)[1]
	if err := p.do("POST", "/join", url.Values{"csrf": {csrf}, "code": {string(testCode)}}); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		m := reScenario.FindStringSubmatch(p.body)
		if m == nil {
			return fmt.Errorf("no scenario on page %d", i)
		}
		t0 := time.Now()
		if err := p.do("POST", "/answer", url.Values{"csrf": {csrf}, "scenario": {m[1]}, "choice": {fmt.Sprint(i % 3)}}); err != nil {
			return err
		}
		record(time.Since(t0))
	}
	return nil
}

func newJar() http.CookieJar {
	j, _ := cookiejar.New(nil)
	return j
}
