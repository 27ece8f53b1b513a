package discord_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	"github.com/briefbot/briefbot/bot/discord/discordtest"
	"github.com/briefbot/briefbot/index"
)

// The test corpus: little articles written for these tests.
var corpus = map[string]string{
	"world/harbour-talks.md": `---
title: Harbour talks stall over fishing quotas
url: https://news.example/harbour-talks
published: 2026-10-02
---
Negotiators from Port Alder and Westmere met for a third day on Tuesday without agreeing how to share the winter fishing quota.

The Port Alder delegation said the quota should follow the size of each fleet; Westmere wants an equal split. A spokesperson wrote "@everyone should read the *draft*" in a message to the press.

Talks resume next week at the old customs house by the harbour.
`,
	"economy/bakery-prices.md": `---
title: Bread prices rise in river towns
url: https://news.example/bakery-prices
---
Bakers in three river towns raised the price of a loaf by ten cents after flour deliveries were delayed by flooding.

The millers' association expects deliveries to recover within a month.
`,
	"coast/lighthouses.md": lighthouses(),
}

// lighthouses is a long article with many paragraphs about lighthouses, so
// that a question about them has more answers than fit on one page.
func lighthouses() string {
	var sb strings.Builder
	sb.WriteString("---\ntitle: The lighthouse keepers of the north coast\nurl: https://news.example/lighthouses\n---\n")
	towns := []string{"Carrow", "Dunmore", "Elsby", "Fennick", "Gorran", "Hallow", "Ingle", "Jessop", "Kelling", "Lowther", "Marram", "Norby"}
	for k, town := range towns {
		sb.WriteString("The lighthouse at " + town + " was kept by the same family for " + strings.Repeat("many ", k%3+1) +
			"years; its keeper climbs the lighthouse stairs each evening to light the lamp, and records the weather, the ships that pass and the state of the sea in a logbook that the harbour office collects every month.\n\n")
	}
	return sb.String()
}

// writeCorpus writes files into a new folder and returns it.
func writeCorpus(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// newIndex builds a real index of the test corpus in a temporary folder.
func newIndex(t testing.TB) *index.Index {
	t.Helper()
	return newIndexOf(t, corpus)
}

// newIndexOf builds a real index of files in a temporary folder.
func newIndexOf(t testing.TB, files map[string]string) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "index"), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Sync(context.Background(), os.DirFS(writeCorpus(t, files)), index.SyncOptions{}); err != nil {
		t.Fatal(err)
	}
	return ix
}

// harness is a bot on a real index, connected to a fake Discord.
type harness struct {
	fake *discordtest.Server
	bot  *bot.Bot
	ad   *discord.Adapter
	ix   *index.Index
}

func newHarness(t *testing.T, opt discord.Options) *harness {
	t.Helper()
	return newHarnessWith(t, opt, func(ix *index.Index) *bot.Bot { return bot.New(ix, bot.Options{}) })
}

// newHarnessWith is newHarness with a bot of the test's making.
func newHarnessWith(t *testing.T, opt discord.Options, newBot func(*index.Index) *bot.Bot) *harness {
	t.Helper()
	fake := discordtest.New(t)
	ix := newIndex(t)
	b := newBot(ix)
	opt.AppID = fake.AppID
	opt.APIURL = fake.URL
	// A test reads the answer from the first response unless it sets the
	// deferral itself: a loaded machine under -race can take more than the
	// default 40 ms, and a deferral then would fail a test of something else.
	if opt.DeferAfter == 0 {
		opt.DeferAfter = time.Minute
	}
	if opt.Token == "" {
		opt.Token = "test-token"
	}
	ad, err := discord.New(b, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		ad.Close(ctx)
	})
	return &harness{fake: fake, bot: b, ad: ad, ix: ix}
}

// open connects the adapter to the fake gateway.
func (h *harness) open(t *testing.T) {
	t.Helper()
	if err := h.ad.Open(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-h.fake.Identified:
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not identify on the gateway")
	}
}

// response is what the bot sent as a first response or an edit.
type response struct {
	Type int         `json:"type"`
	Data messageData `json:"data"`
}

type messageData struct {
	Content         string         `json:"content"`
	Flags           int            `json:"flags"`
	Embeds          []embed        `json:"embeds"`
	Components      []row          `json:"components"`
	AllowedMentions *mentions      `json:"allowed_mentions"`
	Choices         []choice       `json:"choices"`
	Extra           map[string]any `json:"-"`
}

type mentions struct {
	Parse []string `json:"parse"`
}

type embed struct {
	Title       string  `json:"title"`
	Description string  `json:"description"`
	Fields      []field `json:"fields"`
	Footer      *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

type field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type row struct {
	Type       int      `json:"type"`
	Components []button `json:"components"`
}

type button struct {
	Type     int    `json:"type"`
	Label    string `json:"label"`
	CustomID string `json:"custom_id"`
	Disabled bool   `json:"disabled"`
}

type choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func decode(t testing.TB, body []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("cannot decode %s: %v", body, err)
	}
}

// text is all the visible text of a message.
func (m messageData) text() string {
	var sb strings.Builder
	sb.WriteString(m.Content)
	for _, e := range m.Embeds {
		sb.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			sb.WriteString("\n" + f.Name + "\n" + f.Value)
		}
		if e.Footer != nil {
			sb.WriteString("\n" + e.Footer.Text)
		}
	}
	return sb.String()
}

// checkMessage checks what every message must respect: mentions parse
// nothing, and Discord's limits.
func checkMessage(t testing.TB, m messageData) {
	t.Helper()
	if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions = %+v, want parse: []", m.AllowedMentions)
	}
	if n := len([]rune(m.Content)); n > 2000 {
		t.Errorf("content of %d characters", n)
	}
	if len(m.Embeds) > 10 {
		t.Errorf("%d embeds", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		total += len([]rune(e.Title)) + len([]rune(e.Description))
		if len([]rune(e.Title)) > 256 || len([]rune(e.Description)) > 4096 || len(e.Fields) > 25 {
			t.Errorf("embed over the limits: title %d, description %d, %d fields", len([]rune(e.Title)), len([]rune(e.Description)), len(e.Fields))
		}
		for _, f := range e.Fields {
			total += len([]rune(f.Name)) + len([]rune(f.Value))
			if len([]rune(f.Name)) > 256 || len([]rune(f.Value)) > 1024 || f.Name == "" || f.Value == "" {
				t.Errorf("field over the limits or empty: name %q (%d), value %d", f.Name, len([]rune(f.Name)), len([]rune(f.Value)))
			}
		}
		if e.Footer != nil {
			total += len([]rune(e.Footer.Text))
		}
	}
	if total > 6000 {
		t.Errorf("embeds of %d characters in all", total)
	}
	for _, r := range m.Components {
		if len(r.Components) > 5 {
			t.Errorf("%d buttons in a row", len(r.Components))
		}
		for _, b := range r.Components {
			if len(b.CustomID) == 0 || len(b.CustomID) > 100 {
				t.Errorf("custom_id %q", b.CustomID)
			}
		}
	}
}

const ephemeral = 1 << 6
