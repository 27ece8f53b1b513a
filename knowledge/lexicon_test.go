package knowledge

import (
	"io/fs"
	"strings"
	"testing"
)

// TestEveryTableHasOneHome checks that each package has tables and that no
// two hold a table of the same name: ExtractorVersion hashes them by name.
func TestEveryTableHasOneHome(t *testing.T) {
	seen := map[string]bool{}
	for i, fsys := range lexicons() {
		entries, err := fs.ReadDir(fsys, ".")
		if err != nil || len(entries) == 0 {
			t.Errorf("package %d of lexicons(): no tables (%v)", i, err)
		}
		for _, e := range entries {
			if seen[e.Name()] {
				t.Errorf("two packages hold the table %s", e.Name())
			}
			seen[e.Name()] = true
		}
	}
	// The question tables are not extraction's: changing them must not
	// change ExtractorVersion.
	extraction := 0
	for name := range seen {
		if !strings.HasPrefix(name, "question") {
			extraction++
		}
	}
	if len(allTables()) != extraction {
		t.Errorf("allTables has %d tables, the packages %d that extraction reads", len(allTables()), extraction)
	}
}
