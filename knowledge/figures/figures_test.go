package figures_test

// The tests parse articles with package knowledge, which imports this one: so
// they are in an external test package, and import knowledge with a dot as
// Go's own tests do in this case.

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	. "github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/figures"
	"github.com/briefbot/briefbot/knowledge/internal/shared"
	"github.com/briefbot/briefbot/knowledge/text"
)

// bodyArticle makes an article of body paragraphs.
func bodyArticle(paras ...string) *Article {
	a := &Article{ID: "test"}
	for i, p := range paras {
		a.Paragraphs = append(a.Paragraphs, Paragraph{N: i + 1, Kind: KindBody, Text: p})
	}
	return a
}

// wantFigure describes one expected figure; zero fields are not checked, except
// that a nil value is checked when noValue is set.
type wantFigure struct {
	text      string
	kind      string
	value     float64
	hasValue  bool
	min, max  float64
	hasMin    bool
	hasMax    bool
	unit      string
	counted   string
	qualifier string
	change    string
	source    string
	level     string
}

func val(text, kind string, v float64) wantFigure {
	return wantFigure{text: text, kind: kind, value: v, hasValue: true}
}

func rng(text, kind string, lo, hi float64) wantFigure {
	return wantFigure{text: text, kind: kind, min: lo, max: hi, hasMin: true, hasMax: true}
}

