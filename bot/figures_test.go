package bot

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

func TestFigureLineShowsLevels(t *testing.T) {
	v := 4745.0
	old := knowledge.Figure{Text: "£4,745", Value: &v, Kind: knowledge.FigureMoney, Unit: "pound sterling", Level: "old", Change: "up"}
	if got := figureLine(old); !strings.Contains(got, "level before the rise") {
		t.Errorf("figureLine(old level) = %q", got)
	}
	old.Level, old.Change = "new", "down"
	if got := figureLine(old); !strings.Contains(got, "level after the fall") {
		t.Errorf("figureLine(new level) = %q", got)
	}
}
