package main

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/index"
)

// demoFiles are the demo briefings, written for briefbot and embedded so
// that the console works with no setup.
//
//go:embed demo
var demoFiles embed.FS

// corpusSource is where articles come from: a folder, or the demo set.
type corpusSource struct {
	fsys  fs.FS
	name  string // for messages
	index string // default index folder
}

// pickCorpus decides which corpus a command works on: the flag, then
// BRIEFBOT_CORPUS, then the embedded demo briefings.
func pickCorpus(flagDir string, cfg Config) (corpusSource, error) {
	dir := flagDir
	if dir == "" {
		dir = cfg.Corpus
	}
	if dir == "" {
		sub, _ := fs.Sub(demoFiles, "demo")
		return corpusSource{fsys: sub, name: "the demo briefings", index: defaultIndexDir("demo")}, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return corpusSource{}, err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return corpusSource{}, fmt.Errorf("corpus folder: %w", err)
	}
	if !info.IsDir() {
		return corpusSource{}, fmt.Errorf("corpus %s is not a folder", dir)
	}
	sum := sha256.Sum256([]byte(abs))
	return corpusSource{fsys: os.DirFS(abs), name: abs, index: defaultIndexDir(filepath.Base(abs) + "-" + hex.EncodeToString(sum[:4]))}, nil
}

// openIndex opens the index a command works on: the flag, then
// BRIEFBOT_INDEX, then the corpus's default folder under the cache directory.
func openIndex(env *environment, flagDir string, src corpusSource, readOnly bool) (*index.Index, error) {
	dir := flagDir
	if dir == "" {
		dir = env.cfg.Index
	}
	if dir == "" {
		dir = src.index
	}
	ix, err := index.Open(dir, index.Options{Logger: env.log, ReadOnly: readOnly})
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// syncIndex brings an index up to date with a corpus, showing progress.
func syncIndex(ctx context.Context, env *environment, ix *index.Index, src corpusSource, rebuild, quiet bool) (index.Report, error) {
	opt := index.SyncOptions{MaxFileSize: env.cfg.MaxFileSize}
	finish := func() {}
	if !quiet {
		opt.Progress, finish = progress(env.stderr)
	}
	var rep index.Report
	var err error
	if rebuild {
		rep, err = ix.Rebuild(ctx, src.fsys, opt)
	} else {
		rep, err = ix.Sync(ctx, src.fsys, opt)
	}
	finish()
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return rep, fmt.Errorf("indexing interrupted; the index keeps what was written before")
		}
		return rep, err
	}
	for _, s := range rep.Skipped {
		fmt.Fprintf(env.stderr, "skipped %s\n", s)
	}
	return rep, nil
}

// progress returns a progress callback and what to call when indexing
// ends: a bar on a terminal, plain log lines every few seconds otherwise.
func progress(w io.Writer) (func(index.Progress), func()) {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		var bar *progressbar.ProgressBar
		finish := func() {
			if bar != nil {
				bar.Finish()
			}
		}
		return func(p index.Progress) {
			if bar == nil {
				bar = progressbar.NewOptions(p.Total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("indexing"),
					progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("files"),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			}
			bar.Set(p.Done)
		}, finish
	}
	last := time.Now()
	return func(p index.Progress) {
		if time.Since(last) >= 5*time.Second || p.Done == p.Total && p.Total >= 1000 {
			last = time.Now()
			fmt.Fprintf(w, "indexing: %d of %d files (%.0f%%)\n", p.Done, p.Total, 100*float64(p.Done)/float64(max(p.Total, 1)))
		}
	}, func() {}
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newConsoleBot wires the command table to an index for the terminal,
// where the person at the keyboard is the admin: /reindex works there.
func newConsoleBot(ctx context.Context, env *environment, ix *index.Index, src corpusSource) *bot.Bot {
	return bot.New(ix, bot.Options{
		Logger:       env.log,
		Admin:        newAdmin(ctx, env, ix, src),
		ConsoleAdmin: true,
	})
}
