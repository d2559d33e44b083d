// Package limit is the one rate limiter of the live room's servers (SSH
// connection attempts and wrong codes in serve/sshjoin, joins, answers and
// page loads in serve/webjoin): a token bucket per client address, on
// golang.org/x/time/rate, in a map of bounded size.
package limit

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// PerAddr keeps one token bucket per address: burst tokens at once,
// refilled at perSecond. It remembers at most max addresses: a bucket that
// has filled up again is the same as none, so those are forgotten first;
// when the map is still full, new addresses are refused (a room has a few
// hundred participants, not thousands). Safe for concurrent use.
type PerAddr struct {
	every rate.Limit
	burst int
	max   int
	now   func() time.Time

	mu sync.Mutex
	m  map[string]*rate.Limiter
}

// New makes a limiter of burst tokens per address, refilled at perSecond,
// for at most max addresses.
func New(perSecond float64, burst, max int) *PerAddr {
	return &PerAddr{every: rate.Limit(perSecond), burst: burst, max: max, now: time.Now, m: map[string]*rate.Limiter{}}
}

// Every is the refill rate of one token every d, for New.
func Every(d time.Duration) float64 { return float64(rate.Every(d)) }

// SetClock replaces the clock, for tests.
func (p *PerAddr) SetClock(now func() time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.now = now
}

// get returns addr's bucket under p.mu, or nil when the map is full.
func (p *PerAddr) get(addr string, now time.Time) *rate.Limiter {
	l, ok := p.m[addr]
	if ok {
		return l
	}
	if len(p.m) >= p.max {
		for k, l := range p.m {
			if l.TokensAt(now) >= float64(p.burst) {
				delete(p.m, k)
			}
		}
		if len(p.m) >= p.max {
			return nil
		}
	}
	l = rate.NewLimiter(p.every, p.burst)
	p.m[addr] = l
	return l
}

// Allow spends one of addr's tokens and reports whether there was one.
func (p *PerAddr) Allow(addr string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	l := p.get(addr, now)
	return l != nil && l.AllowN(now, 1)
}

// Empty reports whether addr has no token left, without spending one.
func (p *PerAddr) Empty(addr string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	l := p.get(addr, now)
	return l == nil || l.TokensAt(now) < 1
}

// Len is the number of addresses remembered.
func (p *PerAddr) Len() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.m)
}
