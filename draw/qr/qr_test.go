package qr

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

const joinURL = "http://192.168.1.23:8080/j/7K3Q"

// TestLinesShape checks the size the projector plans for: a join URL gives
// a 29-module code, 33 cells by 17 lines with the quiet zone, every line
// the same width and painted (not left to the terminal's colours).
func TestLinesShape(t *testing.T) {
	lines, err := Lines(joinURL)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 17 {
		t.Errorf("%d lines, want 17", len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != 33 {
			t.Errorf("line %d is %d cells wide, want 33", i, w)
		}
		if !strings.Contains(l, "\x1b[") {
			t.Errorf("line %d has no colours: %q", i, l)
		}
		if p := ansi.Strip(l); strings.Trim(p, " ▀▄█") != "" {
			t.Errorf("line %d has other characters: %q", i, p)
		}
	}
	// The quiet zone: the first line and the first two columns are light.
	if top := ansi.Strip(lines[0]); strings.TrimSpace(top) != "" {
		t.Errorf("the first line is not light: %q", top)
	}
}

func TestLinesRefuses(t *testing.T) {
	if _, err := Lines(""); err == nil {
		t.Error("empty url: no error")
	}
	if _, err := Lines("http://x/" + strings.Repeat("a", MaxURL)); err == nil {
		t.Error("long url: no error")
	}
}

// TestLinesDecode reads the drawn lines back into modules (each character
// is a top and a bottom module), paints them as a PNG of 8 pixels per
// module, and decodes it with zbarimg: the half blocks must give the code
// back. It skips when zbarimg (Debian zbar-tools) is missing.
func TestLinesDecode(t *testing.T) {
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Skip("zbarimg not installed (apt-get install zbar-tools)")
	}
	for _, url := range []string{joinURL, "http://[fd00::1234:5678]:8080/j/7K3Q", "http://10.0.0.2:80/j/ACDE"} {
		lines, err := Lines(url)
		if err != nil {
			t.Fatal(err)
		}
		// A dark surround, as on a dark projector theme: the quiet zone
		// must be enough on its own.
		img := paint(linesToModules(lines), 8)
		path := filepath.Join(t.TempDir(), "code.png")
		if dir := os.Getenv("QR_SHOTS"); dir != "" && url == joinURL {
			path = filepath.Join(dir, "qr.png") // to look at
		}
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
		cmd := exec.Command(zbar, "--quiet", "--raw", path)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("zbarimg %s: %v\n%s", url, err, stderr.String())
		}
		if got := strings.TrimSpace(string(out)); got != url {
			t.Errorf("decoded %q, want %q", got, url)
		}
	}
}

// linesToModules turns half-block lines back into rows of modules.
func linesToModules(lines []string) [][]bool {
	var rows [][]bool
	for _, l := range lines {
		var top, bottom []bool
		for _, r := range ansi.Strip(l) {
			top = append(top, r == '█' || r == '▀')
			bottom = append(bottom, r == '█' || r == '▄')
		}
		rows = append(rows, top, bottom)
	}
	return rows
}

// paint draws modules scale pixels each, dark as black, light as white,
// inside a dark border of 4 modules (a dark terminal around the code).
func paint(rows [][]bool, scale int) image.Image {
	const border = 4
	n := len(rows[0])
	h := len(rows)
	img := image.NewGray(image.Rect(0, 0, (n+2*border)*scale, (h+2*border)*scale))
	for i := range img.Pix {
		img.Pix[i] = 0x20
	}
	for y, row := range rows {
		for x, dark := range row {
			c := color.Gray{Y: 0xff}
			if dark {
				c.Y = 0
			}
			for dy := range scale {
				for dx := range scale {
					img.SetGray((x+border)*scale+dx, (y+border)*scale+dy, c)
				}
			}
		}
	}
	return img
}
