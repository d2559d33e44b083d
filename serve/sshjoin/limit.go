package sshjoin

import (
	"net"
	"sync"
)

// maxIPs bounds the limiters' memory against a flood of source
// addresses (serve/limit).
const maxIPs = 4096

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
