package export

import (
	"fmt"
	"ideale-ambtenaar/draw/teamreport"
	"io"
	"testing"
	"time"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
)

// bigTeam is n participants with varied mixes, built in memory.
func bigTeam(n int) *teamreport.Report {
	c := &team.Collection{Sets: []team.Set{{Hash: "0123456789abcdef", Title: "Bench", Language: "nl", Count: n}}}
	for i := range n {
		c.Participants = append(c.Participants, team.Participant{
			Number: i + 1, Name: fmt.Sprintf("Deelnemer Ëén %d", i), File: fmt.Sprintf("r%d.json", i),
			TakenAt: nine.Add(time.Duration(i) * time.Second), SetHash: "0123456789abcdef",
			Mix: profile.New(profile.Points{i%7 + 1, i%5 + 2, i%3 + 3}),
		})
	}
	return teamreport.NewReport(c, teamreport.Options{Lang: i18n.NL})
}

func benchWriter(b *testing.B, n int, write func(io.Writer, *teamreport.Report) error) {
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
	benchWriter(b, 10000, func(w io.Writer, r *teamreport.Report) error { return WriteCSV(w, r, ';') })
}
