package claims_test

import (
	"strings"
	"testing"
)

// TestDeniedReportsAreNoOneDenied: "denied allegations a bribe was paid"
// denies a statement; a claim noun before "a"/"the" names no one kept from
// something, and a clause with its own verb after the second object is
// what is denied.
func TestDeniedReportsAreNoOneDenied(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"The builder denied allegations the site had been left unsafe for months.", "site had been left unsafe"},
		{"The treasurer denied suggestions the grant would be withdrawn next year.", "grant would be withdrawn"},
		{"The club denied rumours the coach would be dismissed after the defeat.", "coach would be dismissed"},
		{"Farmers denied claims the river had been poisoned by their cattle.", "river had been poisoned"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Stance != "deny" {
			t.Errorf("%q: the denial is lost: %+v", tt.body, c)
		}
	}
	for _, body := range []string{
		"The late rule change denied farmers the chance to appeal.",
		"The ruling denied pensioners a fair hearing.",
	} {
		for _, c := range claimsIn(t, body) {
			if c.Stance == "deny" {
				t.Errorf("%q: withholding became a denial: %+v", body, c)
			}
		}
	}
}

// TestRoleInARelativeClauseIsNotTheSpeakers: "Halden Bank, whose chairman
// resigned last month, said C" names a firm; the chairman of its relative
// clause makes it no person, and a later "he said" is not the firm's.
func TestRoleInARelativeClauseIsNotTheSpeakers(t *testing.T) {
	for _, body := range []string{
		"Halden Bank, whose chairman resigned last month, said profits would fall this year. \"We are being careful,\" he said.",
		"Delmar Foods, whose chief executive quit in May, said sales would fall this year. \"We are being careful,\" he said.",
	} {
		if c := claimWith(claimsIn(t, body), "being careful"); c != nil && c.Speaker != "" {
			t.Errorf("%q: \"he\" went to %q: %+v", body, c.Speaker, *c)
		}
	}
}

// TestItIsNoBarePlural: "Analysts said C. It said C2": "it" is not the
// analysts, though no type was given to a bare plural speaker.
func TestItIsNoBarePlural(t *testing.T) {
	body := "Ostrel Corp said on Monday it would close two plants. Analysts said the closures were overdue. It said it would hire 500 workers in Ohio next year."
	if c := claimWith(claimsIn(t, body), "hire 500 workers"); c != nil && c.Speaker == "Analysts" {
		t.Errorf("\"it\" went to a plural: %+v", *c)
	}
}

// TestAsClauseBeforeAMainClause: a content that opens with an "as" clause
// keeps its claim when a main clause follows, with or without a comma;
// one that is only the "as" clause of when it was said, with a relative
// clause after a comma, says nothing.
func TestAsClauseBeforeAMainClause(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Jane Ortiz said as prices rose the bank would act.", "bank would act"},
		{"The mayor said as the river rose the town would close its bridges.", "town would close"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil {
			t.Errorf("%q: the claim is lost", tt.body)
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"Farming will be hard for a decade, Tom Reed will say as he sets out his goals, which include cheaper feed.", "sets out his goals"},
		{"Rail fares must fall, Ann Cole will say as she opens the conference, which runs until Friday.", "opens the conference"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil {
			t.Errorf("%q: an \"as\" clause became the content: %+v", tt.body, *c)
		}
	}
}

// TestTheyIsTheGroupJustNamed: "The ministers met on Friday. 'We agreed,'
// they said": "they" is the group that was the subject of the sentence
// just before, not a body that spoke earlier.
func TestTheyIsTheGroupJustNamed(t *testing.T) {
	body := "The central bank said rates would stay at 5 percent. The ministers met in Corvale on Friday. \"We agreed on the budget,\" they said."
	if c := claimWith(claimsIn(t, body), "agreed on the budget"); c != nil && c.Speaker != "The ministers" && c.Speaker != "the ministers" {
		t.Errorf("\"they\" went to %q: %+v", c.Speaker, *c)
	}
	// A group that spoke in the sentence before goes on speaking as it
	// was read there.
	body = "Harbour union officials warned of a strike in March. The officials said pay had fallen for five years. \"We want a fair deal,\" they said."
	cs := claimsIn(t, body)
	if c, prev := claimWith(cs, "fair deal"), claimWith(cs, "pay had fallen"); c == nil || prev == nil || c.Speaker != prev.Speaker {
		t.Errorf("\"they\" is not the group that spoke just before: %+v, %+v", c, prev)
	}
}

// TestLeadingWeekdayIsNoSpeaker: "On Monday police said C" is the police's
// claim, not "Monday police"'s; a name of two capitalised words ("Sunday
// Herald") stays whole.
func TestLeadingWeekdayIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"On Monday police said two men were arrested near the harbour.", "two men were arrested"},
		{"On Friday the ministry said the border would reopen.", "border would reopen"},
		{"Today officials said the road would stay closed.", "road would stay closed"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c != nil && (strings.HasPrefix(c.Speaker, "Monday") || strings.HasPrefix(c.Speaker, "Friday") || strings.HasPrefix(c.Speaker, "Today")) {
			t.Errorf("%q: a time word spoke: %q", tt.body, c.Speaker)
		}
	}
	if c := claimWith(claimsIn(t, "The Sunday Herald said the minister would resign."), "minister would resign"); c == nil || !strings.Contains(c.Speaker, "Sunday Herald") {
		t.Errorf("a paper's name lost its weekday: %+v", c)
	}
}
