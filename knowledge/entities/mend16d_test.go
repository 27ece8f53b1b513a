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

// TestCapsHeadlineVerbBetweenPlaceAndFirm: in a paragraph in capitals a
// headline's verb between a place and a firm's legal form ("TEXAS SUES
// X CORP") makes no firm's name of the place (Texas was dropped); words
// that end on a firm's word still do ("ALASKA ENERGY CORP").
func TestCapsHeadlineVerbBetweenPlaceAndFirm(t *testing.T) {
	a := articleOf("STATES ACT", "DALLAS, MARCH 3 - TEXAS SUES VELMOR CORP, AND OHIO BUYS KESTREL INC SHARES, OFFICIALS SAID.")
	ents := Extract(a).Entities
	for _, name := range []string{"TEXAS", "OHIO"} {
		if e := findEntity(ents, name); e == nil || e.Type != "place" {
			t.Errorf("%s: want a place, got %+v", name, e)
		}
	}
	for _, head := range []string{"ALASKA ENERGY CORP SETS QUARTERLY", "FIRST NEVADA FINANCIAL CORP SETS QUARTERLY"} {
		a := articleOf(head, "Shr 23 cts vs 42 cts", "Net 1,387,000 vs 2,532,000")
		for _, e := range Extract(a).Entities {
			if e.Type == "place" {
				t.Errorf("%s: a firm's word given as a place: %+v", head, e)
			}
		}
	}
}

// TestPersonsMoveToTownIsNoClubAlone: in an article about sport, a move
// after a person's possessive ("since his move to London") goes to a town
// as often as to a club: one such mention leaves the town a place (it was
// an organisation), two make it a club; "a move to Leeds" still names the
// club (TestTownAfterTransferWordIsClub). A side's word before a town's
// name names the club: "English side Exeter".
func TestPersonsMoveToTownIsNoClubAlone(t *testing.T) {
	sport := "The midfielder scored twice in the league match, and the manager said the squad and the coach were pleased with the win."
	for _, c := range []struct{ text, name string }{
		{"The striker has scored once since his move to Cardiff in the summer, the coach said.", "Cardiff"},
		{"The winger made her move to Manchester last year and now plays in the league.", "Manchester"},
	} {
		if e := findEntity(Extract(articleOf("Striker", c.text, sport)).Entities, c.name); e == nil || e.Type != "place" {
			t.Errorf("%q: want %s a place, got %+v", c.text, c.name, e)
		}
	}
	a := articleOf("Striker", "Since his move to Bristol in June the striker has scored ten goals.", sport,
		"His transfer to Bristol had been blocked in May.")
	if e := findEntity(Extract(a).Entities, "Bristol"); e == nil || e.Type != "organization" {
		t.Errorf("two moves to Bristol: want the club, got %+v", e)
	}
	a = articleOf("Hooker stays", "The hooker is likely to stay with English side Exeter this season.", sport)
	if e := findEntity(Extract(a).Entities, "Exeter"); e == nil || e.Type != "organization" {
		t.Errorf("English side Exeter: want the club, got %+v", e)
	}
}

// TestHyphenedAdjectiveAloneIsNoAffiliation: a capitalised hyphened
// adjective that is the whole run before a role ("Oscar-winning director
// X", "Chart-topping singer Y") says how the person is and names no body
// (the affiliation was "Oscar-winning"); a firm's hyphened name stays,
// and so does "Ex-" before a role.
func TestHyphenedAdjectiveAloneIsNoAffiliation(t *testing.T) {
	a := articleOf("Premiere", "The film was made by Oscar-winning director Lin Harvel, and Chart-topping singer Ann Vell sang.",
		"Hewlett-Packard boss Carla Fenwick came too, with Ex-chatshow host Rob Tennant.")
	ents := Extract(a).Entities
	for _, name := range []string{"Lin Harvel", "Ann Vell"} {
		if e := findEntity(ents, name); e == nil || len(e.Roles) != 1 || len(e.Affiliations) != 0 {
			t.Errorf("%s: want a role and no affiliation, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "Carla Fenwick"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Hewlett-Packard" {
		t.Errorf("Carla Fenwick: want the affiliation Hewlett-Packard, got %+v", e)
	}
	if e := findEntity(ents, "Rob Tennant"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "Ex-chatshow host" {
		t.Errorf("Rob Tennant: want the role 'Ex-chatshow host', got %+v", e)
	}
}

// TestBodysHeadBeforeOfficeWithAnyBreak: the office that takes a body's
// head word alone ("Securities Commissioner Ray X") is found as whole
// words, whatever follows it: a no-break space before the name left the
// affiliation "Securities" (the office needed a plain space after it).
func TestBodysHeadBeforeOfficeWithAnyBreak(t *testing.T) {
	a := articleOf("Share rules", "The rules were set by Securities Commissioner\u00a0Ray Holcott on Monday.")
	if e := findEntity(Extract(a).Entities, "Ray Holcott"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "Securities Commissioner" || len(e.Affiliations) != 0 {
		t.Errorf("Ray Holcott: want the role 'Securities Commissioner' and no affiliation, got %+v", e)
	}
}
