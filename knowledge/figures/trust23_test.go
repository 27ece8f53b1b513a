package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestResultsTableRowsAreSums: a bare number in a results table's row of
// sums ("Net", "Revs", "Net loss ... vs profit") is money in the table's
// currency, read from its other rows, and measures the label before it.
func TestResultsTableRowsAreSums(t *testing.T) {
	a := bodyArticle(
		"Shr profit 14 cts vs loss 31 cts",
		"Net profit 612,000 vs loss 1,472,000",
		"Revs 41.2 mln vs 38.9 mln",
		"Avg shrs 4,312,000 vs 4,290,000",
	)
	figs := Extract(a).Figures
	for _, c := range []struct{ text, counted string }{
		{"612,000", "Net profit"}, {"1,472,000", "loss"}, {"41.2 mln", "Revs"}, {"38.9 mln", "Revs"},
	} {
		f := figureNamed(figs, c.text)
		if f == nil {
			t.Errorf("no figure %q", c.text)
			continue
		}
		if f.Kind != FigureMoney || f.Unit != "dollar" || f.Counted != c.counted {
			t.Errorf("%q: %s %q counted %q, want money in dollar counted %q", c.text, f.Kind, f.Unit, f.Counted, c.counted)
		}
	}
	// a row of shares stays a count, and measures its label
	if f := figureNamed(figs, "4,312,000"); f == nil || f.Kind != FigureCount || f.Counted != "Avg shrs" {
		t.Errorf("avg shares: %+v, want a count of 'Avg shrs'", f)
	}
	// each sum per share measures the label before it
	figs = Extract(bodyArticle("Shr loss 19 cts vs profit 12 cts")).Figures
	if f := figureNamed(figs, "12 cts"); f == nil || f.Counted != "profit" {
		t.Errorf("12 cts: %+v, want counted 'profit'", f)
	}
	// the money may be named after the row, and in pence it is sterling
	figs = Extract(bodyArticle("Net 2,150,000 vs 1,980,000", "Shr 4.1p vs 3.8p")).Figures
	if f := figureNamed(figs, "2,150,000"); f == nil || f.Kind != FigureMoney || f.Unit != "pound sterling" {
		t.Errorf("net before a row in pence: %+v, want money in pound sterling", f)
	}
	// a sentence that opens with a label is no row
	figs = Extract(bodyArticle("Sales of 40,000 cars were reported, the company said.")).Figures
	if f := figureNamed(figs, "40,000 cars"); f == nil || f.Kind != FigureCount {
		t.Errorf("a sentence: %+v, want a count of cars", f)
	}
}

// TestWireSingularCurrenciesAndTonnes: a wire's singular currency before a
// noun ("a 60 mln Canadian dlr note issue"), Irish pence and "mt" (metric
// tonnes) are money and a measure, not counts of the words.
func TestWireSingularCurrenciesAndTonnes(t *testing.T) {
	cases := []struct{ text, fig, kind, unit string }{
		{"The unit is issuing a 60 mln Canadian dlr note issue due 1992.", "60 mln Canadian dlr", FigureMoney, "Canadian dollar"},
		{"It priced a 75 mln Australian dlr bond at par.", "75 mln Australian dlr", FigureMoney, "Australian dollar"},
		{"The shares were placed at 212 Irish pence each.", "212 Irish pence", FigureMoney, "penny"},
		{"The mine should produce 300,000 mt of coal by 1990.", "300,000 mt of coal", FigureMeasure, "tonne"},
	}
	for _, c := range cases {
		f := figureIn(t, c.text, c.fig)
		if f == nil {
			continue
		}
		if f.Kind != c.kind || f.Unit != c.unit {
			t.Errorf("%q: %q is %s %q, want %s %q", c.text, c.fig, f.Kind, f.Unit, c.kind, c.unit)
		}
	}
}

