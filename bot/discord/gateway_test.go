package discord_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
)

// wait bounds what a test waits for before it fails: generous, since a
// loaded machine under -race can take seconds to answer (a run of every
// package's race tests beside other jobs once took more than 10 s), and it
// costs nothing when all goes well.
const wait = 30 * time.Second

var alice = dt.Member{Guild: "200000000000000001", User: "300000000000000001"}
var bob = dt.Member{Guild: "200000000000000001", User: "300000000000000002"}

// send delivers an interaction over the gateway and returns the bot's
// first response, and its final message (the edit, if it deferred).
func (h *harness) send(t *testing.T, i map[string]any) (first response, final messageData) {
	t.Helper()
	from := len(h.fake.Calls())
	h.fake.Send(i)
	c, at := h.fake.Wait(from, wait, dt.Callback(dt.IDOf(i)))
	decode(t, c.Body, &first)
	if first.Type != 5 {
		return first, first.Data
	}
	// The final message: an edit of the deferral, or (for an error or an
	// ephemeral answer after a public deferral) a follow-up.
	e, _ := h.fake.Wait(at, wait, func(c dt.Call) bool {
		return dt.Followup(dt.Token(i))(c) || dt.Edit(dt.Token(i))(c) && !strings.Contains(string(c.Body), "Reindexing")
	})
	decode(t, e.Body, &final)
	return first, final
}

func TestGatewayHandshakeAndIdentify(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	id := h.fake.Identify()
	if id["token"] != "Bot test-token" {
		t.Errorf("identify token = %v, want the bot token with its Bot prefix", id["token"])
	}
	if id["intents"] == nil {
		t.Error("identify carries no intents")
	}
	calls := h.fake.Calls()
	if len(calls) == 0 || calls[0].Path != "/api/v9/gateway" {
		t.Fatalf("the first call was not the gateway lookup through DISCORD_API_URL: %+v", calls)
	}
}

// TestEveryCommandIsAnswered sends each command of the table, with its
// required options, and checks the answer respects Discord's rules.
func TestEveryCommandIsAnswered(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	for _, c := range h.bot.Commands() {
		t.Run(c.Name, func(t *testing.T) {
			var opts []dt.Opt
			for _, o := range c.Options {
				if !o.Required {
					continue
				}
				switch {
				case o.Type == bot.String && o.Complete == bot.CompleteArticle:
					opts = append(opts, dt.Str(o.Name, "coast/lighthouses.md"))
				case o.Type == bot.String:
					opts = append(opts, dt.Str(o.Name, "lighthouse"))
				case o.Type == bot.Integer:
					opts = append(opts, dt.Int(o.Name, max(o.MinValue, 1)))
				case o.Type == bot.Boolean:
					opts = append(opts, dt.Bool(o.Name, false))
				}
			}
			first, msg := h.send(t, alice.Command(h.fake.AppID, c.Name, opts))
			if first.Type != 4 && first.Type != 5 {
				t.Fatalf("first response type %d, want 4 (message) or 5 (deferred)", first.Type)
			}
			checkMessage(t, first.Data)
			checkMessage(t, msg)
			if len(msg.Embeds) == 0 && msg.Flags&ephemeral == 0 {
				t.Errorf("/%s: a public answer without an embed: %q", c.Name, msg.Content)
			}
			if msg.text() == "" {
				t.Errorf("/%s: empty answer", c.Name)
			}
		})
	}
}

func TestAskRepliesWithCitedEmbed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	first, msg := h.send(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "everyone draft quota")}))
	if first.Type != 4 || msg.Flags&ephemeral != 0 {
		t.Fatalf("type %d flags %d, want a public message (4, no ephemeral flag)", first.Type, msg.Flags)
	}
	checkMessage(t, msg)
	if len(msg.Embeds) != 1 {
		t.Fatalf("%d embeds, want 1", len(msg.Embeds))
	}
	e := msg.Embeds[0]
	if !strings.Contains(e.Title, "everyone draft quota") || e.Description == "" {
		t.Errorf("title %q, description %q", e.Title, e.Description)
	}
	all := msg.text()
	for _, want := range []string{
		"[Harbour talks stall over fishing quotas ¶3](<https://news.example/harbour-talks>)", // cited, no preview
		"**quota**",           // matched words in bold
		"@\u200b**everyone**", // a mention made harmless
		`\***draft**\*`,       // article Markdown escaped
	} {
		if !strings.Contains(all, want) {
			t.Errorf("answer lacks %q:\n%s", want, all)
		}
	}
	if len(msg.Components) != 0 {
		t.Errorf("a one-page answer has buttons: %+v", msg.Components)
	}
}

