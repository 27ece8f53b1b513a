package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestTickerWithExchangeIsNoName: "Harrow Mining Ltd <HRMG.HK>": the
// wire's stock code with its exchange's letters is the firm's code, no
// organisation of its own; a firm's name in angle brackets stays.
func TestTickerWithExchangeIsNoName(t *testing.T) {
	a := articleOf("Shares", "Harrow Mining Ltd <HRMG.HK> and Teller Brothers AG <TLBG.F> said profits rose, and <Quillon Paper Co> may follow.")
	ents := Extract(a).Entities
	for _, bad := range []string{"HRMG", "TLBG"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a ticker named an entity: %+v", e)
		}
	}
	for _, firm := range []string{"Harrow Mining Ltd", "Teller Brothers AG", "Quillon Paper Co"} {
		if e := findEntity(ents, firm); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", firm, e)
		}
	}
}

// TestMoneyMarketMeasuresAreNoBodies: a rate, an index or a measure of the
// money markets ends its name with two words of the kinds table ("Offered
// Rate", "Industrial Average", "Borrowing Requirement", "Depository
// Receipts"): no organisation and no person.
func TestMoneyMarketMeasuresAreNoBodies(t *testing.T) {
	a := articleOf("Bonds", "The notes pay 30 basis points over the Vantor Interbank Offered Rate, and the Kessel Jones Industrial Average fell.",
		"The budget cut the Public Sector Borrowing Requirement, and Tallis Global Depository Receipts rose.")
	ents := Extract(a).Entities
	for _, bad := range []string{"Vantor Interbank Offered Rate", "Kessel Jones Industrial Average", "Public Sector Borrowing Requirement", "Tallis Global Depository Receipts"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a measure of the markets named an entity: %+v", e)
		}
	}
}

// TestDailyBeforeNameIsANewspaper: "the official Ivorian daily Fraternite
// Matin", "the French weekly Le Point": a newspaper, no person described
// by a nationality.
func TestDailyBeforeNameIsANewspaper(t *testing.T) {
	a := articleOf("Crops", "Coffee output rose, the official Ivorian daily Soleil Matin reported, and the French weekly Le Tambour agreed.")
	ents := Extract(a).Entities
	for _, paper := range []string{"Soleil Matin", "Le Tambour"} {
		if e := findEntity(ents, paper); e == nil || e.Type != "organization" {
			t.Errorf("%s: want a newspaper (organization), got %+v", paper, e)
		}
	}
}
