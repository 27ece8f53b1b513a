package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// corpusCopy copies testdata/corpus to a temporary folder the test may change.
func corpusCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, os.DirFS("testdata/corpus")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func openTest(t *testing.T, dir string) *Index {
	t.Helper()
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func mustSync(t *testing.T, ix *Index, corpus string) Report {
	t.Helper()
	rep, err := ix.Sync(context.Background(), os.DirFS(corpus), SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func find(t *testing.T, ix *Index, scope, q string) []knowledge.Hit {
	t.Helper()
	res, err := ix.Search(context.Background(), knowledge.Query{Text: q, Scope: scope, Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	return res.Hits
}

func TestSearchCitesTheAnsweringParagraph(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	rep := mustSync(t, ix, corpusCopy(t))
	if rep.Added != 4 || len(rep.Skipped) != 0 {
		t.Fatalf("report = %+v, want 4 added and nothing skipped", rep)
	}
	tests := []struct {
		question  string
		article   string
		paragraph int
		title     string
		url       string
	}{
		{"how many ships are waiting offshore", "world/harbour-talks.txt", 2, "Harbour talks stall as port workers strike for a third day", ""},
		{"how many residents were moved to shelters", "world/river-flooding.md", 3, "Flood defences hold along the lower river", "https://news.example.org/floods"},
		// The reason, in the paragraph after the one that says what rose.
		{"why did the price of bread rise", "economy/bakery-prices.json", 3, "Bread prices climb as flour costs rise", "https://news.example.org/bread"},
		{"how many homes will the solar panels supply", "economy/solar-farm.html", 3, "Desert solar farm opens ahead of schedule", "https://news.example.org/solar"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			hits := find(t, ix, "", tt.question)
			if len(hits) == 0 {
				t.Fatal("no hits")
			}
			c := hits[0].Citation
			if c.ArticleID != tt.article || c.Paragraph != tt.paragraph || c.Title != tt.title || c.URL != tt.url {
				t.Errorf("top citation = %+v, want %s ¶%d %q %q", c, tt.article, tt.paragraph, tt.title, tt.url)
			}
			if len(hits[0].Snippet.Marks) == 0 {
				t.Errorf("snippet %q has no highlighted words", hits[0].Snippet.Text)
			}
			for _, m := range hits[0].Snippet.Marks {
				word := strings.ToLower(hits[0].Snippet.Text[m.Start:m.End])
				if !strings.Contains(strings.ToLower(tt.question), word[:min(4, len(word))]) && !isFormOfAWord(t, ix, word, tt.question) {
					t.Errorf("highlighted %q, which is not a word of the question nor a form or synonym of one", word)
				}
			}
		})
	}
}

// isFormOfAWord tells whether word is a form of a word of the question
// that the synonym table lists ("rose" for "rise"), or a word it lists as
// standing for it ("increase").
func isFormOfAWord(t *testing.T, ix *Index, word, question string) bool {
	t.Helper()
	bi, unlock, err := ix.reader()
	defer unlock()
	if err != nil {
		t.Fatal(err)
	}
	name, an := textAnalyzerOf(bi)
	syn := synonymsFor(name, an)
	for _, w := range an.Analyze([]byte(word)) {
		for _, q := range an.Analyze([]byte(question)) {
			if syn[string(q.Term)][string(w.Term)] > 0 {
				return true
			}
		}
	}
	return false
}

func TestBoilerplateIsNeverAnAnswer(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpusCopy(t))
	for _, q := range []string{"related content", "share this article"} {
		for _, h := range find(t, ix, "", q) {
			if h.Kind == knowledge.KindBoilerplate {
				t.Errorf("%q found boilerplate %+v", q, h.Citation)
			}
		}
	}
}

func TestSyncIsIncremental(t *testing.T) {
	corpus := corpusCopy(t)
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpus)

	rep := mustSync(t, ix, corpus)
	if rep.Unchanged != 4 || rep.Added+rep.Updated+rep.Removed != 0 || rep.Documents != 0 {
		t.Fatalf("second sync = %+v, want 4 unchanged and no documents written", rep)
	}

	// Change one article, delete another, add a third.
	write(t, filepath.Join(corpus, "economy/bakery-prices.json"), `{"title": "Bread prices fall back", "text": "Loaves are cheaper again after a record rye harvest."}`)
	os.Remove(filepath.Join(corpus, "world/river-flooding.md"))
	write(t, filepath.Join(corpus, "world/new.txt"), "Ferry service resumes\n\nThe island ferry sailed again on Friday after a week of storms.")
	rep = mustSync(t, ix, corpus)
	if rep.Updated != 1 || rep.Removed != 1 || rep.Added != 1 || rep.Unchanged != 2 {
		t.Fatalf("sync after changes = %+v, want 1 updated, 1 removed, 1 added, 2 unchanged", rep)
	}
	if hits := find(t, ix, "", "residents moved to shelters"); len(hits) != 0 {
		t.Errorf("a deleted article still answers: %+v", hits[0].Citation)
	}
	if hits := find(t, ix, "", "millers energy bills"); len(hits) != 0 {
		t.Errorf("the old version of a changed article still answers: %+v", hits[0].Citation)
	}
	if hits := find(t, ix, "", "rye harvest"); len(hits) == 0 || hits[0].Citation.Title != "Bread prices fall back" {
		t.Errorf("the new version of a changed article does not answer: %+v", hits)
	}
	if st := ix.Status(""); st.Articles != 4 {
		t.Errorf("status counts %d articles, want 4", st.Articles)
	}

	// Facts made by another version of the extractor are made again.
	ix.mu.Lock()
	ix.meta.Extractor = "an older extractor"
	ix.mu.Unlock()
	if rep := mustSync(t, ix, corpus); rep.Updated != 4 {
		t.Errorf("sync after an extractor change = %+v, want all 4 re-extracted", rep)
	}

	// The state survives a restart.
	ix.Close()
	ix2 := openTest(t, dir)
	if rep := mustSync(t, ix2, corpus); rep.Unchanged != 4 || rep.Documents != 0 {
		t.Errorf("sync after reopening = %+v, want everything unchanged", rep)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBadFilesAreSkippedWithAReason(t *testing.T) {
	corpus := corpusCopy(t)
	write(t, filepath.Join(corpus, "bad/binary.txt"), "GIF89a\x00\x01\x02\x03 not text")
	write(t, filepath.Join(corpus, "bad/empty.txt"), "  \n\n ")
	write(t, filepath.Join(corpus, "bad/latin1.txt"), "Caf\xe9 prices\n\nThe caf\xe9 raised its prices.")
	write(t, filepath.Join(corpus, "bad/huge.txt"), "Huge\n\n"+strings.Repeat("word ", 30000))
	write(t, filepath.Join(corpus, "bad/front.md"), "---\ntitle: [unclosed\n---\nBody text here.")
	write(t, filepath.Join(corpus, "bad/notes.docx"), "PK")
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	rep, err := ix.Sync(context.Background(), os.DirFS(corpus), SyncOptions{MaxFileSize: 100 << 10})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"bad/binary.txt": "binary file",
		"bad/empty.txt":  "empty file",
		"bad/latin1.txt": "not UTF-8 text (invalid byte 0xe9 at offset 3",
		"bad/huge.txt":   "file too large",
		"bad/front.md":   "broken front matter",
		"bad/notes.docx": "unsupported file type",
	}
	got := map[string]string{}
	for _, s := range rep.Skipped {
		got[s.Path] = s.Reason
	}
	for path, reason := range want {
		if !strings.HasPrefix(got[path], reason) {
			t.Errorf("%s skipped with %q, want a reason starting %q", path, got[path], reason)
		}
	}
	if rep.Added != 4 {
		t.Errorf("%d good articles indexed, want 4", rep.Added)
	}
	if st := ix.Status(""); len(st.Skipped) != len(want) {
		t.Errorf("status lists %d skipped files, want %d", len(st.Skipped), len(want))
	}
}

func TestRebuildSwapsInAFreshIndex(t *testing.T) {
	corpus := corpusCopy(t)
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpus)
	before, _ := os.Readlink(filepath.Join(dir, currentLink))
	rep, err := ix.Rebuild(context.Background(), os.DirFS(corpus), SyncOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 4 {
		t.Errorf("rebuild added %d, want 4", rep.Added)
	}
	after, _ := os.Readlink(filepath.Join(dir, currentLink))
	if before == after {
		t.Error("rebuild did not switch generations")
	}
	if _, err := os.Stat(filepath.Join(dir, before)); !os.IsNotExist(err) {
		t.Errorf("the replaced generation %s is still on disk", before)
	}
	if hits := find(t, ix, "", "container ships offshore"); len(hits) == 0 {
		t.Error("no answers after the rebuild")
	}
}

func TestUnfinishedRebuildLeavesTheIndexAnswering(t *testing.T) {
	corpus := corpusCopy(t)
	dir := filepath.Join(t.TempDir(), "index")
	ix := openTest(t, dir)
	mustSync(t, ix, corpus)
	// A rebuild that dies leaves a generation the link does not point at.
	gen, bi, err := ix.newGeneration()
	if err != nil {
		t.Fatal(err)
	}
	bi.Close()
	ix.Close()

	ix2 := openTest(t, dir)
	if hits := find(t, ix2, "", "container ships offshore"); len(hits) == 0 {
		t.Error("the index does not answer after an unfinished rebuild")
	}
	if _, err := os.Stat(filepath.Join(dir, gen)); !os.IsNotExist(err) {
		t.Error("the unfinished generation was not cleaned up")
	}

	// A cancelled rebuild keeps the live index too.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix2.Rebuild(ctx, os.DirFS(corpus), SyncOptions{}); err == nil {
		t.Error("a cancelled rebuild reported success")
	}
	if hits := find(t, ix2, "", "container ships offshore"); len(hits) == 0 {
		t.Error("a cancelled rebuild broke the live index")
	}
}

func TestGuildArticlesStayInTheirGuild(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpusCopy(t))
	a, err := knowledge.Parse("ingest/g1/memo.txt", "memo.txt", []byte("Internal memo on the lighthouse\n\nThe lighthouse keeper reported a broken lamp on Sunday."), knowledge.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a.Scope = "g1"
	if _, err := ix.Add(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if hits := find(t, ix, "g1", "lighthouse lamp"); len(hits) == 0 {
		t.Error("the guild that added the article cannot find it")
	}
	for _, scope := range []string{"g2", ""} {
		if hits := find(t, ix, scope, "lighthouse lamp"); len(hits) != 0 {
			t.Errorf("scope %q sees another guild's article", scope)
		}
		if _, err := ix.Passage(context.Background(), scope, a.ID, 2, 1); !errors.Is(err, knowledge.ErrNotFound) {
			t.Errorf("scope %q can read another guild's paragraph: %v", scope, err)
		}
		if _, err := ix.Remove(context.Background(), scope, a.ID); !errors.Is(err, knowledge.ErrNotFound) {
			t.Errorf("scope %q can remove another guild's article: %v", scope, err)
		}
	}
	if ix.Status("g1").Articles != 5 || ix.Status("g2").Articles != 4 {
		t.Errorf("status counts g1 %d, g2 %d; want 5 and 4", ix.Status("g1").Articles, ix.Status("g2").Articles)
	}
	// A rebuild from the corpus keeps the guild's article.
	if _, err := ix.Rebuild(context.Background(), os.DirFS(corpusCopy(t)), SyncOptions{}); err != nil {
		t.Fatal(err)
	}
	if hits := find(t, ix, "g1", "lighthouse lamp"); len(hits) == 0 {
		t.Error("a rebuild lost the guild's article")
	}
	if _, err := ix.Remove(context.Background(), "g1", a.ID); err != nil {
		t.Fatal(err)
	}
	if hits := find(t, ix, "g1", "lighthouse lamp"); len(hits) != 0 {
		t.Error("a removed article still answers")
	}
}

func TestPassageHasItsNeighbours(t *testing.T) {
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpusCopy(t))
	p, err := ix.Passage(context.Background(), "", "world/harbour-talks.txt", 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Before) != 1 || p.Before[0].N != 2 || p.Focus.N != 3 || len(p.After) != 1 || p.After[0].N != 4 {
		t.Fatalf("passage = %+v, want ¶2, ¶3, ¶4", p)
	}
	if !strings.HasPrefix(p.Focus.Text, `"We will not accept`) {
		t.Errorf("focus text = %q", p.Focus.Text)
	}
	if _, err := ix.Passage(context.Background(), "", "world/harbour-talks.txt", 99, 1); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("paragraph 99: err = %v, want ErrNotFound", err)
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	openTest(t, dir)
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open: err = %v, want ErrLocked", err)
	}
}

func TestClipSnippetKeepsTheMarks(t *testing.T) {
	text := strings.Repeat("filler words here ", 30) + "the answer is forty two" + strings.Repeat(" more filler", 30)
	at := strings.Index(text, "forty")
	s := clipSnippet(text, []knowledge.Span{{Start: at, End: at + 5}}, 120)
	if !s.Clipped || len([]rune(s.Text)) > 120 {
		t.Fatalf("snippet of %d runes, clipped=%v", len([]rune(s.Text)), s.Clipped)
	}
	if len(s.Marks) != 1 || s.Text[s.Marks[0].Start:s.Marks[0].End] != "forty" {
		t.Errorf("marks = %+v in %q", s.Marks, s.Text)
	}
}

// A mark near the window's end stays in it: the window is cut back to a
// word's start before the marks are counted.
func TestClipSnippetKeepsAMarkAtTheWindowsEnd(t *testing.T) {
	text := strings.Repeat("word ", 23) + "Kestrel and then a long tail of other words that goes on well past the limit"
	at := strings.Index(text, "Kestrel")
	s := clipSnippet(text, []knowledge.Span{{Start: at, End: at + 7}}, at+7)
	if len(s.Marks) != 1 || s.Text[s.Marks[0].Start:s.Marks[0].End] != "Kestrel" {
		t.Errorf("marks = %+v in %q", s.Marks, s.Text)
	}
}

// A mark near the paragraph's end gets what comes before it, as much as
// the window holds, not a short tail.
func TestClipSnippetFillsTheWindowBeforeTheEnd(t *testing.T) {
	text := strings.Repeat("early words ", 30) + "and at last the Kestrel docked."
	at := strings.Index(text, "Kestrel")
	s := clipSnippet(text, []knowledge.Span{{Start: at, End: at + 7}}, 120)
	if n := len([]rune(s.Text)); n < 100 || n > 120 || !strings.HasSuffix(s.Text, "docked.") {
		t.Errorf("snippet of %d runes: %q", n, s.Text)
	}
	if len(s.Marks) != 1 || s.Text[s.Marks[0].Start:s.Marks[0].End] != "Kestrel" {
		t.Errorf("marks = %+v in %q", s.Marks, s.Text)
	}
}

func TestClosedIndexRefusesWork(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ctx := context.Background()
	if _, err := ix.Search(ctx, knowledge.Query{Text: "x"}); !errors.Is(err, ErrClosed) {
		t.Errorf("Search: %v", err)
	}
	if _, err := ix.Passage(ctx, "", "a", 1, 1); !errors.Is(err, ErrClosed) {
		t.Errorf("Passage: %v", err)
	}
	if _, err := ix.Who(ctx, "", "x"); !errors.Is(err, ErrClosed) {
		t.Errorf("Who: %v", err)
	}
	if _, _, err := ix.Claims(ctx, "", "x", "", "", 1); !errors.Is(err, ErrClosed) {
		t.Errorf("Claims: %v", err)
	}
	if _, err := ix.Rebuild(ctx, os.DirFS(t.TempDir()), SyncOptions{}); !errors.Is(err, ErrClosed) {
		t.Errorf("Rebuild: %v", err)
	}
	if _, err := ix.Remove(ctx, "g", "a"); !errors.Is(err, ErrClosed) {
		t.Errorf("Remove: %v", err)
	}
}

func TestAddedArticlesKeepTheirPlace(t *testing.T) {
	corpus := corpusCopy(t)
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpus)
	ctx := context.Background()
	add := func(id, scope string) error {
		a, _ := knowledge.Parse(id, "x.txt", []byte("Memo\n\nThe lighthouse lamp is broken."), knowledge.ParseOptions{})
		a.Scope = scope
		_, err := ix.Add(ctx, a)
		return err
	}
	if err := add("notes.txt", "g1"); err != nil {
		t.Fatal(err)
	}
	if err := add("notes.txt", "g2"); !errors.Is(err, ErrExists) {
		t.Errorf("a guild replaced another guild's article: %v", err)
	}
	if err := add("world/harbour-talks.txt", "g1"); !errors.Is(err, ErrExists) {
		t.Errorf("a guild replaced a corpus article: %v", err)
	}
	if _, err := ix.Remove(ctx, "g1", "world/harbour-talks.txt"); !errors.Is(err, knowledge.ErrNotFound) {
		t.Errorf("a guild removed a corpus article: %v", err)
	}
	if err := add("shared-memo.txt", ""); err != nil {
		t.Fatal(err)
	}
	if rep := mustSync(t, ix, corpus); rep.Removed != 0 {
		t.Errorf("a corpus update removed %d added articles", rep.Removed)
	}
	if _, ok := ix.Article("", "shared-memo.txt"); !ok {
		t.Error("an article added without a guild is gone after a corpus update")
	}
}

