package discord

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/briefbot/briefbot/bot"
)

// Options configure an Adapter. Only AppID is needed for the HTTP endpoint
// (with PublicKey) and Token for the gateway.
type Options struct {
	// AppID is the Discord application id; it addresses edits and follow-ups.
	AppID string
	// Token is the bot token, without the "Bot " prefix.
	Token string
	// PublicKey verifies requests to the HTTP interactions endpoint.
	PublicKey ed25519.PublicKey
	// BodyTimeout is how long the endpoint waits for a request's body;
	// DefaultBodyTimeout by default.
	BodyTimeout time.Duration
	// APIURL, when set, replaces https://discord.com for every REST call and
	// the gateway lookup (a REST proxy, or a fake Discord in tests).
	APIURL string
	Logger *slog.Logger
	// Limiter limits commands per user; nil means no limit.
	Limiter *bot.RateLimiter
	// Observer, if set, sees every interaction served (for metrics).
	Observer Observer
	// DeferAfter is how long a command may run before its reply is
	// deferred and then edited in; DefaultDeferAfter by default.
	DeferAfter time.Duration
	// Timeout bounds a command's handler; 30 s by default. Slow commands
	// get SlowTimeout, 14 minutes by default (an interaction token lives 15).
	Timeout, SlowTimeout time.Duration
	// ProgressEvery is the least time between two progress edits; 2 s by default.
	ProgressEvery time.Duration
	// Client is the HTTP client REST calls go through (its transport is
	// wrapped to rewrite the host when APIURL is set).
	Client *http.Client
	// Dialer dials the gateway; the session gets its own by default.
	Dialer *websocket.Dialer
	// Pages is how many paged answers are kept for their buttons; 2000 by default.
	Pages int
	// PageBytes bounds the text of the paged answers kept; 16 MiB by default.
	PageBytes int
	// Intents are the gateway intents; slash commands need none beyond guilds.
	Intents discordgo.Intent
	// Workers bounds the questions answered at once: one per CPU by
	// default. Under a burst, a question that has to wait for a worker is
	// deferred at once, and edited in when it is answered.
	Workers int
	// SlowWorkers bounds the slow commands (admin jobs, downloads) run at
	// once; 4 by default. They never take a question's worker.
	SlowWorkers int
}

// Observer sees every interaction the adapter serves.
type Observer interface {
	Observe(Event)
}

// Event is one interaction served.
type Event struct {
	Kind    string // "command", "autocomplete", "component", "ping"
	Command string // the command name, for commands and autocomplete
	Outcome string // "ok", "user_error", "rate_limited", "error", "panic", "rejected"
	// First is the time to the first response; Total to the final reply.
	First, Total time.Duration
}

// Adapter serves the bot's commands on Discord.
type Adapter struct {
	bot   *bot.Bot
	s     *discordgo.Session
	opt   Options
	log   *slog.Logger
	pages *pageCache

	questions chan struct{} // a token per question being answered
	slow      chan struct{} // a token per slow command running
	load      load          // questions under way, for Yield

	replays *replayGuard // interaction ids served over HTTP

	flightMu sync.Mutex
	flights  map[string]*flight // identical commands under way, shared

	ctx    context.Context // cancelled by Close: in-flight work stops
	cancel context.CancelFunc

	reconnecting atomic.Bool // a reconnect loop is under way
	failed       chan error  // the error that ended the gateway for good

	mu       sync.Mutex
	closed   bool
	inflight sync.WaitGroup
	opened   bool
}

