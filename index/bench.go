package index

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/briefbot/briefbot/knowledge"
)

// The benchmark's phases. Each is meant to run in a process of its own
// (briefbot bench starts one per phase), so that its time and memory are
// its own and not what an earlier phase left behind.

// BenchPhase is what one phase measured.
type BenchPhase struct {
	Seconds    float64 `json:"seconds"`
	CPUSeconds float64 `json:"cpu_seconds"`
	// PeakRSSMB is the process's peak resident memory during the phase,
	// counted from the start of the phase (after the corpus was loaded,
	// for the baseline), in MB.
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	Articles   int     `json:"articles"`
	Paragraphs int     `json:"paragraphs"`
	Documents  int     `json:"documents"`
	// DiskMB is the size of the index folder afterwards.
	DiskMB float64 `json:"disk_mb"`
}

// BenchParagraphs parses a corpus as briefbot does and returns the text of
// its paragraphs, the baseline's input and the queries' source.
func BenchParagraphs(corpus fs.FS) (articles int, paras []string, err error) {
	files, _, err := knowledge.Scan(corpus)
	if err != nil {
		return 0, nil, err
	}
	for _, f := range files {
		data, err := knowledge.ReadFile(corpus, f, 0)
		if err != nil {
			continue
		}
		a, err := knowledge.Parse(f.Path, f.Path, data, knowledge.ParseOptions{})
		if err != nil {
			continue
		}
		articles++
		for _, p := range a.Paragraphs {
			paras = append(paras, p.Text)
		}
	}
	return articles, paras, nil
}

// baselineMapping is bleve given exactly what briefbot's passage text field
// has, and nothing else: the English analyser, BM25, the text stored; no
// term vectors, doc values or _all field.
func baselineMapping() mapping.IndexMapping {
	ours := buildMapping().(*mapping.IndexMappingImpl)
	text := ours.TypeMapping[typePassage].Properties["text"].Fields[0]
	m := bleve.NewIndexMapping()
	addTextAnalyzer(m) // briefbot's own chain of bleve's analysis filters
	m.ScoringModel = ours.ScoringModel
	m.StoreDynamic, m.IndexDynamic, m.DocValuesDynamic = false, false, false
	d := bleve.NewDocumentStaticMapping()
	d.AddFieldMappingsAt("text", text)
	d.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	m.DefaultMapping = d
	return m
}

// BenchBaseline indexes paragraphs, already in memory, with bleve alone
// into a new index in dir, in batches of the size briefbot uses.
func BenchBaseline(paras []string, dir string) (BenchPhase, error) {
	ph := BenchPhase{Paragraphs: len(paras), Documents: len(paras)}
	clock := startClock()
	bi, err := bleve.New(dir, baselineMapping())
	if err != nil {
		return ph, err
	}
	batch := bi.NewBatch()
	for i, p := range paras {
		if err := batch.Index(strconv.Itoa(i), map[string]any{"text": p}); err != nil {
			return ph, err
		}
		if batch.Size() >= defaultBatchDocs {
			if err := bi.Batch(batch); err != nil {
				return ph, err
			}
			batch = bi.NewBatch()
		}
	}
	if err := bi.Batch(batch); err != nil {
		return ph, err
	}
	err = bi.Close()
	clock.stop(&ph, dir)
	return ph, err
}

// BenchPipeline runs briefbot's whole path into a new index in dir: read,
// parse and extract every file of the corpus, index passages and facts.
func BenchPipeline(ctx context.Context, corpus fs.FS, dir string) (BenchPhase, error) {
	var ph BenchPhase
	clock := startClock()
	ix, err := Open(dir, Options{})
	if err != nil {
		return ph, err
	}
	rep, err := ix.Sync(ctx, corpus, SyncOptions{})
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	clock.stop(&ph, dir)
	ph.Articles, ph.Documents = rep.Added, rep.Documents
	return ph, err
}

