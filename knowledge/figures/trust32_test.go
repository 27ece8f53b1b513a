package figures_test

import (
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestTableCellsCountNothing: a paragraph that is a table of numbers (a
// price board, a basis list) gives no bare counts and no years, where prose
// as dense with numbers keeps its figures.
func TestTableCellsCountNothing(t *testing.T) {
	for _, text := range []string{
		"Mar 212.50 212.75 211.00 211.25 1530 Apr 210.00 210.50 209.75 210.25 880 Jun --- 208.00 --- --- --- TOTAL SALES 2010",
		"CTS/BU BASIS TOLEDO may RED WHEAT ORD 14un unch 11.00 9un unch 12.00 4p up 3 13.00 12p unch 14.00 31p unch 15.00 70p dn 2 NC-NO COMPARISON unch-UNCHANGED",
	} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Kind == "count" && f.Unit == "" || f.Kind == "date" {
				t.Errorf("%q: table cell %q read as a %s", text[:20], f.Text, f.Kind)
			}
		}
	}
	// prose that ends its sentence keeps its numbers
	figureIn(t, "The index closed at 1,532.4, up 12.3, after 1,520.1 on Monday, and 812 issues rose, 640 fell and 402 were unchanged on volume of 120 mln shares.", "812 issues")
}

// TestBankRowsAreMoney: a bank's balance sheet rows in a results table
// ("Assets", "Deposits", "Loans") are sums in the table's money, not counts.
func TestBankRowsAreMoney(t *testing.T) {
	a := Extract(bodyArticle("Shr 2.10 dlrs vs 1.95 dlrs", "Net 41.2 mln vs 37.9 mln", "Assets 18.3 billion vs 16.7 billion", "Deposits 12.4 billion vs 11.8 billion", "Loans 9.6 billion vs 8.1 billion"))
	for _, fig := range []string{"18.3 billion", "12.4 billion", "8.1 billion"} {
		if f := figureNamed(a.Figures, fig); f == nil || f.Kind != "money" || f.Unit != "dollar" {
			t.Errorf("%q is %+v, want money in dollars", fig, f)
		}
	}
}