func (w wantFigure) withUnit(u string) wantFigure      { w.unit = u; return w }
func (w wantFigure) withCounted(c string) wantFigure   { w.counted = c; return w }
func (w wantFigure) withQualifier(q string) wantFigure { w.qualifier = q; return w }
func (w wantFigure) withChange(c string) wantFigure    { w.change = c; return w }
func (w wantFigure) withMin(v float64) wantFigure      { w.min, w.hasMin = v, true; return w }
func (w wantFigure) withMax(v float64) wantFigure      { w.max, w.hasMax = v, true; return w }
func (w wantFigure) withSource(s string) wantFigure    { w.source = s; return w }
func (w wantFigure) withLevel(l string) wantFigure     { w.level = l; return w }

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func checkFigure(t *testing.T, got Figure, w wantFigure) {
	t.Helper()
	if got.Text != w.text {
		t.Errorf("text = %q, want %q", got.Text, w.text)
	}
	if w.kind != "" && got.Kind != w.kind {
		t.Errorf("%q: kind = %q, want %q", w.text, got.Kind, w.kind)
	}
	if w.hasValue && (got.Value == nil || !near(*got.Value, w.value)) {
		t.Errorf("%q: value = %v, want %v", w.text, deref(got.Value), w.value)
	}
	if w.hasMin && (got.Min == nil || !near(*got.Min, w.min)) {
		t.Errorf("%q: min = %v, want %v", w.text, deref(got.Min), w.min)
	}
	if w.hasMax && (got.Max == nil || !near(*got.Max, w.max)) {
		t.Errorf("%q: max = %v, want %v", w.text, deref(got.Max), w.max)
	}
	if w.unit != "" && got.Unit != w.unit {
		t.Errorf("%q: unit = %q, want %q", w.text, got.Unit, w.unit)
	}
	if w.counted != "" && got.Counted != w.counted {
		t.Errorf("%q: counted = %q, want %q", w.text, got.Counted, w.counted)
	}
	if w.qualifier != "" && got.Qualifier != w.qualifier {
		t.Errorf("%q: qualifier = %q, want %q", w.text, got.Qualifier, w.qualifier)
	}
	if w.change != "" && got.Change != w.change {
		t.Errorf("%q: change = %q, want %q", w.text, got.Change, w.change)
	}
	if w.source != "" && got.Source != w.source {
		t.Errorf("%q: source = %q, want %q", w.text, got.Source, w.source)
	}
	if got.Level != w.level {
		t.Errorf("%q: level = %q, want %q", w.text, got.Level, w.level)
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// nonDates drops date figures, which most cases do not care about.
func nonDates(fs []Figure) []Figure {
	var out []Figure
	for _, f := range fs {
		if f.Kind != FigureDate {
			out = append(out, f)
		}
	}
	return out
}

func TestExtractFigures(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantFigure
	}{
		{"a quarter of a million is one amount", "Almost a quarter of a million tenants signed the petition.",
			[]wantFigure{val("Almost a quarter of a million tenants", FigureCount, 250000).withQualifier("almost").withCounted("tenants")}},
		{"metres before the runners of a race", "The 800m runners went off too fast.",
			[]wantFigure{val("800m", FigureMeasure, 800).withUnit("metre")}},
		{"metres before titles", "She won two 200m titles.",
			[]wantFigure{val("two", FigureCount, 2), val("200m", FigureMeasure, 200).withUnit("metre")}},
		{"millions of records sold", "The band has sold 50m records worldwide.",
			[]wantFigure{val("50m records", FigureCount, 50000000).withCounted("records")}},
		{"millions of records sold, a race's distance", "The singer has sold 100m records.",
			[]wantFigure{val("100m records", FigureCount, 100000000).withCounted("records")}},
		{"millions of titles", "The publisher shipped 2m titles last year.",
			[]wantFigure{val("2m titles", FigureCount, 2000000).withCounted("titles")}},
		{"an adjective cut from its noun counts nothing", "The index rose in four hours of furious trading.",
			[]wantFigure{val("four hours", FigureMeasure, 4).withUnit("hour")}},
		{"digits with a counted noun", "Officials counted 4,120 displaced families in the valley.",
			[]wantFigure{val("4,120 displaced families", FigureCount, 4120).withCounted("displaced families")}},
		{"two counts joined by and", "The charity runs 14 clinics and three shelters across the region.",
			[]wantFigure{val("14 clinics", FigureCount, 14).withCounted("clinics"), val("three shelters", FigureCount, 3).withCounted("shelters")}},
		{"a lower bound", "More than 3,000 workers walked out on Tuesday.",
			[]wantFigure{val("More than 3,000 workers", FigureCount, 3000).withMin(3000).withQualifier("more than").withCounted("workers")}},
		{"an upper bound", "The plant can store up to 700 tonnes of grain.",
			[]wantFigure{val("up to 700 tonnes of grain", FigureMeasure, 700).withMax(700).withUnit("tonne").withCounted("grain")}},
		{"an approximate count", "Approximately 1,800 volunteers signed up.",
			[]wantFigure{val("Approximately 1,800 volunteers", FigureCount, 1800).withQualifier("approximately")}},
		{"nearly is a maximum", "Nearly 90 lorries were stuck at the border.",
			[]wantFigure{val("Nearly 90 lorries", FigureCount, 90).withMax(90).withQualifier("nearly")}},
		{"between X and Y", "The repairs will take between 10 and 20 weeks.",
			[]wantFigure{rng("between 10 and 20 weeks", FigureMeasure, 10, 20).withUnit("week")}},
		{"a hyphenated range", "Forecasters expect 10-20 cm of snow.",
			[]wantFigure{rng("10-20 cm of snow", FigureMeasure, 10, 20).withUnit("centimetre").withCounted("snow")}},
		{"from X to Y", "Fares will go from 5 to 7 euros.",
			[]wantFigure{rng("from 5 to 7 euros", FigureMoney, 5, 7).withUnit("euro")}},
		{"a shared scale in a range", "The bill is put at $2-3bn.",
			[]wantFigure{rng("$2-3bn", FigureMoney, 2e9, 3e9)}},
		{"a shared scale in words", "Between two and three million people voted.",
			[]wantFigure{rng("Between two and three million people", FigureCount, 2e6, 3e6)}},
		{"dollars with a scale abbreviation", "The firm paid $4.5bn for the mine.",
			[]wantFigure{val("$4.5bn", FigureMoney, 4.5e9).withUnit("dollar")}},
		{"pounds with an attached m", "The club sold the striker for £2.3m last summer.",
			[]wantFigure{val("£2.3m", FigureMoney, 2.3e6).withUnit("pound sterling")}},
		{"an amount in words", "They raised two million dollars in a week.",
			[]wantFigure{val("two million dollars", FigureMoney, 2e6)}},
		{"euros written after", "The fine came to 320 million euros.",
			[]wantFigure{val("320 million euros", FigureMoney, 320e6).withUnit("euro")}},
		{"an ISO code", "The contract is worth USD 12 million.",
			[]wantFigure{val("USD 12 million", FigureMoney, 12e6).withUnit("United States dollar")}},
		{"wire-service abbreviations", "Profit was 12.5 mln dlrs, or 41 cts a share.",
			[]wantFigure{val("12.5 mln dlrs", FigureMoney, 12.5e6).withUnit("dollar"), val("41 cts a share", FigureMoney, 41).withUnit("cent per share")}},
		{"a currency code with a scale letter", "Sales reached 120 MEUR, against MUSD 95 a year before.",
			[]wantFigure{val("120 MEUR", FigureMoney, 120e6).withUnit("euro"), val("MUSD 95", FigureMoney, 95e6).withUnit("United States dollar")}},
		{"coins after an amount", "A ticket costs 3 dollars 50 cents.",
			[]wantFigure{val("3 dollars 50 cents", FigureMoney, 3.5)}},
		{"percent sign", "Inflation rose 5% in March.",
			[]wantFigure{val("5%", FigurePercent, 5).withChange("up")}},
		{"per cent in words", "Turnout fell by 3.5 per cent.",
			[]wantFigure{val("3.5 per cent", FigurePercent, 3.5).withChange("down")}},
		{"a percentage of something", "About 40% of households own a car.",
			[]wantFigure{val("About 40% of households", FigurePercent, 40).withCounted("households")}},
		{"percentage points", "Support is down 4 percentage points.",
			[]wantFigure{val("4 percentage points", FigurePercent, 4).withUnit("percentage point").withChange("down")}},
		{"a change named after the figure", "It reported a 7% rise in sales.",
			[]wantFigure{val("7%", FigurePercent, 7).withChange("up")}},
		{"a rate", "The field pumps 40,000 barrels a day.",
			[]wantFigure{val("40,000 barrels a day", FigureMeasure, 40000).withUnit("barrel per day")}},
		{"degrees", "It was 38 degrees Celsius in the shade.",
			[]wantFigure{val("38 degrees Celsius", FigureMeasure, 38).withUnit("degree Celsius")}},
		{"an age", "The driver, 19 years old, was unhurt.",
			[]wantFigure{val("19 years old", FigureMeasure, 19).withUnit("year")}},
		{"a hyphenated whole and a half", "He had two-and-a-half years to sell it.",
			[]wantFigure{val("two-and-a-half years", FigureMeasure, 2.5).withUnit("year")}},
		{"aged", "A boy aged 12 was hurt.",
			[]wantFigure{val("aged 12", FigureMeasure, 12).withUnit("year").withCounted("age")}},
		{"an age set off after a name", "Singer Ana Moss, 31, walked out, and so did Tim Hale,45.",
			[]wantFigure{val("31", FigureMeasure, 31).withUnit("year").withCounted("age"), val("45", FigureMeasure, 45).withUnit("year").withCounted("age")}},
		{"a level passed is no year", "The index rose over 2000 on Friday.",
			[]wantFigure{val("over 2000", FigureCount, 2000)}},
		{"a list of parties' seats is no age", "The result was Labour, 34, the Liberals, 28.",
			[]wantFigure{val("34", FigureCount, 34), val("28", FigureCount, 28)}},
		{"a number after a place and a comma is no age", "In Paris, 12 people died.",
			[]wantFigure{val("12 people", FigureCount, 12).withCounted("people")}},
		{"a measure in two units", "He is 6ft 2in tall.",
			[]wantFigure{val("6ft 2in", FigureMeasure, 6+2.0/12).withUnit("foot")}},
		{"hours and minutes", "The flight took 2 hours and 30 minutes.",
			[]wantFigure{val("2 hours and 30 minutes", FigureMeasure, 2.5).withUnit("hour")}},
		{"a hyphenated measure", "They walked a 12-mile route.",
			[]wantFigure{val("12-mile", FigureMeasure, 12).withUnit("mile")}},
		{"metres in sport", "She won the 400m hurdles.",
			[]wantFigure{val("400m", FigureMeasure, 400).withUnit("metre")}},
		{"millions after money", "It pays 50m euros now and another 20m later.",
			[]wantFigure{val("50m euros", FigureMoney, 50e6), val("20m", FigureMoney, 20e6).withUnit("euro")}},
		{"a model number after a name", "The airline ordered ATR 72-500 planes.", nil},
		{"a name that opens with a number", "She now presents a show on the station 6 Music and signed with 19 Entertainment.", nil},
		{"a capitalised number word in a name", "Finance ministers of the Group of Seven met in Rome.", nil},
		{"numbered seeds", "The seeds: 4 Anna Berg (Sweden), 5 Mia Holt (Norway).", nil},
		{"a count of names and plurals stays", "Police held 40 Chinese workers, 12 Democrats and 30 Labour MPs, and sold 70 Airbus A320 planes.",
			[]wantFigure{val("40 Chinese workers", FigureCount, 40), val("12 Democrats", FigureCount, 12), val("30 Labour MPs", FigureCount, 30), val("70", FigureCount, 70)}},
		{"a count of a name before a noun stays", "The chain closed 7 Mega Burger outlets and 300 Department of Health posts moved.",
			[]wantFigure{val("7 Mega Burger outlets", FigureCount, 7), val("300", FigureCount, 300)}},
		{"counts listed with names stay", "It runs 100 Muslim, 100 Christian and 50 Jewish schools.",
			[]wantFigure{val("100", FigureCount, 100), val("100", FigureCount, 100), val("50 Jewish schools", FigureCount, 50)}},
		{"millions without a currency", "The app has 2.3m users.",
			[]wantFigure{val("2.3m users", FigureCount, 2.3e6).withCounted("users")}},
		{"compound number words", "Twenty-five ministers attended.",
			[]wantFigure{val("Twenty-five ministers", FigureCount, 25)}},
		{"a hundred and two", "She counted a hundred and two boats.",
			[]wantFigure{val("a hundred and two boats", FigureCount, 102)}},
		{"a dozen", "A dozen protesters were held.",
			[]wantFigure{val("A dozen protesters", FigureCount, 12)}},
		{"half of", "Half of the voters stayed home.",
			[]wantFigure{val("Half of the voters", FigureCount, 0.5).withCounted("voters")}},
		{"mixed digits and scale", "The city has 2.5 million residents.",
			[]wantFigure{val("2.5 million residents", FigureCount, 2.5e6)}},
		{"a million and a half", "They printed 3 million and a half leaflets.",
			[]wantFigure{val("3 million and a half leaflets", FigureCount, 3.5e6)}},
		{"a fraction in digits", "Only 1/3 of the seats were filled.",
			[]wantFigure{val("1/3 of the seats", FigureCount, 1.0/3).withCounted("seats")}},
		{"two thirds", "Two thirds of members backed the deal.",
			[]wantFigure{val("Two thirds of members", FigureCount, 2.0/3)}},
		{"a proportion", "One in five adults smokes.",
			[]wantFigure{val("One in five adults", FigureCount, 0.2)}},
		{"vague hundreds", "Hundreds of people queued outside.",
			[]wantFigure{rng("Hundreds of people", FigureVague, 100, 1000).withCounted("people")}},
		{"a few hundred", "Only a few hundred fans travelled.",
			[]wantFigure{rng("a few hundred fans", FigureVague, 100, 1000)}},
		{"tens of thousands", "Tens of thousands marched in the capital.",
			[]wantFigure{rng("Tens of thousands", FigureVague, 10000, 100000)}},
		{"thousands of them", "They spoke of a few hundred sailors; there were thousands of them.",
			[]wantFigure{rng("a few hundred sailors", FigureVague, 100, 1000), rng("thousands of them", FigureVague, 1000, 10000).withCounted("sailors")}},
		{"them resolved to a noun before", "The inmates rioted on Monday. Hundreds of them were moved.",
			[]wantFigure{rng("Hundreds of them", FigureVague, 100, 1000).withCounted("inmates")}},
		{"a name between is no antecedent", "All 14 sailors, from the Maldives and Fiji, were rescued, and two of them were hurt.",
			[]wantFigure{val("14 sailors", FigureCount, 14).withCounted("sailors"), val("two of them", FigureCount, 2).withCounted("sailors")}},
		{"ordinals", "It was the third time, and the 25th protest.",
			[]wantFigure{val("third", FigureOrdinal, 3), val("25th", FigureOrdinal, 25)}},
		{"negative numbers", "Temperatures fell to -12C overnight.",
			[]wantFigure{val("-12C", FigureMeasure, -12).withUnit("degree Celsius")}},
		{"or more", "Groups of 50 or more people are banned.",
			[]wantFigure{val("50 or more people", FigureCount, 50).withMin(50)}},
		{"the first half is no fraction", "He scored in the first half.",
			[]wantFigure{val("first", FigureOrdinal, 1)}},
		{"a price quoted with a fraction", "The stock closed at 7-1/2, up 3/8.",
			[]wantFigure{val("7-1/2", FigureMoney, 7.5).withUnit("dollar"), val("3/8", FigureMoney, 0.375).withUnit("dollar").withChange("up")}},
		{"wire-service millions after words", "It will sell seven mln common shares.",
			[]wantFigure{val("seven mln common shares", FigureCount, 7e6).withCounted("common shares")}},
		{"barrels per day", "Output fell to 14.7 mln bpd.",
			[]wantFigure{val("14.7 mln bpd", FigureMeasure, 14.7e6).withUnit("barrel per day")}},
		{"scientific notation", "The rate is 2.5×10^-3 per year.",
			[]wantFigure{val("2.5×10^-3", FigureCount, 2.5e-3)}},
		{"one-half", "It lies one-half mile east.",
			[]wantFigure{val("one-half mile", FigureMeasure, 0.5).withUnit("mile")}},
		{"a counted noun with a code", "Two F-35 jets landed.",
			[]wantFigure{val("Two F-35 jets", FigureCount, 2).withCounted("F-35 jets")}},
		{"a number word beginning a sentence", "Three Britons were hurt.",
			[]wantFigure{val("Three Britons", FigureCount, 3)}},
		{"a number after a name that counts", "He told CNN 25 people had died.",
			[]wantFigure{val("25 people", FigureCount, 25)}},
		{"a four-digit count", "Police said 1500 protesters gathered.",
			[]wantFigure{val("1500 protesters", FigureCount, 1500)}},
		{"a bound of four digits is no year", "Rents are above 1200 and below 1800.",
			[]wantFigure{rng("above 1200 and below 1800", FigureCount, 1200, 1800)}},
		{"vague money", "The scheme cost millions of dollars.",
			[]wantFigure{rng("millions of dollars", FigureVague, 1e6, 1e7).withUnit("dollar")}},
		{"bounds joined into a range", "Sizes are more than 10 and less than 40 units.",
			[]wantFigure{rng("more than 10 and less than 40 units", FigureCount, 10, 40)}},
		{"a change and where it ended are two figures", "Copper rose $1.20 to $9.35 a pound.",
			[]wantFigure{val("$1.20", FigureMoney, 1.2).withChange("up"), val("$9.35 a pound", FigureMoney, 9.35)}},
		{"a year earlier is no rate", "The rate fell to 4.1% from 4.3% a year earlier.",
			[]wantFigure{val("4.1%", FigurePercent, 4.1).withLevel("new"), val("4.3%", FigurePercent, 4.3).withUnit("percent").withLevel("old")}},
		{"a participle of a source verb reports the clause after it", "Bonds rallied on data showing the jobless rate rose 0.3% in May.",
			[]wantFigure{val("0.3%", FigurePercent, 0.3).withCounted("jobless rate")}},
		{"the object of the verb a clause hangs on is not its subject", "Core prices, which exclude food and fuel, surged by 0.8%.",
			[]wantFigure{val("0.8%", FigurePercent, 0.8).withCounted("Core prices")}},
		{"what money is worth", "Traders bought $2m worth of bonds.",
			[]wantFigure{val("$2m", FigureMoney, 2e6).withCounted("bonds")}},
		{"what is worth money", "They signed a deal worth £17m.",
			[]wantFigure{val("£17m", FigureMoney, 17e6).withCounted("deal")}},
		{"a rate before a day is a rate", "Barley was quoted at $212 a tonne on Friday.",
			[]wantFigure{val("$212 a tonne", FigureMoney, 212).withUnit("dollar per tonne")}},
		{"a rate of a distance before a day is a rate", "Taxis charged $3 a mile on Monday.",
			[]wantFigure{val("$3 a mile", FigureMoney, 3).withUnit("dollar per mile")}},
		{"a range of percentages", "The target band is 2.25%-2.5%.",
			[]wantFigure{rng("2.25%-2.5%", FigurePercent, 2.25, 2.5)}},
		{"a compared figure takes the unit", "Net profit 8.1 mln dlrs vs 6.4 mln.",
			[]wantFigure{val("8.1 mln dlrs", FigureMoney, 8.1e6), val("6.4 mln", FigureMoney, 6.4e6).withUnit("dollar")}},
		{"degrees below zero", "It felt like 9 degrees below zero.",
			[]wantFigure{val("9 degrees below zero", FigureMeasure, -9)}},
		{"a restated figure counts once", "He waited forty-five (45) minutes.",
			[]wantFigure{val("forty-five", FigureCount, 45)}},
		{"a fraction of a unit", "Rates rose by a quarter of a percentage point.",
			[]wantFigure{val("a quarter of a percentage point", FigurePercent, 0.25).withUnit("percentage point")}},
		// numbers the shared tokenizer leaves in pieces or joins to letters
		{"digits grouped by a space", "Some 40 000 tickets were sold.",
			[]wantFigure{val("Some 40 000 tickets", FigureCount, 40000).withCounted("tickets")}},
		{"digits grouped by a no-break space", "Some 40\u00a0000 tickets were sold.",
			[]wantFigure{val("Some 40\u00a0000 tickets", FigureCount, 40000)}},
		{"Indian grouping", "The loan came to 12,34,567.50 rupees.",
			[]wantFigure{val("12,34,567.50 rupees", FigureMoney, 1234567.5)}},
		{"a decimal comma", "Inflation reached 2,5 percent.",
			[]wantFigure{val("2,5 percent", FigurePercent, 2.5)}},
		{"a list of numbers is no decimal", "The bins held 12,14,16 apples.",
			[]wantFigure{val("12", FigureCount, 12), val("14", FigureCount, 14), val("16 apples", FigureCount, 16)}},
		{"a signed exponent", "The sample held 3e-2 grams of salt.",
			[]wantFigure{val("3e-2 grams of salt", FigureMeasure, 0.03).withCounted("salt")}},
		{"a price in sixteenths", "The bond yield fell to 7-3/16 pct.",
			[]wantFigure{val("7-3/16 pct", FigurePercent, 7.1875)}},
		{"an age with a possessive", "The 61-year-old's plan was rejected.",
			[]wantFigure{val("61-year-old", FigureMeasure, 61).withUnit("year")}},
		{"a possessive inside what is counted", "Half of the town's voters stayed home.",
			[]wantFigure{val("Half of the town's voters", FigureCount, 0.5).withCounted("town's voters")}},
		// a change from one level to another is two figures
		{"from one level to another", "The allowance was raised from £4,745 to £4,895.",
			[]wantFigure{val("£4,745", FigureMoney, 4745).withLevel("old").withChange("up"),
				val("£4,895", FigureMoney, 4895).withLevel("new").withChange("up")}},
		{"to a level from another", "The yield fell to 6.2 pct from 6.5 pct on Friday.",
			[]wantFigure{val("6.2 pct", FigurePercent, 6.2).withLevel("new").withChange("down"),
				val("6.5 pct", FigurePercent, 6.5).withLevel("old").withChange("down")}},
		{"a shared scale in two levels", "Output grew from 2 to 3 million barrels.",
			[]wantFigure{val("2", FigureMeasure, 2e6).withLevel("old"), val("3 million barrels", FigureMeasure, 3e6).withLevel("new")}},
		{"a change word against the values leaves a range", "The dose was cut from 40 to 50 mg.",
			[]wantFigure{rng("from 40 to 50 mg", FigureMeasure, 40, 50)}},
		{"a currency written onto the next number", "They sold 3 USD40 vouchers.",
			[]wantFigure{val("3", FigureCount, 3), val("USD40", FigureMoney, 40)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nonDates(figures.Extract(Read(bodyArticle(tt.text)), nil, nil))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d figures %s, want %d", len(got), figureTexts(got), len(tt.want))
			}
			for i := range got {
				checkFigure(t, got[i], tt.want[i])
			}
		})
	}
}

