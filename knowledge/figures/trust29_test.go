package figures_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestTickerIsNoSource: a source read from a stock ticker in angle brackets
// is the name before the brackets, never the ticker or its exchange letter.
func TestTickerIsNoSource(t *testing.T) {
	for _, c := range []struct{ text, fig, want string }{
		{"Harlow Pump Corp <HPCA> <HPCB> said its board declared a quarterly dividend of 9-1/2 cts per share on its class B stock.", "9-1/2 cts per share", "Harlow Pump Corp"},
		{"Ostland Chemie AG <OSTG.F> said it would raise its capital by 40 mln marks by the end of the year.", "40 mln marks", "Ostland Chemie AG"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Source != c.want {
			t.Errorf("%q: source %q, want %q", c.fig, f.Source, c.want)
		}
	}
	// a name in angle brackets is a source as it stands
	if f := figureIn(t, "<Marlow Mining Corp> said it agreed to issue 6.2 mln shares.", "6.2 mln shares"); f != nil && f.Source != "Marlow Mining Corp" {
		t.Errorf("6.2 mln shares: source %q, want Marlow Mining Corp", f.Source)
	}
}

// TestTimeIsNotCounted: a time placed by "last", "same", "next" is not what
// a sum or a level counts.
func TestTimeIsNotCounted(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"The chain said sales for June rose 8 pct over a year ago the same month to 5.2 mln dlrs from 4.8 mln dlrs.", "5.2 mln dlrs"},
		{"The gauge of building permits climbed to 61.4 last month from 58.9 in May.", "58.9"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && strings.HasSuffix(f.Counted, "month") {
			t.Errorf("%q: counted %q, want no month", c.fig, f.Counted)
		}
	}
	// a stretch of time that is the figure's own words stays
	if f := figureIn(t, "The firm hired 40 engineers in the past month.", "40 engineers"); f != nil && f.Counted != "engineers" {
		t.Errorf("40 engineers: counted %q, want engineers", f.Counted)
	}
}

// TestOwnTimeStaysCounted: a time in the figure's own words stays counted.
func TestOwnTimeStaysCounted(t *testing.T) {
	if f := figureIn(t, "Output had fallen in the two previous years.", "two previous years"); f != nil && f.Counted == "" {
		t.Errorf("two previous years: counted nothing, want its own words")
	}
}

// TestBoundBeforeVerbCountsNoVerb: "a reading above 50 indicates growth"
// counts no "indicates": the verb of the sentence follows the bound.
func TestBoundBeforeVerbCountsNoVerb(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"A reading below 40 suggests a sharp contraction in activity.", "below 40"},
		{"Traders said a score above 70 means strong demand.", "above 70"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && (f.Counted == "suggests" || f.Counted == "means") {
			t.Errorf("%q: counted the verb %q", c.fig, f.Counted)
		}
	}
}

// TestShrAfterSumIsPerShare: "2.17 dlrs shr" is 2.17 dollars a share.
func TestShrAfterSumIsPerShare(t *testing.T) {
	text := "The firm would have reported a loss of 40.2 mln dlrs or 2.05 dlrs shr vs a loss of 6.1 mln dlrs or 28 cts shr."
	for _, fig := range []string{"2.05 dlrs shr", "28 cts shr"} {
		if f := figureIn(t, text, fig); f != nil && !strings.HasSuffix(f.Unit, "per share") {
			t.Errorf("%q: unit %q, want a sum per share", fig, f.Unit)
		}
	}
	if f := figureIn(t, text, "40.2 mln dlrs"); f != nil && f.Unit != "dollar" {
		t.Errorf("40.2 mln dlrs: unit %q, want dollar", f.Unit)
	}
}

// TestScaledMarkBeforeNounIsMoney: "a 40 mln mark order" is 40 million marks;
// "passed the one mln mark" is a milestone, no money.
func TestScaledMarkBeforeNounIsMoney(t *testing.T) {
	if f := figureIn(t, "The firm has won a 40 mln mark West German order for cables.", "40 mln mark"); f != nil && (f.Kind != FigureMoney || f.Unit != "mark") {
		t.Errorf("40 mln mark: %s %q, want money in marks", f.Kind, f.Unit)
	}
	figs := Extract(bodyArticle("Sales passed the one mln mark in March.")).Figures
	for _, f := range figs {
		if f.Kind == FigureMoney {
			t.Errorf("%q: money, want no sum (a milestone)", f.Text)
		}
	}
}

// TestZeroCouponIsNoFigure: "zero coupon bonds" and "zero-rated" goods
// count no coupons and no rates.
func TestZeroCouponIsNoFigure(t *testing.T) {
	for _, text := range []string{
		"The agency is issuing 90 mln dlrs of zero coupon bonds due 1995.",
		"The bank sold zero-coupon notes to investors.",
		"Sales of the medals will be zero-rated for tax.",
	} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Value != nil && *f.Value == 0 {
				t.Errorf("%q: figure %q of zero", text, f.Text)
			}
		}
	}
}

// TestIdiomInCountedPhrase: an idiom with a number word is part of what a
// sum counts ("of zero coupon bonds").
func TestIdiomInCountedPhrase(t *testing.T) {
	if f := figureIn(t, "The agency is issuing 90 mln dlrs of zero coupon bonds due 1995.", "90 mln dlrs of zero coupon bonds"); f != nil && f.Counted != "zero coupon bonds" {
		t.Errorf("90 mln dlrs: counted %q, want zero coupon bonds", f.Counted)
	}
}
