package entities_test

import (
	"slices"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestHeadlineVerbIsNoRoleWord: a headline's verb of the present between a
// subject and a role ("Smith backs captain Jones") is no word of the role,
// and the subject, a surname of a person the article names, is no body:
// "Smith" was an organisation and Jones the "backs captain" of Smith, so
// the quotes of Tom Smith went to Jones.
func TestHeadlineVerbIsNoRoleWord(t *testing.T) {
	a := articleOf("Brennan backs captain Ward",
		"Wales lock Tom Brennan says Dafydd Ward is the right man to lead the side.",
		`Brennan has backed Ward after the defeat. "He is a fine leader," Brennan told reporters.`,
		`Brennan insists the side is ready. "We are in good shape," he added.`)
	f := Extract(a)
	if e := findEntity(f.Entities, "Dafydd Ward"); e == nil || !slices.Equal(e.Roles, []string{"captain"}) || len(e.Affiliations) != 0 {
		t.Errorf("Dafydd Ward: want the role 'captain' and no affiliation, got %+v", e)
	}
	if e := findEntity(f.Entities, "Tom Brennan"); e == nil || !slices.Contains(e.Aliases, "Brennan") {
		t.Errorf("Tom Brennan: want the alias Brennan, got %+v", e)
	}
	if e := findEntity(f.Entities, "Brennan"); e != nil {
		t.Errorf("Brennan: want no entity of its own, got %+v", e)
	}
	for _, c := range f.Claims {
		if c.Speaker != "Tom Brennan" {
			t.Errorf("claim %q given to %q, want Tom Brennan", c.Content, c.Speaker)
		}
	}
	// A side as the subject: the verb is still no role word, and the side
	// no affiliation the role's words gave.
	a = articleOf("Rovers slams coach Hadley", "The club criticised Pete Hadley on Monday.")
	if e := findEntity(Extract(a).Entities, "Pete Hadley"); e == nil || !slices.Equal(e.Roles, []string{"coach"}) {
		t.Errorf("Pete Hadley: want the role 'coach', got %+v", e)
	}
}

// TestPersonsSurnameBeforeRoleIsNoBody: the surname of a person the
// article names with a given name, written before a role and a name
// ("Brennan partner Dafydd Ward"), is that person, no organisation the
// other belongs to.
func TestPersonsSurnameBeforeRoleIsNoBody(t *testing.T) {
	a := articleOf("Ward injured", "Wales lock Tom Brennan was fit. Brennan partner Dafydd Ward was injured on Saturday.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Dafydd Ward"); e == nil || len(e.Affiliations) != 0 {
		t.Errorf("Dafydd Ward: want no affiliation, got %+v", e)
	}
	if e := findEntity(ents, "Brennan"); e != nil {
		t.Errorf("Brennan: want no entity of its own, got %+v", e)
	}
}

// TestTitleCasePluralProductIsNoBody: a kind of product written in title
// case inside a sentence, common words that end on a plural ("commercial
// Digital Video Cameras are on the market", "Cheap Home Security
// Cameras"), is no organisation, whatever a word inside it ("Video", a
// part of a firm's name) voted; a firm's name with its ticker stays one.
func TestTitleCasePluralProductIsNoBody(t *testing.T) {
	a := articleOf("Gadget boom", "While commercial Digital Video Cameras are on the market, few buy them. Cheap Home Security Cameras are also popular, said analyst Jo Kerr.",
		"Traders bought such stocks as Consolidated Paper Mills <CPM> on Monday.")
	ents := Extract(a).Entities
	for _, n := range []string{"Digital Video Cameras", "Home Security Cameras"} {
		if e := findEntity(ents, n); e != nil {
			t.Errorf("%s: a kind of product, want no entity, got %+v", n, e)
		}
	}
	if e := findEntity(ents, "Consolidated Paper Mills"); e == nil || e.Type != EntityOrganization {
		t.Errorf("Consolidated Paper Mills: want an organisation, got %+v", e)
	}
	// The end of a longer name ("Vote 2 Better Roads", a party) is no kind
	// of product: it stays what it was.
	a = articleOf("Poll", "The plan was opposed by Vote 2 Better Roads on Monday.")
	if e := findEntity(Extract(a).Entities, "Better Roads"); e == nil || e.Type != EntityOrganization {
		t.Errorf("Better Roads: the end of a party's name, want it kept, got %+v", e)
	}
}

// TestPostNominalAloneIsNoBody: a post-nominal written alone ("a QC and
// law lecturer", "made an OBE") is a rank or an honour, no organisation
// and no one's affiliation ("QC" was both).
func TestPostNominalAloneIsNoBody(t *testing.T) {
	a := articleOf("War legality row", "Anna Marsh, a QC and human rights lecturer, said the war was illegal.",
		"The coach was made an OBE last year, and his captain an MBE.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Anna Marsh"); e == nil || len(e.Affiliations) != 0 {
		t.Errorf("Anna Marsh: want no affiliation, got %+v", e)
	}
	for _, n := range []string{"QC", "OBE", "MBE"} {
		if e := findEntity(ents, n); e != nil {
			t.Errorf("%s: a rank or an honour, want no entity, got %+v", n, e)
		}
	}
}

// TestWeighedOrWouldBeRoleIsNotHeld: a role after an adjective put before
// "a" ("how good a prime minister Gary X will make") is weighed, not held
// (the chancellor had the role "prime minister"), and "would-be" stays
// with the role it qualifies, as "former" does ("would-be leader Tim Y"
// was "leader").
func TestWeighedOrWouldBeRoleIsNotHeld(t *testing.T) {
	a := articleOf("Budget row", "Chancellor Gary Frost spoke. There will be an argument over how good a prime minister Gary Frost will make after the election.",
		"The party said would-be leader Tim Grove left. Would-be leader Ann Vale stayed.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Gary Frost"); e == nil || !slices.Equal(e.Roles, []string{"Chancellor"}) {
		t.Errorf("Gary Frost: want the role Chancellor alone, got %+v", e)
	}
	for name, role := range map[string]string{"Tim Grove": "would-be leader", "Ann Vale": "Would-be leader"} {
		if e := findEntity(ents, name); e == nil || !slices.Equal(e.Roles, []string{role}) {
			t.Errorf("%s: want the role %q, got %+v", name, role, e)
		}
	}
}
