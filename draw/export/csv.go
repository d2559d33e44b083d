package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"ideale-ambtenaar/draw/teamreport"
	"io"
)

// BOM is the UTF-8 byte order mark. Excel reads a CSV as UTF-8 only when
// it starts with one; without it "Zoë" shows as "ZoÃ«".
const BOM = "\ufeff"

// WriteCSV writes the team's CSV (the columns and rows of teamreport.WriteCSV,
// teamreport.CSVHeader first) with sep between the cells.
//
// With ',' the output is teamreport.WriteCSV's, byte for byte. With ';' it is
// what Excel expects where the comma is the decimal separator, as in Dutch:
// a UTF-8 BOM first, semicolons between cells, every cell Cleaned, and a
// cell that a spreadsheet would take for a formula (= + - @, also after
// spaces) starting with an apostrophe. Any other sep is an error.
func WriteCSV(w io.Writer, r *teamreport.Report, sep rune) error {
	switch sep {
	case ',':
		return teamreport.WriteCSV(w, r)
	case ';':
	default:
		return fmt.Errorf("export: CSV separator %q: use ',' or ';'", sep)
	}
	// The rows are teamreport.WriteCSV's, read back, so the two never drift apart.
	var buf bytes.Buffer
	if err := teamreport.WriteCSV(&buf, r); err != nil {
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
// part of the value). A cell that teamreport.WriteCSV already defused is left.
func spreadsheetText(s string) string {
	s = Clean(s)
	if Formula(s) {
		return "'" + s
	}
	return s
}
