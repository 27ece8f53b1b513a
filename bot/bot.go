package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Options configure a Bot.
type Options struct {
	Logger *slog.Logger
	// AdminRoles and AdminUsers are the role and user ids allowed to run
	// admin commands.
	AdminRoles []string
	AdminUsers []string
	// Admin carries out the admin commands; without it they are not offered.
	Admin Admin
	// ConsoleAdmin lets requests from outside any guild with no user id (the
	// terminal) run admin commands.
	ConsoleAdmin bool
}

// Bot answers commands from its table.
type Bot struct {
	search Searcher
	opt    Options
	log    *slog.Logger
	table  []*Command
	byName map[string]*Command
}

// New makes a Bot over a searcher.
func New(s Searcher, opt Options) *Bot {
	b := &Bot{search: s, opt: opt, log: opt.Logger}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	b.table = b.commands()
	byName, err := tableIndex(b.table)
	if err != nil {
		panic("bot: " + err.Error())
	}
	b.byName = byName
	return b
}

// tableIndex checks a command table and indexes it by name; a duplicate
// name or a command outside Discord's limits is a programming error.
func tableIndex(table []*Command) (map[string]*Command, error) {
	byName := map[string]*Command{}
	for _, c := range table {
		if err := c.validate(); err != nil {
			return nil, err
		}
		if _, dup := byName[c.Name]; dup {
			return nil, fmt.Errorf("duplicate command %s", c.Name)
		}
		byName[c.Name] = c
	}
	return byName, nil
}

// Commands returns the command table, in the order /help lists it.
func (b *Bot) Commands() []*Command { return b.table }

// Command returns the named command, or nil.
func (b *Bot) Command(name string) *Command { return b.byName[strings.ToLower(name)] }

// IsAdmin reports whether the request's user may run admin commands.
func (b *Bot) IsAdmin(req *Request) bool {
	if b.opt.ConsoleAdmin && req.GuildID == "" && req.User.ID == "" {
		return true
	}
	if slices.Contains(b.opt.AdminUsers, req.User.ID) {
		return true
	}
	for _, r := range req.User.Roles {
		if slices.Contains(b.opt.AdminRoles, r) {
			return true
		}
	}
	return false
}

// Handle checks a request against the table and runs its handler.
func (b *Bot) Handle(ctx context.Context, req *Request) (*Response, error) {
	cmd := b.Command(req.Command)
	if cmd == nil {
		return nil, Errorf("There is no /%s command. Type /help to see what briefbot can do.", req.Command)
	}
	if cmd.Admin && !b.IsAdmin(req) {
		b.log.Warn("admin command refused", "command", cmd.Name, "user", req.User.ID, "guild", req.GuildID)
		return nil, Errorf("/%s is for briefbot admins only. Ask a server admin to add your role to BRIEFBOT_ADMIN_ROLES.", cmd.Name)
	}
	if err := cmd.check(req); err != nil {
		return nil, err
	}
	resp, err := cmd.Handle(ctx, req)
	if err != nil {
		return nil, err
	}
	if cmd.Admin {
		resp.Ephemeral = true
		if resp.Kind == "" {
			resp.Kind = "admin"
		}
	}
	return resp, nil
}

var commandName = regexp.MustCompile(`^[a-z0-9_-]{1,32}$`)

// validate enforces Discord's limits on the table itself.
func (c *Command) validate() error {
	if !commandName.MatchString(c.Name) {
		return fmt.Errorf("command name %q", c.Name)
	}
	if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
		return fmt.Errorf("/%s: description of %d characters", c.Name, n)
	}
	if len(c.Options) > 25 {
		return fmt.Errorf("/%s: %d options", c.Name, len(c.Options))
	}
	optional := false
	for _, o := range c.Options {
		if !commandName.MatchString(o.Name) {
			return fmt.Errorf("/%s: option name %q", c.Name, o.Name)
		}
		if n := utf8.RuneCountInString(o.Description); n < 1 || n > 100 {
			return fmt.Errorf("/%s %s: description of %d characters", c.Name, o.Name, n)
		}
		if o.Required && optional {
			return fmt.Errorf("/%s: required option %s after an optional one", c.Name, o.Name)
		}
		if len(o.Choices) > 0 && (o.Type != String || o.Complete != CompleteNone || len(o.Choices) > 25) {
			return fmt.Errorf("/%s %s: %d choices, only for a string without completion, at most 25", c.Name, o.Name, len(o.Choices))
		}
		for _, ch := range o.Choices {
			if n := utf8.RuneCountInString(ch.Name); n < 1 || n > 100 || ch.Value == "" || len(ch.Value) > 100 {
				return fmt.Errorf("/%s %s: choice %q = %q", c.Name, o.Name, ch.Name, ch.Value)
			}
		}
		optional = optional || !o.Required
	}
	if c.Handle == nil {
		return fmt.Errorf("/%s has no handler", c.Name)
	}
	return nil
}

