package discord_test

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	dt "github.com/briefbot/briefbot/bot/discord/discordtest"
	"github.com/briefbot/briefbot/index"
)

// endpoint serves the adapter's HTTP interactions endpoint with a key
// made for the test; edits and follow-ups go to the fake Discord.
func endpoint(t *testing.T, opt discord.Options) (*harness, *httptest.Server, ed25519.PrivateKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	opt.PublicKey = pub
	opt.Token = "unused"
	h := newHarness(t, opt)
	srv := httptest.NewServer(h.ad.Endpoint())
	t.Cleanup(srv.Close)
	return h, srv, priv
}

// post sends a (signed) interaction to the endpoint.
func post(t testing.TB, srv *httptest.Server, key ed25519.PrivateKey, body []byte, at time.Time) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if key != nil {
		dt.Sign(req, key, body, at)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func mustJSON(t testing.TB, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEndpointVerifiesSignatures(t *testing.T) {
	t.Parallel()
	h, srv, key := endpoint(t, discord.Options{})
	ping := mustJSON(t, dt.Ping(h.fake.AppID))
	_, otherKey, _ := ed25519.GenerateKey(nil)

	code, body := post(t, srv, key, ping, time.Now())
	if code != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Errorf("PING: %d %s, want 200 {\"type\":1}", code, body)
	}
	tests := []struct {
		name string
		key  ed25519.PrivateKey
		at   time.Time
		body []byte
	}{
		{"unsigned", nil, time.Now(), ping},
		{"signed by another key", otherKey, time.Now(), ping},
		{"stale", key, time.Now().Add(-6 * time.Minute), ping},
		{"from the future", key, time.Now().Add(6 * time.Minute), ping},
	}
	for _, tt := range tests {
		if code, body := post(t, srv, tt.key, tt.body, tt.at); code != http.StatusUnauthorized {
			t.Errorf("%s: %d %s, want 401", tt.name, code, body)
		}
	}
	// A body changed after signing.
	req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(append(ping[:len(ping)-1:len(ping)-1], ',', '}')))
	dt.Sign(req, key, ping, time.Now())
	if resp, err := srv.Client().Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("tampered body: %v %v, want 401", resp.StatusCode, err)
	}
	if resp, err := srv.Client().Get(srv.URL); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %v %v, want 405", resp.StatusCode, err)
	}
	// Signed garbage is a bad request, not a crash.
	if code, _ := post(t, srv, key, []byte(`{"type": "nope"`), time.Now()); code != http.StatusBadRequest {
		t.Errorf("signed garbage: %d, want 400", code)
	}
}

func TestEndpointAnswersCommands(t *testing.T) {
	t.Parallel()
	h, srv, key := endpoint(t, discord.Options{})
	code, body := post(t, srv, key, mustJSON(t, alice.Command(h.fake.AppID, "ask", []dt.Opt{dt.Str("question", "flour deliveries")})), time.Now())
	var r response
	decode(t, body, &r)
	if code != 200 || r.Type != 4 || len(r.Data.Embeds) != 1 || !strings.Contains(r.Data.text(), "Bread prices rise") {
		t.Fatalf("/ask: %d %s", code, body)
	}
	checkMessage(t, r.Data)

	code, body = post(t, srv, key, mustJSON(t, alice.Autocomplete(h.fake.AppID, "source", []dt.Opt{dt.Focus("article", "harb")})), time.Now())
	r = response{}
	decode(t, body, &r)
	if code != 200 || r.Type != 8 || len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "world/harbour-talks.md" {
		t.Errorf("autocomplete: %d %s", code, body)
	}

	code, body = post(t, srv, key, mustJSON(t, alice.Command(h.fake.AppID, "source", []dt.Opt{dt.Str("article", "zeppelin")})), time.Now())
	r = response{}
	decode(t, body, &r)
	if code != 200 || r.Type != 4 || r.Data.Flags&ephemeral == 0 || !strings.Contains(r.Data.Content, "No article matches") {
		t.Errorf("error: %d %s", code, body)
	}
}

