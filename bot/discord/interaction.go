package discord

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// request turns a slash-command interaction into a bot.Request. The payload
// comes from outside: every value is checked against the command table, and
// a mismatch is a UserError, never a panic.
func request(b *bot.Bot, i *discordgo.Interaction) (*bot.Request, error) {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return nil, bot.Errorf("That interaction carries no command.")
	}
	req := &bot.Request{Command: data.Name, Options: map[string]bot.Value{}, GuildID: i.GuildID}
	switch {
	case i.Member != nil && i.Member.User != nil:
		req.User = bot.User{ID: i.Member.User.ID, Name: displayName(i.Member.User), Roles: i.Member.Roles}
		req.Admin = i.Member.Permissions&discordgo.PermissionManageGuild != 0
	case i.User != nil:
		req.User = bot.User{ID: i.User.ID, Name: displayName(i.User)}
	default:
		return req, bot.Errorf("That interaction does not say who sent it.")
	}
	if req.User.ID == "" {
		return req, bot.Errorf("That interaction does not say who sent it.")
	}
	cmd := b.Command(data.Name)
	if cmd == nil {
		return req, nil // Bot.Handle explains
	}
	for _, o := range data.Options {
		if o == nil {
			continue
		}
		var decl *bot.Option
		for k := range cmd.Options {
			if cmd.Options[k].Name == o.Name {
				decl = &cmd.Options[k]
			}
		}
		if decl == nil {
			req.Options[o.Name] = bot.Value{} // Bot.Handle explains
			continue
		}
		v, err := value(decl, o, data.Resolved)
		if err != nil {
			return req, err
		}
		req.Options[o.Name] = v
	}
	return req, nil
}

// value reads one option's value as the table declares it.
func value(decl *bot.Option, o *discordgo.ApplicationCommandInteractionDataOption, res *discordgo.ApplicationCommandInteractionDataResolved) (bot.Value, error) {
	bad := bot.Errorf("%s has a value of the wrong type.", decl.Name)
	switch decl.Type {
	case bot.String:
		s, ok := o.Value.(string)
		if !ok {
			return bot.Value{}, bad
		}
		return bot.Value{Str: s}, nil
	case bot.Integer:
		f, ok := o.Value.(float64)
		if !ok || f != math.Trunc(f) || math.Abs(f) > 1e12 {
			return bot.Value{}, bot.Errorf("%s must be a whole number.", decl.Name)
		}
		return bot.Value{Int: int(f)}, nil
	case bot.Boolean:
		v, ok := o.Value.(bool)
		if !ok {
			return bot.Value{}, bad
		}
		return bot.Value{Bool: v}, nil
	case bot.Attachment:
		id, ok := o.Value.(string)
		if !ok || res == nil || res.Attachments[id] == nil {
			return bot.Value{}, bot.Errorf("%s must be an attached file.", decl.Name)
		}
		att := res.Attachments[id]
		return bot.Value{Attachment: &bot.File{Name: att.Filename, URL: att.URL, Size: att.Size, ContentType: att.ContentType}}, nil
	}
	return bot.Value{}, bad
}

func displayName(u *discordgo.User) string {
	if u.GlobalName != "" {
		return u.GlobalName
	}
	return u.Username
}

// completeTimeout bounds autocomplete: Discord waits 3 s, people less.
const completeTimeout = 1 * time.Second

// autocompleteResponse is Discord's answer to an autocomplete interaction.
// (discordgo's type omits an empty choices list, which Discord rejects.)
type autocompleteResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []bot.Choice `json:"choices"`
	} `json:"data"`
}

// autocomplete suggests values for the option being typed.
func (a *Adapter) autocomplete(i *discordgo.Interaction, f *once, ev *Event) error {
	resp := &autocompleteResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult}
	resp.Data.Choices = []bot.Choice{}
	req, err := request(a.bot, i)
	ev.Command = a.commandLabel(req)
	ev.Outcome = "ok"
	if err != nil {
		ev.Outcome = "user_error"
		return f.send(resp)
	}
	data := i.Data.(discordgo.ApplicationCommandInteractionData)
	for _, o := range data.Options {
		if o == nil || !o.Focused {
			continue
		}
		prefix, _ := o.Value.(string)
		if prefix == "" && o.Value != nil {
			prefix = fmt.Sprint(o.Value)
		}
		// Suggestions that come too late are worth nothing: answer with
		// none rather than miss Discord's deadline.
		ctx, cancel := context.WithTimeout(a.ctx, completeTimeout)
		defer cancel()
		got := make(chan []bot.Choice, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					a.log.Error("panic in autocomplete", "command", req.Command, "panic", p)
					got <- nil
				}
			}()
			got <- a.bot.Complete(ctx, req, o.Name, prefix)
		}()
		select {
		case choices := <-got:
			resp.Data.Choices = append(resp.Data.Choices, choices...)
		case <-ctx.Done():
			ev.Outcome = "timeout"
			a.log.Warn("autocomplete too slow; answered with no suggestions", "command", req.Command)
		}
		break
	}
	return f.send(resp)
}

// Pagination buttons carry "page:KEY:N" as their custom id.
const pagePrefix = "page:"

func pageButtons(key string, n, total int) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "◀ Prev", Style: discordgo.SecondaryButton, CustomID: fmt.Sprintf("%s%s:%d", pagePrefix, key, n-1), Disabled: n == 0},
		discordgo.Button{Label: "Next ▶", Style: discordgo.PrimaryButton, CustomID: fmt.Sprintf("%s%s:%d", pagePrefix, key, n+1), Disabled: n >= total-1},
	}}}
}

// component answers a button: a page of a stored answer, for the person
// who asked only.
func (a *Adapter) component(i *discordgo.Interaction, f *once, ev *Event) error {
	data, _ := i.Data.(discordgo.MessageComponentInteractionData)
	ev.Command = "page"
	rest, ok := strings.CutPrefix(data.CustomID, pagePrefix)
	key, num, ok2 := strings.Cut(rest, ":")
	n, err := strconv.Atoi(num)
	if !ok || !ok2 || err != nil || len(data.CustomID) > maxCustomID {
		ev.Outcome = "user_error"
		return f.send(ephemeralText("briefbot does not know that button."))
	}
	user := ""
	if i.Member != nil && i.Member.User != nil {
		user = i.Member.User.ID
	} else if i.User != nil {
		user = i.User.ID
	}
	ans, found := a.pages.get(key)
	switch {
	case !found:
		ev.Outcome = "user_error"
		return f.send(ephemeralText("This answer has expired (answers can be paged for 15 minutes). Ask again to see it."))
	case user == "" || user != ans.owner:
		ev.Outcome = "user_error"
		return f.send(ephemeralText("Only the person who asked can page through this answer. Ask the question yourself to get your own copy."))
	case n < 0 || n >= len(ans.pages):
		ev.Outcome = "user_error"
		return f.send(ephemeralText("There is no such page."))
	}
	ev.Outcome = "ok"
	return f.send(&discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{
			Embeds:          ans.pages[n : n+1],
			Components:      pageButtons(key, n, len(ans.pages)),
			AllowedMentions: noMentions(),
		},
	})
}
