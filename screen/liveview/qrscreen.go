package liveview

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ideale-ambtenaar/draw/layout"
	"ideale-ambtenaar/i18n"
)

var (
	txtScanQR = i18n.Text{NL: "Scan om mee te doen", EN: "Scan to join"}
	txtNoQR   = i18n.Text{NL: "Geen QR-code: open het adres hieronder.", EN: "No QR code: open the address below."}
)

// qrInk paints the large QR code as draw/qr paints its lines: black
// modules on a white field whatever the theme, because many phone readers
// do not scan an inverted code.
var qrInk = lipgloss.NewStyle().Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#ffffff"))

// qrScreen fills h rows with the join QR code, as large as fits, centred,
// with the code, the ssh command and the URL under it: what j shows at any
// moment, so latecomers can scan until the door is shut.
func (d base) qrScreen(h int) []string {
	var code []string
	if big := largeQR(d.join.QR); len(big) > 0 && len(big)+3 <= h && layout.Widest(big) <= d.col {
		code = big
	} else if len(d.join.QR) > 0 && len(d.join.QR)+3 <= h && layout.Widest(d.join.QR) <= d.col {
		code = d.join.QR
	}
	title := d.ps.Heading.Paint(txtScanQR.In(d.l))
	if code == nil {
		title = d.ps.Muted.Paint(txtNoQR.In(d.l))
	}
	var how []string
	for _, s := range []string{txtCode.F(d.l, d.join.Code), d.join.SSH, d.join.URL} {
		if s != "" {
			how = append(how, s)
		}
	}
	line := d.ps.Cursor.Paint(strings.Join(how, " · "))
	if layout.Width(line) > d.col {
		line = d.ps.Cursor.Paint(ansi.Truncate(d.join.URL, d.col, "…"))
	}
	block := layout.Stack(0, layout.Centre(d.col, []string{title}), layout.Centre(d.col, code), []string{""}, layout.Centre(d.col, []string{line}))
	top := max((h-len(block))/2, 0)
	return append(make([]string, top), block...)
}

// largeQR draws the QR code of lines (draw/qr's half blocks: two rows of
// modules a line, a cell a module) twice as large: a module two cells wide
// and a row high, still square. It returns nil for no lines.
func largeQR(lines []string) []string {
	if len(lines) == 0 {
		return nil
	}
	out := make([]string, 0, 2*len(lines))
	for _, l := range lines {
		var top, bottom strings.Builder
		for _, r := range ansi.Strip(l) {
			t, b := "  ", "  "
			switch r {
			case '█':
				t, b = "██", "██"
			case '▀':
				t = "██"
			case '▄':
				b = "██"
			}
			top.WriteString(t)
			bottom.WriteString(b)
		}
		out = append(out, qrInk.Render(top.String()), qrInk.Render(bottom.String()))
	}
	return out
}
