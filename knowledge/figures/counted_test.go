package figures_test

import (
	"slices"
	"strings"
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestCountedIsNoWordFromElsewhere: "a quarter of those with broadband"
// says who is counted in its own words, so no noun from the sentence
// before is shown as what it counts; a span of days counts no person.
func TestCountedIsNoWordFromElsewhere(t *testing.T) {
	a := bodyArticle("Broadband access plays a big part in ownership too. Almost a quarter of those with broadband at home own one, "+
		"compared to 9% of those who have dial-up access. This compares to 14% of those aged 30-39.",
		"The records from before 1 January, three days before President Ivan Petrov was elected, were destroyed.")
	for _, f := range Extract(a).Figures {
		for _, bad := range []string{"plays", "compares", "players", "Petrov"} {
			if strings.Contains(f.Counted, bad) {
				t.Errorf("%q counts %q", f.Text, f.Counted)
			}
		}
	}
}

// TestQuarterOfTheYearIsNoFraction: "the last quarter of 2003" and "two
// quarters ahead" name stretches of time, not a quarter or a half of
// anything; "three quarters of the seats" is still a fraction.
func TestQuarterOfTheYearIsNoFraction(t *testing.T) {
	a := bodyArticle("The mill cut 900 jobs during the last quarter of 2003, and the index of orders two quarters ahead fell.",
		"Three quarters of the seats went to the farmers' party.")
	var fractions []string
	for _, f := range Extract(a).Figures {
		if f.Value != nil && *f.Value < 1 {
			fractions = append(fractions, f.Text)
		}
	}
	if len(fractions) != 1 || fractions[0] != "Three quarters of the seats" {
		t.Errorf("fractions %q; want only \"Three quarters of the seats\"", fractions)
	}
}

// TestFixedPhraseCountsNothing: "on hold at 3.25%", "on the news to
// $12.40", "to the tune of $3m" say nothing of what the figure counts.
func TestFixedPhraseCountsNothing(t *testing.T) {
	a := bodyArticle("The central bank kept rates on hold at 3.25% for a fifth month. Shares in Dorvan fell 5% on the news to $12.40. " +
		"He looted the charity to the tune of $3m. The Kell optimism index - a leading indicator of growth two quarters ahead - edged up in May to 104.5.")
	for _, f := range Extract(a).Figures {
		for _, bad := range []string{"hold", "news", "tune", "quarters"} {
			if strings.HasSuffix(f.Counted, bad) {
				t.Errorf("%q counts %q", f.Text, f.Counted)
			}
		}
	}
}

// TestModelNumberIsNoCount: "the Apex 3 Series" is a model's name, not three
// of anything; "the station told CNN 25 people died" still counts people.
func TestModelNumberIsNoCount(t *testing.T) {
	a := bodyArticle("The Apex 3 Series sold well in the spring. A local station told CNN 25 people died.")
	var texts []string
	for _, f := range Extract(a).Figures {
		texts = append(texts, f.Text)
	}
	if slices.Contains(texts, "3 Series") || !slices.Contains(texts, "25 people") {
		t.Errorf("figures %q; want \"25 people\" and no \"3 Series\"", texts)
	}
}

// TestMetresByTheJump: "a best of 16.76m" is a distance in metres; "debt
// of 12.45m" and "2.35m customers" are millions.
func TestMetresByTheJump(t *testing.T) {
	a := bodyArticle("Reid set a best of 16.76m in second. The firm had 2.35m customers. Its debt was 12.45m.")
	want := map[string]float64{"16.76m": 16.76, "2.35m customers": 2350000, "12.45m": 12450000}
	for _, f := range Extract(a).Figures {
		if v, ok := want[f.Text]; ok {
			if f.Value == nil || *f.Value != v {
				t.Errorf("%q = %v, want %v", f.Text, f.Value, v)
			}
			delete(want, f.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not read: %v", want)
	}
}

// TestPersonIsNeverCounted: a sum a person earns or a rank a person holds
// does not count that person ("The register shows former leader Tom Vale
// earning up to £820,000"); a name in the figure's own words ("15% of
// Acme") is kept.
func TestPersonIsNeverCounted(t *testing.T) {
	a := bodyArticle("The register shows former Tory leader Tom Vale earning up to £820,000 on top of his salary. "+
		"Actor Paul Brand made 5.45m euros last year, according to a table drawn up by the paper.",
		"Ann Marsh, who had never reached the last four at the event, won in four sets. The fund bought 15% of Acme Steel.")
	figs := Extract(a).Figures
	for _, f := range figs {
		for _, bad := range []string{"Vale", "Brand", "Marsh"} {
			if strings.Contains(f.Counted, bad) {
				t.Errorf("%q counts a person: %q", f.Text, f.Counted)
			}
		}
	}
	i := slices.IndexFunc(figs, func(f Figure) bool { return strings.HasPrefix(f.Text, "15%") })
	if i < 0 || !strings.Contains(figs[i].Counted, "Acme") {
		t.Errorf("the share of Acme lost what it counts: %+v", figs)
	}
	// A candidate's share of a poll is theirs.
	a = bodyArticle("Tom Vale is a senator from Ohio. Ann Marsh is a governor from Utah.",
		"Ann Marsh beats Tom Vale by 46 percent to 42 percent, according to the poll.")
	for _, f := range Extract(a).Figures {
		if f.Text == "42 percent" && f.Counted == "" {
			t.Errorf("a poll share lost its candidate: %+v", f)
		}
	}
}

// TestCountedIsNoPlaceNorOrganisation: a place or an organisation the
// entities name is not what a sum or a number outside its name counts; a
// group still is, and a count joined by a hyphen to the name it describes
// counts its noun ("the 27-member European Union" counts members).
func TestCountedIsNoPlaceNorOrganisation(t *testing.T) {
	a := bodyArticle("Norway earned about $2.1bn from salmon exports last year, the fisheries board said.",
		"The club will move into the 45,000-seater Wembley Stadium in May.",
		"Leaders said the 27-member European Union needs new rules.",
		"About 3,000 Norwegians live in the town.")
	counted := map[string]string{}
	for _, f := range Extract(a).Figures {
		counted[f.Text] = f.Counted
	}
	want := map[string]string{"about $2.1bn": "", "45,000": "seats", "27": "members", "About 3,000 Norwegians": "Norwegians"}
	for text, w := range want {
		if c, ok := counted[text]; !ok {
			t.Errorf("no figure %q", text)
		} else if c != w {
			t.Errorf("%q counts %q, want %q", text, c, w)
		}
	}
}

// TestThoseWithAParticiple: "of those polled" says who is counted; no noun
// from an earlier sentence is.
func TestThoseWithAParticiple(t *testing.T) {
	a := bodyArticle("The survey asked about new tax policies.", "Thirty five pct of those polled said their view had changed.")
	for _, f := range Extract(a).Figures {
		if strings.Contains(f.Counted, "polic") {
			t.Errorf("%q counts %q", f.Text, f.Counted)
		}
	}
}

// TestWordToDigitsRangeAndHyphenScale: "seven to 12 years" is one span, and
// "a 200-million bushel cut" holds 200 million, not 200; "a 350-mln-dlr
// loan" 350 million dollars.
func TestWordToDigitsRangeAndHyphenScale(t *testing.T) {
	a := bodyArticle("The plant trailed its rival by seven to 12 years in new machines.", "Farmers expect a 200-million bushel cut in stocks.",
		"The bank signed a 350-mln-dlr loan.")
	var got []string
	for _, f := range Extract(a).Figures {
		switch {
		case f.Min != nil && f.Max != nil && *f.Min == 7 && *f.Max == 12 && f.Unit == "year":
			got = append(got, "range")
		case f.Value != nil && *f.Value == 200e6:
			got = append(got, "scaled")
		case f.Value != nil && *f.Value == 350e6 && f.Unit == "dollar":
			got = append(got, "dollars")
		default:
			got = append(got, f.Text)
		}
	}
	if !slices.Equal(got, []string{"range", "scaled", "dollars"}) {
		t.Errorf("figures %q; want the range seven to 12 years, 200 million bushels and 350 million dollars", got)
	}
}

// TestCountedOfPhraseIsANoun: an "of" phrase that stops at a possessive
// ("10% of the province's", "15% of Ferris' unit") or at a verb or adverb ("the first 12 weeks of
// the season ended") lost its noun; neither the owner nor the clause is shown
// as what the figure counts, nor a noun before the figure ("managers of a
// fifth of the county's"), while "30% of the town's voters" keeps it.
func TestCountedOfPhraseIsANoun(t *testing.T) {
	a := bodyArticle("Barter made up only 10% of the province's 4.2bn euros in exports last year.",
		"Rainfall in the first 12 weeks of the season ended at 300mm, and 30% of the town's voters stayed at home.",
		"Managers of more than a fifth of the county's 40 largest farms came to the show.",
		"The bank bought 15% of Ferris' main steel unit, and thousands of 'likes' followed.")
	got := map[string]string{}
	for _, f := range Extract(a).Figures {
		got[f.Text] = f.Counted
	}
	for _, f := range Extract(a).Figures {
		for _, bad := range []string{"province's", "ended", "county's", "Managers", "Ferris"} {
			if strings.HasSuffix(f.Counted, bad) || strings.HasSuffix(f.Text, bad) {
				t.Errorf("%q counts %q", f.Text, f.Counted)
			}
		}
	}
	if c := got["thousands of 'likes"]; c != "likes" {
		t.Errorf("thousands of 'likes' counts %q; want \"likes\" (all: %q)", c, got)
	}
	if c := got["30% of the town's voters"]; c != "town's voters" {
		t.Errorf("30%% of the town's voters counts %q; want \"town's voters\" (all: %q)", c, got)
	}
}
