package questionfile_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/charmbracelet/x/exp/golden"

	"ideale-ambtenaar/domain/questionfile"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestParseValid loads the small example file and checks every field.
func TestParseValid(t *testing.T) {
	data := readTestdata(t, "valid.yaml")
	b, err := questionfile.Parse(questionfile.File{Name: "valid.yaml", Data: data}, quiztest.Builtin(t))
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	sum := sha256.Sum256(data)
	if b.Title != "Oefenset" || b.Intro != "Drie korte situaties om de quiz te proberen." ||
		b.Language != "nl" || b.Source != "valid.yaml" || b.Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("header = %q %q %q %q %q", b.Title, b.Intro, b.Language, b.Source, b.Hash)
	}
	want := []quiz.Question{
		{ID: "balie-rij", Context: "Balie",
			Scenario: "Er staat een lange rij bij de balie en een bewoner heeft haast.",
			Options: []quiz.Option{
				{Text: "Ik help iedereen op volgorde, zoals afgesproken.", Points: profile.Points{1, 0, 0}},
				{Text: "Ik open een tweede loket voor korte vragen.", Points: profile.Points{0, 1, 0}},
				{Text: "Ik vraag de rij of iemand met haast voor mag.", Points: profile.Points{0, 0, 1}},
			}},
		{ID: "nieuwe-regel", Context: "Beleid",
			Scenario: "Er komt een nieuwe regel: wat doe je eerst?",
			Options: []quiz.Option{
				{Text: "Ik lees de regel en de toelichting grondig.", Points: profile.Points{2, 0, 1}},
				{Text: "Ik kijk wat het kost en oplevert.", Points: profile.Points{1, 2, 0}},
				{Text: "Ik vraag bewoners wat het voor hen betekent.", Points: profile.Points{0, 1, 2}},
			}},
		{ID: "zonder-context",
			Scenario: "Een collega vraagt je om hulp bij een klus.",
			Options: []quiz.Option{
				{Text: "Ik kijk eerst of het binnen de afspraken past.", Points: profile.Points{1, 0, 0}},
				{Text: "Ik help als het snel resultaat oplevert.", Points: profile.Points{0, 1, 0}},
				{Text: "Ik help, en vraag wie er nog meer bij hoort.", Points: profile.Points{0, 0, 1}},
			}},
	}
	if !reflect.DeepEqual(b.Questions, want) {
		t.Errorf("questions:\n got %+v\nwant %+v", b.Questions, want)
	}
	if got := b.MaxPoints(); got != (profile.Points{4, 4, 4}) {
		t.Errorf("MaxPoints = %v", got)
	}
}

// TestTypesFromEmbeddedSet: a trainer's file without types: gets the
// profiles of the embedded set in its own language.
func TestTypesFromEmbeddedSet(t *testing.T) {
	builtin := quiztest.Builtin(t)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		t.Run(string(l), func(t *testing.T) {
			data := bytes.Replace(readTestdata(t, "valid.yaml"), []byte("language: nl"), []byte("language: "+string(l)), 1)
			b, err := questionfile.Parse(questionfile.File{Name: "valid.yaml", Data: data}, builtin)
			if err != nil {
				t.Fatal(questionfile.Message(err, l))
			}
			want := quiztest.Bank(t, l).Types
			if !reflect.DeepEqual(b.Types, want) {
				t.Errorf("types = %+v\nwant %+v", b.Types, want)
			}
		})
	}
}