func figureTexts(fs []Figure) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("[" + f.Text + " " + f.Kind + "]")
	}
	return b.String()
}

// Dates and years are dates, never counts; identifiers are no figures.
func TestFiguresThatAreNotQuantities(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		dates []string // texts of the date figures expected
	}{
		{"a year", "The bridge opened in 1998.", []string{"1998"}},
		{"a full date", "Talks resumed on Monday, Feb. 3, 2025, in Geneva.", []string{"Feb. 3, 2025"}},
		{"day before month", "The vote is on 14 March.", []string{"14 March"}},
		{"a short month's name ends the sentence", "The gig moved to 15 June. Fans were told.", []string{"15 June"}},
		{"an abbreviated month keeps its stop", "The vote is on 14 Jan. in Rome.", []string{"14 Jan."}},
		{"numbered items", "The faults: 1) the ships were late; 2) the port was shut.", nil},
		{"an item numbered in brackets", "(3) Staff were sent home.", nil},
		{"a decade", "Prices last rose like this in the 1970s.", []string{"1970s"}},
		{"a decade in short", "It was a hit in the '80s.", []string{"80s"}},
		{"a season of years", "The 2019-20 season was cut short.", []string{"2019-20"}},
		{"a financial year", "Profits fell in 2021/22.", []string{"2021/22"}},
		{"a law's section", "They invoked Section 301 of the act.", nil},
		{"idioms", "Police pursued a zero tolerance policy, he said of the two-bit operators.", nil},
		{"a UN resolution", "Resolution 1441 was adopted unanimously.", nil},
		{"a disease name", "Covid-19 cases are falling.", nil},
		{"an aircraft", "The F-35 jets landed.", nil},
		{"a phone number", "Call 555-0142-77 for details.", nil},
		{"a code with letters", "The G20 summit ended.", nil},
		{"a time of day", "The polls close at 10pm.", nil},
		{"a clock time", "The train left at 10:45.", nil},
		{"a score", "Leeds won 3-1 at home.", nil},
		{"no one", "No one was hurt.", nil},
		{"a name with a number word", "He watched the Six Nations on television.", nil},
		{"a web address", "See http://example.org/a/123?id=45 for more.", nil},
		{"an address", "Talks were held at 10 Downing Street.", nil},
		{"a date written with a slash", "Security has tightened since 9/11.", nil},
		{"a name with a year", "The plan, Saudi Vision 2030, aims high.", []string{"2030"}},
		{"a year in a name of a law", "They cited the 1701 Act.", []string{"1701"}},
		{"a time written as four digits", "Kick-off is at 1930 local time.", []string{"1930"}},
		{"a mobile standard", "The 3G network was switched off.", nil},
		{"a prefix joined to a year", "Rates stayed low until mid-2020.", []string{"2020"}},
		{"a year with a possessive", "It was 2019's best seller.", []string{"2019"}},
		{"a year with a possessive after a comparison", "The loss was smaller than 2019's.", []string{"2019"}},
		{"a year with a curly possessive", "It was 2019’s best seller.", []string{"2019"}},
		{"a time in one token", "The meeting starts at 14:30 sharp.", nil},
		{"a date in one token", "The deadline was 12/31/2024.", []string{"12/31/2024"}},
		{"a telephone number in one token", "Call 020-7946-0018 now.", nil},
		{"a number word with a possessive is a name", "Viewers left Channel Five's news for good.", nil},
		{"letters written onto a number", "He ran the 4x100m relay.", nil},
		{"a time of day in words", "The alarm went off at four in the morning.", nil},
		{"a time by the clock", "They met at 10 o'clock.", nil},
		{"a place in a ranking", "She is among the top 10 players.", nil},
		{"a rank in words", "Hewitt is the world number three.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dates []string
			for _, f := range figures.Extract(Read(bodyArticle(tt.text)), nil, nil) {
				if f.Kind != FigureDate {
					t.Errorf("unexpected %s figure %q", f.Kind, f.Text)
					continue
				}
				dates = append(dates, f.Text)
			}
			if strings.Join(dates, "|") != strings.Join(tt.dates, "|") {
				t.Errorf("dates = %q, want %q", dates, tt.dates)
			}
		})
	}
}

