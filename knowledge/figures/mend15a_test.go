package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestByRangeWithoutOwnUnit: after "by", a number with no unit of its own
// "to" a larger one with a unit is a range, not a change and its level.
func TestByRangeWithoutOwnUnit(t *testing.T) {
	for _, c := range []string{
		"The retailer cut prices by 4 to 12 pct.",
		"The mill will reduce its staff by 200 to 900 workers.",
	} {
		figs := Extract(bodyArticle(c)).Figures
		if len(figs) != 1 || figs[0].Min == nil || figs[0].Max == nil {
			t.Errorf("%q: %+v, want one range", c, figs)
		}
	}
}

// TestVoteIsNoRatio: "52 for 48" without an article before it or with
// "against" after it is a vote, two counts, not a ratio.
func TestVoteIsNoRatio(t *testing.T) {
	for _, c := range []struct{ text, a, b string }{
		{"The assembly voted 61 for 39 against the motion.", "61", "39"},
		{"He said the committee voted 9 for 3 to back the plan.", "9", "3"},
	} {
		figs := Extract(bodyArticle(c.text)).Figures
		if figureNamed(figs, c.a) == nil || figureNamed(figs, c.b) == nil {
			t.Errorf("%q: %+v, want the counts %s and %s", c.text, figs, c.a, c.b)
		}
	}
}

// TestAgeOfWalksBackOverNounsOnly: the words before "age of" that say which
// age are nouns and adjectives, never the verb or its subject.
func TestAgeOfWalksBackOverNounsOnly(t *testing.T) {
	if f := figureIn(t, "The ministry raised pension age of 66 for teachers.", "66"); f != nil && f.Counted != "pension age" {
		t.Errorf("66: counted %q, want 'pension age'", f.Counted)
	}
}
