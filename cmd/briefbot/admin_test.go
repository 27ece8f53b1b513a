package main

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
)

const lanternArticle = `Lantern festival returns to the old quay

Hundreds of paper lanterns lit the old quay on Saturday as the festival returned after a gap of three years.

Organisers said the lantern parade drew more visitors than any year before, and thanked the volunteers who folded the lanterns.
`

const lanternPage = `<!doctype html><html><head><title>Kite makers gather on the dunes</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Kite makers gather on the dunes</h1>
<p>Kite makers from six countries gathered on the dunes for a week of flying, repairing and trading their kites.</p>
<p>The largest kite, a dragon forty metres long, needed twelve people to launch it in the afternoon wind.</p>
<p>Organisers hope to make the kite gathering a yearly event on the dunes if the town council agrees.</p>
</article><footer>Copyright the dunes gazette</footer></body></html>`

// TestAdminCommandsAndGuildScoping: articles ingested in one guild are
// answerable there only, by every path; admin commands are for admins only.
func TestAdminCommandsAndGuildScoping(t *testing.T) {
	s := startServe(t, nil)
	app := s.fake.AppID

	// Refused: a plain member, and a member with Manage Server whose role
	// is not configured. The refusal is ephemeral.
	for _, who := range []dt.Member{memberA, modA} {
		opt, att := dt.File("file", s.fake.AddFile("lantern.txt", []byte(lanternArticle)), "lantern.txt", len(lanternArticle))
		first, m := s.send(t, who.Command(app, "ingest", []dt.Opt{opt}, att))
		if first.Type != 5 || first.Data.Flags&ephemeral == 0 || !strings.Contains(m.Content, "for briefbot admins only") {
			t.Errorf("user %s: first %+v, final %q; want an ephemeral refusal", who.User, first, m.Content)
		}
	}
	if got := s.ask(t, memberA, "lantern parade"); !strings.Contains(got, "Nothing in the briefings matches") {
		t.Fatalf("a refused ingest added the article anyway: %s", got)
	}

	// An admin of guild A ingests an attachment.
	opt, att := dt.File("file", s.fake.AddFile("lantern.txt", []byte(lanternArticle)), "lantern.txt", len(lanternArticle))
	first, m := s.send(t, adminA.Command(app, "ingest", []dt.Opt{opt}, att))
	if first.Type != 5 || first.Data.Flags&ephemeral == 0 {
		t.Errorf("admin commands defer ephemerally; got %+v", first)
	}
	id := "ingest/" + guildA + "/lantern.txt"
	if !strings.Contains(m.text(), "Article added") || !strings.Contains(m.text(), id) {
		t.Fatalf("/ingest: %s", m.text())
	}

	// Guild A finds it; guild B never sees it, by any path.
	if got := s.ask(t, memberA, "lantern parade"); !strings.Contains(got, "Lantern festival returns to the old quay") {
		t.Errorf("guild A cannot find its article: %s", got)
	}
	if got := s.ask(t, memberB, "lantern parade"); strings.Contains(got, "Lantern") || !strings.Contains(got, "Nothing in the briefings matches") {
		t.Errorf("guild B sees guild A's article via /ask: %s", got)
	}
	_, m = s.send(t, memberB.Command(app, "source", []dt.Opt{dt.Str("article", id)}))
	if !strings.Contains(m.Content, "No article matches") {
		t.Errorf("guild B sees guild A's article via /source: %s", m.text())
	}
	_, m = s.send(t, memberA.Command(app, "source", []dt.Opt{dt.Str("article", id), dt.Int("paragraph", 2)}))
	if !strings.Contains(m.text(), "paper lanterns") {
		t.Errorf("guild A cannot open its article with /source: %s", m.text())
	}
	for _, cmd := range []struct {
		name, option string
		who          dt.Member
	}{{"source", "article", memberB}, {"forget", "article", adminB}} {
		first, _ := s.send(t, cmd.who.Autocomplete(app, cmd.name, []dt.Opt{dt.Focus(cmd.option, "lan")}))
		if first.Type != 8 || len(first.Data.Choices) != 0 {
			t.Errorf("guild B autocomplete of /%s suggests %+v", cmd.name, first.Data.Choices)
		}
	}
	first, _ = s.send(t, adminA.Autocomplete(app, "forget", []dt.Opt{dt.Focus("article", "lan")}))
	if len(first.Data.Choices) != 1 || first.Data.Choices[0].Value != id {
		t.Errorf("guild A autocomplete of /forget: %+v", first.Data.Choices)
	}
	first, _ = s.send(t, memberA.Autocomplete(app, "forget", []dt.Opt{dt.Focus("article", "lan")}))
	if len(first.Data.Choices) != 0 {
		t.Errorf("a non-admin gets /forget suggestions: %+v", first.Data.Choices)
	}
	_, m = s.send(t, adminB.Command(app, "forget", []dt.Opt{dt.Str("article", id)}))
	if !strings.Contains(m.Content, "No article matches") {
		t.Errorf("guild B can /forget guild A's article: %s", m.text())
	}

	// A corpus article cannot be forgotten; the guild's own can.
	_, m = s.send(t, adminA.Command(app, "forget", []dt.Opt{dt.Str("article", "news/ferry.txt")}))
	if !strings.Contains(m.Content, "comes from the corpus folder") {
		t.Errorf("/forget of a corpus article: %s", m.text())
	}
	_, m = s.send(t, adminA.Command(app, "forget", []dt.Opt{dt.Str("article", id)}))
	if !strings.Contains(m.text(), "Article removed") {
		t.Errorf("/forget: %s", m.text())
	}
	if got := s.ask(t, memberA, "lantern parade"); !strings.Contains(got, "Nothing in the briefings matches") {
		t.Errorf("a forgotten article is still found: %s", got)
	}

	// A web page, through the HTML parser; guild B's admin ingests it for B.
	_, m = s.send(t, adminB.Command(app, "ingest", []dt.Opt{dt.Str("url", s.fake.AddFile("kites", []byte(lanternPage)))}))
	if !strings.Contains(m.text(), "Kite makers gather on the dunes") || !strings.Contains(m.text(), "ingest/"+guildB+"/kites.html") {
		t.Fatalf("/ingest url: %s", m.text())
	}
	if got := s.ask(t, memberB, "dragon kite"); !strings.Contains(got, "forty metres") {
		t.Errorf("guild B cannot find its page: %s", got)
	}
	if got := s.ask(t, memberA, "dragon kite"); strings.Contains(got, "forty metres") {
		t.Errorf("guild A sees guild B's page: %s", got)
	}

	// Bad input gets clear messages.
	for _, tt := range []struct {
		opts []dt.Opt
		want string
	}{
		{nil, "needs a file"},
		{[]dt.Opt{dt.Str("url", "ftp://example.org/x")}, "not a web address"},
		{[]dt.Opt{dt.Str("url", s.fake.URL+"/files/missing")}, "answered 404"},
	} {
		_, m = s.send(t, adminA.Command(app, "ingest", tt.opts))
		if !strings.Contains(m.Content, tt.want) {
			t.Errorf("/ingest %v: %q, want %q", tt.opts, m.Content, tt.want)
		}
	}
	opt, att = dt.File("file", s.fake.AddFile("blob.txt", []byte("\x00\x01\x02binary")), "blob.txt", 9)
	_, m = s.send(t, adminA.Command(app, "ingest", []dt.Opt{opt}, att))
	if !strings.Contains(m.Content, "cannot read that as an article") {
		t.Errorf("/ingest of a binary file: %q", m.Content)
	}
	_, m = s.send(t, dt.Member{User: adminA.User}.Command(app, "ingest", []dt.Opt{dt.Str("url", "https://example.org/")}))
	if !strings.Contains(m.Content, "admins only") && !strings.Contains(m.Content, "server") {
		t.Errorf("/ingest in a DM: %q", m.Content)
	}
}

