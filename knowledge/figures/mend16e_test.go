package figures_test

import (
	"testing"

	. "github.com/briefbot/briefbot/knowledge"
)

// TestProseWithYearlyValuesKeepsFigures: a sentence that lists a value for
// each year ("2,340 in 1997") has about one word a number, but its years
// are dates, no table cells: it is prose, not a table, and keeps its
// numbers, its years and what it counts.
func TestProseWithYearlyValuesKeepsFigures(t *testing.T) {
	for _, c := range []struct{ text, fig, kind string }{
		{"Imports climbed to 2,100 in 1996, 2,340 in 1997, 2,610 in 1998 and 2,950 in 1999.", "2,340", "count"},
		{"Imports climbed to 2,100 in 1996, 2,340 in 1997, 2,610 in 1998 and 2,950 in 1999.", "1998", "date"},
		{"In 1996 it built 410 boats, in 1997 455, in 1998 502 and in 1999 530.", "410 boats", "count"},
		{"In 1996 it built 410 boats, in 1997 455, in 1998 502 and in 1999 530.", "1997", "date"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Kind != c.kind {
			t.Errorf("%q: %s, want %s", c.fig, f.Kind, c.kind)
		}
	}
	// a supply sheet with a note after it, a list of estimates with a
	// word a number, end their sentence too: still tables
	for _, text := range []string{
		"Opening Stocks 210 210 180 180 Output 95 95 120 120 Total Supply 305 305 300 300 Sales 140 150 130 130 Closing Stocks 165 155 170 170 Note - Year starts May 1.",
		"Sowings, in tonnes: Kenya 310 (305), Ghana 42 (47), Chad 18 (21), Mali 66 (60).",
	} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Kind == "count" && f.Unit == "" {
				t.Errorf("%q: table cell %q read as a count", text[:20], f.Text)
			}
		}
	}
}

// TestFractionOfLastYearsThing: "half of last year's profit" is a fraction
// of the profit, where "the last quarter of this year" stays a stretch of
// time.
func TestFractionOfLastYearsThing(t *testing.T) {
	for _, c := range []struct{ text, fig, counted string }{
		{"Half of last year's output was sold abroad.", "Half", "output"},
		{"The city will spend a quarter of this year's budget on roads.", "a quarter", "budget"},
		{"Half of this season's matches were played in the rain.", "Half", "matches"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && (f.Value == nil || f.Counted != c.counted) {
			t.Errorf("%q: counted %q, want %q", c.fig, f.Counted, c.counted)
		}
	}
	for _, text := range []string{"Sales in the last quarter of this year will fall.", "Prices rose in the first half of last year."} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Text == "quarter" || f.Text == "half" {
				t.Errorf("%q: stretch of time read as the fraction %q", text, f.Text)
			}
		}
	}
}

// TestRankKeepsBoundPhrase: a phrase that bounds a rank written in digits
// stays ("more than 40th"); a one-word preposition before a rank and
// "than first thought" are no bounds.
func TestRankKeepsBoundPhrase(t *testing.T) {
	if f := figureIn(t, "By June he had dropped to more than 40th in the world.", "more than 40th"); f != nil && f.Qualifier != "more than" {
		t.Errorf("more than 40th: qualifier %q", f.Qualifier)
	}
	if f := figureIn(t, "She climbed to at least 12th in the standings.", "at least 12th"); f != nil && f.Qualifier != "at least" {
		t.Errorf("at least 12th: qualifier %q", f.Qualifier)
	}
	for _, text := range []string{"He won in straight sets over 3rd seed Lee Park.", "The bill was higher than first expected."} {
		for _, f := range Extract(bodyArticle(text)).Figures {
			if f.Kind == "ordinal" && f.Qualifier != "" {
				t.Errorf("%q: rank %q has the qualifier %q", text, f.Text, f.Qualifier)
			}
		}
	}
}

// TestWhoWasNumberAfterNameEndingSentence: "lost to Smith, who was 4." may
// give a rank or a score, no age; an aside the sentence goes on after
// ("Kerr, who is 27, signed") and a person noun ("a girl who was 9.") give
// one.
func TestWhoWasNumberAfterNameEndingSentence(t *testing.T) {
	for _, f := range Extract(bodyArticle("Ortiz, who is 22, was beaten by Marsh, who was 4.")).Figures {
		if f.Text == "4" && f.Unit == "year" {
			t.Errorf("'who was 4' at the end of the sentence read as an age")
		}
	}
	for _, c := range []struct{ text, fig string }{
		{"Ortiz, who is 22, was beaten by Marsh, who was 4.", "22"},
		{"Kerr, who is 27, signed a new deal.", "27"},
		{"The dog was found by a girl who was 9.", "9"},
	} {
		if f := figureIn(t, c.text, c.fig); f != nil && f.Unit != "year" {
			t.Errorf("%q: %s %q, want an age", c.fig, f.Kind, f.Unit)
		}
	}
}
