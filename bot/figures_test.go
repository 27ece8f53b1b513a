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

// A figure the article may not state as so (in what a claim denies) is no
// key figure of a brief: a brief picks what the article states.
func TestAFigureNotStatedIsNoKeyFigure(t *testing.T) {
	v, w := 3e9, 40.0
	denied := knowledge.Figure{Text: "$3bn", Value: &v, Kind: knowledge.FigureMoney, Counted: "repairs", Paragraph: 2, NotStated: true}
	stated := knowledge.Figure{Text: "40 workers", Value: &w, Kind: knowledge.FigureCount, Counted: "workers", Paragraph: 3}
	top := topFigures([]knowledge.Figure{denied, stated})
	if len(top) != 1 || top[0].Text != "40 workers" {
		t.Errorf("key figures = %+v, want only the one stated", top)
	}
}
