// Package discordtest is a fake Discord for tests: an httptest server with
// the REST routes briefbot uses and a websocket gateway that speaks the
// handshake (Hello, Identify, READY, heartbeats) and delivers interactions.
// The real discordgo connects to it over loopback through a DISCORD_API_URL
// override.
package discordtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Call is one REST request the bot sent.
type Call struct {
	Method string
	Path   string
	Body   []byte
	Header http.Header
	At     time.Time // when the fake received it
}

// JSON decodes the call's body into a generic map.
func (c Call) JSON() map[string]any {
	var m map[string]any
	json.Unmarshal(c.Body, &m)
	return m
}

// Server is a fake Discord.
type Server struct {
	*httptest.Server
	AppID string
	// Identified is closed when the bot has identified on the gateway.
	Identified chan struct{}

	t      testing.TB
	mu     sync.Mutex
	calls  []Call
	wake   chan struct{}
	conn   *websocket.Conn // the newest gateway connection, from its Hello on
	live   *websocket.Conn // the connection dispatches go to: the newest one past its handshake
	connMu sync.Mutex      // serialises gateway writes
	seq    int
	// sent keeps the last dispatches, to replay those a resuming client
	// missed, as Discord does after a Resume.
	sent     []dispatched
	files    map[string][]byte
	identify map[string]any
	once     sync.Once
	refuse   int // a close code every handshake gets, when not 0
	// hold, when set, makes the next Resume wait, once read, until
	// released (see HoldResume).
	hold  *resumeHold
	opens int // gateway connections accepted
	ends  int // gateway connections that ended after their handshake (refused ones not counted)

	editsMu     sync.Mutex
	holdEdits   int           // edits wait until this many are in flight
	editsIn     int           // edits in flight
	editsMax    int           // the most edits in flight at once
	editsJoined chan struct{} // closed when holdEdits edits are in flight
}

// New starts a fake Discord; it is closed when the test ends.
func New(t testing.TB) *Server {
	s := &Server{AppID: "100000000000000001", Identified: make(chan struct{}), t: t, wake: make(chan struct{}), files: map[string][]byte{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", s.gatewayURL)
	mux.HandleFunc("GET /api/v9/gateway/bot", s.gatewayURL)
	mux.HandleFunc("GET /gateway/", s.gateway)
	mux.HandleFunc("GET /files/{name}", s.file)
	mux.HandleFunc("/api/v9/", s.rest)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// Close shuts the fake down, closing the gateway connection first.
func (s *Server) Close() {
	s.connMu.Lock()
	if s.conn != nil {
		s.conn.Close()
	}
	s.connMu.Unlock()
	s.Server.CloseClientConnections()
	s.Server.Close()
}

func (s *Server) gatewayURL(w http.ResponseWriter, r *http.Request) {
	s.record(r, nil)
	u := "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway/"
	json.NewEncoder(w).Encode(map[string]any{"url": u, "shards": 1})
}

// gateway speaks the server side of the handshake, then answers heartbeats.
func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	s.connMu.Lock()
	s.conn = c
	err = c.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	s.connMu.Unlock()
	if err != nil {
		return
	}
	var ident struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	if err := c.ReadJSON(&ident); err != nil || (ident.Op != 2 && ident.Op != 6) {
		s.t.Errorf("fake discord: expected Identify (op 2) or Resume (op 6), got op %d, err %v", ident.Op, err)
		return
	}
	s.mu.Lock()
	refuse := s.refuse
	s.mu.Unlock()
	if refuse != 0 {
		s.opened()
		s.connMu.Lock()
		closeWith(c, refuse)
		s.connMu.Unlock()
		return
	}
	if ident.Op == 6 {
		// What the client missed first, then RESUMED, as on Discord; the
		// connection is counted once RESUMED is sent, so that an
		// interaction a test sends after WaitOpens comes after it.
		seq, _ := ident.D["seq"].(float64)
		s.mu.Lock()
		hold := s.hold
		s.hold = nil
		s.mu.Unlock()
		if hold != nil {
			close(hold.paused)
			<-hold.release
		}
		if err := s.handshake(c, "RESUMED", map[string]any{}, int(seq)); err != nil {
			return
		}
		s.opened()
		s.readLoop(c)
		return
	}
	s.mu.Lock()
	s.identify = ident.D
	s.mu.Unlock()
	ready := map[string]any{
		"v": 9, "session_id": "fake-session", "resume_gateway_url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway/",
		"user":        map[string]any{"id": s.AppID, "username": "briefbot", "bot": true},
		"guilds":      []any{},
		"application": map[string]any{"id": s.AppID, "flags": 0},
	}
	if err := s.handshake(c, "READY", ready, -1); err != nil {
		return
	}
	s.opened()
	s.once.Do(func() { close(s.Identified) })
	s.readLoop(c)
}

// opened counts a gateway connection that went through its handshake and
// wakes WaitOpens.
func (s *Server) opened() { s.count(&s.opens) }

// count adds one to a counter under mu and wakes the waiters.
func (s *Server) count(n *int) {
	s.mu.Lock()
	*n++
	old := s.wake
	s.wake = make(chan struct{})
	s.mu.Unlock()
	close(old)
}

// readLoop answers heartbeats until the connection ends: the client closed
// it, or the fake did.
func (s *Server) readLoop(c *websocket.Conn) {
	defer s.count(&s.ends)
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := c.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			s.connMu.Lock()
			c.WriteJSON(map[string]any{"op": 11})
			s.connMu.Unlock()
		}
	}
}

