package results

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"ideale-ambtenaar/i18n"
)

// hostile is a name with everything that must not reach a terminal.
const hostile = "Eve\n\x1b]0;pwn\x07\u202eevil\u2066"

// noUnsafe fails when s holds a control (but \n when allowed), a bidi
// control or invalid UTF-8.
func noUnsafe(t *testing.T, what, s string, newline bool) {
	t.Helper()
	for _, r := range s {
		switch {
		case r == '\n' && newline:
		case r < 0x20, r >= 0x7f && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfffd:
			t.Errorf("%s holds %U: %q", what, r, s)
		}
	}
}

func TestHostileNameIsCleanedWhenWrittenAndRead(t *testing.T) {
	r := finishedResult(t, "")
	r.Name = hostile // set directly, as a caller other than NewResult might
	r.Set.Title = "Set\x1b[2J"
	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("\u202e")) || bytes.Contains(buf.Bytes(), []byte(`\u001b`)) {
		t.Errorf("written file holds the controls:\n%s", buf.String())
	}
	// A file edited by hand after saving: read cleans too.
	raw := strings.Replace(buf.String(), `"name": "Eve evil"`, `"name": "Eve\n\u001b]0;pwn\u0007\u202eevil"`, 1)
	if raw == buf.String() {
		t.Fatalf("edit had no effect:\n%s", buf.String())
	}
	for _, read := range []func() (string, string, error){
		func() (string, string, error) {
			r, err := Decode(strings.NewReader(raw))
			return r.Name, r.Set.Title, err
		},
		func() (string, string, error) {
			s, err := DecodeSummary(strings.NewReader(raw))
			return s.Name, s.Set.Title, err
		},
	} {
		name, title, err := read()
		if err != nil {
			t.Fatal(err)
		}
		if name != "Eve evil" {
			t.Errorf("name read as %q", name)
		}
		noUnsafe(t, "title", title, false)
	}
}

func TestSlugNormalisesBeforeFolding(t *testing.T) {
	for in, want := range map[string]string{
		"Zoe\u0308":       "zoe", // e + combining diaeresis, as macOS and some keyboards give it
		"Zoë":             "zoe", // composed
		"Rene\u0301 Smit": "rene-smit",
		"q\u0308x":        "qx", // an accent without a composed letter is dropped, not a dash
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	r := finishedResult(t, "Zoe\u0308")
	if got := fileName(r); got != "2026-11-27T1530-zoe.json" {
		t.Errorf("fileName(Zoe + U+0308) = %q", got)
	}
}

func TestByteOrderMarkIsAccepted(t *testing.T) {
	var buf bytes.Buffer
	if err := finishedResult(t, "Anna").Encode(&buf); err != nil {
		t.Fatal(err)
	}
	data := append([]byte("\xef\xbb\xbf"), buf.Bytes()...)
	if r, err := Decode(bytes.NewReader(data)); err != nil || r.Name != "Anna" {
		t.Errorf("Decode with BOM: %v", err)
	}
	if _, err := DecodeSummary(bytes.NewReader(data)); err != nil {
		t.Errorf("DecodeSummary with BOM: %v", err)
	}
}

func TestImpossiblePointsAreRefused(t *testing.T) {
	var good bytes.Buffer
	if err := finishedResult(t, "").Encode(&good); err != nil {
		t.Fatal(err)
	}
	set := func(b, o, v string) string {
		s := good.String()
		i := strings.Index(s, `"points": {`)
		j := i + strings.Index(s[i:], "}")
		return s[:i] + `"points": {"bureaucraat": ` + b + `, "ondernemer": ` + o + `, "verbinder": ` + v + s[j:]
	}
	const huge = "9223372036854775807"
	for name, data := range map[string]string{
		"overflowing sum": set(huge, huge, "0"),
		"one huge value":  set(huge, "0", "1"),
		"over the bound":  set("10485701", "0", "0"),
		"negative":        set("-1", "3", "0"),
	} {
		_, err := DecodeSummary(strings.NewReader(data))
		if !errors.Is(err, ErrForeign) {
			t.Errorf("%s: accepted (%v)", name, err)
			continue
		}
		if nl := Reason(err, i18n.NL); !strings.Contains(nl, "punten") {
			t.Errorf("%s: NL reason %q", name, nl)
		}
		if en := Reason(err, i18n.EN); !strings.Contains(en, "points") {
			t.Errorf("%s: EN reason %q", name, en)
		}
	}
	if _, err := DecodeSummary(strings.NewReader(set("12", "0", "0"))); err != nil {
		t.Errorf("ordinary points refused: %v", err)
	}
}

func TestMessagesQuoteHostilePaths(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "\x1b]0;pwn\x07.json")
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	_, err := LoadFile(path)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		m := Message(err, l)
		noUnsafe(t, "message", m, false)
		if !strings.Contains(m, `\x1b]0;pwn\a.json`) {
			t.Errorf("message does not show the escaped name: %q", m)
		}
	}
	noUnsafe(t, "Error()", err.Error(), false)
	// A system error whose text holds the raw path.
	sysErr := Classify(OpLoad, path, &os.PathError{Op: "open", Path: path, Err: syscall.EMFILE})
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		noUnsafe(t, "reason", Reason(sysErr, l), false)
		noUnsafe(t, "message", Message(sysErr, l), false)
	}
}
