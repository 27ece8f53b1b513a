package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestTownsNameClubsInSport: in a match report, a town's name that plays a
// side's part ("Bristol have", "Bristol coach", "a win over Leeds") names
// the club, an organisation; a country's name stays a place (the national
// side is typed as its country), and outside sport a town is a place.
func TestTownsNameClubsInSport(t *testing.T) {
	sport := articleOf("Bristol edge past Leeds",
		"Bristol have now won four league matches this season after a late penalty sealed a 21-20 win over Leeds.",
		"Bristol coach Alan Pike said his captain had been superb. \"The fans were brilliant and the try at the end was special,\" he said.",
		"Pike, who played for England, said the cup tie next month would be harder.")
	ents := Extract(sport).Entities
	for _, name := range []string{"Bristol", "Leeds"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s in a match report: %+v, want the club", name, e)
		}
	}
	if e := findEntity(ents, "England"); e == nil || e.Type != "place" {
		t.Errorf("England: %+v, want the place", e)
	}
	other := articleOf("Port plan",
		"Bristol have been chosen for a new port by the transport ministry, officials said.",
		"The city council said the plan would bring 900 jobs to Bristol over the next decade.")
	if e := findEntity(Extract(other).Entities, "Bristol"); e == nil || e.Type != "place" {
		t.Errorf("Bristol outside sport: %+v, want the place", e)
	}
}

// TestSideActsNotItsState: in a match report "England will protest" is
// the side's act, not the English state's: no state beside the place;
// outside sport "Norway condemned" is the state's.
func TestSideActsNotItsState(t *testing.T) {
	sport := articleOf("Protest over referee",
		"England will protest to the rugby board about the referee after the defeat by Wales, the coach said.",
		"The penalty in the last minute of the match decided the game, and the captain said the squad was angry.")
	for _, e := range Extract(sport).Entities {
		if e.State {
			t.Errorf("a side's act made a state in a match report: %+v", e)
		}
	}
	other := articleOf("Raid", "Norway condemned the raid on Monday and called for talks.", "Officials said the talks would start next week.")
	found := false
	for _, e := range Extract(other).Entities {
		found = found || e.State && e.Name == "Norway"
	}
	if !found {
		t.Errorf("Norway condemned: no state in %+v", Extract(other).Entities)
	}
}
