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
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/knowledge"
)

// blockingAdmin is an Admin whose jobs run until the test releases them,
// as a long reindex or a slow download does.
type blockingAdmin struct {
	started chan string
	release chan struct{}
}

func newBlockingAdmin() *blockingAdmin {
	return &blockingAdmin{started: make(chan string, 10), release: make(chan struct{})}
}

func (a *blockingAdmin) hold(ctx context.Context, what string) error {
	a.started <- what
	select {
	case <-a.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (a *blockingAdmin) Reindex(ctx context.Context, full bool, progress func(done, total int)) (string, error) {
	return "reindexed", a.hold(ctx, "reindex")
}

func (a *blockingAdmin) Ingest(ctx context.Context, scope, name string, data []byte, url string) (knowledge.ArticleInfo, error) {
	return knowledge.ArticleInfo{ID: "ingest/" + scope + "/" + name, Title: name, Scope: scope}, a.hold(ctx, "ingest")
}

func (a *blockingAdmin) Forget(ctx context.Context, scope, id string) (knowledge.ArticleInfo, error) {
	return knowledge.ArticleInfo{}, a.hold(ctx, "forget")
}

var admin = dt.Member{Guild: "200000000000000001", User: "300000000000000009"}

// TestAdminJobsNeverHoldQuestions runs a reindex and a download that do
// not end, with a single question worker: every question is still answered.
func TestAdminJobsNeverHoldQuestions(t *testing.T) {
	t.Parallel()
	adm := newBlockingAdmin()
	h := newHarnessWith(t, discord.Options{Workers: 1}, func(ix *index.Index) *bot.Bot {
		return bot.New(ix, bot.Options{Admin: adm, AdminUsers: []string{admin.User}})
	})
	h.open(t)
	reindex := admin.Command(h.fake.AppID, "reindex", []dt.Opt{dt.Bool("full", true)})
	ingest := admin.Command(h.fake.AppID, "ingest", []dt.Opt{dt.Str("url", "https://news.example/slow-page")})
	for _, i := range []map[string]any{reindex, ingest} {
		h.fake.Send(i)
	}
	for range 2 {
		select {
		case <-adm.started:
		case <-time.After(wait):
			t.Fatal("the admin jobs did not start")
		}
	}
	for _, q := range []string{"flour deliveries", "fishing quota", "lighthouse keeper", "bread prices", "customs house"} {
		_, msg := h.send(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", q)}))
		if len(msg.Embeds) != 1 || !strings.Contains(msg.Embeds[0].Title, "Asked") {
			t.Errorf("/ask %s during admin jobs: %s", q, msg.text())
		}
	}
	close(adm.release)
	for i, want := range map[*map[string]any]string{&reindex: "reindexed", &ingest: "Article added"} {
		c, _ := h.fake.Wait(0, wait, dt.Edit(dt.Token(*i)))
		var m messageData
		decode(t, c.Body, &m)
		if !strings.Contains(m.text(), want) {
			t.Errorf("admin job's answer: %s, want %q", c.Body, want)
		}
	}
}

// gatedSearch is the index, except that a search for a question with
// "hold" in it waits until the test releases it.
type gatedSearch struct {
	*index.Index
	entered chan struct{}
	release chan struct{}
}

func (g *gatedSearch) Search(ctx context.Context, q knowledge.Query) (knowledge.Results, error) {
	if strings.Contains(q.Text, "hold") {
		g.entered <- struct{}{}
		<-g.release
	}
	return g.Index.Search(ctx, q)
}

// TestQueuedQuestionsAreDeferredAtOnce holds the only worker with one
// question: the next is deferred at once (not after DeferAfter), and edited
// in when it is answered; index updates wait for the questions (Yield).
func TestQueuedQuestionsAreDeferredAtOnce(t *testing.T) {
	t.Parallel()
	g := &gatedSearch{entered: make(chan struct{}, 1), release: make(chan struct{})}
	deferAfter := 2 * time.Second
	h := newHarnessWith(t, discord.Options{Workers: 1, DeferAfter: deferAfter}, func(ix *index.Index) *bot.Bot {
		g.Index = ix
		return bot.New(g, bot.Options{})
	})
	h.open(t)
	held := alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "hold the lighthouse")})
	h.fake.Send(held)
	<-g.entered

	// An index update waits for the question under way, up to a bound.
	start := time.Now()
	h.ad.Yield(context.Background())
	if took := time.Since(start); took < 150*time.Millisecond {
		t.Errorf("Yield returned after %v while a question was under way", took)
	}

	queued := bob.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "bread prices")})
	from := len(h.fake.Calls())
	start = time.Now()
	h.fake.Send(queued)
	c, _ := h.fake.Wait(from, wait, dt.Callback(dt.IDOf(queued)))
	if took := time.Since(start); took >= deferAfter {
		t.Errorf("a queued question was first answered after %v, not deferred at once", took)
	}
	var first response
	decode(t, c.Body, &first)
	if first.Type != 5 {
		t.Fatalf("a queued question's first response: %s, want a deferral", c.Body)
	}
	close(g.release)
	for _, i := range []map[string]any{held, queued} {
		// The answer: the first response, or an edit of the deferral.
		h.fake.Wait(0, wait, func(c dt.Call) bool {
			return (dt.Edit(dt.Token(i))(c) || dt.Callback(dt.IDOf(i))(c)) && strings.Contains(string(c.Body), "Asked")
		})
	}
	// With no question under way, Yield does not wait.
	done := make(chan struct{})
	go func() { h.ad.Yield(context.Background()); close(done) }()
	select {
	case <-done:
	case <-time.After(wait):
		t.Error("Yield blocked with no question under way")
	}
}

// TestAnswersAreEditedInParallel: deferred answers to different people are
// edited in at the same time, not one REST call after another.
func TestAnswersAreEditedInParallel(t *testing.T) {
	t.Parallel()
	h := newHarness(t, discord.Options{DeferAfter: time.Nanosecond})
	h.open(t)
	h.fake.HoldEdits(3)
	var sent []map[string]any
	for k, q := range []string{"bread prices", "fishing quota", "lighthouse keeper"} {
		m := dt.Member{Guild: alice.Guild, User: fmt.Sprintf("30000000000000010%d", k)}
		i := m.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", q)})
		h.fake.Send(i)
		sent = append(sent, i)
	}
	for _, i := range sent {
		h.fake.Wait(0, wait, dt.Edit(dt.Token(i)))
	}
	if n := h.fake.MaxEditsInFlight(); n < 3 {
		t.Errorf("at most %d edits under way at once, want 3: answers wait for each other's REST calls", n)
	}
}
