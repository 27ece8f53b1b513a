// Package discord is briefbot's Discord front end, and the only package that
// imports discordgo. It turns bot.Commands into Discord's application
// commands (registration), interactions into bot.Requests (dispatch, over
// the gateway or the HTTP interactions endpoint, with the same code), and
// bot.Responses into embeds that respect every Discord limit, paged with
// buttons when they are long. The 3-second rule is kept here: a command that
// is slow, or not answered within DeferAfter, is deferred and its reply
// edited in later; handlers never think about it.
package discord
