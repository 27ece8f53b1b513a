package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/briefbot/briefbot/knowledge"
)

// Layout of an index folder:
//
//	DIR/current   a symbolic link to the live generation, replaced atomically
//	DIR/gen-N/    a bleve index and its manifest log: one generation
//	DIR/lock      held by the process that has the index open
//
// An incremental update writes into the live generation in batches; the
// manifest log and bleve's sequence number (see manifest.go) keep documents
// and manifest in agreement through a crash. A rebuild fills a new
// generation and swaps the link only when it is complete, so a crash leaves
// the previous index intact and answering.
const (
	currentLink = "current"
	genPrefix   = "gen-"
	metaKey     = "briefbot/meta"
)

// ErrLocked is returned when another process has the index open.
var ErrLocked = errors.New("index is in use by another briefbot process")

// Index is briefbot's search index. It is safe for concurrent use: searches
// run while an update or a rebuild is under way.
type Index struct {
	dir  string
	log  *slog.Logger
	lock *os.File
	// readOnly is set for an index opened with Options.ReadOnly.
	readOnly bool

	writeMu sync.Mutex // one writer at a time
	viewMu  sync.Mutex // guards views

	mu       sync.RWMutex // guards the fields below
	bi       bleve.Index
	gen      string
	manifest map[string]*entry
	seq      uint64       // the sequence number of the last batch written
	mlog     *manifestLog // the live generation's manifest log (the writer's)
	meta     meta
	// scopes are the guild scopes that have articles. A scope is added
	// before its documents are written, so a search never sees a document
	// of a scope it does not know to exclude.
	scopes map[string]bool
	// views caches what Articles and Status compute from the manifest,
	// for one scope each; it is dropped whenever the manifest changes.
	views      map[string]*view
	rebuilding bool
	// entities caches the entities searches read (see people.go).
	entities entityCache
	// postings keeps the postings searches read most, passages what
	// they work out of the passages they read (see searchcache.go).
	postings *postingsCache
	passages *passageCache
	// recentNamed keeps, by completion kind and scope, the names of the
	// newest articles (see recent); it is dropped whenever the index
	// changes.
	recentMu    sync.Mutex
	recentNamed map[string]map[string]uint64
}

// meta is what the index records about its last update.
type meta struct {
	// Extractor is the knowledge.ExtractorVersion the facts were made by.
	Extractor   string           `json:"extractor"`
	LastIndexed time.Time        `json:"last_indexed"`
	Skipped     []knowledge.Skip `json:"skipped"`
}

// Options tune Open.
type Options struct {
	Logger *slog.Logger
	// ReadOnly opens an existing index for reading only: searches and
	// lookups work, changes fail with ErrReadOnly, and nothing in the
	// folder is written. Any number of read-only processes may have the
	// index open at once; a writer may not have it open at the same time.
	ReadOnly bool
}

// ErrReadOnly is returned by a change to an index opened read-only.
var ErrReadOnly = errors.New("index is open read-only")

// Open opens the index in dir and takes the folder's lock. It creates the
// index if it does not exist, unless opt.ReadOnly, when there must be one.
func Open(dir string, opt Options) (*Index, error) {
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opt.ReadOnly {
		if !Exists(dir) {
			return nil, fmt.Errorf("there is no index in %s", dir)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create index folder: %w", err)
	}
	lock, err := lockDir(dir, opt.ReadOnly)
	if err != nil {
		return nil, err
	}
	ix := &Index{dir: dir, log: log, lock: lock, readOnly: opt.ReadOnly, postings: newPostingsCache(postingsCacheBytes),
		passages: newPassageCache(passageCacheSize)}
	if err := ix.open(); err != nil {
		unlockDir(lock, opt.ReadOnly)
		return nil, err
	}
	if !ix.readOnly {
		ix.removeStaleGenerations()
	}
	return ix, nil
}

// open opens the current generation (a new one when there is none, unless
// read-only) and reads its manifest, with the folder locked.
func (ix *Index) open() error {
	gen, err := os.Readlink(filepath.Join(ix.dir, currentLink))
	switch {
	case err == nil:
		path := filepath.Join(ix.dir, gen)
		if ix.readOnly {
			ix.bi, err = bleve.OpenUsing(path, map[string]any{"read_only": true})
		} else {
			ix.bi, err = bleve.Open(path)
		}
		if err != nil {
			return fmt.Errorf("cannot open index %s: %w", path, err)
		}
	case errors.Is(err, os.ErrNotExist) && !ix.readOnly:
		gen, ix.bi, err = ix.newGeneration()
		if err == nil {
			err = ix.publish(gen)
		}
		if err != nil {
			return err
		}
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("there is no index in %s", ix.dir)
	default:
		return fmt.Errorf("cannot read index folder: %w", err)
	}
	ix.gen = gen
	if err := ix.loadManifest(); err != nil {
		ix.bi.Close()
		return err
	}
	return nil
}

// Exists reports whether dir holds an index.
func Exists(dir string) bool {
	_, err := os.Readlink(filepath.Join(dir, currentLink))
	return err == nil
}

// newGeneration creates an empty bleve index in a new generation folder.
func (ix *Index) newGeneration() (string, bleve.Index, error) {
	gen := fmt.Sprintf("%s%d", genPrefix, time.Now().UnixNano())
	bi, err := bleve.NewUsing(filepath.Join(ix.dir, gen), buildMapping(), scorch.Name, scorch.Name, scorchConfig())
	if err != nil {
		return "", nil, fmt.Errorf("cannot create index: %w", err)
	}
	return gen, bi, nil
}

// publish points the current link at gen, atomically.
func (ix *Index) publish(gen string) error {
	tmp := filepath.Join(ix.dir, currentLink+".new")
	os.Remove(tmp)
	if err := os.Symlink(gen, tmp); err != nil {
		return fmt.Errorf("cannot switch index: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(ix.dir, currentLink)); err != nil {
		return fmt.Errorf("cannot switch index: %w", err)
	}
	syncDir(ix.dir)
	return nil
}

// removeStaleGenerations deletes generations left by interrupted rebuilds.
func (ix *Index) removeStaleGenerations() {
	entries, _ := os.ReadDir(ix.dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), genPrefix) && e.Name() != ix.gen {
			ix.log.Info("removing an unfinished or replaced index generation", "dir", e.Name())
			os.RemoveAll(filepath.Join(ix.dir, e.Name()))
		}
	}
}

