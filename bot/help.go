package bot

import (
	"context"
	"fmt"
	"strings"
)

func (b *Bot) helpCommand() *Command {
	return &Command{
		Name:        "help",
		Description: "What briefbot can do, or how to use one command",
		Example:     "/help ask",
		Options: []Option{
			{Name: "command", Description: "A command to explain", Type: String, MaxLength: 40},
		},
		Handle: b.help,
	}
}

func (b *Bot) help(ctx context.Context, req *Request) (*Response, error) {
	if name := strings.TrimPrefix(req.Str("command"), "/"); name != "" {
		c := b.Command(name)
		if c == nil {
			return nil, Errorf("There is no /%s command. Type /help for the list.", name)
		}
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s\n\n`%s`", Escape(c.Description), c.Usage())
		for _, o := range c.Options {
			req := "optional"
			if o.Required {
				req = "required"
			}
			fmt.Fprintf(&sb, "\n• **%s** (%s): %s", o.Name, req, Escape(o.Description))
			if len(o.Choices) > 0 {
				fmt.Fprintf(&sb, " One of: %s.", Escape(choiceList(o.Choices)))
			}
		}
		if c.Example != "" {
			fmt.Fprintf(&sb, "\n\nExample: `%s`", c.Example)
		}
		if c.Admin {
			sb.WriteString("\n\nFor briefbot admins only.")
		}
		return &Response{Title: "/" + c.Name, Summary: sb.String(), Ephemeral: true}, nil
	}
	resp := &Response{
		Title:     "briefbot",
		Summary:   "Ask about the team's briefing articles. Every answer cites its source: article, paragraph (¶) and link.",
		Footer:    "/help COMMAND explains one command",
		Ephemeral: true,
	}
	var user, admin []string
	for _, c := range b.table {
		line := fmt.Sprintf("`%s` %s", c.Usage(), Escape(c.Description))
		if c.Admin {
			admin = append(admin, line)
		} else {
			user = append(user, line)
		}
	}
	resp.Items = append(resp.Items, Item{Heading: "Commands", Body: strings.Join(user, "\n")})
	if len(admin) > 0 {
		resp.Items = append(resp.Items, Item{Heading: "For admins", Body: strings.Join(admin, "\n")})
	}
	return resp, nil
}
