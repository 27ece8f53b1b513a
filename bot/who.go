package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

func (b *Bot) whoCommand() *Command {
	return &Command{
		Name:        "who",
		Description: "Who someone or an organisation is: roles, affiliations and cited mentions",
		Example:     "/who Okafor",
		Options: []Option{
			{Name: "name", Description: "A person, organisation or place; empty for the most named in the latest briefings", Type: String, Complete: CompleteEntity, MaxLength: 100},
		},
		Handle: b.who,
	}
}

func (b *Bot) who(ctx context.Context, req *Request) (*Response, error) {
	name := req.Str("name")
	if name == "" {
		return b.prominent(ctx, req)
	}
	who, err := b.search.Who(ctx, req.Scope(), name)
	if err != nil {
		return nil, err
	}
	if len(who.Profiles) == 0 {
		if len(who.Suggestions) > 0 {
			return nil, Errorf("No one called “%s” in the briefings. Did you mean %s?", clipRunes(name, 80), orList(who.Suggestions))
		}
		return nil, Errorf("No one called “%s” in the briefings.", clipRunes(name, 80))
	}
	p := who.Profiles[0]
	resp := &Response{Title: p.Name, Summary: profileSummary(p)}
	for _, r := range p.Roles {
		c := r.Citation
		resp.Items = append(resp.Items, Item{Heading: "Role", Body: Escape(r.Text), Citation: &c, Data: r})
	}
	for _, a := range p.Affiliations {
		c := a.Citation
		resp.Items = append(resp.Items, Item{Heading: "Affiliation", Body: Escape(a.Text), Citation: &c, Data: a})
	}
	for _, h := range p.Passages {
		c := h.Citation
		resp.Items = append(resp.Items, Item{Heading: fmt.Sprintf("%s ¶%d", c.Title, c.Paragraph), Body: Highlight(h.Snippet), Citation: &c, Data: hitData{Snippet: h.Snippet.Text, Kind: string(h.Kind)}})
	}
	if len(who.Profiles) > 1 {
		var others []string
		for _, o := range who.Profiles[1:] {
			others = append(others, fmt.Sprintf("%s (%s) · %s", o.Name, o.Type, plural(o.Articles, "article", "articles")))
		}
		resp.Footer = "Also matching: " + strings.Join(others, "; ") + ". Ask /who with the full name."
	}
	return resp, nil
}

func profileSummary(p knowledge.Profile) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "**%s** · named %s in %s", p.Type, plural(p.Mentions, "time", "times"), plural(p.Articles, "article", "articles"))
	if len(p.Aliases) > 0 {
		sb.WriteString("\nAlso called: " + Escape(strings.Join(p.Aliases, ", ")))
	}
	return sb.String()
}

func (b *Bot) prominent(ctx context.Context, req *Request) (*Response, error) {
	profiles, err := b.search.Prominent(ctx, req.Scope(), 10, 15)
	if err != nil {
		return nil, err
	}
	if len(profiles) == 0 {
		return nil, Errorf("No people or organisations are indexed yet. /status shows what briefbot has read.")
	}
	resp := &Response{Title: "Who is in the latest briefings", Summary: "The people and organisations named most in the ten newest articles:"}
	for _, p := range profiles {
		line := profileSummary(p)
		if len(p.Roles) > 0 {
			line += "\n" + Escape(p.Roles[0].Text) + " — " + Cite(p.Roles[0].Citation)
		}
		resp.Items = append(resp.Items, Item{Heading: p.Name, Body: line, Data: p})
	}
	resp.Footer = "/who NAME for a profile with cited mentions"
	return resp, nil
}

func orList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = "“" + Escape(s) + "”" // names from articles, in a Markdown message
	}
	if len(quoted) == 1 {
		return quoted[0]
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
}
