package webjoin

import (
	"net"
	"net/http"
	"time"

	"ideale-ambtenaar/serve/limit"
)

// rate is a token bucket's shape: burst requests at once, refilled at
// perSecond (serve/limit keeps one per address).
type rate struct {
	burst     int
	perSecond float64
}

func newLimiter(r rate, max int) *limit.PerAddr { return limit.New(r.perSecond, r.burst, max) }

// limitGets answers GET and HEAD requests over the page limit of their
// address with 429: 500 page loads in 0.3 s from one address are no
// phone. Posts have their own, stricter limits (readPost).
func (s *Server) limitGets(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if (r.Method == http.MethodGet || r.Method == http.MethodHead) && !s.getLim.Allow(clientIP(r)) {
			s.logLimited(r.URL.Path)
			w.Header().Set("Retry-After", "2")
			s.plain(w, r, http.StatusTooManyRequests, txtTooMany)
			return
		}
		next.ServeHTTP(w, r)
	})
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
