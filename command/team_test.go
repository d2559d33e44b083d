package command

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"ideale-ambtenaar/domain/results"
	"ideale-ambtenaar/draw/export"
	"ideale-ambtenaar/draw/teamreport"
	"ideale-ambtenaar/i18n"
	"ideale-ambtenaar/profile"
	"ideale-ambtenaar/quiz"
	"ideale-ambtenaar/quiz/quiztest"
	"ideale-ambtenaar/tools/gendata"

	"github.com/xuri/excelize/v2"
)

// runTeamCmd runs `ideale-ambtenaar team args…` without a terminal.
func runTeamCmd(t *testing.T, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runWith(t, "", vars, append([]string{"team"}, args...)...)
}

// teamBank is four questions with one option per type worth one point
// (gendata.Bank), so that the figures can be worked out by hand, under
// its own title and hash.
func teamBank(hash string) *quiz.Bank {
	b := gendata.Bank(4)
	b.Title, b.Source, b.Hash = "Teamtest", "teamtest.yaml", hash
	return b
}

const teamHash = "7e57a11c0ffee0000000000000000000000000000000000000000000000000aa"

// takeAndSave takes the quiz on bank choosing the given types in turn (on
// shuffled options, as a person would see them) and saves the result in
// dir, as the s key and --save do.
func takeAndSave(t *testing.T, dir string, bank *quiz.Bank, name string, at time.Time, types ...profile.Type) {
	t.Helper()
	w := quiz.NewWalk(bank, quiz.Ordering{Shuffle: true, Seed: uint64(at.UnixNano())})
	for _, want := range types {
		for pos, o := range w.Shown() {
			if o.Points[want] == 1 {
				w.Answer(pos)
				break
			}
		}
	}
	if !w.Done() {
		t.Fatal("quiz not finished")
	}
	if _, err := results.Save(dir, results.NewResult(w, name, at)); err != nil {
		t.Fatal(err)
	}
}

// threeTaken is the acceptance case: the quiz taken three times
// with different answers, each saved in the same folder.
//
//	Anna       B B B O → 3,1,0 → 75 25  0
//	anonymous  O O V V → 0,2,2 →  0 50 50
//	Bas        B B O V → 2,1,1 → 50 25 25
//
// Average of the percentages 41.67 / 33.33 / 25 → 42 / 33 / 25 (largest
// remainder); spread 0–75, 25–50, 0–50.
func threeTaken(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "workshop")
	bank := teamBank(teamHash)
	at := time.Date(2026, 11, 27, 9, 0, 0, 0, time.Local)
	B, O, V := profile.Bureaucraat, profile.Ondernemer, profile.Verbinder
	takeAndSave(t, dir, bank, "Bas", at.Add(20*time.Minute), B, B, O, V)
	takeAndSave(t, dir, bank, "Anna", at, B, B, B, O)
	takeAndSave(t, dir, bank, "", at.Add(10*time.Minute), O, O, V, V)
	return dir
}

var participantLine = regexp.MustCompile(`(?m)^(.+?)\s+[█▒░]+\s+(\d+)%\s+(\d+)%\s+(\d+)%$`)
var averageLine = regexp.MustCompile(`(?m)^(Bureaucraat|Ondernemer|Verbinder|Bureaucrat|Entrepreneur|Connector)\s.*?\s(\d+)%\s+(\d+)–(\d+)%$`)

