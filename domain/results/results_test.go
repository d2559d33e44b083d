package results

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
)

// testBank is a small bank made in Go: every question has one option per
// type, in type order, worth one point for that type.
func testBank(hash string, questions int) *quiz.Bank {
	b := &quiz.Bank{Title: "Testset", Language: "nl", Source: "/home/anna/sets/test.yaml", Hash: hash}
	for i := range questions {
		q := quiz.Question{ID: fmt.Sprintf("q%d", i+1), Scenario: "?"}
		for _, t := range profile.Types {
			var p profile.Points
			p[t] = 1
			q.Options = append(q.Options, quiz.Option{Text: t.Key(), Points: p})
		}
		b.Questions = append(b.Questions, q)
	}
	return b
}

const hashA = "aaaa1111bbbb2222cccc3333dddd4444eeee5555ffff6666aaaa7777bbbb8888"

// answerTypes walks b choosing, per question, the option of the given type
// (found through the shown order, so shuffling does not matter).
func answerTypes(t testing.TB, w *quiz.Walk, types ...profile.Type) {
	t.Helper()
	for _, want := range types {
		order := w.Order()[w.Index()]
		pos := -1
		for p, idx := range order {
			if idx == int(want) {
				pos = p
			}
		}
		if !w.Answer(pos) {
			t.Fatalf("answer %v at %d refused", want, pos)
		}
	}
}

var taken = time.Date(2026, 11, 27, 15, 30, 12, 345, time.UTC)

func finishedResult(t testing.TB, name string) Result {
	t.Helper()
	w := quiz.NewWalk(testBank(hashA, 4), quiz.Ordering{Shuffle: true, Seed: 7})
	answerTypes(t, w, profile.Bureaucraat, profile.Bureaucraat, profile.Ondernemer, profile.Verbinder)
	return NewResult(w, name, taken)
}

