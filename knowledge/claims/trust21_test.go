package claims_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestPlaceOrRoleInAnAppositiveIsNoSpeaker: "X, 58, MP for Ashby in
// Norfolk, said" and "X, a Dayton, Ohio, investor with a stake in Acme,
// said": the role's place and the address inside a description do not
// speak; the one named before them does.
func TestPlaceOrRoleInAnAppositiveIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Peter Hollis, 61, MP for Ashby in Norfolk, said he was unhappy with the party's stance on trade.", "unhappy with the party", "Peter Hollis"},
		{"Anna Greer, a Dayton, Ohio, investor with a 4 pct stake in Acme Corp, said she intends to seek a board seat.", "seek a board seat", "Anna Greer"},
		{"Mark Hale, a Fremont, Calif., investor with a small stake in Acme Corp, said he would seek a seat.", "seek a seat", "Mark Hale"},
		// (a place that speaks, described after it, still speaks; a
		// named person inside a role phrase is not passed over)
		{"Poland, a member of the alliance, said it would send troops.", "send troops", "Poland"},
		{"Tom Weller, Secretary of State Ann Cole's deputy, said the talks would resume.", "talks would resume", "Tom Weller"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestDocumentOwnerIsWhoPublishedIt: "the report" and "the complaint" speak
// for the one who issued them, not for whoever denied a published report or
// said that another body issued a complaint.
func TestDocumentOwnerIsWhoPublishedIt(t *testing.T) {
	for _, tt := range []struct{ body, content, not string }{
		{"The Steel Workers Union denied a published report that it would strike at Norcast Corp.\n\n" +
			"According to the report, the union will pick Norcast because it earned more money last year.", "pick Norcast", "Steel Workers"},
		{"Halden Foods Inc said that in May the state labour board issued a complaint against its Ruston unit.\n\n" +
			"The complaint charges that Ruston broke the rules in talks with the union.", "broke the rules", "Halden"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c != nil && strings.Contains(c.Speaker, tt.not) {
			t.Errorf("%q: the document became %s's: %+v", tt.body, tt.not, *c)
		}
	}
	// The subject that issued the document, or spoke in it, still owns it.
	for _, tt := range []struct{ body, content, speaker string }{
		{"The Farm Ministry released a report on Monday on grain stocks.\n\nThe report said stocks had fallen by a tenth.", "fallen by a tenth", "Farm Ministry"},
		{"White House spokesman Tom Reed said in a written statement that the president was watching the markets.\n\n" +
			"The statement said the president had asked officials to consult with experts.", "consult with experts", "Tom Reed"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: the document lost its author %s: %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestItIsTheDocumentJustNamed: "But a recent report from Delta Research
// reflects C. It said C2": "it" is the report, by Delta Research, not a
// body that spoke before.
func TestItIsTheDocumentJustNamed(t *testing.T) {
	body := "Figures from the Mobile Phone Group (MPG) show the number of phones online has doubled.\n\n" +
		"Ringtones are still popular, according to the MPG. But a recent report from Delta Research reflects the continuing battle " +
		"firms have to persuade people to go online. It said that 36% of users had never sent a picture message."
	c := claimWith(claimsIn(t, body), "never sent a picture")
	if c == nil || c.Speaker != "Delta Research" {
		t.Errorf("want Delta Research's claim, got %+v", c)
	}
}

// TestListenerIsNotWhatWasTold: "told a news conference trading will
// resume", "told BBC Radio Four's the World at One his main worry was …":
// the listener, to a word for those told and its names, or a title's own
// phrase, is no part of what was told.
func TestListenerIsNotWhatWasTold(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Chairman Ann Cole told a news conference trading will resume on Monday.", "trading will resume on Monday"},
		{"Shadow minister Tom Reed told BBC Radio Four's the World at One his main worry was the cost of the plan.", "his main worry was the cost"},
		{"Bo Lund told a radio programme prices would rise by the summer.", "prices would rise by the summer"},
		{"Ann Cole told a press briefing in Tokyo the bank would cut its rates.", "the bank would cut its rates"},
		// (a name that describes the told clause's subject stays in it)
		{"Bank director Jo Vance told a news conference Paylink cards can now be used in 40 countries.", "Paylink cards can now be used"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || !strings.HasPrefix(c.Content, tt.content) {
			t.Errorf("%q: want the content %q, got %+v", tt.body, tt.content, c)
		}
	}
}

// TestRoleOfAFirmIsNoDocument: "Acme's director of research said" is the
// director's claim, not Acme's by a document word ("research") inside the
// role, and "Merck's head of research Peter Kim said" is Peter Kim's; a
// person a preposition makes the role's charge still does not speak.
func TestRoleOfAFirmIsNoDocument(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Dalmark's head of research Peter Kim said that it withdrew the drug based on the data.", "withdrew the drug", "Peter Kim"},
		{"Acme's director of research said demand was weak.", "demand was weak", "Acme's director of research"},
		{"A lawyer for Tom Reed said the case was weak.", "case was weak", "a lawyer for Tom Reed"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestHeadlineFollowsItsCuesFrame: a headline cue needs what the cue needs
// in the body: a document for a document's cue ("Mayor Outlines New Vision"
// is no report), a clause for a rejection ("Mayor Rejects Rival Offer"),
// more than a listener for a warning ("NORVIA WARNS KESTLAND, SENDS SHIPS"),
// and no gerund for a verb of frames.txt ("NORVIA CONSIDERS SCRAPPING
// FUEL TAX"); "New Poll Shows …" and "Minister Warns Rates Will Rise"
// stay.
func TestHeadlineFollowsItsCuesFrame(t *testing.T) {
	headlineClaims(t, []headlineCase{
		{"Mayor Outlines New Transport Vision", false},
		{"Mayor Rejects Rival Budget Offer", false},
		{"NORVIA WARNS KESTLAND, SENDS SHIPS TO COAST", false},
		{"NORVIA CONSIDERS SCRAPPING FUEL TAX", false},
		{"New Poll Shows Voters Back Transport Plan", true},
		{"Minister Warns Rates Will Rise", true},
	})
}

// headlineCase is a headline over a body that says nothing, and whether
// it should give a claim.
type headlineCase struct {
	title string
	claim bool
}

// headlineClaims checks whether each headline gives a claim over a body
// of one quiet sentence.
func headlineClaims(t *testing.T, cases []headlineCase) {
	t.Helper()
	for _, tt := range cases {
		a, err := Parse("t.txt", "t.txt", []byte(tt.title+"\n\nThe market was quiet on Monday."), ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if cl := Extract(a).Claims; (len(cl) > 0) != tt.claim {
			t.Errorf("%q: want a claim %v, got %+v", tt.title, tt.claim, cl)
		}
	}
}

// TestNoOneIsNoSpeaker: "Brown replies that no one thought the wall would
// come down": what no one thought is no one's claim, whatever the parse
// made of the negation inside a that-clause.
func TestNoOneIsNoSpeaker(t *testing.T) {
	for _, body := range []string{
		"The point is that no one thought the old wall would ever come down.",
		"Green replies that no one thought the old wall would ever come down either.",
	} {
		for _, c := range claimsIn(t, body) {
			if strings.HasPrefix(strings.ToLower(c.Speaker), "no ") {
				t.Errorf("%q: no one became a speaker: %+v", body, c)
			}
		}
	}
}

// TestTheyIsTheGroupThatOpensTheSentenceBefore: "Major companies including
// A, B and C have spent … They have also warned C2": a group described with
// a capitalised adjective opening its sentence is whom "they" stands for,
// not a group that spoke earlier; and "Opposition parties also want C1 but
// they accuse …" keeps the sentence's own plural subject.
func TestTheyIsTheGroupThatOpensTheSentenceBefore(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Economists predict that an increase is unlikely.\n\nMajor companies including Volvex, Dalmer and Sieko have spent much of the year in tough talks with unions. " +
			"They have also warned there are more cost cuts on the horizon.", "more cost cuts", "Major companies"},
		{"The plans include a new team for each town. Local people would also be able to trigger action on problems if they felt nothing was being done.\n\n" +
			"Opposition parties also want more local policing but they accuse ministers of tying the police up with paperwork.", "tying the police up", "Opposition parties"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}

// TestAndInsideTheSubjectEndsNoContent: "said the joint program between it
// and Delta Systems will apply to its largest customers": an "and" the
// parse took for a clause joined to the cue, when what came before it holds
// no verb, is inside the told clause's subject; the content stays whole.
func TestAndInsideTheSubjectEndsNoContent(t *testing.T) {
	body := "Ostrava Bell said the joint marketing program between it and Delta Atlanticom Systems will apply initially to its largest business customers."
	c := claimWith(claimsIn(t, body), "joint marketing program")
	if c == nil || !strings.Contains(c.Content, "will apply initially") {
		t.Errorf("want the whole clause, got %+v", c)
	}
}
