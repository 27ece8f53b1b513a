package figures_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestHyphenedCountCountsItsNoun: a number written onto a noun by a hyphen
// counts that noun's things, not the phrase the compound modifies.
func TestHyphenedCountCountsItsNoun(t *testing.T) {
	cases := []struct{ text, fig, counted string }{
		{"The insurer set up a 450-member claims team last spring.", "450", "members"},
		{"Talks opened among the 15-country trade group in Geneva.", "15", "countries"},
		{"She named a three-man review board to look into the fire.", "three", "men"},
		{"The five-party alliance took office in May.", "five", "parties"},
		{"A 30-nation coalition backed the plan.", "30", "nations"},
	}
	for _, c := range cases {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil {
			t.Errorf("%q: no figure %q", c.text, c.fig)
			continue
		}
		if f.Counted != c.counted {
			t.Errorf("%q: %q counted %q, want %q", c.text, c.fig, f.Counted, c.counted)
		}
	}
	// onto an adjective, a fraction or "fold" it names nothing it counts
	for _, c := range []struct{ text, fig string }{
		{"He was picked for the 28-strong touring party.", "28"},
		{"Exports showed a three-fold rise in May.", "three"},
		{"The board approved a two-for-one stock split.", "two"},
		{"The club's new three-quarter Tom Vane scored twice.", "three"},
		// how often, which way, how rated
		{"The 12-time champions lost at home.", "12"},
		{"The guests stayed in a 4-star hotel.", "4"},
		{"The board agreed a two-way split of the fund.", "two"},
	} {
		if f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig); f != nil && f.Counted != "" {
			t.Errorf("%q: %q counted %q, want nothing", c.text, c.fig, f.Counted)
		}
	}
}

// TestSecondOfARateIsNoRank: "per second", "a second." are the unit of a
// rate, not the ordinal 2.
func TestSecondOfARateIsNoRank(t *testing.T) {
	for _, s := range []string{
		"The new chip handles 900 million operations per second, its maker says.",
		"The camera shoots at 60 frames a second.",
	} {
		for _, f := range Extract(bodyArticle(s)).Figures {
			if f.Kind == FigureOrdinal {
				t.Errorf("%q: ordinal %q", s, f.Text)
			}
		}
	}
	// a rank stays one
	if f := figureNamed(Extract(bodyArticle("Voters may face a second referendum next year.")).Figures, "second"); f == nil || f.Kind != FigureOrdinal {
		t.Errorf("a second referendum: got %+v, want an ordinal", f)
	}
}

// TestRangeOfChanges: after a change word, "N to M pct" with M no more than
// twice N is a range of changes, not a bare count and a percentage.
func TestRangeOfChanges(t *testing.T) {
	cases := []struct {
		text, fig string
		lo, hi    float64
		unit      string
	}{
		{"Wheat output is seen down 12.5 to 14.0 pct from last year.", "12.5 to 14.0 pct", 12.5, 14, "percent"},
		{"Analysts expect a drop of 8.2 to 9.6 pct in sales.", "8.2 to 9.6 pct", 8.2, 9.6, "percent"},
		{"Mortgage rates could fall 40 to 75 basis points this year.", "40 to 75 basis points", 40, 75, "basis point"},
	}
	for _, c := range cases {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Min == nil || f.Max == nil || *f.Min != c.lo || *f.Max != c.hi || f.Unit != c.unit {
			t.Errorf("%q: got %+v, want %v to %v %s", c.text, f, c.lo, c.hi, c.unit)
		}
	}
	// a change and the level it reached stay two figures
	fs := Extract(bodyArticle("The stock rose 1.25 to 31.40 dlrs in busy trade.")).Figures
	if figureNamed(fs, "31.40 dlrs") == nil {
		t.Errorf("rose 1.25 to 31.40 dlrs: got %+v, want the level 31.40 dlrs alone", fs)
	}
}

