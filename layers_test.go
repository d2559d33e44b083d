package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayers keeps the four layers apart (see README, "Opbouw van de
// code"): the domain draws nothing, and the text mode and the drawing
// layer run without Bubble Tea.
func TestLayers(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	forbidden := map[string][]string{
		"./quiz/...":    {"charm.land/lipgloss/v2", "charm.land/bubbletea/v2", "charm.land/bubbles/v2"},
		"./profile/...": {"charm.land/lipgloss/v2", "charm.land/bubbletea/v2", "charm.land/bubbles/v2"},
		"./domain/...":  {"charm.land/lipgloss/v2", "charm.land/bubbletea/v2", "charm.land/bubbles/v2"},
		"./draw/...":    {"charm.land/bubbletea/v2", "charm.land/bubbles/v2"},
		"./textmode":    {"charm.land/bubbletea/v2", "charm.land/bubbles/v2"},
	}
	for pattern, banned := range forbidden {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pattern).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pattern, err)
		}
		deps := strings.Fields(string(out))
		for _, d := range deps {
			for _, b := range banned {
				if d == b || strings.HasPrefix(d, b+"/") {
					t.Errorf("%s depends on %s", pattern, d)
				}
			}
		}
	}
}