// Drop closes the gateway connection with a close code, as Discord does
// when it wants the bot to reconnect (or, with Refuse, not to).
func (s *Server) Drop(code int) {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	if s.conn != nil {
		closeWith(s.conn, code)
	}
}

type resumeHold struct{ paused, release chan struct{} }

// HoldResume makes the next Resume wait, once the fake has read it, until
// release is called; paused is closed when it waits. What is dispatched
// meanwhile goes to the connection before, as on Discord, and reaches the
// client in the replay.
func (s *Server) HoldResume() (paused <-chan struct{}, release func()) {
	h := &resumeHold{paused: make(chan struct{}), release: make(chan struct{})}
	s.mu.Lock()
	s.hold = h
	s.mu.Unlock()
	var once sync.Once
	return h.paused, func() { once.Do(func() { close(h.release) }) }
}

// Refuse makes the gateway close every connection with code: the one open
// now, and every later one at its handshake (Identify or Resume), as
// Discord does after 4004 (authentication failed) or 4014 (disallowed
// intents).
func (s *Server) Refuse(code int) {
	s.mu.Lock()
	s.refuse = code
	s.mu.Unlock()
	s.Drop(code)
}

// WaitOpens waits until n gateway connections have been through the
// handshake (Identify answered with READY, Resume with RESUMED, or refused);
// it fails the test after timeout.
func (s *Server) WaitOpens(n int, timeout time.Duration) {
	s.t.Helper()
	s.waitCount("gateway connections", &s.opens, n, timeout)
}

// WaitEnds waits until n gateway connections that went through the
// handshake and were not refused have ended (the client closed them, or
// the fake did); it fails the test after timeout.
func (s *Server) WaitEnds(n int, timeout time.Duration) {
	s.t.Helper()
	s.waitCount("gateway connections ended", &s.ends, n, timeout)
}

func (s *Server) waitCount(what string, count *int, n int, timeout time.Duration) {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		got, wake := *count, s.wake
		s.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-wake:
		case <-deadline:
			s.t.Fatalf("fake discord: %d %s within %v, want %d", got, what, timeout, n)
			return
		}
	}
}

// Opens returns how many gateway connections reached the handshake.
func (s *Server) Opens() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opens
}

