package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestOrdinalOpensAFirmName: "First" before capitalised words that a
// legal form or a body's head ends opens the firm's name, at a sentence's
// start and after "the" too, and the short name the article writes later
// ("First Norland") keeps it; a title after it ("First Minister") is an
// office, no firm.
func TestOrdinalOpensAFirmName(t *testing.T) {
	a := articleOf("Thrift sold", "First Norland Industries Inc said it will buy First Dakota Savings and Loan Association of Pierre for 12 mln dlrs.",
		"The First Kestrel Capital Fund will be launched next month, officials said.",
		"Analysts said First Norland would gain 40 branches, and First Minister Jack Ellery welcomed the deal.")
	ents := Extract(a).Entities
	for _, firm := range []string{"First Norland Industries Inc", "First Dakota Savings and Loan Association of Pierre", "First Kestrel Capital Fund"} {
		if e := findEntity(ents, firm); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", firm, e)
		}
	}
	for _, cut := range []string{"Norland Industries Inc", "Norland", "Dakota Savings and Loan Association of Pierre", "Kestrel Capital Fund", "First Minister Jack Ellery"} {
		if e := findEntity(ents, cut); e != nil {
			t.Errorf("a firm's name cut, or an office taken in: %+v", e)
		}
	}
	if e := findEntity(ents, "First Norland Industries Inc"); e != nil && len(e.Mentions) != 2 {
		t.Errorf("First Norland: want 2 mentions, got %+v", e.Mentions)
	}
}