func TestReindexShowsProgressAndReports(t *testing.T) {
	s := startServe(t, nil)
	i := adminA.Command(s.fake.AppID, "reindex", []dt.Opt{dt.Bool("full", true)})
	first, m := s.send(t, i)
	if first.Type != 5 || first.Data.Flags&ephemeral == 0 {
		t.Errorf("first %+v, want an ephemeral deferral", first)
	}
	// Progress came first, as an edit of the deferred reply.
	c, _ := s.fake.Wait(0, wait, dt.Edit(dt.Token(i)))
	if !strings.Contains(string(c.Body), "Reindexing: 1 of 2 files (50%)") {
		t.Errorf("first edit %s, want progress", c.Body)
	}
	if !strings.Contains(m.text(), "Index rebuilt") || !strings.Contains(m.text(), "2 files: 2 added") {
		t.Errorf("/reindex: %s", m.text())
	}
	if got := s.ask(t, memberA, "ferry timetable"); !strings.Contains(got, "Ferry timetable changes") {
		t.Errorf("after a rebuild: %s", got)
	}
	_, m = s.send(t, memberA.Command(s.fake.AppID, "reindex", nil))
	if !strings.Contains(m.Content, "admins only") {
		t.Errorf("/reindex by a member: %s", m.text())
	}
}

