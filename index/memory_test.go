package index

import (
	"context"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestTheManifestDoesNotKeepArticleText: what the index keeps in memory
// per article is its citation and counts, not the text it was parsed from.
func TestTheManifestDoesNotKeepArticleText(t *testing.T) {
	const n, size = 200, 64 << 10
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	corpus := fstest.MapFS{}
	body := strings.Repeat("The harbour council met again today. ", size/37)
	for i := range n {
		corpus["a"+strconv.Itoa(i)+".txt"] = &fstest.MapFile{Data: []byte("Report " + strconv.Itoa(i) + "\n\n" + body)}
	}
	if _, err := ix.Sync(context.Background(), corpus, SyncOptions{}); err != nil {
		t.Fatal(err)
	}
	corpus = nil // the files are gone; what the index keeps stays
	grown := int64(heap()) - int64(before)
	// The 200 texts are 12.8 MB; their citations a few kB.
	if grown > n*size/4 {
		t.Errorf("the heap grew by %d kB for %d indexed articles of %d kB: the article text is kept", grown>>10, n, size>>10)
	}
}