// TestSumOrPerShareIsMoney: "a gain of 240,000, or three cts a share" is
// a sum and its part per share, in the same money.
func TestSumOrPerShareIsMoney(t *testing.T) {
	for _, c := range []struct{ text, fig, unit string }{
		{"The quarter includes a gain of 240,000, or three cts a share, from a land sale.", "240,000", "dollar"},
		{"Net includes a charge 3,150,000, or 41 cts per share, for a plant closing.", "3,150,000", "dollar"},
		{"Profit includes a gain of 1,200,000, or 2.1p a share.", "1,200,000", "pound sterling"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Kind != FigureMoney || f.Unit != c.unit {
			t.Errorf("%q: %q is %+v, want money in %s", c.text, c.fig, f, c.unit)
		}
	}
	// a count of shares is no sum
	f := figureNamed(Extract(bodyArticle("It bought 240,000 shares, or 3.1 pct of the stock.")).Figures, "240,000 shares")
	if f == nil || f.Kind != FigureCount {
		t.Errorf("a count of shares: %+v", f)
	}
}

// TestPlanOrClauseIsNoSource: a plan that calls for a sum says nothing,
// and a clause the parse took for a speaker ("Moody's cited the group's
// proposed buyout plan that calls for ...") is no source either.
func TestPlanOrClauseIsNoSource(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"The plan calls for cutting costs by 12 pct this year after a 3.1 pct rise last year.", "3.1 pct"},
		{"Plans call for output to reach 400,000 tonnes a year by 1990.", "400,000 tonnes a year"},
		{"Moody's cited the group's proposed buyout plan that calls for borrowing 800 mln dlrs of bank debt.", "800 mln dlrs of bank debt"},
	} {
		f := figureIn(t, c.text, c.fig)
		if f == nil {
			continue
		}
		if f.Source != "" {
			t.Errorf("%q: %q given by %q, want no source", c.text, c.fig, f.Source)
		}
	}
	// a speaker stays one
	f := figureNamed(Extract(bodyArticle("Standard and Poor's Corp said it rated 300 mln dlrs of debt.")).Figures, "300 mln dlrs of debt")
	if f == nil || f.Source == "" || f.Source == "Corp" {
		t.Errorf("a rating agency's sum: %+v", f)
	}
}

// TestFieldEventMarksAreMetres: a decimal "m" after a mark or a field
// event is metres ("a world mark of 4.91m", "the heptathlete reached
// 6.48m"); after a man named Mark it stays millions.
func TestFieldEventMarksAreMetres(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"She set a new world mark of 4.91m in Donetsk.", "4.91m"},
		{"The Olympic heptathlon champion reached 6.48m at the first attempt.", "6.48m"},
		{"Her javelin went out to 61.37m on the last throw of the day.", "61.37m"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Kind != FigureMeasure || f.Unit != "metre" {
			t.Errorf("%q: %q is %+v, want metres", c.text, c.fig, f)
		}
	}
	f := figureNamed(Extract(bodyArticle("The deal made Mark Hill 2.5m richer last year.")).Figures, "2.5m")
	if f == nil || f.Unit == "metre" {
		t.Errorf("a man named Mark: %+v, want millions", f)
	}
}

// TestDaysBeforeTheirMonthAreDates: "from 7-9 April", "between 20 and 22
// June" are days of a month, not counts.
func TestDaysBeforeTheirMonthAreDates(t *testing.T) {
	for _, s := range []string{
		"The festival runs in Leeds from 7-9 April.",
		"The fair takes place between 20 and 22 June in Berlin.",
		"The summit is set for 14 to 16 October.",
	} {
		for _, f := range Extract(bodyArticle(s)).Figures {
			if f.Kind != FigureDate {
				t.Errorf("%q: %q is a %s, want a date", s, f.Text, f.Kind)
			}
		}
	}
	// a range of things before a month's name stays one
	f := figureNamed(Extract(bodyArticle("Between 20 and 30 people were hurt in May.")).Figures, "Between 20 and 30 people")
	if f == nil || f.Kind != FigureCount {
		t.Errorf("a count before May: %+v", f)
	}
}

// TestBarrelsPerDayLendTheirUnit: a unit that is a rate by name ("barrels
// per day") lends itself to the bare level it is compared with, and a
// year before "month" is the year ("the same 1985 month").
func TestBarrelsPerDayLendTheirUnit(t *testing.T) {
	figs := Extract(bodyArticle("Output fell to 410,500 barrels per day in March from 422,300 in the same 1985 month.")).Figures
	if f := figureNamed(figs, "422,300"); f == nil || f.Kind != FigureMeasure || f.Unit != "barrel per day" {
		t.Errorf("422,300: %+v, want barrels per day", f)
	}
	for _, f := range figs {
		if f.Unit == "month" {
			t.Errorf("%q: %v months", f.Text, *f.Value)
		}
	}
	// a rate made by "per" still lends nothing to a list
	figs = Extract(bodyArticle("Prices were 120 dlrs per tonne for wheat, and 95,000 for maize.")).Figures
	if f := figureNamed(figs, "95,000"); f != nil && f.Unit != "" {
		t.Errorf("95,000: %+v, want bare", f)
	}
}

