package claims_test

import (
	"strings"
	"testing"
)

// TestRoleOfAPrepositionsPersonIsNoSpeaker: a name that ends a
// preposition's phrase describing it as a person ("for defence secretary
// X", "for murder suspect X") is whom the role is held for, and the role's
// holder, the description, speaks; a name after a phrase that describes no
// person ("head of research X", "secretary of state X") holds the role.
func TestRoleOfAPrepositionsPersonIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, content, speaker string }{
		{"A spokesman for transport secretary Alan Varley said the trains would run.", "trains would run", "a spokesman for transport secretary Alan Varley"},
		{"The lawyer for murder suspect Jon Pell said the case was thin.", "case was thin", "the lawyer for murder suspect Jon Pell"},
		{"An adviser to the minister of state Rita Hale said the bill would pass.", "bill would pass", "an adviser to the minister of state Rita Hale"},
		{"Dalmark's head of research Peter Kim said the trial had ended.", "trial had ended", "Peter Kim"},
		{"Secretary of state Colin Marsh said the plan was sound.", "plan was sound", "Colin Marsh"},
	} {
		c := claimWith(claimsIn(t, tt.body), tt.content)
		if c == nil || c.Speaker != tt.speaker {
			t.Errorf("%q: want %s's claim, got %+v", tt.body, tt.speaker, c)
		}
	}
}

var _ = strings.Contains
