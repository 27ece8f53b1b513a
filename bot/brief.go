package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) briefCommand() *Command {
	return &Command{
		Name:        "brief",
		Description: "One article at a glance: its people, claims, figures and disputes",
		Example:     "/brief cholera",
		Options: []Option{
			{Name: "article", Description: "The article: its id or title, as cited", Type: String, Required: true, Complete: CompleteArticle},
		},
		Handle: b.brief,
	}
}

func (b *Bot) brief(ctx context.Context, req *Request) (*Response, error) {
	art, err := b.findArticle(req.Scope(), req.Str("article"))
	if err != nil {
		return nil, err
	}
	br, err := b.search.Brief(ctx, req.Scope(), art.ID)
	if err != nil {
		return nil, err
	}
	cite := func(n int) *knowledge.Citation {
		return &knowledge.Citation{ArticleID: art.ID, Title: art.Title, URL: art.URL, Paragraph: n, Published: art.Published}
	}
	resp := &Response{Title: art.Title, Summary: fmt.Sprintf("%s · %s · %s · %s", plural(art.Paragraphs, "paragraph", "paragraphs"),
		plural(len(br.Entities), "name", "names"), plural(len(br.Claims), "claim", "claims"), plural(len(br.Figures), "figure", "figures"))}
	if art.Published != "" {
		resp.Summary = "Published " + art.Published + " · " + resp.Summary
	}
	var people []string
	for _, e := range br.Entities {
		if e.Type != knowledge.EntityPerson && e.Type != knowledge.EntityOrganization {
			continue
		}
		line := "**" + Escape(e.Name) + "**"
		if len(e.Roles) > 0 {
			line += ", " + Escape(strings.Join(e.Roles, ", "))
		}
		if len(e.Affiliations) > 0 {
			line += " (" + Escape(strings.Join(e.Affiliations, ", ")) + ")"
		}
		people = append(people, line)
	}
	if len(people) > 0 {
		resp.Items = append(resp.Items, Item{Heading: "People and organisations", Body: strings.Join(people, "\n"), Citation: cite(1)})
	}
	for _, d := range br.Disputes {
		var sides []string
		first := 0
		for _, i := range d.Claims {
			if i >= 0 && i < len(br.Claims) {
				sides = append(sides, claimLine(br.Claims[i])+" ¶"+fmt.Sprint(br.Claims[i].Paragraph))
				if first == 0 {
					first = br.Claims[i].Paragraph
				}
			}
		}
		resp.Items = append(resp.Items, Item{Heading: disputeHeading(d.About), Body: "⚖ " + strings.Join(sides, "\n⚖ "), Citation: cite(first), Data: d})
	}
	for _, c := range br.Claims {
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("¶%d %s", c.Paragraph, claimHeading(c)), Body: claimContent(c), Citation: cite(c.Paragraph), Data: c})
	}
	for _, f := range br.Figures {
		if f.Kind == knowledge.FigureDate {
			continue
		}
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("¶%d %s", f.Paragraph, figureHeading(f)), Body: figureLine(f), Citation: cite(f.Paragraph), Data: f})
	}
	if len(resp.Items) == 0 {
		resp.Items = append(resp.Items, Item{Body: "Nothing was extracted from this article.", Citation: cite(1)})
	}
	return resp, nil
}