func TestFigureSources(t *testing.T) {
	t.Run("according to in the same sentence", func(t *testing.T) {
		a := bodyArticle("The camps hold 9,400 people, according to the Interior Ministry. Another 300 arrived later.")
		got := figures.Extract(Read(a), nil, nil)
		if len(got) != 2 {
			t.Fatalf("got %s", figureTexts(got))
		}
		checkFigure(t, got[0], val("9,400 people", FigureCount, 9400).withSource("Interior Ministry"))
		if got[1].Source != "" {
			t.Errorf("figure of the next sentence has source %q", got[1].Source)
		}
	})
	t.Run("a report by someone", func(t *testing.T) {
		a := bodyArticle("A 2023 report by Oxfam International counted 46 shelters.")
		got := nonDates(figures.Extract(Read(a), nil, nil))
		if len(got) != 1 {
			t.Fatalf("got %s", figureTexts(got))
		}
		checkFigure(t, got[0], val("46 shelters", FigureCount, 46).withSource("Oxfam International"))
	})
	t.Run("a described name is the source, not the word that describes it", func(t *testing.T) {
		a := bodyArticle("A quarter of users upload films, according to a report by UK think-tank Civitas Lab.")
		got := figures.Extract(Read(a), nil, nil)
		if len(got) != 1 {
			t.Fatalf("got %s", figureTexts(got))
		}
		if got[0].Source != "Civitas Lab" {
			t.Errorf("source %q, want Civitas Lab", got[0].Source)
		}
	})
	t.Run("the speaker of the claim that holds the figure", func(t *testing.T) {
		text := `"We lost 40 trucks," the company said.`
		a := bodyArticle(text)
		claim := Claim{Speaker: "the company", Paragraph: 1, Start: 1, End: strings.Index(text, ",")}
		got := figures.Extract(Read(a), nil, []Claim{claim})
		if len(got) != 1 {
			t.Fatalf("got %s", figureTexts(got))
		}
		checkFigure(t, got[0], val("40 trucks", FigureCount, 40).withSource("the company"))
	})
	t.Run("a source named as an entity takes the entity's name", func(t *testing.T) {
		a := bodyArticle("Exports fell 3%, according to the statistics office.")
		ents := []Entity{{Name: "National Statistics Office", Aliases: []string{"statistics office"}}}
		got := figures.Extract(Read(a), ents, nil)
		if len(got) != 1 || got[0].Source != "National Statistics Office" {
			t.Fatalf("got %+v", got)
		}
	})
	t.Run("a share of people who think is no source", func(t *testing.T) {
		a := bodyArticle("Some 47% believe she should keep no title, while 7% think she should reign.")
		for _, f := range figures.Extract(Read(a), nil, nil) {
			if f.Source != "" {
				t.Errorf("%q has source %q", f.Text, f.Source)
			}
		}
	})
	t.Run("a claim in another paragraph does not count", func(t *testing.T) {
		a := bodyArticle("They lost 40 trucks.", "Nothing else.")
		claim := Claim{Speaker: "the company", Paragraph: 2, Start: 0, End: 13}
		got := figures.Extract(Read(a), nil, []Claim{claim})
		if len(got) != 1 || got[0].Source != "" {
			t.Fatalf("got %+v", got)
		}
	})
}

