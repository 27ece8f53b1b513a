package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the HTTP interactions endpoint.
const (
	maxInteractionBytes = 1 << 20
	maxClockSkew        = 5 * time.Minute
	// DefaultBodyTimeout is how long a request's body may take to arrive.
	DefaultBodyTimeout = 5 * time.Second
	// firstWait is how long the endpoint waits for the first response;
	// command dispatch defers after DeferAfter, so this is a safety net.
	firstWait = 2900 * time.Millisecond
	// maxRemembered bounds the interaction ids kept to refuse replays:
	// ten minutes of interactions at 160 a second.
	maxRemembered = 100_000
)

// Endpoint is the HTTP interactions endpoint: Discord POSTs signed
// interactions to it and reads the first response from the HTTP answer.
// A request gets 413 when its body is over 1 MiB, 408 when the body is
// slower than BodyTimeout, 401 when its signature is bad or was made more
// than five minutes from now, 400 when it is not an interaction, and 409
// when its interaction was served already (a replay).
func (a *Adapter) Endpoint() http.Handler {
	return http.HandlerFunc(a.serveHTTP)
}

func (a *Adapter) serveHTTP(w http.ResponseWriter, r *http.Request) {
	received := time.Now()
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST interactions here", http.StatusMethodNotAllowed)
		return
	}
	if len(a.opt.PublicKey) == 0 {
		http.Error(w, "no public key configured", http.StatusServiceUnavailable)
		return
	}
	body, status := a.readBody(w, r, received)
	if status != 0 {
		a.refuse(w, status, http.StatusText(status))
		return
	}
	if !verify(a.opt.PublicKey, r.Header, body) {
		a.refuse(w, http.StatusUnauthorized, "bad signature")
		return
	}
	ts, err := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil || received.Sub(time.Unix(ts, 0)).Abs() > maxClockSkew {
		a.refuse(w, http.StatusUnauthorized, "stale timestamp")
		return
	}
	i, err := decodeInteraction(body)
	if err != nil {
		a.log.Info("undecodable interaction", "err", err)
		a.refuse(w, http.StatusBadRequest, "not an interaction")
		return
	}
	switch a.replays.add(i.ID, received) {
	case seenBefore:
		a.refuse(w, http.StatusConflict, "interaction already served (a replay)")
		return
	case seenFull:
		a.log.Error("too many interactions in the replay window to remember; refusing until some expire", "max", maxRemembered)
		a.refuse(w, http.StatusServiceUnavailable, "too many interactions")
		return
	}
	answer := make(chan []byte, 1)
	first := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		answer <- b // buffered; once guarantees a single send
		return nil
	}
	go a.serve(i, received, first)
	timer := time.NewTimer(firstWait)
	defer timer.Stop()
	select {
	case b := <-answer:
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	case <-timer.C:
		a.log.Error("no first response in time", "type", i.Type)
		http.Error(w, "timeout", http.StatusServiceUnavailable)
	case <-r.Context().Done():
	}
}

// readBody reads a request's body within BodyTimeout and the size limit;
// it returns the HTTP status to refuse it with, or 0.
func (a *Adapter) readBody(w http.ResponseWriter, r *http.Request, received time.Time) ([]byte, int) {
	if r.ContentLength > maxInteractionBytes {
		return nil, http.StatusRequestEntityTooLarge
	}
	// Not every ResponseWriter can set a deadline (ErrNotSupported); the
	// server's own ReadTimeout then applies.
	http.NewResponseController(w).SetReadDeadline(received.Add(a.opt.BodyTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case err == nil:
		return body, 0
	case errors.As(err, &tooLarge):
		return nil, http.StatusRequestEntityTooLarge
	case errors.Is(err, os.ErrDeadlineExceeded):
		return nil, http.StatusRequestTimeout
	}
	return nil, http.StatusBadRequest
}

// verify checks Discord's Ed25519 signature of timestamp+body.
func verify(key ed25519.PublicKey, h http.Header, body []byte) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	ts := h.Get("X-Signature-Timestamp")
	if ts == "" {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(key, msg, sig)
}

var errNotInteraction = errors.New("not an interaction: want a JSON object with an id, a type and a token")

// decodeInteraction reads a signed body: a JSON object with an id (a
// snowflake), a type and a token. `null`, a list or `{}` is not one.
func decodeInteraction(body []byte) (*discordgo.Interaction, error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return nil, errNotInteraction
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(trimmed, &i); err != nil {
		return nil, err
	}
	if i.Type == 0 || i.Token == "" || !snowflake(i.ID) {
		return nil, errNotInteraction
	}
	return &i, nil
}

// snowflake reports whether s looks like a Discord id: 1 to 20 digits.
func snowflake(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func (a *Adapter) refuse(w http.ResponseWriter, status int, why string) {
	a.log.Warn("refused an interaction request", "status", status, "reason", why)
	if a.opt.Observer != nil {
		a.opt.Observer.Observe(Event{Kind: "http", Outcome: "rejected"})
	}
	if status == http.StatusUnauthorized {
		why = "invalid request signature"
	}
	w.Header().Set("Connection", "close")
	http.Error(w, why, status)
}

// replayGuard remembers the ids of the interactions served over HTTP for as
// long as their signature would be accepted again, so that a captured
// request cannot be replayed. A request is accepted up to five minutes
// either side of its timestamp: an id is kept ten minutes after it arrived.
// Memory is bounded: at most maxRemembered ids.
type replayGuard struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	ids   map[string]struct{}
	order []remembered // oldest first
}

type remembered struct {
	id string
	at time.Time
}

type seen int

const (
	seenNew seen = iota
	seenBefore
	seenFull
)

func newReplayGuard(ttl time.Duration, max int) *replayGuard {
	return &replayGuard{ttl: ttl, max: max, ids: map[string]struct{}{}}
}

// add records id, arrived at now, unless it was seen within the window.
func (g *replayGuard) add(id string, now time.Time) seen {
	g.mu.Lock()
	defer g.mu.Unlock()
	k := 0
	for k < len(g.order) && now.Sub(g.order[k].at) > g.ttl {
		delete(g.ids, g.order[k].id)
		k++
	}
	g.order = g.order[k:]
	if _, ok := g.ids[id]; ok {
		return seenBefore
	}
	if len(g.order) >= g.max {
		return seenFull
	}
	g.ids[id] = struct{}{}
	g.order = append(g.order, remembered{id, now})
	return seenNew
}