// TestSpeakerIsNoAdverbOfTime: "Acme yesterday announced" is Acme's, not
// yesterday's.
func TestSpeakerIsNoAdverbOfTime(t *testing.T) {
	for _, s := range []string{
		"Northgate Pipelines yesterday announced a 2.1 billion dlr plan to buy the Ridge refinery.",
	} {
		for _, f := range Extract(bodyArticle(s)).Figures {
			if f.Source == "yesterday" || f.Source == "today" || strings.HasSuffix(f.Source, " yesterday") || strings.HasSuffix(f.Source, " today") {
				t.Errorf("%q: %q given by %q", s, f.Text, f.Source)
			}
		}
	}
}

// TestDaysOfAMonthAreDates: "May 14-16" and the second day of "on May 3
// and 9" are dates, not counts.
func TestDaysOfAMonthAreDates(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"Ministers will meet in Oslo on May 14-16 to discuss quotas.", "May 14-16"},
		{"The hearing was set for October 2 to 5 in Denver.", "October 2 to 5"},
		{"Delegates gathered on March 3 and 9 in Lima.", "9"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Kind != FigureDate {
			t.Errorf("%q: got %+v, want the date %q", c.text, f, c.fig)
		}
	}
	// a count after a date stays one
	f := figureNamed(Extract(bodyArticle("Floods on May 5 and 12 people died, officials said.")).Figures, "12 people")
	if f == nil || f.Kind != FigureCount {
		t.Errorf("12 people: got %+v, want a count", f)
	}
}

// TestBareLevelAfterUpFrom: "13.09 pct, down from 13.11" is two percentages;
// a sum far off a percentage takes none ("5.1 pct up from 49.9 billion").
func TestBareLevelAfterUpFrom(t *testing.T) {
	fs := Extract(bodyArticle("The yield was 8.72 pct, down from 8.95 at the last sale.")).Figures
	if f := figureNamed(fs, "8.95"); f == nil || f.Unit != "percent" {
		t.Errorf("down from 8.95: got %+v, want percent", f)
	}
	fs = Extract(bodyArticle("Deposits grew 12 pct, up from 3,415,200 a year before.")).Figures
	if f := figureNamed(fs, "3,415,200"); f != nil && f.Unit == "percent" {
		t.Errorf("3,415,200 made a percentage: %+v", f)
	}
}

// TestModelNumberBeforeAVerbCountsNothing: "the Vega 7 handles two tasks":
// the verb after the number is not what it counts.
func TestModelNumberBeforeAVerbCountsNothing(t *testing.T) {
	for _, f := range Extract(bodyArticle("The Falcon 9 contains about 300 sensors, and the Falcon 5 carries two crew.")).Figures {
		if f.Counted == "contains" || f.Counted == "carries" {
			t.Errorf("%q counted %q", f.Text, f.Counted)
		}
	}
	// a count of wins stays one
	if f := figureNamed(Extract(bodyArticle("The striker has scored in five wins this season.")).Figures, "five wins"); f == nil || f.Counted != "wins" {
		t.Errorf("five wins: got %+v", f)
	}
}

// TestAcronymPlurals: "PCs", "MPs" are plurals a count counts, and a bare
// sum with one lends them no money.
func TestAcronymPlurals(t *testing.T) {
	fs := Extract(bodyArticle("The deal was worth $2.1bn. Some 340 million PCs are in use around the world.")).Figures
	f := figureNamed(fs, "Some 340 million PCs")
	if f == nil || f.Kind != FigureCount || f.Counted != "PCs" {
		t.Errorf("got %+v, want a count of PCs", f)
	}
}

