package main

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
	"github.com/briefbot/briefbot/index"
)

const wait = 15 * time.Second

// Guilds, members and roles of the tests.
var (
	guildA   = "210000000000000001"
	guildB   = "210000000000000002"
	adminA   = dt.Member{Guild: guildA, User: "310000000000000001", Roles: []string{"410000000000000001"}, Permissions: 32}
	memberA  = dt.Member{Guild: guildA, User: "310000000000000002", Roles: []string{"410000000000000009"}}
	modA     = dt.Member{Guild: guildA, User: "310000000000000003", Permissions: 32} // Manage Server, but not a briefbot admin
	adminB   = dt.Member{Guild: guildB, User: "310000000000000004", Roles: []string{"410000000000000002"}, Permissions: 32}
	memberB  = dt.Member{Guild: guildB, User: "310000000000000005"}
	testCorp = map[string]string{
		"news/ferry.txt":  "Ferry timetable changes for the winter\n\nThe island ferry will sail twice a day from November, the operator said, because fewer visitors travel in the cold months.\n\nFreight sailings keep their usual schedule.",
		"news/school.txt": "New school opens in the valley\n\nThe valley school opened its doors to ninety pupils on Monday after two years of building work.",
	}
)

// server is briefbot serve running against a fake Discord.
type server struct {
	fake   *dt.Server
	corpus string
	synced chan index.Report
	stderr *syncBuffer
}

// syncBuffer is a log buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs runServe in gateway mode with settings from vars, and
// stops it when the test ends; it returns once the bot has identified and
// the first index update is done.
func startServe(t *testing.T, vars map[string]string, args ...string) *server {
	t.Helper()
	return startServeWith(t, true, vars, args...)
}

// startServeWith is startServe; gateway says whether to wait for the bot
// to identify on the gateway.
func startServeWith(t *testing.T, gateway bool, vars map[string]string, args ...string) *server {
	t.Helper()
	return startServeSetup(t, serveSetup{gateway: gateway, vars: vars, files: testCorp, args: args})
}

// serveSetup is how a test runs serve.
type serveSetup struct {
	gateway bool              // wait for the bot to identify on the gateway
	vars    map[string]string // settings over the tests' own
	files   map[string]string // the corpus
	args    []string
	// syncWait bounds the first index update; wait by default.
	syncWait time.Duration
}

func startServeSetup(t *testing.T, setup serveSetup) *server {
	t.Helper()
	gateway, vars, args := setup.gateway, setup.vars, setup.args
	fake := dt.New(t)
	corpus := filepath.Join(t.TempDir(), "corpus")
	for name, text := range setup.files {
		write(t, filepath.Join(corpus, name), text)
	}
	env := map[string]string{
		"DISCORD_TOKEN": "test-token", "DISCORD_APP_ID": fake.AppID, "DISCORD_API_URL": fake.URL,
		"BRIEFBOT_CORPUS": corpus, "BRIEFBOT_INDEX": filepath.Join(t.TempDir(), "index"),
		"BRIEFBOT_ADMIN_ROLES": "410000000000000001, 410000000000000002", "LOG_LEVEL": "debug",
	}
	for k, v := range vars {
		env[k] = v
	}
	cfg, err := loadConfig(func(k string) (string, bool) { v, ok := env[k]; return v, ok }, "")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{fake: fake, corpus: corpus, synced: make(chan index.Report, 100), stderr: &syncBuffer{}}
	serveHooks.allowPrivateFetch = true
	serveHooks.rateBurst = 1000
	serveHooks.synced = func(r index.Report) { s.synced <- r }
	e := &environment{cfg: cfg, log: newTestLogger(s.stderr), stdin: strings.NewReader(""), stdout: io.Discard, stderr: s.stderr}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, e, args) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not shut down within 20 s")
		}
		serveHooks.allowPrivateFetch, serveHooks.synced, serveHooks.rateBurst = false, nil, 0
		if t.Failed() {
			t.Logf("server log:\n%s", s.stderr.String())
		}
	})
	identified := fake.Identified
	if !gateway {
		identified = make(chan struct{})
		close(identified)
	}
	select {
	case <-identified:
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, s.stderr.String())
	case <-time.After(wait):
		t.Fatalf("the bot did not identify\n%s", s.stderr.String())
	}
	select {
	case <-s.synced:
	case <-time.After(cmp.Or(setup.syncWait, wait)):
		t.Fatal("the first index update did not finish")
	}
	return s
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// reply is a first response or a message, decoded loosely.
type reply struct {
	Type int `json:"type"`
	Data msg `json:"data"`
}

