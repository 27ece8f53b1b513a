package discord

import (
	"context"
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
		client = &http.Client{Timeout: 20 * time.Second}
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
	s.ShouldReconnectOnError = true
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
func (a *Adapter) Open() error {
	if a.opt.Token == "" {
		return fmt.Errorf("cannot connect to Discord: the bot token (DISCORD_TOKEN) is not set")
	}
	if err := a.s.Open(); err != nil {
		return fmt.Errorf("cannot connect to the Discord gateway: %w", err)
	}
	a.mu.Lock()
	a.opened = true
	a.mu.Unlock()
	a.log.Info("connected to the Discord gateway")
	return nil
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
