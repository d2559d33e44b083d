package webjoin

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// rate is a token bucket's shape: burst requests at once, refilled at
// perSecond.
type rate struct {
	burst     float64
	perSecond float64
}

// limiter keeps one token bucket per client address, at most max of them.
// A bucket that has filled up again is the same as none, so when the map
// is full those are forgotten first; when it is still full, new addresses
// are refused (a room has a few hundred phones, not thousands).
type limiter struct {
	rate rate
	max  int
	now  func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(r rate, max int, now func() time.Time) *limiter {
	return &limiter{rate: r, max: max, now: now, buckets: map[string]*bucket{}}
}

// allow takes a token for key and reports whether there was one.
func (l *limiter) allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.max {
			l.sweep(now)
			if len(l.buckets) >= l.max {
				return false
			}
		}
		b = &bucket{tokens: l.rate.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.rate.burst, b.tokens+now.Sub(b.at).Seconds()*l.rate.perSecond)
	b.at = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// sweep forgets the buckets that are full again.
func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.at).Seconds()*l.rate.perSecond >= l.rate.burst {
			delete(l.buckets, k)
		}
	}
}

// size is the number of addresses remembered, for tests.
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

// clientIP is the address the request came from. No proxy headers are
// trusted: the server is reached directly on the local network.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limitLogEvery is how often at most a hit rate limit is logged, so a
// flood does not flood the trainer's screen too.
const limitLogEvery = 10 * time.Second

// logLimited logs a hit rate limit, at most once per limitLogEvery.
func (s *Server) logLimited(path string) {
	now := time.Now().UnixNano()
	last := s.limitLogged.Load()
	if now-last < int64(limitLogEvery) || !s.limitLogged.CompareAndSwap(last, now) {
		return
	}
	s.logf("webjoin: rate limit hit (%s); further hits in the next %s are not logged", path, limitLogEvery)
}
