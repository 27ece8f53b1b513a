package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestAgeOfIsAnAge: a whole number after "age of" is an age in years, not a
// bare count of "age"; a plural after it is what it counts.
func TestAgeOfIsAnAge(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"The painter died in Paris at the age of 81.", "81"},
		{"By the age of thirty she had founded two firms.", "thirty"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && (f.Kind != FigureMeasure || f.Unit != "year" || f.Counted != "age") {
			t.Errorf("%q: %s %q counted %q, want an age in years", c.fig, f.Kind, f.Unit, f.Counted)
		}
	}
	// the words before "age" say which age
	if f := figureIn(t, "A state pension age of 67 was proposed.", "67"); f != nil && (f.Kind != FigureMeasure || f.Counted != "state pension age") {
		t.Errorf("67: %s counted %q, want an age counted 'state pension age'", f.Kind, f.Counted)
	}
	if f := figureIn(t, "They checked the age of 12 pupils.", "12 pupils"); f != nil && f.Kind != FigureCount {
		t.Errorf("12 pupils: %s, want a count", f.Kind)
	}
}

// TestCoinAbbreviationAfterNumberWord: "ct" after a number in words is a cent
// ("Shr loss one ct vs profit nine cts"), not a count of "ct".
func TestCoinAbbreviationAfterNumberWord(t *testing.T) {
	figs := Extract(bodyArticle("Shr loss one ct vs profit four cts")).Figures
	if f := figureNamed(figs, "one ct"); f == nil || f.Kind != FigureMoney || f.Unit != "cent" {
		t.Errorf("one ct: %+v, want money in cent", f)
	}
	if f := figureNamed(figs, "four cts"); f == nil || f.Counted != "profit" {
		t.Errorf("four cts: %+v, want counted 'profit'", f)
	}
	if f := figureIn(t, "The firm earned one ct a share in the quarter.", "one ct a share"); f != nil && f.Unit != "cent per share" {
		t.Errorf("one ct a share: %q, want cent per share", f.Unit)
	}
}

// TestByChangeToLevelIsNoRange: after "by", a sum and a number "to" more than
// twice it are the change and where it ended, not one range; near numbers
// stay a range of changes.
func TestByChangeToLevelIsNoRange(t *testing.T) {
	text := "The ministry raised the credit line by 40 mln dlrs to 130 mln, and the share price rose by three pence to 410p."
	figs := Extract(bodyArticle(text)).Figures
	for _, c := range []struct {
		fig string
		val float64
	}{{"40 mln dlrs", 40e6}, {"130 mln", 130e6}, {"three pence", 3}, {"410p", 410}} {
		if f := figureNamed(figs, c.fig); f == nil || f.Value == nil || *f.Value != c.val || f.Min != nil {
			t.Errorf("%q: %+v, want the single value %v", c.fig, f, c.val)
		}
	}
	if f := figureIn(t, "Rates will be cut by two to three pct next year.", "two to three pct"); f != nil && (f.Min == nil || f.Max == nil) {
		t.Errorf("two to three pct: %+v, want a range", f)
	}
}

// TestInConnectionCountsNothing: "in connection with" and "in thin
// conditions" after a sum say why or how, not what it counts.
func TestInConnectionCountsNothing(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"The bank set aside 35 mln dlrs in connection with the sale of its unit.", "35 mln dlrs"},
		{"July copper was off 2.10 dlrs in thin conditions.", "2.10 dlrs"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Counted != "" {
			t.Errorf("%q counted %q, want nothing", c.fig, f.Counted)
		}
	}
}

// TestRatioForIsNoFigure: "one for one", "three-for-two", "a one-for-four
// rights issue" are ratios, no counts; a price after "for" is no ratio.
func TestRatioForIsNoFigure(t *testing.T) {
	for _, text := range []string{
		"Holders will get new shares on a one for one basis.",
		"The board approved a three-for-two stock split.",
		"It plans a one-for-four rights issue this year.",
		"It proposed a one for 10 share split.",
	} {
		if figs := Extract(bodyArticle(text)).Figures; len(figs) != 0 {
			t.Errorf("%q: figures %+v, want none", text, figs)
		}
	}
	if f := figureIn(t, "Shoppers can buy two for 10 dlrs.", "10 dlrs"); f != nil && f.Kind != FigureMoney {
		t.Errorf("10 dlrs: %s, want money", f.Kind)
	}
}