// TestTypesPartlyFromFile: the types a file describes are its own; the
// others come from the embedded set.
func TestTypesPartlyFromFile(t *testing.T) {
	src := "types:\n  verbinder:\n    name: Netwerker\n    pointers: [Luister eerst]\n" + questionsOnly
	b, err := questionfile.Parse(questionfile.File{Name: "mijn.yaml", Data: []byte(src)}, quiztest.Builtin(t))
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	embedded := quiztest.Bank(t, i18n.NL).Types
	want := profile.TypeProfile{Name: "Netwerker", Pointers: []string{"Luister eerst"}}
	if !reflect.DeepEqual(b.Types[profile.Verbinder], want) {
		t.Errorf("verbinder = %+v", b.Types[profile.Verbinder])
	}
	for _, ty := range []profile.Type{profile.Bureaucraat, profile.Ondernemer} {
		if !reflect.DeepEqual(b.Types[ty], embedded[ty]) {
			t.Errorf("%s = %+v, want the embedded one", ty, b.Types[ty])
		}
	}
}

// TestTypesWithoutFallback: with nothing to fall back on, every type
// still has a name in the file's language.
func TestTypesWithoutFallback(t *testing.T) {
	b, err := questionfile.Parse(questionfile.File{Name: "mijn.yaml", Data: []byte("language: en\n" + questionsOnly)}, nil)
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.EN))
	}
	got := []string{b.Types[0].Name, b.Types[1].Name, b.Types[2].Name}
	if !reflect.DeepEqual(got, []string{"Bureaucrat", "Entrepreneur", "Connector"}) {
		t.Errorf("names = %q", got)
	}
}

const questionsOnly = `questions:
  - id: a
    scenario: x
    options:
      - {text: a, type: verbinder}
      - {text: b, type: ondernemer}
`

// TestEmbeddedSets: both real sets load, are balanced, describe all types
// and share their ids.
func TestEmbeddedSets(t *testing.T) {
	nl, en := quiztest.Bank(t, i18n.NL), quiztest.Bank(t, i18n.EN)
	if nl.Language != "nl" || en.Language != "en" {
		t.Errorf("languages %q %q", nl.Language, en.Language)
	}
	if len(nl.Questions) != len(en.Questions) {
		t.Fatalf("%d Dutch and %d English questions", len(nl.Questions), len(en.Questions))
	}
	for i := range nl.Questions {
		if nl.Questions[i].ID != en.Questions[i].ID {
			t.Errorf("question %d: id %q vs %q", i, nl.Questions[i].ID, en.Questions[i].ID)
		}
	}
	for _, b := range []*quiz.Bank{nl, en} {
		m := b.MaxPoints()
		if m[0] != m[1] || m[1] != m[2] {
			t.Errorf("%s unbalanced: %v", b.Source, m)
		}
		for _, ty := range profile.Types {
			if p := b.Types[ty]; p.Name == "" || p.Essence == "" || len(p.Pointers) == 0 {
				t.Errorf("%s: %s profile incomplete: %+v", b.Source, ty, p)
			}
		}
	}
}

// TestWindowsFile: CRLF line endings and a UTF-8 byte order mark load as
// if the file were written on Unix, and no CR ends up in a text.
func TestWindowsFile(t *testing.T) {
	unix := readTestdata(t, "valid.yaml")
	unix = append(unix, "  - id: letterlijk\n    scenario: |\n      regel een\n      regel twee\n    options:\n      - {text: a, type: verbinder}\n      - {text: b, type: ondernemer}\n"...)
	windows := append([]byte("\xEF\xBB\xBF"), bytes.ReplaceAll(unix, []byte("\n"), []byte("\r\n"))...)
	want, err := questionfile.Parse(questionfile.File{Name: "f.yaml", Data: unix}, nil)
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	got, err := questionfile.Parse(questionfile.File{Name: "f.yaml", Data: windows}, nil)
	if err != nil {
		t.Fatal(questionfile.Message(err, i18n.NL))
	}
	if !reflect.DeepEqual(got.Questions, want.Questions) || got.Title != want.Title || got.Intro != want.Intro {
		t.Errorf("Windows file differs:\n%+v\n%+v", got.Questions, want.Questions)
	}
	if s := got.Questions[3].Scenario; s != "regel een\nregel twee" {
		t.Errorf("literal block = %q", s)
	}
	if strings.ContainsRune(fmtBank(got), '\r') {
		t.Error("a carriage return leaked into a text")
	}
	// Problems in a Windows file are on the same lines as in the Unix one.
	broken := []byte("\xEF\xBB\xBFquestions:\r\n  - id: a\r\n    scenaro: x\r\n")
	checkProblems(t, mustProblemsIn(t, broken), []string{
		`2:5: vraag "a" mist het veld "options"`,
		`3:5: onbekend veld "scenaro" in vraag "a"`,
	})
	// Old Mac line ends (CR only) are line ends too.
	mac := bytes.ReplaceAll(unix, []byte("\n"), []byte("\r"))
	if _, err := questionfile.Parse(questionfile.File{Name: "f.yaml", Data: mac}, nil); err != nil {
		t.Error(questionfile.Message(err, i18n.NL))
	}
}

