package index

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// TestWhoFoldsAccents checks that a name typed without its accents finds
// the person written with them, and the reverse.
func TestWhoFoldsAccents(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	a := &knowledge.Article{ID: "m.txt", Title: "Convoy attacked", Scope: knowledge.SharedScope,
		Paragraphs: []knowledge.Paragraph{
			{N: 1, Kind: knowledge.KindTitle, Text: "Convoy attacked"},
			{N: 2, Kind: knowledge.KindBody, Text: "Col. Seydou Konaté said troops had found rifles. Lena Muller agreed."},
		}}
	f := knowledge.Facts{Entities: []knowledge.Entity{
		{ID: "e1", Name: "Seydou Konaté", Type: "person", Aliases: []string{"Konaté"}, Roles: []string{"Col."},
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: 5, End: 19, Text: "Seydou Konaté"}}},
		{ID: "e2", Name: "Lena Muller", Type: "person",
			Mentions: []knowledge.Mention{{Paragraph: 2, Start: 49, End: 60, Text: "Lena Muller"}}},
	}}
	if _, err := ix.addFacts(a, f); err != nil {
		t.Fatal(err)
	}
	for typed, want := range map[string]string{"Konate": "Seydou Konaté", "Seydou Konate": "Seydou Konaté", "Lena Müller": "Lena Muller"} {
		who, err := ix.Who(context.Background(), "", typed)
		if err != nil {
			t.Fatalf("Who(%q): %v", typed, err)
		}
		if len(who.Profiles) == 0 || who.Profiles[0].Name != want {
			t.Errorf("Who(%q) = %+v, want %s", typed, who, want)
		}
	}
}
