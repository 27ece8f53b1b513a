package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// fakeSearch answers Search and Claims with what it holds; the other
// methods of Searcher are not called by these tests.
type fakeSearch struct {
	Searcher
	results knowledge.Results
	claims  []knowledge.ClaimHit
}

func (f *fakeSearch) Search(context.Context, knowledge.Query) (knowledge.Results, error) {
	return f.results, nil
}

func (f *fakeSearch) Claims(context.Context, string, string, string, string, int) ([]knowledge.ClaimHit, int, error) {
	return f.claims, len(f.claims), nil
}

func run(t *testing.T, s Searcher, line string) *Response {
	t.Helper()
	b := New(s, Options{})
	req, err := b.ParseLine(line)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := b.Handle(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestAskShowsTheAnswerFirstOrSaysThereIsNone(t *testing.T) {
	c := knowledge.Citation{ArticleID: "bees.txt", Title: "Bee colonies recover", Paragraph: 2}
	hit := knowledge.Hit{Citation: c, Kind: knowledge.KindBody, Snippet: knowledge.Snippet{Text: "Beekeepers counted 1,200 healthy hives."}}
	answer := &knowledge.Answer{Text: "1,200 healthy hives", Kind: knowledge.AnswerFigure, Citation: c,
		Context: knowledge.Snippet{Text: "Beekeepers counted 1,200 healthy hives.", Marks: []knowledge.Span{{Start: 19, End: 38}}}}

	resp := run(t, &fakeSearch{results: knowledge.Results{Total: 1, Hits: []knowledge.Hit{hit}, Answer: answer}}, "/ask how many hives")
	if !strings.HasPrefix(resp.Summary, "**Answer:** Beekeepers counted **1,200 healthy hives**.") || !strings.Contains(resp.Summary, "Bee colonies recover ¶2") {
		t.Errorf("summary = %q, want the answer line with its citation", resp.Summary)
	}
	if resp.Answer != answer || resp.Answered == nil || !*resp.Answered {
		t.Errorf("answer = %+v, answered = %v", resp.Answer, resp.Answered)
	}

	resp = run(t, &fakeSearch{results: knowledge.Results{Total: 1, Hits: []knowledge.Hit{hit}, Unanswered: true}}, "/ask how many hives in Portugal")
	if !strings.HasPrefix(resp.Summary, "**"+NothingAnswers+"**") || len(resp.Items) != 1 || resp.Answered == nil || *resp.Answered {
		t.Errorf("refusal: summary %q, %d items, answered %v", resp.Summary, len(resp.Items), resp.Answered)
	}

	// A claim shows its verb; quote marks stand around words quoted only,
	// and a sentence of the article stands as written.
	for _, tt := range []struct {
		answer knowledge.Answer
		line   string
	}{
		{knowledge.Answer{Text: "the honey harvest would start in June", Cue: "said"}, "**Ana Lopes** said: the honey harvest would start in June"},
		{knowledge.Answer{Text: "The mild winter saved us", Cue: "said", Quoted: true}, "**Ana Lopes** said: “The mild winter saved us”"},
		{knowledge.Answer{Text: "any harm to the hives", Cue: "denied"}, "**Ana Lopes** denied: any harm to the hives"},
		{knowledge.Answer{Text: "Ana Lopes denied any harm and said the harvest would start in June."}, "Ana Lopes denied any harm and said the harvest would start in June."},
	} {
		claim := tt.answer
		claim.Kind, claim.Speaker, claim.Citation = knowledge.AnswerClaim, "Ana Lopes", c
		resp = run(t, &fakeSearch{results: knowledge.Results{Total: 1, Hits: []knowledge.Hit{hit}, Answer: &claim}}, "/ask what did Lopes say about honey")
		if !strings.HasPrefix(resp.Summary, "**Answer:** "+tt.line+" — ") {
			t.Errorf("claim answer line = %q, want %q", resp.Summary, tt.line)
		}
	}
}

func TestClaimsGroupOtherPeopleWithTheName(t *testing.T) {
	c := func(id string) knowledge.Citation { return knowledge.Citation{ArticleID: id, Title: id, Paragraph: 2} }
	claim := func(speaker, content string) knowledge.Claim {
		return knowledge.Claim{Speaker: speaker, Cue: "said", Content: content}
	}
	s := &fakeSearch{claims: []knowledge.ClaimHit{
		{Claim: claim("Lindsey Graham", "the deal was dead"), Citation: c("z.txt"), Exact: true},
		{Claim: claim("Graham Robb", "the archive would open"), Citation: c("a.txt")},
		{Claim: claim("Graham Robb", "the map was a forgery"), Citation: c("b.txt")},
		{Claim: claim("Graham Lane", "the budget was short"), Citation: c("c.txt")},
	}}
	resp := run(t, s, "/claims Graham")
	var headings []string
	for _, it := range resp.Items {
		headings = append(headings, it.Heading)
	}
	if got, want := strings.Join(headings, " | "), "Lindsey Graham said | Graham Robb · 2 claims | Graham Lane · 1 claim"; got != want {
		t.Errorf("headings = %q, want %q", got, want)
	}
	if !strings.Contains(resp.Summary, "most relevant article first") {
		t.Errorf("undated articles are not said to be by relevance: %q", resp.Summary)
	}
}