func (ix *Index) loadManifest() error {
	var err error
	ix.manifest, ix.seq, ix.mlog, err = openManifest(filepath.Join(ix.dir, ix.gen), ix.bi, ix.readOnly)
	if err != nil {
		return err
	}
	ix.scopes = map[string]bool{}
	for _, a := range ix.manifest {
		if a.Scope != knowledge.SharedScope {
			ix.scopes[a.Scope] = true
		}
	}
	raw, err := ix.bi.GetInternal([]byte(metaKey))
	if err == nil && len(raw) > 0 {
		json.Unmarshal(raw, &ix.meta)
	}
	return nil
}

// Dir returns the folder the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// Close closes the index and releases its lock.
func (ix *Index) Close() error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.bi == nil {
		return nil
	}
	err := ix.bi.Close()
	ix.bi = nil
	if cerr := ix.mlog.close(); err == nil {
		err = cerr
	}
	unlockDir(ix.lock, ix.readOnly)
	return err
}

// Article returns what the index knows of one article, if the scope may see it.
func (ix *Index) Article(scope, id string) (knowledge.ArticleInfo, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.articleLocked(scope, id)
}

// articleLocked is Article for a caller that holds the read lock.
func (ix *Index) articleLocked(scope, id string) (knowledge.ArticleInfo, bool) {
	a, ok := ix.manifest[id]
	if !ok || !visible(a.Scope, scope) {
		return knowledge.ArticleInfo{}, false
	}
	return a.ArticleInfo, true
}

// view is what one scope sees of the manifest, computed once per change.
type view struct {
	articles []knowledge.ArticleInfo
	status   knowledge.Status
}

// Articles lists the articles a scope may see, newest first. The slice is
// shared: callers must not change it.
func (ix *Index) Articles(scope string) []knowledge.ArticleInfo {
	return ix.viewOf(scope).articles
}

// articlesLocked is Articles for a caller that holds the read lock.
func (ix *Index) articlesLocked(scope string) []knowledge.ArticleInfo {
	return ix.viewLocked(scope).articles
}

// newestArticles returns the n newest articles a scope may see, in
// Articles' order: the scope's view when it is built, else the n picked
// from the manifest without building it (at 100,000 articles a view costs
// tens of megabytes, which the few newest do not need). The caller holds
// the read lock; the slice is shared.
func (ix *Index) newestArticles(scope string, n int) []knowledge.ArticleInfo {
	ix.viewMu.Lock()
	v, ok := ix.views[scope]
	ix.viewMu.Unlock()
	if ok {
		return v.articles[:min(n, len(v.articles))]
	}
	var out []knowledge.ArticleInfo
	for _, a := range ix.manifest {
		if !visible(a.Scope, scope) {
			continue
		}
		out = append(out, a.ArticleInfo)
		if len(out) >= 2*n+64 {
			sortArticles(out)
			out = out[:n]
		}
	}
	sortArticles(out)
	return out[:min(n, len(out))]
}

// Status counts what a scope may see.
func (ix *Index) Status(scope string) knowledge.Status {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	st := ix.viewLocked(scope).status
	st.LastIndexed, st.Skipped, st.Reindexing = ix.meta.LastIndexed, ix.meta.Skipped, ix.rebuilding
	return st
}

func (ix *Index) viewOf(scope string) *view {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.viewLocked(scope)
}

// viewLocked returns the cached view of a scope, computing it if needed.
// The caller holds the read lock; the cache has a lock of its own.
func (ix *Index) viewLocked(scope string) *view {
	ix.viewMu.Lock()
	defer ix.viewMu.Unlock()
	if v, ok := ix.views[scope]; ok {
		return v
	}
	v := &view{articles: make([]knowledge.ArticleInfo, 0, len(ix.manifest))}
	for _, a := range ix.manifest {
		if !visible(a.Scope, scope) {
			continue
		}
		v.articles = append(v.articles, a.ArticleInfo)
		v.status.Articles++
		v.status.Passages += a.Passages
		v.status.Entities += a.Entities
		v.status.Claims += a.Claims
		v.status.Figures += a.Figures
	}
	sortArticles(v.articles)
	if ix.views == nil || len(ix.views) > 1000 {
		ix.views = map[string]*view{}
	}
	ix.views[scope] = v
	return v
}

// changed drops the views computed from the manifest before a change. The
// caller holds the write lock.
func (ix *Index) changed() {
	ix.viewMu.Lock()
	ix.views = nil
	ix.viewMu.Unlock()
	ix.recentMu.Lock()
	ix.recentNamed = nil
	ix.recentMu.Unlock()
}

// visible reports whether a document of scope docScope may be shown to a
// request from scope: shared documents to everyone, a guild's own to that guild.
func visible(docScope, scope string) bool {
	return docScope == knowledge.SharedScope || (scope != "" && docScope == scope)
}