// TestLineupNamesThePlayer: a line-up's "G Tempsey" makes the "Gorvan
// Tempsey" of the report a person, one with it, however the words around
// the full name voted ("a pass from X" for a place); a slash between two
// names on the bench lists both; "Richie" is a given name.
func TestLineupNamesThePlayer(t *testing.T) {
	a := articleOf("Ireland 20-15 Samoa", "Ireland won a tense game at Lansdowne Road on Saturday.",
		"In the 61st minute, Hickie was left frustrated by a poor pass from Gorvan Tempsey as a chance was wasted.",
		"Richie Farne's header gave Samoa hope, and the head of Farne was busy all day.",
		"G Tempsey; G Marley, B O'Doyle (capt), S Horrigan, D Hickie; R O'Garvey, P Stringer.",
		": H Shimanga, CJ van der Lind, G Britten, D Rossow, M Claasen, J de Villeneuve, G du Toyt/J Fourre.")
	ents := Extract(a).Entities
	for _, name := range []string{"Gorvan Tempsey", "CJ van der Lind", "G du Toyt", "J Fourre", "Richie Farne"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" {
			t.Errorf("%s: want a person, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "G Tempsey"); e != nil {
		t.Errorf("the line-up's G Tempsey is Gorvan Tempsey, got a second entity %+v", e)
	}
}

// TestPartyOfTwoWordsIsTheAffiliation: "Liberal Democrat Paul X", "Lib Dem
// Sarah X": a party's name of two words before a member's name is the
// party he belongs to, no role, and the member no organisation.
func TestPartyOfTwoWordsIsTheAffiliation(t *testing.T) {
	a := articleOf("Reform plan", "The plan was backed by Liberal Democrat Paul Tillery and Lib Dem Sarah Teeling on Monday.")
	ents := Extract(a).Entities
	for _, name := range []string{"Paul Tillery", "Sarah Teeling"} {
		e := findEntity(ents, name)
		if e == nil || e.Type != "person" || len(e.Roles) != 0 || len(e.Affiliations) != 1 || e.Affiliations[0] != "Liberal Democrats" {
			t.Errorf("%s: want a person of the Liberal Democrats with no role, got %+v", name, e)
		}
	}
}

// TestRoleWordAsVerbIsNoRole: "a film to star Tom X", "she will partner
// Ann Y": a role word after an infinitive's "to" or a modal is the verb;
// after a preposition's "to" it is the role ("wrote to editor Jim Z").
func TestRoleWordAsVerbIsNoRole(t *testing.T) {
	a := articleOf("Epic planned", "The studio said the epic film is to star Tom Harker, and Navrova will partner Ann Dechamp in the doubles.",
		"Fans wrote to editor Jim Bowland about the plan.")
	ents := Extract(a).Entities
	for _, name := range []string{"Tom Harker", "Ann Dechamp"} {
		if e := findEntity(ents, name); e == nil || len(e.Roles) != 0 {
			t.Errorf("%s: want a person with no role, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "Jim Bowland"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "editor" {
		t.Errorf("Jim Bowland: want the role editor, got %+v", e)
	}
}

// TestFirmShortNameBeforeFullName: a firm's first word alone before its
// full name ("Corvane members ... Corvane Building Society") is one firm;
// a unit's name of the firm and a head ("Valdor Pictures") and half a
// partnership's name ("Fennick and Drew") stay apart.
func TestFirmShortNameBeforeFullName(t *testing.T) {
	a := articleOf("Corvane members' windfall", "More than 800,000 Corvane Building Society members will share a profit.",
		"Corvane will unveil its results on Wednesday, and Valdor said Valdor Pictures Co would grow.",
		"\"Prices will rise,\" said Carol Benn of Fennick and Drew, an adviser to Fennick Petroleum Exploration Co Ltd.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Corvane Building Society"); e == nil || len(e.Mentions) != 3 {
		t.Errorf("Corvane Building Society: want 3 mentions (the short name first), got %+v", e)
	}
	if e := findEntity(ents, "Corvane"); e != nil {
		t.Errorf("the short name is the building society's, got a second entity %+v", e)
	}
	if e := findEntity(ents, "Fennick Petroleum Exploration Co Ltd"); e != nil && len(e.Mentions) != 1 {
		t.Errorf("Fennick and Drew is another firm: want 1 mention, got %+v", e.Mentions)
	}
}

// TestHyphenedModelCodeIsNoBody: letters, a hyphen and digits alone ("IDX-20
// systems", "the RT-46A", "M-2 money supply") name a model or a measure,
// no organisation; the gazetteer's "G-7" stays the group.
func TestHyphenedModelCodeIsNoBody(t *testing.T) {
	a := articleOf("Order won", "Kestrel Inc said it sold 59 QZX-20 and QZX-60 verification systems to Tarrow Corp, and the RT-46A trainer flew.",
		"M-2 money supply rose, and finance ministers of the G-7 met in Paris.")
	ents := Extract(a).Entities
	for _, code := range []string{"QZX-20", "QZX-60", "RT-46A", "M-2"} {
		if e := findEntity(ents, code); e != nil {
			t.Errorf("%s: want no entity, got %+v", code, e)
		}
	}
	if e := findEntity(ents, "G7"); e == nil || e.Type != "organization" {
		t.Errorf("G7: want the organisation, got %+v", e)
	}
}

// TestWorkAfterYearOrCapitalThe: the name after a year's possessive
// ("1947's Nicholas Nickleby", "1985's Live Aid") is a work's or an
// event's, and a work's kind before a capitalised "The" inside a sentence
// ("radio show The Brains Trust") gives the title after it.
func TestWorkAfterYearOrCapitalThe(t *testing.T) {
	a := articleOf("Comic dies", "He was a regular on the radio quiz show The Thinkers Trust and appeared in films including 1947's Nicholas Nickford.",
		"Their set at 1985's Band Aid Live sealed their fame, and they later supported bands including The Lanterns.")
	ents := Extract(a).Entities
	for _, work := range []string{"Thinkers Trust", "Nicholas Nickford", "Band Aid Live"} {
		if e := findEntity(ents, work); e != nil {
			t.Errorf("%s: a work or an event, want no entity, got %+v", work, e)
		}
	}
	if e := findEntity(ents, "Lanterns"); e == nil || e.Type != "organization" {
		t.Errorf("the band after 'bands including The': want an organisation, got %+v", e)
	}
}

// TestRoleGoesOnPastBodysPossessive: "X, director of the Carrow Board's
// consumer research centre, said": the role goes on to the unit after the
// body's possessive, and the body is the affiliation.
func TestRoleGoesOnPastBodysPossessive(t *testing.T) {
	a := articleOf("Confidence falls", "\"Consumers are wary,\" said Lynn Farrow, director of the Carrow Board's consumer research centre.",
		"\"It is growing fast,\" said Rudolf Fenner, head of Telekom Vistria's fixed line division.")
	ents := Extract(a).Entities
	for name, want := range map[string][2]string{
		"Lynn Farrow":   {"director of the Carrow Board's consumer research centre", "Carrow Board"},
		"Rudolf Fenner": {"head of Telekom Vistria's fixed line division", "Telekom Vistria"},
	} {
		e := findEntity(ents, name)
		if e == nil || len(e.Roles) != 1 || e.Roles[0] != want[0] || len(e.Affiliations) != 1 || e.Affiliations[0] != want[1] {
			t.Errorf("%s: want role %q of %s, got %+v", name, want[0], want[1], e)
		}
	}
}

// TestRoleGoesOnPastCommonOwnersPossessive: "head of the group's
// international marketing operations", "head of the government's Rubber
// Board Department": after a common noun's possessive the role goes on to
// the unit, and a body named there is the affiliation.
func TestRoleGoesOnPastCommonOwnersPossessive(t *testing.T) {
	a := articleOf("Rubber trees", "\"Sales will rise,\" said Silvano Gherardo, head of the group's international marketing operations.",
		"T.P. Lilarant, head of the government's Rubber Board Department, said trees will be sprayed.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Silvano Gherardo"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "head of the group's international marketing operations" {
		t.Errorf("Silvano Gherardo: want the whole role, got %+v", e)
	}
	if e := findEntity(ents, "T.P. Lilarant"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "head of the government's Rubber Board Department" ||
		len(e.Affiliations) != 1 || e.Affiliations[0] != "Rubber Board Department" {
		t.Errorf("T.P. Lilarant: want the whole role and the department, got %+v", e)
	}
}

// TestDemonymOfTwoWordsBeforeAName: "New Zealander Peter X", "South
// African Anne Y": a demonym of two words before a given name describes the
// person (the name is hers alone); a body's name it opens stays whole.
func TestDemonymOfTwoWordsBeforeAName(t *testing.T) {
	a := articleOf("Trilogy", "New Zealander Peter Jaxon took ten years to film the trilogy, and South African Anne Vorster praised it.",
		"The South African Transport Services said fares would rise.")
	ents := Extract(a).Entities
	for _, name := range []string{"Peter Jaxon", "Anne Vorster"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" {
			t.Errorf("%s: want a person, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "South African Transport Services"); e == nil || e.Type != "organization" {
		t.Errorf("the body: want an organisation, got %+v", e)
	}
}

// TestPossessiveBeforeNoEntityEndsTheOwner: "after Chelsea's Champions
// League defeat": the possessive ends the side's name, and the competition
// after it is no entity (the owner's name stands on its own evidence).
func TestPossessiveBeforeNoEntityEndsTheOwner(t *testing.T) {
	a := articleOf("Coach charged", "Uefa could act after the coach missed a press conference following Kelston's Champions League defeat in Porto.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Kelston's Champions League"); e != nil {
		t.Errorf("the owner and the competition run together: %+v", e)
	}
}
