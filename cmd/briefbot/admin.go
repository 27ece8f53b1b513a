package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/knowledge"
)

// adminService carries out the admin commands over the index and the
// corpus folder.
type adminService struct {
	ix      *index.Index
	src     corpusSource
	env     *environment
	base    context.Context // the server's life: a reindex outlives its command's context
	fetch   *fetcher
	reindex sync.Mutex
	// yield, if set, lets the questions being answered go first during
	// a reindex (index.SyncOptions.Yield).
	yield func(context.Context)
}

var _ bot.Admin = (*adminService)(nil)

func newAdmin(base context.Context, env *environment, ix *index.Index, src corpusSource) *adminService {
	return &adminService{ix: ix, src: src, env: env, base: base, fetch: newFetcher(env.cfg.MaxFileSize, false)}
}

// Reindex updates (or rebuilds) the index from the corpus, one at a time.
// It runs in the server's context: an interaction token lives 15 minutes,
// a rebuild of a large corpus may take longer, and it should finish anyway.
func (s *adminService) Reindex(ctx context.Context, full bool, progress func(done, total int)) (string, error) {
	if !s.reindex.TryLock() {
		return "", bot.Errorf("A reindex is already running; /status shows when the last one finished.")
	}
	defer s.reindex.Unlock()
	opt := index.SyncOptions{MaxFileSize: s.env.cfg.MaxFileSize, Yield: s.yield}
	if progress != nil {
		opt.Progress = func(p index.Progress) { progress(p.Done, p.Total) }
	}
	var rep index.Report
	var err error
	if full {
		rep, err = s.ix.Rebuild(s.base, s.src.fsys, opt)
	} else {
		rep, err = s.ix.Sync(s.base, s.src.fsys, opt)
	}
	if errors.Is(err, index.ErrReadOnly) {
		return "", bot.Errorf("This index is open for answers only (briefbot ask --index DIR). Bring it up to date with: briefbot index --index DIR, or ask with --corpus DIR.")
	}
	if err != nil {
		return "", fmt.Errorf("reindex: %w", err)
	}
	s.env.log.Info("reindexed", "full", full, "files", rep.Files, "added", rep.Added, "updated", rep.Updated, "removed", rep.Removed, "skipped", len(rep.Skipped), "took", rep.Took)
	return fmt.Sprintf("%d files: %d added, %d updated, %d removed, %d unchanged, %d skipped (%.1f s).",
		rep.Files, rep.Added, rep.Updated, rep.Removed, rep.Unchanged, len(rep.Skipped), rep.Took.Seconds()), nil
}

// maxIngested is how many articles one guild may add with /ingest.
const maxIngested = 1000

// ingested counts the articles a guild added.
func (s *adminService) ingested(scope string) int {
	n := 0
	for _, a := range s.ix.Articles(scope) {
		if a.Scope == scope {
			n++
		}
	}
	return n
}

var unsafeName = regexp.MustCompile(`[^a-z0-9._-]+`)

// Ingest adds one article for a guild, from data or from a URL.
func (s *adminService) Ingest(ctx context.Context, scope, name string, data []byte, link string) (knowledge.ArticleInfo, error) {
	if scope == "" || scope == knowledge.SharedScope {
		return knowledge.ArticleInfo{}, bot.Errorf("Articles are ingested for one server; run /ingest in a server.")
	}
	contentType := ""
	if data == nil {
		var err error
		data, contentType, link, err = s.fetch.get(ctx, link)
		if err != nil {
			return knowledge.ArticleInfo{}, err
		}
	} else if int64(len(data)) > s.env.cfg.MaxFileSize {
		return knowledge.ArticleInfo{}, bot.Errorf("The file is too large (at most %d MB).", s.env.cfg.MaxFileSize>>20)
	}
	name = strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(path.Base(name)), "-"), "-.")
	if name == "" {
		name = "article"
	}
	if len(name) > 80 {
		name = name[:80]
	}
	if knowledge.FormatOf(name) == "" {
		name += extensionFor(contentType, data)
	}
	id := "ingest/" + scope + "/" + name
	if _, replace := s.ix.Article(scope, id); !replace && s.ingested(scope) >= maxIngested {
		return knowledge.ArticleInfo{}, bot.Errorf("This server has %d ingested articles, the most briefbot keeps; /forget some first.", maxIngested)
	}
	a, err := knowledge.Parse(id, name, data, knowledge.ParseOptions{BaseURL: link})
	if err != nil {
		return knowledge.ArticleInfo{}, &bot.UserError{Msg: "briefbot cannot read that as an article: " + parseProblem(err) + ".", Err: err}
	}
	a.Scope = scope
	if a.URL == "" && link != "" && !s.fetch.isAttachment(link) {
		a.URL = link
	}
	info, err := s.ix.Add(ctx, a)
	if err != nil {
		return knowledge.ArticleInfo{}, fmt.Errorf("ingest %s: %w", id, err)
	}
	s.env.log.Info("ingested an article", "guild", scope, "id", id, "paragraphs", info.Paragraphs)
	return info, nil
}

