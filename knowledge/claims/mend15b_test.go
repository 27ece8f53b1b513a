package claims_test

import (
	"strings"
	"testing"
)

// TestPluralOpeningTheSentenceIsNoPartOfAName: "Officials and Acme Inc
// said": a plural noun capitalised only because it opens the sentence is
// someone else beside the body, not the start of its name; the body speaks
// under its own name and keeps its link to the entity.
func TestPluralOpeningTheSentenceIsNoPartOfAName(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Officials and Halvorsen Oil Inc said the talks on the pipeline had failed.", "talks on the pipeline", "Halvorsen Oil Inc"},
		{"Shareholders and Brentwick Corp said the merger would go ahead in May.", "merger would go ahead", "Brentwick Corp"},
		{"Traders and Corvane Grain Co said wheat prices had risen sharply.", "wheat prices", "Corvane Grain Co"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker || c.SpeakerID == "" {
			t.Errorf("%q: want %s's claim, linked to it, got %+v", tt.body, tt.speaker, c)
		}
	}
	// A name whose words are joined by "and" is still whole.
	c := claimWith(claimsIn(t, "Corvane Refining and Marketing Co said it would raise the price of diesel."), "price of diesel")
	if c == nil || !strings.HasPrefix(c.Speaker, "Corvane Refining") {
		t.Errorf("the name with 'and' was cut: %+v", c)
	}
}

// TestAdjectiveOpeningABodysNameWithAnd: "British and Commonwealth
// Shipping Co said": an adjective opening the sentence before "and" is the
// first word of the body's name.
func TestAdjectiveOpeningABodysNameWithAnd(t *testing.T) {
	c := claimWith(claimsIn(t, "Danish and Overseas Ferry Co Plc said it would merge its freight units."), "merge its freight")
	if c == nil || c.Speaker != "Danish and Overseas Ferry Co Plc" {
		t.Errorf("want Danish and Overseas Ferry Co Plc's claim, got %+v", c)
	}
}