// New makes an Adapter for a bot. It does not connect: call Open for the
// gateway, or serve Endpoint over HTTP.
func New(b *bot.Bot, opt Options) (*Adapter, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.DeferAfter <= 0 {
		opt.DeferAfter = DefaultDeferAfter
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.SlowTimeout <= 0 {
		opt.SlowTimeout = 14 * time.Minute
	}
	if opt.ProgressEvery <= 0 {
		opt.ProgressEvery = 2 * time.Second
	}
	if opt.Pages <= 0 {
		opt.Pages = 2000
	}
	if opt.BodyTimeout <= 0 {
		opt.BodyTimeout = DefaultBodyTimeout
	}
	if opt.PageBytes <= 0 {
		opt.PageBytes = 16 << 20
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.SlowWorkers <= 0 {
		opt.SlowWorkers = 4
	}
	if opt.Intents == 0 {
		opt.Intents = discordgo.IntentsGuilds
	}
	s, err := newSession(opt)
	if err != nil {
		return nil, err
	}
	a := &Adapter{bot: b, s: s, opt: opt, log: opt.Logger, pages: newPageCache(opt.Pages, opt.PageBytes, 15*time.Minute),
		questions: make(chan struct{}, opt.Workers), slow: make(chan struct{}, opt.SlowWorkers), flights: map[string]*flight{}}
	a.load.init()
	a.replays = newReplayGuard(2*maxClockSkew, maxRemembered)
	a.failed = make(chan error, 1)
	a.ctx, a.cancel = context.WithCancel(context.Background())
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		a.serve(ic.Interaction, time.Now(), a.restFirst(ic.Interaction, time.Now()))
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { a.reconnect() })
	return a, nil
}

// Session returns the discordgo session (for REST calls beyond commands).
func (a *Adapter) Session() *discordgo.Session { return a.s }

// Close disconnects from the gateway, if connected, and waits for the
// interactions under way to finish until ctx ends; then it cancels them.
func (a *Adapter) Close(ctx context.Context) error {
	a.mu.Lock()
	a.closed = true
	opened := a.opened
	a.mu.Unlock()
	var err error
	if opened {
		err = a.s.Close()
	}
	done := make(chan struct{})
	go func() {
		a.inflight.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		a.log.Warn("interactions still under way at shutdown; cancelling them")
	}
	a.cancel()
	return err
}

// begin registers an interaction under way, unless the adapter is closed.
func (a *Adapter) begin() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return false
	}
	a.inflight.Add(1)
	return true
}

// firstFunc sends the first response to an interaction: over REST for the
// gateway, in the HTTP response body for the endpoint. It may be called once.
type firstFunc func(v any) error

var errAnswered = errors.New("interaction already answered")

// once wraps a firstFunc so that it runs at most once and records when.
type once struct {
	fn   firstFunc
	mu   sync.Mutex
	done bool
	at   time.Time
}

func (o *once) send(v any) error {
	o.mu.Lock()
	if o.done {
		o.mu.Unlock()
		return errAnswered
	}
	o.done, o.at = true, time.Now()
	o.mu.Unlock()
	return o.fn(v)
}

func (o *once) sent() (bool, time.Time) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.done, o.at
}

// restFirst answers over REST, with a deadline 3 s after the interaction
// arrived and no retry: a late first response is useless, and must fail
// loudly rather than after a silent rate-limit sleep.
func (a *Adapter) restFirst(i *discordgo.Interaction, received time.Time) firstFunc {
	return func(v any) error {
		ctx, cancel := context.WithDeadline(a.ctx, received.Add(3*time.Second))
		defer cancel()
		endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
		_, err := a.s.RequestWithBucketID(http.MethodPost, endpoint, v, endpoint,
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false), discordgo.WithRestRetries(0))
		return err
	}
}

// serve answers one interaction, whatever the transport. It never panics.
func (a *Adapter) serve(i *discordgo.Interaction, received time.Time, first firstFunc) {
	if !a.begin() {
		return
	}
	defer a.inflight.Done()
	if i.AppID == "" {
		i.AppID = a.opt.AppID
	}
	f := &once{fn: first}
	ev := Event{Kind: kindOf(i.Type)}
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("panic while serving an interaction", "panic", p, "type", ev.Kind, "command", ev.Command, "stack", string(debug.Stack()))
			ev.Outcome = "panic"
			msg := "Something went wrong on briefbot's side; the error has been logged."
			if done, _ := f.sent(); !done {
				f.send(ephemeralText(msg))
			} else {
				a.sendError(i, msg, false)
			}
		}
		if done, at := f.sent(); done {
			ev.First = at.Sub(received)
		}
		ev.Total = time.Since(received)
		if a.opt.Observer != nil {
			a.opt.Observer.Observe(ev)
		}
	}()
	var err error
	switch i.Type {
	case discordgo.InteractionPing:
		ev.Outcome = "ok"
		err = f.send(&discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommand:
		err = a.command(i, received, f, &ev)
	case discordgo.InteractionApplicationCommandAutocomplete:
		err = a.autocomplete(i, f, &ev)
	case discordgo.InteractionMessageComponent:
		err = a.component(i, f, &ev)
	default:
		ev.Outcome = "rejected"
		err = f.send(ephemeralText("briefbot does not handle this kind of interaction."))
	}
	if err != nil {
		a.log.Error("cannot answer an interaction", "type", ev.Kind, "command", ev.Command, "err", err)
		if ev.Outcome == "ok" || ev.Outcome == "" {
			ev.Outcome = "error"
		}
	}
}

func kindOf(t discordgo.InteractionType) string {
	switch t {
	case discordgo.InteractionPing:
		return "ping"
	case discordgo.InteractionApplicationCommand:
		return "command"
	case discordgo.InteractionApplicationCommandAutocomplete:
		return "autocomplete"
	case discordgo.InteractionMessageComponent:
		return "component"
	}
	return fmt.Sprintf("type%d", t)
}

