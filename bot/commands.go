package bot

// commands is the command table. Each command's definition stands beside
// its handler, in the file named after it.
func (b *Bot) commands() []*Command {
	user := []*Command{
		b.askCommand(),
		b.whoCommand(),
		b.claimsCommand(),
		b.figuresCommand(),
		b.briefCommand(),
		b.sourceCommand(),
		b.statusCommand(),
		b.helpCommand(),
	}
	return append(user, b.adminCommands()...)
}
