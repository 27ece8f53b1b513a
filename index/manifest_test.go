package index

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

func verify(t *testing.T, ix *Index) {
	t.Helper()
	if err := ix.Verify(); err != nil {
		t.Fatal(err)
	}
}

func logPath(t *testing.T, dir string) string {
	t.Helper()
	gen, err := os.Readlink(filepath.Join(dir, currentLink))
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, gen, manifestFile)
}

// TestLinesOfAnUnwrittenBatchAreCutOff: a process that dies after writing
// a batch's manifest lines but before bleve has the batch leaves lines
// that the next Open drops, so that manifest and documents still agree.
func TestLinesOfAnUnwrittenBatchAreCutOff(t *testing.T) {
	corpus := corpusCopy(t)
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpus)
	verify(t, ix)
	seq := ix.seq
	ix.Close()

	// The lines of batch seq+1: one article removed, one added, then half
	// a line, as a crash would leave them.
	var buf bytes.Buffer
	appendRecord(&buf, seq+1, "world/harbour-talks.txt", nil)
	appendRecord(&buf, seq+1, "world/ghost.txt", &entry{ArticleInfo: knowledge.ArticleInfo{ID: "world/ghost.txt", Paragraphs: 3}})
	buf.WriteString(`{"s":` + strconv.FormatUint(seq+1, 10) + `,"id":"world/ha`)
	path := logPath(t, dir)
	before, _ := os.Stat(path)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(buf.Bytes())
	f.Close()

	ix2 := openTest(t, dir)
	verify(t, ix2)
	if _, ok := ix2.Article("", "world/harbour-talks.txt"); !ok {
		t.Error("a removal whose batch never reached bleve was applied")
	}
	if _, ok := ix2.Article("", "world/ghost.txt"); ok {
		t.Error("an article whose batch never reached bleve is in the manifest")
	}
	if after, _ := os.Stat(path); after.Size() != before.Size() {
		t.Errorf("the log is %d bytes after opening, want %d: the unwritten batch was not cut off", after.Size(), before.Size())
	}
	// The next batch takes the number the lost one had, and counts.
	write(t, filepath.Join(corpus, "world/new.txt"), "Ferry service resumes\n\nThe island ferry sailed again on Friday.")
	if rep := mustSync(t, ix2, corpus); rep.Added != 1 {
		t.Fatalf("sync after reopening = %+v, want 1 added", rep)
	}
	ix2.Close()
	ix3 := openTest(t, dir)
	verify(t, ix3)
	if _, ok := ix3.Article("", "world/new.txt"); !ok {
		t.Error("an article written after the repair is lost on reopening")
	}
}

// TestADamagedLogIsReported: a bad line followed by committed ones is
// damage, not a torn end, and Open says to rebuild.
func TestADamagedLogIsReported(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpusCopy(t))
	ix.Close()
	path := logPath(t, dir)
	raw, _ := os.ReadFile(path)
	raw[0] = '#'
	os.WriteFile(path, raw, 0o644)
	if _, err := Open(dir, Options{}); err == nil || !strings.Contains(err.Error(), "--rebuild") {
		t.Errorf("Open of a damaged manifest: %v, want an error that says to rebuild", err)
	}
}

