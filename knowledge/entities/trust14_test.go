package entities_test

import (
	"slices"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestWireCapitalAfterCountryIsNoName: a newswire writes the word after
// "U.S." capitalised ("the U.S. Decision", "U.S. Farm goods"); a word of
// English there names nothing with the country, while "U.S. Navy" and
// "U.S. Agriculture Department" stay bodies.
func TestWireCapitalAfterCountryIsNoName(t *testing.T) {
	a := articleOf("Trade", "Officials said the U.S. Decision to raise duties would hurt farmers, who sell U.S. Farm goods abroad.",
		"He said the U.S. Believes exporters are moving too slowly. The U.S. Navy and the U.S. Agriculture Department both commented on the decision.")
	ents := Extract(a).Entities
	for _, bad := range []string{"U.S. Decision", "U.S. Farm", "U.S. Believes"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a wire capital after U.S. made a name: %+v", e)
		}
	}
	for _, good := range []string{"U.S. Navy", "U.S. Agriculture Department"} {
		if e := findEntity(ents, good); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", good, e)
		}
	}
}

// TestFirmAndCoIsOneName: "Harlow Bigsby and Co analyst X": "and" before
// a legal form ends one firm's name, which is the analyst's affiliation;
// "Free and Bad Company" stay as they were read.
func TestFirmAndCoIsOneName(t *testing.T) {
	a := articleOf("Brokers", "Harlow Bigsby and Co analyst Ned Carvel said the bid was low.",
		"The British firm of Oswin Tabb and Co. bought a stake, advised by Pell Garrick and Sons Inc.")
	ents := Extract(a).Entities
	for _, name := range []string{"Harlow Bigsby and Co", "Oswin Tabb and Co.", "Pell Garrick and Sons Inc."} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want one organisation, got %+v", name, e)
		}
	}
	for _, bad := range []string{"Co", "Sons Inc.", "Oswin Tabb", "Pell Garrick"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a firm's name cut at its \"and\": %+v", e)
		}
	}
	if e := findEntity(ents, "Ned Carvel"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Harlow Bigsby and Co" {
		t.Errorf("the analyst's firm: want Harlow Bigsby and Co, got %+v", e)
	}
}

// TestInitialsBeforeAWordOfEnglishNameNoFirm: "JJ Brown's trombone": two
// capitals and a word of English are a person's as often as a firm's;
// with nothing to say which, no organisation is shown.
func TestInitialsBeforeAWordOfEnglishNameNoFirm(t *testing.T) {
	a := articleOf("Auction", "A trumpet will be sold, as well as JQ Brown's trombone, in the story by EK White.")
	ents := Extract(a).Entities
	for _, name := range []string{"JQ Brown", "EK White"} {
		if e := findEntity(ents, name); e != nil && e.Type == "organization" {
			t.Errorf("%s: initials and a surname shown as an organisation: %+v", name, e)
		}
	}
}

// TestFirmsShortNameIsTheFirm: "Krispo Kreel said" beside "Shares in
// Krispo Kreel Doughnuts", "Tyme Warrick said" beside "TymeWarrick": the
// firm that speaks is the firm, no person.
func TestFirmsShortNameIsTheFirm(t *testing.T) {
	a := articleOf("Shares", "Shares in Krispo Kreel Doughnuts fell after the firm revealed it would restate its results.",
		"Krispo Kreel said accounting errors had forced the move. Quarterly profits at media giant TymeWarrick jumped 7%.",
		"Tyme Warrick said on Friday that it owns 8% of a search firm.")
	ents := Extract(a).Entities
	for _, name := range []string{"Krispo Kreel", "Tyme Warrick"} {
		e := findNamed(ents, name)
		if e == nil || e.Type != "organization" {
			t.Errorf("%s: want the firm, got %+v", name, e)
		}
	}
	for _, e := range ents {
		if e.Type == "person" {
			t.Errorf("a firm's short name shown as a person: %+v", e)
		}
	}
}

// TestFlopsAreFilms: "box-office flops X and Y" names two films, no
// people.
func TestFlopsAreFilms(t *testing.T) {
	a := articleOf("Studio", "Its film division saw profits slump, hit by box-office flops Boris and Zelda.")
	for _, e := range Extract(a).Entities {
		if e.Type == "person" {
			t.Errorf("a flop shown as a person: %+v", e)
		}
	}
}

// TestNationalityBeforeAFirm: "Australian Consolidated Minerals shares",
// "First Financial Management Corp": a firm's name that starts with a
// nationality or an ordinal is the firm's whole, no person with a
// nationality for a role.
func TestNationalityBeforeAFirm(t *testing.T) {
	a := articleOf("Deals", "Brokers cited the sale of Australian Consolidated Dredging shares.",
		"On Thursday, First Regional Pawn Corp offered to acquire the unit.")
	ents := Extract(a).Entities
	for _, name := range []string{"Australian Consolidated Dredging", "First Regional Pawn Corp"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", name, e)
		}
	}
	for _, e := range ents {
		if e.Type == "person" {
			t.Errorf("a firm shown as a person: %+v", e)
		}
	}
}

