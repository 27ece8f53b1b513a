package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"
)

// TestWatchGathersBurstsAndSeesNewFolders: a burst of changes is one
// update; a file in a folder made after the watch began is seen; a steady
// stream of changes still brings an update within ten debounce periods.
func TestWatchGathersBurstsAndSeesNewFolders(t *testing.T) {
	dir := t.TempDir()
	var updates atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- watchCorpus(ctx, dir, 200*time.Millisecond, slog.New(slog.DiscardHandler), func(context.Context) { updates.Add(1) })
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	time.Sleep(100 * time.Millisecond) // the watch is set up
	waitFor := func(n int32) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for updates.Load() < n {
			if time.Now().After(deadline) {
				t.Fatalf("%d updates, want %d", updates.Load(), n)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	for k := range 20 {
		write(t, filepath.Join(dir, "a", string(rune('a'+k))+".txt"), "x")
	}
	waitFor(1)
	time.Sleep(500 * time.Millisecond)
	if n := updates.Load(); n != 1 {
		t.Errorf("a burst of 20 files gave %d updates, want 1", n)
	}
	// A folder made after the watch began, then a file inside it.
	if err := os.MkdirAll(filepath.Join(dir, "b", "c"), 0o755); err != nil {
		t.Fatal(err)
	}
	waitFor(2)
	time.Sleep(200 * time.Millisecond)
	write(t, filepath.Join(dir, "b", "c", "new.txt"), "x")
	waitFor(3)
	// Changes every 50 ms (never quiet for 200 ms) for 3 s.
	before := updates.Load()
	start := time.Now()
	for time.Since(start) < 3*time.Second {
		write(t, filepath.Join(dir, "a", "busy.txt"), time.Now().String())
		time.Sleep(50 * time.Millisecond)
	}
	if updates.Load() == before {
		t.Error("a steady stream of changes postponed the update for good")
	}
}