func TestTeamShowsThreeLinesAndTheAverage(t *testing.T) {
	dir := threeTaken(t)
	code, out, errOut := runTeamCmd(t, nil, dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("escape codes in output to a pipe")
	}
	var lines []string
	for _, m := range participantLine.FindAllStringSubmatch(out, -1) {
		lines = append(lines, strings.Join(m[1:], " "))
	}
	want := []string{"Anna 75 25 0", "deelnemer 2 0 50 50", "Bas 50 25 25"}
	if fmt.Sprint(lines) != fmt.Sprint(want) {
		t.Errorf("participant lines %q, want %q\n%s", lines, want, out)
	}
	var avg []string
	for _, m := range averageLine.FindAllStringSubmatch(out, -1) {
		avg = append(avg, strings.Join(m[1:], " "))
	}
	wantAvg := []string{"Bureaucraat 42 0 75", "Ondernemer 33 25 50", "Verbinder 25 0 50"}
	if fmt.Sprint(avg) != fmt.Sprint(wantAvg) {
		t.Errorf("average %q, want %q\n%s", avg, wantAvg, out)
	}
	for _, s := range []string{"Team — Teamtest", "3 deelnemers", "Bureaucraat 2 · Ondernemer 0 · Verbinder 0 · gelijk 1",
		"Ondernemer: bij niemand het sterkste type", "Verbinder: bij niemand het sterkste type"} {
		if !strings.Contains(out, s) {
			t.Errorf("missing %q in:\n%s", s, out)
		}
	}
}

func TestTeamExportsTheSameFigures(t *testing.T) {
	dir := threeTaken(t)

	code, out, errOut := runTeamCmd(t, nil, "--format", "json", dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("json: exit %d, %s", code, errOut)
	}
	var e teamreport.Export
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatal(err)
	}
	if e.Average != (results.TypeNumbers{Bureaucraat: 42, Ondernemer: 33, Verbinder: 25}) || len(e.Participants) != 3 {
		t.Errorf("json average %+v, %d participants", e.Average, len(e.Participants))
	}

	code, out, _ = runTeamCmd(t, nil, dir, "--format=csv", "--anonymous")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil {
		t.Fatalf("csv: exit %d, %v", code, err)
	}
	if rows[1][2] != "deelnemer 1" || rows[1][3] != "" || rows[1][5] != "" || rows[4][0] != "average" || rows[4][10] != "42" {
		t.Errorf("csv rows %q", rows)
	}
	if strings.Contains(out, "Anna") || strings.Contains(out, "anna") {
		t.Error("--anonymous export names Anna")
	}

	code, out, _ = runTeamCmd(t, nil, "--format", "markdown", "--lang", "en", dir)
	if code != exitOK || !strings.Contains(out, "| Bureaucrat | 42% | 0% | 75% | 2 |") || !strings.Contains(out, "| 2 | participant 2 | 0% | 50% | 50% | Entrepreneur = Connector |") {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
}

func TestTeamSkipsAndListsBadFiles(t *testing.T) {
	dir := threeTaken(t)
	_ = os.WriteFile(filepath.Join(dir, "kapot.json"), []byte(`{"format":`), 0o644)
	_ = os.WriteFile(filepath.Join(dir, "boodschappen.json"), []byte(`["melk","brood"]`), 0o644)
	code, out, errOut := runTeamCmd(t, nil, dir, filepath.Join(dir, "weg.json"))
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "3 deelnemers") || !strings.Contains(out, "3 bestanden overgeslagen") {
		t.Errorf("Stdout:\n%s", out)
	}
	for _, s := range []string{"Overgeslagen:", "kapot.json: het is geen resultaat van ideale-ambtenaar: geen geldige JSON",
		"boodschappen.json: het is geen resultaat van ideale-ambtenaar: JSON met een lijst in plaats van een object", "weg.json: het bestand bestaat niet"} {
		if !strings.Contains(errOut, s) {
			t.Errorf("stderr lacks %q:\n%s", s, errOut)
		}
	}
}

