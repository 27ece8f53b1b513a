package claims_test

import (
	"strings"
	"testing"
)

// TestNamedListenerIsNotWhatWasTold: after "told", a news outlet's name
// ("Sky News", "the BBC", "ITV Two's Late programme") is who was told, not
// the start of what was: the told clause opens with the name after it.
func TestNamedListenerIsNotWhatWasTold(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Mr Dalton told Sky News Labour councillors would not back the budget.", "Labour councillors would not back the budget", "Dalton"},
		{"Aides to the leader told the BBC Mr Dalton had never opposed the plan.", "Mr Dalton had never opposed the plan", "Aides"},
		{"Former minister Ruth Kemble told BBC Two's Late Review programme there was a risk the scheme would fail.", "there was a risk the scheme would fail", "Ruth Kemble"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content[len(tt.content)-12:])
		if c == nil || !strings.HasPrefix(c.Content, tt.content) || !strings.Contains(c.Speaker, tt.speaker) {
			t.Errorf("%q: want %s's %q, got %+v", tt.body, tt.speaker, tt.content, c)
		}
	}
	// A name that is the told clause's subject stays in it.
	for _, tt := range []struct{ body, content string }{
		{"The minister told reporters Acme Corp would close the plant.", "Acme Corp would close the plant"},
		{"Tom Reed told parliament Labour would cut taxes.", "Labour would cut taxes"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content[len(tt.content)-12:])
		if c == nil || !strings.HasPrefix(c.Content, tt.content) {
			t.Errorf("%q: want %q, got %+v", tt.body, tt.content, c)
		}
	}
}

// TestBodysNameIsWholeAsWritten: a body's name that holds an "and" or a
// place in brackets speaks whole, not the part the entities or the parse
// cut from it ("Marketing Co", "AG", "Conservation Service").
func TestBodysNameIsWholeAsWritten(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Acme Oil Co's Acme Refining and Marketing Co subsidiary said it raised the price of heating oil by one cent a gallon.", "raised the price", "Acme Refining and Marketing Co"},
		{"Halden Power Co plans an issue of 5,000 warrants, lead manager Vale Trust (Jersey) AG said.", "issue of 5,000 warrants", "Vale Trust (Jersey) AG"},
		{"The Rural Housing and Farm Credit Service announced several steps to speed the sale of its grain stocks.", "several steps", "Rural Housing and Farm Credit Service"},
		{"The Agricultural Marketing and Inspection Service announced new rules for grading wheat.", "new rules", "Agricultural Marketing and Inspection Service"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
	// A body's short name in brackets is no part of a name after it.
	if c := claimWith(claimsIn(t, "Card payments overtook cash at noon on Monday, according to the Association for Fund Transfer Services (Aftas) Aftas chose school teacher Ann Lowe, from Leeds, to make the payment."), "overtook cash"); c != nil && strings.Contains(c.Speaker, "(") {
		t.Errorf("the short name joined the name: %+v", c)
	}
	// Two bodies joined by "and" still speak together, neither alone.
	c := claimWith(claimsIn(t, "Acme Corp and Widget Inc said they would merge their software units."), "merge")
	if c == nil || !strings.Contains(c.Speaker, "Acme Corp") || !strings.Contains(c.Speaker, "Widget Inc") {
		t.Errorf("two bodies: got %+v", c)
	}
}

// TestDecisionToActIsNoClaim: "X decided to Y" tells what X did, not
// something X says; "decided that C" still reads what X judged.
func TestDecisionToActIsNoClaim(t *testing.T) {
	for _, body := range []string{
		"The Harbour Board met on Monday. The board decided to close the north quay for repairs.",
		"Coach Tom Ruiz said the squad was tired. He had decided to rest his captain for the cup tie.",
	} {
		for _, c := range claimsIn(t, body) {
			if c.Cue == "decided" {
				t.Errorf("%q: a decision became a claim: %+v", body, c)
			}
		}
	}
	c := claimWith(claimsIn(t, "The appeal court decided the ban on street trading was unlawful."), "unlawful")
	if c == nil || c.Cue != "decided" {
		t.Errorf("the court's judgment was lost: %+v", c)
	}
}

// TestQuoteGoingOnAfterItsTagWithAndStandsAlone: "“C1,” she said, “and
// with the new rules C2.”": C1, a clause of its own, is the content; the
// tag is never part of it, however long the words after "and" run before
// their verb.
func TestQuoteGoingOnAfterItsTagWithAndStandsAlone(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Ann Vale is an analyst. \"Buyers want choice,\" she said, \"and with pay-as-you-go tariffs they have full choice.\"", "Buyers want choice"},
		{"The club issued a statement. \"The board still thinks the plan is reckless,\" the statement said, \"and the direct and indirect strain on the business could be damaging.\"", "The board still thinks the plan is reckless"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Content != tt.content {
			t.Errorf("%q: want %q, got %+v", tt.body, tt.content, c)
		}
	}
	// (never cut inside a quotation the content opened)
	body := "The coach is \u201cclever as a fox,\u201d Ann Lee wrote in a letter to the club, and \u201cfull of tricks.\u201d"
	for _, c := range claimsIn(t, body) {
		if strings.Count(c.Content, "\u201c") != strings.Count(c.Content, "\u201d") {
			t.Errorf("the content stops inside a quotation: %+v", c)
		}
	}
}

