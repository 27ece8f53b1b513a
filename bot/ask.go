package bot

import (
	"context"
	"fmt"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) askCommand() *Command {
	return &Command{
		Name:        "ask",
		Description: "Search the briefings: the passages that best answer a question, with citations",
		Example:     "/ask how many children are held in the camps?",
		Options: []Option{
			{Name: "question", Description: "What you want to know, in plain words", Type: String, Required: true},
			{Name: "results", Description: "How many passages to show (1-10, default 5)", Type: Integer, MinValue: 1, MaxValue: 10},
		},
		Handle: b.ask,
	}
}

func (b *Bot) ask(ctx context.Context, req *Request) (*Response, error) {
	q := req.Str("question")
	res, err := b.search.Search(ctx, knowledge.Query{Text: q, Scope: req.Scope(), Limit: req.Int("results", 5)})
	if err != nil {
		return nil, err
	}
	if len(res.Hits) == 0 {
		return nil, Errorf("Nothing in the briefings matches “%s”. Try other words, or /who and /claims for people and statements.", clipRunes(q, 100))
	}
	resp := &Response{
		Title:   "Asked: " + clipRunes(q, 200),
		Summary: fmt.Sprintf("The %s of %d matching passages:", plural(len(res.Hits), "best passage", "best passages"), res.Total),
		Footer:  "/source shows a passage in full with its neighbours",
	}
	for _, h := range res.Hits {
		c := h.Citation
		resp.Items = append(resp.Items, Item{
			Heading:  fmt.Sprintf("%s ¶%d", c.Title, c.Paragraph),
			Body:     Highlight(h.Snippet),
			Citation: &c,
			Data:     hitData{Snippet: h.Snippet.Text, Kind: string(h.Kind), Score: h.Score},
		})
	}
	return resp, nil
}

// hitData is the machine-readable part of a passage result.
type hitData struct {
	Snippet string  `json:"snippet"`
	Kind    string  `json:"kind"`
	Score   float64 `json:"score"`
}
