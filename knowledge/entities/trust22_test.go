package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestAndInsideFirmName: two words of English joined by "and" inside a
// firm's name that a legal form or a body's head ends ("Savings and Loan
// Association", "Power and Light Co", "Standard and Poor's Corp") make one
// organisation, not two halves; two known bodies and two firms each with
// its legal form stay two.
func TestAndInsideFirmName(t *testing.T) {
	a := articleOf("Thrift closed", "Regulators closed the Pelham Savings and Loan Association of Reno on Friday, and Ostrava Power and Light Co said its bonds fell.",
		"Standard and Poor's Corp cut its rating on Kestrel Corp and Alvarado Co on Monday.",
		"The International Monetary Fund and World Bank met in Lima.")
	ents := Extract(a).Entities
	for _, firm := range []string{"Pelham Savings and Loan Association of Reno", "Ostrava Power and Light Co", "Standard and Poor's Corp", "Kestrel Corp", "Alvarado Co", "International Monetary Fund", "World Bank"} {
		if e := findEntity(ents, firm); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", firm, e)
		}
	}
	for _, half := range []string{"Pelham Savings", "Loan Association of Reno", "Ostrava Power", "Light Co", "Poor's Corp"} {
		if e := findEntity(ents, half); e != nil {
			t.Errorf("half a name found: %+v", e)
		}
	}
}

// TestWireStateAbbreviationIsThePlace: the wire's U.S. state after a city
// ("Camden, N.J.", "Fresno, Calif.") is the state, a place, no
// organisation named "N.J.".
func TestWireStateAbbreviationIsThePlace(t *testing.T) {
	a := articleOf("Plant fined", "Ardmore Foods Inc was fined for its plant in Camden, N.J., the agency said, and it will close a mill in Fresno, Calif., next year.")
	ents := Extract(a).Entities
	for _, state := range []string{"New Jersey", "California"} {
		if e := findEntity(ents, state); e == nil || e.Type != "place" {
			t.Errorf("%s: want a place, got %+v", state, e)
		}
	}
	for _, bad := range []string{"N.J.", "Calif."} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("an abbreviation found alone: %+v", e)
		}
	}
}
