// Package results keeps what a person did with the quiz: finished results
// (saved as versioned JSON, one file each) and progress of a quiz under way
// (so a closed laptop loses nothing). It scores nothing itself; points and
// percentages come from package profile.
package results

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"ideale-ambtenaar/profile"
)

// FormatName identifies a result file; Version is bumped on any change that
// an older reader would misread.
const (
	FormatName = "ideale-ambtenaar/result"
	Version    = 1
)

// MaxFileSize bounds what Decode reads, so a foreign or huge file in a team
// folder costs nothing.
const MaxFileSize = 1 << 20

// Result is one finished quiz, as saved. The JSON field names are the
// documented format (see README, "Resultaten bewaren").
type Result struct {
	Format  string      `json:"format"`
	Version int         `json:"version"`
	TakenAt time.Time   `json:"taken_at"`
	Name    string      `json:"name,omitempty"`
	Set     SetInfo     `json:"set"`
	Answers []Answer    `json:"answers"`
	Points  TypeNumbers `json:"points"`
	Percent TypeNumbers `json:"percent"`
}

// SetInfo says which question set the result belongs to.
type SetInfo struct {
	Title     string `json:"title"`
	Language  string `json:"language"`
	Hash      string `json:"hash"`
	Source    string `json:"source,omitempty"`
	Questions int    `json:"questions"`
}

// Answer is one question's answer: the options in the order shown (file
// indices, 0-based) and the chosen option (file index).
type Answer struct {
	Question string `json:"question"`
	Shown    []int  `json:"shown"`
	Chosen   int    `json:"chosen"`
}

// TypeNumbers is a number per ideal type, written as an object keyed by the
// type keys so the JSON reads without a legend.
type TypeNumbers struct {
	Bureaucraat int `json:"bureaucraat"`
	Ondernemer  int `json:"ondernemer"`
	Verbinder   int `json:"verbinder"`
}

// FromArray converts per-type numbers in profile order.
func FromArray(a [profile.Count]int) TypeNumbers {
	return TypeNumbers{a[profile.Bureaucraat], a[profile.Ondernemer], a[profile.Verbinder]}
}

// Array returns the numbers in profile order.
func (n TypeNumbers) Array() [profile.Count]int {
	var a [profile.Count]int
	a[profile.Bureaucraat], a[profile.Ondernemer], a[profile.Verbinder] = n.Bureaucraat, n.Ondernemer, n.Verbinder
	return a
}

// Profile recomputes the mix from the saved points, so every reader rounds
// the same way.
func (r Result) Profile() profile.Profile { return profile.New(profile.Points(r.Points.Array())) }

// ErrForeign means the data is JSON but not a result of this program, or
// of a newer format version.
var ErrForeign = errors.New("not an ideale-ambtenaar result")

// Decode reads one result and checks that it is ours and consistent. It
// reads at most MaxFileSize bytes.
func Decode(r io.Reader) (Result, error) {
	var res Result
	dec := json.NewDecoder(io.LimitReader(r, MaxFileSize+1))
	if err := dec.Decode(&res); err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrForeign, err)
	}
	if res.Format != FormatName {
		return Result{}, fmt.Errorf("%w: format is %q", ErrForeign, res.Format)
	}
	if res.Version < 1 || res.Version > Version {
		return Result{}, fmt.Errorf("%w: version %d is not supported (this program reads up to %d)", ErrForeign, res.Version, Version)
	}
	for _, v := range res.Points.Array() {
		if v < 0 {
			return Result{}, fmt.Errorf("%w: negative points", ErrForeign)
		}
	}
	return res, nil
}