func TestFiguresOnlyFromBodyAndCaptions(t *testing.T) {
	a := &Article{Paragraphs: []Paragraph{
		{N: 1, Kind: KindTitle, Text: "Storm leaves 300 homes without power"},
		{N: 2, Kind: KindBody, Text: "About 300 homes lost power."},
		{N: 3, Kind: KindCaption, Text: "Crews repaired 12 lines."},
		{N: 4, Kind: KindBoilerplate, Text: "Subscribe for 99 cents a week."},
	}}
	got := figures.Extract(Read(a), nil, nil)
	var paras []int
	for _, f := range got {
		paras = append(paras, f.Paragraph)
	}
	if len(got) != 2 || paras[0] != 2 || paras[1] != 3 {
		t.Fatalf("figures from paragraphs %v: %s", paras, figureTexts(got))
	}
}

func TestFigureOffsets(t *testing.T) {
	text := "Près de 2 500 “réfugiés” — about 1,200 people — arrived."
	got := figures.Extract(Read(bodyArticle(text)), nil, nil)
	if len(got) == 0 {
		t.Fatal("no figures")
	}
	for _, f := range got {
		if text[f.Start:f.End] != f.Text {
			t.Errorf("text[%d:%d] = %q, figure text %q", f.Start, f.End, text[f.Start:f.End], f.Text)
		}
		if f.NumberStart < f.Start || f.NumberEnd > f.End || f.NumberStart >= f.NumberEnd {
			t.Errorf("%q: number span %d..%d outside %d..%d", f.Text, f.NumberStart, f.NumberEnd, f.Start, f.End)
		}
	}
}

