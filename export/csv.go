package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"

	"ideale-ambtenaar/team"
)

// BOM is the UTF-8 byte order mark. Excel reads a CSV as UTF-8 only when
// it starts with one; without it "Zoë" shows as "ZoÃ«".
const BOM = "\ufeff"

// WriteCSV writes the team's CSV (the columns and rows of team.WriteCSV,
// team.CSVHeader first) with sep between the cells.
//
// With ',' the output is team.WriteCSV's, byte for byte. With ';' it is
// what Excel expects where the comma is the decimal separator, as in Dutch:
// a UTF-8 BOM first, semicolons between cells, every cell Cleaned, and a
// cell that a spreadsheet would take for a formula (= + - @, also after
// spaces) starting with an apostrophe. Any other sep is an error.
func WriteCSV(w io.Writer, r *team.Report, sep rune) error {
	switch sep {
	case ',':
		return team.WriteCSV(w, r)
	case ';':
	default:
		return fmt.Errorf("export: CSV separator %q: use ',' or ';'", sep)
	}
	// The rows are team.WriteCSV's, read back, so the two never drift apart.
	var buf bytes.Buffer
	if err := team.WriteCSV(&buf, r); err != nil {
		return err
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = sep
	for _, row := range rows {
		for i, c := range row {
			row[i] = spreadsheetText(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// spreadsheetText is s Cleaned and, when a spreadsheet would read it as a
// formula, behind an apostrophe (which Excel shows as text, not as
// part of the value). A cell that team.WriteCSV already defused is left.
func spreadsheetText(s string) string {
	s = Clean(s)
	if Formula(s) {
		return "'" + s
	}
	return s
}
