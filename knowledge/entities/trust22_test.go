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

// TestOrdinalRankIsTheRolesWord: "third seed X", "second seed Y": the
// ordinal is the role's (was "seed" alone).
func TestOrdinalRankIsTheRolesWord(t *testing.T) {
	a := articleOf("Tennis", "Third seed Olle Brandt won after beating second seed Tomas Verhoek in the final.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Olle Brandt": "Third seed", "Tomas Verhoek": "second seed"} {
		if e := findEntity(ents, name); e == nil || len(e.Roles) != 1 || e.Roles[0] != role {
			t.Errorf("%s: want the role %q, got %+v", name, role, e)
		}
	}
}

// TestWorkStarsIsAVerb: "The psychological drama stars X": after a work's
// kind, "stars" is the verb, no role "drama star".
func TestWorkStarsIsAVerb(t *testing.T) {
	a := articleOf("Film", "The psychological drama stars Stellan Norrby and opens in March.")
	if e := findEntity(Extract(a).Entities, "Stellan Norrby"); e == nil || len(e.Roles) != 0 {
		t.Errorf("want Stellan Norrby with no role, got %+v", e)
	}
}

// TestPossessiveRoleApposition: "Acme's new chief executive, John X, is"
// and "John X, Acme's chief executive, said" give the role and the firm;
// "Acme's chairman, John X" after another name is John X's, not the first
// name's, and "the Bundesbank, West Germany's four major banking
// associations" and "The Flyer, Marco X's biopic of aviation pioneer Y"
// give no role.
func TestPossessiveRoleApposition(t *testing.T) {
	a := articleOf("Firms", "Harwell Corp said profits rose. Harwell's new chief executive, Michael Tarrant, is trying to settle.",
		"\"It is a key trend,\" Eric Vallon, Orvane's chief executive told reporters.",
		"In a letter to Purdon's chairman, Nick Brill, Kelso's chairman, John Ames, said the firm would wait.",
		"All changes must be approved by the Landesrat, West Germany's four major banking associations and the office.",
		"Her pick is The Flyer, Marco Vitti's biopic of aviation pioneer Hal Brand.")
	ents := Extract(a).Entities
	for name, want := range map[string][2]string{"Michael Tarrant": {"new chief executive", "Harwell"}, "Eric Vallon": {"chief executive", "Orvane"},
		"Nick Brill": {"chairman", "Purdon"}, "John Ames": {"chairman", "Kelso"}} {
		e := findEntity(ents, name)
		if e == nil || len(e.Roles) != 1 || e.Roles[0] != want[0] || len(e.Affiliations) != 1 || e.Affiliations[0] != want[1] {
			t.Errorf("%s: want the role %q at %q, got %+v", name, want[0], want[1], e)
		}
	}
	for _, bad := range []string{"Landesrat", "Flyer", "The Flyer"} {
		if e := findEntity(ents, bad); e != nil && len(e.Roles) != 0 {
			t.Errorf("a body or a film given a role: %+v", e)
		}
	}
}

// TestWorkKindsAndCalledTitles: "the B-side compilation X", "the prequel
// X", "a song called Judge Y": a work's title, no person (a title word
// after "called" is the work's, no role).
func TestWorkKindsAndCalledTitles(t *testing.T) {
	a := articleOf("Band news", "The last song he wrote, a song called Judge Dreadlock, is out on the B-side compilation Lipstick Tracks.",
		"The band also made the prequel Harbour Ghosts and the soundtrack Velvet Mornings.")
	ents := Extract(a).Entities
	for _, work := range []string{"Dreadlock", "Judge Dreadlock", "Lipstick Tracks", "Harbour Ghosts", "Velvet Mornings"} {
		if e := findEntity(ents, work); e != nil {
			t.Errorf("a work's title found as an entity: %+v", e)
		}
	}
}

// TestRiverFirstIsAPlace: "the River Tyne", "by the River Severn" are
// places, no organisations; a given name "River" still opens a person's
// name ("actor River Phoenix").
func TestRiverFirstIsAPlace(t *testing.T) {
	a := articleOf("Protest", "Protesters gathered on the other side of the River Tyne from the venue, and bones found by the River Severn were tested.",
		"The actor River Phoenix died in 1993, his agent said.")
	ents := Extract(a).Entities
	for _, river := range []string{"River Tyne", "River Severn"} {
		if e := findEntity(ents, river); e == nil || e.Type != "place" {
			t.Errorf("%s: want a place, got %+v", river, e)
		}
	}
	if e := findEntity(ents, "River Phoenix"); e == nil || e.Type != "person" {
		t.Errorf("River Phoenix: want a person, got %+v", e)
	}
}

// TestRoleEndsAtMissedSentence: "analyst at Kestrel Inc. He said": the
// pronoun after the legal form's full stop opens a new sentence; the role
// and the firm stop before it. And nothing before an ordinal is the
// role's: "Haas overcame eighth seed X".
func TestRoleEndsAtMissedSentence(t *testing.T) {
	a := articleOf("Stocks", "\"It is a strong market,\" said William Lefort, analyst at Kestrel Inc. He said the stock was cheap.",
		"Tomas Haake overcame eighth seed Max Mirov in three sets.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "William Lefort"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Kestrel Inc." || len(e.Roles) != 1 || e.Roles[0] != "analyst at Kestrel Inc." {
		t.Errorf("want the analyst at Kestrel Inc., got %+v", e)
	}
	if e := findEntity(ents, "Max Mirov"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "eighth seed" {
		t.Errorf("want the role eighth seed, got %+v", e)
	}
}

// TestDepositarySharesAreNoPerson: "American Depositary Shares" (the
// wire's spelling with an "a") are a security, no person with the role
// "American".
func TestDepositarySharesAreNoPerson(t *testing.T) {
	a := articleOf("Offering", "Harlen Holdings PLC said it filed for an offering of 6,250,000 American Depositary Shares representing 25 mln ordinary shares.")
	ents := Extract(a).Entities
	for _, bad := range []string{"Depositary Shares", "American Depositary Shares"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a security found as an entity: %+v", e)
		}
	}
}

// TestSentenceAdjectiveOpensTheRole: "Public accounts committee chairman
// Edward X" at a sentence's start: the capitalised adjective is the
// role's first word (was "accounts committee chairman").
func TestSentenceAdjectiveOpensTheRole(t *testing.T) {
	a := articleOf("Report", "The report was published on Monday.", "Public accounts committee chairman Edward Lister said the department was slow.")
	if e := findEntity(Extract(a).Entities, "Edward Lister"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "Public accounts committee chairman" {
		t.Errorf("want the role 'Public accounts committee chairman', got %+v", e)
	}
}

// TestFundsAreABodysHead: "the Trident Funds, managed by X Capital": the
// plural of a fund is an organisation's head as "Fund" is, no place for
// "in the" before it.
func TestFundsAreABodysHead(t *testing.T) {
	a := articleOf("Inquiry", "The inquiry covers dealings in the Pelican Funds, managed by Harrow Capital, the company's private equity firm.")
	if e := findEntity(Extract(a).Entities, "Pelican Funds"); e == nil || e.Type != "organization" {
		t.Errorf("want the Pelican Funds an organisation, got %+v", e)
	}
}
