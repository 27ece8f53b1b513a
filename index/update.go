package index

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path"
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
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

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

// defaultBatchDocs is how many documents go into one bleve batch.
const defaultBatchDocs = 4000

// compactAfterDocs is how many documents an update writes before the
// index is compacted.
const compactAfterDocs = 20000

// maxSegmentDocs bounds the documents of a merged segment, in merges while
// indexing and in compaction: a merge reads all its segments (they count
// in the process's memory while mapped) and builds the new one's
// dictionaries in memory, so unbounded merges made memory grow with the
// corpus. An index of up to about 13,000 articles is compacted into one
// segment; a larger one into segments of 100,000 to 200,000 documents.
const maxSegmentDocs = 200_000

// scorchConfig is the configuration of a new generation's bleve index; it
// is kept in the index's metadata and applies whenever it is opened.
func scorchConfig() map[string]any {
	return map[string]any{"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": maxSegmentDocs}}
}

// compactPlan merges segments as far as maxSegmentDocs allows.
func compactPlan() *mergeplan.MergePlanOptions {
	o := mergeplan.SingleSegmentMergePlanOptions
	o.MaxSegmentSize, o.FloorSegmentSize = maxSegmentDocs, maxSegmentDocs
	return &o
}

// compact merges an index's segments into as few as maxSegmentDocs allows,
// if its engine can, and waits until the files of the segments it replaced
// are deleted.
func compact(ctx context.Context, bi bleve.Index, log *slog.Logger) {
	adv, err := bi.Advanced()
	if err != nil {
		return
	}
	if s, ok := adv.(*scorch.Scorch); ok {
		start := time.Now()
		// A merge the background merger had under way when the forced one
		// was planned ends after it: merge again while that helps.
		for pass, before := 0, segmentsOf(s); pass < 3; pass++ {
			if err := s.ForceMerge(ctx, compactPlan()); err != nil {
				log.Warn("could not compact the index", "err", err)
				return
			}
			after := segmentsOf(s)
			if after <= 1 || after >= before {
				break
			}
			before = after
		}
		settle(ctx, bi, s)
		log.Debug("compacted the index", "took", time.Since(start))
	}
}

// segmentsOf is how many segments an index has on disk.
func segmentsOf(s *scorch.Scorch) uint64 {
	n, _ := s.StatsMap()["TotFileSegmentsAtRoot"].(uint64)
	return n
}

// settleWait is how long settle waits for replaced files to be deleted.
const settleWait = 5 * time.Second

