package claims_test

import (
	"strings"
	"testing"
)

// TestWireVerbsThatAreNoSpeech: verbs with a sense of speech and a sense of
// business or procedure ("posting losses", "dismisses the charges", "called
// a strike", "set according to demand") give no claim in the second sense.
func TestWireVerbsThatAreNoSpeech(t *testing.T) {
	for _, tt := range []struct{ body, content, cue string }{
		{"Copper futures eased in thin trade, posting losses of five to eight dlrs a tonne, dealers said.", "losses of five", "posting"},
		{"The plea agreement dismisses all charges against the two directors, except for tax evasion.", "all charges", "dismisses"},
		{"Owing creditors 40 billion dlrs, Ruritania called an indefinite interest payments moratorium on its bank debt.", "moratorium", "called"},
		{"Fees will be set according to market conditions at the time of sale.", "Fees will be set", "according to"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c != nil && c.Cue == tt.cue {
			t.Errorf("%q: not a statement, became %s's %s claim: %+v", tt.body, c.Speaker, c.Stance, *c)
		}
	}
	// The speech sense stays.
	if c := claimWith(claimsIn(t, "The minister dismissed the report as a work of fiction."), "report"); c == nil {
		t.Error(`"dismissed the report as C" is no longer read`)
	}
}

// TestTheSubjectOfWhatIsSaidIsNotItsSpeaker: "C about X, it said" after a
// paper spoke is the paper's, not X's.
func TestTheSubjectOfWhatIsSaidIsNotItsSpeaker(t *testing.T) {
	_, f := extractText(t, "The venture was agreed in Lima last week, the Andean Times said.",
		"The Pacific Zinc Refining Co involves an investment of 12 mln dlrs and will employ 300 people, it said.")
	c := claimWith(f.Claims, "employ 300 people")
	if c == nil || c.Speaker != "Andean Times" {
		t.Errorf("got %+v, want the Andean Times as the speaker", c)
	}
}

// TestWireListenersAndSpeakers: "told Reuters" names the listener, not a
// speaker nor a word of the statement, and "an analyst at a firm" speaks,
// not the firm.
func TestWireListenersAndSpeakers(t *testing.T) {
	c := claimWith(claimsIn(t, "Port officials told Reuters cargo volumes were falling."), "volumes were falling")
	if c == nil || c.Speaker != "Port officials" || strings.Contains(c.Content, "Reuters") {
		t.Errorf("got %+v, want port officials saying the volumes were falling", c)
	}
	c = claimWith(claimsIn(t, "Some local traders, who asked not to be named, told Reuters they had been barred from the port."), "barred from the port")
	if c == nil || strings.Contains(c.Speaker, "Reuters") {
		t.Errorf("got %+v, want the dock workers as speakers", c)
	}
	c = claimWith(claimsIn(t, "Bank analyst Joanna Fitch at First Harbour Securities Ltd said the loans would be written down."), "written down")
	if c == nil || c.Speaker != "Joanna Fitch" {
		t.Errorf("got %+v, want Joanna Fitch as the speaker", c)
	}
}

// TestContentKeepsItsMainClause: a verb after a modal, a list of -ing
// nouns and a clause of condition do not cut what was said short.
func TestContentKeepsItsMainClause(t *testing.T) {
	for _, tt := range []struct{ body, content, want string }{
		{"Ann Lee chairs the group. She said the delegates, due to meet in Lima on Friday, should agree on new quotas.", "delegates", "should agree on new quotas"},
		{"The official said lenders will turn to repricing, retiming or rescheduling loans instead.", "lenders will turn", "rescheduling loans instead"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.Contains(c.Content, tt.want) {
			t.Errorf("%q: got %+v, want content holding %q", tt.body, c, tt.want)
		}
	}
	// Half a sentence is worse than none.
	for _, c := range claimsIn(t, "The theory runs that once a state has cut its deficit, it can borrow with ease.") {
		if strings.HasSuffix(c.Content, "cut its deficit") {
			t.Errorf("a claim lost its main clause: %+v", c)
		}
	}
}

// TestANumbersQualifierOpensNoPhrase: "said about 120,000 hectares were
// lost" says that 120,000 hectares were lost; "about" opens no phrase
// ("said about the dam that") before a number.
func TestANumbersQualifierOpensNoPhrase(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"Deputy Minister Anh Pham said about 120,000 hectares of maize were now “at risk” and that farms would wait.", "about 120,000 hectares of maize were now “at risk” and that farms would wait"},
		{"The mayor said around 40 homes had been flooded and that “more rain is coming”.", "around 40 homes had been flooded"},
	} {
		cs := claimsIn(t, tt.body)
		if len(cs) != 1 || !strings.HasPrefix(cs[0].Content, tt.want) {
			t.Errorf("%q: got %+v, want one claim that starts %q", tt.body, cs, tt.want)
		}
	}
	// but a qualified number that says when still opens a phrase, which
	// is not what was said
	for _, body := range []string{
		"The minister said over two days of hearings that the dam was safe.",
		"The police said about 30 minutes after the blast that the road would stay shut.",
	} {
		for _, c := range claimsIn(t, body) {
			if !strings.HasPrefix(body[c.Start:], "the ") {
				t.Errorf("%q: claim %q starts with when it was said", body, c.Content)
			}
		}
	}
}