// TestNumberWordOpeningANameIsCounted: "three Six Nations titles" counts
// Six Nations titles, not "Nations titles".
func TestNumberWordOpeningANameIsCounted(t *testing.T) {
	for _, c := range []struct{ text, fig, counted string }{
		{"Wales have won three Six Nations titles since then.", "three Six Nations titles", "Six Nations titles"},
		{"He is one of five Six Nations coaches to have spoken out.", "five Six Nations coaches", "Six Nations coaches"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Counted != c.counted {
			t.Errorf("%q: %q is %+v, want counted %q", c.text, c.fig, f, c.counted)
		}
	}
}

// TestObjectOfAddIsNotSaid: "Jones added four conversions", "the film
// tells the story of two boys": what a speech verb acts on is not what
// its subject says; "he added that sales rose 4%" still is.
func TestObjectOfAddIsNotSaid(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"Fly-half Owen Price added four conversions in the second half.", "four conversions"},
		{"The novel tells the story of two young sisters in wartime Riga.", "two young sisters"},
		{"Shell added 12p at 690 in late trading.", "12p"},
	} {
		f := figureIn(t, c.text, c.fig)
		if f == nil {
			continue
		}
		if f.Source != "" {
			t.Errorf("%q: %q given by %q, want no source", c.text, c.fig, f.Source)
		}
	}
	f := figureNamed(Extract(bodyArticle("The chairman added that sales had risen 4% in the year.")).Figures, "4%")
	if f == nil || f.Source == "" {
		t.Errorf("a figure said: %+v, want a source", f)
	}
}

// TestManyBeforeAVerbCountNothing: "more than 4 million browse the web"
// counts no "browse": the word is a verb the tagger took for a noun.
func TestManyBeforeAVerbCountNothing(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"In France more than 3 million browse the net via cable.", "more than 3 million"},
		{"Nationally about 2 million watch the show each week.", "about 2 million"},
		{"Some 40,000 visit the museum every year.", "Some 40,000"},
	} {
		f := figureIn(t, c.text, c.fig)
		if f == nil {
			continue
		}
		if f.Counted != "" {
			t.Errorf("%q: %q counted %q, want nothing", c.text, c.fig, f.Counted)
		}
	}
	// a noun stays what is counted
	f := figureNamed(Extract(bodyArticle("Police found 30 rifles in the flat.")).Figures, "30 rifles")
	if f == nil || f.Counted != "rifles" {
		t.Errorf("rifles: %+v", f)
	}
}

// TestScoreAfterFromIsNoRange: "came back from 12-3 down", "from 4-4 in
// the decider" are scores, not ranges; "from 20-30" still rises.
func TestScoreAfterFromIsNoRange(t *testing.T) {
	for _, s := range []string{
		"Leeds came back from 12-3 down to win the game.",
		"From 4-4 in the decider she won the last two games.",
	} {
		for _, f := range Extract(bodyArticle(s)).Figures {
			if f.Min != nil || f.Max != nil {
				t.Errorf("%q: range %q", s, f.Text)
			}
		}
	}
	f := figureNamed(Extract(bodyArticle("Staff numbers went from 20-30 in a year.")).Figures, "from 20-30")
	if f == nil || f.Min == nil || *f.Min != 20 {
		t.Errorf("a rising range: %+v", f)
	}
}

// TestInOneGoIsNoFigure: "in one go" counts no "go".
func TestInOneGoIsNoFigure(t *testing.T) {
	s := "There is a limit to what a new government can do in one go, he said."
	for _, f := range Extract(bodyArticle(s)).Figures {
		t.Errorf("%q: figure %q counted %q", s, f.Text, f.Counted)
	}
}

// TestTradeTermsAndSecondHand: "fob" is a price's terms, not what a sum
// counts, and "second hand" is no rank.
func TestTradeTermsAndSecondHand(t *testing.T) {
	f := figureNamed(Extract(bodyArticle("Non-oil exports amounted to 96.4 mln dlrs fob compared with 80.1 mln dlrs for oil.")).Figures, "96.4 mln dlrs")
	if f == nil || f.Counted == "fob" {
		t.Errorf("fob: %+v", f)
	}
	s := "The lot was said to be mostly second hand machinery."
	for _, f := range Extract(bodyArticle(s)).Figures {
		t.Errorf("%q: figure %q", s, f.Text)
	}
}