// TestPerShareSumWithoutComma: a bare number, "or" and a sum per share is a
// sum in that money even with no comma before "or".
func TestPerShareSumWithoutComma(t *testing.T) {
	text := "Net includes gains of 512,000 dlrs or 21 cts a share and 305,000 or 12 cts a share, respectively."
	if f := figureIn(t, text, "305,000"); f != nil && (f.Kind != FigureMoney || f.Unit != "dollar") {
		t.Errorf("305,000: %s %q, want money in dollar", f.Kind, f.Unit)
	}
}

// TestAtOnePointIsNoCount: "at one point", "at one stage", "at one time" are
// a moment, no count of points, stages or times.
func TestAtOnePointIsNoCount(t *testing.T) {
	for _, text := range []string{
		"The index touched a low at one point in the session.",
		"At one stage the gap was wide.",
		"It was a popular stock at one time.",
	} {
		if figs := Extract(bodyArticle(text)).Figures; len(figs) != 0 {
			t.Errorf("%q: figures %+v, want none", text, figs)
		}
	}
}

// TestGappedLabelIsWhatIsMeasured: in a list that leaves out the verb
// ("sales rose to X from Y, exports to Z from W, imports V"), each figure
// measures the noun written right before it, not the first clause's subject.
func TestGappedLabelIsWhatIsMeasured(t *testing.T) {
	text := "It said retail sales rose to 31.2 mln dlrs from 28.4 mln dlrs, wholesale to 12.5 mln dlrs from 11.9 mln dlrs and services 6.1 mln dlrs from 5.7 mln dlrs."
	figs := Extract(bodyArticle(text)).Figures
	for _, c := range []struct{ fig, counted string }{
		{"31.2 mln dlrs", "retail sales"}, {"12.5 mln dlrs", "wholesale"}, {"11.9 mln dlrs", "wholesale"},
		{"6.1 mln dlrs", "services"}, {"5.7 mln dlrs", "services"},
	} {
		if f := figureNamed(figs, c.fig); f == nil || f.Counted != c.counted {
			t.Errorf("%q: %+v, want counted %q", c.fig, f, c.counted)
		}
	}
	// an adjective before "to" is no label: "one megabyte, expandable to four megabytes"
	text = "The machine has one megabyte of memory, expandable to four megabytes."
	if f := figureIn(t, text, "four megabytes"); f != nil && f.Counted == "expandable" {
		t.Errorf("four megabytes counted %q", f.Counted)
	}
}

// TestQuotePairAfterQualifier: a bid and offer joined by a slash is no figure
// after a qualifier either ("at around 145.20/30 yen", "from 1.8260/70").
func TestQuotePairAfterQualifier(t *testing.T) {
	for _, text := range []string{
		"The central bank bought dollars at around 145.20/30 yen, dealers said.",
		"The dollar rose to 1.8220/30 marks from 1.8160/70.",
	} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Kind == FigureCount {
				t.Errorf("%q: a count %q", text, f.Text)
			}
		}
	}
}

// TestRateInFractionsIsPercent: a quote in fractions that a rate is set to
// is a percentage even when a name in angle brackets opens the sentence; a
// share's price in fractions stays dollars.
func TestRateInFractionsIsPercent(t *testing.T) {
	figs := Extract(bodyArticle("<The Lakeside National Bank> said it lowered its prime rate to 8-1/4 from 8-1/2.")).Figures
	for _, fig := range []string{"8-1/4", "8-1/2"} {
		if f := figureNamed(figs, fig); f == nil || f.Kind != FigurePercent || f.Unit != "percent" {
			t.Errorf("%q: %+v, want a percentage", fig, f)
		}
	}
	if f := figureIn(t, "Acme Corp <ACME> rose 1-1/4 to 45-3/8.", "45-3/8"); f != nil && (f.Kind != FigureMoney || f.Unit != "dollar") {
		t.Errorf("45-3/8: %s %q, want dollars", f.Kind, f.Unit)
	}
}