// BenchServing is what a fresh process serving an index measured.
type BenchServing struct {
	// OpenSeconds is the time to open the index (and read its manifest).
	OpenSeconds float64 `json:"open_seconds"`
	Queries     int     `json:"queries"`
	QueryP50MS  float64 `json:"query_p50_ms"`
	QueryP99MS  float64 `json:"query_p99_ms"`
	QueryMaxMS  float64 `json:"query_max_ms"`
	Completions int     `json:"completions"`
	CompleteP50 float64 `json:"complete_p50_ms"`
	CompleteP99 float64 `json:"complete_p99_ms"`
	// RSSMB is the resident memory after the queries; PeakRSSMB the most
	// the process held, opening included. AnonMB is the part that is the
	// process's own memory, FileMB the pages of the index's files it has
	// read through its mappings (the kernel can drop those under pressure).
	RSSMB     float64 `json:"rss_mb"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
	AnonMB    float64 `json:"anon_mb"`
	FileMB    float64 `json:"file_mb"`
	// ResyncSeconds is a full resync with nothing changed.
	ResyncSeconds float64 `json:"resync_seconds"`
	// ChangeSeconds is the time from one changed file being applied (as
	// the watcher does) to a search finding its new text.
	ChangeSeconds float64 `json:"change_seconds"`
}

// BenchServe opens the index in dir as a server would, times searches
// and name completions, a full resync with nothing changed, and one
// changed file (changed in memory only: the corpus is not written).
func BenchServe(ctx context.Context, corpus fs.FS, dir string, queries, prefixes []string) (BenchServing, error) {
	var s BenchServing
	start := time.Now()
	ix, err := Open(dir, Options{})
	if err != nil {
		return s, err
	}
	defer ix.Close()
	s.OpenSeconds = time.Since(start).Seconds()
	lat := make([]time.Duration, 0, len(queries))
	for _, q := range queries {
		t := time.Now()
		if _, err := ix.Search(ctx, knowledge.Query{Text: q, Limit: 5}); err != nil {
			return s, fmt.Errorf("query %q: %w", q, err)
		}
		lat = append(lat, time.Since(t))
	}
	s.Queries = len(lat)
	s.QueryP50MS, s.QueryP99MS, s.QueryMaxMS = percentiles(lat)
	lat = lat[:0]
	for _, p := range prefixes {
		t := time.Now()
		ix.Complete(ctx, "", CompleteEntities, p, 25)
		lat = append(lat, time.Since(t))
	}
	s.Completions = len(lat)
	s.CompleteP50, s.CompleteP99, _ = percentiles(lat)
	s.RSSMB, s.PeakRSSMB = rssMB("VmRSS:"), rssMB("VmHWM:")
	s.AnonMB, s.FileMB = rssMB("RssAnon:"), rssMB("RssFile:")

	start = time.Now()
	if _, err := ix.Sync(ctx, corpus, SyncOptions{}); err != nil {
		return s, err
	}
	s.ResyncSeconds = time.Since(start).Seconds()

	// One file changed: a plain-text article gets a paragraph with a word
	// found nowhere else, in memory.
	var txt []string
	for _, a := range ix.Articles("") {
		if strings.HasSuffix(a.ID, ".txt") && !a.Added {
			txt = append(txt, a.ID)
		}
	}
	if len(txt) > 0 {
		id := txt[len(txt)/2]
		data, err := fs.ReadFile(corpus, id)
		if err != nil {
			return s, err
		}
		word := "zqxbenchmarkword"
		data = append(data, []byte("\n\nThe "+word+" was added to measure how soon a change is answered.\n")...)
		changed := overlayFS{FS: corpus, name: id, file: &fstest.MapFile{Data: data, ModTime: time.Now(), Mode: 0o644}}
		start = time.Now()
		if _, err := ix.Apply(ctx, changed, []string{id}, SyncOptions{}); err != nil {
			return s, err
		}
		res, err := ix.Search(ctx, knowledge.Query{Text: word, Limit: 1})
		if err != nil || len(res.Hits) == 0 {
			return s, fmt.Errorf("the changed file is not found after Apply: %v", err)
		}
		s.ChangeSeconds = time.Since(start).Seconds()
	}
	return s, nil
}

// overlayFS is a corpus with one file replaced.
type overlayFS struct {
	fs.FS
	name string
	file *fstest.MapFile
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if name == o.name {
		return fstest.MapFS{name: o.file}.Open(name)
	}
	return o.FS.Open(name)
}

// BenchQueries draws queries from paragraphs (two to five consecutive
// words of a random paragraph) and name prefixes (the first two to six
// letters of a capitalised word), n of each, repeatably for a seed.
func BenchQueries(paras []string, n int, seed uint64) (queries, prefixes []string) {
	rng := rand.New(rand.NewPCG(seed, 42))
	for tries := 0; len(queries) < n && tries < 100*n && len(paras) > 0; tries++ {
		words := strings.Fields(paras[rng.IntN(len(paras))])
		if len(words) < 2 {
			continue
		}
		k := 2 + rng.IntN(4)
		at := rng.IntN(max(1, len(words)-k))
		queries = append(queries, strings.Join(words[at:min(len(words), at+k)], " "))
	}
	for tries := 0; len(prefixes) < n && tries < 100*n && len(paras) > 0; tries++ {
		for _, w := range strings.Fields(paras[rng.IntN(len(paras))]) {
			if len(w) >= 4 && w[0] >= 'A' && w[0] <= 'Z' {
				prefixes = append(prefixes, w[:min(len(w), 2+rng.IntN(5))])
				break
			}
		}
	}
	return queries, prefixes
}

func percentiles(lat []time.Duration) (p50, p99, maxMS float64) {
	if len(lat) == 0 {
		return 0, 0, 0
	}
	slices.Sort(lat)
	return ms(lat[len(lat)/2]), ms(lat[len(lat)*99/100]), ms(lat[len(lat)-1])
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// clock measures a phase: wall and CPU time, and peak memory from its start.
type clock struct {
	start time.Time
	cpu   float64
}

func startClock() clock {
	runtime.GC()
	debug.FreeOSMemory()
	// Start a new peak-RSS measurement (Linux; elsewhere a no-op).
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	return clock{start: time.Now(), cpu: cpuSeconds()}
}

func (c clock) stop(ph *BenchPhase, dir string) {
	ph.Seconds = time.Since(c.start).Seconds()
	ph.CPUSeconds = cpuSeconds() - c.cpu
	ph.PeakRSSMB = rssMB("VmHWM:")
	ph.DiskMB = float64(duBytes(dir)) / (1 << 20)
}

// rssMB reads one memory figure of the process (Linux), in MB.
func rssMB(key string) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), key); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// duBytes is the size of the files under dir.
func duBytes(dir string) int64 {
	var n int64
	fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
