package bot

// Admin is what the admin commands need from the index and the corpus.
type Admin interface{}

// adminCommands are the commands for briefbot admins.
func (b *Bot) adminCommands() []*Command { return nil }
