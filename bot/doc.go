// Package bot holds briefbot's commands as data and their transport-neutral
// handlers. One table (Bot.Commands) serves every front end: Discord
// registration and dispatch (package bot/discord), the terminal console, the
// one-shot CLI and /help are all built from it, so they cannot drift apart.
//
// A handler takes a Request and returns a Response made of cited Items;
// renderers turn a Response into text (RenderText) or Discord embeds. bot
// reaches the index through the small Searcher interface declared here.
package bot
