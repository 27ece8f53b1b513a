package claims_test

import (
	"strings"
	"testing"
)

// TestPlaceEndingTheContentIsNoSpeaker: "C, based in Fresno, Calif., the
// company said": the place (or a state's abbreviation) before "the
// company" ends the content's address; it is not a name that the
// description after it sets off.
func TestPlaceEndingTheContentIsNoSpeaker(t *testing.T) {
	body := "Bravo Tools Inc said it will form a new unit to make pumps.\n\n" +
		"The new unit will have 900 workers and be based in Fresno, Calif., the company said."
	c := claimWith(claimsIn(t, body), "900 workers")
	if c == nil || strings.Contains(c.Speaker, "Calif") || !strings.HasSuffix(c.Content, "Calif.") {
		t.Errorf("want the company's claim ending in the address, got %+v", c)
	}
}

// TestSurnameIsNoCompany: a lone surname of a person named before ("Carl
// Voss … Voss said") is that person, though the entities took it for a
// body: a later "the company said" is not his.
func TestSurnameIsNoCompany(t *testing.T) {
	body := "Acme Tools Inc said its board approved a stock split.\n\n" +
		"The board also named Tom Reed chairman, succeeding Carl Voss, who stays president. Reed last month bought 30 pct of the firm, Voss said.\n\n" +
		"Holders approved a new name for the firm. Voss was kept on the board, the company said."
	c := claimWith(claimsIn(t, body), "kept on the board")
	if c == nil || strings.Contains(c.Speaker, "Voss") {
		t.Errorf("want the company's claim, not Voss's, got %+v", c)
	}
}

// TestAdverbOpeningTheSentenceIsNoSubject: "Nearly 30% more firms filed
// reports": the adverb capitalised to open the sentence is no one who
// published the reports, and a later "says the study" is not its.
func TestAdverbOpeningTheSentenceIsNoSubject(t *testing.T) {
	body := "Nearly 30% more big firms filed reports on waste than last year.\n\n" +
		"But of the 120 firms filing, 70% did not check their suppliers, says the yearly Pathways study.\n\n" +
		"Fewer than a third of firms get their reports checked, says the study."
	claims := claimsIn(t, body)
	for _, s := range []string{"did not check their suppliers", "get their reports checked"} {
		if c := claimWith(claims, s); c == nil || strings.Contains(c.Speaker, "Nearly") {
			t.Errorf("%q: want the study's claim, got %+v", s, c)
		}
	}
}

// TestSpeakersOwnVerbAfterAnInnerTagIsNoContent: "C, the sources said, but
// declined to name buyers": the verb after the tag's conjunction has the
// speaker for its subject; and "C1, Ms Hale said, because C2" gives the
// speaker's reason. C1 stands alone, without the tag.
func TestSpeakersOwnVerbAfterAnInnerTagIsNoContent(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Port sources said three ships were for sale. The ships include Blue Star and Red Moon, both of which were listed, the sources said, but declined to name buyers.",
			"The ships include Blue Star and Red Moon, both of which were listed"},
		{"Jane Hale said the plan was flawed. This would be unfair even if the board had approved the deal, Ms Hale said, because the money should be kept apart.",
			"This would be unfair even if the board had approved the deal"},
		{"The talks will resume in Rome next week, the officials said, but would not give a date.",
			"The talks will resume in Rome next week"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Content != tt.content {
			t.Errorf("%q: want %q, got %+v", tt.body, tt.content, c)
		}
	}
	// "C1, he said, unless C2": a condition still goes with C1.
	c := claimWith(claimsIn(t, "The strike will go ahead, the union said, unless the offer is improved."), "strike will go ahead")
	if c != nil && !strings.Contains(c.Content, "unless the offer") {
		t.Errorf("the condition was cut off: %+v", c)
	}
}

// TestQuoteAfterAnObjectIsNoPartOfIt: "criticised the cult of fame:
// “There's …”", "described it as a bare handset, “We have to …”": the
// quotation after a noun and its colon or comma is the speaker's own
// words, not part of the object; a quotation a cue inside the content
// governs ("claimed X told Y: “C”") stays.
func TestQuoteAfterAnObjectIsNoPartOfIt(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Tom Bell said voters were angry. He also criticised the cult of celebrity politics: \"There's far too much interest in stars.\"",
			"the cult of celebrity politics"},
		{"Ann Cole said she was building a cheap phone. She described the device as a stripped down handset, which would run free software, \"We have to get the screen below $10.\"",
			"the device as a stripped down handset, which would run free software"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Content != tt.content {
			t.Errorf("%q: want %q, got %+v", tt.body, tt.content, c)
		}
	}
	c := claimWith(claimsIn(t, "Writer Sam Pike claimed Mr Dale told Mr Kerr: \"There is nothing you can say to me now.\""), "Mr Dale")
	if c == nil || !strings.Contains(c.Content, "nothing you can say") {
		t.Errorf("the quotation a cue in the content governs was cut: %+v", c)
	}
}

