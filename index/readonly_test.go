package index

import (
	"context"
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// folderState is every file of dir with a hash of its content.
func folderState(t *testing.T, dir string) map[string][sha256.Size]byte {
	t.Helper()
	state := map[string][sha256.Size]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(path)
			state[path] = sha256.Sum256([]byte(target))
			return err
		}
		data, err := os.ReadFile(path)
		if err == nil {
			state[path] = sha256.Sum256(data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return state
}

// TestReadOnlyOpensShareTheIndex: read-only opens of one index answer side
// by side, change nothing on disk and refuse every change; a writer and a
// reader exclude each other.
func TestReadOnlyOpensShareTheIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	w, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustSync(t, w, corpusCopy(t))
	if _, err := Open(dir, Options{ReadOnly: true}); !errors.Is(err, ErrLocked) {
		t.Errorf("read-only open beside a writer: err = %v, want ErrLocked", err)
	}
	w.Close()
	before := folderState(t, dir)

	var readers []*Index
	for range 2 {
		r, err := Open(dir, Options{ReadOnly: true})
		if err != nil {
			t.Fatalf("read-only open beside another reader: %v", err)
		}
		readers = append(readers, r)
	}
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrLocked) {
		t.Errorf("writer open beside readers: err = %v, want ErrLocked", err)
	}
	ctx := context.Background()
	for k, r := range readers {
		hits := find(t, r, "", "how many ships are waiting offshore")
		if len(hits) == 0 || hits[0].Citation.ArticleID != "world/harbour-talks.txt" || hits[0].Citation.Paragraph != 2 {
			t.Errorf("reader %d: hits %+v, want harbour-talks ¶2 first", k, hits)
		}
		if n := r.Status("").Articles; n != 4 {
			t.Errorf("reader %d sees %d articles, want 4", k, n)
		}
		if _, err := r.Sync(ctx, os.DirFS(corpusCopy(t)), SyncOptions{}); !errors.Is(err, ErrReadOnly) {
			t.Errorf("reader %d Sync: err = %v, want ErrReadOnly", k, err)
		}
		if _, err := r.Rebuild(ctx, os.DirFS(corpusCopy(t)), SyncOptions{}); !errors.Is(err, ErrReadOnly) {
			t.Errorf("reader %d Rebuild: err = %v, want ErrReadOnly", k, err)
		}
		a := &knowledge.Article{ID: "note", Title: "A note", Scope: "g1", Paragraphs: []knowledge.Paragraph{{N: 1, Text: "Nothing changes here."}}}
		if _, err := r.Add(ctx, a); !errors.Is(err, ErrReadOnly) {
			t.Errorf("reader %d Add: err = %v, want ErrReadOnly", k, err)
		}
	}
	for _, r := range readers {
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	}
	after := folderState(t, dir)
	if len(after) != len(before) {
		t.Errorf("read-only opens left %d files, want %d", len(after), len(before))
	}
	for path, sum := range before {
		if after[path] != sum {
			t.Errorf("read-only opens changed %s", path)
		}
	}
	// Once the readers are gone, a writer opens again.
	openTest(t, dir)
}

// TestReadOnlyOpenNeedsAnIndex: a read-only open of a folder with no index
// fails and creates nothing.
func TestReadOnlyOpenNeedsAnIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "none")
	if _, err := Open(dir, Options{ReadOnly: true}); err == nil {
		t.Fatal("read-only open of no index succeeded")
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("read-only open created %s", dir)
	}
}
