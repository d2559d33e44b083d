package questionfile

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"ideale-ambtenaar/i18n"
)

// MaxSize is the largest question file the loader reads. The embedded sets
// are about 25 KiB; a file forty times that size is not a question set.
const MaxSize = 1 << 20

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// byteOrderMarks are the marks of encodings other than UTF-8 that editors
// write at the start of a file. UTF-32 comes first: its little-endian mark
// starts with UTF-16's.
var byteOrderMarks = []struct {
	mark []byte
	name string
}{
	{[]byte{0xFF, 0xFE, 0x00, 0x00}, "UTF-32"},
	{[]byte{0x00, 0x00, 0xFE, 0xFF}, "UTF-32"},
	{[]byte{0xFF, 0xFE}, "UTF-16"},
	{[]byte{0xFE, 0xFF}, "UTF-16"},
}

// cleanText checks that data is text the loader can read, and returns it
// ready for the YAML parser: without a UTF-8 byte order mark and with
// Unix line endings (Windows' CRLF and old Mac CR become LF, which keeps
// every line and column where it was). Problems are added to ps; ok is
// false when parsing should not even start.
func cleanText(ps *Problems, data []byte) (clean []byte, ok bool) {
	if len(data) > MaxSize {
		ps.add(Problem{Text: tr(txtTooLarge, sizeString(len(data)), sizeString(MaxSize))})
		return nil, false
	}
	for _, bom := range byteOrderMarks {
		if bytes.HasPrefix(data, bom.mark) {
			ps.add(Problem{Text: tr(txtWideEncoding, bom.name)})
			return nil, false
		}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if !utf8.Valid(data) {
		off := invalidUTF8At(data)
		line, col := position(data, off)
		ps.add(Problem{Line: line, Column: col, Text: tr(txtNotUTF8, data[off])})
		return nil, false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		// UTF-16 without a byte order mark: every other byte is zero.
		ps.add(Problem{Text: txtNULBytes})
		return nil, false
	}
	clean = data
	if bytes.IndexByte(data, '\r') >= 0 {
		clean = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		clean = bytes.ReplaceAll(clean, []byte("\r"), []byte("\n"))
	}
	ok = true
	for off := 0; off < len(clean); {
		r, w := utf8.DecodeRune(clean[off:])
		if !printable(r) {
			line, col := position(clean, off)
			ps.add(Problem{Line: line, Column: col, Text: tr(txtControlChar, r)})
			ok = false
		}
		off += w
	}
	return clean, ok
}

// printable reports whether YAML allows r in a file (YAML 1.2, §5.1).
func printable(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == 0x85:
		return true
	case r >= 0x20 && r <= 0x7E:
		return true
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= utf8.MaxRune:
		return true
	}
	return false
}

// invalidUTF8At returns the offset of the first byte that is not part of
// valid UTF-8.
func invalidUTF8At(data []byte) int {
	for off := 0; off < len(data); {
		r, w := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && w == 1 {
			return off
		}
		off += w
	}
	return len(data)
}

// position converts a byte offset into a 1-based line and a 1-based column
// counted in characters, as the YAML parser counts them.
func position(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	line = bytes.Count(data[:start], []byte("\n")) + 1
	for i := start; i < off; {
		_, w := utf8.DecodeRune(data[i:off])
		i += w
		col++
	}
	return line, col + 1
}

// sizeString renders a byte count for people: "1 MiB", "3,2 MiB",
// "512 KiB". Fractions are rounded up, so that a file just over the limit
// never reads as exactly the limit.
func sizeString(n int) i18n.Text {
	var s string
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		s = fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		s = fmt.Sprintf("%.1f MiB", math.Ceil(float64(n)/(1<<20)*10)/10)
	case n >= 1<<10:
		s = fmt.Sprintf("%d KiB", (n+1<<10-1)>>10)
	default:
		s = fmt.Sprintf("%d bytes", n)
	}
	return i18n.Text{NL: strings.ReplaceAll(s, ".", ","), EN: s}
}

var (
	txtTooLarge = i18n.Text{
		NL: "het bestand is %s; de grens is %s. Een vragenbestand is een paar tientallen KiB: is dit het goede bestand?",
		EN: "the file is %s; the limit is %s. A question file is a few dozen KiB: is this the right file?",
	}
	txtWideEncoding = i18n.Text{
		NL: "het bestand is opgeslagen als %s (in Kladblok heet dat \"Unicode\"); sla het op als UTF-8 (Opslaan als → Codering: UTF-8)",
		EN: "the file is saved as %s (Notepad calls it \"Unicode\"); save it as UTF-8 (Save as → Encoding: UTF-8)",
	}
	txtNotUTF8 = i18n.Text{
		NL: "byte 0x%02X is geen UTF-8; het bestand is waarschijnlijk opgeslagen als ANSI of Latin-1. Sla het op als UTF-8 (Opslaan als → Codering: UTF-8)",
		EN: "byte 0x%02X is not UTF-8; the file was probably saved as ANSI or Latin-1. Save it as UTF-8 (Save as → Encoding: UTF-8)",
	}
	txtNULBytes = i18n.Text{
		NL: "het bestand bevat nul-bytes en is waarschijnlijk opgeslagen als UTF-16 (\"Unicode\"); sla het op als UTF-8 (Opslaan als → Codering: UTF-8)",
		EN: "the file contains zero bytes and was probably saved as UTF-16 (\"Unicode\"); save it as UTF-8 (Save as → Encoding: UTF-8)",
	}
	txtControlChar = i18n.Text{
		NL: "onzichtbaar stuurteken %U; haal het weg (het komt vaak mee bij kopiëren en plakken)",
		EN: "invisible control character %U; remove it (it often comes along with copy and paste)",
	}
)