func fmtBank(b *quiz.Bank) string {
	var sb strings.Builder
	sb.WriteString(b.Title + b.Intro)
	for _, q := range b.Questions {
		sb.WriteString(q.ID + q.Context + q.Scenario)
		for _, o := range q.Options {
			sb.WriteString(o.Text)
		}
	}
	return sb.String()
}

func mustProblemsIn(t *testing.T, data []byte) *questionfile.Problems {
	t.Helper()
	_, err := questionfile.Parse(questionfile.File{Name: "mijn.yaml", Data: data}, nil)
	var ps *questionfile.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("got %v, want problems", err)
	}
	return ps
}

// TestEncodings refuses what is not UTF-8, saying where and what to do.
func TestEncodings(t *testing.T) {
	utf16le := func(s string, bom bool) []byte {
		var out []byte
		if bom {
			out = append(out, 0xFF, 0xFE)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			out = binary.LittleEndian.AppendUint16(out, u)
		}
		return out
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"Latin-1", []byte("language: nl\nquestions:\n  - id: caf\xe9\n"),
			"3:12: byte 0xE9 is geen UTF-8; het bestand is waarschijnlijk opgeslagen als ANSI of Latin-1. Sla het op als UTF-8"},
		{"UTF-16 with BOM (Notepad's Unicode)", utf16le(questionsOnly, true),
			`0:0: het bestand is opgeslagen als UTF-16 (in Kladblok heet dat "Unicode"); sla het op als UTF-8`},
		{"UTF-16 big-endian", []byte{0xFE, 0xFF, 0, 'q'},
			`0:0: het bestand is opgeslagen als UTF-16`},
		{"UTF-32", []byte{0xFF, 0xFE, 0, 0, 'q', 0, 0, 0},
			`0:0: het bestand is opgeslagen als UTF-32`},
		{"UTF-16 without BOM", utf16le(questionsOnly, false),
			`0:0: het bestand bevat nul-bytes en is waarschijnlijk opgeslagen als UTF-16`},
		{"control character", []byte("questions: x\x1a\n"),
			"1:13: onzichtbaar stuurteken U+001A; haal het weg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProblems(t, mustProblemsIn(t, tt.data), []string{tt.want})
		})
	}
}

// TestSizeLimit refuses a file over MaxSize before parsing it, from
// memory and from disk, and accepts one of exactly MaxSize.
func TestSizeLimit(t *testing.T) {
	valid := readTestdata(t, "valid.yaml")
	pad := func(n int) []byte {
		data := append([]byte(nil), valid...)
		for len(data) < n {
			data = append(data, []byte("# vulling\n")[:min(10, n-len(data))]...)
		}
		data[len(data)-1] = '\n'
		return data
	}
	if _, err := questionfile.Parse(questionfile.File{Name: "mijn.yaml", Data: pad(questionfile.MaxSize)}, nil); err != nil {
		t.Fatalf("a file of exactly MaxSize: %s", questionfile.Message(err, i18n.NL))
	}
	ps := mustProblemsIn(t, pad(questionfile.MaxSize+1))
	checkProblems(t, ps, []string{"0:0: het bestand is 1,1 MiB; de grens is 1 MiB. Een vragenbestand is een paar tientallen KiB"})

	// On disk, a sparse file of a gigabyte is refused without reading it.
	path := filepath.Join(t.TempDir(), "groot.yaml")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, 1<<30); err != nil {
		t.Skip("cannot make a sparse file:", err)
	}
	_, err := quiztest.Builtin(t).Load(path)
	if msg := questionfile.Message(err, i18n.EN); !strings.HasSuffix(msg, "groot.yaml: the file is 1024 MiB; the limit is 1 MiB. A question file is a few dozen KiB: is this the right file?") {
		t.Errorf("message = %q", msg)
	}
}