func TestTeamRefusesMixedSets(t *testing.T) {
	dir := threeTaken(t)
	other := teamBank("0123456789abcdef0123456789abcdef")
	other.Title, other.Language = "Other set", "en"
	takeAndSave(t, dir, other, "Cas", time.Now(), profile.Verbinder, profile.Verbinder, profile.Verbinder, profile.Ondernemer)

	code, out, errOut := runTeamCmd(t, nil, dir)
	if code != exitFailure || out != "" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	for _, s := range []string{"2 verschillende vragensets", `"Teamtest" (nl, 7e57a11c): 3 resultaten`, `"Other set" (en, 01234567): 1 resultaat`, "--mixed"} {
		if !strings.Contains(errOut, s) {
			t.Errorf("stderr lacks %q:\n%s", s, errOut)
		}
	}
	code, out, _ = runTeamCmd(t, nil, "--mixed", dir)
	if code != exitOK || !strings.Contains(out, "Team — 2 vragensets") || !strings.Contains(out, "4 deelnemers") {
		t.Errorf("--mixed: exit %d\n%s", code, out)
	}
}

func TestTeamBadInvocations(t *testing.T) {
	dir := threeTaken(t)
	empty := t.TempDir()
	cases := []struct {
		args []string
		code int
		want string
	}{
		{nil, exitUsage, "geef een map met resultaten"},
		{[]string{"--lang", "en"}, exitUsage, "give a folder of results"},
		{[]string{"--format", "pdf", dir}, exitUsage, `onbekend formaat "pdf": kies uit text, csv, json, markdown, xlsx, svg, html`},
		{[]string{"--format", "csv", "--sep", "tab", dir}, exitUsage, `--sep verwacht semicolon of comma, niet "tab"`},
		{[]string{"--sep", ";", dir}, exitUsage, "--sep hoort bij --format csv"},
		{[]string{"--lang", "en", "--format", "json", "--sep", ";", dir}, exitUsage, "--sep goes with --format csv"},
		{[]string{"--bogus", dir}, exitUsage, "ideale-ambtenaar team --help"},
		{[]string{"--theme", "paars", dir}, exitUsage, "paars"},
		{[]string{empty}, exitFailure, "Geen resultaten gevonden in " + empty},
		{[]string{filepath.Join(empty, "nope")}, exitFailure, "het bestand bestaat niet"},
	}
	for _, c := range cases {
		code, _, errOut := runTeamCmd(t, nil, c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("team %q: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
	}
}

func TestTeamHelpAndFlagPlacement(t *testing.T) {
	code, out, _ := runTeamCmd(t, nil, "--help", "--lang", "en")
	if code != exitOK || !strings.Contains(out, "Usage: ideale-ambtenaar team [options] DIR|FILE…") || !strings.Contains(out, "--anonymous") {
		t.Errorf("help:\n%s", out)
	}
	dir := threeTaken(t)
	// Flags after the folder work too; after -- a name that looks like a
	// flag is a path.
	code, out, _ = runTeamCmd(t, nil, dir, "--anonymous", "--", "--not-a-flag.json")
	if code != exitOK || strings.Contains(out, "Anna") || !strings.Contains(out, "deelnemer 1") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestTeamLanguageAndAccessibility(t *testing.T) {
	dir := threeTaken(t)
	code, out, _ := runTeamCmd(t, map[string]string{"ACCESSIBLE": "1"}, "--lang", "en", dir)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if strings.ContainsAny(out, "█▒░") {
		t.Errorf("bars for a screen reader:\n%s", out)
	}
	for _, s := range []string{"3 participants", "Bureaucrat    42%", "participant 2", "Blind spots:"} {
		if !strings.Contains(out, s) {
			t.Errorf("missing %q:\n%s", s, out)
		}
	}
}

func TestTeamWithTheRealQuestionSet(t *testing.T) {
	dir := t.TempDir()
	bank := quiztest.Bank(t, i18n.EN)
	for i, name := range []string{"Ada", "", "Ben"} {
		w := quiz.NewWalk(bank, quiz.Ordering{Shuffle: true, Seed: uint64(i)})
		for !w.Done() {
			w.Answer(i % len(w.Shown()))
		}
		if _, err := results.Save(dir, results.NewResult(w, name, time.Now())); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runTeamCmd(t, nil, dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The set is English, so the report is too, without --lang.
	if !strings.Contains(out, "3 participants") || !strings.Contains(out, "participant 2") {
		t.Errorf("output:\n%s", out)
	}
}
func TestTeamSpreadsheetSlideAndPage(t *testing.T) {
	dir := threeTaken(t)

	code, out, errOut := runTeamCmd(t, nil, "--format", "csv", "--sep", ";", dir)
	body, bom := strings.CutPrefix(out, export.BOM)
	if code != exitOK || errOut != "" || !bom {
		t.Fatalf("csv ;: exit %d, BOM %v, %s", code, bom, errOut)
	}
	cr := csv.NewReader(strings.NewReader(body))
	cr.Comma = ';'
	rows, err := cr.ReadAll()
	if err != nil || rows[1][2] != "Anna" || rows[4][0] != "average" || rows[4][10] != "42" {
		t.Errorf("csv ;: %v %q", err, rows)
	}
	_, comma, _ := runTeamCmd(t, nil, "--format", "csv", "--sep", ",", dir)
	_, plain, _ := runTeamCmd(t, nil, "--format", "csv", dir)
	if comma != plain || strings.HasPrefix(plain, export.BOM) {
		t.Error("--sep , differs from the default CSV")
	}

	code, out, errOut = runTeamCmd(t, nil, "--format", "xlsx", "--lang", "en", dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("xlsx: exit %d, %s", code, errOut)
	}
	f, err := excelize.OpenReader(strings.NewReader(out))
	if err != nil {
		t.Fatalf("xlsx does not open: %v", err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); fmt.Sprint(sheets) != "[Participants Summary]" {
		t.Errorf("sheets %q", sheets)
	}
	if v, _ := f.GetCellValue("Summary", "B5"); v != "42%" { // below the title and the head
		t.Errorf("average bureaucrat %q, want 42%%", v)
	}

	code, out, _ = runTeamCmd(t, nil, "--format", "svg", "--anonymous", dir)
	if code != exitOK || !strings.HasPrefix(out, "<svg ") || strings.Contains(out, "Anna") || !strings.Contains(out, "deelnemer 1") {
		t.Errorf("svg: exit %d\n%s", code, out)
	}
	code, out, _ = runTeamCmd(t, nil, "--format", "html", dir)
	if code != exitOK || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "<svg ") || !strings.Contains(out, "Anna") {
		t.Errorf("html: exit %d\n%s", code, out)
	}
}

func TestHelpCommand(t *testing.T) {
	call := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := Run(args, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			Getenv: func(string) string { return "" }, Builtin: quiztest.Builtin(t), CultureBuiltin: quiztest.CultureBuiltin(t)})
		return code, out.String(), errOut.String()
	}
	for _, c := range []struct{ help, flag []string }{
		{[]string{"help"}, []string{"--help"}},
		{[]string{"help", "--lang", "en"}, []string{"--help", "--lang", "en"}},
		{[]string{"help", "team"}, []string{"team", "--help"}},
		{[]string{"help", "--lang", "en", "cases"}, []string{"cases", "--help", "--lang=en"}},
		{[]string{"help", "check", "--lang=en"}, []string{"check", "--help", "--lang", "en"}},
		{[]string{"help", "quiz"}, []string{"--help"}},
	} {
		code, out, errOut := call(c.help...)
		wcode, want, _ := call(c.flag...)
		if code != exitOK || wcode != exitOK || out != want || errOut != "" {
			t.Errorf("%q: exit %d, output differs from %q (exit %d)\n%s", c.help, code, c.flag, wcode, out)
		}
	}
	code, _, errOut := call("help", "--lang", "en", "tema")
	if code != exitUsage || !strings.Contains(errOut, `unknown command "tema"; choose from check, cases, team, live, culture, help`) {
		t.Errorf("help tema: exit %d, %q", code, errOut)
	}
	if _, out, _ := call("--help"); !strings.Contains(out, "help    hulp: help of help OPDRACHT") {
		t.Errorf("help is not listed:\n%s", out)
	}
}