// TestClubsBySideWordsAndCity: in a match report "a battling Exeter
// side", "his Norwich team-mate", "Derby and England defender X" and
// "Coventry City" name clubs, not the towns; "Mexico City" and "the West
// Country side" (a club of the region) leave the places.
func TestClubsBySideWordsAndCity(t *testing.T) {
	a := articleOf("Late goal",
		"A late penalty gave the visitors a win over a battling Exeter side at the ground on Saturday.",
		"Derby and England defender Tom Yarrow scored the goal. His Norwich team-mate Ali Penn said the coach was pleased.",
		"The striker joined from Coventry City last season after the league match in Mexico City.",
		"Leeds signed him from Bristol when the West Country side were relegated.")
	ents := Extract(a).Entities
	for _, name := range []string{"Exeter", "Derby", "Norwich", "Coventry City"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s in a match report: %+v, want the club", name, e)
		}
	}
	for _, name := range []string{"Mexico City", "West Country"} {
		if e := findEntity(ents, name); e != nil && e.Type != "place" {
			t.Errorf("%s: %+v, want the place", name, e)
		}
	}
}

// TestInitialismWithAnd: the wire writes "AT and T" for "AT&T": one
// firm, and "H and R Block Inc" is one too.
func TestInitialismWithAnd(t *testing.T) {
	a := articleOf("Phones", "Regulators said AT and T would enter the market, and H and R Block Inc said it would not.")
	ents := Extract(a).Entities
	for _, name := range []string{"AT and T", "H and R Block Inc"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want one organisation, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "AT"); e != nil {
		t.Errorf("an initialism cut at its \"and\": %+v", e)
	}
}

// TestPrefixedWordInsideABodysName: "the World Anti-Fraud Agency (Wafa)":
// a capitalised prefix before a capitalised word stands inside a body's
// name that a head ends; "Ex-Telco chief X" stays as it was read.
func TestPrefixedWordInsideABodysName(t *testing.T) {
	a := articleOf("Tests", "The test was not ordered by the World Anti-Fraud Agency (Wafa), officials said.",
		"The Anti-Piracy Commission said nothing. Ex-Telco chief Ivor Lund was not asked.")
	ents := Extract(a).Entities
	for _, name := range []string{"World Anti-Fraud Agency", "Anti-Piracy Commission"} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want the whole body's name, got %+v", name, e)
		}
	}
	for _, bad := range []string{"Agency", "Commission", "Ex-Telco"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a body's name cut at its prefix: %+v", e)
		}
	}
}

// TestWireCapitalUnitsAndAbstractNouns: "12 billion U.S. Dlrs", "U.S.
// Frustration", "the U.S. Market": a unit after a number, an abstract
// noun, a head that is only part of names, a title's first word before no
// other ("the U.S. Trade deficit") and a job ("a U.S. Diplomat") open no
// name with "U.S."; "U.S. Steel Corp" goes on to its legal form.
func TestWireCapitalUnitsAndAbstractNouns(t *testing.T) {
	a := articleOf("Loans", "Foreign banks lent almost 12 billion U.S. Dlrs, despite U.S. Frustration over rates.",
		"U.S. Steel Corp said access to the U.S. Market is hard.",
		"The U.S. Trade deficit widened, said a U.S. Diplomat and U.S. Trade Representative Clay Yeller.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Clay Yeller"); e == nil || e.Type != "person" {
		t.Errorf("Clay Yeller: want a person, got %+v", e)
	}
	for _, bad := range []string{"U.S. Dlrs", "U.S. Frustration", "U.S. Market", "U.S. Trade", "U.S. Diplomat"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a wire capital after U.S. made a name: %+v", e)
		}
	}
	if e := findEntity(ents, "U.S. Steel Corp"); e == nil || e.Type != "organization" {
		t.Errorf("U.S. Steel Corp: want the firm, got %+v", e)
	}
}

// TestForInsideABandsName: "the group Singers For Uganda": "For"
// written capitalised inside a sentence holds one name together; the
// country after it is no place of the article's.
func TestForInsideABandsName(t *testing.T) {
	a := articleOf("Charity", "More than 40 stars sang as group UK For Uganda, including Ann Lorrimer.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "UK For Uganda"); e == nil || e.Type != "organization" {
		t.Errorf("UK For Uganda: want the group, got %+v", e)
	}
	for _, e := range ents {
		if e.Type == "place" {
			t.Errorf("a band's name cut into places: %+v", e)
		}
	}
}

// TestCommaInsideAPartnership: the wire writes "Goldbar, Zachs and Co":
// one firm, the analyst's; a sentence after "and Co." starts no part of it,
// and "Dillon, Read and Co" leaves no name with a comma.
func TestCommaInsideAPartnership(t *testing.T) {
	a := articleOf("Brokers", "Goldbar, Zachs and Co analyst Ann Ley said the bid was low.",
		"The deal was arranged by Kidwell, Pibbody and Co. He said it was fair. The adviser, Dillon, Read and Co, said nothing.")
	ents := Extract(a).Entities
	for _, name := range []string{"Goldbar, Zachs and Co", "Kidwell, Pibbody and Co."} {
		if e := findEntity(ents, name); e == nil || e.Type != "organization" {
			t.Errorf("%s: want one firm, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "Ann Ley"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Goldbar, Zachs and Co" {
		t.Errorf("the analyst's firm: want Goldbar, Zachs and Co, got %+v", e)
	}
	for _, e := range ents {
		if strings.HasSuffix(e.Name, ",") || strings.HasSuffix(e.Name, " He") {
			t.Errorf("a garbled name: %+v", e)
		}
	}
}

// findNamed finds the entity with the name, or with it among its aliases.
func findNamed(ents []Entity, name string) *Entity {
	for i := range ents {
		if ents[i].Name == name || slices.Contains(ents[i].Aliases, name) {
			return &ents[i]
		}
	}
	return nil
}
