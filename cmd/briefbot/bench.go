package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/briefbot/briefbot/index"
)

// runBench measures indexing throughput against bleve alone, search latency
// and peak memory over any corpus folder.
func runBench(ctx context.Context, env *environment, args []string) error {
	fl := flag.NewFlagSet("bench", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	corpus := fl.String("corpus", "", "the corpus folder to measure over (required)")
	work := fl.String("workdir", "", "where to make a temporary folder for the two indexes (default: the system's temporary folder)")
	queries := fl.Int("queries", 1000, "how many searches to time")
	rounds := fl.Int("rounds", 1, "how many times to measure bleve alone and the pipeline side by side (the median ratio is reported)")
	asJSON := fl.Bool("json", false, "print the figures as JSON")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	fl.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefbot bench --corpus DIR [--queries N] [--workdir DIR] [--json]")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil || *corpus == "" {
		if *corpus == "" {
			fl.Usage()
		}
		return errUsage
	}
	dir := *work
	if dir == "" {
		dir = os.TempDir()
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	rep, err := index.Bench(ctx, os.DirFS(*corpus), index.BenchOptions{Workdir: dir, Queries: *queries, Rounds: *rounds,
		Log: func(s string) { env.log.Info(s) }})
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(env.stdout).Encode(rep)
	}
	fmt.Fprintln(env.stdout, rep)
	return nil
}