func TestNewResultRecordsTheWalk(t *testing.T) {
	w := quiz.NewWalk(testBank(hashA, 4), quiz.Ordering{Shuffle: true, Seed: 7})
	answerTypes(t, w, profile.Bureaucraat, profile.Bureaucraat, profile.Ondernemer, profile.Verbinder)
	r := NewResult(w, "  Anna \t de  Vries ", taken)

	if r.Format != FormatName || r.Version != Version {
		t.Errorf("format %q version %d", r.Format, r.Version)
	}
	if r.Name != "Anna de Vries" {
		t.Errorf("name %q", r.Name)
	}
	if !r.TakenAt.Equal(taken.Truncate(time.Second)) {
		t.Errorf("taken at %v", r.TakenAt)
	}
	if r.Set.Hash != hashA || r.Set.Title != "Testset" || r.Set.Questions != 4 || r.Set.Source != "test.yaml" {
		t.Errorf("set %+v (the source keeps only the file name)", r.Set)
	}
	if r.Points != (TypeNumbers{2, 1, 1}) || r.Percent != (TypeNumbers{50, 25, 25}) {
		t.Errorf("points %+v percent %+v", r.Points, r.Percent)
	}
	order := w.Order()
	for i, a := range r.Answers {
		if a.Question != fmt.Sprintf("q%d", i+1) {
			t.Errorf("answer %d question %q", i, a.Question)
		}
		if fmt.Sprint(a.Shown) != fmt.Sprint(order[i]) {
			t.Errorf("answer %d shown %v, walk showed %v", i, a.Shown, order[i])
		}
	}
	if r.Answers[3].Chosen != int(profile.Verbinder) {
		t.Errorf("last answer chose %d", r.Answers[3].Chosen)
	}

	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("%+v", back) != fmt.Sprintf("%+v", r) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, r)
	}
	if back.Mix().Percent != [3]int{50, 25, 25} {
		t.Errorf("profile %v", back.Mix().Percent)
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"":                        "",
		"   ":                     "",
		" Jan\n\tJansen ":         "Jan Jansen",
		"A\x00b\x1bc":             "A b", // a control becomes a space; ESC c is a whole sequence (reset) and goes
		strings.Repeat("x", 100):  strings.Repeat("x", MaxNameLength),
		"Émile  Zoë":              "Émile Zoë",
		strings.Repeat("é ", 100): strings.TrimSpace(strings.Repeat("é ", MaxNameLength/2)),
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "",
		"Anna de Vries":         "anna-de-vries",
		"Zoë Ĳzerman-Müller":    "zoe-ijzerman-muller",
		"  --Jan!!  ":           "jan",
		"../../etc/passwd":      "etc-passwd",
		"Ахмед":                 "",
		"team 7 (ochtend)":      "team-7-ochtend",
		strings.Repeat("a", 50): strings.Repeat("a", 32),
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFileName(t *testing.T) {
	r := finishedResult(t, "")
	if got := fileName(r); got != "2026-11-27T1530-anoniem.json" {
		t.Errorf("anonymous: %q", got)
	}
	r.Name = "Ахмед"
	if got := fileName(r); got != "2026-11-27T1530-resultaat.json" {
		t.Errorf("name without ASCII: %q", got)
	}
	r.Name = "Bas"
	if got := fileName(r); got != "2026-11-27T1530-bas.json" {
		t.Errorf("named: %q", got)
	}
}

func TestSaveNeverOverwrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder") // created by Save
	r := finishedResult(t, "")
	var paths []string
	for range 3 {
		p, err := Save(dir, r)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, filepath.Base(p))
	}
	want := []string{"2026-11-27T1530-anoniem.json", "2026-11-27T1530-anoniem-2.json", "2026-11-27T1530-anoniem-3.json"}
	if fmt.Sprint(paths) != fmt.Sprint(want) {
		t.Errorf("names %v, want %v", paths, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("directory holds %d entries, want 3 (no temporary files left)", len(entries))
	}
	for _, p := range paths {
		got, err := LoadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		if got.Points != r.Points {
			t.Errorf("%s: points %+v", p, got.Points)
		}
	}
}

func TestSaveConcurrentSavesTakeDistinctNames(t *testing.T) {
	dir := t.TempDir()
	r := finishedResult(t, "Anna")
	const n = 24
	var wg sync.WaitGroup
	paths := make([]string, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() { paths[i], errs[i] = Save(dir, r) })
	}
	wg.Wait()
	seen := map[string]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if seen[paths[i]] {
			t.Errorf("two saves got %s", paths[i])
		}
		seen[paths[i]] = true
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != n {
		t.Errorf("%d files, want %d", len(entries), n)
	}
}

func TestSaveNameTakenByAFolder(t *testing.T) {
	dir := t.TempDir()
	r := finishedResult(t, "")
	if err := os.Mkdir(filepath.Join(dir, fileName(r)), 0o755); err != nil {
		t.Fatal(err)
	}
	p, err := Save(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p) != "2026-11-27T1530-anoniem-2.json" {
		t.Errorf("saved as %s", p)
	}
}

func TestSaveFallsBackWithoutHardLinks(t *testing.T) {
	// FAT, exFAT and some network shares have no hard links; Save then
	// claims the name with an exclusive create and renames over the claim.
	linkFile = func(string, string) error { return &os.LinkError{Op: "link", Err: syscall.EPERM} }
	t.Cleanup(func() { linkFile = os.Link })
	dir := t.TempDir()
	r := finishedResult(t, "")
	var names []string
	for range 2 {
		p, err := Save(dir, r)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := LoadFile(p); err != nil {
			t.Error(err)
		}
		names = append(names, filepath.Base(p))
	}
	if fmt.Sprint(names) != "[2026-11-27T1530-anoniem.json 2026-11-27T1530-anoniem-2.json]" {
		t.Errorf("names %v", names)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d entries, want 2", len(entries))
	}
}

