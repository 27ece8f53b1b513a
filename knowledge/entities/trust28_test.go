package entities_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestAndInsideFirmNameRareWord: a word the tagger does not know after
// "and" inside a firm's name ("Life and Casualty Co", "Piano and Organ
// Co"), which the article writes nowhere else on its own, keeps the firm's
// name whole; a second firm's name that the article writes on its own
// ("Zorvex") leaves two firms.
func TestAndInsideFirmNameRareWord(t *testing.T) {
	a := articleOf("Insurer files", "Velmora Life and Casualty Co said it filed to sell 150 mln dlrs of notes.",
		"Ostrand Piano and Organ Co said it would offer 400,000 shares, and Kestrel Computer and Zorvex Corp agreed to merge.",
		"Zorvex said the merger would close in June.")
	ents := Extract(a).Entities
	for _, firm := range []string{"Velmora Life and Casualty Co", "Ostrand Piano and Organ Co"} {
		if e := findEntity(ents, firm); e == nil || e.Type != "organization" {
			t.Errorf("%s: want an organisation, got %+v", firm, e)
		}
	}
	for _, half := range []string{"Velmora Life", "Casualty Co", "Ostrand Piano", "Organ Co", "Kestrel Computer and Zorvex Corp"} {
		if e := findEntity(ents, half); e != nil {
			t.Errorf("half a name, or two firms as one: %+v", e)
		}
	}
}

// TestAndRareWordNeedsLegalForm: a second firm's name that no legal form
// ends ("Kestrel Computer and Zorvex Systems") stays apart from the first.
func TestAndRareWordNeedsLegalForm(t *testing.T) {
	a := articleOf("Fund invests", "The fund, which also invested in Kestrel Computer and Zorvex Systems, put $2m into the firm.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Kestrel Computer and Zorvex Systems"); e != nil {
		t.Errorf("two firms as one: %+v", e)
	}
}

// TestNationalityAloneIsNoRole: a nation's or a place's people word alone
// before a name ("Texan Harold X", "South African Anne Y", "Croatian Ivan
// Z") says where the person is from and is no role; a job word there
// ("Singer Laura W") still is.
func TestNationalityAloneIsNoRole(t *testing.T) {
	a := articleOf("Pair plead guilty", "Texan Harold Quist and South African Anne Vorster pleaded guilty on Monday.",
		"Croatian Ivan Horvat beat him in Zagreb. Singer Laura Mendes will open the show.")
	ents := Extract(a).Entities
	for _, name := range []string{"Harold Quist", "Anne Vorster", "Ivan Horvat"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" || len(e.Roles) != 0 {
			t.Errorf("%s: want a person with no role, got %+v", name, e)
		}
	}
	if e := findEntity(ents, "Laura Mendes"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "Singer" {
		t.Errorf("Laura Mendes: want the role Singer, got %+v", e)
	}
}

// TestProsecutorsOfficeIsARole: "US Attorney", "U.S. Attorney" and
// "District Attorney" before a name are the person's office, no part of
// the name ("District Attorney Mark X" was an organisation).
func TestProsecutorsOfficeIsARole(t *testing.T) {
	a := articleOf("Charges filed", "\"It was a fraud,\" said US Attorney Helena Vost. District Attorney Mark Pellow agreed.",
		"Separately, U.S. Attorney Rudolph Kessel filed charges in Manhattan.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Helena Vost": "US Attorney", "Mark Pellow": "District Attorney", "Rudolph Kessel": "U.S. Attorney"} {
		if e := findEntity(ents, name); e == nil || e.Type != "person" || len(e.Roles) == 0 || e.Roles[0] != role {
			t.Errorf("%s: want a person with the role %s, got %+v", name, role, e)
		}
	}
	for _, bad := range []string{"US Attorney Helena Vost", "District Attorney Mark Pellow", "U.S. Attorney Rudolph Kessel"} {
		if e := findEntity(ents, bad); e != nil {
			t.Errorf("an office inside a name: %+v", e)
		}
	}
}

// TestKeeperIsARole: "keeper" before a name is the player's post, as
// "goalkeeper" is, with the side before it the affiliation.
func TestKeeperIsARole(t *testing.T) {
	a := articleOf("Derby", "The visitors won 2-0 at home. Rovers keeper Dan Holtby saved twice. Keeper Tony Brannock praised the defence.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Dan Holtby"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "keeper" {
		t.Errorf("Dan Holtby: want the role keeper, got %+v", e)
	}
	if e := findEntity(ents, "Tony Brannock"); e == nil || e.Type != "person" || len(e.Roles) != 1 {
		t.Errorf("Tony Brannock: want a person with the role Keeper, got %+v", e)
	}
}

// TestLowerCaseFormerBeforeASide: "but former Rovers striker X" inside a
// sentence says what "Former Rovers striker X" opening it says: the role
// was held ("former Rovers striker") and the side is no affiliation now;
// a show before an actor's trade is no organisation.
func TestLowerCaseFormerBeforeASide(t *testing.T) {
	a := articleOf("Striker speaks", "But former Rovers striker Ian Wrighton believes the club erred, and former Pine Hollow actress Ann Doyle agreed.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Ian Wrighton"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "former Rovers striker" || len(e.Affiliations) != 0 {
		t.Errorf("Ian Wrighton: want the role 'former Rovers striker' and no affiliation, got %+v", e)
	}
	if e := findEntity(ents, "Ann Doyle"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "former Pine Hollow actress" {
		t.Errorf("Ann Doyle: want the role 'former Pine Hollow actress', got %+v", e)
	}
	if e := findEntity(ents, "Pine Hollow"); e != nil && e.Type == "organization" {
		t.Errorf("a show typed an organisation: %+v", e)
	}
}