// TestCorpusChangesAreAnsweredWithoutReindex: the watcher picks up a new
// file in a new folder, a change and a deletion within seconds.
func TestCorpusChangesAreAnsweredWithoutReindex(t *testing.T) {
	s := startServe(t, nil)
	eventually := func(q, want string, present bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			got := s.ask(t, memberA, q)
			if strings.Contains(got, want) == present {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("after 10 s, /ask %q: %s (want %q present=%v)", q, got, want, present)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	path := s.corpus + "/sport/new/regatta.txt"
	write(t, path, "Rowing regatta moved to the lake\n\nThe autumn rowing regatta will be held on the lake this year because the river is too high.")
	eventually("rowing regatta", "Rowing regatta moved to the lake", true)
	write(t, path, "Rowing regatta cancelled\n\nThe autumn rowing regatta is cancelled: the lake froze early.")
	eventually("regatta froze", "Rowing regatta cancelled", true)
	if err := removeFile(path); err != nil {
		t.Fatal(err)
	}
	eventually("rowing regatta", "Nothing in the briefings matches", true)
}

func TestServeRegistersCommandsOnStart(t *testing.T) {
	s := startServe(t, map[string]string{"DISCORD_SYNC_COMMANDS": "true"}, "--guild", guildA)
	c, _ := s.fake.Wait(0, wait, func(c dt.Call) bool { return c.Method == "PUT" })
	if !strings.HasSuffix(c.Path, "/guilds/"+guildA+"/commands") {
		t.Errorf("registered at %s", c.Path)
	}
	var cmds []struct {
		Name  string  `json:"name"`
		Perms *string `json:"default_member_permissions"`
	}
	decodeJSON(t, c.Body, &cmds)
	admin := map[string]bool{"reindex": true, "ingest": true, "forget": true}
	for _, cmd := range cmds {
		if admin[cmd.Name] != (cmd.Perms != nil && *cmd.Perms == "32") {
			t.Errorf("/%s: default_member_permissions %v", cmd.Name, cmd.Perms)
		}
		delete(admin, cmd.Name)
	}
	if len(admin) > 0 {
		t.Errorf("not registered: %v", admin)
	}
}

// TestEveryServedCommandAnswers sends every command of the served table,
// admin ones included, with its required options, as an admin: each gets a
// first response in time and a final message that pings nobody.
func TestEveryServedCommandAnswers(t *testing.T) {
	s := startServe(t, nil)
	for _, c := range bot.New(nil, bot.Options{Admin: (*adminService)(nil)}).Commands() {
		var opts []dt.Opt
		for _, o := range c.Options {
			switch {
			case !o.Required:
			case o.Type == bot.String && (o.Complete == bot.CompleteArticle || o.Complete == bot.CompleteIngested):
				opts = append(opts, dt.Str(o.Name, "news/ferry.txt"))
			case o.Type == bot.String:
				opts = append(opts, dt.Str(o.Name, "ferry"))
			case o.Type == bot.Integer:
				opts = append(opts, dt.Int(o.Name, max(o.MinValue, 1)))
			case o.Type == bot.Boolean:
				opts = append(opts, dt.Bool(o.Name, false))
			}
		}
		start := time.Now()
		first, m := s.send(t, adminA.Command(s.fake.AppID, c.Name, opts))
		if first.Type != 4 && first.Type != 5 {
			t.Errorf("/%s: first response type %d", c.Name, first.Type)
		}
		if m.text() == "" {
			t.Errorf("/%s: empty answer", c.Name)
		}
		if c.Admin && (first.Data.Flags&ephemeral == 0) {
			t.Errorf("/%s: an admin command's reply is public", c.Name)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("/%s took %v", c.Name, d)
		}
	}
}
