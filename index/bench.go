package index

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/briefbot/briefbot/knowledge"
)

// BenchOptions tune Bench.
type BenchOptions struct {
	// Workdir is where a fresh folder for the two indexes is made; it is
	// removed afterwards.
	Workdir string
	// Queries is how many searches to time; 0 means 1000.
	Queries int
	// Rounds is how many times bleve alone and the pipeline are measured,
	// one after the other; the median ratio is reported. 0 means 1.
	Rounds int
	// Seed makes the drawn queries repeatable.
	Seed uint64
	// Log, if set, receives a line as each phase ends.
	Log func(string)
}

// BenchReport holds the figures of one Bench run.
type BenchReport struct {
	Articles   int `json:"articles"`
	Paragraphs int `json:"paragraphs"`
	// Baseline is bleve alone indexing the same paragraphs, already in memory,
	// with its default mapping.
	Baseline      time.Duration `json:"baseline_ns"`
	BaselineRSSMB float64       `json:"baseline_peak_rss_mb"`
	// Pipeline is briefbot's whole path: read, parse, extract, index passages
	// and facts, from the corpus folder.
	Pipeline      time.Duration `json:"pipeline_ns"`
	PipelineDocs  int           `json:"pipeline_documents"`
	PipelineRSSMB float64       `json:"pipeline_peak_rss_mb"`
	// Ratio is pipeline throughput over baseline throughput (articles a second).
	Ratio float64 `json:"throughput_ratio"`
	// Rounds are each round's figures when there were several.
	Rounds []BenchRound `json:"rounds"`
	// Resync is a second Sync with nothing changed.
	Resync time.Duration `json:"resync_ns"`
	// Query latencies of Search, in process.
	Queries      int           `json:"queries"`
	QueryP50     time.Duration `json:"query_p50_ns"`
	QueryP99     time.Duration `json:"query_p99_ns"`
	QueryMax     time.Duration `json:"query_max_ns"`
	ServingRSSMB float64       `json:"serving_peak_rss_mb"`
	// Name completion latencies (autocomplete of /who), in process.
	Completions   int           `json:"completions"`
	CompleteP50   time.Duration `json:"complete_p50_ns"`
	CompleteP99   time.Duration `json:"complete_p99_ns"`
	CompleteEmpty int           `json:"complete_empty"`
}

