package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// newSession makes the discordgo session: its own HTTP client (through
// the rewriting transport when APIURL is set) and its own websocket dialer.
func newSession(opt Options) (*discordgo.Session, error) {
	token := ""
	if opt.Token != "" {
		token = "Bot " + strings.TrimPrefix(opt.Token, "Bot ")
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("cannot make a Discord session: %w", err)
	}
	client := opt.Client
	if client == nil {
		// Answers under a burst are edited in at the same time: over
		// HTTP/1.1 (a REST proxy), up to 32 connections, kept open
		// rather than dialled anew for each edit.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost, tr.MaxConnsPerHost = 32, 32
		client = &http.Client{Timeout: 20 * time.Second, Transport: tr}
	}
	c := *client
	if opt.APIURL != "" {
		base, err := apiBase(opt.APIURL)
		if err != nil {
			return nil, err
		}
		next := c.Transport
		if next == nil {
			next = http.DefaultTransport
		}
		c.Transport = &rewrite{base: base, next: next}
	}
	s.Client = &c
	s.Dialer = opt.Dialer
	if s.Dialer == nil {
		s.Dialer = &websocket.Dialer{
			Proxy:            http.ProxyFromEnvironment,
			HandshakeTimeout: 15 * time.Second,
			NetDialContext:   (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
		}
	}
	s.Identify.Intents = opt.Intents
	// The adapter reconnects by itself (see reconnect): discordgo would
	// retry forever, even after a close code that says not to.
	s.ShouldReconnectOnError = false
	s.ShouldRetryOnRateLimit = true
	s.MaxRestRetries = 2
	s.StateEnabled = false
	return s, nil
}

// apiVersionPath is how a base URL may end: discordgo's paths already
// start with /api/v9, so "https://discord.com/api/v9" means "https://discord.com".
var apiVersionPath = regexp.MustCompile(`/api(/v[0-9]+)?/?$`)

// apiBase reads DISCORD_API_URL: the base that replaces https://discord.com,
// given with or without the /api/vN its paths begin with.
func apiBase(raw string) (*url.URL, error) {
	base, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" || base.RawQuery != "" {
		return nil, fmt.Errorf("DISCORD_API_URL %q is not an http(s) base URL such as https://discord.com/api/v9", raw)
	}
	base.Path = strings.TrimRight(apiVersionPath.ReplaceAllString(base.Path, ""), "/")
	base.RawPath = ""
	return base, nil
}

// rewrite sends requests for Discord's API to another base URL: discordgo
// computes its endpoints once, for https://discord.com, so the host is
// rewritten on the way out instead.
type rewrite struct {
	base *url.URL
	next http.RoundTripper
}

func (t *rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host = t.base.Scheme, t.base.Host
	if t.base.Path != "" {
		r.URL.Path = t.base.Path + r.URL.Path
		if r.URL.RawPath != "" {
			r.URL.RawPath = t.base.EscapedPath() + r.URL.RawPath
		}
	}
	r.Host = t.base.Host
	return t.next.RoundTrip(r)
}

// Open connects to the gateway; interactions are served as they arrive.
// When Discord closes the connection, the adapter reconnects, unless the
// close code says not to: then Failed delivers a *GatewayError.
func (a *Adapter) Open() error {
	if a.opt.Token == "" {
		return fmt.Errorf("cannot connect to Discord: the bot token (DISCORD_TOKEN) is not set")
	}
	if err := a.s.Open(); err != nil {
		if ge := gatewayError(err); ge != nil {
			return fmt.Errorf("cannot connect to the Discord gateway: %w", ge)
		}
		return fmt.Errorf("cannot connect to the Discord gateway: %w", err)
	}
	a.mu.Lock()
	a.opened = true
	a.mu.Unlock()
	a.log.Info("connected to the Discord gateway")
	return nil
}

