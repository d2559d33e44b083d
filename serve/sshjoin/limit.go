package sshjoin

import (
	"net"
	"sync"
	"time"
)

// bucket is one IP address's token bucket.
type bucket struct {
	tokens float64
	at     time.Time
}

// limiter is a token bucket per IP address: burst tokens to start with and
// one more every `every`. It is small on purpose (a room has at most a few
// hundred addresses); when it holds more than maxIPs addresses it forgets
// the full buckets, which are the same as new ones.
type limiter struct {
	burst float64
	every time.Duration
	now   func() time.Time

	mu  sync.Mutex
	ips map[string]*bucket
}

// maxIPs bounds the limiter's memory against a flood of source addresses.
const maxIPs = 4096

func newLimiter(burst int, every time.Duration) *limiter {
	return &limiter{burst: float64(burst), every: every, now: time.Now, ips: map[string]*bucket{}}
}

// fill brings ip's bucket up to now, under l.mu.
func (l *limiter) fill(ip string) *bucket {
	now := l.now()
	b, ok := l.ips[ip]
	if !ok {
		if len(l.ips) >= maxIPs {
			l.prune(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.ips[ip] = b
		return b
	}
	if l.every > 0 {
		b.tokens = min(l.burst, b.tokens+float64(now.Sub(b.at))/float64(l.every))
	}
	b.at = now
	return b
}

func (l *limiter) prune(now time.Time) {
	for ip, b := range l.ips {
		if l.every <= 0 || b.tokens+float64(now.Sub(b.at))/float64(l.every) >= l.burst {
			delete(l.ips, ip)
		}
	}
	if len(l.ips) >= maxIPs { // all busy: start over rather than grow
		clear(l.ips)
	}
}

// take spends one of ip's tokens; false when there is none.
func (l *limiter) take(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.fill(ip)
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// empty reports whether ip has no token left, without spending one.
func (l *limiter) empty(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fill(ip).tokens < 1
}

// hostOf is the IP address of a remote address, the limiters' key.
func hostOf(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	if h, _, err := net.SplitHostPort(a.String()); err == nil {
		return h
	}
	return a.String()
}

// countedConn calls done once when the connection closes, so the server
// knows how many connections are open.
type countedConn struct {
	net.Conn
	once sync.Once
	done func()
}

func (c *countedConn) Close() error {
	c.once.Do(c.done)
	return c.Conn.Close()
}
