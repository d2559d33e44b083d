package export

import (
	"fmt"
	"io"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/team"
)

// bigTeam is n participants with varied mixes, built in memory.
func bigTeam(n int) *team.Report {
	c := &team.Collection{Sets: []team.Set{{Hash: "0123456789abcdef", Title: "Bench", Language: "nl", Count: n}}}
	for i := range n {
		c.Participants = append(c.Participants, team.Participant{
			Number: i + 1, Name: fmt.Sprintf("Deelnemer Ëén %d", i), File: fmt.Sprintf("r%d.json", i),
			TakenAt: nine.Add(time.Duration(i) * time.Second), SetHash: "0123456789abcdef",
			Profile: profile.New(profile.Points{i%7 + 1, i%5 + 2, i%3 + 3}),
		})
	}
	return team.NewReport(c, team.Options{Lang: i18n.NL})
}

func benchWriter(b *testing.B, n int, write func(io.Writer, *team.Report) error) {
	r := bigTeam(n)
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXLSX30(b *testing.B)    { benchWriter(b, 30, WriteXLSX) }
func BenchmarkXLSX10000(b *testing.B) { benchWriter(b, 10000, WriteXLSX) }
func BenchmarkSVG30(b *testing.B)     { benchWriter(b, 30, TeamSVG) }
func BenchmarkSVG10000(b *testing.B)  { benchWriter(b, 10000, TeamSVG) }
func BenchmarkHTML10000(b *testing.B) { benchWriter(b, 10000, WriteHTML) }
func BenchmarkCSVSemicolon10000(b *testing.B) {
	benchWriter(b, 10000, func(w io.Writer, r *team.Report) error { return WriteCSV(w, r, ';') })
}
