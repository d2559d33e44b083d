package teamreport

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/team"
	"ideale-ambtenaar/draw/theme"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/tools/gendata"
)

// rawResult is a result file as an editor could leave it: saved by the
// program, then its name replaced by nameJSON (a JSON string literal,
// escapes allowed) and its points by pointsJSON when not empty.
func rawResult(t *testing.T, nameJSON, pointsJSON string) []byte {
	t.Helper()
	var buf bytes.Buffer
	const B, O, V = profile.Bureaucraat, profile.Ondernemer, profile.Verbinder
	r, err := gendata.Take(gendata.Bank(4), "PLACEHOLDER", gendata.ThreeResultsAt, B, B, O, V)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(buf.String(), `"PLACEHOLDER"`, nameJSON, 1)
	if pointsJSON != "" {
		i := strings.Index(s, `"points": {`)
		j := i + strings.Index(s[i:], "}") + 1
		s = s[:i] + `"points": ` + pointsJSON + s[j:]
	}
	return []byte(s)
}

// hostileRunes may not appear in any output: ESC, BEL, a raw newline
// inside a name, and the right-to-left override.
var hostileRunes = []string{"\x1b", "\x07", "\u202e", "\u2066"}

func TestHostileNameReachesNoOutput(t *testing.T) {
	dir := t.TempDir()
	data := rawResult(t, `"Eve\n\u001b]0;pwn\u0007\u202egnp.exe\u2066"`, "")
	if err := os.WriteFile(filepath.Join(dir, "eve.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c := team.Read([]string{dir})
	if len(c.Participants) != 1 {
		t.Fatalf("participants %v, skipped %v", c.Participants, c.Skipped)
	}
	const clean = "Eve gnp.exe"
	r := NewReport(c, Options{Lang: i18n.NL, Theme: theme.New(false, false)})
	// The report's own bold (SGR) codes go; any other ESC came from the name.
	text := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(r.Text(80), "")

	var md, csvOut, js bytes.Buffer
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&csvOut, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	for what, out := range map[string]string{
		"text": text, "markdown": md.String(), "csv": csvOut.String(), "json": js.String(),
	} {
		for _, h := range hostileRunes {
			if strings.Contains(out, h) {
				t.Errorf("%s holds %q:\n%s", what, h, out)
			}
		}
		if !strings.Contains(out, clean) && !strings.Contains(out, mdEscape(clean)) {
			t.Errorf("%s lacks the cleaned name %q:\n%s", what, clean, out)
		}
	}
	// JSON: the decoded string values hold no control either (escaped
	// \u001b would decode back to ESC).
	var e Export
	if err := json.Unmarshal(js.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	if p := e.Participants[0]; p.Name != clean || p.Label != clean {
		t.Errorf("JSON name %q label %q, want %q", p.Name, p.Label, clean)
	}
	// CSV: the name cell is one line.
	rows, err := csv.NewReader(&csvOut).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[1][3] != clean {
		t.Errorf("CSV name %q, want %q", rows[1][3], clean)
	}
}

func TestHostileFileNameIsShownEscaped(t *testing.T) {
	dir := t.TempDir()
	name := "\x1b]0;pwn\x07.json"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("{"), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	c := team.Read([]string{dir})
	if len(c.Skipped) != 1 {
		t.Fatalf("skipped %v", c.Skipped)
	}
	r := NewReport(c, Options{Lang: i18n.EN, Theme: theme.New(false, false)})
	lines := strings.Join(r.SkippedLines(), "\n")
	var md, js bytes.Buffer
	if err := WriteMarkdown(&md, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var e Export
	if err := json.Unmarshal(js.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	for what, out := range map[string]string{
		"skipped list": lines, "markdown": md.String(), "json file": e.Skipped[0].File,
		"no results": team.NoResultsMessage([]string{filepath.Join(dir, name)}, i18n.EN),
	} {
		for _, h := range hostileRunes {
			if strings.Contains(out, h) {
				t.Errorf("%s holds %q:\n%s", what, h, out)
			}
		}
		if !strings.Contains(out, `x1b`) || !strings.Contains(out, "pwn") {
			t.Errorf("%s does not show the escaped name:\n%s", what, out)
		}
	}
	if !strings.Contains(lines, `\x1b]0;pwn\a.json"`) {
		t.Errorf("skipped list: %s", lines)
	}
}

func TestByteOrderMarkIsRead(t *testing.T) {
	dir := t.TempDir()
	data := append([]byte("\xef\xbb\xbf"), rawResult(t, `"Notepad"`, "")...)
	if err := os.WriteFile(filepath.Join(dir, "bom.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c := team.Read([]string{dir})
	if len(c.Participants) != 1 || c.Participants[0].Name != "Notepad" {
		t.Errorf("participants %v, skipped %v", c.Participants, c.Skipped)
	}
}

func TestImpossiblePointsAreSkipped(t *testing.T) {
	dir := t.TempDir()
	const max = "9223372036854775807"
	data := rawResult(t, `"Overflow"`, `{"bureaucraat": `+max+`, "ondernemer": `+max+`, "verbinder": 0}`)
	if err := os.WriteFile(filepath.Join(dir, "overflow.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	c := team.Read([]string{dir})
	if len(c.Participants) != 0 || len(c.Skipped) != 1 {
		t.Fatalf("participants %v, skipped %v", c.Participants, c.Skipped)
	}
	if nl := c.Skipped[0].Reason(i18n.NL); !strings.Contains(nl, "meer dan een vragenset kan geven") {
		t.Errorf("NL reason %q", nl)
	}
	if en := c.Skipped[0].Reason(i18n.EN); !strings.Contains(en, "more than a question set can give") {
		t.Errorf("EN reason %q", en)
	}
}

func TestFolderNamedJSONIsSkippedWithAReason(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "y.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	c := team.Read([]string{dir})
	if len(c.Skipped) != 1 || filepath.Base(c.Skipped[0].Path) != "y.json" {
		t.Fatalf("skipped %v", c.Skipped)
	}
	if en := c.Skipped[0].Reason(i18n.EN); !strings.Contains(en, "a directory") {
		t.Errorf("EN reason %q", en)
	}
	if nl := c.Skipped[0].Reason(i18n.NL); !strings.Contains(nl, "een map") {
		t.Errorf("NL reason %q", nl)
	}
}
