package entities

import (
	"slices"
	"testing"
)

func TestEntityKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Ahmed al-Sharaa", "Ahmed al Sharaa"},
		{"U.S.", "US"},
		{"the State Department", "State Department"},
		{"José Martí", "Jose Marti"},
		{"O’Neill", "O'Neill"},
		{"Al-Hol", "al Hol"},
		{"Konaté", "Konate"},
		{"Konate\u0301", "Konate"},
		{"Ngô Đình Diệm", "Ngo Dinh Diem"},
		{"Łukasz Żmuda", "Lukasz Zmuda"},
	}
	for _, tt := range tests {
		t.Run(tt.a+" = "+tt.b, func(t *testing.T) {
			if ka, kb := EntityKey(tt.a), EntityKey(tt.b); ka != kb {
				t.Errorf("EntityKey(%q) = %q, EntityKey(%q) = %q", tt.a, ka, tt.b, kb)
			}
		})
	}
	if k := EntityKey("Ahmed al-Sharaa"); k != "ahmed al sharaa" {
		t.Errorf("EntityKey(Ahmed al-Sharaa) = %q", k)
	}
}

func TestFoldAccents(t *testing.T) {
	for in, want := range map[string]string{"Konaté": "Konate", "Konate\u0301": "Konate", "Zürich, Łódź": "Zurich, Lodz", "plain": "plain"} {
		if got := FoldAccents(in); got != want {
			t.Errorf("FoldAccents(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEntityLexiconsAreWellFormed checks the tables: every row of the
// gazetteers and cues has a type the extractor knows.
func TestEntityLexiconsAreWellFormed(t *testing.T) {
	for _, table := range []string{"organizations", "entity_cues", "kinds", "object_verbs"} {
		col := map[string]int{"organizations": 1, "entity_cues": 2, "kinds": 1, "object_verbs": 1}[table]
		for _, row := range lexiconRows(table) {
			if len(row) <= col || voteIndex(row[col]) < 0 {
				t.Errorf("%s: row %q has no known type in column %d", table, row, col+1)
			}
		}
	}
	for _, row := range lexiconRows("titles") {
		if len(row) < 2 || !slices.Contains([]string{"honorific", "office", "rank", "role", "modifier", "postnominal", "team"}, row[1]) {
			t.Errorf("titles: row %q has no known kind", row)
		}
	}
}
