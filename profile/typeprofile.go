package profile

// TypeProfile describes one ideal type for the result screen: what it is,
// what it brings, where it goes wrong when taken too far, and what one could
// practise. It is written without judgement.
type TypeProfile struct {
	Name      string
	Essence   string
	Strengths []string
	Pitfalls  []string
	Pointers  []string
}
