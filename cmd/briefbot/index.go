package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/briefbot/briefbot/index"
)

func runIndex(ctx context.Context, env *environment, args []string) error {
	fl := flag.NewFlagSet("index", flag.ContinueOnError)
	fl.SetOutput(env.stderr)
	corpus := fl.String("corpus", "", "the corpus folder (default: BRIEFBOT_CORPUS, else the demo briefings)")
	indexDir := fl.String("index", "", "the index folder (default: BRIEFBOT_INDEX, else a folder under the user cache directory)")
	rebuild := fl.Bool("rebuild", false, "build a fresh index beside the live one and swap it in when complete")
	asJSON := fl.Bool("json", false, "print the report as JSON")
	quiet := fl.Bool("quiet", false, "no progress display")
	fl.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: briefbot index [--corpus DIR] [--index DIR] [--rebuild] [--json]")
		fl.PrintDefaults()
	}
	if err := parseFlags(fl, args, 0, 0); err != nil {
		return err
	}
	src, err := pickCorpus(*corpus, env.cfg)
	if err != nil {
		return err
	}
	ix, err := openIndex(env, *indexDir, src, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	rep, err := syncIndex(ctx, env, ix, src, *rebuild, *quiet || *asJSON)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		// The report's fields beside these: an embedded exported struct is
		// flattened by encoding/json (an embedded interface would be skipped).
		return enc.Encode(struct {
			Index   string  `json:"index"`
			Corpus  string  `json:"corpus"`
			Seconds float64 `json:"seconds"`
			index.Report
		}{ix.Dir(), src.name, rep.Took.Seconds(), rep})
	}
	fmt.Fprintf(env.stdout, "%s: %d files; %d added, %d updated, %d unchanged, %d removed, %d skipped; %d documents written in %.1fs\nindex: %s\n",
		src.name, rep.Files, rep.Added, rep.Updated, rep.Unchanged, rep.Removed, len(rep.Skipped), rep.Documents, rep.Took.Seconds(), ix.Dir())
	return nil
}
