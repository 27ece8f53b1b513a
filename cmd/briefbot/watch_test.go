package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// updates records the calls of watchCorpus's update.
type updates struct {
	mu    sync.Mutex
	calls [][]string
}

func (u *updates) update(_ context.Context, paths []string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	slices.Sort(paths)
	u.calls = append(u.calls, paths)
}

func (u *updates) n() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return len(u.calls)
}

// waitFor waits until there have been n calls and returns the last one.
func (u *updates) waitFor(t *testing.T, n int) []string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for u.n() < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d updates, want %d", u.n(), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.calls[n-1]
}

// covered reports whether name is one of paths or lies in a folder of them.
func covered(paths []string, name string) bool {
	for _, p := range paths {
		if name == p || strings.HasPrefix(name, p+"/") {
			return true
		}
	}
	return false
}

// TestWatchGathersBurstsAndSeesNewFolders: the first update looks at
// everything; a burst of changes is one update naming the changed files; a
// folder made after the watch began is named, then a file inside it; a
// rename names both sides; a steady stream of changes still brings an
// update within four debounce periods.
func TestWatchGathersBurstsAndSeesNewFolders(t *testing.T) {
	dir := t.TempDir()
	var u updates
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- watchCorpus(ctx, dir, 200*time.Millisecond, slog.New(slog.DiscardHandler), u.update)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	if got := u.waitFor(t, 1); got != nil {
		t.Fatalf("first update looks at %v, want everything (nil)", got)
	}
	var want []string
	for k := range 20 {
		name := "a/" + string(rune('a'+k)) + ".txt"
		write(t, filepath.Join(dir, filepath.FromSlash(name)), "x")
		want = append(want, name)
	}
	got := u.waitFor(t, 2)
	for _, name := range want {
		if !covered(got, name) {
			t.Errorf("a burst of 20 files: update of %v, which misses %s", got, name)
		}
	}
	time.Sleep(500 * time.Millisecond)
	if n := u.n(); n != 2 {
		t.Errorf("a burst of 20 files gave %d updates, want 1", n-1)
	}
	// A folder made after the watch began, then a file inside it.
	if err := os.MkdirAll(filepath.Join(dir, "b", "c"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := u.waitFor(t, 3); !slices.Contains(got, "b") {
		t.Errorf("new folder: update of %v, want b", got)
	}
	write(t, filepath.Join(dir, "b", "c", "new.txt"), "x")
	if got := u.waitFor(t, 4); !slices.Equal(got, []string{"b/c/new.txt"}) {
		t.Errorf("file in a new folder: update of %v", got)
	}
	os.Rename(filepath.Join(dir, "b", "c", "new.txt"), filepath.Join(dir, "b", "c", "old.txt"))
	if got := u.waitFor(t, 5); !slices.Equal(got, []string{"b/c/new.txt", "b/c/old.txt"}) {
		t.Errorf("rename: update of %v, want both names", got)
	}
	// Changes every 50 ms (never quiet for 200 ms) for 2 s.
	before := u.n()
	start := time.Now()
	for time.Since(start) < 2*time.Second {
		write(t, filepath.Join(dir, "a", "busy.txt"), time.Now().String())
		time.Sleep(50 * time.Millisecond)
	}
	if u.n() == before {
		t.Error("a steady stream of changes postponed the update for good")
	}
}
