package index

import (
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// The cache keeps a long list asked for a second time, gives it back
// after, and makes room by dropping the list read least recently.
func TestPostingsCacheKeepsListsAskedAgain(t *testing.T) {
	seg := &scorch.SegmentSnapshot{}
	key := func(term string) postingsKey { return postingsKey{seg, "text", term} }
	list := func(n int) []cachedPosting { return make([]cachedPosting, n) }
	n := minCachedPostings
	c := newPostingsCache(int(3 * n * cachedPostingBytes)) // room for three lists
	for _, w := range []string{"harbour", "storm", "ferry"} {
		if l, keep := c.get(key(w), n); l != nil || keep {
			t.Fatalf("%s asked for the first time: kept %v, keep %v", w, l != nil, keep)
		}
		if l, keep := c.get(key(w), n); l != nil || !keep {
			t.Fatalf("%s asked for the second time: kept %v, keep %v", w, l != nil, keep)
		}
		c.put(key(w), list(int(n)))
	}
	if l, _ := c.get(key("harbour"), n); len(l) != int(n) {
		t.Fatalf("harbour: %d postings kept, want %d", len(l), n)
	}
	// A fourth list pushes out the one read least recently: storm, since
	// harbour was just read.
	c.get(key("wall"), n)
	c.get(key("wall"), n)
	c.put(key("wall"), list(int(n)))
	for w, want := range map[string]bool{"harbour": true, "storm": false, "ferry": true, "wall": true} {
		if l, _ := c.get(key(w), n); (l != nil) != want {
			t.Errorf("%s kept: %v, want %v", w, l != nil, want)
		}
	}
	if c.used != 3*int(n)*cachedPostingBytes {
		t.Errorf("%d bytes used, want %d", c.used, 3*int(n)*cachedPostingBytes)
	}
	// Short lists, and lists longer than the whole cache, are never kept.
	for _, size := range []uint64{n - 1, 4 * n} {
		w := fmt.Sprintf("size %d", size)
		c.get(key(w), size)
		if _, keep := c.get(key(w), size); keep {
			t.Errorf("a list of %d postings would be kept in a cache of %d bytes", size, c.budget)
		}
	}
	// The same word in another snapshot is another list.
	other := postingsKey{&scorch.SegmentSnapshot{}, "text", "harbour"}
	if l, _ := c.get(other, n); l != nil {
		t.Error("another snapshot's list was given")
	}
	// No cache keeps nothing.
	var none *postingsCache
	if l, keep := none.get(key("harbour"), n); l != nil || keep {
		t.Error("a nil cache gave a list")
	}
}
