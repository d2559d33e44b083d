package sshjoin

import (
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// colorProfile is the colour profile of a session's terminal, from the
// environment the client sent and the pty's TERM. The Bubble Tea
// middleware sets none on a Windows host, and detection on a network
// connection cannot ask the terminal, so every session gets one from here.
// OpenSSH forwards TERM (and LANG, LC_*), never COLORTERM, so a TERM that
// names a modern terminal family counts as 256 colours; Windows' ssh.exe
// sends TERM=xterm-256color. A session has a pty, so the result is never
// NoTTY; NO_COLOR, when a client sends it, gives ASCII.
func colorProfile(env []string) colorprofile.Profile {
	term := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "TERM="); ok {
			term = v // the last wins: the pty's TERM is appended last
		}
	}
	if term == "" {
		term = "xterm-256color"
		env = append(env, "TERM="+term)
	}
	p := colorprofile.Env(env)
	if p < colorprofile.ASCII {
		p = colorprofile.ASCII // a dumb terminal is still a terminal
	}
	if p == colorprofile.ANSI && modernTerm(term) {
		p = colorprofile.ANSI256
	}
	return p
}

// modernTerm reports a TERM of a family whose members all show 256 colours
// (PuTTY, for one, says "xterm").
func modernTerm(term string) bool {
	for _, f := range []string{"xterm", "screen", "tmux", "putty", "rxvt", "alacritty", "kitty", "wezterm", "foot", "vte", "konsole", "gnome", "iterm", "contour", "ghostty"} {
		if strings.HasPrefix(term, f) {
			return true
		}
	}
	return false
}
