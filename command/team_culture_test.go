package command

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ideale-ambtenaar/domain/team/teamtest"
	"ideale-ambtenaar/draw/teamreport"
)

// TestTeamCultureText: `team DIR` on culture results prints the group's
// now and desired with spread and the shared shifts, in the set's
// language, without escape codes into a pipe.
func TestTeamCultureText(t *testing.T) {
	dir := teamtest.Dir(t, teamtest.ThreeCultures)
	code, out, errOut := runTeamCmd(t, nil, dir)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape codes into a pipe")
	}
	for _, want := range []string{
		"Cultuur van de groep — Cultuur van Afdeling Noord",
		"3 deelnemers · cultuurbestand c0ffee00 (nl)",
		"  nu       ", " 51%    43–60%", " 37%    30–40%",
		"▼ 3 van 3 willen minder bureaucraat (gemiddeld van 51% naar 37%, −14)",
		"▲ 2 van 3 willen meer verbinder (gemiddeld van 20% naar 33%, +13)",
		"deelnemer 2   50%  30%  20%     40%  20%  40%",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = runTeamCmd(t, nil, "--lang", "en", "--anonymous", dir)
	if !strings.Contains(out, "3 of 3 want less of the bureaucrat") || strings.Contains(out, "Anna") {
		t.Errorf("English, anonymous:\n%s", out)
	}
}

// TestTeamCultureExports: csv, json and markdown carry both passes; the
// workbook, SVG and HTML exports are refused with a reason.
func TestTeamCultureExports(t *testing.T) {
	dir := teamtest.Dir(t, teamtest.ThreeCultures)
	code, out, errOut := runTeamCmd(t, nil, "--format", "csv", dir)
	if code != exitOK || !strings.HasPrefix(out, "row,number,label,name,taken_at,file,set_hash,now_bureaucraat,") ||
		!strings.Contains(out, "\naverage,,,,,,,51,29,20,37,30,33,-14,1,13\n") {
		t.Errorf("csv: exit %d %s\n%s", code, errOut, out)
	}
	_, out, _ = runTeamCmd(t, nil, "--format", "csv", "--sep", ";", dir)
	if !strings.HasPrefix(out, "\ufeffrow;number;") || !strings.Contains(out, ";desired_bureaucraat;") {
		t.Errorf("csv ';':\n%s", out)
	}
	code, out, _ = runTeamCmd(t, nil, "--format", "json", dir)
	var e teamreport.CultureExport
	if err := json.Unmarshal([]byte(out), &e); err != nil || code != exitOK {
		t.Fatalf("json: exit %d, %v", code, err)
	}
	if e.Now.Average.Array() != [3]int{51, 29, 20} || e.Desired.Average.Array() != [3]int{37, 30, 33} || len(e.Participants) != 3 {
		t.Errorf("json: %+v", e)
	}
	code, out, _ = runTeamCmd(t, nil, "--format", "markdown", dir)
	if code != exitOK || !strings.Contains(out, "| Bureaucraat | 51% | 43–60% | 37% | 30–40% | ▼ −14 \\* | 0 | 3 |") {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
	// The workbook, the slide and the page exist for culture too.
	for f, start := range map[string]string{"svg": "<svg xmlns=", "html": "<!DOCTYPE html>\n<html lang=\"nl\">", "xlsx": "PK"} {
		code, out, errOut := runTeamCmd(t, nil, "--format", f, dir)
		if code != exitOK || !strings.HasPrefix(out, start) || errOut != "" {
			t.Errorf("%s: exit %d, err %s, starts %.40q", f, code, errOut, out)
		}
	}
}

// TestTeamRefusesQuizAndCulture: quiz results and culture surveys never
// mix, not even with --mixed; the message names the stray file, in the
// user's language.
func TestTeamRefusesQuizAndCulture(t *testing.T) {
	dir := threeTaken(t)
	cult := teamtest.Dir(t, teamtest.ThreeCultures)
	entries, _ := os.ReadDir(cult)
	stray := entries[0].Name()
	data, _ := os.ReadFile(filepath.Join(cult, stray))
	if err := os.WriteFile(filepath.Join(dir, stray), data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{dir}, {"--mixed", dir}, {"--format", "csv", dir}} {
		code, out, errOut := runTeamCmd(t, nil, args...)
		if code != exitFailure || out != "" {
			t.Errorf("%v: exit %d, out %q", args, code, out)
		}
		for _, want := range []string{"3 quizresultaten en 1 cultuurmeting", "worden nooit samen getoond", "De cultuurmetingen:\n  " + stray} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: lacks %q:\n%s", args, want, errOut)
			}
		}
	}
	code, _, errOut := runTeamCmd(t, nil, "--lang", "en", dir)
	if code != exitFailure || !strings.Contains(errOut, "3 quiz results and 1 culture survey mixed together") {
		t.Errorf("English: exit %d\n%s", code, errOut)
	}
	// Given the culture folder and one quiz file, the quiz file is named.
	quizFile, _ := filepath.Glob(filepath.Join(dir, "2026-11-27*anna*.json"))
	if len(quizFile) != 1 {
		t.Fatalf("quiz files %v", quizFile)
	}
	code, _, errOut = runTeamCmd(t, nil, cult, quizFile[0])
	if code != exitFailure || !strings.Contains(errOut, "De quizresultaten:\n  "+filepath.Base(quizFile[0])) {
		t.Errorf("quiz among culture: exit %d\n%s", code, errOut)
	}
}
