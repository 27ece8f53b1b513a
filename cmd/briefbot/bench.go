package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/index"
)

// benchReport is what briefbot bench measured.
type benchReport struct {
	Corpus     string `json:"corpus"`
	Articles   int    `json:"articles"`
	Paragraphs int    `json:"paragraphs"`
	// Rounds are each round's two phases, side by side; Ratio is the
	// median round's.
	Rounds  []benchRound       `json:"rounds"`
	Ratio   float64            `json:"throughput_ratio"`
	Serving index.BenchServing `json:"serving"`
}

// benchRound is bleve alone and briefbot's pipeline, measured one after
// the other, each in a fresh process.
type benchRound struct {
	First    string           `json:"first"` // which ran first: "baseline" or "pipeline"
	Baseline index.BenchPhase `json:"baseline"`
	Pipeline index.BenchPhase `json:"pipeline"`
	// Ratio is the pipeline's throughput over bleve alone's: the baseline's
	// time over the pipeline's, for the same paragraphs.
	Ratio    float64 `json:"throughput_ratio"`
	CPURatio float64 `json:"cpu_ratio"`
}

func (r benchReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "corpus: %s, %d articles, %d paragraphs\n", r.Corpus, r.Articles, r.Paragraphs)
	fmt.Fprintln(&b, "each phase in a fresh process; bleve alone: the same paragraphs, in memory, with the settings of briefbot's passage text field")
	fmt.Fprintf(&b, "%-6s %-9s %27s %38s %7s %6s\n", "round", "first", "bleve alone (s, cpu-s, MB)", "briefbot pipeline (s, cpu-s, MB, docs)", "ratio", "cpu")
	for k, x := range r.Rounds {
		fmt.Fprintf(&b, "%-6d %-9s %9.2f %7.1f %9.0f %11.2f %7.1f %7.0f %10d %7.2f %6.2f\n", k+1, x.First,
			x.Baseline.Seconds, x.Baseline.CPUSeconds, x.Baseline.PeakRSSMB,
			x.Pipeline.Seconds, x.Pipeline.CPUSeconds, x.Pipeline.PeakRSSMB, x.Pipeline.Documents, x.Ratio, x.CPURatio)
	}
	fmt.Fprintf(&b, "throughput ratio pipeline/bleve-alone: %.2f (median of %d rounds)\n", r.Ratio, len(r.Rounds))
	if n := len(r.Rounds); n > 0 {
		last := r.Rounds[n-1]
		fmt.Fprintf(&b, "index on disk: bleve alone %.0f MB, briefbot %.0f MB\n", last.Baseline.DiskMB, last.Pipeline.DiskMB)
	}
	s := r.Serving
	fmt.Fprintf(&b, "serving, in a fresh process: open %.2fs; search over %d queries p50 %.2f ms p99 %.2f ms max %.2f ms; name completion over %d prefixes p50 %.2f ms p99 %.2f ms; RSS %.0f MB (peak %.0f MB; %.0f MB its own, %.0f MB of index files mapped)\n",
		s.OpenSeconds, s.Queries, s.QueryP50MS, s.QueryP99MS, s.QueryMaxMS, s.Completions, s.CompleteP50, s.CompleteP99, s.RSSMB, s.PeakRSSMB, s.AnonMB, s.FileMB)
	fmt.Fprintf(&b, "resync with nothing changed: %.2fs; one changed file applied and found: %.3fs (the watcher waits %v of quiet first)",
		s.ResyncSeconds, s.ChangeSeconds, watchDebounce)
	return b.String()
}

