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

// TestContrastWithAnotherSpeakerEndsTheContent: "X say C1, while Y say
// C2" gives each their own statement, not C2 inside X's; and a cue in a
// clause of contrast that opens the sentence ("While X said C, the firm
// …") says only what that clause holds.
func TestContrastWithAnotherSpeakerEndsTheContent(t *testing.T) {
	claims := claimsIn(t, "The Greens say a vote for the new party could split the left, while the farmers' union say the party would mean higher fuel costs.")
	if c := claimWith(claims, "split the left"); c == nil || strings.Contains(c.Content, "fuel costs") {
		t.Errorf("the Greens' claim ran on into the union's: %+v", c)
	}
	if c := claimWith(claims, "higher fuel costs"); c == nil || strings.Contains(c.Speaker, "Greens") {
		t.Errorf("want the union's own claim, got %+v", c)
	}
	for _, tt := range []struct{ body, content string }{
		{"While Dalton declared he would remember the tour with pride, his attention turned at once to the new label.", "he would remember the tour with pride"},
		{"While some traders said the thin market had exaggerated small moves on Friday, most agree the trend is still lower.", "the thin market had exaggerated small moves on Friday"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Content != tt.content {
			t.Errorf("%q: want %q alone, got %+v", tt.body, tt.content, c)
		}
	}
	// A "while" of time inside what was said stays in it.
	c := claimWith(claimsIn(t, "The bank said prices rose while wages fell."), "prices rose")
	if c == nil || !strings.Contains(c.Content, "while wages fell") {
		t.Errorf("the 'while' of time was cut: %+v", c)
	}
}

// TestPhraseEndingAModifierIsNoSpeaker: what a relative clause's verb
// governs ("users who had tried the new version reported C") or the agent
// of a participle right after its noun ("Hoffmann, who was quoted by the
// daily Kurier as saying C") does not speak; the agent of a passive main
// verb still does ("X is being sued by his former partner, claiming C").
func TestPhraseEndingAModifierIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, wrong string }{
		{"But some gamers who had tried the new version reported on several forums that the update had wiped their saved games.", "wiped their saved games", "new version"},
		{"He was echoing the bank governor Ole Hansen, who was quoted by the daily Kurier as saying the cut would have little effect.", "little effect", "Kurier"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil && strings.Contains(c.Speaker, tt.wrong) {
			t.Errorf("%q: the modifier's phrase speaks: %+v", tt.body, c)
		}
	}
	c := claimWith(claimsIn(t, "The singer Tom Vale is being sued by his former manager for $2 million, claiming he broke a promise to pay her."), "broke a promise")
	if c == nil || !strings.Contains(c.Speaker, "manager") {
		t.Errorf("the passive's agent lost its claim: %+v", c)
	}
}
