package discord

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the HTTP interactions endpoint.
const (
	maxInteractionBytes = 1 << 20
	maxClockSkew        = 5 * time.Minute
	// firstWait is how long the endpoint waits for the first response;
	// command dispatch defers after DeferAfter, so this is a safety net.
	firstWait = 2900 * time.Millisecond
)

// Endpoint is the HTTP interactions endpoint: Discord POSTs signed
// interactions to it and reads the first response from the HTTP answer.
// Requests with a bad signature, or signed more than five minutes from now
// (replays), get 401.
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
	r.Body = http.MaxBytesReader(w, r.Body, maxInteractionBytes)
	if !discordgo.VerifyInteraction(r, a.opt.PublicKey) {
		a.reject(w, "bad signature")
		return
	}
	ts, err := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil || received.Sub(time.Unix(ts, 0)).Abs() > maxClockSkew {
		a.reject(w, "stale timestamp")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "cannot read the request", http.StatusBadRequest)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		a.log.Info("undecodable interaction", "err", err)
		http.Error(w, "not an interaction", http.StatusBadRequest)
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
	go a.serve(&i, received, first)
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

func (a *Adapter) reject(w http.ResponseWriter, why string) {
	a.log.Warn("rejected an interaction request", "reason", why)
	if a.opt.Observer != nil {
		a.opt.Observer.Observe(Event{Kind: "http", Outcome: "rejected"})
	}
	http.Error(w, "invalid request signature", http.StatusUnauthorized)
}