// GatewayError is Discord closing the gateway with a code after which it
// says not to reconnect: the token, the shard or the intents are wrong,
// and only a change of settings helps.
type GatewayError struct {
	Code   int
	Reason string // what the code means, for people
}

func (e *GatewayError) Error() string {
	return fmt.Sprintf("Discord closed the gateway with code %d: %s", e.Code, e.Reason)
}

// fatalCloseCodes are the gateway close codes after which Discord says not
// to reconnect (discord-api-docs, "Gateway Close Event Codes").
var fatalCloseCodes = map[int]string{
	4004: "authentication failed; DISCORD_TOKEN is not this application's bot token (was it reset?)",
	4010: "invalid shard",
	4011: "sharding required; the bot is in too many guilds for one connection",
	4012: "invalid gateway API version",
	4013: "invalid intents",
	4014: "disallowed intents; the bot asks for a privileged intent that is not enabled in the developer portal",
}

// gatewayError returns the GatewayError err carries, if its close code is
// one after which Discord says not to reconnect.
func gatewayError(err error) *GatewayError {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return nil
	}
	why, fatal := fatalCloseCodes[ce.Code]
	if !fatal {
		return nil
	}
	return &GatewayError{Code: ce.Code, Reason: why}
}

// Failed delivers the error that ended the gateway connection for good:
// a *GatewayError, after which the program should stop.
func (a *Adapter) Failed() <-chan error { return a.failed }

// maxReconnectWait is the longest wait between two reconnection attempts.
const maxReconnectWait = 2 * time.Minute

// reconnect connects again after the gateway connection dropped, waiting
// longer after each failed attempt, until it succeeds, the adapter closes,
// or Discord answers with a close code that says not to.
func (a *Adapter) reconnect() {
	if a.isClosed() || !a.reconnecting.CompareAndSwap(false, true) {
		return
	}
	defer a.reconnecting.Store(false)
	wait := time.Second
	for !a.isClosed() {
		err := a.s.Open()
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			if a.isClosed() {
				a.s.Close()
				return
			}
			a.log.Info("reconnected to the Discord gateway")
			return
		}
		if ge := gatewayError(err); ge != nil {
			a.log.Warn("not reconnecting to the Discord gateway", "code", ge.Code, "reason", ge.Reason)
			select {
			case a.failed <- ge:
			default:
			}
			return
		}
		a.log.Warn("cannot reconnect to the Discord gateway; trying again", "err", err, "in", wait)
		select {
		case <-time.After(wait):
		case <-a.ctx.Done():
			return
		}
		wait = min(2*wait, maxReconnectWait)
	}
}

func (a *Adapter) isClosed() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.closed
}

// Healthy reports whether the adapter can serve: over the gateway, that the
// connection is up (it reconnects by itself after a drop).
func (a *Adapter) Healthy() error {
	a.mu.Lock()
	opened, closed := a.opened, a.closed
	a.mu.Unlock()
	if closed {
		return fmt.Errorf("shutting down")
	}
	if !opened {
		return nil // the HTTP endpoint has no connection to lose
	}
	a.s.RLock()
	ready := a.s.DataReady
	a.s.RUnlock()
	if !ready {
		return fmt.Errorf("not connected to the Discord gateway")
	}
	return nil
}

// RouteLibraryLogs sends discordgo's own log lines to log instead of the
// standard logger. discordgo keeps its logger in a package variable: call
// this once, before any Adapter is made.
func RouteLibraryLogs(log *slog.Logger) {
	discordgo.Logger = func(msgL, caller int, format string, a ...any) {
		level := slog.LevelDebug
		switch msgL {
		case discordgo.LogError:
			level = slog.LevelError
		case discordgo.LogWarning:
			level = slog.LevelWarn
		case discordgo.LogInformational:
			level = slog.LevelInfo
		}
		log.Log(context.Background(), level, fmt.Sprintf(format, a...), "component", "discordgo")
	}
}