// TestEndpointDefersThenEdits: a deferred command answers type 5 in the
// HTTP response and edits the reply over REST.
func TestEndpointDefersThenEdits(t *testing.T) {
	t.Parallel()
	h, srv, key := endpoint(t, discord.Options{DeferAfter: time.Nanosecond})
	i := alice.Command(h.fake.AppID, "status", nil)
	code, body := post(t, srv, key, mustJSON(t, i), time.Now())
	var r response
	decode(t, body, &r)
	if code != 200 || r.Type != 5 {
		t.Fatalf("%d %s, want a deferral", code, body)
	}
	c, _ := h.fake.Wait(0, wait, dt.Edit(dt.Token(i)))
	var m messageData
	decode(t, c.Body, &m)
	checkMessage(t, m)
	if !strings.Contains(m.text(), "briefbot status") {
		t.Errorf("edit = %s", c.Body)
	}
	if !strings.Contains(c.Path, "/webhooks/"+h.fake.AppID+"/") {
		t.Errorf("edit path %s does not name the application", c.Path)
	}
}

// TestEndpointSurvivesHostilePayloads: signed but malformed or hostile
// interactions get a clear answer or a 400, never a crash or silence.
func TestEndpointSurvivesHostilePayloads(t *testing.T) {
	t.Parallel()
	_, srv, key := endpoint(t, discord.Options{})
	user := `"member":{"user":{"id":"5"},"roles":[],"permissions":"0"},"guild_id":"9"`
	long := strings.Repeat("ä@everyone ", 2000)
	for _, body := range []string{
		`{"id":"1","type":2,"token":"t",` + user + `}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask"}}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":null}]},` + user + `}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":{"x":1}}]},` + user + `}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"` + long + `"}]},` + user + `}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask","options":[null,{"name":"results","type":4,"value":1e300}]},` + user + `}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":1,"options":[{"name":"x"}]}]},` + user + `}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"` + strings.Repeat("z", 5000) + `"},` + user + `}`,
		`{"id":"1","type":3,"token":"t","data":{"custom_id":"page:zz:x"},` + user + `}`,
		`{"id":"1","type":3,"token":"t","data":{"custom_id":"page:` + strings.Repeat("9", 300) + `:1"}}`,
		`{"id":"1","type":4,"token":"t","data":{"name":"source","options":[{"name":"article","type":3,"focused":true,"value":12}]},` + user + `}`,
		`{"id":"1","type":4,"token":"t","data":{"name":"nope","options":[{"name":"x","focused":true,"value":"a"}]},` + user + `}`,
		`{"id":"1","type":5,"token":"t","data":{"custom_id":"m","components":[]},` + user + `}`,
		`{"id":"1","type":99,"token":"t"}`,
	} {
		body = strings.Replace(body, `"id":"1"`, `"id":"`+dt.ID()+`"`, 1) // a replay is refused
		code, resp := post(t, srv, key, []byte(body), time.Now())
		var r response
		if code == 200 {
			decode(t, resp, &r)
		}
		switch {
		case code == 400:
		case code != 200:
			t.Errorf("%.80s…: HTTP %d %s", body, code, resp)
		case r.Type == 8:
			if r.Data.Choices == nil {
				t.Errorf("%.80s…: autocomplete without a choices list: %s", body, resp)
			}
		case r.Type != 4 || r.Data.Flags&ephemeral == 0 || !strings.HasPrefix(r.Data.Content, "⚠️ "):
			t.Errorf("%.80s…: %s, want an ephemeral error", body, resp)
		default:
			checkMessage(t, r.Data)
		}
	}
}