// TestANewExtractorRemakesAddedArticles: an article added from Discord has
// no file to read again; a full update by another version of the extractor
// makes its facts again from its stored text, as it does for corpus files.
func TestANewExtractorRemakesAddedArticles(t *testing.T) {
	corpus := corpusCopy(t)
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	mustSync(t, ix, corpus)
	ctx := context.Background()
	a, _ := knowledge.Parse("memo.txt", "memo.txt", []byte("Memo\n\nThe lighthouse lamp is broken, the keeper Ana Ruiz said."), knowledge.ParseOptions{})
	a.Scope = "g1"
	if _, err := ix.Add(ctx, a); err != nil {
		t.Fatal(err)
	}
	before, _ := ix.Article("g1", "memo.txt")
	ix.mu.Lock()
	ix.meta.Extractor = "an older extractor"
	ix.mu.Unlock()
	time.Sleep(10 * time.Millisecond) // Indexed is to the nanosecond; a clock step apart
	mustSync(t, ix, corpus)
	after, ok := ix.Article("g1", "memo.txt")
	if !ok || !after.Indexed.After(before.Indexed) {
		t.Errorf("the added article was not made again: before %v, after %v (found %v)", before.Indexed, after.Indexed, ok)
	}
	if hits := find(t, ix, "g1", "lighthouse lamp broken"); len(hits) != 1 {
		t.Errorf("%d hits for the added article, want 1", len(hits))
	}
	verify(t, ix)
}
