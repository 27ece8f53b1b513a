package claims_test

import "testing"

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