// TestSumInItsThings: "N dlrs in debt" counts the debt, not the noun the
// parse hangs the sum on; a time after "in" counts nothing.
func TestSumInItsThings(t *testing.T) {
	cases := []struct{ text, fig, counted string }{
		{"The plan leaves the group with a balance sheet carrying about 1.8 billion dlrs in debt.", "about 1.8 billion dlrs", "debt"},
		{"Lima will press its request for 900 mln dlrs in new loans next week.", "900 mln dlrs", "new loans"},
		{"The ruling left the miner facing a bill of $4bn in unpaid taxes and fines.", "$4bn", "unpaid taxes and fines"},
	}
	for _, c := range cases {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Counted != c.counted {
			t.Errorf("%q: got %+v, want %q counting %q", c.text, f, c.fig, c.counted)
		}
	}
	for _, s := range []string{
		"The bank earned 45 mln dlrs in the first quarter.",
		"Shares of the bank fell 1.50 dlrs in heavy trading.",
		"The pension fund has put 700 mln dlrs in emerging markets since May.",
	} {
		for _, f := range Extract(bodyArticle(s)).Figures {
			if f.Counted == "heavy trading" || f.Counted == "first quarter" || f.Counted == "emerging markets" {
				t.Errorf("%q: %q counted %q", s, f.Text, f.Counted)
			}
		}
	}
}

// TestOwnerIsNotWhatASumMeasures: "the company lost 5 mln dlrs" is the
// company's loss, not a company; "shares lost 1.25 dlrs" still measures
// the shares.
func TestOwnerIsNotWhatASumMeasures(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"In 1985, the firm lost 61.2 mln dlrs, or 3.40 dlrs a share.", "61.2 mln dlrs"},
		{"In 1985, the firm lost 61.2 mln dlrs, or 3.40 dlrs a share.", "3.40 dlrs a share"},
		{"Last year the company earned 2.15 dlrs a share.", "2.15 dlrs a share"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Counted != "" {
			t.Errorf("%q: got %+v, want %q counting nothing", c.text, f, c.fig)
		}
	}
	f := figureNamed(Extract(bodyArticle("The bank's shares lost 1.25 dlrs in early dealings.")).Figures, "1.25 dlrs")
	if f == nil || f.Counted == "" {
		t.Errorf("shares lost 1.25 dlrs: got %+v, want the shares", f)
	}
}

// TestWireCurrencyNames: "Danish crown" in the singular, "Luxembourg
// francs", "German marks" and "bolivars" are money, not counts.
func TestWireCurrencyNames(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"The lender sold a 250 mln Danish crown bond due 1995.", "250 mln Danish crown"},
		{"The agency placed two billion Luxembourg francs of notes.", "two billion Luxembourg francs of notes"},
		{"Dealers saw the dollar at 1.82 German marks by the close.", "1.82 German marks"},
		{"The utility expects losses of 140 mln bolivars this year.", "140 mln bolivars"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Kind != FigureMoney {
			t.Errorf("%q: got %+v, want money %q", c.text, f, c.fig)
		}
	}
}

// TestHundredweight: "67 mln cwt" is a measure of hundredweights, not a
// count of "cwt".
func TestHundredweight(t *testing.T) {
	f := figureNamed(Extract(bodyArticle("Rice stocks are seen at 54 mln cwt by July.")).Figures, "54 mln cwt")
	if f == nil || f.Kind != FigureMeasure || f.Unit != "hundredweight" {
		t.Errorf("got %+v, want 54 mln hundredweight", f)
	}
}

// TestMadeUpOfIsNoChange: "made up of 40 panels" holds no rise; "up 5%"
// and "a rise of 5%" still do.
func TestMadeUpOfIsNoChange(t *testing.T) {
	f := figureNamed(Extract(bodyArticle("The mural is made up of 40 separate panels.")).Figures, "40 separate panels")
	if f == nil || f.Change != "" {
		t.Errorf("made up of 40 separate panels: got %+v, want no change", f)
	}
	f = figureNamed(Extract(bodyArticle("Sales were up 6% on the year, after a rise of 4% in May.")).Figures, "6%")
	if f == nil || f.Change != "up" {
		t.Errorf("up 6%%: got %+v, want a change up", f)
	}
}