// TestBodysNameCutAtAndOrPossessiveIsWhole: "the Conservatives and Liberal
// Democrats say" is both parties, not "and Liberal Democrats"; "Hudson's
// Bay said", where neither part is a name the entities know, is one name,
// not "Bay" ("France's Peugeot" is still Peugeot's).
func TestBodysNameCutAtAndOrPossessiveIsWhole(t *testing.T) {
	claims := claimsIn(t, "The Tories say ministers must answer in Parliament. But the Conservatives and Liberal Democrats say they want the full advice published.")
	if c := claimWith(claims, "full advice published"); c == nil || strings.HasPrefix(c.Speaker, "and ") || !strings.Contains(c.Speaker, "Conservatives") {
		t.Errorf("want both parties to speak, got %+v", c)
	}
	c := claimWith(claimsIn(t, "Hudson's Bay said the sale of its unit is part of a plan to focus on stores."), "sale of its unit")
	if c == nil || c.Speaker != "Hudson's Bay" {
		t.Errorf("want Hudson's Bay whole, got %+v", c)
	}
	c = claimWith(claimsIn(t, "France's Peugeot warned sales would fall."), "sales would fall")
	if c == nil || c.Speaker != "Peugeot" {
		t.Errorf("want Peugeot, got %+v", c)
	}
}

// TestDeniedPlayersAreNoStatement: "the keeper denied Tom Duffy, Jan Kowal
// and Ian Marsh" is a save, no denial of a statement; names a verb
// follows are what is denied ("denied Acme Corp had paid bribes").
func TestDeniedPlayersAreNoStatement(t *testing.T) {
	for _, body := range []string{
		"After a quiet start, Hale denied Tom Duffy, Jan Kowal and Ian Marsh, while Paul Best cleared a header off the line.",
		"Later Hale denied Tom Duffy again.",
	} {
		for _, c := range claimsIn(t, body) {
			t.Errorf("%q: want no claim, got %+v", body, c)
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"The minister denied Acme Corp had paid any bribes.", "Acme Corp had paid any bribes"},
		{"The firm denied John Smith and Ann Lee were sacked.", "John Smith and Ann Lee were sacked"},
	} {
		if c := claimWith(claimsIn(t, tt.body), tt.content); c == nil || c.Stance != "deny" {
			t.Errorf("%q: want the denial, got %+v", tt.body, c)
		}
	}
}

// TestHeadlineCueBeforeACircumstanceIsNoClaim: a headline's cue before a
// preposition of time, cause or place ("Fans Call After Referee Error",
// "Mayor Warns Over Cuts") gives no statement; "Mayor Calls For Inquiry"
// and "Minister Warns Rates Will Rise" still do.
func TestHeadlineCueBeforeACircumstanceIsNoClaim(t *testing.T) {
	headlineClaims(t, []headlineCase{
		{"Fans Calls After Referee Error", false},
		{"Mayor Warns Over Budget Cuts", false},
		{"Minister Warns Rates Will Rise", true},
	})
}

// TestPassiveCueAfterButEndsTheContent: "said C but the move was
// criticised by some analysts": the clause whose verb is a passive cue
// with its agent is the writer's report of others' words, no part of C;
// a clause with another passive verb stays ("and the claim was backed by
// new figures").
func TestPassiveCueAfterButEndsTheContent(t *testing.T) {
	c := claimWith(claimsIn(t, "The Bank said it had acted to curb inflation but the move was criticised by some analysts."), "curb inflation")
	if c == nil || c.Content != "it had acted to curb inflation" {
		t.Errorf("want the bank's claim alone, got %+v", c)
	}
	c = claimWith(claimsIn(t, "The union said pay had fallen and the claim was backed by new figures."), "pay had fallen")
	if c == nil || !strings.Contains(c.Content, "backed by new figures") {
		t.Errorf("the clause with no cue was cut: %+v", c)
	}
}

// TestAsideBeforeTheVerbKeepsTheContentWhole: "said another issue she
// would raise, starting on May 3, was access" and "said costs, including
// fuel, rose 5 pct": a phrase in -ing set off by two commas before the
// verb is an aside inside the subject, no writer's clause that ends the
// content ("said prices rose, prompting unions to strike" still ends).
func TestAsideBeforeTheVerbKeepsTheContentWhole(t *testing.T) {
	for _, tt := range []struct{ body, content string }{
		{"Carla Dunn said another issue she would raise during a trip to Spain, starting on May 3, was access for British banks.",
			"another issue she would raise during a trip to Spain, starting on May 3, was access for British banks"},
		{"The bank said total costs, including staff pay, rose 5 pct in the year.",
			"total costs, including staff pay, rose 5 pct in the year"},
	} {
		if c := claimWith(claimsIn(t, tt.body), strings.Fields(tt.content)[1]); c == nil || c.Content != tt.content {
			t.Errorf("%q: want %q, got %+v", tt.body, tt.content, c)
		}
	}
	c := claimWith(claimsIn(t, "The minister said prices rose sharply, prompting unions to call a strike."), "prices rose")
	if c == nil || c.Content != "prices rose sharply" {
		t.Errorf("the writer's participle stayed in the content: %+v", c)
	}
}