type msg struct {
	Content string `json:"content"`
	Flags   int    `json:"flags"`
	Embeds  []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Fields      []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"fields"`
	} `json:"embeds"`
	Choices []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"choices"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
	} `json:"allowed_mentions"`
}

func (m msg) text() string {
	var sb strings.Builder
	sb.WriteString(m.Content)
	for _, e := range m.Embeds {
		fmt.Fprintf(&sb, "\n%s\n%s", e.Title, e.Description)
		for _, f := range e.Fields {
			fmt.Fprintf(&sb, "\n%s\n%s", f.Name, f.Value)
		}
	}
	return sb.String()
}

const ephemeral = 1 << 6

// send delivers an interaction and returns the first response and the
// final message (the last edit or follow-up, when it deferred).
func (s *server) send(t *testing.T, i map[string]any) (reply, msg) {
	t.Helper()
	from := len(s.fake.Calls())
	s.fake.Send(i)
	c, at := s.fake.Wait(from, wait, dt.Callback(dt.IDOf(i)))
	var first reply
	if err := json.Unmarshal(c.Body, &first); err != nil {
		t.Fatal(err)
	}
	if first.Data.AllowedMentions == nil || first.Data.AllowedMentions.Parse == nil || len(first.Data.AllowedMentions.Parse) > 0 {
		if first.Type != 8 && first.Type != 1 {
			t.Errorf("first response without allowed_mentions parse []: %s", c.Body)
		}
	}
	if strings.Contains(first.Data.Content, "faster than briefbot") {
		t.Fatalf("rate limited: %s", c.Body)
	}
	if first.Type != 5 {
		return first, first.Data
	}
	final, _ := s.fake.Wait(at, wait, func(c dt.Call) bool {
		if dt.Followup(dt.Token(i))(c) {
			return true
		}
		return dt.Edit(dt.Token(i))(c) && !strings.Contains(string(c.Body), "Reindexing")
	})
	var m msg
	if err := json.Unmarshal(final.Body, &m); err != nil {
		t.Fatal(err)
	}
	if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) > 0 {
		t.Errorf("message without allowed_mentions parse []: %s", final.Body)
	}
	return first, m
}

// ask runs /ask and returns the answer's text.
func (s *server) ask(t *testing.T, who dt.Member, q string) string {
	t.Helper()
	_, m := s.send(t, who.Command(s.fake.AppID, "ask", []dt.Opt{dt.Str("question", q)}))
	return m.text()
}

func removeFile(path string) error { return os.Remove(path) }

func decodeJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
}

// TestServeHTTPEndpointAndMetrics runs serve --http with a key made for the
// test: signed interactions are answered, unsigned ones refused, and the
// metrics address serves /healthz and /metrics counting them.
func TestServeHTTPEndpointAndMetrics(t *testing.T) {
	pub, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	addrs := make(chan [2]string, 2)
	serveHooks.listening = func(what, addr string) { addrs <- [2]string{what, addr} }
	// The metrics are recorded after the HTTP reply has gone: the test
	// waits until they are, rather than reading /metrics at once.
	observed := make(chan discord.Event, 100)
	serveHooks.observed = func(ev discord.Event) { observed <- ev }
	defer func() { serveHooks.listening, serveHooks.observed = nil, nil }()
	s := startServeWith(t, false, map[string]string{
		"DISCORD_TOKEN": "", "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "BRIEFBOT_METRICS_ADDR": "127.0.0.1:0",
	}, "--http", "127.0.0.1:0")
	got := map[string]string{}
	for range 2 {
		a := <-addrs
		got[a[0]] = "http://" + a[1]
	}
	endpoint, metricsURL := got["interactions endpoint"], got["metrics"]

	post := func(body []byte, sign bool) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
		if sign {
			dt.Sign(req, key, body, time.Now())
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	ping, _ := json.Marshal(dt.Ping(s.fake.AppID))
	if code, body := post(ping, true); code != 200 || strings.TrimSpace(body) != `{"type":1}` {
		t.Errorf("PING: %d %s", code, body)
	}
	if code, _ := post(ping, false); code != 401 {
		t.Errorf("unsigned PING: %d, want 401", code)
	}
	ask, _ := json.Marshal(memberA.Command(s.fake.AppID, "ask", []dt.Opt{dt.Str("question", "island ferry")}))
	if code, body := post(ask, true); code != 200 || !strings.Contains(body, "Ferry timetable changes") {
		t.Errorf("/ask: %d %s", code, body)
	}
	for recorded := false; !recorded; {
		select {
		case ev := <-observed:
			recorded = ev.Command == "ask"
		case <-time.After(wait):
			t.Fatal("the /ask was never recorded")
		}
	}

	resp, err := http.Get(metricsURL + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("/healthz: %v %v", resp, err)
	}
	resp, err = http.Get(metricsURL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`briefbot_interactions_total{command="ask",kind="command",outcome="ok"} 1`,
		`briefbot_first_response_seconds_count{kind="command"} 1`,
		`briefbot_index_articles 2`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