// TestAliasBomb refuses a billion-laughs file with a few clear messages,
// without expanding it.
func TestAliasBomb(t *testing.T) {
	_, err := questionfile.Parse(questionfile.File{Name: "bomb.yaml", Data: readTestdata(t, "bomb.yaml")}, nil)
	var ps *questionfile.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("got %v", err)
	}
	msg := ps.Message(i18n.NL)
	if !strings.Contains(msg, "bomb.yaml:2:4: anker &a: ankers (&) en aliassen (*) worden in vragenbestanden niet gebruikt") ||
		!strings.Contains(msg, "bomb.yaml:3:8: alias *a (hier en nog 8 keer verder)") {
		t.Errorf("message:\n%s", msg)
	}
	if ps.Count() > 40 {
		t.Errorf("%d problems for one bomb; want a readable few", ps.Count())
	}
}

// TestLoadFileErrors: a missing file, a folder and an empty name get a
// clear message in both languages.
func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	builtin := quiztest.Builtin(t)
	tests := []struct {
		name, path, nl, en string
		notExist           bool
	}{
		{"missing", filepath.Join(dir, "weg.yaml"),
			"weg.yaml: bestand niet gevonden; controleer de naam en de map",
			"weg.yaml: file not found; check the name and the folder", true},
		{"folder", dir,
			": dit is een map, geen bestand; geef het pad naar een vragenbestand (.yaml) in die map",
			": this is a folder, not a file; give the path to a question file (.yaml) in it", false},
		{"empty name", "",
			": geen bestandsnaam opgegeven",
			": no file name given", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := builtin.Load(tt.path)
			if err == nil || b != nil {
				t.Fatal("loaded")
			}
			if got := questionfile.Message(err, i18n.NL); !strings.Contains(got, tt.nl) || strings.Count(got, "\n") != 0 {
				t.Errorf("Dutch: %q", got)
			}
			if got := questionfile.Message(err, i18n.EN); !strings.Contains(got, tt.en) {
				t.Errorf("English: %q", got)
			}
			if errors.Is(err, fs.ErrNotExist) != tt.notExist {
				t.Errorf("errors.Is(err, fs.ErrNotExist) = %v", !tt.notExist)
			}
		})
	}
}

// TestLoadValidatesLikeParse: --questions and check see the same file the
// same way.
func TestLoadValidatesLikeParse(t *testing.T) {
	path := filepath.Join("testdata", "mistakes.yaml")
	_, loadErr := quiztest.Builtin(t).Load(path)
	_, parseErr := questionfile.Parse(questionfile.File{Name: path, Data: readTestdata(t, "mistakes.yaml")}, nil)
	if loadErr == nil || questionfile.Message(loadErr, i18n.NL) != questionfile.Message(parseErr, i18n.NL) {
		t.Errorf("Load and Parse differ:\n%v\n---\n%v", loadErr, parseErr)
	}
	b, err := quiztest.Builtin(t).Load(filepath.Join("testdata", "valid.yaml"))
	if err != nil || b.Types[profile.Verbinder].Name == "" {
		t.Errorf("valid.yaml: %v", err)
	}
}