// BenchRound is one measurement of bleve alone and the pipeline.
type BenchRound struct {
	Baseline time.Duration `json:"baseline_ns"`
	Pipeline time.Duration `json:"pipeline_ns"`
	Ratio    float64       `json:"throughput_ratio"`
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String formats the report for people.
func (r BenchReport) String() string {
	return fmt.Sprintf(`corpus: %d articles, %d paragraphs
bleve alone (default mapping, paragraphs in memory): %.2fs  %.0f articles/s  peak RSS %.0f MB
briefbot pipeline (read, parse, extract, index %d documents): %.2fs  %.0f articles/s  peak RSS %.0f MB
throughput ratio pipeline/bleve-alone: %.2f%s
second sync, nothing changed: %.2fs
search over %d queries: p50 %.2f ms  p99 %.2f ms  max %.2f ms  peak RSS while serving %.0f MB
name completion over %d prefixes: p50 %.2f ms  p99 %.2f ms  (%d with no suggestion)`,
		r.Articles, r.Paragraphs,
		r.Baseline.Seconds(), float64(r.Articles)/r.Baseline.Seconds(), r.BaselineRSSMB,
		r.PipelineDocs, r.Pipeline.Seconds(), float64(r.Articles)/r.Pipeline.Seconds(), r.PipelineRSSMB,
		r.Ratio, r.roundsNote(), r.Resync.Seconds(),
		r.Queries, ms(r.QueryP50), ms(r.QueryP99), ms(r.QueryMax), r.ServingRSSMB,
		r.Completions, ms(r.CompleteP50), ms(r.CompleteP99), r.CompleteEmpty)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// Bench measures, in one run on the same corpus: bleve alone indexing the
// paragraphs, briefbot's full indexing pipeline, a resync with nothing
// changed, and search latency over queries drawn from the corpus.
func Bench(ctx context.Context, corpus fs.FS, opt BenchOptions) (BenchReport, error) {
	var r BenchReport
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			opt.Log(fmt.Sprintf(format, args...))
		}
	}
	if opt.Workdir == "" {
		return r, fmt.Errorf("bench needs a work folder")
	}
	if err := os.MkdirAll(opt.Workdir, 0o755); err != nil {
		return r, err
	}
	work, err := os.MkdirTemp(opt.Workdir, "briefbot-bench-")
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(work)
	// The paragraphs, parsed before the clock starts, for bleve alone.
	files, _, err := knowledge.Scan(corpus)
	if err != nil {
		return r, err
	}
	var paras []string
	for _, f := range files {
		data, err := knowledge.ReadFile(corpus, f, 0)
		if err != nil {
			continue
		}
		a, err := knowledge.Parse(f.Path, f.Path, data, knowledge.ParseOptions{})
		if err != nil {
			continue
		}
		r.Articles++
		for _, p := range a.Paragraphs {
			paras = append(paras, p.Text)
		}
	}
	r.Paragraphs = len(paras)
	logf("loaded %d articles, %d paragraphs", r.Articles, r.Paragraphs)

	// bleve alone, then briefbot's pipeline, side by side, Rounds times.
	baseline := func(dir string) (time.Duration, error) {
		runtime.GC()
		resetPeakRSS()
		start := time.Now()
		bi, err := bleve.New(dir, bleve.NewIndexMapping())
		if err != nil {
			return 0, err
		}
		batch := bi.NewBatch()
		for i, p := range paras {
			if err := batch.Index(strconv.Itoa(i), map[string]any{"text": p}); err != nil {
				return 0, err
			}
			if batch.Size() >= 4000 {
				if err := bi.Batch(batch); err != nil {
					return 0, err
				}
				batch = bi.NewBatch()
			}
		}
		if err := bi.Batch(batch); err != nil {
			return 0, err
		}
		err = bi.Close()
		r.BaselineRSSMB = peakRSSMB()
		return time.Since(start), err
	}
	var ix *Index
	pipeline := func(dir string) (time.Duration, error) {
		runtime.GC()
		resetPeakRSS()
		start := time.Now()
		x, err := Open(dir, Options{})
		if err != nil {
			return 0, err
		}
		rep, err := x.Sync(ctx, corpus, SyncOptions{})
		took := time.Since(start)
		r.PipelineDocs = rep.Documents
		r.PipelineRSSMB = peakRSSMB()
		if ix != nil {
			ix.Close()
		}
		ix = x
		return took, err
	}
	rounds := max(opt.Rounds, 1)
	var ratios []float64
	for k := range rounds {
		b, err := baseline(filepath.Join(work, fmt.Sprintf("baseline-%d", k)))
		if err != nil {
			return r, err
		}
		p, err := pipeline(filepath.Join(work, fmt.Sprintf("briefbot-%d", k)))
		if err != nil {
			return r, err
		}
		logf("round %d: bleve alone %.2fs, pipeline %.2fs, ratio %.2f", k+1, b.Seconds(), p.Seconds(), b.Seconds()/p.Seconds())
		ratios = append(ratios, b.Seconds()/p.Seconds())
		r.Rounds = append(r.Rounds, BenchRound{Baseline: b, Pipeline: p, Ratio: b.Seconds() / p.Seconds()})
	}
	defer ix.Close()
	// The median round's figures stand for the run.
	order := make([]int, rounds)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmpFloat(ratios[a], ratios[b]) })
	mid := r.Rounds[order[rounds/2]]
	r.Baseline, r.Pipeline, r.Ratio = mid.Baseline, mid.Pipeline, mid.Ratio

	start := time.Now()
	if _, err := ix.Sync(ctx, corpus, SyncOptions{}); err != nil {
		return r, err
	}
	r.Resync = time.Since(start)

	// Queries drawn from the corpus: two to five consecutive words of a
	// random paragraph.
	n := opt.Queries
	if n <= 0 {
		n = 1000
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 42))
	queries := make([]string, 0, n)
	for len(queries) < n && len(paras) > 0 {
		words := strings.Fields(paras[rng.IntN(len(paras))])
		if len(words) < 2 {
			continue
		}
		k := 2 + rng.IntN(4)
		at := rng.IntN(max(1, len(words)-k))
		queries = append(queries, strings.Join(words[at:min(len(words), at+k)], " "))
	}
	runtime.GC()
	resetPeakRSS()
	lat := make([]time.Duration, 0, len(queries))
	for _, q := range queries {
		t := time.Now()
		if _, err := ix.Search(ctx, knowledge.Query{Text: q, Limit: 5}); err != nil {
			return r, fmt.Errorf("query %q: %w", q, err)
		}
		lat = append(lat, time.Since(t))
	}
	slices.Sort(lat)
	r.Queries = len(lat)
	if len(lat) > 0 {
		r.QueryP50 = lat[len(lat)/2]
		r.QueryP99 = lat[len(lat)*99/100]
		r.QueryMax = lat[len(lat)-1]
	}

	// Completion of names as people type them: the first two to six
	// letters of capitalised words of the corpus.
	var prefixes []string
	for len(prefixes) < n && len(paras) > 0 {
		for _, w := range strings.Fields(paras[rng.IntN(len(paras))]) {
			if len(w) >= 4 && w[0] >= 'A' && w[0] <= 'Z' {
				prefixes = append(prefixes, w[:min(len(w), 2+rng.IntN(5))])
				break
			}
		}
	}
	lat = lat[:0]
	for _, p := range prefixes {
		t := time.Now()
		if len(ix.Complete(ctx, "", CompleteEntities, p, 25)) == 0 {
			r.CompleteEmpty++
		}
		lat = append(lat, time.Since(t))
	}
	r.ServingRSSMB = peakRSSMB()
	slices.Sort(lat)
	r.Completions = len(lat)
	if len(lat) > 0 {
		r.CompleteP50 = lat[len(lat)/2]
		r.CompleteP99 = lat[len(lat)*99/100]
	}
	return r, nil
}

// resetPeakRSS starts a new peak-RSS measurement (Linux; elsewhere a no-op).
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSSMB is the process's peak resident set since resetPeakRSS, in MB.
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

func (r BenchReport) roundsNote() string {
	if len(r.Rounds) < 2 {
		return ""
	}
	var parts []string
	for _, x := range r.Rounds {
		parts = append(parts, fmt.Sprintf("%.2f", x.Ratio))
	}
	return " (median of " + strings.Join(parts, ", ") + ")"
}
