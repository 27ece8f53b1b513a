package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestTimeZoneIsNoEntity: a time zone's letters after a clock time
// ("0900 EDT", "1530 EST", "1000 CET") name no organisation, as "GMT"
// does not.
func TestTimeZoneIsNoEntity(t *testing.T) {
	a := articleOf("Board to report", "The Vellum Exchange will report the figures at 0900 EDT and again at 1530 EST.",
		"Talks in the group open at 1000 CET, and the close is at 1500 CDT.")
	for _, e := range Extract(a).Entities {
		switch e.Name {
		case "EDT", "EST", "CET", "CDT":
			t.Errorf("a time zone given as an entity: %+v", e)
		}
	}
}
