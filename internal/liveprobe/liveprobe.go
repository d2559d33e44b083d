// Package liveprobe holds what the developer tools that measure the live
// room over loopback (tools/attack, tools/loaddriver) both need: a free
// loopback port for the server, the phone page's GET and POST, the page's
// first form, and percentiles of measured durations. It is not part of
// the product.
package liveprobe

import (
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// maxPage is how much of a response body Get and Post read, in bytes; a
// phone page is a few KiB.
const maxPage = 1 << 20

// FreePort is a TCP port on 127.0.0.1 that was free a moment ago, or 0
// when none could be had (the server then picks one and says which).
func FreePort() int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// Get fetches u with c and returns the body (at most maxPage bytes); any
// status but 200 is an error naming it.
func Get(c *http.Client, u string) (string, error) {
	resp, err := c.Get(u)
	if err != nil {
		return "", err
	}
	return body("GET", u, resp)
}

// Post sends form to u with c, as a phone's form does, and returns the
// body of the answer (after redirects); any status but 200 is an error.
func Post(c *http.Client, u string, form url.Values) (string, error) {
	resp, err := c.PostForm(u, form)
	if err != nil {
		return "", err
	}
	return body("POST", u, resp)
}

func body(method, u string, resp *http.Response) (string, error) {
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxPage))
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("%s %s: %s", method, u, resp.Status)
	}
	return string(b), err
}

var (
	reForm   = regexp.MustCompile(`(?s)<form[^>]*action="([^"]*)"[^>]*method="post"[^>]*>(.*?)</form>|(?s)<form[^>]*method="post"[^>]*action="([^"]*)"[^>]*>(.*?)</form>`)
	reHidden = regexp.MustCompile(`<input[^>]*type="(?:hidden|text)"[^>]*name="([^"]*)"[^>]*value="([^"]*)"`)
	reRadio  = regexp.MustCompile(`<input[^>]*type="radio"[^>]*name="([^"]*)"[^>]*value="([^"]*)"`)

	unescape = strings.NewReplacer("&amp;", "&", "&#43;", "+", "&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">")
)

// FirstForm returns the fields of the page's first post form (its hidden
// and text inputs, and the first radio button as the choice) and its
// action, HTML-unescaped; a page without one is an error.
func FirstForm(page string) (url.Values, string, error) {
	m := reForm.FindStringSubmatch(page)
	if m == nil {
		return nil, "", errors.New("no form on the page")
	}
	action, body := m[1], m[2]
	if action == "" {
		action, body = m[3], m[4]
	}
	v := url.Values{}
	for _, h := range reHidden.FindAllStringSubmatch(body, -1) {
		v.Set(h[1], unescape.Replace(h[2]))
	}
	if r := reRadio.FindStringSubmatch(body); r != nil {
		v.Set(r[1], unescape.Replace(r[2]))
	}
	return v, unescape.Replace(action), nil
}

// Pct is the p-th percentile (p from 0 to 1) of ds by nearest rank: the
// smallest value at or above which a fraction p of ds lies; 0 for none.
func Pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, max(0, int(math.Ceil(p*float64(len(s))))-1))]
}
