package entities_test

import (
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
