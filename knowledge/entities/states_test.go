package entities_test

import (
	"slices"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// mentionTypes returns, for each mention text of the named entities, the
// types of the entities that hold it, and whether the organisation is
// marked as a state.
func mentionTypes(ents []Entity, name string) (types map[string][]string, state bool) {
	types = map[string][]string{}
	for _, e := range ents {
		if e.Name != name {
			continue
		}
		if e.Type == EntityOrganization {
			state = state || e.State
		}
		for _, m := range e.Mentions {
			types[m.Text] = append(types[m.Text], e.Type)
		}
	}
	return types, state
}

func TestCountryActingIsItsState(t *testing.T) {
	tests := []struct {
		name string
		body []string
		// country is the entity name; org and place count the mentions
		// each type must hold.
		country    string
		org, place int
	}{
		{"subject of a verb of speech", []string{
			"Norway strongly condemned the raid on the harbour, which left four fishermen hurt.",
			"The raid took place in Norway late on Sunday."}, "Norway", 1, 1},
		{"will after a verb of being", []string{
			"Chile remains committed to the talks, the statement said."}, "Chile", 1, 0},
		{"possessor of forces", []string{
			"Peru's armed forces moved north on Tuesday. Hundreds of families left Peru by boat."}, "Peru", 1, 1},
		{"a country before a state's noun", []string{
			"The Kenya government will send food to the drought-hit villages."}, "Kenya", 1, 0},
		{"the government of a country", []string{
			"Aid will reach the border with the support of the government of Nepal, officials said."}, "Nepal", 1, 0},
		{"members listed after a body of states", []string{
			"Partner nations that have sent ships include Portugal, Greece and Malta."}, "Greece", 1, 0},
		{"members of a body after including", []string{
			"The whole alliance, including Norway and Chile, must now act to stop the fighting."}, "Chile", 1, 0},
		{"the conjuncts of a subject", []string{
			"Finland and Sweden signed a defence pact on Friday."}, "Sweden", 1, 0},
		{"where something happens stays a place", []string{
			"Heavy rain fell across Portugal on Monday, and flights from Portugal were cancelled."}, "Portugal", 0, 2},
		{"a title before a person's name is the person's", []string{
			"Chile's Foreign Minister Ana Torres said the talks would resume."}, "Chile", 0, 1},
		{"one minister is a person, the actor", []string{
			"Chile's finance minister, who flew in on Monday, said the deal was close."}, "Chile", 0, 1},
		{"officials in the plural serve the state", []string{
			"Kenya officials said the road would reopen."}, "Kenya", 1, 0},
		{"some of its inhabitants are no state", []string{
			"Peru's young people are leaving the villages for the cities."}, "Peru", 0, 1},
		{"only the head noun of a compound", []string{
			"Chile policy experts met in the capital."}, "Chile", 0, 1},
		{"a passive subject undergoes the act", []string{
			"Malta was hit by a storm on Sunday night."}, "Malta", 0, 1},
		{"what a place has is no act", []string{
			"Spain has long beaches and Spain's economy grew last year."}, "Spain", 0, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := Extract(articleOf("", tc.body...)).Entities
			types, state := mentionTypes(ents, tc.country)
			org, place := 0, 0
			for _, ts := range types {
				for _, typ := range ts {
					switch typ {
					case EntityOrganization:
						org++
					case EntityPlace:
						place++
					}
				}
			}
			if org != tc.org || place != tc.place {
				t.Errorf("%s: %d organisation and %d place mentions, want %d and %d; entities %+v", tc.country, org, place, tc.org, tc.place, ents)
			}
			if tc.org > 0 && !state {
				t.Errorf("%s: the organisation is not marked as a state", tc.country)
			}
		})
	}
}

// A claim by a country is its state's, and no person joins the state.
func TestStateSpeaksAndKeepsPeopleApart(t *testing.T) {
	f := Extract(articleOf("Talks on the river dam",
		"Egypt said on Monday that the dam would cut its water supply.",
		"Egypt's Foreign Minister Samir Haddad said the talks had failed.",
		"The dam stands on the Blue Nile in Ethiopia."))
	var state *Entity
	for i, e := range f.Entities {
		if e.Name == "Egypt" && e.Type == EntityOrganization {
			state = &f.Entities[i]
		}
		if e.Type == EntityPerson && e.State {
			t.Errorf("person %q is marked as a state", e.Name)
		}
	}
	if state == nil || !state.State {
		t.Fatalf("no state entity for Egypt: %+v", f.Entities)
	}
	if len(state.Mentions) != 1 || state.Mentions[0].Paragraph != 2 {
		t.Errorf("Egypt the state has mentions %+v, want the one of paragraph 2", state.Mentions)
	}
	if !slices.ContainsFunc(f.Claims, func(c Claim) bool { return c.Speaker == "Egypt" && c.SpeakerID == state.ID }) {
		t.Errorf("no claim by Egypt the state: %+v", f.Claims)
	}
	if !slices.ContainsFunc(f.Claims, func(c Claim) bool { return c.Speaker == "Samir Haddad" }) {
		t.Errorf("the minister's claim went elsewhere: %+v", f.Claims)
	}
}