func TestLongAnswersArePagedForTheAskerOnly(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	_, msg := h.send(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "lighthouse keeper"), dt.Int("results", 10)}))
	checkMessage(t, msg)
	if len(msg.Components) != 1 || len(msg.Components[0].Components) != 2 {
		t.Fatalf("components = %+v, want one row with Prev and Next", msg.Components)
	}
	prev, next := msg.Components[0].Components[0], msg.Components[0].Components[1]
	if !prev.Disabled || next.Disabled {
		t.Errorf("on page 1, prev disabled=%v next disabled=%v", prev.Disabled, next.Disabled)
	}
	if f := msg.Embeds[0].Footer; f == nil || !strings.Contains(f.Text, "page 1 of 2") {
		t.Errorf("footer = %+v, want page 1 of 2", f)
	}

	// Someone else cannot page.
	first, _ := h.send(t, bob.Button(h.fake.AppID, next.CustomID))
	if first.Type != 4 || first.Data.Flags&ephemeral == 0 || !strings.Contains(first.Data.Content, "Only the person who asked") {
		t.Errorf("another user's click: %+v", first)
	}
	checkMessage(t, first.Data)

	// The asker can.
	first, _ = h.send(t, alice.Button(h.fake.AppID, next.CustomID))
	if first.Type != 7 {
		t.Fatalf("the asker's click: type %d, want 7 (update message)", first.Type)
	}
	checkMessage(t, first.Data)
	e := first.Data.Embeds[0]
	if e.Footer == nil || !strings.Contains(e.Footer.Text, "page 2 of 2") || !strings.HasPrefix(e.Fields[0].Name, "6. ") {
		t.Errorf("page 2: footer %+v, first field %q", e.Footer, e.Fields[0].Name)
	}
	b := first.Data.Components[0].Components
	if b[0].Disabled || !b[1].Disabled {
		t.Errorf("on the last page, prev disabled=%v next disabled=%v", b[0].Disabled, b[1].Disabled)
	}

	// An unknown or expired answer.
	first, _ = h.send(t, alice.Button(h.fake.AppID, "page:0000000000000000:1"))
	if first.Data.Flags&ephemeral == 0 || !strings.Contains(first.Data.Content, "expired") {
		t.Errorf("expired answer: %+v", first)
	}
}

func TestErrorsAreEphemeralAndSayWhy(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	tests := []struct {
		name string
		i    map[string]any
		want string
	}{
		{"no such article", alice.Command(h.fake.AppID, "source", []dt.Opt{dt.Str("article", "zeppelin")}), "No article matches"},
		{"unknown command", alice.Command(h.fake.AppID, "teleport", nil), "There is no /teleport command"},
		{"missing option", alice.Command(h.fake.AppID, "ask", nil), "/ask needs question"},
		{"wrong type", alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread"), {Name: "results", Type: 4, Value: "many"}}), "results must be a whole number"},
		{"out of range", alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread"), dt.Int("results", 99)}), "results must be between 1 and 10"},
		{"nothing found", alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "zeppelin")}), "Nothing in the briefings matches"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, _ := h.send(t, tt.i)
			if first.Type != 4 || first.Data.Flags&ephemeral == 0 {
				t.Errorf("type %d flags %d, want an ephemeral message", first.Type, first.Data.Flags)
			}
			if !strings.Contains(first.Data.Content, tt.want) {
				t.Errorf("content %q, want it to say %q", first.Data.Content, tt.want)
			}
			checkMessage(t, first.Data)
		})
	}
}

// TestDeferredAnswersAreEdited forces deferral (DeferAfter tiny): the bot
// sends type 5, then edits @original; an error replaces the public
// deferral with an ephemeral follow-up.
func TestDeferredAnswersAreEdited(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{DeferAfter: time.Nanosecond})
	h.open(t)
	first, msg := h.send(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread prices")}))
	if first.Type != 5 || first.Data.Flags&ephemeral != 0 {
		t.Fatalf("first response %+v, want a public deferral (type 5)", first)
	}
	checkMessage(t, first.Data)
	checkMessage(t, msg)
	if len(msg.Embeds) != 1 || !strings.Contains(msg.text(), "Bread prices rise in river towns") {
		t.Errorf("edit = %s", msg.text())
	}

	i := alice.Command(h.fake.AppID, "source", []dt.Opt{dt.Str("article", "zeppelin")})
	from := len(h.fake.Calls())
	h.fake.Send(i)
	c, at := h.fake.Wait(from, wait, dt.Callback(dt.IDOf(i)))
	var r response
	decode(t, c.Body, &r)
	if r.Type != 5 {
		t.Fatalf("type %d, want 5", r.Type)
	}
	_, at = h.fake.Wait(at, wait, dt.Delete(dt.Token(i)))
	c, _ = h.fake.Wait(at, wait, dt.Followup(dt.Token(i)))
	var m messageData
	decode(t, c.Body, &m)
	if m.Flags&ephemeral == 0 || !strings.Contains(m.Content, "No article matches") {
		t.Errorf("follow-up %+v, want an ephemeral error", m)
	}
	checkMessage(t, m)

	// An ephemeral answer (/help) after a public deferral: the same.
	i = alice.Command(h.fake.AppID, "help", nil)
	from = len(h.fake.Calls())
	h.fake.Send(i)
	_, at = h.fake.Wait(from, wait, dt.Callback(dt.IDOf(i)))
	_, at = h.fake.Wait(at, wait, dt.Delete(dt.Token(i)))
	c, _ = h.fake.Wait(at, wait, dt.Followup(dt.Token(i)))
	m = messageData{}
	decode(t, c.Body, &m)
	if m.Flags&ephemeral == 0 || len(m.Embeds) != 1 || !strings.Contains(m.text(), "/ask") {
		t.Errorf("/help follow-up %s, want an ephemeral embed", c.Body)
	}
	checkMessage(t, m)
}

