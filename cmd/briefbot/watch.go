package main

import (
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchCorpus calls update once with nil paths (look at everything) when
// the watch has begun, then with the paths (slash-separated, relative to
// dir) of what changed under dir: files added, changed, renamed or deleted,
// in any folder, including folders created after the watch began. Bursts of
// changes (a copy of many files) are gathered into one update once dir has
// been quiet for debounce, or after four times debounce at most while
// changes keep coming. When the watch may have lost events (the kernel's
// queue overflowed), update is called with nil paths: look at everything.
func watchCorpus(ctx context.Context, dir string, debounce time.Duration, log *slog.Logger, update func(ctx context.Context, paths []string)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	addTree := func(root string) {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil
			}
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir // Scan passes over hidden folders too
			}
			if err := w.Add(p); err != nil {
				log.Warn("cannot watch a corpus folder", "dir", p, "err", err)
			}
			return nil
		})
	}
	addTree(dir)
	log.Info("watching the corpus folder", "dir", dir, "folders", len(w.WatchList()))
	update(ctx, nil)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var pending time.Time // the first change not yet indexed
	changed := map[string]bool{}
	everything := false
	touch := func() {
		if pending.IsZero() {
			pending = time.Now()
		}
		if wait := 4*debounce - time.Since(pending); wait < debounce {
			timer.Reset(max(wait, 0))
			return
		}
		timer.Reset(debounce)
	}
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Chmod) && !ev.Has(fsnotify.Write) {
				continue // permissions alone do not change an article
			}
			rel, err := filepath.Rel(dir, ev.Name)
			if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					addTree(ev.Name) // a new or renamed folder: watch it, and index what it holds
				}
			}
			changed[filepath.ToSlash(rel)] = true
			touch()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			log.Warn("corpus watch error; looking at the whole corpus", "err", err)
			everything = true // an overflow means events were lost
			touch()
		case <-timer.C:
			var paths []string
			if !everything {
				paths = make([]string, 0, len(changed))
				for p := range changed {
					paths = append(paths, p)
				}
			}
			pending, everything = time.Time{}, false
			clear(changed)
			update(ctx, paths)
		}
	}
}
