package bot

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

func TestParseLine(t *testing.T) {
	b := New(nil, Options{})
	tests := []struct {
		line string
		want map[string]Value
		err  string
	}{
		{"/ask how many ships wait", map[string]Value{"question": {Str: "how many ships wait"}}, ""},
		{"/ask question:\"ships, waiting\" results:3", map[string]Value{"question": {Str: "ships, waiting"}, "results": {Int: 3}}, ""},
		{"/ask ships offshore 3", map[string]Value{"question": {Str: "ships offshore"}, "results": {Int: 3}}, ""},
		{"/source world/harbour.txt 4", map[string]Value{"article": {Str: "world/harbour.txt"}, "paragraph": {Int: 4}}, ""},
		{"/source Harbour talks stall", map[string]Value{"article": {Str: "Harbour talks stall"}}, ""},
		{"/source article:harbour paragraph:x", nil, "paragraph must be a whole number"},
		{"/help", map[string]Value{}, ""},
		{"/ask cholera deaths in 2021", map[string]Value{"question": {Str: "cholera deaths in 2021"}}, ""},
		{"/ask what happened in 2", map[string]Value{"question": {Str: "what happened in 2"}}, ""},
		{"/ask grain exports 2026", map[string]Value{"question": {Str: "grain exports 2026"}}, ""},
		{"/claims topic:market strike", map[string]Value{"topic": {Str: "market strike"}}, ""},
		{"/claims speaker:Lindsey Graham topic:border deal", map[string]Value{"speaker": {Str: "Lindsey Graham"}, "topic": {Str: "border deal"}}, ""},
		{"/claims Graham topic:\"border deal\"", map[string]Value{"speaker": {Str: "Graham"}, "topic": {Str: "border deal"}}, ""},
		{"/ask question:grain exports results:3", map[string]Value{"question": {Str: "grain exports"}, "results": {Int: 3}}, ""},
		{"/nosuch thing", nil, "There is no /nosuch command"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			req, err := b.ParseLine(tt.line)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(req.Options, tt.want) {
				t.Errorf("options = %+v, want %+v", req.Options, tt.want)
			}
		})
	}
}

func TestEscapeKeepsArticleTextLiteral(t *testing.T) {
	in := "@everyone <@123> *bold* _it_ ~x~ `c` | > [link](http://x) #tag"
	out := Escape(in)
	for _, bad := range []string{"@everyone", "<@123>", "*bold*", "_it_", "[link]("} {
		if strings.Contains(out, bad) {
			t.Errorf("escaped text still contains %q: %s", bad, out)
		}
	}
	if got := plainMarkdown(out, false); got != in {
		t.Errorf("the console shows %q, want the text as written %q", got, in)
	}
}

func TestHighlightBoldsTheMarks(t *testing.T) {
	s := knowledge.Snippet{Text: "Ships wait *offshore*", Marks: []knowledge.Span{{Start: 0, End: 5}}}
	if got, want := Highlight(s), `**Ships** wait \*offshore\*`; got != want {
		t.Errorf("Highlight = %q, want %q", got, want)
	}
}