// closeWith sends a close frame with code and closes the connection; the
// caller holds connMu.
func closeWith(c *websocket.Conn, code int) {
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, fmt.Sprintf("closed by the fake with %d", code)), time.Now().Add(time.Second))
	c.Close()
}

// Identify returns the bot's Identify payload.
func (s *Server) Identify() map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.identify
}

var errNoConn = errors.New("no gateway connection")

// dispatch sends an event on the live connection; the event is kept for a
// resume even when the write fails.
func (s *Server) dispatch(event string, d any) error {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	if s.live == nil {
		return errNoConn
	}
	s.seq++
	m := map[string]any{"op": 0, "t": event, "s": s.seq, "d": d}
	s.sent = append(s.sent, dispatched{seq: s.seq, msg: m})
	if len(s.sent) > 100 {
		s.sent = s.sent[len(s.sent)-100:]
	}
	return s.live.WriteJSON(m)
}

// dispatched is one dispatch sent, kept for a resume.
type dispatched struct {
	seq int
	msg map[string]any
}

// handshake ends the handshake of connection c with event (READY, or
// RESUMED after the dispatches after seq that a client resuming from seq
// missed: an interaction sent while it was reconnecting, or on a
// connection it closed before reading it), and makes c the live
// connection, all at once: a dispatch meanwhile went to the connection
// before, and is among those replayed.
func (s *Server) handshake(c *websocket.Conn, event string, d any, seq int) error {
	s.connMu.Lock()
	defer s.connMu.Unlock()
	if event == "RESUMED" {
		for _, d := range s.sent {
			if d.seq > seq {
				if err := c.WriteJSON(d.msg); err != nil {
					return err
				}
			}
		}
	}
	s.seq++
	if err := c.WriteJSON(map[string]any{"op": 0, "t": event, "s": s.seq, "d": d}); err != nil {
		return err
	}
	s.live = c
	return nil
}

// Send delivers an interaction over the gateway as INTERACTION_CREATE.
func (s *Server) Send(interaction any) {
	s.t.Helper()
	select {
	case <-s.Identified:
	case <-time.After(10 * time.Second):
		s.t.Fatal("fake discord: the bot never identified")
	}
	opens := s.Opens()
	if err := s.dispatch("INTERACTION_CREATE", interaction); err != nil {
		// The client closed this connection while the interaction was on
		// its way (discordgo closes a connection it has just resumed on
		// when the first heartbeat of the connection before fails late).
		// The interaction is kept for a resume, as Discord keeps it; it
		// arrives once the client resumes, and the test fails only if the
		// client never does.
		if !errors.Is(err, websocket.ErrCloseSent) && !errors.Is(err, net.ErrClosed) {
			s.t.Fatalf("fake discord: cannot send the interaction: %v", err)
		}
		s.t.Logf("fake discord: the connection closed under the interaction (%v); it waits for the resume", err)
		s.WaitOpens(opens+1, 30*time.Second)
	}
}

// AddFile serves content at a URL, as Discord's CDN serves attachments.
func (s *Server) AddFile(name string, content []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[name] = content
	return s.URL + "/files/" + name
}

func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	data, ok := s.files[r.PathValue("name")]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

