//go:build unix

package index

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/text"
)

var (
	benchIndex     = flag.String("index", "", "BenchmarkSearchIndex: an index folder to time searches over")
	benchQuestions = flag.String("questions", "", "BenchmarkSearchIndex: a JSON-lines file of questions ({\"question\": …}) to time besides those drawn")
	benchDraw      = flag.Int("draw", 600, "BenchmarkSearchIndex: how many queries to draw from the index's paragraphs")
	benchQueryFile = flag.String("queryfile", "", "BenchmarkSearchIndex: the queries and name prefixes of `briefbot bench --phase queries` to time besides")
	benchDump      = flag.String("dump", "", "BenchmarkSearchIndex: a file to write each query's answer and hits to (JSON lines), to compare two builds' results")
)

// BenchmarkSearchIndex times Search, with its direct answer, over an index
// already built, as a server runs it (the model loaded, one search done):
// 600 queries drawn from the index's paragraphs as `briefbot bench` draws
// them (two to five words in a row), and the questions of -questions. It
// reports wall-time percentiles and the process's CPU time per search.
//
//	go test ./index -run '^$' -bench SearchIndex -benchtime 1x -args -index /tmp/ix -questions qs.jsonl
//
// With -queryfile (as `briefbot bench --phase queries` writes it) and
// -draw 0 it asks what the serve phase of briefbot bench asks, and
// reports the process's memory after, without the serve phase's resync.
func BenchmarkSearchIndex(b *testing.B) {
	if *benchIndex == "" {
		b.Skip("give -args -index DIR")
	}
	ix, err := Open(*benchIndex, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	qs := drawQueries(b, ix, *benchDraw)
	if *benchQuestions != "" {
		qs = append(qs, readQuestions(b, *benchQuestions)...)
	}
	var prefixes []string
	if *benchQueryFile != "" {
		raw, err := os.ReadFile(*benchQueryFile)
		if err != nil {
			b.Fatal(err)
		}
		var f struct{ Queries, Prefixes []string }
		if err := json.Unmarshal(raw, &f); err != nil {
			b.Fatal(err)
		}
		qs, prefixes = append(qs, f.Queries...), f.Prefixes
	}
	ctx := context.Background()
	text.Default()
	ix.Search(ctx, knowledge.Query{Text: "warm up", Limit: 5})
	if *benchDump != "" {
		dumpOnce.Do(func() { dumpResults(b, ix, qs, *benchDump) })
	}
	var wall []time.Duration
	cpu := time.Duration(0)
	b.ResetTimer()
	for range b.N {
		for _, q := range qs {
			t, c := time.Now(), processCPU()
			if _, err := ix.Search(ctx, knowledge.Query{Text: q, Limit: 5}); err != nil {
				b.Fatal(err)
			}
			wall = append(wall, time.Since(t))
			cpu += processCPU() - c
		}
	}
	b.StopTimer()
	// Name completions (timed apart: a letter or two, or a name's start),
	// then the memory of a server that has answered both, as the serve
	// phase of briefbot bench measures it.
	var completions []time.Duration
	for _, p := range prefixes {
		t := time.Now()
		ix.Complete(ctx, "", CompleteEntities, p, 25)
		completions = append(completions, time.Since(t))
	}
	b.ReportMetric(rssMB("VmRSS:"), "rss-MB")
	b.ReportMetric(rssMB("RssAnon:"), "own-MB")
	b.ReportMetric(rssMB("RssFile:"), "files-MB")
	slices.Sort(wall)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(wall[len(wall)/2]), "p50-ms")
	b.ReportMetric(ms(wall[len(wall)*99/100]), "p99-ms")
	b.ReportMetric(ms(cpu)/float64(len(wall)), "cpu-ms/search")
	if len(completions) > 0 {
		slices.Sort(completions)
		b.ReportMetric(ms(completions[len(completions)/2]), "complete-p50-ms")
		b.ReportMetric(ms(completions[len(completions)*99/100]), "complete-p99-ms")
	}
}

// dumpOnce writes the results once, though the benchmark runs again for
// each b.N.
var dumpOnce sync.Once

// dumpResults writes what Search finds for each query: the answer, the
// total and each hit's citation, score and snippet.
func dumpResults(b *testing.B, ix *Index, qs []string, path string) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, q := range qs {
		res, err := ix.Search(context.Background(), knowledge.Query{Text: q, Limit: 5})
		if err != nil {
			b.Fatal(err)
		}
		res.Took = 0
		if err := enc.Encode(map[string]any{"q": q, "res": res}); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
}

// drawQueries draws n queries from an index's paragraphs: two to five
// words in a row of a random one, the same ones each time.
func drawQueries(b *testing.B, ix *Index, n int) []string {
	articles := ix.Articles(knowledge.SharedScope)
	if len(articles) == 0 {
		b.Fatal("the index is empty")
	}
	rng := rand.New(rand.NewPCG(7, 42))
	var out []string
	for tries := 0; len(out) < n && tries < 10*n; tries++ {
		a := articles[rng.IntN(len(articles))]
		p := 1 + rng.IntN(max(1, a.Paragraphs))
		bi, unlock, err := ix.reader()
		if err != nil {
			unlock()
			b.Fatal(err)
		}
		paras, err := fetchParagraphs(context.Background(), bi, a.ID, p, p)
		unlock()
		if err != nil || len(paras) == 0 {
			continue
		}
		words := strings.Fields(paras[0].Text)
		if len(words) < 2 {
			continue
		}
		k := 2 + rng.IntN(4)
		at := rng.IntN(max(1, len(words)-k))
		out = append(out, strings.Join(words[at:min(len(words), at+k)], " "))
	}
	return out
}

func readQuestions(b *testing.B, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q struct{ Question string }
		if json.Unmarshal(sc.Bytes(), &q) == nil && q.Question != "" {
			out = append(out, q.Question)
		}
	}
	return out
}

// processCPU is the CPU time the process has used, garbage collection
// included: on a shared machine it varies less than wall time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