// TestMeasureIsNoSpeaker: "400m hope Tom Reed never found his form": a
// number with its unit is no one who hopes or speaks.
func TestMeasureIsNoSpeaker(t *testing.T) {
	for _, body := range []string{
		"400m hope Reed never found his form during the summer.",
		"1500m hope Dan Hale never got near his best form and a virus ended his hopes.",
	} {
		for _, c := range claimsIn(t, body) {
			if c.Speaker != "" && c.Speaker[0] >= '0' && c.Speaker[0] <= '9' {
				t.Errorf("%q: a measure speaks: %+v", body, c)
			}
		}
	}
}

// TestLedIntoABeliefIsNoClaim: "deluded itself into believing that C",
// "were tricked into thinking C": what one is led to believe is no view
// one states.
func TestLedIntoABeliefIsNoClaim(t *testing.T) {
	for _, body := range []string{
		"For a few days the whole town deluded itself into believing that the team might win the cup.",
		"The fans tried to fool themselves into thinking that the manager would stay.",
	} {
		for _, c := range claimsIn(t, body) {
			t.Errorf("%q: a belief one was led into became a claim: %+v", body, c)
		}
	}
}

// TestNameBeforeAWordForAPersonIsNoSpeaker: "The 22-cap Ospreys man says
// C": the club describes the man, who speaks, not the club.
func TestNameBeforeAWordForAPersonIsNoSpeaker(t *testing.T) {
	body := "Wales number eight Tom Hale says the job will be easy. \"It is an honour,\" he said. The 22-cap Ospreys man says that Reed will be badly missed, though."
	c := claimWith(claimsIn(t, body), "badly missed")
	if c == nil || c.Speaker == "Ospreys" {
		t.Errorf("the club spoke for the man: %+v", c)
	}
}

// TestObjectContentEndsBeforeAnotherSpeaker: "The committee called this
// “a scandal” but the ministry said C2": what the committee called ends
// before the ministry's own statement, though it holds no verb.
func TestObjectContentEndsBeforeAnotherSpeaker(t *testing.T) {
	body := "The Lords finance committee called the payment \"plainly indefensible\" but the government said the scheme had \"raised standards\"."
	c := claimWith(claimsIn(t, body), "indefensible")
	if c == nil || strings.Contains(c.Content, "government") {
		t.Errorf("the ministry's statement ran into the panel's: %+v", c)
	}
}
