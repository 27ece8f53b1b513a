package claims_test

import (
	"strings"
	"testing"
)

// TestNamesBeforeANounAreNoOneDenied: "Acme denied Justice Department
// allegations that …": a name of several words before a lower-case noun
// qualifies the noun, and the noun is what is denied; names alone, or names
// before a word for people and what they are denied, are still someone
// denied, no statement.
func TestNamesBeforeANounAreNoOneDenied(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"Corvane denied Justice Department allegations that it had fixed prices.", "Justice Department allegations", "Corvane"},
		{"The firm denied Inland Revenue claims of tax evasion.", "Inland Revenue claims", "the firm"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker || c.Stance != "deny" {
			t.Errorf("%q: want %s's denial, got %+v", tt.body, tt.speaker, c)
		}
	}
	for _, body := range []string{
		"The ruling denied Manchester United fans the chance to see the final.",
		"James denied Tom Duffy, Jan Kowal and Ian Marsh, while the board looked on.",
	} {
		if cs := claimsIn(t, body); len(cs) > 0 {
			t.Errorf("%q: someone denied is no denial, got %+v", body, cs)
		}
	}
}

// TestContentsOwnVerbAfterAnInnerTagStays: "C, the bank said, but remains
// a risk": a verb after the tag's conjunction that tells no act of
// speaking or of holding back has C's subject; cut there, the content
// would lose its hedge. The speaker's own acts ("but gave no date", "but
// would not elaborate", "but refused to comment") still leave C alone.
func TestContentsOwnVerbAfterAnInnerTagStays(t *testing.T) {
	for _, tt := range []struct{ body, hedge string }{
		{"Inflation will ease this year, the central bank said, but remains a risk to growth.", "remains a risk"},
		{"The merger is good for holders, analysts said, but could face opposition from regulators.", "could face opposition"},
		{"The new drug works well in mice, researchers said, but has not been tested on people.", "not been tested"},
	} {
		c := claimWith(claimsIn(t, tt.body), strings.Fields(tt.body)[1])
		if c == nil || !strings.Contains(c.Content, tt.hedge) {
			t.Errorf("%q: the hedge %q was cut: %+v", tt.body, tt.hedge, c)
		}
	}
	for _, tt := range []struct{ body, content string }{
		{"Prices will rise again, the union said, but gave no figures.", "Prices will rise again"},
		{"The deal was agreed on Friday, a spokesman said, but would not elaborate.", "The deal was agreed on Friday"},
		{"The price was fair, the seller said, but refused to comment further.", "The price was fair"},
		{"The bid was higher, the bank said, but did not disclose the price.", "The bid was higher"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Content != tt.content {
			t.Errorf("%q: want %q, got %+v", tt.body, tt.content, c)
		}
	}
}

// TestBodyNamedBeforeAPersonOfItsNameStaysABody: "Ford will cut jobs,
// Ford said … Bill Ford, its chairman … the company said": a body the
// entities named before the person whose surname it is remains the
// company a later "the company" stands for (a surname first met in the
// person's name still is no company: TestSurnameIsNoCompany).
func TestBodyNamedBeforeAPersonOfItsNameStaysABody(t *testing.T) {
	body := "Ford will shut two plants in Spain, Ford said on Tuesday.\n\n" +
		"Bill Ford, its chairman, did not attend the talks.\n\n" +
		"\"We expect to hire again next year,\" the company said."
	c := claimWith(claimsIn(t, body), "hire again")
	if c == nil || c.Speaker != "Ford" {
		t.Errorf("want Ford's claim, got %+v", c)
	}
}