func TestSaveRefusesInvalidResult(t *testing.T) {
	r := finishedResult(t, "")
	r.Points = TypeNumbers{}
	if _, err := Save(t.TempDir(), r); !errors.Is(err, ErrForeign) {
		t.Errorf("saved a result without points: %v", err)
	}
}

func TestSaveIntoAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "results")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{file, filepath.Join(file, "sub")} {
		_, err := Save(dir, finishedResult(t, ""))
		if KindOf(err) != KindNotDir {
			t.Fatalf("Save(%s): %v (kind %v), want KindNotDir", dir, err, KindOf(err))
		}
		msg := Message(err, i18n.NL)
		if !strings.Contains(msg, "bestand, geen map") || !strings.Contains(msg, "resultaat blijft staan") {
			t.Errorf("NL message: %s", msg)
		}
		if msg := Message(err, i18n.EN); !strings.Contains(msg, "a file, not a folder") {
			t.Errorf("EN message: %s", msg)
		}
	}
}

func TestSaveWithoutPermission(t *testing.T) {
	skipIfRoot(t)
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	_, err := Save(dir, finishedResult(t, ""))
	if KindOf(err) != KindPermission {
		t.Fatalf("%v (kind %v), want KindPermission", err, KindOf(err))
	}
	if msg := Message(err, i18n.NL); !strings.Contains(msg, "geen toestemming") || !strings.Contains(msg, dir) {
		t.Errorf("NL message: %s", msg)
	}
	if msg := Message(err, i18n.EN); !strings.Contains(msg, "permission") || !strings.Contains(msg, "Choose a folder") {
		t.Errorf("EN message: %s", msg)
	}
}

func skipIfRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() == 0 {
		t.Skip("root may write anywhere; run as an ordinary user to test permissions")
	}
}

func TestMessagesPerKind(t *testing.T) {
	cause := func(errno syscall.Errno) error {
		return &os.PathError{Op: "write", Path: "/media/stick/x.tmp", Err: errno}
	}
	cases := []struct {
		err    error
		kind   Kind
		nl, en string
	}{
		{Classify(OpSave, "/media/stick", cause(syscall.ENOSPC)), KindDiskFull, "de schijf is vol. Maak ruimte vrij", "the disk is full. Free some space"},
		{Classify(OpSave, "/media/stick", cause(syscall.EROFS)), KindReadOnly, "alleen-lezen", "read-only"},
		{Classify(OpSave, "/media/stick", cause(syscall.EACCES)), KindPermission, "geen toestemming", "permission"},
		{Classify(OpSaveProgress, "/c", cause(syscall.ENOSPC)), KindDiskFull, "niet worden hervat", "cannot be resumed"},
		{Classify(OpLoad, "x.json", cause(syscall.ENOENT)), KindNotExist, "bestaat niet. Controleer de naam.", "does not exist. Check the name."},
		{Classify(OpLoad, "x.json", fmt.Errorf("%w: format is \"\"", ErrForeign)), KindForeign, "geen resultaat van ideale-ambtenaar", "not an ideale-ambtenaar result"},
		{&Error{Op: OpLoadProgress, Kind: KindCorrupt, Path: "p.json", Aside: "p.json.corrupt-1", Err: errors.New("bad")}, KindCorrupt, "opzijgezet als p.json.corrupt-1; je begint opnieuw", "set aside as p.json.corrupt-1; you start afresh"},
		{Classify(OpSave, "/x", errors.New("strange")), KindOther, "strange", "strange"},
	}
	for _, c := range cases {
		if KindOf(c.err) != c.kind {
			t.Errorf("%v: kind %v, want %v", c.err, KindOf(c.err), c.kind)
		}
		if m := Message(c.err, i18n.NL); !strings.Contains(m, c.nl) {
			t.Errorf("NL: %q does not contain %q", m, c.nl)
		}
		if m := Message(c.err, i18n.EN); !strings.Contains(m, c.en) {
			t.Errorf("EN: %q does not contain %q", m, c.en)
		}
	}
	if Message(nil, i18n.NL) != "" || Message(errors.New("plain"), i18n.EN) != "plain" {
		t.Error("nil and foreign errors")
	}
}