// TestEndpointAnswersEachFaultWithItsStatus: a body too large is 413, a
// body too slow 408, a signed body that is not an interaction 400; none of
// them is mistaken for a bad signature.
func TestEndpointAnswersEachFaultWithItsStatus(t *testing.T) {
	t.Parallel()
	h, srv, key := endpoint(t, discord.Options{BodyTimeout: 300 * time.Millisecond})
	big := []byte(`{"id":"` + dt.ID() + `","type":1,"token":"t","pad":"` + strings.Repeat("x", 1<<20) + `"}`)
	if code, body := post(t, srv, key, big, time.Now()); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a body over 1 MiB: %d %s, want 413", code, body)
	}
	for _, body := range []string{`null`, ` null `, `[]`, `"ping"`, `7`, `{}`, `{"type":1}`, `{"id":"x1","type":1,"token":"t"}`, `{"id":"1","type":1}`} {
		if code, resp := post(t, srv, key, []byte(body), time.Now()); code != http.StatusBadRequest {
			t.Errorf("signed %s: %d %s, want 400", body, code, resp)
		}
	}

	// A body that stops halfway: 408 once BodyTimeout has passed.
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ping := mustJSON(t, dt.Ping(h.fake.AppID))
	req, _ := http.NewRequest(http.MethodPost, srv.URL, nil)
	dt.Sign(req, key, ping, time.Now())
	fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: briefbot\r\nContent-Length: %d\r\n", len(ping))
	for k, v := range req.Header {
		fmt.Fprintf(conn, "%s: %s\r\n", k, v[0])
	}
	fmt.Fprintf(conn, "\r\n%s", ping[:len(ping)/2])
	conn.SetReadDeadline(time.Now().Add(wait))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer to a slow body: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestTimeout {
		t.Errorf("a slow body: %d, want 408", resp.StatusCode)
	}
}

// TestEndpointRefusesReplays: an interaction id, validly signed, is served
// once; a captured admin /reindex sent again does not run again. A forged
// request cannot use up an id.
func TestEndpointRefusesReplays(t *testing.T) {
	t.Parallel()
	adm := newBlockingAdmin()
	close(adm.release)
	pub, key, _ := ed25519.GenerateKey(nil)
	h := newHarnessWith(t, discord.Options{PublicKey: pub}, func(ix *index.Index) *bot.Bot {
		return bot.New(ix, bot.Options{Admin: adm, AdminUsers: []string{admin.User}})
	})
	srv := httptest.NewServer(h.ad.Endpoint())
	t.Cleanup(srv.Close)

	reindex := mustJSON(t, admin.Command(h.fake.AppID, "reindex", nil))
	if code, body := post(t, srv, key, reindex, time.Now()); code != 200 {
		t.Fatalf("/reindex: %d %s", code, body)
	}
	// The same request, and the same interaction signed again a minute later.
	if code, body := post(t, srv, key, reindex, time.Now()); code != http.StatusConflict {
		t.Errorf("replayed /reindex: %d %s, want 409", code, body)
	}
	if code, body := post(t, srv, key, reindex, time.Now().Add(time.Minute)); code != http.StatusConflict {
		t.Errorf("replayed /reindex, signed anew: %d %s, want 409", code, body)
	}
	select {
	case <-adm.started:
	case <-time.After(wait):
		t.Fatal("/reindex did not run")
	}
	select {
	case <-adm.started:
		t.Error("a replayed /reindex ran again")
	case <-time.After(200 * time.Millisecond):
	}

	// A request with a bad signature does not use up the id.
	ping := mustJSON(t, dt.Ping(h.fake.AppID))
	_, otherKey, _ := ed25519.GenerateKey(nil)
	if code, _ := post(t, srv, otherKey, ping, time.Now()); code != http.StatusUnauthorized {
		t.Errorf("forged PING: %d, want 401", code)
	}
	if code, body := post(t, srv, key, ping, time.Now()); code != 200 {
		t.Errorf("PING after a forged one with its id: %d %s, want 200", code, body)
	}
}
