package entities_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestScreenDirectorNamesTheWork: in an article about films, "Silent
// Harbour director X" names the film the director made, no organisation
// and no affiliation; in an article about business, "Tallow Stores director X"
// keeps the firm.
func TestScreenDirectorNamesTheWork(t *testing.T) {
	a := articleOf("Box office", "A new horror film produced by Silent Harbour director Maud Ferrick topped the box office this weekend.",
		"The film beat a comedy starring Jo Penn, and Grey Lantern producer Osric Vale said the movie would get a sequel.")
	ents := Extract(a).Entities
	for _, bad := range []string{"Silent Harbour", "Grey Lantern"} {
		if e := findEntity(ents, bad); e != nil && e.Type == "organization" {
			t.Errorf("a film before a director or a producer typed an organisation: %+v", e)
		}
	}
	for _, p := range []string{"Maud Ferrick", "Osric Vale"} {
		if e := findEntity(ents, p); e == nil || len(e.Affiliations) != 0 {
			t.Errorf("%s: want a person with no affiliation, got %+v", p, e)
		}
	}
	b := articleOf("Results", "Profits at the retailer rose, said Tallow Stores director Maud Ferrick.")
	if e := findEntity(Extract(b).Entities, "Maud Ferrick"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Tallow Stores" {
		t.Errorf("a firm's director: want the affiliation Tallow Stores, got %+v", e)
	}
}

// TestFirmUnitInBracketsBeforeLegalForm: "Harbin Brothers (Asia) Ltd
// economist X": the bracket before a legal form holds where the firm's
// unit works; the firm is the economist's affiliation (not "Ltd"), a name
// with a given name's look before one is a firm's, and capitals in the
// bracket are no alias of the firm.
func TestFirmUnitInBracketsBeforeLegalForm(t *testing.T) {
	a := articleOf("Rates", "Rates may fall, said Harbin Brothers (Asia) Ltd economist Ron Tasker.",
		"Profits will rise, Simon Dorrit (Far East) Ltd said.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Ron Tasker"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Harbin Brothers" {
		t.Errorf("the economist's firm: want Harbin Brothers, got %+v", e)
	}
	if e := findEntity(ents, "Simon Dorrit"); e == nil || e.Type != "organization" {
		t.Errorf("Simon Dorrit (Far East) Ltd: want a firm, got %+v", e)
	}
	ents = Extract(articleOf("Loans", "Loans will grow, an analyst at Quill Securities (F.E.) Ltd said.")).Entities
	if e := findEntity(ents, "Quill Securities"); e == nil || e.Type != "organization" || len(e.Aliases) != 0 {
		t.Errorf("Quill Securities (F.E.) Ltd: want a firm with no alias, got %+v", e)
	}
	if e := findEntity(ents, "F.E."); e != nil {
		t.Errorf("capitals in a firm's bracket named something: %+v", e)
	}
}

// TestSeatBeforeBasedIsNoAffiliation: "president of Palo Alto,
// Calif.-based Quorum": the place written against "-based" is the firm's
// seat, a place; the firm after it is the affiliation and the role is
// the job alone.
func TestSeatBeforeBasedIsNoAffiliation(t *testing.T) {
	a := articleOf("Software", "John Wartle, president of Palo Alto, Calif.-based Quorum, said sales rose.",
		"Mary Ostle, chairman of Ridgeton-based Pembry, agreed.")
	ents := Extract(a).Entities
	for name, firm := range map[string]string{"John Wartle": "Quorum", "Mary Ostle": "Pembry"} {
		e := findEntity(ents, name)
		if e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != firm || len(e.Roles) != 1 || strings.Contains(e.Roles[0], "based") || strings.Contains(e.Roles[0], " of ") {
			t.Errorf("%s: want a role alone and the affiliation %s, got %+v", name, firm, e)
		}
	}
	if e := findEntity(ents, "Palo Alto"); e == nil || e.Type != "place" {
		t.Errorf("Palo Alto: want a place, got %+v", e)
	}
}

// TestNationalityBeforeBodyIsNoAffiliation: "head of top Japanese
// business group Dantai": a nation's adjective and a body's kind before a
// name are no organisation; the name after them is the affiliation.
func TestNationalityBeforeBodyIsNoAffiliation(t *testing.T) {
	a := articleOf("Trade", "Kenji Sato, head of top Japanese business group Dantai, spoke.",
		"Ken Oda, head of the Japanese trade group Renmei, agreed.")
	ents := Extract(a).Entities
	for name, body := range map[string]string{"Kenji Sato": "Dantai", "Ken Oda": "Renmei"} {
		if e := findEntity(ents, name); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != body {
			t.Errorf("%s: want the affiliation %s, got %+v", name, body, e)
		}
	}
}

// TestTradesOfTheArtsAreRoles: "playwright X", "Songwriter X" opening a
// sentence: the trades of the arts are roles, kept as the person's and
// no part of the name.
func TestTradesOfTheArtsAreRoles(t *testing.T) {
	a := articleOf("Gala", "The show was praised by playwright Tom Stallard and violinist Nina Kerr.",
		"Songwriter Mark Hollen was there, with cinematographer John Matherby.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Tom Stallard": "playwright", "Nina Kerr": "violinist", "Mark Hollen": "songwriter", "John Matherby": "cinematographer"} {
		if e := findEntity(ents, name); e == nil || len(e.Roles) != 1 || !strings.EqualFold(e.Roles[0], role) {
			t.Errorf("%s: want the role %s, got %+v", name, role, e)
		}
	}
}

// TestFirstOpensAFirmBeforeAJob: "First Carrow Corp analyst X": "First"
// inside a sentence before capitalised words that a legal form ends opens
// the firm's name, which is the analyst's affiliation whole.
func TestFirstOpensAFirmBeforeAJob(t *testing.T) {
	a := articleOf("Utility", "Despite the market reaction, First Carrow Corp analyst Arlene Bart applauded the decision.")
	if e := findEntity(Extract(a).Entities, "Arlene Bart"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "First Carrow Corp" {
		t.Errorf("the analyst's firm: want First Carrow Corp, got %+v", e)
	}
}

// TestTownBeforeJobIsNoAffiliation: "New York investor X", "London
// teacher X": outside sport a place before a job is where the person
// works, no affiliation; an office keeps its place ("Ohio senator X").
func TestTownBeforeJobIsNoAffiliation(t *testing.T) {
	a := articleOf("Bid", "The bid came from New York investor Carl Icahner, who spoke to London teacher Ann Pell.",
		"Ohio senator Tom Ferrin said the deal was fair.")
	ents := Extract(a).Entities
	for _, name := range []string{"Carl Icahner", "Ann Pell"} {
		if e := findEntity(ents, name); e == nil || len(e.Affiliations) != 0 {
			t.Errorf("%s: want no affiliation, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "Tom Ferrin"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Ohio" {
		t.Errorf("an office's place: want Ohio, got %+v", e)
	}
}
