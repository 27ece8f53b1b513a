package entities_test

import (
	"slices"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestPeerIsNotAnotherBearerOfTheSurname: "Lord Weston of Brockley" is one
// person, named in full by his title; a man named Peter James Weston
// later in the article is someone else, and Brockley is the place of the
// title, no person and no affiliation.
func TestPeerIsNotAnotherBearerOfTheSurname(t *testing.T) {
	a := articleOf("Arson claims",
		"Former transport minister Lord Weston of Brockley denied the officials were involved.",
		"Although one man, Peter James Weston, was convicted in 1993 of sending letter bombs, the cases remain unsolved.",
		"The programme also heard from Lord Weston of Brockley, who was a minister at the time.")
	ents := Extract(a).Entities
	full := findEntity(ents, "Peter James Weston")
	if full == nil {
		t.Fatalf("no entity for the full name: %+v", ents)
	}
	for _, m := range full.Mentions {
		if strings.Contains(m.Text, "Lord") || m.Paragraph != 3 {
			t.Errorf("the peer's mention went to the other Weston: %+v", m)
		}
	}
	for _, aff := range full.Affiliations {
		if aff == "Brockley" {
			t.Errorf("the peer's place became an affiliation of the other Weston: %+v", full)
		}
	}
	if e := findEntity(ents, "Brockley"); e != nil && e.Type == "person" {
		t.Errorf("the place of a peer's title is a person: %+v", e)
	}
}

// TestTitleWordAsSurname: a title word right after a given name, with no
// name after it ("John Major", "Paul King"), is the surname of a person.
func TestTitleWordAsSurname(t *testing.T) {
	a := articleOf("Campaigns", "John Major reaped the benefits of street campaigning in the election.",
		"The band's singer Paul King said the tour would go ahead.")
	ents := Extract(a).Entities
	for _, name := range []string{"John Major", "Paul King"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" {
			t.Errorf("%s is no person: %+v", name, ents)
		}
	}
}

// TestSeatIsNoPerson: the words after "MP for" name a seat, however many
// there are; none of them is a person.
func TestSeatIsNoPerson(t *testing.T) {
	a := articleOf("Seats", "As MP for Lowtown Vale Nant Brack and the party's leader, Mr Hughes has argued the attacks were staged.")
	for _, e := range Extract(a).Entities {
		if e.Type == "person" && strings.Contains("Lowtown Vale Nant Brack", e.Name) {
			t.Errorf("part of a seat is a person: %+v", e)
		}
	}
}

// TestPlaceNamedBodyIsNoPerson: "Scotland Yard said": a speaker whose name
// is a country's and one more word (no given name, no title) is a body.
func TestPlaceNamedBodyIsNoPerson(t *testing.T) {
	a := articleOf("Arrests", "Police clashed with fans outside the ground. Scotland Yard said there had been 11 arrests.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Scotland Yard"); e == nil || e.Type != "organization" {
		t.Errorf("Scotland Yard is no organisation: %+v", e)
	}
}

// TestFormerRoleKeepsItsWords: "Former England captain X": the role is the
// former captaincy, and England is no affiliation of X's now.
func TestFormerRoleKeepsItsWords(t *testing.T) {
	a := articleOf("Retirement", "Former Rovers captain Mark Dobson has announced he is to retire at the end of the season.")
	e := findEntity(Extract(a).Entities, "Mark Dobson")
	if e == nil {
		t.Fatal("no Mark Dobson")
	}
	if !slices.Contains(e.Roles, "Former Rovers captain") || slices.Contains(e.Affiliations, "Rovers") {
		t.Errorf("a former role reads as a current one: roles %q, affiliations %q", e.Roles, e.Affiliations)
	}
}

// TestKindBeforeKnownAsOrCalled: "a shadowy group known as X", "a company
// called X": the kind noun types the name after "known as" or "called".
func TestKindBeforeKnownAsOrCalled(t *testing.T) {
	a := articleOf("Fires", "The attacks were blamed on a shadowy group known as Cwm Talog. Cwm Talog began burning homes in 1979.",
		"He then founded another company called Rhyd Gwyn and went on working.")
	ents := Extract(a).Entities
	for _, name := range []string{"Cwm Talog", "Rhyd Gwyn"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s is no organisation: %+v", name, e)
		}
	}
}
