package discord_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
	"github.com/briefbot/briefbot/index"
)

// hostileTitle is what an ingested page may be titled: a masked link, mass
// and user mentions, a spoiler, code and emphasis.
const hostileTitle = "[x](https://evil.example) @everyone ||spoiler|| `code` <@123> **loud** # Harbour"

var hostile = map[string]string{
	"evil/one.txt": hostileTitle + " one\n\nThe harbour master said the quay would reopen on Monday after repairs to the crane.\n\nShipping agents expect delays of two days.\n",
	"evil/two.txt": hostileTitle + " two\n\nThe harbour pilots said the channel was dredged last month.\n",
}

// unsafe are the ways the hostile title could reach Discord unescaped.
var unsafe = []*regexp.Regexp{
	regexp.MustCompile(`(^|[^\\])\[x|x\]\(`),   // a masked link: "[x](" with a bracket not escaped
	regexp.MustCompile(`@everyone`),            // a mention: the "@" is followed by a zero-width space when escaped
	regexp.MustCompile(`(^|[^\\])<@123`),       // a user mention
	regexp.MustCompile(`(^|[^\\])\|\|spoiler`), // a spoiler
	regexp.MustCompile("(^|[^\\\\])`code"),     // inline code
	regexp.MustCompile(`(^|[^\\])\*\*loud`),    // bold
}

// TestArticleTextIsEscapedWherever: a hostile title lands, escaped, in
// embed titles, field names, citations and error messages.
func TestArticleTextIsEscapedWherever(t *testing.T) {
	t.Parallel()
	h := newHarnessWith(t, discord.Options{}, func(*index.Index) *bot.Bot { return bot.New(newIndexOf(t, hostile), bot.Options{}) })
	h.open(t)
	for _, c := range []struct {
		name string
		opts []dt.Opt
		want string // text the answer must show
	}{
		{"ask", []dt.Opt{dt.Str("question", "harbour master crane")}, "crane"},
		{"brief", []dt.Opt{dt.Str("article", "evil/one.txt")}, "one"},
		{"source", []dt.Opt{dt.Str("article", "evil/one.txt"), dt.Int("paragraph", 2)}, "crane"},
		{"source", []dt.Opt{dt.Str("article", "everyone")}, "matches 2 articles"}, // the error lists both titles
		{"figures", []dt.Opt{dt.Str("topic", "days")}, ""},
	} {
		first, final := h.send(t, alice.Command(h.fake.AppID, c.name, c.opts))
		for _, m := range []messageData{first.Data, final} {
			text := m.text()
			for _, re := range unsafe {
				if loc := re.FindStringIndex(text); loc != nil {
					t.Errorf("/%s: unescaped %q in %q", c.name, text[loc[0]:loc[1]], text)
				}
			}
			checkMessage(t, m)
		}
		if !strings.Contains(final.text(), c.want) {
			t.Errorf("/%s: answer lacks %q: %s", c.name, c.want, final.text())
		}
		if c.name != "figures" && !strings.Contains(final.text(), `\[x\]`) {
			t.Errorf("/%s: the title is not shown, escaped: %s", c.name, final.text())
		}
	}
}
