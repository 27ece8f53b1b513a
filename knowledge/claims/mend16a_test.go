package claims_test

import (
	"strings"
	"testing"
)

// TestNameWithAPossessorInsideIsABody: "Hudson's Bay said C1. C2, it
// added", "the US Farm Board's Office said C1. C2, it added": a name with
// a possessor inside it, which the entities know in neither part, is a
// body's, no person's: the "it" right after its claim is that body, not
// another one named before it.
func TestNameWithAPossessorInsideIsABody(t *testing.T) {
	const before = "Canada has asked the World Bank to look into European Union farm rules, which it says are unfair.\n\n"
	for _, tt := range []struct{ tag, speaker string }{
		{"the US Trade Representative's Office said", "Trade Representative's Office"},
		{"Hudson's Bay said", "Hudson's Bay"},
	} {
		body := before + "The EU's own courts have found the rules are applied unevenly but did nothing, " + tt.tag +
			". Small farms were hit hardest, it added. Spain joined the union in 1986."
		claims := claimsIn(t, body)
		for _, s := range []string{"applied unevenly", "hit hardest"} {
			if c := claimWith(claims, s); c == nil || c.Speaker != tt.speaker {
				t.Errorf("%q, %q: want %q, got %+v", tt.tag, s, tt.speaker, c)
			}
		}
	}
}

// TestQuoteAfterADocumentReadOutIsItsOwners: "the club has confirmed C,
// with a statement issued on Monday reading: “Q1. “Q2.”": the statement
// read out holds the club's words, and the quotes after it are the
// club's, never those of someone quoted earlier in the paragraph; where
// the owner is not found ("A statement issued on Monday read: “Q1.”
// “Q2.”"), the quotes are nobody's rather than the earlier speaker's.
func TestQuoteAfterADocumentReadOutIsItsOwners(t *testing.T) {
	const before = "Acme Ltd has made a new offer for Rovers.\n\n" +
		"Earlier, Rovers' chairman Tom Reed said in May that talks would not restart unless Acme made \"firm plans\". "
	const q1, q2 = "The club can confirm it has received a new proposal which may lead to an offer.", "A further statement will follow in due course."
	for _, tt := range []struct{ body, owner string }{
		{"Now the club has confirmed that the firm is back, with a statement issued on Monday reading: \"" + q1 + " \"" + q2 + "\"", "the club"},
		{"Now the club has confirmed that the firm is back, with a statement issued on Monday reading: \"" + q1 + "\" \"" + q2 + "\"", "the club"},
		{"Now the club has confirmed that the firm is back. A statement issued on Monday read: \"" + q1 + "\" \"" + q2 + "\"", ""},
		{"Now the club has issued a letter reading: \"" + q1 + "\" \"" + q2 + "\"", ""},
	} {
		claims := claimsIn(t, before+tt.body)
		for _, c := range claims {
			if c.Speaker == "Tom Reed" && (strings.Contains(c.Content, "new proposal") || strings.Contains(c.Content, "further statement")) {
				t.Errorf("%q: the statement's words given to Tom Reed: %+v", tt.body, c)
			}
		}
		if tt.owner == "" {
			continue
		}
		for _, s := range []string{"new proposal", "further statement"} {
			if c := claimWith(claims, s); c == nil || c.Speaker != tt.owner {
				t.Errorf("%q, %q: want %q's, got %+v", tt.body, s, tt.owner, c)
			}
		}
	}
}
