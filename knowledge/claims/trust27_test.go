package claims_test

import (
	"strings"
	"testing"
)

// TestRoleHolderNamedAfterItsPrepositionIsTheSubject: a name that ends a
// role's preposition phrase ("the club's director of football Y", "head of
// research Y") holds the role; when that role is the subject of the
// sentence before a quote, "he said" is Y's, not that of a man who spoke
// two sentences back.
func TestRoleHolderNamedAfterItsPrepositionIsTheSubject(t *testing.T) {
	const before = "Rovers chairman Peter Dalton said: \"We wanted the game played.\"\n\n" +
		"The clubs met on Friday and Dalton added: \"There was no other way.\" "
	for _, tt := range []struct{ subject, speaker string }{
		{"The Rovers director of football Mark Hensby", "Mark Hensby"},
		{"The club's head of youth Mark Hensby", "Mark Hensby"},
	} {
		body := before + tt.subject + " thanked the supporters for their patience. \"They were wonderful all night,\" he said."
		c := claimWith(claimsIn(t, body), "wonderful all night")
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %s's quote, got %+v", tt.subject, tt.speaker, c)
		}
	}
}

// TestWhichForAThingIsNoSpeaker: "which" that stands for a thing, or for
// what the clause before it tells, speaks for no one, though a name
// qualifies the thing ("a tie-up with the Acme radio chart show, which suggests
// C"); a body, a document or those who do something still speak through
// "which" ("Acme Corp, which said C", "the retailer, which said C",
// "exporter organisations which stated C").
func TestWhichForAThingIsNoSpeaker(t *testing.T) {
	for _, body := range []string{
		"The new show will have a close tie-up with the Acme Radio chart show, which suggests the show may move to Sundays.",
		"The second reading is that it was a happy accident, which would suggest the party has lost its grip on the timetable.",
		"Rates fell as higher fuel prices, which had supported the market in January, faltered.",
	} {
		for _, c := range claimsIn(t, body) {
			t.Errorf("%q: want no claim, got %+v", body, c)
		}
	}
	for _, tt := range []struct{ body, content, speaker string }{
		{"Shares in Acme Corp, which said it would cut 500 jobs, fell 5%.", "cut 500 jobs", "Acme Corp"},
		{"The chain was sold to a rival retailer, which said it would keep all the stores open.", "keep all the stores open", "retailer"},
		{"The government faced pressure from farming organisations which have publicly stated the subsidy is too small.", "subsidy is too small", "organisations"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}
