package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestPlaceInsideCapsFirmName: a place written inside a firm's name in a
// wire headline in capitals, between the angle brackets or before a
// legal form ("<NORDALE CANADA LTD>", "<PACIFIC WEST BANK>", "FIRST
// OREGON CORP <FOC>"), is the firm's word, no place; a country that opens
// the headline on its own ("PERU TO SELL ...") stays a place.
func TestPlaceInsideCapsFirmName(t *testing.T) {
	for _, head := range []string{"<NORDALE CANADA LTD> YEAR NET", "<PACIFIC WEST BANK> FIRST QTR NET", "FIRST OREGON CORP <FOC> SETS QUARTERLY"} {
		a := articleOf(head, "Shr 23 cts vs 42 cts", "Net 1,387,000 vs 2,532,000")
		for _, e := range Extract(a).Entities {
			if e.Type == "place" {
				t.Errorf("%s: a firm's word given as a place: %+v", head, e)
			}
		}
	}
	a := articleOf("PERU TO SELL STAKE IN MINING CORP", "Peru will sell its stake in the mining firm, officials said.")
	if e := findEntity(Extract(a).Entities, "Peru"); e == nil || e.Type != "place" {
		t.Errorf("Peru: want a place, got %+v", e)
	}
}

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

// TestCommonNounInsideBodyName: a noun that alone names nothing
// ("Picture", "Video"), written capitalised inside a sentence between two
// capitalised words of a body's name, is a word of that name ("the Motion
// Picture Council" was cut into a place "Motion" and a body "Council").
func TestCommonNounInsideBodyName(t *testing.T) {
	a := articleOf("Piracy costs rise", "The Motion Picture Council said piracy cost its members $3m last year.",
		"Ballots went to members of the Society of Home Video Makers and Sellers on Monday.")
	ents := Extract(a).Entities
	for _, name := range []string{"Motion Picture Council", "Society of Home Video Makers and Sellers"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want one organisation, got %+v", name, e)
		}
	}
	for _, half := range []string{"Motion", "Council", "Society of Home", "Makers and Sellers"} {
		if e := findEntity(ents, half); e != nil {
			t.Errorf("half a name: %+v", e)
		}
	}
}

// TestTownAfterTransferWordIsClub: in an article about sport, a town's
// name after a word of a player's move between sides and "to" or "from"
// ("a move to Leeds", "interest from Leeds") names the club, an
// organisation, not the town; a ground's name ends in a ground's word
// ("Stamford Bridge") and stays a place, and so does where a club's own
// move goes ("its move to Gloucester").
func TestTownAfterTransferWordIsClub(t *testing.T) {
	for _, s := range []string{"The striker has rejected a move to Leeds this month.", "The striker has played down reported interest from Leeds."} {
		a := articleOf("Striker stays put", s,
			"The 24-year-old midfielder scored two goals in the league match and the manager said the squad needs him for the cup.")
		if e := findEntity(Extract(a).Entities, "Leeds"); e == nil || e.Type != "organization" {
			t.Errorf("%s: want the club, an organisation, got %+v", s, e)
		}
	}
	// A ground's name there stays a place: "a switch to Stamford Bridge".
	a := articleOf("Striker stays put", "The striker has played down talk of a switch to Stamford Bridge.",
		"The 24-year-old midfielder scored two goals in the league match and the manager said the squad needs him for the cup.")
	if e := findEntity(Extract(a).Entities, "Stamford Bridge"); e != nil && e.Type != "place" {
		t.Errorf("Stamford Bridge: a ground, want a place, got %+v", e)
	}
	// A club's own move goes to a place: "its move to Gloucester".
	a = articleOf("Club plans new ground", "The club is funding its move to Gloucester through a bond issue.",
		"The 24-year-old midfielder scored two goals in the league match and the manager said the squad needs him for the cup.")
	if e := findEntity(Extract(a).Entities, "Gloucester"); e != nil && e.Type != "place" {
		t.Errorf("Gloucester: where the club moves, want a place, got %+v", e)
	}
}