// Forget removes an article a guild ingested; corpus articles are removed
// by deleting their file.
func (s *adminService) Forget(ctx context.Context, scope, id string) (knowledge.ArticleInfo, error) {
	info, ok := s.ix.Article(scope, id)
	if !ok || scope == "" {
		return knowledge.ArticleInfo{}, fmt.Errorf("article %q: %w", id, knowledge.ErrNotFound)
	}
	if info.Scope != scope {
		return knowledge.ArticleInfo{}, bot.Errorf("“%s” comes from the corpus folder; delete its file there to remove it.", bot.Escape(info.Title))
	}
	info, err := s.ix.Remove(ctx, scope, id)
	if err != nil {
		return info, err
	}
	s.env.log.Info("forgot an article", "guild", scope, "id", id)
	return info, nil
}

// parseProblem says in words why data is not an article.
func parseProblem(err error) string {
	for _, known := range []error{knowledge.ErrEmpty, knowledge.ErrBinary, knowledge.ErrNotUTF8, knowledge.ErrFrontMatter,
		knowledge.ErrBadJSON, knowledge.ErrUnsupported, knowledge.ErrNoText, knowledge.ErrTooLarge} {
		if errors.Is(err, known) {
			return err.Error()
		}
	}
	return "the content could not be parsed"
}

// extensionFor picks a format for data that came without a usable name.
func extensionFor(contentType string, data []byte) string {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return ".html"
	case mt == "text/markdown":
		return ".md"
	case mt == "application/json":
		return ".json"
	case mt == "" || mt == "text/plain" || mt == "application/octet-stream":
		head := strings.ToLower(string(data[:min(len(data), 512)]))
		if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") {
			return ".html"
		}
		return ".txt"
	}
	return ".txt" // the parser then says whether it is text
}

// fetcher downloads articles from the web with limits on size, time and
// redirects, and (outside tests) refuses addresses inside the network.
type fetcher struct {
	client  *http.Client
	maxSize int64
	timeout time.Duration
}

const (
	fetchTimeout   = 20 * time.Second
	fetchRedirects = 3
)

func newFetcher(maxSize int64, allowPrivate bool) *fetcher {
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	if !allowPrivate {
		dialer.Control = dialPublicOnly
	}
	tr := &http.Transport{
		// No proxy: the address check applies to the page's own address.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
	}
	return &fetcher{maxSize: maxSize, timeout: fetchTimeout, client: &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > fetchRedirects {
				return bot.Errorf("The page redirects more than %d times.", fetchRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return bot.Errorf("The page redirects to a %s: address, which briefbot does not fetch.", req.URL.Scheme)
			}
			return nil
		},
	}}
}

// isAttachment tells a Discord attachment link (short-lived) from a page.
func (f *fetcher) isAttachment(link string) bool {
	u, err := url.Parse(link)
	return err == nil && (u.Host == "cdn.discordapp.com" || u.Host == "media.discordapp.net")
}

// get fetches a URL: the body (at most maxSize), its content type and the
// final URL after redirects.
func (f *fetcher) get(ctx context.Context, link string) ([]byte, string, string, error) {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", "", bot.Errorf("“%s” is not a web address.", link)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", bot.Errorf("“%s” is not a web address.", link)
	}
	req.Header.Set("User-Agent", "briefbot (+https://github.com/briefbot/briefbot)")
	req.Header.Set("Accept", "text/html, text/plain, text/markdown, application/json;q=0.9, */*;q=0.1")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *bot.UserError
		switch {
		case errors.As(err, &ue):
			return nil, "", "", ue
		case errors.Is(err, errPrivateAddress):
			return nil, "", "", &bot.UserError{Msg: "briefbot fetches pages from public internet addresses only, not from inside its own network.", Err: err}
		case errors.Is(err, context.DeadlineExceeded):
			return nil, "", "", &bot.UserError{Msg: fmt.Sprintf("The page did not arrive within %v.", f.timeout), Err: err}
		}
		return nil, "", "", &bot.UserError{Msg: "briefbot could not fetch the page: " + shortNetError(err) + ".", Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", bot.Errorf("The page answered %s.", resp.Status)
	}
	if resp.ContentLength > f.maxSize {
		return nil, "", "", bot.Errorf("The page is too large (%d MB; at most %d MB).", resp.ContentLength>>20, f.maxSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, f.maxSize+1))
	if err != nil && ctx.Err() != nil {
		return nil, "", "", &bot.UserError{Msg: fmt.Sprintf("The page did not arrive within %v.", f.timeout), Err: err}
	}
	if err != nil {
		return nil, "", "", &bot.UserError{Msg: "The download broke off: " + shortNetError(err) + ".", Err: err}
	}
	if int64(len(data)) > f.maxSize {
		return nil, "", "", bot.Errorf("The page is too large (at most %d MB).", f.maxSize>>20)
	}
	return data, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// shortNetError is the last, most specific part of a network error.
func shortNetError(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return msg
}
