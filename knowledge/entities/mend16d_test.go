package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestOfficeWithItsOwnVerbIsNoApposition: an office after a name, a comma
// and "the" that is followed by a verb is the subject of that verb, no
// apposition to the name ("Police arrested Tom X, the Home Secretary
// said" gave Tom X the office, and the claim to him).
func TestOfficeWithItsOwnVerbIsNoApposition(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Police arrested Tom Denbury, the Home Secretary said.", "Tom Denbury"},
		{"The plan was a blow for Agnes Tollard, the Prime Minister said on Monday.", "Agnes Tollard"},
		{"Officers detained Ivo Marsh, the Foreign Secretary confirmed on Tuesday.", "Ivo Marsh"},
	} {
		ents := Extract(articleOf("Arrest", c.text)).Entities
		if e := findEntity(ents, c.name); e == nil || len(e.Roles) != 0 {
			t.Errorf("%q: %s holds no office, got %+v", c.text, c.name, e)
		}
	}
	// The apposition closed by a comma or a stop stays the name's.
	for _, text := range []string{"Martin Colbeck, the Foreign Secretary, said the talks would go on.",
		"The talks were led by Martin Colbeck, the Foreign Secretary."} {
		ents := Extract(articleOf("Talks", text)).Entities
		if e := findEntity(ents, "Martin Colbeck"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "Foreign Secretary" {
			t.Errorf("%q: want Martin Colbeck's role 'Foreign Secretary', got %+v", text, e)
		}
	}
}
