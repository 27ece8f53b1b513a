package discord

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
)

func TestFlightKeySharesOnlyWhatDoesNotDependOnWhoAsks(t *testing.T) {
	ask := &bot.Command{Name: "ask"}
	admin := &bot.Command{Name: "ingest", Admin: true, Slow: true}
	req := func(guild string, opts map[string]bot.Value) *bot.Request {
		return &bot.Request{Command: "ask", GuildID: guild, Options: opts, User: bot.User{ID: guild + "u"}}
	}
	a, ok1 := flightKey(ask, req("g1", map[string]bot.Value{"question": {Str: "x"}, "results": {Int: 3}}))
	b, ok2 := flightKey(ask, req("g1", map[string]bot.Value{"results": {Int: 3}, "question": {Str: "x"}}))
	if !ok1 || !ok2 || a != b {
		t.Errorf("the same question is not shared: %q %q", a, b)
	}
	if c, _ := flightKey(ask, req("g2", map[string]bot.Value{"question": {Str: "x"}, "results": {Int: 3}})); c == a {
		t.Error("two guilds share an answer")
	}
	if c, _ := flightKey(ask, req("g1", map[string]bot.Value{"question": {Str: "x"}, "results": {Int: 4}})); c == a {
		t.Error("different options share an answer")
	}
	if _, ok := flightKey(admin, req("g1", nil)); ok {
		t.Error("an admin command is shared")
	}
	if _, ok := flightKey(ask, req("g1", map[string]bot.Value{"file": {Attachment: &bot.File{}}})); ok {
		t.Error("a command with an attachment is shared")
	}
	if _, ok := flightKey(nil, req("g1", nil)); ok {
		t.Error("an unknown command is shared")
	}
}