// TestMessagesInBothLanguages keeps the full output for a file with every
// common mistake, in Dutch and English, as golden files (go test -update
// rewrites them).
func TestMessagesInBothLanguages(t *testing.T) {
	_, err := questionfile.Parse(questionfile.File{Name: "mistakes.yaml", Data: readTestdata(t, "mistakes.yaml")}, nil)
	if err == nil {
		t.Fatal("mistakes.yaml loads")
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		t.Run(string(l), func(t *testing.T) {
			golden.RequireEqual(t, questionfile.Message(err, l)+"\n")
		})
	}
	if l, ok := questionfile.FileLang(err); !ok || l != i18n.NL {
		t.Errorf("FileLang = %q, %v", l, ok)
	}
}

// TestFileLang: problems know the language the file declares, also when
// YAML cannot parse it, so check can answer in it.
func TestFileLang(t *testing.T) {
	for src, want := range map[string]i18n.Lang{
		"language: en\nquestions: []\n":          i18n.EN,
		"language: \"en\"\nquestions: [\n":       i18n.EN,
		"language: EN # English\nkey: \"\\q\"\n": i18n.EN,
		"language: nl\nquestions: []\n":          i18n.NL,
		"questions: []\n":                        "",
		"language: de\nquestions: []\n":          "",
	} {
		_, err := parseString(src)
		got, _ := questionfile.FileLang(err)
		if got != want {
			t.Errorf("%q: FileLang = %q, want %q", src, got, want)
		}
	}
	if _, ok := questionfile.FileLang(errors.New("x")); ok {
		t.Error("FileLang of a foreign error")
	}
}

// TestMessageOfOtherErrors passes foreign errors through.
func TestMessageOfOtherErrors(t *testing.T) {
	if got := questionfile.Message(errors.New("kapot"), i18n.NL); got != "kapot" {
		t.Errorf("Message = %q", got)
	}
	if got := questionfile.Message(nil, i18n.NL); got != "" {
		t.Errorf("Message(nil) = %q", got)
	}
}

// TestBuiltinBankMissingLanguage explains a missing embedded set.
func TestBuiltinBankMissingLanguage(t *testing.T) {
	_, err := questionfile.Builtin{}.Bank(i18n.EN)
	if err == nil || !strings.Contains(questionfile.Message(err, i18n.EN), `no built-in question set in the language "en"`) {
		t.Errorf("err = %v", err)
	}
}

func BenchmarkParseEmbedded(b *testing.B) {
	f := quiztest.Builtin(b)[i18n.NL]
	b.SetBytes(int64(len(f.Data)))
	for b.Loop() {
		if _, err := questionfile.Parse(f, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseAliasBomb(b *testing.B) {
	f := questionfile.File{Name: "bomb.yaml", Data: readTestdata(b, "bomb.yaml")}
	for b.Loop() {
		if _, err := questionfile.Parse(f, nil); err == nil {
			b.Fatal("bomb loaded")
		}
	}
}

// BenchmarkParseSyntaxErrorAtEnd measures the worst case of locating a
// YAML error: a large file that breaks on its last line.
func BenchmarkParseSyntaxErrorAtEnd(b *testing.B) {
	benchBrokenAtEnd(b, "  - id: \"kapot\n")
}

// benchBrokenAtEnd measures parsing twenty copies of the Dutch set with
// tail, which breaks the file, after them; the parse must fail.
func benchBrokenAtEnd(b *testing.B, tail string) {
	data := bytes.Repeat(quiztest.Builtin(b)[i18n.NL].Data, 20)
	data = append(data, tail...)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := questionfile.Parse(questionfile.File{Name: "groot.yaml", Data: data}, nil); err == nil {
			b.Fatal("loaded")
		}
	}
}

// BenchmarkParseUnclosedBracketAtEnd measures the worst common case of
// placing an error inside brackets: a large file whose last question has
// a list that is never closed, found by reparsing parts of the file.
func BenchmarkParseUnclosedBracketAtEnd(b *testing.B) {
	benchBrokenAtEnd(b, "  - id: kapot\n    scenario: x\n    options: [{text: a, type: verbinder} {text: b, type: ondernemer}\n  - id: b\n")
}