func TestDecodeRefusesWhatIsNotAResult(t *testing.T) {
	var good bytes.Buffer
	if err := finishedResult(t, "").Encode(&good); err != nil {
		t.Fatal(err)
	}
	edit := func(from, to string) string {
		s := strings.Replace(good.String(), from, to, 1)
		if s == good.String() {
			t.Fatalf("edit %q had no effect", from)
		}
		return s
	}
	cases := map[string]string{
		"not JSON":         "hello",
		"empty":            "",
		"other JSON":       `{"name": "x"}`,
		"other format":     edit(`"ideale-ambtenaar/result"`, `"something/else"`),
		"newer version":    edit(`"version": 2`, `"version": 99`),
		"no hash":          edit(hashA, ""),
		"negative points":  edit(`"bureaucraat": 2`, `"bureaucraat": -2`),
		"chose not shown":  edit(`"chosen":0`, `"chosen":7`),
		"too large":        `{"format":"` + strings.Repeat(" ", MaxFileSize) + `"}`,
		"truncated":        good.String()[:good.Len()/2],
		"wrong field type": edit(`"version": 2`, `"version": "1"`),
	}
	for name, data := range cases {
		if _, err := Decode(strings.NewReader(data)); !errors.Is(err, ErrForeign) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := Decode(strings.NewReader(cases["too large"])); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
}

func TestLoadFileErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadFile(filepath.Join(dir, "missing.json")); KindOf(err) != KindNotExist {
		t.Errorf("missing: %v", err)
	}
	if _, err := LoadFile(dir); KindOf(err) != KindForeign {
		t.Errorf("directory: %v", err)
	}
	bad := filepath.Join(dir, "bad.json")
	_ = os.WriteFile(bad, []byte("{"), 0o644)
	if _, err := LoadFile(bad); KindOf(err) != KindForeign {
		t.Errorf("bad: %v", err)
	}
}

func TestReasonsInBothLanguages(t *testing.T) {
	cases := []struct{ data, nl, en string }{
		{"", "leeg bestand", "empty file"},
		{"{", "geen geldige JSON", "not valid JSON"},
		{`["melk"]`, "JSON met een lijst in plaats van een object", "JSON holding an array instead of an object"},
		{`{"version": "1"}`, `veld "version" bevat tekst`, `field "version" holds a string`},
		{`{"format": "x"}`, `format is "x"`, `format is "x"`},
		{`{"format": "ideale-ambtenaar/result", "version": 9}`, "versie 9 wordt niet ondersteund", "version 9 is not supported"},
	}
	for _, c := range cases {
		_, err := DecodeSummary(strings.NewReader(c.data))
		if !errors.Is(err, ErrForeign) {
			t.Errorf("%q: %v", c.data, err)
			continue
		}
		if got := Reason(err, i18n.NL); !strings.Contains(got, "geen resultaat van ideale-ambtenaar: "+c.nl) {
			t.Errorf("%q: NL %q", c.data, got)
		}
		if got := Reason(err, i18n.EN); !strings.Contains(got, "not an ideale-ambtenaar result: "+c.en) {
			t.Errorf("%q: EN %q", c.data, got)
		}
	}
}

func TestSummaryIsTheResultWithoutAnswers(t *testing.T) {
	r := finishedResult(t, "Anna")
	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	s, err := DecodeSummary(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if s != r.Summary() || s.Mix() != r.Mix() {
		t.Errorf("summary %+v, want %+v", s, r.Summary())
	}
	p, err := Save(t.TempDir(), r)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := LoadSummary(p); err != nil || s.Name != "Anna" {
		t.Errorf("LoadSummary: %+v %v", s, err)
	}
}
