package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/briefbot/briefbot/knowledge"
)

// SyncOptions tune Sync and Rebuild.
type SyncOptions struct {
	// MaxFileSize is the largest file read; larger ones are skipped.
	MaxFileSize int64
	// Workers parse and extract in parallel; 0 means one per CPU.
	Workers int
	// BatchDocs is how many documents go into one bleve batch; 0 means 4000.
	BatchDocs int
	// Progress, if set, is called as files are processed.
	Progress func(Progress)
	// Yield, if set, is called by each worker before it reads a file; it
	// may block a while so that more urgent work (questions being
	// answered) has the CPUs first.
	Yield func(context.Context)
}

// Progress is how far an update has come.
type Progress struct {
	Done, Total int
}

// Report says what an update did.
type Report struct {
	Files     int              `json:"files"`
	Added     int              `json:"added"`
	Updated   int              `json:"updated"`
	Unchanged int              `json:"unchanged"`
	Removed   int              `json:"removed"`
	Skipped   []knowledge.Skip `json:"skipped"`
	Documents int              `json:"documents"`
	Took      time.Duration    `json:"took"`
}

// compactAfterDocs is how many documents an update writes before the
// index is compacted.
const compactAfterDocs = 20000

// compact merges an index's segments into one, if its engine can.
func compact(ctx context.Context, bi bleve.Index, log *slog.Logger) {
	adv, err := bi.Advanced()
	if err != nil {
		return
	}
	if s, ok := adv.(*scorch.Scorch); ok {
		start := time.Now()
		if err := s.ForceMerge(ctx, nil); err != nil {
			log.Warn("could not compact the index", "err", err)
			return
		}
		log.Debug("compacted the index", "took", time.Since(start))
	}
}

// ErrExists is returned when an article would replace one it may not.
var ErrExists = errors.New("article exists")

// closed reports whether the index has been closed.
func (ix *Index) closed() bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.bi == nil
}

// writer applies documents to one bleve index in batches, each batch with
// the manifest as it stands after it. Batches are written by a goroutine of
// their own, one at a time and in order, while the next one fills, so that
// parsing and extraction go on while bleve writes.
type writer struct {
	bi       bleve.Index
	batch    *bleve.Batch
	manifest map[string]*knowledge.ArticleInfo
	max      int
	docs     int
	// published, if set, receives the manifest after each applied batch.
	published func(map[string]*knowledge.ArticleInfo)
	// scope, if set, is told of a guild scope before its documents are written.
	scope func(string)

	queue chan written
	done  chan struct{}
	mu    sync.Mutex
	err   error // the first write that failed
}

// written is a batch on its way to the index, with the manifest after it.
type written struct {
	batch    *bleve.Batch
	manifest map[string]*knowledge.ArticleInfo
}

func (w *writer) start() {
	w.queue = make(chan written, 1)
	w.done = make(chan struct{})
	go func() {
		defer close(w.done)
		for job := range w.queue {
			if w.failed() != nil {
				continue
			}
			if err := w.bi.Batch(job.batch); err != nil {
				w.mu.Lock()
				w.err = fmt.Errorf("cannot write index batch: %w", err)
				w.mu.Unlock()
				continue
			}
			if w.published != nil {
				w.published(job.manifest)
			}
		}
	}()
}

func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// close waits until every batch is written and returns the first error.
func (w *writer) close() error {
	if w.queue != nil {
		close(w.queue)
		<-w.done
		w.queue = nil
	}
	return w.failed()
}

func (w *writer) remove(id string) {
	if old, ok := w.manifest[id]; ok {
		for _, docID := range docIDs(old) {
			w.batch.Delete(docID)
		}
		delete(w.manifest, id)
	}
}

func (w *writer) add(a *knowledge.Article, facts knowledge.Facts) error {
	w.remove(a.ID)
	if w.scope != nil && a.Scope != knowledge.SharedScope {
		w.scope(a.Scope)
	}
	info, docs := documents(a, facts)
	for _, d := range docs {
		if err := w.batch.Index(d.id, d.fields); err != nil {
			return fmt.Errorf("cannot index %s: %w", a.ID, err)
		}
	}
	w.docs += len(docs)
	w.manifest[a.ID] = info
	if w.batch.Size() >= w.max {
		return w.flush(nil)
	}
	return nil
}

