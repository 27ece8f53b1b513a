package main

import (
	"cmp"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/discord"
	"github.com/briefbot/briefbot/index"
)

// Tuning of the Discord server.
const (
	watchDebounce  = 250 * time.Millisecond // a change shows in answers within about a second
	rateBurst      = 5
	rateEvery      = 2 * time.Second
	shutdownWait   = 10 * time.Second
	httpWriteLimit = 10 * time.Second
)

// The index suggests entity and speaker names for autocomplete.
var _ bot.Completer = (*index.Index)(nil)

// serveHooks lets tests see inside runServe; nil outside tests.
var serveHooks struct {
	// listening receives each HTTP server's address once it listens.
	listening func(what, addr string)
	// synced is called after each index update by the server.
	synced func(index.Report)
	// allowPrivateFetch lets /ingest fetch from loopback (the fake Discord).
	allowPrivateFetch bool
	// rateBurst, when set, replaces the per-user burst of commands.
	rateBurst int
	// observed sees each interaction once the metrics have recorded it.
	observed func(discord.Event)
}

// observers calls each of its observers in turn.
type observers []discord.Observer

func (o observers) Observe(ev discord.Event) {
	for _, x := range o {
		x.Observe(ev)
	}
}

// observerFunc is a function as an Observer.
type observerFunc func(discord.Event)

func (f observerFunc) Observe(ev discord.Event) { f(ev) }

