package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) sourceCommand() *Command {
	return &Command{
		Name:        "source",
		Description: "Show one cited paragraph of an article in full, with the paragraphs around it",
		Example:     "/source article:gao-aid-convoy paragraph:4",
		Options: []Option{
			{Name: "article", Description: "The article: its id or title, as cited", Type: String, Required: true, Complete: CompleteArticle},
			{Name: "paragraph", Description: "The paragraph number (¶) from the citation", Type: Integer, MinValue: 1, MaxValue: 100000},
		},
		Handle: b.source,
	}
}

func (b *Bot) source(ctx context.Context, req *Request) (*Response, error) {
	art, err := b.findArticle(req.Scope(), req.Str("article"))
	if err != nil {
		return nil, err
	}
	n := req.Int("paragraph", 0)
	if n == 0 {
		n = b.firstBody(ctx, req.Scope(), art)
	}
	p, err := b.search.Passage(ctx, req.Scope(), art.ID, n, 1)
	if err != nil {
		return nil, err
	}
	resp := &Response{Title: fmt.Sprintf("%s ¶%d", art.Title, n), Footer: fmt.Sprintf("Paragraph %d of %d · %s", n, p.Paragraphs, art.ID)}
	add := func(para knowledge.Paragraph, focus bool) {
		body := Escape(para.Text)
		if !focus {
			body = "-# " + Escape(clipRunes(para.Text, 300))
		}
		c := p.Citation
		c.Paragraph = para.N
		heading := fmt.Sprintf("¶%d", para.N)
		if para.Kind != knowledge.KindBody {
			heading += " (" + string(para.Kind) + ")"
		}
		resp.Items = append(resp.Items, Item{Heading: heading, Body: body, Citation: &c, Data: para})
	}
	for _, para := range p.Before {
		add(para, false)
	}
	add(p.Focus, true)
	for _, para := range p.After {
		add(para, false)
	}
	return resp, nil
}

// firstBody is the number of the article's first body paragraph among its
// first few (a title, a dateline, a stray "." or a caption may come
// before it), or the second (the first when there is one).
func (b *Bot) firstBody(ctx context.Context, scope string, a knowledge.ArticleInfo) int {
	const look = 8
	fallback := min(2, max(a.Paragraphs, 1)) // paragraph 1 is usually the title
	p, err := b.search.Passage(ctx, scope, a.ID, 1, look)
	if err != nil {
		return fallback
	}
	for _, para := range append([]knowledge.Paragraph{p.Focus}, p.After...) {
		if para.Kind == knowledge.KindBody {
			return para.N
		}
	}
	return fallback
}

// findArticle resolves what a person typed to one article: its id, its
// title, or a unique part of either.
func (b *Bot) findArticle(scope, q string) (knowledge.ArticleInfo, error) {
	arts := b.search.Articles(scope)
	lq := strings.ToLower(strings.TrimSpace(q))
	var matches []knowledge.ArticleInfo
	for _, a := range arts {
		if a.ID == q || strings.EqualFold(a.Title, q) {
			return a, nil
		}
	}
	for _, a := range arts {
		if strings.Contains(strings.ToLower(a.ID), lq) || strings.Contains(strings.ToLower(a.Title), lq) {
			matches = append(matches, a)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return knowledge.ArticleInfo{}, Errorf("No article matches “%s”. /status shows how many articles are indexed.", Escape(clipRunes(q, 100)))
	}
	// The message is Markdown: titles (and what was typed) are escaped.
	var names []string
	for i, a := range matches {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(matches)-5))
			break
		}
		names = append(names, fmt.Sprintf("“%s” (%s)", Escape(clipRunes(a.Title, 100)), Code(a.ID)))
	}
	return knowledge.ArticleInfo{}, Errorf("“%s” matches %d articles: %s. Give more of the title or the id.", Escape(clipRunes(q, 100)), len(matches), strings.Join(names, ", "))
}