// TestDataRatesAreMeasures: kilobits, megabits and gigabits, alone or per
// second ("a second" too), are units: no count of 'megabits' and no ordinal
// 'second'.
func TestDataRatesAreMeasures(t *testing.T) {
	for _, c := range []struct{ text, fig, unit string }{
		{"The new link carries data at two gigabits a second.", "two gigabits a second", "gigabit per second"},
		{"Older modems managed less than 56 kilobits per second.", "less than 56 kilobits per second", "kilobit per second"},
		{"Most users will see speeds of 0.4-0.8 megabits a second.", "0.4-0.8 megabits a second", "megabit per second"},
		{"The firm is building a one gigabit network for schools.", "one gigabit", "gigabit"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && (f.Kind != "measure" || f.Unit != c.unit) {
			t.Errorf("%q: %s %q, want a measure in %s", c.fig, f.Kind, f.Unit, c.unit)
		}
	}
	for _, f := range Extract(bodyArticle("The new link carries data at two gigabits a second.")).Figures {
		if f.Kind == "ordinal" {
			t.Errorf("'a second' read as the ordinal %q", f.Text)
		}
	}
	// "in the region of" says about how much
	if f := figureIn(t, "The typical rate is likely to be in the region of three megabits per second.", "in the region of three megabits per second"); f != nil && f.Counted == "region" {
		t.Errorf("in the region of: counted %q", f.Counted)
	}
}

// TestWeekAgoIsNoUnit: "versus 310,000 week ago" is a count compared with
// the week before, not 310,000 weeks; "two weeks ago" stays a span.
func TestWeekAgoIsNoUnit(t *testing.T) {
	text := "Traders put the cattle kill at about 118,000 head versus 121,000 week ago and 117,000 a year ago."
	for _, fig := range []string{"121,000", "117,000"} {
		if f := figureIn(t, text, fig); f != nil && f.Unit == "week" {
			t.Errorf("%q: unit week", fig)
		}
	}
	if f := figureIn(t, "The plant closed two weeks ago.", "two weeks"); f != nil && f.Unit != "week" {
		t.Errorf("two weeks: unit %q, want week", f.Unit)
	}
}

// TestRankTakesNoBound: "a win over seventh seed X" places a player; the
// preposition before a rank is no bound ("over" is not "more than").
func TestRankTakesNoBound(t *testing.T) {
	for _, f := range Extract(bodyArticle("She battled to a three-set win over fifth seed Anna Berg.")).Figures {
		if f.Kind == "ordinal" && (f.Qualifier != "" || f.Min != nil || f.Max != nil) {
			t.Errorf("%q: qualifier %q, min %v, max %v", f.Text, f.Qualifier, f.Min, f.Max)
		}
	}
	figureIn(t, "She battled to a three-set win over fifth seed Anna Berg.", "fifth")
}

// TestMillionYearsIsIdiom: "not in a million years" says never, no span.
func TestMillionYearsIsIdiom(t *testing.T) {
	for _, f := range Extract(bodyArticle("\"Not in a million years would he have done that,\" the manager said.")).Figures {
		t.Errorf("idiom read as the figure %q", f.Text)
	}
}

// TestArticleInsidePhrase: a lexicon phrase with "a" before a word matches
// ("a minimum of" is a lower bound), where "A$5" still needs no space.
func TestArticleInsidePhrase(t *testing.T) {
	if f := figureIn(t, "The fund must hold a minimum of 40 pct in bonds.", "a minimum of 40 pct"); f != nil && (f.Min == nil || *f.Min != 40) {
		t.Errorf("a minimum of 40 pct: min %v, want 40", f.Min)
	}
}

// TestAboutPercentToCountIsNoRange: "raised by about 20 pct to 36 mln
// tonnes" is a change and a level, not a range of percentages.
func TestAboutPercentToCountIsNoRange(t *testing.T) {
	text := "Annual capacity at the plant was raised by about 20 pct to 36 mln bricks."
	if f := figureIn(t, text, "about 20 pct"); f != nil && (f.Min != nil || f.Max != nil) {
		t.Errorf("about 20 pct: a range %v..%v", *f.Min, *f.Max)
	}
	figureIn(t, text, "36 mln bricks")
}

// TestNameAfterItsWordsIsNotCounted: a person named after the words that
// say who they are holds the number; the number does not count them.
func TestNameAfterItsWordsIsNotCounted(t *testing.T) {
	text := "Liberal Mary Penhallow won with 21,406 votes. Conservative Peter Trelawny was second with 11,872 while Labour's John Polglase polled 2,911."
	if f := figureIn(t, text, "11,872"); f != nil && f.Counted == "Conservative Peter Trelawny" {
		t.Errorf("11,872 counted %q", f.Counted)
	}
}

// TestAgeAfterWhoIs: "my son who is 11 - ..." gives the son's age; a noun
// after the number says it is something else.
func TestAgeAfterWhoIs(t *testing.T) {
	if f := figureIn(t, "They fear my son who is 11 - and his friends never watch television.", "11"); f != nil && f.Counted != "age" {
		t.Errorf("11: %s counted %q, want an age", f.Kind, f.Counted)
	}
	if f := figureIn(t, "Chelsea, who are 9 points clear, lead the table.", "9 points"); f != nil && f.Counted == "age" {
		t.Errorf("9 points read as an age")
	}
}

// TestScoreBeforeTieBreak: "a 6-7 (4-7) 6-2 6-4 win" is a set lost on a
// tie-break, no range of 6 to 7.
func TestScoreBeforeTieBreak(t *testing.T) {
	for _, f := range Extract(bodyArticle("Berg came through a 6-7 (4-7) 6-2 6-4 win over Moss.")).Figures {
		if f.Min != nil && f.Max != nil {
			t.Errorf("score read as the range %q", f.Text)
		}
	}
}

// TestVoteSplitIsNoCount: "by a seven to two majority" is a split of
// votes, no count of 'majority'; "a two to three week delay" stays a span.
func TestVoteSplitIsNoCount(t *testing.T) {
	for _, f := range Extract(bodyArticle("The judges ruled by a seven to two majority against the ban.")).Figures {
		if strings.HasPrefix(f.Counted, "majority") {
			t.Errorf("%q counted %q", f.Text, f.Counted)
		}
	}
	figureIn(t, "Workers face a two to three week delay.", "two to three week")
}

// TestQuarterOfAYearIsNoFraction: "the (April to June) quarter of this
// year" is a stretch of time; "a quarter of the seats" stays a fraction.
func TestQuarterOfAYearIsNoFraction(t *testing.T) {
	for _, text := range []string{
		"\"The (April to June) quarter of this year is the right time to act,\" the minister said.",
		"Sales slowed in the (July to September) quarter of 2004.",
	} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Text == "quarter" {
				t.Errorf("%q: quarter read as 0.25", text)
			}
		}
	}
	figureIn(t, "The party won a quarter of the seats.", "a quarter of the seats")
}
