package index

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// The articles of these tests are written for them.

// "What dividend will X pay for 2005?" is refused over an article that
// names only X's 2004 dividend; for 2004 it is answered by the amount.
func TestAYearTheArticleNeverNamesIsRefused(t *testing.T) {
	text := "Nordvik Ferries lifts payout\n\nNordvik Ferries said on Monday it would lift its 2004 dividend payment to 40 cents from 32 cents a year earlier.\n\n" +
		"\"Shareholders of Nordvik Ferries want more of the cash it holds paid out in dividends,\" an analyst at Rell Securities said, putting its value at $2bn."
	n, a, b := spanIn(t, text, "40 cents")
	facts := knowledge.Facts{Figures: []knowledge.Figure{{Text: "40 cents", Kind: "money", Value: ptr(0.4), Paragraph: n, Start: a, End: b}}}
	ix := askIndex(t, map[string]string{"div.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"div.txt": facts})
	if res := ask(t, ix, "What dividend will Nordvik Ferries pay for 2004?"); res.Unanswered || res.Answer == nil || !strings.HasPrefix(res.Answer.Text, "40 cents") {
		t.Errorf("unanswered = %v, answer = %+v; want 40 cents", res.Unanswered, res.Answer)
	}
	if res := ask(t, ix, "What dividend will Nordvik Ferries pay for 2005?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
}

// A figure whose sentence names other places and not the one asked about
// does not say how many there: sales "in Canada and Mexico" are no sales
// in Brazil, though the article names Brazil elsewhere.
func TestAFigureOfAnotherPlaceIsNoAnswer(t *testing.T) {
	text := "Quill phone reaches Brazil\n\nMore than 1.5 million Quill phones have been sold since it first went on sale in Canada and Mexico last year.\n\n" +
		"Quill said the phone would go on sale in Brazil in March, with a price yet to be set."
	n, a, b := spanIn(t, text, "1.5 million Quill phones")
	facts := knowledge.Facts{Figures: []knowledge.Figure{{Text: "1.5 million Quill phones", Kind: knowledge.FigureCount, Counted: "Quill phones", Value: ptr(1.5e6), Paragraph: n, Start: a, End: b}}}
	ix := askIndex(t, map[string]string{"quill.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"quill.txt": facts})
	if res := ask(t, ix, "How many Quill phones have been sold in Brazil?"); res.Answer != nil && strings.Contains(res.Answer.Text, "1.5 million") {
		t.Errorf("answer = %+v; want no figure of Canada and Mexico", res.Answer)
	}
	if res := ask(t, ix, "How many Quill phones have been sold in Canada?"); res.Answer == nil || !strings.HasPrefix(res.Answer.Text, "1.5 million") {
		t.Errorf("answer = %+v; want 1.5 million", res.Answer)
	}
	// A place in the name of whoever gives the figure is not where it is
	// of.
	shops := "Quill phones in Portugal\n\nAnalyst Ana Lopes of the Lisbon Institute for Retail said there were about 4,000 Quill phones in the shops."
	n, a, b = spanIn(t, shops, "4,000 Quill phones")
	facts = knowledge.Facts{Figures: []knowledge.Figure{{Text: "4,000 Quill phones", Kind: knowledge.FigureCount, Counted: "Quill phones", Value: ptr(4000), Paragraph: n, Start: a, End: b}}}
	ix = askIndex(t, map[string]string{"shops.txt": shops, "port.txt": filler}, map[string]knowledge.Facts{"shops.txt": facts})
	if res := ask(t, ix, "How many Quill phones are in Portugal's shops?"); res.Answer == nil || !strings.HasPrefix(res.Answer.Text, "4,000") {
		t.Errorf("answer = %+v; want 4,000", res.Answer)
	}
}

// A question that names two parties apart is not answered by an article
// that names only one of them, whatever title it shares with the other:
// "Lord Rell" and the Greens say nothing of what Lord Haskin gave them.
func TestEachNameTheQuestionNamesApart(t *testing.T) {
	text := "Greens count their donors\n\nThe Green Party received gifts worth £40,000 from Lord Rell in the last quarter, its treasurer said."
	n, a, b := spanIn(t, text, "£40,000")
	facts := knowledge.Facts{Figures: []knowledge.Figure{{Text: "£40,000", Kind: "money", Value: ptr(40000), Paragraph: n, Start: a, End: b}}}
	ix := askIndex(t, map[string]string{"gifts.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"gifts.txt": facts})
	if res := ask(t, ix, "How much has Lord Haskin given to the Green Party?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
	if res := ask(t, ix, "How much has Lord Rell given to the Green Party?"); res.Unanswered || res.Answer == nil || !strings.HasPrefix(res.Answer.Text, "£40,000") {
		t.Errorf("unanswered = %v, answer = %+v; want £40,000", res.Unanswered, res.Answer)
	}
}

// A name that is also a common word ("Next", the retailer) is not named by
// a passage that holds the word only in lower case: the chairman of a TV
// firm who plans "for the next ten years" does not answer who chairs Next.
func TestANameHeldOnlyInLowerCaseIsNotNamed(t *testing.T) {
	text := "Orle TV bid for channel\n\nPhil Rand, now chairman of Orle TV, said he would run the channel with its remit intact for the next ten years."
	person := func(id, name, role string) knowledge.Entity {
		n, a, b := spanIn(t, text, name)
		return knowledge.Entity{ID: id, Name: name, Type: knowledge.EntityPerson, Roles: []string{role}, Mentions: []knowledge.Mention{{Paragraph: n, Start: a, End: b, Text: name}}}
	}
	facts := knowledge.Facts{Entities: []knowledge.Entity{person("p1", "Phil Rand", "chairman")}}
	ix := askIndex(t, map[string]string{"tv.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"tv.txt": facts})
	if res := ask(t, ix, "Who is the chairman of Next?"); !res.Unanswered || res.Answer != nil {
		t.Errorf("unanswered = %v, answer = %+v; want a refusal", res.Unanswered, res.Answer)
	}
	if res := ask(t, ix, "Who is the chairman of Orle TV?"); res.Answer == nil || res.Answer.Text != "Phil Rand" {
		t.Errorf("answer = %+v; want Phil Rand", res.Answer)
	}
	// The head noun of a name of several words stands for it in lower
	// case: "the gallery's director" of the Orle Gallery.
	text = "Orle Gallery crowds grow\n\nVisitors to the Orle Gallery rose by a third last year.\n\nAna Lopes, the gallery's director, said she was delighted."
	facts = knowledge.Facts{Entities: []knowledge.Entity{person("p1", "Ana Lopes", "director")}}
	n, a, b := spanIn(t, text, "Ana Lopes")
	facts.Entities[0].Mentions = []knowledge.Mention{{Paragraph: n, Start: a, End: b, Text: "Ana Lopes"}}
	ix = askIndex(t, map[string]string{"gallery.txt": text, "port.txt": filler}, map[string]knowledge.Facts{"gallery.txt": facts})
	if res := ask(t, ix, "Who is the Orle Gallery's director?"); res.Answer == nil || res.Answer.Text != "Ana Lopes" {
		t.Errorf("answer = %+v; want Ana Lopes", res.Answer)
	}
}

// TestInitialismWrittenWithFullStops: "US" is written "U.S." in wire copy,
// and "used" or "usual" hold no "US" written in lower case.
func TestInitialismWrittenWithFullStops(t *testing.T) {
	for _, tc := range []struct {
		text, name     string
		written, lower bool
	}{
		{"Exports to the U.S. fell 5 pct in May.", "US", true, false},
		{"The E.C. said it was disturbed.", "EC", true, false},
		{"Orders, as usual, were used up by May.", "US", false, false},
		{"Let us see, he said.", "US", false, true},
		{"The US Treasury sold bills.", "US", true, true},
		{"Democrats said no.", "Democrat", true, true},
		{"for the next ten years", "Next", false, true},
	} {
		if got := nameWritten(tc.text, tc.name); got != tc.written {
			t.Errorf("nameWritten(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.written)
		}
		if got := lowerWordIn(tc.text, tc.name); got != tc.lower {
			t.Errorf("lowerWordIn(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.lower)
		}
	}
}

// A month or a day the question names is no party the article must name
// apart: "How much did US factory orders fall in January?" names one party,
// the US, where "How much has Lord Rell given to the Green Party?" names
// two.
func TestAMonthIsNoPartyApart(t *testing.T) {
	ix := askIndex(t, map[string]string{"port.txt": filler}, nil)
	bi, sg := snapshot(t, ix)
	anName, an := textAnalyzerOf(bi)
	for _, tc := range []struct {
		question string
		groups   int
	}{
		{"How much did US factory orders fall in January?", 0},
		{"What did Acme say on Tuesday about Kell Mills?", 2},
		{"How much has Lord Rell given to the Green Party?", 2},
	} {
		q := prepare(sg, an, anName, knowledge.ReadQuestion(tc.question))
		if len(q.nameGroups) != tc.groups {
			t.Errorf("%q: name groups %v, want %d", tc.question, q.nameGroups, tc.groups)
		}
	}
}