// runServe runs briefbot in Discord: over the gateway, or as Discord's HTTP
// interactions endpoint with --http. The corpus is indexed in the
// background and watched; answers are given meanwhile.
func runServe(ctx context.Context, env *environment, args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	httpAddr := fl.String("http", "", "serve Discord's HTTP interactions endpoint on `ADDR` (e.g. :8080) instead of connecting to the gateway")
	corpus := fl.String("corpus", "", "the corpus folder (default: BRIEFBOT_CORPUS, else the demo briefings)")
	indexDir := fl.String("index", "", "the index folder (default: BRIEFBOT_INDEX)")
	guild := fl.String("guild", "", "with DISCORD_SYNC_COMMANDS=true, register the commands in this guild only (at once) instead of globally")
	fl.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefbot serve [--http ADDR] [--corpus DIR] [--index DIR] [--guild ID]")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args, 0, 0); err != nil {
		return err
	}
	cfg := env.cfg
	var pub ed25519.PublicKey
	if *httpAddr != "" {
		var err error
		if pub, err = parsePublicKey(cfg.DiscordPublicKey); err != nil {
			return err
		}
		if cfg.DiscordAppID == "" {
			return errors.New("the HTTP endpoint needs DISCORD_APP_ID (the application id, from the developer portal) to edit its replies")
		}
	} else if cfg.DiscordToken == "" {
		return errors.New("set DISCORD_TOKEN (the bot token from the developer portal) to connect to Discord, or use briefbot console")
	}
	if cfg.SyncCommands && (cfg.DiscordAppID == "" || cfg.DiscordToken == "") {
		return errors.New("DISCORD_SYNC_COMMANDS=true needs DISCORD_APP_ID and DISCORD_TOKEN")
	}

	src, err := pickCorpus(*corpus, cfg)
	if err != nil {
		return err
	}
	ix, err := openIndex(env, *indexDir, src, false)
	if err != nil {
		return err
	}
	defer func() {
		if err := ix.Close(); err != nil {
			env.log.Error("cannot close the index", "err", err)
		}
	}()

	adm := newAdmin(ctx, env, ix, src)
	if serveHooks.allowPrivateFetch {
		adm.fetch = newFetcher(cfg.MaxFileSize, true)
	}
	b := bot.New(ix, bot.Options{Logger: env.log, AdminRoles: cfg.AdminRoles, AdminUsers: cfg.AdminUsers, Admin: adm})
	if len(cfg.AdminRoles) == 0 && len(cfg.AdminUsers) == 0 {
		env.log.Warn("no BRIEFBOT_ADMIN_ROLES or BRIEFBOT_ADMIN_USERS: nobody can run /reindex, /ingest or /forget")
	}
	m := newMetrics(ix)
	var obs discord.Observer = m
	if serveHooks.observed != nil {
		obs = observers{m, observerFunc(serveHooks.observed)}
	}
	discord.RouteLibraryLogs(env.log)
	ad, err := discord.New(b, discord.Options{
		AppID: cfg.DiscordAppID, Token: cfg.DiscordToken, PublicKey: pub, APIURL: cfg.DiscordAPIURL,
		Logger: env.log.With("component", "discord"), Limiter: bot.NewRateLimiter(cmp.Or(serveHooks.rateBurst, rateBurst), rateEvery), Observer: obs,
		DeferAfter: cfg.DeferAfter,
	})
	if err != nil {
		return err
	}
	// Index updates let the questions under way go first.
	adm.yield = ad.Yield
	if cfg.SyncCommands {
		sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		_, err := ad.SyncCommands(sctx, *guild)
		cancel()
		if err != nil {
			return err
		}
	}

	// The index: brought up to date in the background, then kept so.
	var bg sync.WaitGroup
	bgCtx, stopBackground := context.WithCancel(ctx)
	defer func() {
		stopBackground()
		bg.Wait()
	}()
	// update looks at the whole corpus (paths nil: at start, or when the
	// watch lost events) or at the paths the watcher saw change.
	update := func(ctx context.Context, paths []string) {
		opt := index.SyncOptions{MaxFileSize: cfg.MaxFileSize, Yield: ad.Yield}
		var rep index.Report
		var err error
		if paths == nil {
			rep, err = ix.Sync(ctx, src.fsys, opt)
		} else {
			rep, err = ix.Apply(ctx, src.fsys, paths, opt)
		}
		if err != nil {
			if ctx.Err() == nil {
				env.log.Error("cannot update the index", "err", err)
			}
			return
		}
		if rep.Added+rep.Updated+rep.Removed > 0 {
			env.log.Info("index updated", "added", rep.Added, "updated", rep.Updated, "removed", rep.Removed, "skipped", len(rep.Skipped), "took", rep.Took)
		}
		if serveHooks.synced != nil {
			serveHooks.synced(rep)
		}
	}
	bg.Add(1)
	go func() {
		defer bg.Done()
		dir, ok := corpusDir(src)
		if !ok {
			update(bgCtx, nil)
			return
		}
		// The watch begins before the first full update, so that nothing
		// changed meanwhile is missed.
		if err := watchCorpus(bgCtx, dir, watchDebounce, env.log, update); err != nil {
			env.log.Error("cannot watch the corpus folder; use /reindex after changes", "err", err)
			update(bgCtx, nil)
		}
	}()

	var servers []*http.Server
	listen := func(name, addr string, h http.Handler) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
			WriteTimeout: httpWriteLimit, IdleTimeout: 60 * time.Second, ErrorLog: nil}
		servers = append(servers, srv)
		env.log.Info("listening", "what", name, "addr", ln.Addr().String())
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				env.log.Error("server stopped", "what", name, "err", err)
			}
		}()
		if serveHooks.listening != nil {
			serveHooks.listening(name, ln.Addr().String())
		}
		return nil
	}
	shutdown := func() {
		sctx, cancel := context.WithTimeout(context.Background(), shutdownWait)
		defer cancel()
		for k := len(servers) - 1; k >= 0; k-- {
			if err := servers[k].Shutdown(sctx); err != nil {
				env.log.Warn("HTTP server did not stop cleanly", "err", err)
			}
		}
		if err := ad.Close(sctx); err != nil {
			env.log.Warn("gateway did not close cleanly", "err", err)
		}
	}
	if cfg.MetricsAddr != "" {
		if err := listen("metrics", cfg.MetricsAddr, m.handler(ad.Healthy)); err != nil {
			shutdown()
			return err
		}
	}
	if *httpAddr != "" {
		if err := listen("interactions endpoint", *httpAddr, ad.Endpoint()); err != nil {
			shutdown()
			return err
		}
	} else if err := ad.Open(); err != nil {
		shutdown()
		return gatewayStop(env, err)
	}
	env.log.Info("briefbot is serving", "mode", map[bool]string{true: "http", false: "gateway"}[*httpAddr != ""], "corpus", src.name, "index", ix.Dir())
	var failed error
	select {
	case <-ctx.Done():
		env.log.Info("shutting down")
	case failed = <-ad.Failed():
		env.log.Info("shutting down: the Discord gateway is closed for good")
	}
	// Reverse order of opening: the endpoint and gateway stop taking
	// interactions, those under way finish, then the watcher and index.
	shutdown()
	if failed != nil {
		return gatewayStop(env, failed)
	}
	return nil
}

