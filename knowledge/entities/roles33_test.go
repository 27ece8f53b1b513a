package entities_test

import (
	"slices"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestLowerModifierBeforeCapitalisedOffice: a modifier written in lower
// case right before a capitalised office is the role's ("former Prime
// Minister X" was "Prime Minister", a stale role shown as current;
// "his shadow Chancellor Y" was "Chancellor").
func TestLowerModifierBeforeCapitalisedOffice(t *testing.T) {
	a := articleOf("Budget row", "The plan was backed by former Prime Minister Harold Quenby on Monday.",
		"He and his shadow Chancellor Nora Fellowes spoke later, as did acting President Ivo Brandt.")
	ents := Extract(a).Entities
	for name, role := range map[string]string{"Harold Quenby": "former Prime Minister", "Nora Fellowes": "shadow Chancellor", "Ivo Brandt": "acting President"} {
		if e := findEntity(ents, name); e == nil || !slices.Equal(e.Roles, []string{role}) {
			t.Errorf("%s: want the role %q, got %+v", name, role, e)
		}
	}
}

// TestLowerCaseProfessorIsAJob: "Professor X" is an honorific, but a
// professor in lower case is the person's job, before the name and in an
// apposition ("Anne X, a professor at Y University": was no role).
func TestLowerCaseProfessorIsAJob(t *testing.T) {
	a := articleOf("Court ruling", `"It is a setback," said Anne Keswin, a professor at Dunmore Law School, on Friday.`,
		"The ruling was studied by law professor Tomas Ridel.", "Professor Ella Varga disagreed.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Anne Keswin"); e == nil || len(e.Roles) != 1 || e.Roles[0] != "professor at Dunmore Law School" || !slices.Contains(e.Affiliations, "Dunmore Law School") {
		t.Errorf("Anne Keswin: want the role 'professor at Dunmore Law School' and the school, got %+v", e)
	}
	if e := findEntity(ents, "Tomas Ridel"); e == nil || !slices.Equal(e.Roles, []string{"law professor"}) {
		t.Errorf("Tomas Ridel: want the role 'law professor', got %+v", e)
	}
	if e := findEntity(ents, "Ella Varga"); e == nil || len(e.Roles) != 0 {
		t.Errorf("Ella Varga: 'Professor' is an honorific, want no role, got %+v", e)
	}
}

// TestJobWordNamingABodysKindAfterRolesPreposition: after a role and its
// preposition, a job word before a lower-case noun says what kind of body
// the name after them is ("a research director at analyst firm Gartner"
// was the role "research director at analyst" with no affiliation).
func TestJobWordNamingABodysKindAfterRolesPreposition(t *testing.T) {
	a := articleOf("Search wars", "But for Dana Whitlow, a research director at analyst firm Korvex, the future is bright.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Dana Whitlow"); e == nil || !slices.Equal(e.Roles, []string{"research director"}) || !slices.Equal(e.Affiliations, []string{"Korvex"}) {
		t.Errorf("Dana Whitlow: want the role 'research director' at Korvex, got %+v", e)
	}
}

// TestOfficeInAppositionIsTheNamesRole: "Jack X, the Foreign Secretary,
// said": the capitalised office after a person's name, a comma and "the"
// is that person's role, no person of its own (it was an entity "Foreign
// Secretary" and the name had no role).
func TestOfficeInAppositionIsTheNamesRole(t *testing.T) {
	a := articleOf("Rebate row", "Martin Colbeck, the Foreign Secretary, said the rebate was justified.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Martin Colbeck"); e == nil || !slices.Equal(e.Roles, []string{"Foreign Secretary"}) {
		t.Errorf("Martin Colbeck: want the role 'Foreign Secretary', got %+v", e)
	}
	if e := findEntity(ents, "Foreign Secretary"); e != nil {
		t.Errorf("the office is Martin Colbeck's, want no entity of its own, got %+v", e)
	}
}

// TestRoleRunWithParticipleAndSkipper: a participle inside the lower-case
// run after a role's "of" is the run's ("chair of the adult judging panel"
// was cut to "chair of the adult"); a skipper is a side's role, as a
// captain is ("England skipper Jason X" had none).
func TestRoleRunWithParticipleAndSkipper(t *testing.T) {
	a := articleOf("Awards and rugby", "Mira Lendt, chair of the adult judging panel, said children chose well.",
		"England skipper Rowan Tilsey admitted his side failed to cope in the second half of the match.")
	ents := Extract(a).Entities
	if e := findEntity(ents, "Mira Lendt"); e == nil || !slices.Equal(e.Roles, []string{"chair of the adult judging panel"}) {
		t.Errorf("Mira Lendt: want the role 'chair of the adult judging panel', got %+v", e)
	}
	if e := findEntity(ents, "Rowan Tilsey"); e == nil || !slices.Equal(e.Roles, []string{"skipper"}) {
		t.Errorf("Rowan Tilsey: want the role 'skipper', got %+v", e)
	}
}

// TestBodysHeadAloneBeforeOfficeIsTheOffices: an organisation's head word
// alone before a capitalised office, when no organisation of the article
// holds it ("Securities Commissioner Ray X" gave the affiliation
// "Securities", a body nobody named), is the office's first word; with a
// bank named in the article, "Bank Governor" still names that bank.
func TestBodysHeadAloneBeforeOfficeIsTheOffices(t *testing.T) {
	ents := Extract(articleOf("Share rules", "The statement came from Securities Commissioner Ray Holcott on Monday.")).Entities
	if e := findEntity(ents, "Ray Holcott"); e == nil || !slices.Equal(e.Roles, []string{"Securities Commissioner"}) || len(e.Affiliations) != 0 {
		t.Errorf("Ray Holcott: want the role 'Securities Commissioner' and no affiliation, got %+v", e)
	}
	ents = Extract(articleOf("Rates held", "Bank Negara left its rates unchanged on Monday.", "Bank Governor Ali Haddam said rates would stay.")).Entities
	if e := findEntity(ents, "Ali Haddam"); e == nil || !slices.Contains(e.Affiliations, "Bank Negara") {
		t.Errorf("Ali Haddam: want the affiliation Bank Negara, got %+v", e)
	}
}

// TestHyphenedAdjectiveOpensNoSidesName: a capitalised hyphened adjective
// that opens the run before a role ("In-form Leicester centre X") is no
// word of the side's name (the affiliation was "In-form Leicester"); a
// prefix stays ("Ex-Downing Street media chief" is a former one).
func TestHyphenedAdjectiveOpensNoSidesName(t *testing.T) {
	ents := Extract(articleOf("Cup tie", "In-form Leicester centre Tom Brackley scored twice for the club on Saturday.")).Entities
	if e := findEntity(ents, "Tom Brackley"); e == nil || !slices.Equal(e.Affiliations, []string{"Leicester"}) {
		t.Errorf("Tom Brackley: want the affiliation Leicester, got %+v", e)
	}
}
