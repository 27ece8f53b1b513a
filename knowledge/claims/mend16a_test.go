package claims_test

import (
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
