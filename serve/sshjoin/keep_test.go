package sshjoin

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/domain/room"
	"ideale-ambtenaar/i18n"
)

const testLink = "http://192.168.178.23:8080/r/abcdefghijklmnopqrst"

// finishedModel is the SSH program of a participant who has answered
// everything, at the result screen, in a window of w×h.
func finishedModel(t *testing.T, l i18n.Lang, w, h int, link func(room.ParticipantID) string) tea.Model {
	t.Helper()
	r := newRoom(t, 0)
	id, err := r.Join("key:test", "Ria", room.ViaSSH)
	if err != nil {
		t.Fatal(err)
	}
	for {
		walk, err := r.Walk(id)
		if err != nil {
			t.Fatal(err)
		}
		if walk.Done() {
			break
		}
		sid := walk.Question().ID
		if sid == "" {
			sid = fmt.Sprint(walk.Index() + 1)
		}
		if err := r.Answer(id, sid, 0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := r.Finish(id); err != nil {
		t.Fatal(err)
	}
	st := &session{s: &Server{room: r, lang: l, resultLink: link}, id: id}
	var m tea.Model = newModel(st, l, true)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = m.Update(tea.BackgroundColorMsg{Color: color.Black})
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}) // continue: the walk is done, so the result
	return m
}

func press(m tea.Model, s string) tea.Model {
	m, _ = m.Update(tea.KeyPressMsg{Code: []rune(s)[0], Text: s})
	return m
}

func TestEndScreenShowsLinkAndQR(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}, {40, 12}} {
		for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
			t.Run(fmt.Sprintf("%dx%d-%s", sz[0], sz[1], l), func(t *testing.T) {
				asked := 0
				m := finishedModel(t, l, sz[0], sz[1], func(room.ParticipantID) string { asked++; return testLink })
				result := ansi.Strip(m.View().Content)
				want := map[i18n.Lang]string{i18n.NL: "m naar je telefoon", i18n.EN: "m to your phone"}[l]
				if sz[0] >= 80 && !strings.Contains(result, want) {
					t.Errorf("the result's footer does not offer the link (%q):\n%s", want, result)
				}
				m = press(m, "m")
				out := ansi.Strip(m.View().Content)
				lines := strings.Split(out, "\n")
				if len(lines) > sz[1] {
					t.Errorf("%d lines in a window of %d", len(lines), sz[1])
				}
				for _, ln := range lines {
					if w := ansi.StringWidth(ln); w > sz[0] {
						t.Errorf("line of %d cells in a window of %d: %q", w, sz[0], ln)
					}
				}
				if flat := strings.Join(strings.Fields(out), ""); !strings.Contains(out, testLink) && !strings.Contains(flat, testLink) {
					t.Errorf("no link:\n%s", out)
				}
				back := map[i18n.Lang]string{i18n.NL: "terug naar je uitslag", i18n.EN: "back to your result"}[l]
				if !strings.Contains(out, back) {
					t.Errorf("no way back (%q):\n%s", back, out)
				}
				got := decodeQR(t, lines)
				if sz[1] >= 24 {
					if got != strings.ToUpper(testLink) {
						t.Errorf("QR code says %q, want %q:\n%s", got, strings.ToUpper(testLink), out)
					}
				}
				if dir := os.Getenv("KEEP_SHOTS"); dir != "" {
					_ = os.WriteFile(filepath.Join(dir, fmt.Sprintf("keep-%dx%d-%s.txt", sz[0], sz[1], l)), []byte(out), 0o644)
				}
				m = press(m, "m") // back to the result
				m = press(m, "m") // and again: the same link
				if asked != 1 {
					t.Errorf("the link was asked %d times, want once", asked)
				}
				m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
				if ansi.Strip(m.View().Content) != result {
					t.Error("esc does not lead back to the result")
				}
			})
		}
	}
}

// TestNoLinkWithoutWebServer: without Config.ResultLink the result
// screen offers nothing and m does nothing.
func TestNoLinkWithoutWebServer(t *testing.T) {
	m := finishedModel(t, i18n.NL, 80, 24, nil)
	before := ansi.Strip(m.View().Content)
	if strings.Contains(before, "telefoon") {
		t.Errorf("a link is offered without a web server:\n%s", before)
	}
	if after := ansi.Strip(press(m, "m").View().Content); after != before {
		t.Errorf("m changed the screen:\n%s", after)
	}
}

// decodeQR finds the QR code's half-block lines in a screen and decodes
// them with zbarimg; "" when there is none. It skips the decode when
// zbarimg (Debian zbar-tools) is missing.
func decodeQR(t *testing.T, lines []string) string {
	t.Helper()
	var rows [][]bool
	start := -1
	for _, ln := range lines {
		i := strings.IndexAny(ln, "█▀▄")
		if i < 0 {
			if rows != nil {
				break
			}
			continue
		}
		if start < 0 {
			// The code starts with its quiet zone: two cells of space.
			start = len([]rune(ln[:i])) - 2
		}
		var top, bottom []bool
		rs := []rune(ln)
		for x := start; x < len(rs); x++ {
			r := rs[x]
			if r != ' ' && r != '█' && r != '▀' && r != '▄' {
				break
			}
			top = append(top, r == '█' || r == '▀')
			bottom = append(bottom, r == '█' || r == '▄')
		}
		rows = append(rows, top, bottom)
	}
	if rows == nil {
		return ""
	}
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Skip("zbarimg not installed (apt-get install zbar-tools)")
	}
	const scale, border = 8, 4
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	img := image.NewGray(image.Rect(0, 0, (n+2*border)*scale, (len(rows)+2*border)*scale))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for y, row := range rows {
		for x, dark := range row {
			if !dark {
				continue
			}
			for dy := range scale {
				for dx := range scale {
					img.SetGray((x+border)*scale+dx, (y+border)*scale+dy, color.Gray{})
				}
			}
		}
	}
	path := filepath.Join(t.TempDir(), "code.png")
	if dir := os.Getenv("KEEP_SHOTS"); dir != "" {
		path = filepath.Join(dir, "code.png")
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, err := exec.Command(zbar, "--quiet", "--raw", path).Output()
	if err != nil {
		t.Errorf("zbarimg: %v", err)
		return ""
	}
	return strings.TrimSpace(string(out))
}

// TestNewRoundClosesTheLinkScreen: a new round starts a new quiz, not
// the link screen of the last result.
func TestNewRoundClosesTheLinkScreen(t *testing.T) {
	m := finishedModel(t, i18n.NL, 80, 24, func(room.ParticipantID) string { return testLink })
	m = press(m, "m")
	if !strings.Contains(ansi.Strip(m.View().Content), testLink) {
		t.Fatal("no link screen")
	}
	m, _ = m.Update(newRoundMsg{})
	if out := ansi.Strip(m.View().Content); strings.Contains(out, testLink) {
		t.Errorf("the link screen stays over the new round:\n%s", out)
	}
}