// A clipped snippet shows "…" where text was cut, not after a sentence's
// end.
func TestHighlightMarksOnlyWhereTextWasCut(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"the port stayed shut.", "…the port stayed shut."},
		{"the port stayed shut and", "…the port stayed shut and…"},
		{`He said "no".`, `He said "no".`},
		{`He said "no."`, `He said "no."`},
		{"Ships waited offshore", "Ships waited offshore…"},
	} {
		if got := Highlight(knowledge.Snippet{Text: c.text, Clipped: true}); got != c.want {
			t.Errorf("Highlight(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestCiteSuppressesPreviews(t *testing.T) {
	c := knowledge.Citation{ArticleID: "a.txt", Title: "Talks [update]", URL: "https://example.org/a (1)", Paragraph: 3}
	if got, want := Cite(c), `[Talks \[update\] ¶3](<https://example.org/a%20%281%29>)`; got != want {
		t.Errorf("Cite = %q, want %q", got, want)
	}
	c.URL = "javascript:alert(1)"
	if got := Cite(c); strings.Contains(got, "javascript") {
		t.Errorf("Cite links a non-web URL: %q", got)
	}
}

func TestTableRespectsDiscordLimits(t *testing.T) {
	b := New(nil, Options{})
	if _, err := tableIndex(b.Commands()); err != nil {
		t.Fatal(err)
	}
	dup := append(append([]*Command{}, b.Commands()...), b.Commands()[0])
	if _, err := tableIndex(dup); err == nil {
		t.Error("a duplicate command name was accepted")
	}
	long := *b.Commands()[0]
	long.Description = strings.Repeat("x", 101)
	if _, err := tableIndex([]*Command{&long}); err == nil {
		t.Error("a description over 100 characters was accepted")
	}
	// Choices only on a string without completion, at most 25, each named.
	for what, o := range map[string]Option{
		"on an integer":    {Name: "n", Description: "n", Type: Integer, Choices: []Choice{{Name: "one", Value: "1"}}},
		"with completion":  {Name: "who", Description: "who", Type: String, Complete: CompleteEntity, Choices: []Choice{{Name: "a", Value: "a"}}},
		"26 of them":       {Name: "k", Description: "k", Type: String, Choices: make([]Choice, 26)},
		"without a name":   {Name: "k", Description: "k", Type: String, Choices: []Choice{{Value: "a"}}},
		"without a value":  {Name: "k", Description: "k", Type: String, Choices: []Choice{{Name: "a"}}},
		"a value too long": {Name: "k", Description: "k", Type: String, Choices: []Choice{{Name: "a", Value: strings.Repeat("v", 101)}}},
	} {
		c := &Command{Name: "x", Description: "x", Options: []Option{o}, Handle: b.Commands()[0].Handle}
		if _, err := tableIndex([]*Command{c}); err == nil {
			t.Errorf("choices %s were accepted", what)
		}
	}
}

// noAdmin is an Admin that is never called: the tests only parse lines.
type noAdmin struct{}

func (noAdmin) Reindex(context.Context, bool, func(int, int)) (string, error) { return "", nil }
func (noAdmin) Ingest(context.Context, string, string, []byte, string) (knowledge.ArticleInfo, error) {
	return knowledge.ArticleInfo{}, nil
}
func (noAdmin) Forget(context.Context, string, string) (knowledge.ArticleInfo, error) {
	return knowledge.ArticleInfo{}, nil
}

func TestParseLineReadsABooleanByItsName(t *testing.T) {
	b := New(nil, Options{Admin: noAdmin{}})
	for line, want := range map[string]bool{"/reindex full": true, "/reindex full:false": false, "/reindex": false} {
		req, err := b.ParseLine(line)
		if err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if got := req.Options["full"].Bool; got != want {
			t.Errorf("%s: full = %v, want %v", line, got, want)
		}
	}
}

// A brief does not name an affiliation twice when the role holds it.
func TestBriefEntitiesSayAnAffiliationOnce(t *testing.T) {
	lines := briefEntities([]knowledge.Entity{
		{Name: "Ana Ruiz", Type: knowledge.EntityPerson, Roles: []string{"director of the IWRI"}, Affiliations: []string{"IWRI"}},
		{Name: "Tom Berg", Type: knowledge.EntityPerson, Roles: []string{"analyst"}, Affiliations: []string{"Delta Institute"}},
		{Name: "Eva Lind", Type: knowledge.EntityPerson, Roles: []string{"head of the relief fund"}, Affiliations: []string{"UN"}},
	})
	if want := "**Ana Ruiz**, director of the IWRI"; lines[0] != want {
		t.Errorf("line = %q, want %q", lines[0], want)
	}
	if want := "**Tom Berg**, analyst (Delta Institute)"; lines[1] != want {
		t.Errorf("line = %q, want %q", lines[1], want)
	}
	if want := "**Eva Lind**, head of the relief fund (UN)"; lines[2] != want { // "fund" holds "un", not the word
		t.Errorf("line = %q, want %q", lines[2], want)
	}
}

// A brief's key figures are what the article counts, in money and shares,
// with a source, before small counts and spans of time.
func TestTopFiguresPreferWhatTellsMost(t *testing.T) {
	v := func(x float64) *float64 { return &x }
	figs := []knowledge.Figure{
		{Text: "72-hour", Kind: knowledge.FigureMeasure, Unit: "hour", Value: v(72), Counted: "truce", Paragraph: 1},
		{Text: "two sides", Kind: knowledge.FigureCount, Value: v(2), Counted: "sides", Paragraph: 2},
		{Text: "$40m", Kind: knowledge.FigureMoney, Value: v(40e6), Counted: "aid", Source: "the agency", Paragraph: 5},
		{Text: "12%", Kind: knowledge.FigurePercent, Value: v(12), Counted: "prices", Paragraph: 6},
		{Text: "3,000 people", Kind: knowledge.FigureCount, Value: v(3000), Counted: "people", Source: "the UN", Paragraph: 7},
		{Text: "500 tonnes", Kind: knowledge.FigureMeasure, Unit: "tonne", Value: v(500), Counted: "food", Paragraph: 8},
		{Text: "40 trucks", Kind: knowledge.FigureCount, Value: v(40), Counted: "trucks", Paragraph: 9},
	}
	var got []string
	for _, f := range topFigures(figs) {
		got = append(got, f.Text)
	}
	if want := "$40m, 12%, 3,000 people, 500 tonnes, 40 trucks"; strings.Join(got, ", ") != want {
		t.Errorf("key figures = %s, want %s", strings.Join(got, ", "), want)
	}
}
