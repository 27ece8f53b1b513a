package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestListPriceStopsAtVerb: a bare number after a price per unit takes the
// price's unit only as the next item of a list of priced things (a noun
// right before it), not after a verb or a preposition; a list's last
// item may end the paragraph without a full stop.
func TestListPriceStopsAtVerb(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"Mobil lifted its posted price for light crude to 19 dlrs per barrel, effective Monday, and cut staff by 30.", "30"},
		{"Shell raised its contract price for marine diesel to 17 dlrs a barrel, and said it would hire 22.", "22"},
		{"Sun set its posted price for sour crude at 15 dlrs per barrel and closed 14.", "14"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Kind != FigureCount {
			t.Errorf("%q: %s %q, want a count", c.fig, f.Kind, f.Unit)
		}
	}
	figs := Extract(bodyArticle("Posted prices now - propane 38.5 cents/gallon, naphtha 50, heavy naphtha 53.2")).Figures
	for _, n := range []string{"50", "53.2"} {
		if f := figureNamed(figs, n); f == nil || f.Kind != FigureMoney || f.Unit != "cent per gallon" {
			t.Errorf("%q: %+v, want cents a gallon", n, f)
		}
	}
}

// TestScaledSumsReadTheHead: a scaled bare number becomes a sum in the
// article's money only when the head of what it measures only measures
// money ("the number of home loans" counts, "truck sales" may count
// trucks); "thousand" is no scale of money here.
func TestScaledSumsReadTheHead(t *testing.T) {
	a := bodyArticle("The lender posted a profit of 60 mln dlrs.",
		"It said the number of home loans rose to 1.4 mln, and truck sales reached 3.1 mln.")
	figs := Extract(a).Figures
	for _, n := range []string{"1.4 mln", "3.1 mln"} {
		if f := figureNamed(figs, n); f == nil || f.Kind != FigureCount {
			t.Errorf("%q: %+v, want a count", n, f)
		}
	}
	// a plural that may count things is money standing alone
	figs = Extract(bodyArticle("Group profits reached 45 mln marks.", "It had sales of 6.2 billion in the year.")).Figures
	if f := figureNamed(figs, "6.2 billion"); f == nil || f.Kind != FigureMoney || f.Unit != "mark" {
		t.Errorf("6.2 billion: %+v, want money in marks", f)
	}
	figs = Extract(bodyArticle("The group raised 70 mln dlrs, and its budget of 45 mln was cut, and a loan of 30 thousand was repaid.")).Figures
	if f := figureNamed(figs, "45 mln"); f == nil || f.Kind != FigureMoney || f.Unit != "dollar" {
		t.Errorf("45 mln: %+v, want money in dollars", f)
	}
	if f := figureNamed(figs, "30 thousand"); f == nil || f.Kind != FigureCount {
		t.Errorf("30 thousand: %+v, want a count", f)
	}
}

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
	// an article and an adjective before it still make a ratio
	figs := Extract(bodyArticle("It plans to raise 90 mln crowns through the proposed one for five rights issue.")).Figures
	if f := figureNamed(figs, "five rights"); f != nil {
		t.Errorf("five rights: %+v, want no count in a ratio", f)
	}
}

// TestAgeOfWalksBackOverNounsOnly: the words before "age of" that say which
// age are nouns and adjectives, never the verb or its subject.
func TestAgeOfWalksBackOverNounsOnly(t *testing.T) {
	if f := figureIn(t, "The ministry raised pension age of 66 for teachers.", "66"); f != nil && f.Counted != "pension age" {
		t.Errorf("66: counted %q, want 'pension age'", f.Counted)
	}
}

// TestBareRateInFractionsIsPercent: a rate quoted in fractions is a
// percentage with no ticker in the sentence too.
func TestBareRateInFractionsIsPercent(t *testing.T) {
	figs := Extract(bodyArticle("The lender cut its base rate to 8-1/4 from 8-3/4.")).Figures
	for _, n := range []string{"8-1/4", "8-3/4"} {
		if f := figureNamed(figs, n); f == nil || f.Kind != FigurePercent {
			t.Errorf("%q: %+v, want a percentage", n, f)
		}
	}
}