// TestAnAddressDoesNotSpeak: "X, a trader in Leeds, Yorkshire, said":
// the place after a place and its comma ends an address; X speaks.
func TestAnAddressDoesNotSpeak(t *testing.T) {
	c := claimWith(claimsIn(t, "Anna Berg, a grain trader in Dayton, Ohio, said prices had fallen sharply in the last week."), "prices had fallen")
	if c == nil || c.Speaker != "Anna Berg" {
		t.Errorf("got %+v, want Anna Berg speaking", c)
	}
}

// TestAJointStatementIsAllTheAuthors: "according to a joint statement by
// A, B and C" is the three's, not the first's.
func TestAJointStatementIsAllTheAuthors(t *testing.T) {
	c := claimWith(claimsIn(t, "The ceasefire will begin at dawn on Sunday, according to a joint statement by Norland, the Oster Union and Valdoria."), "ceasefire")
	if c == nil || c.Speaker != "Norland, the Oster Union and Valdoria" {
		t.Errorf("got %+v, want the three authors", c)
	}
}

// TestTickerAfterAName: "Acme Plc <ACME.L> said" ends no sentence at the
// ticker's dot, and the company speaks.
func TestTickerAfterAName(t *testing.T) {
	c := claimWith(claimsIn(t, "Northgate Mills Plc <NGM.L> said it planned to raise about 40 mln stg through a share placing."), "raise about 40 mln")
	if c == nil || c.Speaker != "Northgate Mills Plc" || c.Cue != "said" {
		t.Errorf("got %+v, want Northgate Mills Plc saying it planned to raise money", c)
	}
}

// TestWhatADocumentCallsForIsReported: "X calls for C, the paper said" is
// the paper's claim, and a later "it said" is the paper's too.
func TestWhatADocumentCallsForIsReported(t *testing.T) {
	_, f := extractText(t, "The accord calls for joint management of the mill for ten years, the newspaper said.",
		"It said the mill is the first such venture between the two countries.")
	for _, want := range []string{"joint management", "first such venture"} {
		c := claimWith(f.Claims, want)
		if c == nil || !strings.Contains(c.Speaker, "newspaper") {
			t.Errorf("%q: got %+v, want the newspaper as the speaker", want, c)
		}
	}
}

// TestAgreeingToActIsAPledge: "agreed to pay" commits to an act; it
// concedes nothing.
func TestAgreeingToActIsAPledge(t *testing.T) {
	c := claimWith(claimsIn(t, "The shipping line agreed to pay 3 mln dlrs in damages to the port authority."), "to pay 3 mln")
	if c != nil && c.Stance == "concede" {
		t.Errorf("an agreement to act shown as a concession: %+v", c)
	}
}
