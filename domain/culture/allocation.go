package culture

import (
	"fmt"
	"strconv"
	"strings"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// Budget is the number of points shared per dimension and per pass: ten,
// so that one point is ten percent of the dimension and the numbers are
// easy to share out in one's head.
const Budget = 10

// Allocation is the points one person gives the three descriptions of one
// dimension, indexed by profile.Type. A valid allocation has three whole
// numbers from 0 to Budget that add up to Budget.
type Allocation profile.Points

// Sum is the number of points given.
func (a Allocation) Sum() int { return profile.Points(a).Total() }

// Left is the number of points still to give: negative when too many are
// given.
func (a Allocation) Left() int { return Budget - a.Sum() }

// Check reports whether a is valid; the error is an *AllocationError.
func (a Allocation) Check() error {
	for _, t := range profile.Types {
		if a[t] < 0 || a[t] > Budget {
			return &AllocationError{Problem: OutOfRange, Value: a[t]}
		}
	}
	switch s := a.Sum(); {
	case s < Budget:
		return &AllocationError{Problem: TooFew, Sum: s}
	case s > Budget:
		return &AllocationError{Problem: TooMany, Sum: s}
	}
	return nil
}

// String writes a as the three numbers in type order, such as "5 3 2": the
// form ParseAllocation reads.
func (a Allocation) String() string { return fmt.Sprintf("%d %d %d", a[0], a[1], a[2]) }

// ParseAllocation reads a line of three whole numbers such as "5 3 2",
// in the fixed type order. Spaces, commas, semicolons and slashes all
// separate. The result is checked: the error is an *AllocationError that
// says, in both languages, what to type instead.
func ParseAllocation(line string) (Allocation, error) {
	fields := strings.FieldsFunc(line, func(r rune) bool {
		return r == ' ' || r == '\t' || r == ',' || r == ';' || r == '/' || r == '\r'
	})
	var a Allocation
	if len(fields) != profile.Count {
		return a, &AllocationError{Problem: WrongCount, Count: len(fields)}
	}
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			// Atoi fails on a number too big for int as well: that is out
			// of range, not "not a number".
			if digits(f) {
				return Allocation{}, &AllocationError{Problem: OutOfRange, Value: Budget + 1}
			}
			return Allocation{}, &AllocationError{Problem: NotNumber, Word: f}
		}
		a[i] = n
	}
	return a, a.Check()
}

// digits reports whether s is a whole number with an optional sign, of
// any length.
func digits(s string) bool {
	s = strings.TrimLeft(s, "+-")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Problem says what is wrong with an allocation.
type Problem int

// The things that can be wrong with an allocation.
const (
	// TooFew means fewer than Budget points are given.
	TooFew Problem = iota + 1
	// TooMany means more than Budget points are given.
	TooMany
	// OutOfRange means one number is below 0 or above Budget.
	OutOfRange
	// WrongCount means a typed line does not have three numbers.
	WrongCount
	// NotNumber means a typed line has something that is not a whole
	// number.
	NotNumber
)

// AllocationError is why an allocation is refused, with what to do.
type AllocationError struct {
	Problem Problem
	// Sum is the points given (TooFew, TooMany).
	Sum int
	// Value is the number out of range (OutOfRange).
	Value int
	// Count is how many numbers were typed (WrongCount).
	Count int
	// Word is what was typed instead of a number (NotNumber), cleaned of
	// control characters.
	Word string
}

// Error is the message in English; users should see Message.
func (e *AllocationError) Error() string { return e.Message(i18n.EN) }

// Message says in l what is wrong and what to do.
func (e *AllocationError) Message(l i18n.Lang) string {
	switch e.Problem {
	case TooFew:
		left := Budget - e.Sum
		if left == 1 {
			return txtTooFewOne.F(l, e.Sum, Budget)
		}
		return txtTooFew.F(l, e.Sum, Budget, left)
	case TooMany:
		over := e.Sum - Budget
		if over == 1 {
			return txtTooManyOne.F(l, e.Sum, Budget)
		}
		return txtTooMany.F(l, e.Sum, Budget, over)
	case OutOfRange:
		return txtRange.F(l, Budget)
	case WrongCount:
		return txtCount.F(l, e.Count)
	case NotNumber:
		return txtNotNumber.F(l, shortWord(e.Word))
	}
	return txtInvalid.In(l)
}

// shortWord cleans a typed word for quoting: no control characters, at
// most 20 characters.
func shortWord(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') {
			continue
		}
		if n == 20 {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

var (
	txtTooFew = i18n.Text{
		NL: "je hebt %d van de %d punten verdeeld; er zijn er nog %d over om te geven",
		EN: "you have given %d of the %d points; %d are still left to give"}
	txtTooFewOne = i18n.Text{
		NL: "je hebt %d van de %d punten verdeeld; er is nog 1 punt over om te geven",
		EN: "you have given %d of the %d points; 1 point is still left to give"}
	txtTooMany = i18n.Text{
		NL: "je hebt %d punten verdeeld, maar er zijn er %d; haal er %d weg",
		EN: "you have given %d points, but there are only %d; take %d away"}
	txtTooManyOne = i18n.Text{
		NL: "je hebt %d punten verdeeld, maar er zijn er %d; haal er 1 weg",
		EN: "you have given %d points, but there are only %d; take 1 away"}
	txtRange = i18n.Text{
		NL: "elk getal moet een heel getal van 0 tot en met %d zijn",
		EN: "each number must be a whole number from 0 to %d"}
	txtCount = i18n.Text{
		NL: "typ drie getallen, één per beschrijving, zoals 5 3 2 (je typte er %d)",
		EN: "type three numbers, one per description, such as 5 3 2 (you typed %d)"}
	txtNotNumber = i18n.Text{
		NL: "%q is geen heel getal; typ drie hele getallen, zoals 5 3 2",
		EN: "%q is not a whole number; type three whole numbers, such as 5 3 2"}
	txtInvalid = i18n.Text{
		NL: "deze verdeling klopt niet; verdeel 10 punten over de drie beschrijvingen",
		EN: "this allocation is not valid; share 10 points over the three descriptions"}
)
