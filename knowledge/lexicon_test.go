package knowledge

import (
	"io/fs"
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
	if len(allTables()) != len(seen) {
		t.Errorf("allTables has %d tables, the packages %d", len(allTables()), len(seen))
	}
}