// result is a handler's answer.
type result struct {
	resp *bot.Response
	err  error
}

// DefaultDeferAfter is short: a search takes a few milliseconds, so an
// answer not ready by then is waiting behind others (a burst), and a
// deferral at once keeps the first response fast and Discord's 3-second
// deadline far away. The answer is edited in when it is ready.
const DefaultDeferAfter = 40 * time.Millisecond

// command runs a slash command: at once when it answers within DeferAfter,
// else (or when the command is Slow) deferred and then edited in.
func (a *Adapter) command(i *discordgo.Interaction, received time.Time, f *once, ev *Event) error {
	req, err := request(a.bot, i)
	ev.Command = a.commandLabel(req)
	if err != nil {
		ev.Outcome = outcome(err)
		a.log.Info("bad interaction", "err", err)
		return f.send(ephemeralText(bot.UserMessage(err)))
	}
	if !a.opt.Limiter.Allow(req.User.ID) {
		ev.Outcome = "rate_limited"
		a.log.Info("rate limited", "user", req.User.ID, "command", req.Command)
		return f.send(ephemeralText(bot.UserMessage(bot.ErrRateLimited)))
	}
	cmd := a.bot.Command(req.Command)
	slow, private := cmd != nil && cmd.Slow, cmd != nil && cmd.Admin
	timeout := a.opt.Timeout
	if slow {
		timeout = a.opt.SlowTimeout
	}
	ctx, cancel := context.WithTimeout(a.ctx, timeout)
	defer cancel()

	deferred := false
	var prog *progress
	if slow {
		if err := f.send(deferral(private)); err != nil {
			ev.Outcome = "error"
			return fmt.Errorf("cannot defer /%s: %w", req.Command, err)
		}
		deferred = true
		prog = &progress{a: a, i: i, every: a.opt.ProgressEvery}
		req.Progress = prog.update
	}
	// queued is closed when the command has to wait for a worker: its
	// answer will not be ready soon, so it is deferred at once.
	queued := make(chan struct{})
	var queuedOnce sync.Once
	wait := func() { queuedOnce.Do(func() { close(queued) }) }
	if !slow && len(a.questions) == cap(a.questions) {
		wait() // every worker is busy: no need to find out later
	}
	done := make(chan result, 1)
	if !slow {
		// A question waiting or being answered: index updates wait for
		// it (see Yield), until its answer is ready to send.
		a.load.begin()
	}
	go func() {
		if !slow {
			defer a.load.end()
		}
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("panic in a command handler", "command", req.Command, "panic", p, "stack", string(debug.Stack()))
				done <- result{err: fmt.Errorf("panic in /%s: %v", req.Command, p)}
			}
		}()
		resp, err := a.run(ctx, req, slow, wait)
		if err == nil && resp == nil {
			err = fmt.Errorf("/%s returned no answer", req.Command)
		}
		done <- result{resp, err}
	}()
	var res result
	if !deferred {
		// Answer at once if the handler is done within DeferAfter; when
		// the interaction is already late, or waits behind others for a
		// worker, defer without waiting.
		if left := a.opt.DeferAfter - time.Since(received); left > 0 {
			timer := time.NewTimer(left)
			defer timer.Stop()
			select {
			case res = <-done:
				ev.Outcome = outcome(res.err)
				a.logResult(req, res.err)
				return f.send(a.reply(res, req.User.ID))
			case <-timer.C:
			case <-queued:
			}
		}
		if err := f.send(deferral(false)); err != nil {
			ev.Outcome = "error"
			return fmt.Errorf("cannot defer /%s: %w", req.Command, err)
		}
		res = <-done
	} else {
		res = <-done
		prog.stop()
	}
	ev.Outcome = outcome(res.err)
	a.logResult(req, res.err)
	return a.finish(i, res, req.User.ID, private)
}

// flight is one run of a command that identical requests share.
type flight struct {
	done chan struct{}
	res  result
}