// TestScaledSumOfMoneyNoun: a bare number with a scale word that measures a
// noun of money takes the money of the scaled sum before it; one that
// measures nothing named stays a count.
func TestScaledSumOfMoneyNoun(t *testing.T) {
	a := bodyArticle(
		"The agency approved loans of 42.5 mln dlrs for two dams.",
		"It said the project's total cost is 61 mln.",
		"Passengers carried totalled 3.9 mln last year.",
	)
	figs := Extract(a).Figures
	if f := figureNamed(figs, "61 mln"); f == nil || f.Kind != FigureMoney || f.Unit != "dollar" {
		t.Errorf("61 mln: %+v, want money in dollar", f)
	}
	if f := figureNamed(figs, "3.9 mln"); f == nil || f.Kind != FigureCount {
		t.Errorf("3.9 mln: %+v, want a count", f)
	}
	// a scaled count of nothing named in between does not stop it
	figs = Extract(bodyArticle("It lent 80 mln dlrs in all.", "It approved 30.5 mln for roads.", "The total cost is 95 mln.")).Figures
	if f := figureNamed(figs, "95 mln"); f == nil || f.Kind != FigureMoney || f.Unit != "dollar" {
		t.Errorf("95 mln: %+v, want money in dollar", f)
	}
}

// TestListPricesTakeTheUnit: in a list of priced things that opens with a
// price per unit, the bare numbers after a label take that unit; a number
// far off it (a grade) stays as it was.
func TestListPricesTakeTheUnit(t *testing.T) {
	text := "Posted prices are now - butane 41.5 cents/gallon, light naphtha 52, heavy naphtha 55.4, 98 octane 60.2 and fuel oil 18.40 dlrs/barrel."
	figs := Extract(bodyArticle(text)).Figures
	for _, fig := range []string{"52", "55.4", "60.2"} {
		if f := figureNamed(figs, fig); f == nil || f.Kind != FigureMoney || f.Unit != "cent per gallon" {
			t.Errorf("%q: %+v, want money in cent per gallon", fig, f)
		}
	}
	if f := figureNamed(figs, "98"); f != nil && f.Kind == FigureMoney {
		t.Errorf("98 (a grade): %+v, want no price", f)
	}
}

// TestHoldersOwnTheirLoss: shareholders or investors who lost a sum own it;
// they are not what it measures.
func TestHoldersOwnTheirLoss(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"When the bank failed, shareholders lost about $42bn.", "about $42bn"},
		{"Investors lost 3.5 mln dlrs in the scheme.", "3.5 mln dlrs"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Counted != "" {
			t.Errorf("%q counted %q, want nothing", c.fig, f.Counted)
		}
	}
}

// TestNumberInTitleAfterThe: a number after a capital "The" inside a
// sentence, before a capital, is part of a title, no count; after a colon
// "The" opens a clause.
func TestNumberInTitleAfterThe(t *testing.T) {
	text := "Her favourite films were Brief Encounter, The 39 Steps and Rebecca."
	for _, f := range Extract(bodyArticle(text)).Figures {
		t.Errorf("%q: figure %q, want none", text, f.Text)
	}
	if f := figureIn(t, "The report was blunt: The 25 Member States had failed.", "25 Member States"); f != nil && f.Kind != FigureCount {
		t.Errorf("25 Member States: %s, want a count", f.Kind)
	}
}

// TestHyphenedCountKeepsItsOwn: a number hyphened onto the word after it
// after "from" or "to" does not take what the figure before counts.
func TestHyphenedCountKeepsItsOwn(t *testing.T) {
	f := figureIn(t, "Managers proposed 120 job cuts from the 2,500-strong staff this year.", "2,500")
	if f != nil && f.Counted == "job cuts" {
		t.Errorf("2,500 counted %q, want not the job cuts", f.Counted)
	}
}

// TestYearOldsIsAnAge: "16-year-olds" and "18 to 24-year-olds" are ages,
// not a span of years counting "olds".
func TestYearOldsIsAnAge(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"The scheme is open to 16-year-olds in the city.", "16-year-olds"},
		{"It pays 18 to 24-year-olds to train.", "18 to 24-year-olds"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && (f.Unit != "year" || f.Counted != "age") {
			t.Errorf("%q: %q counted %q, want an age", c.fig, f.Unit, f.Counted)
		}
	}
}
