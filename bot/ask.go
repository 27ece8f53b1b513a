package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) askCommand() *Command {
	return &Command{
		Name:        "ask",
		Description: "Ask the briefings a question: a direct answer if they hold one, and the best passages, cited",
		Example:     "/ask how many trucks were burned in the convoy attack?",
		Options: []Option{
			{Name: "question", Description: "What you want to know, in plain words", Type: String, Required: true},
			{Name: "results", Description: "How many passages to show (1-10, default 5)", Type: Integer, MinValue: 1, MaxValue: 10},
		},
		Handle: b.ask,
	}
}

// NothingAnswers is what /ask says when no passage answers the question.
const NothingAnswers = "Nothing in the briefings answers that."

func (b *Bot) ask(ctx context.Context, req *Request) (*Response, error) {
	q := req.Str("question")
	res, err := b.search.Search(ctx, knowledge.Query{Text: q, Scope: req.Scope(), Limit: req.Int("results", 5)})
	if err != nil {
		return nil, err
	}
	if len(res.Hits) == 0 {
		return nil, Errorf("Nothing in the briefings matches “%s”. Try other words, or /who and /claims for people and statements.", clipRunes(q, 100))
	}
	answered := !res.Unanswered
	resp := &Response{
		Title:    "Asked: " + clipRunes(q, 200),
		Footer:   "/source shows a passage in full with its neighbours",
		Answer:   res.Answer,
		Answered: &answered,
	}
	var sum strings.Builder
	switch {
	case res.Unanswered:
		fmt.Fprintf(&sum, "**%s** The closest %s:", NothingAnswers, plural(len(res.Hits), "passage", "passages"))
	case res.Answer != nil:
		sum.WriteString(AnswerLine(*res.Answer))
		fmt.Fprintf(&sum, "\n\nThe %s of %d matching passages:", plural(len(res.Hits), "best passage", "best passages"), res.Total)
	default:
		fmt.Fprintf(&sum, "The %s of %d matching passages:", plural(len(res.Hits), "best passage", "best passages"), res.Total)
	}
	resp.Summary = sum.String()
	for _, h := range res.Hits {
		c := h.Citation
		body := Highlight(h.Snippet)
		if len(h.AlsoIn) > 0 {
			body += "\n-# also in " + alsoIn(h.AlsoIn)
		}
		resp.Items = append(resp.Items, Item{
			Heading:  fmt.Sprintf("%s ¶%d", c.Title, c.Paragraph),
			Body:     body,
			Citation: &c,
			Data:     hitData{Snippet: h.Snippet.Text, Kind: string(h.Kind), Score: h.Score, AlsoIn: h.AlsoIn},
		})
	}
	return resp, nil
}

// AnswerLine renders a direct answer as one line of Markdown: the sentence
// it stands in with the answer in bold (a claim with its speaker), then its
// citation.
func AnswerLine(a knowledge.Answer) string {
	var line string
	switch a.Kind {
	case knowledge.AnswerClaim:
		// Quote marks only for words quoted: "Moscow denied: any
		// involvement" keeps the verb that says what the words are, and a
		// sentence of the article stands as written.
		switch {
		case a.Cue == "":
			line = Escape(a.Text)
		case a.Quoted:
			line = fmt.Sprintf("**%s** %s: “%s”", Escape(a.Speaker), Escape(a.Cue), Escape(a.Text))
		default:
			line = fmt.Sprintf("**%s** %s: %s", Escape(a.Speaker), Escape(a.Cue), Escape(a.Text))
		}
	case knowledge.AnswerSentence:
		line = Escape(a.Text)
	default:
		line = Highlight(a.Context)
		if a.Context.Text == "" {
			line = "**" + Escape(a.Text) + "**"
		}
	}
	return "**Answer:** " + line + " — " + Cite(a.Citation)
}

// alsoIn lists the other articles a passage stands in.
func alsoIn(cs []knowledge.Citation) string {
	names := make([]string, 0, len(cs))
	for _, c := range cs {
		names = append(names, Escape(clipRunes(c.Title, 80))+" · `"+strings.ReplaceAll(c.ArticleID, "`", "'")+"`")
	}
	return strings.Join(names, "; ")
}

// hitData is the machine-readable part of a passage result.
type hitData struct {
	Snippet string               `json:"snippet"`
	Kind    string               `json:"kind"`
	Score   float64              `json:"score"`
	AlsoIn  []knowledge.Citation `json:"also_in,omitempty"`
}