// flush sends the batch to be written with the manifest as it now stands.
func (w *writer) flush(m *meta) error {
	if err := w.failed(); err != nil {
		return err
	}
	raw, err := json.Marshal(w.manifest)
	if err != nil {
		return err
	}
	w.batch.SetInternal([]byte(manifestKey), raw)
	if m != nil {
		mraw, _ := json.Marshal(m)
		w.batch.SetInternal([]byte(metaKey), mraw)
	}
	job := written{batch: w.batch}
	if w.published != nil {
		job.manifest = cloneManifest(w.manifest)
	}
	// A new batch, not Reset: the old one is still being written.
	w.batch = w.bi.NewBatch()
	if w.queue == nil {
		w.start()
	}
	w.queue <- job
	return nil
}

func cloneManifest(m map[string]*knowledge.ArticleInfo) map[string]*knowledge.ArticleInfo {
	c := make(map[string]*knowledge.ArticleInfo, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// Sync brings the index up to date with a corpus: new and changed articles
// are (re)indexed, articles whose file is gone are removed, unchanged ones
// (same content hash) are not touched. Articles added with Add are kept.
func (ix *Index) Sync(ctx context.Context, corpus fs.FS, opt SyncOptions) (Report, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ix.mu.RLock()
	bi, manifest := ix.bi, cloneManifest(ix.manifest)
	ix.mu.RUnlock()
	if bi == nil {
		return Report{}, ErrClosed
	}
	w := ix.newWriter(bi, manifest, opt, true)
	return ix.sync(ctx, w, corpus, opt)
}

// Rebuild indexes the corpus from scratch into a new generation beside the
// live one, then swaps it in atomically. Searches are answered from the old
// index until the swap; if the rebuild fails or the process dies, the old
// index stays. Articles added with Add are carried over.
func (ix *Index) Rebuild(ctx context.Context, corpus fs.FS, opt SyncOptions) (Report, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	if ix.closed() {
		return Report{}, ErrClosed
	}
	gen, bi, err := ix.newGeneration()
	if err != nil {
		return Report{}, err
	}
	ok := false
	defer func() {
		if !ok {
			bi.Close()
			os.RemoveAll(filepath.Join(ix.dir, gen))
		}
	}()
	ix.setRebuilding(true)
	defer ix.setRebuilding(false)

	w := ix.newWriter(bi, map[string]*knowledge.ArticleInfo{}, opt, false)
	// Carry over the articles added from Discord: they have no corpus file.
	if err := ix.copyAdded(w); err != nil {
		return Report{}, err
	}
	rep, err := ix.sync(ctx, w, corpus, opt)
	if err != nil {
		return rep, err
	}
	// Swap: the link first (what a restart opens), then the live handle.
	if err := ix.publish(gen); err != nil {
		return rep, err
	}
	ix.mu.Lock()
	old, oldGen := ix.bi, ix.gen
	ix.bi, ix.gen = bi, gen
	ix.setManifest(w.manifest)
	ix.meta = meta{Extractor: knowledge.ExtractorVersion(), LastIndexed: time.Now().UTC(), Skipped: rep.Skipped}
	ix.mu.Unlock()
	ok = true
	if old != nil {
		old.Close()
	}
	os.RemoveAll(filepath.Join(ix.dir, oldGen))
	return rep, nil
}

func (ix *Index) setRebuilding(b bool) {
	ix.mu.Lock()
	ix.rebuilding = b
	ix.mu.Unlock()
}

func (ix *Index) newWriter(bi bleve.Index, manifest map[string]*knowledge.ArticleInfo, opt SyncOptions, live bool) *writer {
	w := &writer{bi: bi, batch: bi.NewBatch(), manifest: manifest, max: opt.BatchDocs}
	if w.max <= 0 {
		w.max = 4000
	}
	w.scope = func(s string) {
		ix.mu.Lock()
		ix.scopes[s] = true
		ix.mu.Unlock()
	}
	if live {
		w.published = func(m map[string]*knowledge.ArticleInfo) {
			ix.mu.Lock()
			ix.setManifest(m)
			ix.mu.Unlock()
		}
	}
	return w
}

// job is one corpus file on its way through the pipeline.
type job struct {
	file    knowledge.File
	article *knowledge.Article
	facts   knowledge.Facts
	same    bool // unchanged since the last update
	err     error
}

func (ix *Index) sync(ctx context.Context, w *writer, corpus fs.FS, opt SyncOptions) (Report, error) {
	start := time.Now()
	files, skips, err := knowledge.Scan(corpus)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Files: len(files), Skipped: skips}
	// Articles whose content is unchanged are skipped, unless their facts
	// came from another version of the extractor.
	hashes := make(map[string]string, len(w.manifest))
	ix.mu.RLock()
	sameExtractor := ix.meta.Extractor == knowledge.ExtractorVersion()
	ix.mu.RUnlock()
	for id, a := range w.manifest {
		if !a.Added && sameExtractor {
			hashes[id] = a.Hash
		}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan knowledge.File)
	results := make(chan job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				if opt.Yield != nil {
					opt.Yield(ctx)
				}
				results <- process(corpus, f, hashes[f.Path], opt.MaxFileSize)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, f := range files {
			select {
			case jobs <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	seen := make(map[string]bool, len(files))
	done := 0
	var werr error
	for j := range results {
		done++
		if opt.Progress != nil {
			opt.Progress(Progress{Done: done, Total: len(files)})
		}
		if werr != nil {
			continue // drain
		}
		switch {
		case j.err != nil:
			rep.Skipped = append(rep.Skipped, knowledge.Skip{Path: j.file.Path, Reason: j.err.Error()})
			ix.log.Debug("skipped a file", "file", j.file.Path, "reason", j.err.Error())
		case j.same:
			seen[j.file.Path] = true
			rep.Unchanged++
		case w.manifest[j.file.Path] != nil && w.manifest[j.file.Path].Added:
			rep.Skipped = append(rep.Skipped, knowledge.Skip{Path: j.file.Path, Reason: "an article added from Discord has this id"})
		default:
			seen[j.file.Path] = true
			if _, ok := w.manifest[j.file.Path]; ok {
				rep.Updated++
			} else {
				rep.Added++
			}
			werr = w.add(j.article, j.facts)
		}
		if werr == nil && ctx.Err() != nil {
			werr = ctx.Err()
		}
	}
	if werr == nil {
		werr = ctx.Err()
	}
	if werr != nil {
		w.close()
		return rep, werr
	}
	for id, a := range w.manifest {
		if !a.Added && !seen[id] {
			w.remove(id)
			rep.Removed++
		}
	}
	sort.Slice(rep.Skipped, func(i, j int) bool { return rep.Skipped[i].Path < rep.Skipped[j].Path })
	m := meta{Extractor: knowledge.ExtractorVersion(), LastIndexed: time.Now().UTC(), Skipped: rep.Skipped}
	if err := w.flush(&m); err != nil {
		w.close()
		return rep, err
	}
	if err := w.close(); err != nil {
		return rep, err
	}
	// After a large update, merge the index's segments into one: searches
	// and name completion then walk one term dictionary instead of a dozen.
	if w.docs >= compactAfterDocs {
		compact(ctx, w.bi, ix.log)
	}
	if w.published != nil {
		ix.mu.Lock()
		ix.meta = m
		ix.mu.Unlock()
	}
	rep.Documents = w.docs
	rep.Took = time.Since(start)
	return rep, nil
}

// process reads, parses and extracts one file, unless its hash is known.
func process(corpus fs.FS, f knowledge.File, knownHash string, maxSize int64) job {
	j := job{file: f}
	data, err := knowledge.ReadFile(corpus, f, maxSize)
	if err != nil {
		j.err = err
		return j
	}
	if knownHash != "" && knowledge.Hash(data) == knownHash {
		j.same = true
		return j
	}
	a, err := knowledge.Parse(f.Path, f.Path, data, knowledge.ParseOptions{})
	if err != nil {
		j.err = err
		return j
	}
	j.article, j.facts = a, knowledge.Extract(a)
	return j
}

// Add indexes one article at once, replacing an article with the same ID
// added the same way in the same scope. It is how articles arrive from
// Discord: a.Scope says who may see it, and a corpus update keeps it.
func (ix *Index) Add(ctx context.Context, a *knowledge.Article) (knowledge.ArticleInfo, error) {
	if a.Scope == "" {
		a.Scope = knowledge.SharedScope
	}
	return ix.addFacts(a, knowledge.Extract(a))
}

// addFacts indexes an article with the facts given.
func (ix *Index) addFacts(a *knowledge.Article, facts knowledge.Facts) (knowledge.ArticleInfo, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	w, err := ix.liveWriter()
	if err != nil {
		return knowledge.ArticleInfo{}, err
	}
	if old, ok := w.manifest[a.ID]; ok && (old.Scope != a.Scope || !old.Added) {
		return knowledge.ArticleInfo{}, fmt.Errorf("%w: another article has the id %q", ErrExists, a.ID)
	}
	if err := w.add(a, facts); err != nil {
		return knowledge.ArticleInfo{}, err
	}
	w.manifest[a.ID].Added = true
	return *w.manifest[a.ID], w.commit()
}

// liveWriter is a writer into the live index for one change; the caller
// holds writeMu.
func (ix *Index) liveWriter() (*writer, error) {
	ix.mu.RLock()
	bi, manifest := ix.bi, cloneManifest(ix.manifest)
	ix.mu.RUnlock()
	if bi == nil {
		return nil, ErrClosed
	}
	return ix.newWriter(bi, manifest, SyncOptions{}, true), nil
}

// commit writes what the writer holds and waits until it is written.
func (w *writer) commit() error {
	if err := w.flush(nil); err != nil {
		w.close()
		return err
	}
	return w.close()
}

// Remove deletes an article that was added with Add in the same scope;
// ErrNotFound if there is none. Corpus articles go when their file does.
func (ix *Index) Remove(ctx context.Context, scope, id string) (knowledge.ArticleInfo, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	w, err := ix.liveWriter()
	if err != nil {
		return knowledge.ArticleInfo{}, err
	}
	if scope == "" {
		scope = knowledge.SharedScope
	}
	old, ok := w.manifest[id]
	if !ok || old.Scope != scope || !old.Added {
		return knowledge.ArticleInfo{}, fmt.Errorf("article %q: %w", id, knowledge.ErrNotFound)
	}
	w.remove(id)
	return *old, w.commit()
}

// copyAdded copies the articles added with Add (not from the corpus) into a
// rebuild, from their stored passages and facts.
func (ix *Index) copyAdded(w *writer) error {
	ix.mu.RLock()
	var added []*knowledge.ArticleInfo
	for _, a := range ix.manifest {
		if a.Added {
			added = append(added, a)
		}
	}
	bi := ix.bi
	ix.mu.RUnlock()
	for _, info := range added {
		a, err := loadArticle(bi, info)
		if err != nil {
			return fmt.Errorf("cannot carry over %s: %w", info.ID, err)
		}
		if err := w.add(a, knowledge.Extract(a)); err != nil {
			return err
		}
		w.manifest[a.ID].Added = true
	}
	return nil
}

// documents turns an article and its facts into index documents: one per
// paragraph, with the claims and figures that stand in it, and one for the
// article's title, entities and disputes.
func documents(a *knowledge.Article, f knowledge.Facts) (*knowledge.ArticleInfo, []doc) {
	info := &knowledge.ArticleInfo{
		ID: a.ID, Title: a.Title, URL: a.URL, Published: a.Published, Scope: a.Scope, Hash: a.Hash,
		Paragraphs: len(a.Paragraphs), Entities: len(f.Entities), Claims: len(f.Claims), Figures: len(f.Figures),
		Disputes: len(f.Disputes), Indexed: time.Now().UTC(), Fingerprint: fingerprint(a.Paragraphs),
	}
	claimsAt := map[int][]claimDoc{}
	for i, c := range f.Claims {
		claimsAt[c.Paragraph] = append(claimsAt[c.Paragraph], claimDoc{Claim: c, Index: i, Disputes: disputesOf(f.Disputes, i, f.Claims)})
	}
	figuresAt := map[int][]knowledge.Figure{}
	for _, fg := range f.Figures {
		figuresAt[fg.Paragraph] = append(figuresAt[fg.Paragraph], fg)
	}
	docs := make([]doc, 0, len(a.Paragraphs)+1)
	for _, p := range a.Paragraphs {
		m := map[string]any{"type": typePassage, "article": a.ID, "scope": a.Scope, "n": float64(p.N), "kind": string(p.Kind)}
		if answerable(p.Kind) {
			m["text"] = p.Text
			info.Passages++
		} else {
			m["raw"] = p.Text // kept for display, never matched
		}
		var facts []string
		if cs := claimsAt[p.N]; len(cs) > 0 {
			facts = append(facts, "claim")
			var speakers, keys, complete []string
			for _, c := range cs {
				if c.Speaker != "" {
					speakers = append(speakers, c.Speaker)
					keys = append(keys, nameKey(c.Speaker))
					complete = append(complete, completionTerms(a.Scope, c.Speaker, nil)...)
				}
			}
			m["speakers"], m["speakerkey"], m["scomplete"], m["claims"] = strings.Join(speakers, " | "), keys, complete, mustJSON(cs)
		}
		if fs := figuresAt[p.N]; len(fs) > 0 {
			facts = append(facts, "figure")
			m["figures"] = mustJSON(fs)
		}
		if len(facts) > 0 {
			m["facts"] = facts
		}
		docs = append(docs, doc{passageID(a.ID, p.N), m})
	}
	{
		var names, keys, complete []string
		for _, e := range f.Entities {
			names = append(names, e.Name)
			names = append(names, e.Aliases...)
			keys = append(keys, nameKey(e.Name))
			for _, al := range e.Aliases {
				keys = append(keys, nameKey(al))
			}
			complete = append(complete, completionTerms(a.Scope, e.Name, e.Aliases)...)
		}
		docs = append(docs, doc{factsID(a.ID), map[string]any{"type": typeFacts, "article": a.ID, "scope": a.Scope,
			"heading": a.Title, "names": strings.Join(names, " | "), "keys": keys, "ecomplete": complete,
			"data": mustJSON(articleFacts{Entities: f.Entities, Disputes: f.Disputes})}})
	}
	return info, docs
}

// articleFacts is what the facts document of an article stores.
type articleFacts struct {
	Entities []knowledge.Entity  `json:"entities"`
	Disputes []knowledge.Dispute `json:"disputes"`
}

// answerable tells the paragraphs that can answer a question: body text and
// captions. The title is searched with every passage of its article instead.
func answerable(k knowledge.Kind) bool { return k == knowledge.KindBody || k == knowledge.KindCaption }

type doc struct {
	id     string
	fields map[string]any
}

// claimDoc is a claim as stored, with the claims it disputes.
type claimDoc struct {
	knowledge.Claim
	// Index is the claim's place in the article's list, which disputes refer to.
	Index    int          `json:"index"`
	Disputes []disputeRef `json:"disputes,omitempty"`
}

type disputeRef struct {
	About  string            `json:"about"`
	Others []knowledge.Claim `json:"others"`
}

func disputesOf(ds []knowledge.Dispute, i int, claims []knowledge.Claim) []disputeRef {
	var out []disputeRef
	for _, d := range ds {
		if !slices.Contains(d.Claims, i) {
			continue
		}
		ref := disputeRef{About: d.About}
		for _, k := range d.Claims {
			if k != i && k >= 0 && k < len(claims) {
				ref.Others = append(ref.Others, claims[k])
			}
		}
		out = append(out, ref)
	}
	return out
}

func factsID(article string) string          { return "x:" + article }
func passageID(article string, n int) string { return "p:" + article + "#" + strconv.Itoa(n) }

// docIDs lists every document an indexed article owns.
func docIDs(a *knowledge.ArticleInfo) []string {
	ids := make([]string, 0, a.Paragraphs+1)
	for n := 1; n <= a.Paragraphs; n++ {
		ids = append(ids, passageID(a.ID, n))
	}
	return append(ids, factsID(a.ID))
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // facts are plain data; this cannot fail
	}
	return string(b)
}

// nameKey normalises a name for exact lookups: lower case, accents folded,
// single spaces, no leading "the", hyphens as spaces.
func nameKey(name string) string {
	name = knowledge.FoldAccents(strings.ToLower(strings.TrimSpace(name)))
	name = strings.TrimPrefix(name, "the ")
	name = strings.NewReplacer("-", " ", "’", "'", ".", "").Replace(name)
	return strings.Join(strings.Fields(name), " ")
}