// run runs a command's handler when a worker is free. Identical requests
// under way at the same time (same command, options and guild; not admin or
// slow commands, whose answers depend on more) share one run: a burst of the
// same question costs one search. Nothing is kept once the run is over, so
// answers are never stale. queued is called if the run has to wait.
func (a *Adapter) run(ctx context.Context, req *bot.Request, slow bool, queued func()) (*bot.Response, error) {
	key, shared := flightKey(a.bot.Command(req.Command), req)
	if shared {
		a.flightMu.Lock()
		if f, ok := a.flights[key]; ok {
			a.flightMu.Unlock()
			select {
			case <-f.done:
				return f.res.resp, f.res.err
			case <-ctx.Done():
				return nil, errBusy(ctx.Err())
			}
		}
		f := &flight{done: make(chan struct{})}
		a.flights[key] = f
		a.flightMu.Unlock()
		defer func() {
			a.flightMu.Lock()
			delete(a.flights, key)
			a.flightMu.Unlock()
			close(f.done)
		}()
		f.res.resp, f.res.err = a.work(ctx, req, slow, queued)
		return f.res.resp, f.res.err
	}
	return a.work(ctx, req, slow, queued)
}

// work runs the handler in a worker of its lane: questions have one worker
// per CPU; slow commands (admin jobs, downloads) have workers of their own,
// so that they never hold up a question. queued is called when no worker
// is free at once.
func (a *Adapter) work(ctx context.Context, req *bot.Request, slow bool, queued func()) (*bot.Response, error) {
	lane := a.questions
	if slow {
		lane = a.slow
	}
	select {
	case lane <- struct{}{}:
	default:
		queued()
		select {
		case lane <- struct{}{}:
		case <-ctx.Done():
			return nil, errBusy(ctx.Err())
		}
	}
	defer func() { <-lane }()
	return a.bot.Handle(ctx, req)
}

// errBusy is the error of a command whose time ran out before a worker was
// free: briefbot's fault, not the question's.
func errBusy(cause error) error {
	return &bot.UserError{Msg: "briefbot is busy and could not get to this in time. Please try again in a moment.", Err: cause}
}

// maxYield is the longest an index update waits for the questions under
// way before it takes its next file anyway, so that a steady stream of
// questions slows an update down but never stops it.
const maxYield = 200 * time.Millisecond

// Yield returns when no question is being answered, or after maxYield, or
// when ctx ends. Index updates call it before each file (index.SyncOptions
// Yield), so that answering questions comes first.
func (a *Adapter) Yield(ctx context.Context) {
	a.load.wait(ctx, maxYield)
}

// load counts the questions under way.
type load struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed while n is 0
}

func (l *load) init() {
	l.idle = make(chan struct{})
	close(l.idle)
}

func (l *load) begin() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == 0 {
		l.idle = make(chan struct{})
	}
	l.n++
}

func (l *load) end() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n--
	if l.n == 0 {
		close(l.idle)
	}
}

// wait returns once n is 0, or after at most max.
func (l *load) wait(ctx context.Context, max time.Duration) {
	l.mu.Lock()
	idle := l.idle
	l.mu.Unlock()
	select {
	case <-idle:
		return
	default:
	}
	t := time.NewTimer(max)
	defer t.Stop()
	select {
	case <-idle:
	case <-t.C:
	case <-ctx.Done():
	}
}

// flightKey identifies a request whose answer does not depend on who asks.
func flightKey(cmd *bot.Command, req *bot.Request) (string, bool) {
	if cmd == nil || cmd.Admin || cmd.Slow {
		return "", false
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%q %q", req.GuildID, cmd.Name)
	names := make([]string, 0, len(req.Options))
	for name := range req.Options {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		v := req.Options[name]
		if v.Attachment != nil {
			return "", false
		}
		fmt.Fprintf(&sb, " %q=%q/%d/%t", name, v.Str, v.Int, v.Bool)
	}
	return sb.String(), true
}

// commandLabel names a request's command for metrics: only names from the
// table, so that made-up names cannot blow up the label set.
func (a *Adapter) commandLabel(req *bot.Request) string {
	if req == nil || a.bot.Command(req.Command) == nil {
		return "unknown"
	}
	return a.bot.Command(req.Command).Name
}

func (a *Adapter) logResult(req *bot.Request, err error) {
	var ue *bot.UserError
	switch {
	case err == nil:
		a.log.Debug("answered", "command", req.Command, "user", req.User.ID, "guild", req.GuildID)
	case errors.As(err, &ue):
		a.log.Info("command refused", "command", req.Command, "user", req.User.ID, "guild", req.GuildID, "msg", ue.Msg, "cause", ue.Err)
	default:
		a.log.Error("command failed", "command", req.Command, "user", req.User.ID, "guild", req.GuildID, "err", err)
	}
}

// outcome classifies a handler's error for metrics.
func outcome(err error) string {
	var ue *bot.UserError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, bot.ErrRateLimited):
		return "rate_limited"
	case errors.As(err, &ue):
		return "user_error"
	}
	return "error"
}