// rest records a REST call and answers it as Discord would.
func (s *Server) rest(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if r.Method == http.MethodPatch {
		// Counted (and held) before it is recorded: a test that sees
		// the edit sees it counted.
		defer s.editing()()
	}
	s.record(r, body)
	p := r.URL.Path
	switch {
	case r.Method == http.MethodPost && strings.HasSuffix(p, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPut && strings.HasSuffix(p, "/commands"):
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	case r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPatch || r.Method == http.MethodPost && strings.Contains(p, "/webhooks/"):
		var m map[string]any
		json.Unmarshal(body, &m)
		if m == nil {
			m = map[string]any{}
		}
		m["id"], m["channel_id"] = "900000000000000001", "800000000000000001"
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(m)
	default:
		http.Error(w, `{"message": "unknown route in the fake", "code": 0}`, http.StatusNotFound)
	}
}

// HoldEdits makes every edit of a reply (PATCH) wait, for up to five
// seconds, until n edits are under way at once: a bot that sends its
// edits one at a time is then plain to see in MaxEditsInFlight.
func (s *Server) HoldEdits(n int) {
	s.editsMu.Lock()
	defer s.editsMu.Unlock()
	s.holdEdits, s.editsJoined = n, make(chan struct{})
}

// MaxEditsInFlight is the most edits that were under way at once.
func (s *Server) MaxEditsInFlight() int {
	s.editsMu.Lock()
	defer s.editsMu.Unlock()
	return s.editsMax
}

// editing counts an edit in flight, holding it as HoldEdits says, and
// returns what to call when it is answered.
func (s *Server) editing() func() {
	s.editsMu.Lock()
	s.editsIn++
	s.editsMax = max(s.editsMax, s.editsIn)
	joined := s.editsJoined
	if joined != nil && s.editsIn >= s.holdEdits {
		close(joined)
		s.editsJoined = nil
	}
	s.editsMu.Unlock()
	if joined != nil {
		select {
		case <-joined:
		case <-time.After(5 * time.Second): // give up holding
			s.editsMu.Lock()
			if s.editsJoined == joined {
				close(joined)
				s.editsJoined = nil
			}
			s.editsMu.Unlock()
		}
	}
	return func() {
		s.editsMu.Lock()
		s.editsIn--
		s.editsMu.Unlock()
	}
}

func (s *Server) record(r *http.Request, body []byte) {
	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: r.Method, Path: r.URL.Path, Body: body, Header: r.Header.Clone(), At: time.Now()})
	old := s.wake
	s.wake = make(chan struct{})
	s.mu.Unlock()
	close(old)
}

// Calls returns the REST calls received so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// Wait returns the first call, from index from on, that matches; it fails
// the test after timeout. It returns the call and its index.
func (s *Server) Wait(from int, timeout time.Duration, match func(Call) bool) (Call, int) {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		for k := from; k < len(s.calls); k++ {
			if match(s.calls[k]) {
				c := s.calls[k]
				s.mu.Unlock()
				return c, k
			}
		}
		wake := s.wake
		s.mu.Unlock()
		select {
		case <-wake:
		case <-deadline:
			s.t.Fatalf("fake discord: no matching call within %v; calls: %s", timeout, s.describe())
			return Call{}, -1
		}
	}
}

func (s *Server) describe() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var sb strings.Builder
	for _, c := range s.calls {
		fmt.Fprintf(&sb, "\n  %s %s %s", c.Method, c.Path, clip(string(c.Body), 300))
	}
	return sb.String()
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// Callback matches the first response to an interaction.
func Callback(id string) func(Call) bool {
	return func(c Call) bool {
		return c.Method == http.MethodPost && strings.HasPrefix(c.Path, "/api/v9/interactions/"+id+"/") && strings.HasSuffix(c.Path, "/callback")
	}
}

// Edit matches an edit of the original reply to the interaction with token.
func Edit(token string) func(Call) bool {
	return func(c Call) bool {
		return c.Method == http.MethodPatch && strings.HasSuffix(c.Path, "/"+token+"/messages/@original")
	}
}

// Followup matches a follow-up message to the interaction with token.
func Followup(token string) func(Call) bool {
	return func(c Call) bool {
		return c.Method == http.MethodPost && strings.Contains(c.Path, "/webhooks/") && strings.HasSuffix(c.Path, "/"+token)
	}
}

// Delete matches the deletion of the original reply.
func Delete(token string) func(Call) bool {
	return func(c Call) bool {
		return c.Method == http.MethodDelete && strings.HasSuffix(c.Path, "/"+token+"/messages/@original")
	}
}
