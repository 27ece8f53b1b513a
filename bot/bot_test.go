package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/knowledge"
)

// The articles are written for these tests.
var articles = map[string]string{
	"ports/harbour.txt": `Harbour minister rejects strike claims

Port Minister Elena Varga said on Monday that 400 container ships were waiting outside the harbour of Valmera.

"The strike has already cost the regional economy $45 million," Varga said. "We cannot wait much longer."

The Dockworkers Union of Valmera (DUV) denied that the ships had been turned away by its members. The union accused the ministry of "inventing numbers" to turn the public against the strike.

Union leader Tomas Brandt said that only 120 ships were delayed.`,
	"ports/ferries.md": `---
title: Ferry timetable restored
url: https://news.example.org/ferries
published: 2026-10-05
---
The island ferries returned to their full timetable on Friday, Port Minister Elena Varga said.

About 3,000 passengers a day use the crossing, according to the ferry operator.`,
}

func newBot(t testing.TB) (*bot.Bot, *index.Index) {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "index"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for id, text := range articles {
		a, err := knowledge.Parse(id, id, []byte(text), knowledge.ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ix.Add(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	memo, _ := knowledge.Parse("ingest/g1/memo.txt", "memo.txt", []byte("Guild memo\n\nQuartermaster Ilse Nordqvist said the warehouse holds 900 crates of grain."), knowledge.ParseOptions{})
	memo.Scope = "g1"
	if _, err := ix.Add(context.Background(), memo); err != nil {
		t.Fatal(err)
	}
	return bot.New(ix, bot.Options{}), ix
}

// ask runs a console line as a user of a guild and returns the response as JSON text.
func ask(t *testing.T, b *bot.Bot, guild, line string) (string, error) {
	t.Helper()
	req, err := b.ParseLine(line)
	if err != nil {
		return "", err
	}
	req.GuildID = guild
	resp, err := b.Handle(context.Background(), req)
	if err != nil {
		return "", err
	}
	if len(resp.Items) == 0 && line != "/status" {
		t.Errorf("%s: an answer with no items", line)
	}
	for _, it := range resp.Items {
		if it.Citation == nil && line != "/help" && line != "/status" && !strings.HasPrefix(line, "/who") {
			t.Errorf("%s: item %q has no citation", line, it.Heading)
		}
	}
	out, _ := json.Marshal(resp)
	return string(out), nil
}

func TestCommandsAnswerWithCitations(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct {
		line string
		want []string
	}{
		{"/ask how many ships were waiting", []string{"400 container ships", `"paragraph":2`, "ports/harbour.txt"}},
		{"/who Elena Varga", []string{"Elena Varga", "Minister", "in 2 articles"}},
		{"/claims speaker:Varga", []string{"cost the regional economy", `"quoted":true`}},
		{"/claims topic:ships", []string{"turned away"}},
		{"/claims kind:deny", []string{"Denials", "turned away"}},
		{"/claims speaker:union kind:accuse", []string{"Accusations by union", "inventing numbers"}},
		{"/claims kind:Denials", []string{"Denials", "turned away"}},
		{"/claims kind:denial", []string{"Denials", "turned away"}},
		{"/figures ships", []string{"400", "120"}},
		{"/brief Harbour minister", []string{"Elena Varga", "Tomas Brandt"}},
		{"/source ports/ferries.md 3", []string{"3,000 passengers", "https://news.example.org/ferries"}},
		{"/status", []string{"articles"}},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			out, err := ask(t, b, "", tt.line)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("answer lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestNoAnswerWithoutASourceAndClearErrors(t *testing.T) {
	b, _ := newBot(t)
	for _, tt := range []struct{ line, want string }{
		{"/ask zqxv wvut", "Nothing in the briefings matches"},
		{"/who Zebulon Quist", "No one called"},
		{"/source nosuch-article", "No article matches"},
		{"/source ports/harbour.txt 99", "Nothing found"},
		{"/ask " + strings.Repeat("long ", 100), "too long"},
		{"/claims kind:gossip", "kind must be one of: assert (statements), deny (denials), accuse (accusations)"},
		{"/claims kind:and", "kind must be one of"},
		{"/claims speaker:Varga kind:deny", "No denials by “Varga” in the briefings"},
	} {
		_, err := ask(t, b, "", tt.line)
		if err == nil || !strings.Contains(bot.UserMessage(err), tt.want) {
			t.Errorf("%s: err = %v, want a message with %q", tt.line, err, tt.want)
		}
	}
}

func TestGuildSeesOnlyItsOwnIngestedArticles(t *testing.T) {
	b, _ := newBot(t)
	if out, err := ask(t, b, "g1", "/ask warehouse crates grain"); err != nil || !strings.Contains(out, "900 crates") {
		t.Errorf("the guild that added the memo cannot find it: %v %s", err, out)
	}
	for _, guild := range []string{"g2", ""} {
		for _, line := range []string{"/ask warehouse crates grain", "/who Ilse Nordqvist", "/source memo", "/claims speaker:Nordqvist", "/figures crates"} {
			if out, err := ask(t, b, guild, line); err == nil && strings.Contains(out, "Nordqvist") || strings.Contains(out, "900 crates") {
				t.Errorf("guild %q sees guild g1's memo through %s: %s", guild, line, out)
			}
		}
	}
}

// /source with no paragraph shows the article's first body paragraph, not
// a stray line between the title and the text.
func TestSourceStartsAtTheFirstBodyParagraph(t *testing.T) {
	b, ix := newBot(t)
	a, err := knowledge.Parse("dams/lyra.txt", "lyra.txt", []byte("Dam opens on the Lyra\n\n.\n\nThe new dam on the Lyra river opened on Monday, officials said.\n\nIt holds 40 million cubic metres of water."), knowledge.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Add(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	req, err := b.ParseLine("/source dams/lyra.txt")
	if err != nil {
		t.Fatal(err)
	}
	resp, err := b.Handle(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(resp.Title, "¶3") {
		t.Errorf("title = %q, want the first body paragraph, ¶3", resp.Title)
	}
}

// FuzzConsoleLine: whatever is typed, the bot answers or explains why it
// cannot, and never panics; an answer renders as text, and what it cites
// is an article of the index.
func FuzzConsoleLine(f *testing.F) {
	for _, s := range []string{
		"/ask how many ships were waiting", "/ask question:\"ships, waiting\" results:3", "/who Elena Varga", "/who",
		"/claims speaker:Varga topic:strike", "/claims", "/figures ships", "/figures", "/brief Harbour minister 2",
		"/brief article:ports/harbour.txt more:true", "/source ports/ferries.md 3", "/source harbour paragraph:-4",
		"/status", "/help ask", "/reindex", "/ingest url:http://127.0.0.1/x", "/forget memo", "/ask results:0",
		"/ask \"unclosed", "/who :", "/claims speaker:\"\" topic:", "/ask \x00\xff", "/ask ships 99999999999999999999",
	} {
		f.Add(s)
	}
	b, _ := newBot(f)
	f.Fuzz(func(t *testing.T, line string) {
		req, err := b.ParseLine(line)
		if err != nil {
			explained(t, line, err)
			return
		}
		req.GuildID = "g1"
		resp, err := b.Handle(context.Background(), req)
		if err != nil {
			explained(t, line, err)
			return
		}
		if resp == nil {
			t.Fatalf("%q: no answer and no error", line)
		}
		var out strings.Builder
		bot.RenderText(&out, resp, false)
		if out.Len() == 0 {
			t.Errorf("%q: an answer that renders as nothing", line)
		}
		for _, it := range resp.Items {
			if c := it.Citation; c != nil && articles[c.ArticleID] == "" && c.ArticleID != "ingest/g1/memo.txt" {
				t.Errorf("%q: cites %q, which is not an article of the index", line, c.ArticleID)
			}
		}
	})
}

// explained fails the test unless err says what was wrong with the input
// (a UserError) or that nothing was found.
func explained(t *testing.T, line string, err error) {
	t.Helper()
	var ue *bot.UserError
	if !errors.As(err, &ue) && !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("%q: an error that does not explain itself to people: %v", line, err)
	}
}

// TestChoiceTypedByAWordOfItsName: at the console a kind is its value, its
// name, or one word of its name in the singular or the plural; a word two
// names share chooses neither.
func TestChoiceTypedByAWordOfItsName(t *testing.T) {
	choices := []bot.Choice{{Name: "denials", Value: "deny"}, {Name: "findings and reports", Value: "report"},
		{Name: "hopes and wishes", Value: "hope"}, {Name: "reports of fact", Value: "fact"}}
	for typed, want := range map[string]string{"deny": "deny", "Denials": "deny", "denial": "deny", "wishes": "hope",
		"hope": "hope", "finding": "report", "reports": "", "and": "", "": "", "gossip": ""} {
		got := ""
		if i := bot.ChoiceIndex(choices, typed); i >= 0 {
			got = choices[i].Value
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", typed, got, want)
		}
	}
}