// gatewayStop turns a gateway error into what serve returns: after a
// close code that says not to reconnect, one clear log line and
// errNoRestart (exit status 78), so that a supervisor does not start the
// bot again with the same settings.
func gatewayStop(env *environment, err error) error {
	var ge *discord.GatewayError
	if !errors.As(err, &ge) {
		return err
	}
	env.log.Error("Discord refused the gateway connection and says not to reconnect: fix the settings, then start briefbot again",
		"code", ge.Code, "reason", ge.Reason)
	return fmt.Errorf("%w: %w", errNoRestart, ge)
}

// corpusDir is the corpus folder to watch; the embedded demo has none.
func corpusDir(src corpusSource) (string, bool) {
	if !filepath.IsAbs(src.name) {
		return "", false
	}
	fi, err := os.Stat(src.name)
	return src.name, err == nil && fi.IsDir()
}

// parsePublicKey reads DISCORD_PUBLIC_KEY: 64 hex digits.
func parsePublicKey(s string) (ed25519.PublicKey, error) {
	if s == "" {
		return nil, errors.New("the HTTP endpoint needs DISCORD_PUBLIC_KEY (the application's public key, from the developer portal)")
	}
	raw, err := hex.DecodeString(s)
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("DISCORD_PUBLIC_KEY is not a public key: want %d hex digits", 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(raw), nil
}

// runCommands registers the command table with Discord, or prints it.
func runCommands(ctx context.Context, env *environment, args []string) error {
	usage := func() {
		fmt.Fprintln(env.stderr, "usage: briefbot commands sync [--guild ID]   register the commands (in one guild at once, else globally)")
		fmt.Fprintln(env.stderr, "       briefbot commands list                print the commands as registered, in JSON")
	}
	if len(args) == 0 {
		usage()
		return errUsage
	}
	fl := flag.NewFlagSet("commands", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	guild := fl.String("guild", "", "register in this guild only (changes show at once; global ones may take up to an hour)")
	fl.Usage = usage
	if err := parseFlags(fl, args[1:], 0, 0); err != nil {
		return err
	}
	// The table, with the admin commands, is the same as served.
	b := bot.New(nil, bot.Options{Admin: (*adminService)(nil)})
	switch args[0] {
	case "list":
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(discord.ApplicationCommands(b.Commands()))
	case "sync":
		cfg := env.cfg
		if cfg.DiscordToken == "" || cfg.DiscordAppID == "" {
			return errors.New("registering commands needs DISCORD_TOKEN and DISCORD_APP_ID")
		}
		ad, err := discord.New(b, discord.Options{AppID: cfg.DiscordAppID, Token: cfg.DiscordToken, APIURL: cfg.DiscordAPIURL, Logger: env.log})
		if err != nil {
			return err
		}
		defer ad.Close(context.Background())
		ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		cmds, err := ad.SyncCommands(ctx, *guild)
		if err != nil {
			return err
		}
		where := "globally (they may take up to an hour to appear)"
		if *guild != "" {
			where = "in guild " + *guild
		}
		fmt.Fprintf(env.stdout, "registered %d commands %s\n", len(cmds), where)
		return nil
	}
	usage()
	return errUsage
}