// FuzzExtractFigures checks that no input makes extraction panic or give
// offsets, texts or values that do not hold.
func FuzzExtractFigures(f *testing.F) {
	for _, s := range []string{
		"", "1e400 people", "$4.5bn", "between 10 and", "1/0", "½", "-", "3-", "a few", "thousands of them",
		"more than 10 and less than", "2.3m", "Jan. 19, 2026", "-1.1^--23", "٣ ١٢", "9999999999999999999999999999 dlrs",
		"point five", "one and a", "12,34,567.89", "40\u202f000", "\xff\xfe 12", "over ½ a mile", "$ $ 5 - - 7",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := bodyArticle(s, s+" "+s)
		figs := figures.Extract(Read(a), nil, []Claim{{Speaker: "x", Paragraph: 1, Start: 0, End: len(s)}})
		for _, fg := range figs {
			p := a.Paragraphs[fg.Paragraph-1].Text
			if fg.Start < 0 || fg.End > len(p) || fg.Start >= fg.End {
				t.Fatalf("offsets %d..%d out of range for %q", fg.Start, fg.End, p)
			}
			if p[fg.Start:fg.End] != fg.Text {
				t.Fatalf("text %q is not paragraph[%d:%d] %q", fg.Text, fg.Start, fg.End, p[fg.Start:fg.End])
			}
			if fg.NumberStart < 0 || fg.NumberEnd > len(p) || fg.NumberStart > fg.NumberEnd {
				t.Fatalf("number offsets %d..%d out of range", fg.NumberStart, fg.NumberEnd)
			}
			for _, v := range []*float64{fg.Value, fg.Min, fg.Max} {
				if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
					t.Fatalf("%q: value %v", fg.Text, *v)
				}
			}
			if utf8.ValidString(p) && !utf8.ValidString(fg.Text) {
				t.Fatalf("figure %q splits a character", fg.Text)
			}
		}
	})
}

