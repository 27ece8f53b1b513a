package bot

import (
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

func TestNumber(t *testing.T) {
	for v, want := range map[float64]string{1500000: "1,500,000", -2500: "-2,500", 12: "12", 1.0 / 3: "0.3333", 2.5: "2.5", 0: "0"} {
		if got := number(v); got != want {
			t.Errorf("number(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestClaimContentQuotesOnce(t *testing.T) {
	for _, tt := range []struct {
		c    knowledge.Claim
		want string
	}{
		{knowledge.Claim{Content: "We will rebuild", Quoted: true}, "“We will rebuild”"},
		{knowledge.Claim{Content: "“at high risk” and that planting waits", Quoted: true}, "“at high risk” and that planting waits"},
		{knowledge.Claim{Content: "the port reopened", Quoted: false}, "the port reopened"},
	} {
		if got := claimContent(tt.c); got != tt.want {
			t.Errorf("claimContent(%q) = %q, want %q", tt.c.Content, got, tt.want)
		}
	}
}

func TestCueShownInThePastWhenTheArticleHasAParticiple(t *testing.T) {
	for cue, want := range map[string]string{
		"countering":   "countered",
		"accusing":     "accused",
		"denying":      "denied",
		"saying":       "said",
		"admitting":    "admitted",
		"warning":      "warned",
		"said":         "said",
		"denies":       "denies",
		"according to": "according to",
		"calling for":  "called for",
		"something":    "something",
	} {
		if got := cueShown(cue); got != want {
			t.Errorf("cueShown(%q) = %q, want %q", cue, got, want)
		}
	}
	c := knowledge.Claim{Speaker: "Harbour Authority", Cue: "insisting", Content: "the berth was clear"}
	if got, want := claimHeading(c), "Harbour Authority insisted"; got != want {
		t.Errorf("claimHeading = %q, want %q", got, want)
	}
}
