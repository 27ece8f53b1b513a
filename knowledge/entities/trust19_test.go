package entities_test

import (
	"slices"
	"strings"
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

// TestBankOfPlaceBeforeOfficeIsTheAffiliation: "Bank of Portugal Governor
// X" where the article named the bank before: the place ends the bank's
// name, the office is "Governor" and the bank the affiliation (was the
// role "Portugal Governor" with none).
func TestBankOfPlaceBeforeOfficeIsTheAffiliation(t *testing.T) {
	a := articleOf("BANK OF PORTUGAL TO SELL BILLS", "The Bank of Portugal said it has started dealings in bank bills and will sell its own bills to banks.",
		"Bank of Portugal Governor Vitor Amaral told a news conference the Bank will also cap credit lines.")
	e := findEntity(Extract(a).Entities, "Vitor Amaral")
	if e == nil || len(e.Roles) != 1 || e.Roles[0] != "Governor" || len(e.Affiliations) != 1 || e.Affiliations[0] != "Bank of Portugal" {
		t.Errorf("want the role Governor at the Bank of Portugal, got %+v", e)
	}
}

// TestRoleOfPlacePossessiveNamesTheBody: "X, the founder of India's Tamber
// Films": the body after the place's possessive is the affiliation and the
// job alone the role (was "founder of India").
func TestRoleOfPlacePossessiveNamesTheBody(t *testing.T) {
	a := articleOf("Deal", "Ravi Sethna, the founder of India's Tamber Films, said the deal was done.",
		"Mark Toller, chief executive of Britain's biggest grocer Vantry, said sales rose.")
	ents := Extract(a).Entities
	for name, want := range map[string][2]string{"Ravi Sethna": {"founder", "Tamber Films"}, "Mark Toller": {"chief executive", "Vantry"}} {
		e := findEntity(ents, name)
		if e == nil || len(e.Roles) != 1 || e.Roles[0] != want[0] || len(e.Affiliations) != 1 || e.Affiliations[0] != want[1] {
			t.Errorf("%s: want the role %q at %q, got %+v", name, want[0], want[1], e)
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

// TestCapitalisedPrepositionInsideRunIsATitle: "Gangs Of New York",
// "Tales Of Harbour Town": a preposition written capitalised inside a run
// makes it a work's title; no place is taken from it ("For" excepted, and
// a known name stays: "the Bank Of England").
func TestCapitalisedPrepositionInsideRunIsATitle(t *testing.T) {
	a := articleOf("Films", "He starred in Martin Scorsese's Gangs Of New York and read Tales Of Harbour Town, and the Bank Of England raised rates.",
		"The plan is not needed, said Treasury Under Secretary Ron Tasker.")
	ents := Extract(a).Entities
	for _, bad := range []string{"New York", "Harbour Town"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a place taken from a work's title: %+v", e)
		}
	}
	if e := findEntity(ents, "Bank Of England"); e == nil || e.Type != "organization" {
		t.Errorf("the Bank Of England: want an organisation, got %+v", e)
	}
	if e := findEntity(ents, "Ron Tasker"); e == nil || e.Type != "person" {
		t.Errorf("Treasury Under Secretary Ron Tasker: want a person, got %+v", e)
	}
}

// TestWillInsideSentenceIsAGivenName: "US actor Will Smith": "Will"
// written capitalised inside a sentence before a surname is a given name
// (the name was cut to "Smith", or typed an organisation); opening a
// question it is the verb.
func TestWillInsideSentenceIsAGivenName(t *testing.T) {
	a := articleOf("Awards", "The honorary prize went to US actor Will Danvers, who thanked his family. Will Britain join the euro?")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Will Danvers"); e == nil || e.Type != "person" {
		t.Errorf("want the person Will Danvers, got %+v (all: %+v)", e, ents)
	}
	if e := findEntity(ents, "Will Britain"); e != nil {
		t.Errorf("a question's 'Will' named a person: %+v", e)
	}
}

// TestWordBetweenTitleAndJobStaysInTheRole: "chief technology officer",
// "chief operating officer": a lower-case word between a title word and a
// job word is inside the role (it was cut to "chief", or to "officer").
func TestWordBetweenTitleAndJobStaysInTheRole(t *testing.T) {
	a := articleOf("Spam", "\"It is hard,\" said Mark Tolley, chief technology officer at Kellor.",
		"Sales rose, said Kellor's chief operating officer Ann Ruddock.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Mark Tolley"); e == nil || len(e.Roles) != 1 || !strings.HasPrefix(e.Roles[0], "chief technology officer") {
		t.Errorf("Mark Tolley: want the role chief technology officer, got %+v", e)
	}
	if e := findEntity(ents, "Ann Ruddock"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "chief operating officer" {
		t.Errorf("Ann Ruddock: want the role chief operating officer, got %+v", e)
	}
}

// TestHeadAloneAffiliationIsTheNamedBody: "Bank Governor X" in an article
// that names the Bank Varuna: the affiliation is the bank the article
// names, not the head word alone; a portfolio before "Minister" stays
// as it was.
func TestHeadAloneAffiliationIsTheNamedBody(t *testing.T) {
	a := articleOf("Rates", "Bank Varuna said growth would pick up this year.",
		"\"The deficit will be bridged,\" Bank Governor Tarun Iyer said in the report.",
		"Belgian Research Minister Guy Lamb met Britain's Research Minister Ann Cole.")
	ents := Extract(a).Entities
	e := findEntity(ents, "Tarun Iyer")
	if e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Bank Varuna" {
		t.Errorf("want the affiliation Bank Varuna, got %+v", e)
	}
	if e := findEntity(ents, "Ann Cole"); e == nil || slices.Contains(e.Affiliations, "Belgian Research") {
		t.Errorf("a portfolio took another body's name: %+v", e)
	}
}

// TestBankOfPlaceBeforeLowerCaseOffice: "Bank of Japan governor X" where
// the bank opens the sentence and its name was cut before "of": the bank
// is the affiliation, not the place (was "Japan").
func TestBankOfPlaceBeforeLowerCaseOffice(t *testing.T) {
	a := articleOf("RATES ALMOST WITHIN G-6 LEVELS - TAKANO", "Bank of Japan governor Kenji Takano said that current exchange rates are almost within the levels agreed to last month.",
		"The Bank of Japan will keep a close watch on exchange rates, and the central bank will act if needed, he said.")
	e := findEntity(Extract(a).Entities, "Kenji Takano")
	if e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Bank of Japan" {
		t.Errorf("want the affiliation Bank of Japan, got %+v", e)
	}
}

// TestSundayNewspapersAreWhole: "Sunday Telegraph journalist X", "told the
// Sunday Times": a Sunday paper's name is whole (was "Telegraph", and the
// Sunday Times was merged with The Times).
func TestSundayNewspapersAreWhole(t *testing.T) {
	a := articleOf("Book", "The book, by Sunday Telegraph journalist Rob Hale, was serialised. He told the Sunday Times he would stay.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Rob Hale"); e == nil || len(e.Affiliations) != 1 || e.Affiliations[0] != "Sunday Telegraph" {
		t.Errorf("want the affiliation Sunday Telegraph, got %+v", e)
	}
	if e := findEntity(ents, "Sunday Times"); e == nil || e.Type != "organization" {
		t.Errorf("want the Sunday Times, got %+v", e)
	}
}

// TestFirmSpeakingByShortNameStaysAFirm: "Marlow Savings Bank said …;
// Marlow said …; Marlow added …": the short name speaking many times is
// the firm's, whose full name ends in an organisation's head; it was typed
// a person.
func TestFirmSpeakingByShortNameStaysAFirm(t *testing.T) {
	a := articleOf("MARLOW SAVINGS TO RECAPITALIZE STOCK", "Marlow Savings Bank said it will recapitalize its common stock at the close of business today.",
		"Marlow said its shareholders approved the plan at a meeting held on February 20.",
		"Marlow said the series one stock has enhanced voting rights, Marlow said.",
		"Marlow added that the common stock will vote with the series one as a single class.",
		"Marlow said dividends will be lower until April 1.")
	if e := findEntity(Extract(a).Entities, "Marlow Savings Bank"); e == nil || e.Type != "organization" {
		t.Errorf("want the firm Marlow Savings Bank, got %+v", e)
	}
}

// TestDemonymCompoundIsNoName: "German-US relations", "Japanese-U.S.
// trade": places and demonyms joined by hyphens say between whom; no
// place, body or person.
func TestDemonymCompoundIsNoName(t *testing.T) {
	a := articleOf("Trade", "Tariffs are the biggest issue in German-US relations, and Japanese-U.S. trade rose.")
	ents := Extract(a).Entities
	for _, bad := range []string{"German-US", "Japanese-U.S."} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a compound of demonyms named an entity: %+v", e)
		}
	}
}