// reply is the first response carrying a handler's answer.
func (a *Adapter) reply(res result, owner string) *discordgo.InteractionResponse {
	if res.err != nil {
		return ephemeralText(bot.UserMessage(res.err))
	}
	embeds, comps := a.message(res.resp, owner)
	data := &discordgo.InteractionResponseData{Embeds: embeds, Components: comps, AllowedMentions: noMentions()}
	if res.resp.Ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}
}

// message renders a response: its first page, and buttons when it has more.
func (a *Adapter) message(resp *bot.Response, owner string) ([]*discordgo.MessageEmbed, []discordgo.MessageComponent) {
	pages := render(resp)
	if len(pages) == 1 {
		return pages, []discordgo.MessageComponent{}
	}
	key := a.pages.put(owner, pages)
	return pages[:1], pageButtons(key, 0, len(pages))
}

// finish replaces a deferred reply with the answer. Errors are always
// shown only to the person who asked: a public deferral is deleted and the
// error sent as an ephemeral follow-up.
func (a *Adapter) finish(i *discordgo.Interaction, res result, owner string, deferredPrivate bool) error {
	ctx, cancel := context.WithTimeout(a.ctx, 15*time.Second)
	defer cancel()
	if res.err != nil {
		return a.sendError(i, bot.UserMessage(res.err), deferredPrivate)
	}
	embeds, comps := a.message(res.resp, owner)
	if res.resp.Ephemeral && !deferredPrivate {
		if err := a.s.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
			a.log.Warn("cannot delete the deferred reply", "err", err)
		}
		_, err := a.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
			Embeds: embeds, Components: comps, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		return err
	}
	empty := ""
	return a.editOriginal(ctx, i, &discordgo.WebhookEdit{
		Content: &empty, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions(),
	})
}

// editOriginal replaces an interaction's original reply. discordgo's
// InteractionResponseEdit puts the edits of every interaction in one
// rate-limit bucket and holds it for the whole request, so that answers to
// different people wait for each other, one REST call at a time; here each
// interaction has its own bucket, as it has with Discord.
func (a *Adapter) editOriginal(ctx context.Context, i *discordgo.Interaction, edit *discordgo.WebhookEdit) error {
	endpoint := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	_, err := a.s.RequestWithBucketID(http.MethodPatch, endpoint, edit, endpoint, discordgo.WithContext(ctx))
	return err
}

// sendError shows an error in place of a deferred reply.
func (a *Adapter) sendError(i *discordgo.Interaction, msg string, deferredPrivate bool) error {
	ctx, cancel := context.WithTimeout(a.ctx, 15*time.Second)
	defer cancel()
	text := textMessage("⚠️ " + msg)
	if deferredPrivate {
		embeds, comps := []*discordgo.MessageEmbed{}, []discordgo.MessageComponent{}
		return a.editOriginal(ctx, i, &discordgo.WebhookEdit{
			Content: &text, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions(),
		})
	}
	if err := a.s.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
		a.log.Warn("cannot delete the deferred reply", "err", err)
	}
	_, err := a.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
		Content: text, Flags: discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	return err
}

// deferral is the first response of a deferred command ("briefbot is thinking…").
func deferral(private bool) *discordgo.InteractionResponse {
	data := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if private {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: data}
}

// ephemeralText is a first response with a short message only the person
// who asked sees.
func ephemeralText(msg string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         textMessage("⚠️ " + msg),
			Flags:           discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds,
			AllowedMentions: noMentions(),
		},
	}
}

// progress edits a deferred reply with interim progress, at most once every
// `every`, and never after the final answer.
type progress struct {
	a     *Adapter
	i     *discordgo.Interaction
	every time.Duration

	mu   sync.Mutex // guards done and last
	done bool
	last time.Time
	send sync.Mutex // held while an edit is under way
}

func (p *progress) update(msg string) {
	p.mu.Lock()
	if p.done || time.Since(p.last) < p.every {
		p.mu.Unlock()
		return
	}
	p.last = time.Now()
	p.mu.Unlock()
	if !p.send.TryLock() {
		return // an edit is still under way; skip this one
	}
	// Decided before stop: the edit goes out before the final answer,
	// which waits for it.
	go func() {
		defer p.send.Unlock()
		ctx, cancel := context.WithTimeout(p.a.ctx, 5*time.Second)
		defer cancel()
		text := textMessage(msg)
		if err := p.a.editOriginal(ctx, p.i, &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}); err != nil {
			p.a.log.Warn("cannot show progress", "err", err)
		}
	}()
}

// stop ends progress edits and waits for one under way.
func (p *progress) stop() {
	p.mu.Lock()
	p.done = true
	p.mu.Unlock()
	p.send.Lock()
	p.send.Unlock()
}
