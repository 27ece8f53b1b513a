package discord

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// ApplicationCommands turns the command table into Discord's application
// commands: options with their types, required flags, autocomplete and
// bounds; admin commands are hidden from members without Manage Server.
func ApplicationCommands(cmds []*bot.Command) []*discordgo.ApplicationCommand {
	manageServer := int64(discordgo.PermissionManageGuild)
	out := make([]*discordgo.ApplicationCommand, 0, len(cmds))
	for _, c := range cmds {
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.Name,
			Description: c.Description,
			Options:     []*discordgo.ApplicationCommandOption{},
		}
		if c.Admin {
			ac.DefaultMemberPermissions = &manageServer
			dm := false
			ac.DMPermission = &dm
			ac.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
		}
		for _, o := range c.Options {
			ao := &discordgo.ApplicationCommandOption{
				Name:         o.Name,
				Description:  o.Description,
				Required:     o.Required,
				Autocomplete: o.Complete != bot.CompleteNone,
			}
			switch o.Type {
			case bot.String:
				ao.Type = discordgo.ApplicationCommandOptionString
				ao.MaxLength = o.MaxLength
				if ao.MaxLength == 0 {
					ao.MaxLength = 300
				}
				ao.MaxLength = min(ao.MaxLength, 6000)
				for _, ch := range o.Choices {
					ao.Choices = append(ao.Choices, &discordgo.ApplicationCommandOptionChoice{Name: ch.Name, Value: ch.Value})
				}
			case bot.Integer:
				ao.Type = discordgo.ApplicationCommandOptionInteger
				minValue := float64(o.MinValue)
				ao.MinValue = &minValue
				if o.MaxValue != 0 {
					ao.MaxValue = float64(o.MaxValue)
				}
			case bot.Boolean:
				ao.Type = discordgo.ApplicationCommandOptionBoolean
			case bot.Attachment:
				ao.Type = discordgo.ApplicationCommandOptionAttachment
			default:
				panic(fmt.Sprintf("discord: /%s %s: option type %d has no Discord type", c.Name, o.Name, o.Type))
			}
			ac.Options = append(ac.Options, ao)
		}
		out = append(out, ac)
	}
	return out
}

// SyncCommands registers the command table with Discord, replacing what was
// registered before: in one guild (at once, for trying out) when guildID is
// set, else globally.
func (a *Adapter) SyncCommands(ctx context.Context, guildID string) ([]*discordgo.ApplicationCommand, error) {
	if a.opt.AppID == "" {
		return nil, fmt.Errorf("cannot register commands: the application id (DISCORD_APP_ID) is not set")
	}
	cmds, err := a.s.ApplicationCommandBulkOverwrite(a.opt.AppID, guildID, ApplicationCommands(a.bot.Commands()), discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("cannot register commands: %w", err)
	}
	where := "globally"
	if guildID != "" {
		where = "in guild " + guildID
	}
	a.log.Info("registered commands", "count", len(cmds), "where", where)
	return cmds, nil
}