// BenchmarkExtractFigures runs the figure extractor over the BBC corpus and
// reports its time per article, the parse of the sentences it needs
// included and Read left out.
func BenchmarkExtractFigures(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(shared.Dir(), "corpus", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no BBC corpus in shared/corpus/bbc above the package")
	}
	var arts []*Article
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		a, err := Parse(name, name, data, ParseOptions{})
		if err != nil {
			continue
		}
		arts = append(arts, a)
	}
	// Read (tokens, sentences, tags) is the root's, done before the clock
	// runs; the sentences figures parse are its own cost, so every round
	// reads the articles afresh.
	docs := make([]*text.Doc, len(arts))
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for k, a := range arts {
			docs[k] = Read(a)
		}
		b.StartTimer()
		for _, d := range docs {
			n += len(figures.Extract(d, nil, nil))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
	_ = n
}

// hasModel reports whether the binary embeds the trained parser, which the
// structure of a figure's sentence comes from.
func hasModel() bool {
	_, err := text.Default()
	return err == nil
}

// What a figure measures and who gives it, read from the parse of its
// sentence: each case is one of the classes of error the words around a
// number alone get wrong.
func TestFiguresFromTheParse(t *testing.T) {
	if !hasModel() {
		t.Skip("no trained model embedded")
	}
	tests := []struct {
		name, text string
		want       wantFigure
	}{
		{"the subject whose level a passive verb states", "Last year the stamp duty threshold was raised to £120,000.",
			val("£120,000", FigureMoney, 120000).withCounted("stamp duty threshold")},
		{"the noun before of", "Ministers expect economic growth of 3.1% this year.",
			val("3.1%", FigurePercent, 3.1).withCounted("economic growth")},
		{"of two subjects the parse gives a verb, the nearest", "Inflation fell to 9.8% in October from 11.4% in September, the lowest rate in more than five years, and the economy grew 5.1% in the second quarter, according to the Ghana Statistical Service.",
			val("5.1%", FigurePercent, 5.1).withCounted("economy")}, // (from the demo briefings)
		{"but not a subject after a subordinator the parse hung on the verb", "Ghana, the world’s second-largest cocoa producer after Côte d’Ivoire, earned about $3.9bn from cocoa exports in the twelve months to September, according to the Ghana Cocoa Board.",
			val("about $3.9bn", FigureMoney, 3.9e9).withCounted("Ghana").withQualifier("about")}, // (from the demo briefings)
		{"the subject of a copula", "By Friday the yield was 7.2 pct.",
			val("7.2 pct", FigurePercent, 7.2).withCounted("yield")},
		{"the subject of an intransitive level verb", "Total turnover topped two billion euros last week.",
			val("topped two billion euros", FigureMoney, 2e9).withCounted("Total turnover").withQualifier("topped")},
		{"the object of a verb that changes it", "The central bank pushed its lending rate down to 4.5 pct on Monday.",
			val("4.5 pct", FigurePercent, 4.5).withCounted("lending rate")},
		{"what a change noun changes", "A 6 pct rise in food prices worried shoppers.",
			val("6 pct", FigurePercent, 6).withCounted("food prices").withChange("up")},
		{"what a change noun changes, past its owner", "Critics pointed to a 48% jump in the region's housing waiting list to 9,000 names.",
			val("48%", FigurePercent, 48).withCounted("housing waiting list").withChange("up")},
		{"a noun in capitals", "Its 250 MPs voted against the plan.",
			val("250 MPs", FigureCount, 250).withCounted("MPs")},
		{"a singular noun", "Data showed a 12,000 increase in factory jobs in May.",
			val("12,000", FigureCount, 12000).withCounted("factory jobs")},
		{"a bare one before its noun", "The champion lost only one match all season.",
			val("one", FigureCount, 1).withCounted("match")},
		{"a figure before a compound noun", "Investors were covered by a 3.5 billion euro six-week special loan from the bank.",
			val("3.5 billion euro", FigureMoney, 3.5e9).withCounted("special loan")},
		{"a restatement in another currency", "The deal is worth £5bn ($9bn) to the firm.",
			val("$9bn", FigureMoney, 9e9).withCounted("deal")},
		{"a verb joined to another shares its subject, not its object", "The director's new film received lukewarm reviews but went on to make over $76m worldwide.",
			val("over $76m", FigureMoney, 76e6).withCounted("new film")},
		{"a label before a figure in a wire table", "Net profit 754.4 mln francs vs 674.1 mln.",
			val("754.4 mln francs", FigureMoney, 754.4e6).withCounted("Net profit")},
		{"the noun a relative clause is said of", "Exports, which rose 5% last year, are expected to slow.",
			val("5%", FigurePercent, 5).withCounted("Exports")},
		{"a present participle is no measure of its noun", "The unit of the bank is raising 100 mln dlrs through a note offering.",
			val("100 mln dlrs", FigureMoney, 100e6)},
		{"a stretch of time measures nothing else", "The striker finally scored after 31 minutes.",
			val("31 minutes", FigureMeasure, 31)},
		{"the old level of a change, hung on the new one", "Inflation eased to 6.2% in May from 7.4% in April.",
			val("7.4%", FigurePercent, 7.4).withCounted("Inflation")},
		{"the new level after the size of a change", "The bank cut its deposit rate by 50 basis points to 3.25%.",
			val("3.25%", FigurePercent, 3.25).withCounted("deposit rate")},
		{"a change by a figure the parse hangs on the verb's phrase of place", "The council said the floods had cut wheat production along the coast by between 12% and 15% since 2019.",
			rng("between 12% and 15%", FigurePercent, 12, 15).withCounted("wheat production")},
		{"the subject of an irregular level verb", "The fund's cash reserves had risen to $4.2bn.",
			val("$4.2bn", FigureMoney, 4.2e9).withCounted("cash reserves")},
		{"a month is no counted thing: the subject of the verb is", "The trade gap narrowed in March to £56bn.",
			val("£56bn", FigureMoney, 56e9).withCounted("trade gap")},
		{"the object of a verb that changes it is not its subject's", "Rome plans to raise as much as 25bn euros from sales of state assets.",
			val("as much as 25bn euros", FigureMoney, 25e9)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *Figure
			for _, f := range figures.Extract(Read(bodyArticle(tt.text)), nil, nil) {
				if f.Text == tt.want.text {
					got = &f
				}
			}
			if got == nil {
				t.Fatalf("no figure %q in %s", tt.want.text, figureTexts(figures.Extract(Read(bodyArticle(tt.text)), nil, nil)))
			}
			checkFigure(t, *got, tt.want)
			if tt.want.counted == "" && got.Counted != "" {
				t.Errorf("%q: counted = %q, want none", tt.want.text, got.Counted)
			}
		})
	}
}

