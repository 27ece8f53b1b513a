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

