package figures_test

import (
	"math"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// figureNamed returns the figure whose text is text, or nil.
func figureNamed(fs []Figure, text string) *Figure {
	for i := range fs {
		if fs[i].Text == text {
			return &fs[i]
		}
	}
	return nil
}

// TestWireStyleFigures: figures as news wires write them, where a wrong
// unit, scale or counted thing would be worse than no figure at all.
func TestWireStyleFigures(t *testing.T) {
	t.Run("a fall shares the scale of its second figure", func(t *testing.T) {
		fs := Extract(bodyArticle("Annual payments were cut from 4.250 to 1.750 billion dlrs.")).Figures
		for _, f := range fs {
			for _, v := range []*float64{f.Value, f.Min, f.Max} {
				if v != nil && *v < 1e9 {
					t.Errorf("%q: %v is not in billions", f.Text, *v)
				}
			}
		}
		if len(fs) == 0 {
			t.Fatal("no figure")
		}
	})
	t.Run("a scaled value is the number written", func(t *testing.T) {
		f := figureNamed(Extract(bodyArticle("Reserves 6.14 billion vs 5.01 billion")).Figures, "6.14 billion")
		if f == nil || f.Value == nil || *f.Value != 6140000000 {
			t.Fatalf("got %+v, want exactly 6140000000", f)
		}
	})
	t.Run("a duration lends no unit to a price", func(t *testing.T) {
		fs := Extract(bodyArticle("Sugar stood at 212 dlrs after one hour versus 1,215 bid at the close.")).Figures
		if f := figureNamed(fs, "1,215"); f != nil && f.Unit == "hour" {
			t.Errorf("1,215 measured in hours: %+v", f)
		}
	})
	t.Run("a year before year is a date", func(t *testing.T) {
		fs := Extract(bodyArticle("Profit for the 1984 year includes a gain of 3,000 dlrs.")).Figures
		for _, f := range fs {
			if f.Unit == "year" && f.Value != nil && *f.Value == 1984 {
				t.Errorf("1984 shown as a span of years: %+v", f)
			}
		}
	})
	t.Run("plus before an article adds", func(t *testing.T) {
		fs := Extract(bodyArticle("Holders get 800 dlrs per share plus an accrued dividend of 2.40 dlrs per share.")).Figures
		for _, f := range fs {
			if f.Qualifier == "plus" || strings.HasSuffix(f.Text, "plus") {
				t.Errorf("%q read as a lower bound", f.Text)
			}
		}
	})
	t.Run("each count keeps its own noun", func(t *testing.T) {
		fs := Extract(bodyArticle("Lenders were asked to add 9 billion dlrs over the two coming years to the 11 poorest borrowers.")).Figures
		if f := figureNamed(fs, "11 poorest borrowers"); f == nil || f.Counted != "poorest borrowers" {
			t.Errorf("got %+v, want it to count poorest borrowers", f)
		}
	})
	t.Run("a count of the accused ends at its noun", func(t *testing.T) {
		fs := Extract(bodyArticle("Two of the accused deny further charges of theft.")).Figures
		for _, f := range fs {
			if strings.Contains(f.Counted, "deny") || strings.Contains(f.Text, "deny") {
				t.Errorf("%q counts %q", f.Text, f.Counted)
			}
		}
	})
	t.Run("a number whose scale sits in brackets is left out", func(t *testing.T) {
		fs := Extract(bodyArticle(`Asked about output, he said: "Under 12.5 (mln tonnes a year)."`)).Figures
		for _, f := range fs {
			if f.Value != nil && math.Abs(*f.Value-12.5) < 1e-9 {
				t.Errorf("12.5 shown without its scale: %+v", f)
			}
		}
	})
	t.Run("a number before a lone letter is no count", func(t *testing.T) {
		fs := Extract(bodyArticle("The margin fell from 2 y 3/8 to 5/8 of a pct over the base rate.")).Figures
		for _, f := range fs {
			if f.Counted == "y" || f.Counted == "pct" {
				t.Errorf("%q counts %q", f.Text, f.Counted)
			}
		}
	})
	t.Run("an item of a list is not measured as the first item", func(t *testing.T) {
		fs := Extract(bodyArticle("The biggest signup was in Ohio with approximately 1.5 mln acres, followed by Utah with 900,000 acres, " +
			"Idaho with 800,000 acres, Maine 700,000 acres, and Iowa with 600,000 acres.")).Figures
		if f := figureNamed(fs, "600,000 acres"); f == nil || f.Counted == "Ohio" {
			t.Errorf("got %+v, want 600,000 acres not counted as Ohio's", f)
		}
	})
	t.Run("wire currencies are money", func(t *testing.T) {
		fs := Extract(bodyArticle("Group net profit rose to 96.4 mln schillings from 80.2 mln.")).Figures
		if f := figureNamed(fs, "96.4 mln schillings"); f == nil || f.Kind != FigureMoney {
			t.Errorf("got %+v, want money in schillings", f)
		}
	})
	t.Run("a bid and offer pair is no percent", func(t *testing.T) {
		fs := Extract(bodyArticle("Deposits paid the 5.25/18 pct rate on one-month money.")).Figures
		for _, f := range fs {
			if f.Value != nil && *f.Value == 18 {
				t.Errorf("18 pct read from a price pair: %+v", f)
			}
		}
	})
	t.Run("a bare sum in billions takes the unit it is compared with", func(t *testing.T) {
		fs := Extract(bodyArticle("The deficit widened to 6.21 billion dlrs in March from 4.9 billion in February and 3.35 billion a year ago.",
			"Crude stocks stood at 1.84 billion barrels at the end of 1985, down from 1.97 billion.",
			"Turnover was 9.1bn pesos ($310m; £160m), against 7.4bn a year earlier.")).Figures
		for text, unit := range map[string]string{"4.9 billion": "dollar", "3.35 billion": "dollar", "1.97 billion": "barrel", "7.4bn": "peso"} {
			if f := figureNamed(fs, text); f == nil || f.Unit != unit {
				t.Errorf("%s: got %+v, want it in %s", text, f, unit)
			}
		}
	})
	t.Run("a bare sum takes the unit of the last sum in its paragraph", func(t *testing.T) {
		fs := Extract(bodyArticle("Exports reached 4.2 billion marks in May after a deficit of 310 mln in April, on sales of 8.5 billion.",
			"Of the 12 billion dlrs owed, 4.5 billion was due to banks. The remaining 7.5 billion is owed to suppliers.",
			"The film took $31.5m (£17.1m) at the weekend, making a total of 188.2m.",
			"It made 3 billion dlrs, had 40 mln cars on the road and sold 2.5 mln last year.",
			"He pledged between 300 and 350 mln dlrs in grants and about 45 mln in loans.")).Figures
		for text, unit := range map[string]string{"310 mln": "mark", "8.5 billion": "mark", "4.5 billion": "dollar",
			"7.5 billion": "dollar", "188.2m": "dollar", "about 45 mln": "dollar"} {
			if f := figureNamed(fs, text); f == nil || f.Kind != FigureMoney || f.Unit != unit {
				t.Errorf("%s: got %+v, want money in %s", text, f, unit)
			}
		}
		if f := figureNamed(fs, "2.5 mln"); f == nil || f.Kind != FigureCount {
			t.Errorf("a count after a count of cars: got %+v, want a count", f)
		}
	})
	t.Run("a bare sum after a verb keeps no unit", func(t *testing.T) {
		fs := Extract(bodyArticle("The fund paid 3.2 billion dlrs and reached 1.5 billion listeners.", "It lent 2 billion dlrs and now employs 1.1 million.")).Figures
		for _, f := range fs {
			if f.Kind == FigureMoney && f.Value != nil && (*f.Value == 1.5e9 || *f.Value == 1.1e6) {
				t.Errorf("%q read as money", f.Text)
			}
		}
	})
	t.Run("a list of quoted prices is no range", func(t *testing.T) {
		fs := Extract(bodyArticle("Brewers were firm: Harland Corp <HLD> rose 1-3/8 to 41-1/2, Vantor <VTR> 5/8 to 19 and Ostrel Inc 2-1/4 to 60-3/4.",
			"The news sent shares in Corran up 4%, or 12.5 pence to 318p.", "Fees of 10 to 20 mln dlrs may rise.",
			"Sales fell from 41,200 in 2003 to 38,900 in 2004, and the target for 1989 to 96 billion dlrs was kept.")).Figures
		for _, f := range fs {
			if f.Qualifier == ">" {
				t.Errorf("%q: the bracket of a ticker read as more than", f.Text)
			}
			if f.Min != nil && f.Max != nil && (*f.Min < 20 && *f.Max > 15 && *f.Max < 400 || *f.Min >= 1989 && *f.Min <= 2003) {
				t.Errorf("%q read as a range", f.Text)
			}
		}
		if f := figureNamed(fs, "10 to 20 mln dlrs"); f == nil || f.Min == nil || *f.Min != 1e7 {
			t.Errorf("got %+v, want a range of 10 to 20 mln dlrs", f)
		}
	})
	t.Run("the level of a change takes its money, not a far-off number", func(t *testing.T) {
		fs := Extract(bodyArticle("Taxation rose 11 mln stg to 754 mln. The bid was raised by 2 billion dlrs to 20, said one trader.")).Figures
		if f := figureNamed(fs, "754 mln"); f == nil || f.Kind != FigureMoney {
			t.Errorf("got %+v, want the level in sterling", f)
		}
		if f := figureNamed(fs, "20"); f == nil || f.Kind == FigureMoney {
			t.Errorf("got %+v, want 20 left a count", f)
		}
	})
	t.Run("an age after a one-word name", func(t *testing.T) {
		fs := Extract(bodyArticle("Okafor, 29, who joined in May, scored twice, and Brandt, 41, denied the story. Varga, 33, won gold, where Linde, 27, won silver.",
			"The poll put Labour, 34, the Conservatives, 28, and the rest far behind.")).Figures
		for _, text := range []string{"29", "41", "33", "27"} {
			if f := figureNamed(fs, text); f == nil || f.Counted != "age" {
				t.Errorf("%s: got %+v, want an age", text, f)
			}
		}
		if f := figureNamed(fs, "34"); f != nil && f.Counted == "age" {
			t.Errorf("a poll share read as an age: %+v", f)
		}
	})
	t.Run("wire currency names are money", func(t *testing.T) {
		fs := Extract(bodyArticle("The issue raised 480 mln N.Z. Dlrs and 120 mln crowns, and shares closed at 31 euro cents.",
			"Exports reached 410 billion CFA francs and 5.2 billion Swedish crowns. She has won three crowns in a row.")).Figures
		// (crowns alone may be Swedish, Danish, Norwegian or Czech)
		for text, unit := range map[string]string{"480 mln N.Z. Dlrs": "New Zealand dollar", "120 mln crowns": "crown",
			"31 euro cents": "cent", "410 billion CFA francs": "CFA franc", "5.2 billion Swedish crowns": "Swedish krona"} {
			if f := figureNamed(fs, text); f == nil || f.Kind != FigureMoney || f.Unit != unit {
				t.Errorf("%s: got %+v, want money in %s", text, f, unit)
			}
		}
		if f := figureNamed(fs, "three crowns"); f != nil && f.Kind == FigureMoney {
			t.Errorf("titles read as money: %+v", f)
		}
	})
	t.Run("Hong Kong dlrs and European currency units are money", func(t *testing.T) {
		fs := Extract(bodyArticle("The bank lent 240 mln Hong Kong dlrs and the fund paid a 450 mln ECU loan.",
			"The levy of up to 210 Ecus per tonne would raise some 3.2 billion European currency units.")).Figures
		for text, unit := range map[string]string{"240 mln Hong Kong dlrs": "Hong Kong dollar", "450 mln ECU": "European Currency Unit",
			"up to 210 Ecus per tonne": "European Currency Unit per tonne", "some 3.2 billion European currency units": "European Currency Unit"} {
			if f := figureNamed(fs, text); f == nil || f.Kind != FigureMoney || f.Unit != unit {
				t.Errorf("%s: got %+v, want money in %s", text, f, unit)
			}
		}
	})
	t.Run("a share price in eighths is in dollars", func(t *testing.T) {
		fs := Extract(bodyArticle("Halvor's stock gained 2-5/8 to 41-1/4 in busy trading.",
			"Dunmore Corp <DNM> slipped 3/8 to 17-1/2.",
			"Treasury bonds ended at 98-12/32. Money stock grew at a pace of 6-1/2 to seven pct.")).Figures
		for _, text := range []string{"2-5/8", "41-1/4", "3/8", "17-1/2"} {
			if f := figureNamed(fs, text); f == nil || f.Kind != FigureMoney || f.Unit != "dollar" {
				t.Errorf("%s: got %+v, want a price in dollars", text, f)
			}
		}
		prices := Extract(bodyArticle("Halvor's stock jumped five to 62-3/4. It sold the shares at 38, off 1/8.")).Figures
		for _, text := range []string{"five", "38"} {
			if f := figureNamed(prices, text); f == nil || f.Kind != FigureMoney || f.Unit != "dollar" {
				t.Errorf("%s: got %+v, want a price in dollars beside the one in eighths", text, f)
			}
		}
		for _, f := range fs {
			if f.Kind == FigureMoney && (strings.Contains(f.Text, "/32") || strings.Contains(f.Text, "6-1/2")) {
				t.Errorf("%q read as a share price", f.Text)
			}
		}
	})
	t.Run("a bare number in a list takes the unit that opens it", func(t *testing.T) {
		fs := Extract(bodyArticle("Three ships are loading 45,000 tonnes, including 18,000 for Peru, 15,000 for Chile and 12,000 for Ghana.",
			"Norway was given a quota of 12,400 tonnes, Iceland 9,850 and Canada 7,300.",
			"The mill bought 8,000 tonnes and employs 950.",
			"PRICE TABLE First 200 tons 4.250 3.750")).Figures
		for _, text := range []string{"18,000", "15,000", "12,000", "9,850", "7,300"} {
			if f := figureNamed(fs, text); f == nil || f.Kind != FigureMeasure || f.Unit != "tonne" {
				t.Errorf("%s: got %+v, want tonnes", text, f)
			}
		}
		for _, text := range []string{"950", "4.250", "3.750"} {
			if f := figureNamed(fs, text); f != nil && f.Unit == "tonne" {
				t.Errorf("%s read as tonnes: %+v", text, f)
			}
		}
	})
	t.Run("digits up to a number word are one span", func(t *testing.T) {
		fs := Extract(bodyArticle("Economists forecast 2.5 to three pct for growth and inflation of 1/2 to one pct.",
			"Pay rose at a pace of 6-1/2 to seven pct. Showers will bring 1/4 to one inch.",
			"Lomax 1/2 to five dlrs.")).Figures
		for _, text := range []string{"2.5 to three pct", "1/2 to one pct", "6-1/2 to seven pct", "1/4 to one inch"} {
			if f := figureNamed(fs, text); f == nil || f.Min == nil || f.Max == nil || f.Unit == "" {
				t.Errorf("%s: got %+v, want one span with its unit", text, f)
			}
		}
		for _, f := range fs {
			if f.Min != nil && f.Max != nil && *f.Max == 5 {
				t.Errorf("%q: a change and its level read as a span", f.Text)
			}
		}
	})
	t.Run("the year a change is measured from is no bound", func(t *testing.T) {
		fs := Extract(bodyArticle("Profit fell short of an expected 15 pct increase over 1985, and sales rose over 2000 units.")).Figures
		for _, f := range fs {
			if f.Min != nil && *f.Min == 1985 {
				t.Errorf("%q read as more than 1985", f.Text)
			}
		}
		if f := figureNamed(fs, "over 2000 units"); f == nil || f.Min == nil {
			t.Errorf("got %+v, want more than 2000 units", f)
		}
	})
	t.Run("a version is no amount", func(t *testing.T) {
		fs := Extract(bodyArticle("The firm also unveiled the Quill Revision 3.0 system, and Quill Version 2.5 is out now.")).Figures
		for _, f := range fs {
			if f.Kind == FigureCount {
				t.Errorf("a version read as a count: %+v", f)
			}
		}
	})
}