// The source of a figure is the one whose words hold it.
func TestFigureSourcesFromTheParse(t *testing.T) {
	if !hasModel() {
		t.Skip("no trained model embedded")
	}
	tests := []struct{ name, text, figure, source string }{
		{"the data's maker after according to", "Gas storage is 80% full, according to data from Storage Europe.", "80%", "Storage Europe"},
		{"the subject of a speech verb", "Bond analysts said the state would borrow at least six billion guilders this year.", "at least six billion guilders", "Bond analysts"},
		{"the maker of the figures that show it", "Figures from the Cabinet Office showed that output fell 0.5% in the last quarter.", "0.5%", "Cabinet Office"},
		{"the outer speaker of two", "Dealers said the central bank would announce a special advance of 4.2 billion guilders.", "4.2 billion guilders", "Dealers"},
		{"no speaker in a passive", "Debts are expected to fall by 5% this year.", "5%", ""},
		{"not the speaker of a clause beside the speech", "Traders predicted a fall of 2% in March, and the council trimmed its own estimate to 1.5%.", "1.5%", ""},
		{"the speaker of a clause within the speech", "Traders predicted that exports would rise and that imports would fall 4% in March.", "4%", "Traders"},
		{"no poll's share", "In the survey, three-quarters said the fare of 14 pesos was too high.", "14 pesos", ""},
		{"no poll's share with its total", "A total of 61% said they expected rents to rise by 9% next year.", "9%", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := figures.Extract(Read(bodyArticle(tt.text)), nil, nil)
			for _, f := range figs {
				if f.Text == tt.figure {
					if f.Source != tt.source {
						t.Errorf("source of %q = %q, want %q", f.Text, f.Source, tt.source)
					}
					return
				}
			}
			t.Fatalf("no figure %q in %s", tt.figure, figureTexts(figs))
		})
	}
}

// TestNoFigureReadsAsItsOpposite: a bound right after a negated verb is no
// figure ("did not rise above 5%" is not "above 5%"), though a negation
// further off ("not diagnosed until around 3") leaves it; and a figure a
// speaker denies is not given as theirs.
func TestNoFigureReadsAsItsOpposite(t *testing.T) {
	for _, f := range Extract(bodyArticle("Joblessness in Arlen did not rise above 6% last year, officials said.")).Figures {
		if strings.Contains(f.Text, "6%") {
			t.Errorf("a bound a negated verb governs became the figure %q", f.Text)
		}
	}
	found := false
	for _, f := range Extract(bodyArticle("Most cases are not found until around 4 years of age.")).Figures {
		found = found || strings.Contains(f.Text, "4 years")
	}
	if !found {
		t.Error("a figure after 'not … until' was dropped")
	}
	for _, f := range Extract(bodyArticle("The Corven Mining Group denied that it would cut 700 jobs.")).Figures {
		if strings.Contains(f.Text, "700") && f.Source != "" {
			t.Errorf("the denied figure %q is given as %s's", f.Text, f.Source)
		}
	}
}

// TestSetScoresAndPhoneGroupsAreNoFigures: the sets of a match ("6-7 (4-7)
// 7-6", "7-5 5-7 6-4") are scores, though the loser's comes first, and the
// groups of a telephone number ("0800 028 9276") count nothing; a range
// beside no score stays one.
func TestSetScoresAndPhoneGroupsAreNoFigures(t *testing.T) {
	a := bodyArticle("Rochus beat Kiefer 6-7 (4-7) 7-6 (8-6) 7-5 and Ivanova came through 7-5 5-7 6-4.",
		"Customers can call 0800 028 9276 or 020 7946 0018 for a new cable.",
		"About 10-15 people came.")
	var got []string
	for _, f := range Extract(a).Figures {
		got = append(got, f.Text)
	}
	if !slices.Equal(got, []string{"About 10-15 people"}) {
		t.Errorf("figures %q; want only \"About 10-15 people\"", got)
	}
}