// TestNameCountedByArticleIsAThing: "campaign for an Oscar for his
// movie", "won a Grammy.": one capitalised word counted by "a" or "an",
// modifying no noun, is a thing (an award), no organisation; "a Microsoft
// spokesman" still names the firm.
func TestNameCountedByArticleIsAThing(t *testing.T) {
	a := articleOf("Awards", "The director has vowed not to campaign for an Oscar for his movie, and she won a Grammy.",
		"A Microsoft spokesman said the film would stream.")
	ents := Extract(a).Entities
	for _, bad := range []string{"Oscar", "Grammy"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("an award counted by 'a' named an entity: %+v", e)
		}
	}
	if e := findEntity(ents, "Microsoft"); e == nil || e.Type != "organization" {
		t.Errorf("want the firm Microsoft, got %+v", e)
	}
}

// TestPortfolioBeforeSpokesmanIsTheRole: "Home Affairs spokesman X",
// "Conservative Health spokesman X", "Shadow Treasury chief secretary X":
// a capitalised portfolio before a spokesman's, a minister's or a
// secretary's job is the role's, no organisation and no affiliation; a
// party before it stays the affiliation.
func TestPortfolioBeforeSpokesmanIsTheRole(t *testing.T) {
	a := articleOf("Plans", "The plan is wrong, said Home Affairs spokesman Mark Oatley.",
		"Conservative Health spokesman Andy Lanning agreed, and Shadow Treasury chief secretary Gil Osgood said so too.")
	ents := Extract(a).Entities
	for _, bad := range []string{"Home Affairs", "Conservative Health", "Shadow Treasury"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("a portfolio named an entity: %+v", e)
		}
	}
	for name, role := range map[string]string{"Mark Oatley": "Home Affairs spokesman", "Andy Lanning": "Health spokesman", "Gil Osgood": "Shadow Treasury chief secretary"} {
		if e := findEntity(ents, name); e == nil || !slices.Contains(e.Roles, role) || slices.ContainsFunc(e.Affiliations, func(f string) bool {
			return strings.Contains(f, "Affairs") || strings.Contains(f, "Health") || strings.Contains(f, "Treasury")
		}) {
			t.Errorf("%s: want the role %q and no portfolio as affiliation, got %+v", name, role, e)
		}
	}
}