func TestAutocompleteSuggestsArticles(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	h.open(t)
	start := time.Now()
	first, _ := h.send(t, alice.Autocomplete(h.fake.AppID, "source", []dt.Opt{dt.Focus("article", "light")}))
	if first.Type != 8 {
		t.Fatalf("type %d, want 8", first.Type)
	}
	if len(first.Data.Choices) != 1 || first.Data.Choices[0].Value != "coast/lighthouses.md" || first.Data.Choices[0].Name != "The lighthouse keepers of the north coast" {
		t.Errorf("choices = %+v", first.Data.Choices)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("autocomplete took %v", d)
	}
	first, _ = h.send(t, alice.Autocomplete(h.fake.AppID, "source", []dt.Opt{dt.Focus("article", "")}))
	if len(first.Data.Choices) != 3 {
		t.Errorf("empty prefix: %d choices, want all 3 articles", len(first.Data.Choices))
	}
	// An option without completion gets an empty list, not an error.
	first, _ = h.send(t, alice.Autocomplete(h.fake.AppID, "ask", []dt.Opt{dt.Focus("question", "x")}))
	if first.Type != 8 || first.Data.Choices == nil || len(first.Data.Choices) != 0 {
		t.Errorf("no completion: %+v", first)
	}
}

func TestRateLimitIsPerUser(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{Limiter: bot.NewRateLimiter(2, time.Hour)})
	h.open(t)
	for n := 1; n <= 3; n++ {
		first, _ := h.send(t, alice.Command(h.fake.AppID, "status", nil))
		limited := first.Data.Flags&ephemeral != 0 && strings.Contains(first.Data.Content, "faster than briefbot")
		if limited != (n == 3) {
			t.Errorf("command %d: limited=%v (%q)", n, limited, first.Data.Content)
		}
	}
	first, _ := h.send(t, bob.Command(h.fake.AppID, "status", nil))
	if first.Data.Flags&ephemeral != 0 {
		t.Errorf("another user was limited too: %q", first.Data.Content)
	}
}

func TestCommandsAreRegistered(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{})
	ctx := context.Background()
	if _, err := h.ad.SyncCommands(ctx, "200000000000000001"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.ad.SyncCommands(ctx, ""); err != nil {
		t.Fatal(err)
	}
	guild, _ := h.fake.Wait(0, wait, func(c dt.Call) bool { return c.Method == "PUT" })
	if want := fmt.Sprintf("/api/v9/applications/%s/guilds/200000000000000001/commands", h.fake.AppID); guild.Path != want {
		t.Errorf("guild sync path %s, want %s", guild.Path, want)
	}
	_, at := h.fake.Wait(0, wait, func(c dt.Call) bool { return c.Method == "PUT" })
	global, _ := h.fake.Wait(at+1, wait, func(c dt.Call) bool { return c.Method == "PUT" })
	if want := fmt.Sprintf("/api/v9/applications/%s/commands", h.fake.AppID); global.Path != want {
		t.Errorf("global sync path %s, want %s", global.Path, want)
	}
	var cmds []struct {
		Name        string `json:"name"`
		Description string `json:"description"`
		Type        int    `json:"type"`
		Options     []struct {
			Name         string   `json:"name"`
			Type         int      `json:"type"`
			Required     bool     `json:"required"`
			Autocomplete bool     `json:"autocomplete"`
			MinValue     *float64 `json:"min_value"`
			MaxValue     float64  `json:"max_value"`
			Choices      []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"choices"`
		} `json:"options"`
	}
	decode(t, global.Body, &cmds)
	if len(cmds) != len(h.bot.Commands()) {
		t.Fatalf("%d commands registered, the table has %d", len(cmds), len(h.bot.Commands()))
	}
	byName := map[string]int{}
	for k, c := range cmds {
		byName[c.Name] = k
		if c.Type != 1 || c.Description == "" {
			t.Errorf("/%s: type %d, description %q", c.Name, c.Type, c.Description)
		}
	}
	ask := cmds[byName["ask"]]
	if ask.Options[0].Name != "question" || ask.Options[0].Type != 3 || !ask.Options[0].Required {
		t.Errorf("/ask question = %+v", ask.Options[0])
	}
	if r := ask.Options[1]; r.Type != 4 || r.MinValue == nil || *r.MinValue != 1 || r.MaxValue != 10 || r.Required {
		t.Errorf("/ask results = %+v", r)
	}
	if a := cmds[byName["source"]].Options[0]; !a.Autocomplete {
		t.Errorf("/source article is not autocompleted: %+v", a)
	}
	// A choice is offered by its name and sends its value.
	kind := cmds[byName["claims"]].Options[2]
	if kind.Name != "kind" || len(kind.Choices) < 5 || kind.Choices[1].Name != "denials" || kind.Choices[1].Value != "deny" {
		t.Errorf("/claims kind = %+v", kind)
	}
}