// settle waits until the index folder holds only the files of the live
// segments. scorch deletes replaced segment files when its persister next
// goes idle with no snapshot using them; after a merge that may be only at
// the next write, or the next open, which leaves the index twice its size
// on disk meanwhile. settle makes tiny writes (the sequence number, set
// again to its value) to run the persister until the files are gone.
func settle(ctx context.Context, bi bleve.Index, s *scorch.Scorch) {
	deadline := time.Now().Add(settleWait)
	for pause := time.Millisecond; time.Now().Before(deadline) && ctx.Err() == nil; pause = min(2*pause, 100*time.Millisecond) {
		st := s.StatsMap()
		files, _ := st["CurOnDiskFiles"].(uint64)
		live := segmentsOf(s)
		if files <= live+1 { // the segments and root.bolt
			return
		}
		seq, err := bi.GetInternal([]byte(seqKey))
		if err != nil {
			return
		}
		b := bi.NewBatch()
		b.SetInternal([]byte(seqKey), seq)
		if err := bi.Batch(b); err != nil {
			return
		}
		time.Sleep(pause)
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

// writer applies documents to one bleve index in batches. Each batch goes
// with the manifest log lines of the articles it changes (see manifest.go).
// Batches are written by a goroutine of their own, one at a time and in
// order, while the next one fills, so that parsing and extraction go on
// while bleve writes.
type writer struct {
	ix   *Index
	bi   bleve.Index
	mlog *manifestLog
	// live is set when the writer writes into the live generation: each
	// batch's changes are then published to the index's manifest once
	// written. A rebuild's writer publishes nothing until the swap.
	live bool
	// changes are the entries this writer has set (nil: removed); lookups
	// see them before the manifest below (the live one, or none).
	changes map[string]*entry
	// scope, if set, is told of a guild scope before its documents are written.
	scope func(string)

	batch *bleve.Batch
	lines bytes.Buffer // the batch's manifest log lines
	enc   *json.Encoder
	delta []change // the batch's changes, to publish
	seq   uint64   // the sequence number of the last batch handed out
	max   int
	docs  int

	queue chan written
	done  chan struct{}
	mu    sync.Mutex
	err   error // the first write that failed
}

// change is an article set (e non-nil) or removed by a batch.
type change struct {
	id string
	e  *entry
}

// written is a batch on its way to the index, with its manifest log lines.
type written struct {
	batch  *bleve.Batch
	lines  []byte
	nlines int
	seq    uint64
	delta  []change
	meta   *meta
}

func (ix *Index) newWriter(bi bleve.Index, mlog *manifestLog, seq uint64, opt SyncOptions, live bool) *writer {
	w := &writer{ix: ix, bi: bi, mlog: mlog, live: live, changes: map[string]*entry{}, batch: bi.NewBatch(), seq: seq, max: opt.BatchDocs}
	w.enc = json.NewEncoder(&w.lines)
	w.enc.SetEscapeHTML(false)
	if w.max <= 0 {
		w.max = defaultBatchDocs
	}
	w.scope = func(s string) {
		ix.mu.Lock()
		ix.scopes[s] = true
		ix.mu.Unlock()
	}
	return w
}

// liveWriter is a writer into the live index; the caller holds writeMu.
func (ix *Index) liveWriter(opt SyncOptions) (*writer, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.bi == nil {
		return nil, ErrClosed
	}
	if ix.readOnly {
		return nil, ErrReadOnly
	}
	return ix.newWriter(ix.bi, ix.mlog, ix.seq, opt, true), nil
}

// lookup is the entry of an article as this writer sees it.
func (w *writer) lookup(id string) *entry {
	if e, ok := w.changes[id]; ok {
		return e
	}
	if !w.live {
		return nil
	}
	w.ix.mu.RLock()
	defer w.ix.mu.RUnlock()
	return w.ix.manifest[id]
}

// each calls f for every article as this writer sees it. f must not
// change the writer.
func (w *writer) each(f func(id string, e *entry)) {
	for id, e := range w.changes {
		if e != nil {
			f(id, e)
		}
	}
	if !w.live {
		return
	}
	w.ix.mu.RLock()
	defer w.ix.mu.RUnlock()
	for id, e := range w.ix.manifest {
		if _, ok := w.changes[id]; !ok {
			f(id, e)
		}
	}
}

func (w *writer) start() {
	w.queue = make(chan written, 1)
	w.done = make(chan struct{})
	go func() {
		defer close(w.done)
		for job := range w.queue {
			if w.failed() == nil {
				w.fail(w.write(job))
			}
		}
	}()
}

// write writes one batch: its log lines first, then the documents, then
// publishes its changes.
func (w *writer) write(job written) error {
	size, records := w.mlog.size, w.mlog.records
	if job.nlines > 0 {
		if err := w.mlog.write(job.lines, job.nlines); err != nil {
			return err
		}
	}
	if err := w.bi.Batch(job.batch); err != nil {
		err = fmt.Errorf("cannot write index batch: %w", err)
		if job.nlines > 0 {
			w.mlog.size, w.mlog.records = size, records
			err = w.mlog.undo(err)
		}
		return err
	}
	if !w.live {
		return nil
	}
	ix := w.ix
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, c := range job.delta {
		if c.e != nil {
			ix.manifest[c.id] = c.e
		} else {
			delete(ix.manifest, c.id)
		}
	}
	if job.nlines > 0 {
		ix.seq = job.seq
	}
	if job.meta != nil {
		ix.meta = *job.meta
	}
	ix.changed()
	return nil
}

func (w *writer) fail(err error) {
	if err == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
	}
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

// set records an article's new entry (nil: removed) in the batch's log
// lines and changes.
func (w *writer) set(id string, e *entry) {
	w.changes[id] = e
	if err := w.enc.Encode(record{Seq: w.seq + 1, ID: id, Article: e}); err != nil {
		panic(err) // entries are plain data; this cannot fail
	}
	w.delta = append(w.delta, change{id, e})
}

// deleteDocs deletes the documents of an indexed article.
func (w *writer) deleteDocs(old *entry) {
	for n := 1; n <= old.Paragraphs; n++ {
		w.batch.Delete(passageID(old.ID, n))
	}
	w.batch.Delete(factsID(old.ID))
}

func (w *writer) remove(id string) error {
	if old := w.lookup(id); old != nil {
		w.deleteDocs(old)
		w.set(id, nil)
	}
	return w.flushIfFull()
}

// add indexes an article, replacing the one with its ID if any. stamp is
// the file's (mtime and size, see entry), added marks an article from Discord.
func (w *writer) add(a *knowledge.Article, facts knowledge.Facts, f knowledge.File, added bool) error {
	if old := w.lookup(a.ID); old != nil {
		w.deleteDocs(old)
	}
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
	e := &entry{ArticleInfo: *info}
	e.Added = added
	if !added {
		e.ModTime, e.Size = stampOf(f)
	}
	w.set(a.ID, e)
	return w.flushIfFull()
}

// restamp records a new file stamp for an article whose content has not
// changed, so that the next resync passes over it without reading it.
func (w *writer) restamp(old *entry, f knowledge.File) error {
	e := *old
	e.ModTime, e.Size = stampOf(f)
	w.set(old.ID, &e)
	return w.flushIfFull()
}

func (w *writer) flushIfFull() error {
	if w.batch.Size() >= w.max || len(w.delta) >= w.max {
		return w.flush(nil)
	}
	return nil
}

// flush sends the batch to be written, with its log lines and, if m is
// set, the index's meta data.
func (w *writer) flush(m *meta) error {
	if err := w.failed(); err != nil {
		return err
	}
	job := written{batch: w.batch, delta: w.delta, meta: m, nlines: len(w.delta)}
	if job.nlines > 0 {
		w.seq++
		job.seq = w.seq
		job.lines = bytes.Clone(w.lines.Bytes())
		w.batch.SetInternal([]byte(seqKey), strconv.AppendUint(nil, w.seq, 10))
	}
	if m != nil {
		mraw, _ := json.Marshal(m)
		w.batch.SetInternal([]byte(metaKey), mraw)
	}
	// A new batch, not Reset: the old one is still being written.
	w.batch = w.bi.NewBatch()
	w.lines.Reset()
	w.delta = nil
	if w.queue == nil {
		w.start()
	}
	w.queue <- job
	return nil
}

// commit writes what the writer holds, waits until it is written, and
// rewrites the manifest log if it has grown too long.
func (w *writer) commit(m *meta) error {
	if err := w.flush(m); err != nil {
		w.close()
		return err
	}
	if err := w.close(); err != nil {
		return err
	}
	if !w.live {
		return nil
	}
	ix := w.ix
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if !w.mlog.tooLong(len(ix.manifest)) {
		return nil
	}
	if err := w.mlog.rewrite(ix.manifest, ix.seq); err != nil {
		ix.log.Warn("could not rewrite the index manifest; it stays as it is", "err", err)
	}
	return nil
}

// Sync brings the index up to date with a corpus: new and changed articles
// are (re)indexed, articles whose file is gone are removed, unchanged ones
// (same file stamp, or same content hash) are not touched. Articles added
// with Add are kept.
func (ix *Index) Sync(ctx context.Context, corpus fs.FS, opt SyncOptions) (Report, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	w, err := ix.liveWriter(opt)
	if err != nil {
		return Report{}, err
	}
	p, err := fullPlan(corpus)
	if err != nil {
		return Report{}, err
	}
	return ix.update(ctx, w, corpus, p, opt)
}

// Apply brings the index up to date with some paths of a corpus only, as
// Sync does for all of it: each path (slash-separated, relative to the
// corpus root) is a file or folder that was added, changed, renamed or
// deleted. It is how the watcher applies changes without a full resync.
func (ix *Index) Apply(ctx context.Context, corpus fs.FS, paths []string, opt SyncOptions) (Report, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	w, err := ix.liveWriter(opt)
	if err != nil {
		return Report{}, err
	}
	p, err := pathsPlan(corpus, paths)
	if err != nil {
		return Report{}, err
	}
	return ix.update(ctx, w, corpus, p, opt)
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
	if ix.readOnly {
		return Report{}, ErrReadOnly
	}
	p, err := fullPlan(corpus)
	if err != nil {
		return Report{}, err
	}
	gen, bi, err := ix.newGeneration()
	if err != nil {
		return Report{}, err
	}
	mlog := &manifestLog{path: filepath.Join(ix.dir, gen, manifestFile)}
	ok := false
	defer func() {
		if !ok {
			mlog.close()
			bi.Close()
			os.RemoveAll(filepath.Join(ix.dir, gen))
		}
	}()
	if err := mlog.rewrite(nil, 0); err != nil {
		return Report{}, err
	}
	ix.setRebuilding(true)
	defer ix.setRebuilding(false)

	w := ix.newWriter(bi, mlog, 0, opt, false)
	// Carry over the articles added from Discord: they have no corpus file.
	if err := ix.copyAdded(w); err != nil {
		return Report{}, err
	}
	rep, err := ix.update(ctx, w, corpus, p, opt)
	if err != nil {
		return rep, err
	}
	// Swap: the link first (what a restart opens), then the live handle.
	if err := ix.publish(gen); err != nil {
		return rep, err
	}
	manifest := make(map[string]*entry, len(w.changes))
	for id, e := range w.changes {
		if e != nil {
			manifest[id] = e
		}
	}
	ix.mu.Lock()
	old, oldGen, oldLog := ix.bi, ix.gen, ix.mlog
	ix.bi, ix.gen, ix.mlog, ix.seq = bi, gen, mlog, w.seq
	// (segment numbers are the old index's: its caches go with it)
	ix.postings, ix.passages = newPostingsCache(postingsCacheBytes), newPassageCache(passageCacheSize)
	ix.manifest = manifest
	ix.changed()
	ix.meta = meta{Extractor: knowledge.ExtractorVersion(), LastIndexed: time.Now().UTC(), Skipped: rep.Skipped}
	ix.mu.Unlock()
	ok = true
	oldLog.close()
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

// plan is what an update looks at: the corpus files to index if they
// changed, and which of the articles indexed before it covers.
type plan struct {
	files []knowledge.File
	skips []knowledge.Skip
	full  bool // the whole corpus
	// covers reports whether an article or skipped file lies under what
	// was looked at, so that, not found among files, it is gone.
	covers func(id string) bool
}

// fullPlan looks at the whole corpus.
func fullPlan(corpus fs.FS) (plan, error) {
	files, skips, err := knowledge.Scan(corpus)
	if err != nil {
		return plan{}, err
	}
	return plan{files: files, skips: skips, full: true, covers: func(string) bool { return true }}, nil
}

// pathsPlan looks at some files and folders of a corpus.
func pathsPlan(corpus fs.FS, paths []string) (plan, error) {
	var p plan
	roots := make([]string, 0, len(paths))
	for _, root := range paths {
		root = path.Clean(root)
		if !fs.ValidPath(root) {
			return plan{}, fmt.Errorf("not a path inside the corpus: %q", root)
		}
		if root == "." {
			return fullPlan(corpus)
		}
		if hidden(root) {
			continue // Scan passes over hidden files and folders
		}
		roots = append(roots, root)
	}
	slices.Sort(roots)
	roots = slices.Compact(roots)
	for _, root := range roots {
		files, skips, err := knowledge.ScanPath(corpus, root)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return plan{}, err
		}
		p.files = append(p.files, files...)
		p.skips = append(p.skips, skips...)
	}
	// A file under two roots (a folder and a file in it) is looked at once.
	slices.SortFunc(p.files, func(a, b knowledge.File) int { return strings.Compare(a.Path, b.Path) })
	p.files = slices.CompactFunc(p.files, func(a, b knowledge.File) bool { return a.Path == b.Path })
	p.covers = func(id string) bool {
		for _, r := range roots {
			if id == r || strings.HasPrefix(id, r) && id[len(r)] == '/' {
				return true
			}
		}
		return false
	}
	return p, nil
}

// hidden reports whether a corpus path is, or lies in, a hidden file or folder.
func hidden(p string) bool {
	return strings.HasPrefix(p, ".") || strings.Contains(p, "/.")
}

// job is one corpus file on its way through the pipeline.
type job struct {
	file    knowledge.File
	known   *entry // the article indexed from this path before, if any
	article *knowledge.Article
	facts   knowledge.Facts
	same    bool // unchanged since the last update
	restamp bool // unchanged, but the file's stamp is new
	err     error
}

// update indexes what p looks at through w and commits it.
func (ix *Index) update(ctx context.Context, w *writer, corpus fs.FS, p plan, opt SyncOptions) (Report, error) {
	start := time.Now()
	rep := Report{Files: len(p.files)}
	// What each file was indexed as, unless its facts came from another
	// version of the extractor (then it is made again) or it is an article
	// added from Discord (which a corpus file may not replace).
	ix.mu.RLock()
	sameExtractor := ix.meta.Extractor == knowledge.ExtractorVersion()
	oldMeta := ix.meta
	ix.mu.RUnlock()
	// Articles added from Discord have no file to read again: a full update
	// by a new extractor makes their facts again from their stored text, as
	// a rebuild does, before it records the new version.
	if !sameExtractor && p.full && w.live {
		if err := ix.copyAdded(w); err != nil {
			return rep, err
		}
	}
	known := make([]*entry, len(p.files))
	if sameExtractor {
		for i, f := range p.files {
			if e := w.lookup(f.Path); e != nil && !e.Added {
				known[i] = e
			}
		}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type todo struct {
		file  knowledge.File
		known *entry
	}
	jobs := make(chan todo)
	results := make(chan job, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				if opt.Yield != nil {
					opt.Yield(ctx)
				}
				results <- process(corpus, t.file, t.known, opt.MaxFileSize)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, f := range p.files {
			select {
			case jobs <- todo{f, known[i]}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	seen := make(map[string]bool, len(p.files))
	var skipped []knowledge.Skip
	done := 0
	var werr error
	for j := range results {
		done++
		if opt.Progress != nil {
			opt.Progress(Progress{Done: done, Total: len(p.files)})
		}
		if werr != nil {
			continue // drain
		}
		id := j.file.Path
		switch {
		case j.err != nil:
			skipped = append(skipped, knowledge.Skip{Path: id, Reason: j.err.Error()})
			ix.log.Debug("skipped a file", "file", id, "reason", j.err.Error())
		case j.same:
			seen[id] = true
			rep.Unchanged++
			if j.restamp {
				werr = w.restamp(j.known, j.file)
			}
		default:
			old := w.lookup(id)
			if old != nil && old.Added {
				skipped = append(skipped, knowledge.Skip{Path: id, Reason: "an article added from Discord has this id"})
				continue
			}
			seen[id] = true
			if old != nil {
				rep.Updated++
			} else {
				rep.Added++
			}
			werr = w.add(j.article, j.facts, j.file, false)
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
	// Articles under what was looked at whose file is gone.
	var gone []string
	w.each(func(id string, e *entry) {
		if !e.Added && !seen[id] && p.covers(id) {
			gone = append(gone, id)
		}
	})
	slices.Sort(gone)
	for _, id := range gone {
		if err := w.remove(id); err != nil {
			w.close()
			return rep, err
		}
		rep.Removed++
	}
	// Skipped files: those found now, and those found before outside what
	// was looked at.
	for _, s := range oldMeta.Skipped {
		if !p.full && !p.covers(s.Path) {
			rep.Skipped = append(rep.Skipped, s)
		}
	}
	rep.Skipped = append(append(rep.Skipped, p.skips...), skipped...)
	sort.Slice(rep.Skipped, func(i, j int) bool { return rep.Skipped[i].Path < rep.Skipped[j].Path })
	m := meta{Extractor: oldMeta.Extractor, LastIndexed: time.Now().UTC(), Skipped: rep.Skipped}
	if p.full {
		m.Extractor = knowledge.ExtractorVersion()
	}
	if err := w.commit(&m); err != nil {
		return rep, err
	}
	// After a large update, merge the index's segments: searches and name
	// completion then walk few term dictionaries instead of many.
	if w.docs >= compactAfterDocs {
		compact(ctx, w.bi, ix.log)
	}
	rep.Documents = w.docs
	rep.Took = time.Since(start)
	return rep, nil
}

// process reads, parses and extracts one file, unless it is the one known:
// the same stamp, or else the same content hash.
func process(corpus fs.FS, f knowledge.File, known *entry, maxSize int64) job {
	j := job{file: f, known: known}
	if known.unchangedFile(f) {
		j.same = true
		return j
	}
	data, err := knowledge.ReadFile(corpus, f, maxSize)
	if err != nil {
		j.err = err
		return j
	}
	if known != nil && knowledge.Hash(data) == known.Hash {
		j.same, j.restamp = true, known.stampChanged(f)
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
	w, err := ix.liveWriter(SyncOptions{})
	if err != nil {
		return knowledge.ArticleInfo{}, err
	}
	if old := w.lookup(a.ID); old != nil && (old.Scope != a.Scope || !old.Added) {
		return knowledge.ArticleInfo{}, fmt.Errorf("%w: another article has the id %q", ErrExists, a.ID)
	}
	if err := w.add(a, facts, knowledge.File{}, true); err != nil {
		w.close()
		return knowledge.ArticleInfo{}, err
	}
	info := w.lookup(a.ID).ArticleInfo
	return info, w.commit(nil)
}

// Remove deletes an article that was added with Add in the same scope;
// ErrNotFound if there is none. Corpus articles go when their file does.
func (ix *Index) Remove(ctx context.Context, scope, id string) (knowledge.ArticleInfo, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	w, err := ix.liveWriter(SyncOptions{})
	if err != nil {
		return knowledge.ArticleInfo{}, err
	}
	if scope == "" {
		scope = knowledge.SharedScope
	}
	old := w.lookup(id)
	if old == nil || old.Scope != scope || !old.Added {
		return knowledge.ArticleInfo{}, fmt.Errorf("article %q: %w", id, knowledge.ErrNotFound)
	}
	if err := w.remove(id); err != nil {
		w.close()
		return knowledge.ArticleInfo{}, err
	}
	return old.ArticleInfo, w.commit(nil)
}

// copyAdded copies the articles added with Add (not from the corpus) into a
// rebuild, from their stored passages and facts.
func (ix *Index) copyAdded(w *writer) error {
	ix.mu.RLock()
	var added []knowledge.ArticleInfo
	for _, a := range ix.manifest {
		if a.Added {
			added = append(added, a.ArticleInfo)
		}
	}
	bi := ix.bi
	ix.mu.RUnlock()
	for _, info := range added {
		a, err := loadArticle(bi, &info)
		if err != nil {
			return fmt.Errorf("cannot carry over %s: %w", info.ID, err)
		}
		if err := w.add(a, knowledge.Extract(a), knowledge.File{}, true); err != nil {
			return err
		}
	}
	return nil
}

// documents turns an article and its facts into index documents: one per
// paragraph, with the claims and figures that stand in it, and one for the
// article's title, entities and disputes.
func documents(a *knowledge.Article, f knowledge.Facts) (*knowledge.ArticleInfo, []doc) {
	// The manifest keeps these strings for as long as the article is
	// indexed: copies, since the parser's are slices of the whole file,
	// which would stay in memory with them (at 500,000 articles, 2 GB).
	info := &knowledge.ArticleInfo{
		ID: strings.Clone(a.ID), Title: strings.Clone(a.Title), URL: strings.Clone(a.URL),
		Published: strings.Clone(a.Published), Scope: strings.Clone(a.Scope), Hash: strings.Clone(a.Hash),
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
		m := map[string]any{"type": typePassage, "article": a.ID, "n": float64(p.N), "kind": string(p.Kind)}
		if a.Scope != knowledge.SharedScope {
			m["scope"] = a.Scope
		}
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
		m := map[string]any{"type": typeFacts, "article": a.ID,
			"heading": a.Title, "names": strings.Join(names, " | "), "keys": keys, "ecomplete": complete,
			"data": mustJSON(articleFacts{Entities: f.Entities, Disputes: f.Disputes})}
		if a.Scope != knowledge.SharedScope {
			m["scope"] = a.Scope
		}
		docs = append(docs, doc{factsID(a.ID), m})
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
	name = nameKeyReplacer.Replace(name)
	return strings.Join(strings.Fields(name), " ")
}

// nameKeyReplacer is built once: a Replacer is safe for concurrent use,
// and building one per call was 2% of indexing time.
var nameKeyReplacer = strings.NewReplacer("-", " ", "’", "'", ".", "")