// runBench measures indexing throughput against bleve alone, search latency
// and memory over any corpus folder. Each phase runs in a process of its own:
// briefbot bench starts itself with --phase.
func runBench(ctx context.Context, env *environment, args []string) error {
	fl := flag.NewFlagSet("bench", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	corpus := fl.String("corpus", "", "the corpus folder to measure over (required)")
	work := fl.String("workdir", "", "where to make a temporary folder for the indexes (default: the system's temporary folder)")
	queries := fl.Int("queries", 1000, "how many searches to time")
	rounds := fl.Int("rounds", 1, "how many times to measure bleve alone and the pipeline side by side, alternating which goes first (the median ratio is reported)")
	asJSON := fl.Bool("json", false, "print the figures as JSON")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile of the (last) pipeline phase to this file")
	phase := fl.String("phase", "", "run one phase in this process and print its figures as JSON: baseline, pipeline (into --dir), serve (the index in --dir, with --queryfile), or queries (write --queryfile)")
	dir := fl.String("dir", "", "the phase's index folder")
	queryFile := fl.String("queryfile", "", "the serve phase's queries, as the queries phase writes them")
	fl.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefbot bench --corpus DIR [--rounds N] [--queries N] [--workdir DIR] [--json]")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args, 0, 0); err != nil {
		return err
	}
	if *corpus == "" {
		fmt.Fprintln(env.stderr, "briefbot bench: --corpus is required")
		fl.Usage()
		return errUsage
	}
	if *phase != "" {
		return benchPhase(ctx, env, *phase, *corpus, *dir, *queryFile, *cpuProfile, *queries)
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("bench runs itself for each phase: %w", err)
	}
	base := *work
	if base == "" {
		base = os.TempDir()
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(base, "briefbot-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	rep := benchReport{Corpus: *corpus}
	qfile := filepath.Join(tmp, "queries.json")
	if rep.Articles, rep.Paragraphs, err = writeBenchQueries(*corpus, qfile, *queries); err != nil {
		return err
	}
	env.log.Info("bench: corpus loaded", "articles", rep.Articles, "paragraphs", rep.Paragraphs)

	child := func(out any, args ...string) error {
		cmd := exec.CommandContext(ctx, exe, append([]string{"bench", "--corpus", *corpus}, args...)...)
		var stdout bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, env.stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("bench %s: %w", strings.Join(args, " "), err)
		}
		return json.Unmarshal(stdout.Bytes(), out)
	}
	n := max(*rounds, 1)
	var pipelineDir string
	for k := range n {
		var r benchRound
		order := []string{"baseline", "pipeline"}
		if k%2 == 1 {
			slices.Reverse(order)
		}
		r.First = order[0]
		for _, ph := range order {
			d := filepath.Join(tmp, fmt.Sprintf("%s-%d", ph, k))
			args := []string{"--phase", ph, "--dir", d}
			out := &r.Baseline
			if ph == "pipeline" {
				out = &r.Pipeline
				if *cpuProfile != "" && k == n-1 {
					args = append(args, "--cpuprofile", *cpuProfile)
				}
			}
			if err := child(out, args...); err != nil {
				return err
			}
			if ph == "baseline" {
				os.RemoveAll(d)
			} else {
				if pipelineDir != "" {
					os.RemoveAll(pipelineDir)
				}
				pipelineDir = d
			}
		}
		r.Ratio = r.Baseline.Seconds / r.Pipeline.Seconds
		r.CPURatio = r.Baseline.CPUSeconds / max(r.Pipeline.CPUSeconds, 1e-9)
		env.log.Info("bench: round done", "round", k+1, "first", r.First, "baseline_s", r.Baseline.Seconds, "pipeline_s", r.Pipeline.Seconds, "ratio", r.Ratio)
		rep.Rounds = append(rep.Rounds, r)
	}
	ratios := make([]float64, 0, n)
	for _, r := range rep.Rounds {
		ratios = append(ratios, r.Ratio)
	}
	slices.Sort(ratios)
	rep.Ratio = (ratios[(n-1)/2] + ratios[n/2]) / 2
	if err := child(&rep.Serving, "--phase", "serve", "--dir", pipelineDir, "--queryfile", qfile); err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(env.stdout).Encode(rep)
	}
	fmt.Fprintln(env.stdout, rep)
	return nil
}

// writeBenchQueries draws n queries and name prefixes from a corpus's
// paragraphs into path, for the serve phase.
func writeBenchQueries(corpus, path string, n int) (articles, paragraphs int, err error) {
	articles, paras, err := index.BenchParagraphs(os.DirFS(corpus))
	if err != nil {
		return 0, 0, err
	}
	qs, ps := index.BenchQueries(paras, n, 1)
	raw, _ := json.Marshal(benchQueries{qs, ps})
	return articles, len(paras), os.WriteFile(path, raw, 0o644)
}

// benchQueries is what the serve phase is asked.
type benchQueries struct {
	Queries  []string `json:"queries"`
	Prefixes []string `json:"prefixes"`
}

// benchPhase runs one phase in this process and prints its figures.
func benchPhase(ctx context.Context, env *environment, phase, corpus, dir, queryFile, cpuProfile string, queries int) error {
	if dir == "" && phase != "queries" {
		return errors.New("bench --phase needs --dir")
	}
	fsys := os.DirFS(corpus)
	var out any
	var err error
	switch phase {
	case "baseline":
		var articles int
		var paras []string
		articles, paras, err = index.BenchParagraphs(fsys)
		if err == nil {
			var ph index.BenchPhase
			ph, err = index.BenchBaseline(paras, dir)
			ph.Articles = articles
			out = ph
		}
	case "pipeline":
		stop := func() {}
		if cpuProfile != "" {
			if stop, err = startProfile(cpuProfile); err != nil {
				return err
			}
		}
		var ph index.BenchPhase
		ph, err = index.BenchPipeline(ctx, fsys, dir)
		stop()
		out = ph
	case "queries":
		_, _, err := writeBenchQueries(corpus, queryFile, queries)
		return err
	case "serve":
		var q benchQueries
		raw, rerr := os.ReadFile(queryFile)
		if rerr != nil {
			return rerr
		}
		if err := json.Unmarshal(raw, &q); err != nil {
			return fmt.Errorf("bench queries: %w", err)
		}
		out, err = index.BenchServe(ctx, fsys, dir, q.Queries, q.Prefixes)
	default:
		return fmt.Errorf("bench: no phase %q (baseline, pipeline, serve)", phase)
	}
	if err != nil {
		return err
	}
	return json.NewEncoder(env.stdout).Encode(out)
}

// startProfile writes a CPU profile to path until stop is called.
func startProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