// check validates a request's options, since they come from outside.
func (c *Command) check(req *Request) error {
	for name := range req.Options {
		if c.option(name) == nil {
			return Errorf("/%s has no option %q. Options: %s.", c.Name, name, c.optionNames())
		}
	}
	for _, o := range c.Options {
		v, ok := req.Options[o.Name]
		if !ok || (o.Type == String && strings.TrimSpace(v.Str) == "") {
			if o.Required {
				return Errorf("/%s needs %s: %s.", c.Name, o.Name, strings.TrimSuffix(o.Description, "."))
			}
			continue
		}
		switch o.Type {
		case String:
			limit := o.MaxLength
			if limit == 0 {
				limit = 300
			}
			if n := utf8.RuneCountInString(v.Str); n > limit {
				return Errorf("%s is too long (%d characters; at most %d).", o.Name, n, limit)
			}
			if !utf8.ValidString(v.Str) {
				return Errorf("%s is not valid text.", o.Name)
			}
			if len(o.Choices) > 0 {
				// A value, or at the console the name shown for it
				// ("denials" for "deny", "hopes" for "hopes and wishes").
				i := choiceIndex(o.Choices, v.Str)
				if i < 0 {
					return Errorf("%s must be one of: %s.", o.Name, choiceList(o.Choices))
				}
				v.Str = o.Choices[i].Value
				req.Options[o.Name] = v
			}
		case Integer:
			if o.MaxValue == 0 && v.Int < o.MinValue {
				return Errorf("%s must be at least %d.", o.Name, o.MinValue)
			}
			if v.Int < o.MinValue || (o.MaxValue != 0 && v.Int > o.MaxValue) {
				return Errorf("%s must be between %d and %d.", o.Name, o.MinValue, o.MaxValue)
			}
		case Attachment:
			if v.Attachment == nil {
				return Errorf("%s must be a file.", o.Name)
			}
		}
	}
	return nil
}

// choiceList lists choices as a person may type them: each one's value,
// with the name shown for it when they differ.
// choiceIndex finds the choice typed: its value or its name, else the one
// choice a word of whose name was typed, in the singular or the plural
// ("denial", "wishes", "findings"); -1 when none or several.
func choiceIndex(choices []Choice, typed string) int {
	typed = strings.TrimSpace(typed)
	if i := slices.IndexFunc(choices, func(ch Choice) bool {
		return ch.Value == typed || strings.EqualFold(ch.Name, typed)
	}); i >= 0 {
		return i
	}
	one := func(w string) string { return strings.TrimSuffix(strings.ToLower(w), "s") }
	word, found := one(typed), -1
	for i, ch := range choices {
		for _, w := range strings.Fields(ch.Name) {
			if w != "and" && one(w) == word && word != "" {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

func choiceList(choices []Choice) string {
	vs := make([]string, len(choices))
	for i, ch := range choices {
		vs[i] = ch.Value
		if ch.Name != ch.Value {
			vs[i] += " (" + ch.Name + ")"
		}
	}
	return strings.Join(vs, ", ")
}

func (c *Command) option(name string) *Option {
	for i := range c.Options {
		if c.Options[i].Name == name {
			return &c.Options[i]
		}
	}
	return nil
}

func (c *Command) optionNames() string {
	var names []string
	for _, o := range c.Options {
		names = append(names, o.Name)
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

// Usage is the command as typed, with its options: "/source article:… paragraph:…".
func (c *Command) Usage() string {
	var sb strings.Builder
	sb.WriteString("/" + c.Name)
	for _, o := range c.Options {
		if o.Required {
			fmt.Fprintf(&sb, " %s", o.Name)
		} else {
			fmt.Fprintf(&sb, " [%s]", o.Name)
		}
	}
	return sb.String()
}