// TestPairedNumbersShareTheirUnit: "denominations of 1,000 and 5,000
// Australian dlrs", "within 10 or 15 years" write one unit for both.
func TestPairedNumbersShareTheirUnit(t *testing.T) {
	for _, c := range []struct{ text, fig, unit string }{
		{"The notes are sold in denominations of 1,000 and 10,000 Canadian dlrs.", "1,000", "Canadian dollar"},
		{"The plan should pay off within 10 or 15 years, he said.", "10", "year"},
		{"They feared the share could slip to 95 or 90 pct.", "95", "percent"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Unit != c.unit {
			t.Errorf("%q: %q is %+v, want %s", c.text, c.fig, f, c.unit)
		}
	}
	// a quote in fractions lends nothing to the unit after it
	f := figureNamed(Extract(bodyArticle("Six months were quoted at 8-3/4 5/8 and one year at 8-5/8 1/2 pct.")).Figures, "5/8")
	if f != nil && f.Unit == "year" {
		t.Errorf("a quote: %+v", f)
	}
	// nor does the far end of a range the range reader did not join
	f = figureNamed(Extract(bodyArticle("from 2 point 5 and four point one dollars")).Figures, "2 point 5")
	if f != nil && f.Unit != "" {
		t.Errorf("half a range: %+v", f)
	}
}

// TestPerUnitAfterMoneyIsNoFigure: "dlrs an ounce", "cents a kilo" are
// what a price is per, not one ounce or one kilo, though the price before
// them is a quote the scanner does not read ("401.10/60").
func TestPerUnitAfterMoneyIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"Bullion rose to 401.10/60 dlrs an ounce in Zurich.",
		"The price was set at 190.25/40 cents a kilo under the pact.",
	} {
		for _, f := range Extract(bodyArticle(s)).Figures {
			if f.Value != nil && *f.Value == 1 && (f.Unit == "ounce" || f.Unit == "kilogram") {
				t.Errorf("%q: figure %q", s, f.Text)
			}
		}
	}
	// "a mile" alone is one
	f := figureNamed(Extract(bodyArticle("The queue stretched for a mile.")).Figures, "a mile")
	if f == nil || f.Unit != "mile" {
		t.Errorf("a mile: %+v", f)
	}
}

// TestAgeAfterOneNameAndAPossessive: "Moss, 31, and her lawyer left" is
// an age; "Labour, 34, and the Conservatives, 30" stays a poll.
func TestAgeAfterOneNameAndAPossessive(t *testing.T) {
	f := figureNamed(Extract(bodyArticle("Carla Moss was fined. Moss, 31, and her lawyer left the court.")).Figures, "31")
	if f == nil || f.Unit != "year" || f.Counted != "age" {
		t.Errorf("an age: %+v", f)
	}
	f = figureNamed(Extract(bodyArticle("The poll put Labour, 34, and the Conservatives, 30, ahead.")).Figures, "34")
	if f != nil && f.Counted == "age" {
		t.Errorf("a poll's share: %+v", f)
	}
}

// TestPointsInWordsOfAChange: "one point higher", "fell about one point"
// are measures in points; "at one point" (a moment) stays no measure.
func TestPointsInWordsOfAChange(t *testing.T) {
	for _, c := range []struct{ text, fig string }{
		{"Three-month deposits were quoted one point higher at nine pct.", "one point"},
		{"Prices of long bonds fell about two points in the session.", "about two points"},
		{"The notes may yield up to one point over LIBOR.", "up to one point"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Kind != FigureMeasure || f.Unit != "point" {
			t.Errorf("%q: %q is %+v, want points", c.text, c.fig, f)
		}
	}
	for _, f := range Extract(bodyArticle("At one point the index was as low as 1989.1 in the morning.")).Figures {
		if f.Unit == "point" {
			t.Errorf("a moment: %+v", f)
		}
	}
}

// TestWordDashDigitsSpan: "an estimated eight-10 dlrs", "seven-12 years"
// are one span with the unit written after the digits.
func TestWordDashDigitsSpan(t *testing.T) {
	for _, c := range []struct{ text, fig, unit string }{
		{"The shares are offered at an estimated nine-11 dlrs each.", "an estimated nine-11 dlrs", "dollar"},
		{"The work should take seven-12 years.", "seven-12 years", "year"},
	} {
		f := figureNamed(Extract(bodyArticle(c.text)).Figures, c.fig)
		if f == nil || f.Unit != c.unit || f.Min == nil || f.Max == nil {
			t.Errorf("%q: %q is %+v, want a span in %s", c.text, c.fig, f, c.unit)
		}
	}
}

// figureIn is the figure of a one-paragraph article's text that reads fig,
// reported as missing when there is none.
func figureIn(t *testing.T, text, fig string) *Figure {
	t.Helper()
	f := figureNamed(Extract(bodyArticle(text)).Figures, fig)
	if f == nil {
		t.Errorf("%q: no figure %q", text, fig)
	}
	return f
}
