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

// watchCorpus calls update whenever something under dir changes: a file
// added, changed, renamed or deleted, in any folder, including folders
// created after the watch began. Bursts of changes (a copy of many files)
// are gathered into one update once dir has been quiet for debounce, or
// after ten times debounce at most while changes keep coming.
func watchCorpus(ctx context.Context, dir string, debounce time.Duration, log *slog.Logger, update func(context.Context)) error {
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
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var pending time.Time // the first change not yet indexed
	touch := func() {
		if pending.IsZero() {
			pending = time.Now()
		}
		if wait := 10*debounce - time.Since(pending); wait < debounce {
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
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					addTree(ev.Name)
				}
			}
			if ev.Has(fsnotify.Chmod) && !ev.Has(fsnotify.Write) {
				continue // permissions alone do not change an article
			}
			touch()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			log.Warn("corpus watch error; changes may be missed until the next one", "err", err)
			touch() // an overflow means events were lost: look anyway
		case <-timer.C:
			pending = time.Time{}
			update(ctx)
		}
	}
}