// TestTheLogStaysLinear: each change appends lines; when the log holds
// more than twice the manifest it is rewritten, and the rewrite keeps
// every article.
func TestTheLogStaysLinear(t *testing.T) {
	defer func(n int) { logSlack = n }(logSlack)
	logSlack = 5
	corpus := corpusCopy(t)
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpus)
	ctx := context.Background()
	for i := range 12 {
		a, _ := knowledge.Parse("memo.txt", "memo.txt", []byte("Memo\n\nThe lighthouse lamp was mended "+strconv.Itoa(i)+" times."), knowledge.ParseOptions{})
		if _, err := ix.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
		if ix.mlog.records > 2*len(ix.manifest)+logSlack {
			t.Fatalf("after %d changes the log has %d lines for %d articles", i+1, ix.mlog.records, len(ix.manifest))
		}
	}
	lines := bytes.Count(mustRead(t, logPath(t, dir)), []byte("\n"))
	if lines != ix.mlog.records {
		t.Errorf("the log has %d lines, the index counts %d", lines, ix.mlog.records)
	}
	ix.Close()
	ix2 := openTest(t, dir)
	verify(t, ix2)
	if st := ix2.Status(""); st.Articles != 5 {
		t.Errorf("%d articles after reopening, want 5", st.Articles)
	}
	if hits := find(t, ix2, "", "lighthouse lamp mended"); len(hits) != 1 {
		t.Errorf("%d hits for the memo, want its last version only", len(hits))
	}
	// Opening rewrites a log longer than its manifest needs (updates
	// leave it up to twice as long), keeping every article.
	for i := range 7 {
		a, _ := knowledge.Parse("memo.txt", "memo.txt", []byte("Memo\n\nThe carillon was rung "+strconv.Itoa(i)+" times."), knowledge.ParseOptions{})
		if _, err := ix2.Add(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if ix2.mlog.records <= len(ix2.manifest)+logSlack {
		t.Fatalf("the log has %d lines for %d articles: too few to be rewritten on opening", ix2.mlog.records, len(ix2.manifest))
	}
	ix2.Close()
	ix3 := openTest(t, dir)
	if n := bytes.Count(mustRead(t, logPath(t, dir)), []byte("\n")); n != len(ix3.manifest) || ix3.mlog.records != n {
		t.Errorf("after opening the log has %d lines (%d counted) for %d articles", n, ix3.mlog.records, len(ix3.manifest))
	}
	verify(t, ix3)
	if hits := find(t, ix3, "", "carillon rung"); len(hits) != 1 || ix3.Status("").Articles != 5 {
		t.Errorf("%d hits for the memo's last version, %d articles", len(hits), ix3.Status("").Articles)
	}
}

// TestAnIndexFromBeforeTheLogIsMoved: an index that kept its manifest
// whole in bleve opens with the same articles, and the old copy goes.
func TestAnIndexFromBeforeTheLogIsMoved(t *testing.T) {
	corpus := corpusCopy(t)
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpus)
	old := map[string]*knowledge.ArticleInfo{}
	for id, e := range ix.manifest {
		old[id] = &e.ArticleInfo
	}
	raw, _ := json.Marshal(old)
	b := ix.bi.NewBatch()
	b.SetInternal([]byte(oldManifestKey), raw)
	b.DeleteInternal([]byte(seqKey))
	if err := ix.bi.Batch(b); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	os.Remove(logPath(t, dir))

	ix2 := openTest(t, dir)
	verify(t, ix2)
	if len(ix2.manifest) != 4 {
		t.Fatalf("%d articles after moving the manifest, want 4", len(ix2.manifest))
	}
	if raw, _ := ix2.bi.GetInternal([]byte(oldManifestKey)); len(raw) != 0 {
		t.Error("the old manifest is still in bleve")
	}
	// Its articles have no file stamps yet: a resync reads and hashes them,
	// finds them unchanged, and records their stamps.
	if rep := mustSync(t, ix2, corpus); rep.Unchanged != 4 || rep.Documents != 0 {
		t.Errorf("sync after moving = %+v, want 4 unchanged and no documents", rep)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// storeFiles counts the segment files of the live generation.
func storeFiles(t *testing.T, dir string) int {
	t.Helper()
	gen, _ := os.Readlink(filepath.Join(dir, currentLink))
	zaps, err := filepath.Glob(filepath.Join(dir, gen, "store", "*.zap"))
	if err != nil {
		t.Fatal(err)
	}
	return len(zaps)
}

// TestCompactionLeavesNoStaleFiles: after an update is compacted, the
// folder holds one segment file, not the ones it replaced as well.
func TestCompactionLeavesNoStaleFiles(t *testing.T) {
	corpus := corpusCopy(t)
	for i := range 60 {
		write(t, filepath.Join(corpus, "many", strconv.Itoa(i)+".txt"), "Report "+strconv.Itoa(i)+"\n\nThe harbour council met "+strconv.Itoa(i)+" times.\n\nIt will meet again.")
	}
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	// Small batches make many segments.
	if _, err := ix.Sync(context.Background(), os.DirFS(corpus), SyncOptions{BatchDocs: 20}); err != nil {
		t.Fatal(err)
	}
	if n := storeFiles(t, dir); n < 2 {
		t.Fatalf("%d segment files before compacting; the test needs several", n)
	}
	ix.mu.RLock()
	bi := ix.bi
	ix.mu.RUnlock()
	compact(context.Background(), bi, ix.log)
	if n := storeFiles(t, dir); n != 1 {
		t.Errorf("%d segment files after compacting, want 1", n)
	}
	verify(t, ix)
	if hits := find(t, ix, "", "harbour council met 42 times"); len(hits) == 0 {
		t.Error("no answers after compacting")
	}
}
