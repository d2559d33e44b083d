package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"ideale-ambtenaar/i18n"
)

// writeBlind writes a rater's sheet for s to mdPath (Markdown) and the
// matching ratings template next to it (same name, .csv). Each scenario's
// options appear in a shuffled order under their option_index, without
// the key; the CSV lists the rows in the same order with type and
// attractiveness empty. seed 0 derives the order from mdPath's base name,
// so every rater's sheet differs but a sheet can be made again. It returns
// both paths.
func writeBlind(s *set, l i18n.Lang, mdPath string, seed uint64) (string, string, error) {
	if seed == 0 {
		h := fnv.New64a()
		h.Write([]byte(filepath.Base(mdPath)))
		seed = h.Sum64()
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	csvPath := strings.TrimSuffix(mdPath, filepath.Ext(mdPath)) + ".csv"
	if csvPath == mdPath {
		csvPath += ".csv"
	}
	md, rows := blindSheet(s, l, rng)

	var cb bytes.Buffer
	cb.WriteString("\ufeff") // so that Excel opens it as UTF-8
	cw := csv.NewWriter(&cb)
	cw.Write([]string{"scenario_id", "option_index", "type", "attractiveness"})
	cw.WriteAll(rows)
	if err := cw.Error(); err != nil {
		return "", "", msgErr(txtWriteFile, csvPath, err)
	}
	if err := os.WriteFile(mdPath, []byte(md), 0o644); err != nil {
		return "", "", msgErr(txtWriteFile, mdPath, err)
	}
	if err := os.WriteFile(csvPath, cb.Bytes(), 0o644); err != nil {
		return "", "", msgErr(txtWriteFile, csvPath, err)
	}
	return mdPath, csvPath, nil
}

// blindSheet builds the Markdown sheet and the CSV rows (without header).
func blindSheet(s *set, l i18n.Lang, rng *rand.Rand) (string, [][]string) {
	var b strings.Builder
	var rows [][]string
	b.WriteString(txtSheetTitle.In(l))
	b.WriteString(txtSheetHowTo.In(l))
	for n, q := range s.Questions {
		id := clean(q.ID)
		fmt.Fprintf(&b, "## %d. `%s`\n\n%s\n\n", n+1, id, mdEscape(clean(q.Scenario)))
		order := rng.Perm(len(q.Options))
		for _, i := range order {
			fmt.Fprintf(&b, "- **[%d]** %s\n", i+1, mdEscape(clean(q.Options[i].Text)))
			rows = append(rows, []string{id, fmt.Sprint(i + 1), "", ""})
		}
		b.WriteString("\n")
	}
	return b.String(), rows
}

// mdEscape keeps text from a question file from turning into Markdown
// markup on the sheet.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)
	return r.Replace(s)
}

var (
	txtWriteFile = i18n.Text{
		NL: "kan %s niet schrijven: %v",
		EN: "cannot write %s: %v"}
	txtSheetTitle = i18n.Text{
		NL: "# Beoordelingsblad: De ideale ambtenaar\n\n",
		EN: "# Rater's sheet: The ideal civil servant\n\n"}
	txtSheetHowTo = i18n.Text{
		NL: "Lees elke situatie en de antwoorden. Vul in het CSV-bestand per antwoord in:\n\n" +
			"- **type**: welk ideaaltype je in het antwoord ziet: `bureaucraat`, `ondernemer` of `verbinder` (of `b`, `o`, `v`);\n" +
			"- **attractiveness**: hoe aantrekkelijk het antwoord je lijkt, van 1 (helemaal niet) tot 5 (zeer).\n\n" +
			"Het nummer tussen haken is de `option_index` in het CSV-bestand. De volgorde zegt niets over het type.\n\n",
		EN: "Read each situation and its answers. In the CSV file, fill in for every answer:\n\n" +
			"- **type**: which ideal type you see in the answer: `bureaucrat`, `entrepreneur` or `connector` (or `b`, `e`, `c`);\n" +
			"- **attractiveness**: how attractive the answer seems to you, from 1 (not at all) to 5 (very).\n\n" +
			"The number in brackets is the `option_index` in the CSV file. The order says nothing about the type.\n\n"}
)
