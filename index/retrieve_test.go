package index

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/knowledge"
)

// retrieveArticles are written for the test: words shared between them,
// words repeated within a paragraph, paragraphs of different lengths, and
// words that stand for each other (harbour, port), so that BM25, the
// query weights and the share of the words held all count.
var retrieveArticles = map[string]string{
	"harbour.txt": "Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm closed it for a week.\n\nShips queued outside the port while divers checked the harbour wall, the harbour master said.",
	"ferry.txt":   "Ferry fares rise\n\nFerry fares will rise by 4% in spring, the operator said.\n\nThe port authority said the rise would pay for a new ferry terminal and a longer harbour wall.",
	"storm.txt":   "Storm damage counted\n\nThe storm damaged roofs, boats and a bridge.\n\nInsurers said the storm would cost them more than any storm in a decade. Storm storm storm.",
	"budget.txt":  "Council budget\n\nThe council set its budget for the year, with more for roads and less for parks.\n\nHarbour dues will pay for the new wall.",
	"fish.txt":    "Fish prices\n\nFish prices fell at the port market as boats returned after the storm.\n\nTraders said prices would recover once the harbour was busy again.",
	"rail.txt":    "Rail strike called off\n\nThe rail union called off its strike after talks through the night.\n\nTrains will run as normal on Friday.",
}

// guildArticles are visible only in their guild.
var guildArticles = map[string]map[string]string{
	"g1": {"g1-notes.txt": "Harbour notes\n\nOur harbour group met on Monday about the storm and the port."},
	"g2": {"g2-notes.txt": "Storm notes\n\nThe storm hit the harbour town hard; the port was shut."},
}

var guildTitles = map[string]string{"g1": "Harbour notes", "g2": "Storm notes"}

func retrieveIndex(t *testing.T) *Index {
	t.Helper()
	ix := openTest(t, filepath.Join(t.TempDir(), "index"))
	add := func(id, text, scope string) {
		a := article(t, id, text)
		a.Scope = scope
		if _, err := ix.addFacts(a, knowledge.Facts{Entities: []knowledge.Entity{}}); err != nil {
			t.Fatal(err)
		}
	}
	for id, text := range retrieveArticles {
		add(id, text, knowledge.SharedScope)
	}
	for scope, as := range guildArticles {
		ix.scopes[scope] = true
		for id, text := range as {
			add(id, text, scope)
		}
	}
	// An article changed: its old passages are deleted.
	add("fish.txt", retrieveArticles["fish.txt"]+"\n\nThe harbour fish market will open on Sundays from May.", knowledge.SharedScope)
	return ix
}

// The retriever finds and scores the candidates as bleve's own searchers
// do over the same words and the same snapshot: the same passages in the
// same order, the same scores, the same number of passages matched, in
// the shared scope and in a guild's; the passages of titled articles as
// bleve's conjunction of the words and the articles scores them; and the
// titles that match as bleve's match query finds them.
func TestRetrieverScoresAsBleve(t *testing.T) {
	ix := retrieveIndex(t)
	ctx := context.Background()
	questions := []string{
		"when did the harbour reopen after the storm",
		"ferry fares",
		"what will pay for the harbour wall",
		"storm damage insurers",
		"fish prices at the port",
		"rail strike",
		"harbour",
		"zebra harbour", // a word no passage holds still counts in the share
	}
	bi, sg := snapshot(t, ix)
	m := bi.Mapping()
	anName, an := textAnalyzerOf(bi)
	// Four articles, two of them guilds': a scope sees its own only.
	var titled []string
	for _, g := range []string{"g1", "g2"} {
		for _, a := range ix.articlesLocked(g) {
			switch a.Title {
			case "Harbour reopens after storm", "Storm damage counted", guildTitles[g]:
				if !slices.Contains(titled, a.ID) {
					titled = append(titled, a.ID)
				}
			}
		}
	}
	slices.Sort(titled)
	compared, comparedTitled, comparedHeadings := 0, 0, 0
	for _, scope := range []string{knowledge.SharedScope, "g1"} {
		for _, text := range questions {
			what := scope + ": " + text
			q := prepare(sg, an, anName, knowledge.ReadQuestion(text))
			terms := q.retrievalTerms()
			var words []query.Query
			for _, term := range terms {
				tq := bleve.NewTermQuery(term.term)
				tq.SetField("text")
				tq.SetBoost(term.boost)
				words = append(words, tq)
			}
			rt, err := newRetriever(sg, "text", terms, q.df, ix.otherScopes(scope))
			if err != nil {
				t.Fatal(err)
			}
			ts, err := rt.titledSet(titled)
			if err != nil {
				t.Fatal(err)
			}
			found, err := rt.run(ctx, 50, ts, 4)
			if err != nil {
				t.Fatal(err)
			}
			want, total := bleveTop(t, sg, m, ix.scoped(bleve.NewDisjunctionQuery(words...), scope), 50)
			sameHits(t, what, found.top, want)
			compared += len(found.top)
			if found.total != total {
				t.Errorf("%s: total %d, bleve %d", what, found.total, total)
			}

			var in []query.Query
			for _, a := range titled {
				tq := bleve.NewTermQuery(a)
				tq.SetField("article")
				in = append(in, tq)
			}
			articles := bleve.NewDisjunctionQuery(in...)
			articles.SetBoost(0)
			both := bleve.NewConjunctionQuery(bleve.NewDisjunctionQuery(words...), articles)
			want, _ = bleveTop(t, sg, m, ix.scoped(both, scope), 4)
			sameHits(t, what+" (titled)", found.titled, want)
			comparedTitled += len(found.titled)

			heading := bleve.NewMatchQuery(text)
			heading.SetField("heading")
			want, _ = bleveTop(t, sg, m, ix.scoped(heading, scope), 3)
			var wantNames []string
			for _, h := range want {
				sg.visit(h.IndexInternalID.Value(), func(field string, _ byte, value []byte) {
					if field == "article" {
						wantNames = append(wantNames, string(value))
					}
				})
			}
			names, err := ix.headingMatches(ctx, sg, headingAnalyzerOf(bi), text, scope, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(names, wantNames) {
				t.Errorf("%s: titles matched %q, bleve %q", what, names, wantNames)
			}
			comparedHeadings += len(names)
		}
	}
	if compared < 40 || comparedTitled < 20 || comparedHeadings < 10 {
		t.Errorf("compared %d hits, %d titled and %d titles: too few for the test to mean anything", compared, comparedTitled, comparedHeadings)
	}
}

// Documents are numbered across segments as bleve numbers them, the
// deleted ones are left out, and blocks of documents are read whole: a
// bleve index kept from merging its segments, words written into
// documents of several batches (the first of three blocks), some of them
// deleted.
func TestRetrieverReadsSegments(t *testing.T) {
	bi, err := bleve.NewUsing(filepath.Join(t.TempDir(), "bleve"), buildMapping(), scorch.Name, scorch.Name,
		map[string]any{"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": 1}})
	if err != nil {
		t.Fatal(err)
	}
	defer bi.Close()
	words := []string{"harbour", "storm", "ferry", "wall", "fares"}
	for batch := range 4 {
		b := bi.NewBatch()
		docs := 6
		if batch == 0 {
			docs = 2*blockDocs + 100 // a segment of three blocks
		}
		for k := range docs {
			var text []string
			for w, word := range words {
				// Words at the same places of each block: a block's scores
				// must not carry over into the next's.
				if (batch+k+w)%3 != 0 && (k < 6 || k%blockDocs%97 == w) {
					text = append(text, strings.Repeat(word+" ", 1+(k+w)%2))
				}
			}
			text = append(text, strings.Repeat("filler ", batch+k%7))
			doc := map[string]any{"type": typePassage, "text": strings.Join(text, " "), "article": fmt.Sprintf("a%d", k), "n": float64(k)}
			if err := b.Index(fmt.Sprintf("p%d-%d", batch, k), doc); err != nil {
				t.Fatal(err)
			}
		}
		if batch > 0 {
			b.Delete(fmt.Sprintf("p%d-0", batch-1))
			b.Delete(fmt.Sprintf("p0-%d", blockDocs+97*batch+1))
		}
		if err := bi.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	sg, err := openSegments(bi)
	if err != nil {
		t.Fatal(err)
	}
	defer sg.Close()
	if len(sg.segs) < 2 {
		t.Fatalf("%d segments: the test means to read several", len(sg.segs))
	}
	terms := []retrievalTerm{{"fare", 1}, {"harbour", 1}, {"storm", 0.6}, {"wall", 1}}
	df := docFreqs(t, sg, terms)
	var in []query.Query
	for _, term := range terms {
		tq := bleve.NewTermQuery(term.term)
		tq.SetField("text")
		tq.SetBoost(term.boost)
		in = append(in, tq)
	}
	rt, err := newRetriever(sg, "text", terms, df, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, total := bleveTop(t, sg, bi.Mapping(), bleve.NewDisjunctionQuery(in...), 60)
	var yields atomic.Int32
	defer func(y func(), every time.Duration) { yield, yieldEvery = y, every }(yield, yieldEvery)
	yield, yieldEvery = func() { yields.Add(1) }, 0
	found, err := rt.run(context.Background(), 60, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := found.top
	sameHits(t, "segments", got, want)
	if found.total != total || total < 40 {
		t.Errorf("total %d, bleve %d", found.total, total)
	}
	// The search stepped aside after each block it read (as often as it
	// may): once at least in each segment that holds a posting of the
	// words (which documents a segment holds depends on when bleve merged).
	read := 0
	for i := range sg.segs {
		cs, err := sg.cursors("text", []string{"fare", "harbour", "storm", "wall"}, i, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !allDone(cs) {
			read++
		}
	}
	if n := yields.Load(); int(n) < read || read < 2 {
		t.Errorf("the search yielded %d times, want one a block, in %d segments at least", n, read)
	}
	// The same, read on two CPUs, a group of segments each.
	defer func(p float64, procs int) { parallelPostings = p; runtime.GOMAXPROCS(procs) }(parallelPostings, runtime.GOMAXPROCS(2))
	parallelPostings = 0
	if groups := sg.split(2); len(groups) != 2 {
		t.Fatalf("segments split in %d groups, want 2", len(groups))
	}
	found, err = rt.run(context.Background(), 60, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	sameHits(t, "segments, on two CPUs", found.top, want)
	if found.total != total {
		t.Errorf("on two CPUs: total %d, bleve %d", found.total, total)
	}
	// The same, with the postings read from the cache: asked for once,
	// kept the second time, read from it the third.
	defer func(m uint64) { minCachedPostings = m }(minCachedPostings)
	minCachedPostings = 1
	pc := newPostingsCache(1 << 20)
	sg.postingCache = pc
	for round := range 3 {
		found, err = rt.run(context.Background(), 60, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		sameHits(t, fmt.Sprintf("segments, postings cached, round %d", round), found.top, want)
		if found.total != total {
			t.Errorf("postings cached, round %d: total %d, bleve %d", round, found.total, total)
		}
	}
	if pc.used == 0 || len(pc.lists) < len(terms) {
		t.Errorf("the cache holds %d lists (%d bytes), want those of %d words at least", len(pc.lists), pc.used, len(terms))
	}
	// A document deleted after its postings were kept is not found: its
	// segment's lists are others once it has one live document fewer.
	bestDoc := want[0].IndexInternalID.Value()
	bestID, err := sg.r.ExternalID(bindex.NewIndexInternalID(nil, bestDoc))
	if err != nil {
		t.Fatal(err)
	}
	bestSeg := sg.segs[sg.segmentOf(bestDoc)]
	del := bi.NewBatch()
	del.Delete(bestID)
	if err := bi.Batch(del); err != nil {
		t.Fatal(err)
	}
	after, err := openSegments(bi)
	if err != nil {
		t.Fatal(err)
	}
	defer after.Close()
	after.postingCache = pc
	// (the test means the same segment, with a deletion: no merge made
	// another)
	if !slices.ContainsFunc(after.segs, func(ss *scorch.SegmentSnapshot) bool {
		return ss.Id() == bestSeg.Id() && ss.Count() == bestSeg.Count()-1
	}) {
		t.Fatalf("segment %d is not in the snapshot after the deletion with one document fewer", bestSeg.Id())
	}
	rtAfter, err := newRetriever(after, "text", terms, docFreqs(t, after, terms), nil)
	if err != nil {
		t.Fatal(err)
	}
	wantAfter, totalAfter := bleveTop(t, after, bi.Mapping(), bleve.NewDisjunctionQuery(in...), 60)
	for round := range 3 {
		found, err := rtAfter.run(context.Background(), 60, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		sameHits(t, fmt.Sprintf("after a deletion, postings cached, round %d", round), found.top, wantAfter)
		if found.total != totalAfter || totalAfter != total-1 {
			t.Errorf("after a deletion, round %d: total %d, bleve %d, before %d", round, found.total, totalAfter, total)
		}
	}
	// The stored fields read are the document's, as bleve reads them.
	cs, err := loadCandidates(sg, got, false)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range got {
		id, err := sg.r.ExternalID(bindex.NewIndexInternalID(nil, h.doc))
		if err != nil {
			t.Fatal(err)
		}
		var batch, k int
		fmt.Sscanf(id, "p%d-%d", &batch, &k)
		if c := cs[i]; c.article != fmt.Sprintf("a%d", k) || c.n != k || c.bm25 != h.score {
			t.Errorf("document %d (%s) read as article %q, paragraph %d", h.doc, id, c.article, c.n)
		}
	}
}

// docFreqs returns the document frequency of each term in a snapshot's
// text field.
func docFreqs(t *testing.T, sg *segments, terms []retrievalTerm) map[string]float64 {
	t.Helper()
	df := map[string]float64{}
	for _, term := range terms {
		n, err := sg.docFreq("text", term.term)
		if err != nil {
			t.Fatal(err)
		}
		df[term.term] = float64(n)
	}
	return df
}

// bleveTop runs a query through bleve's own searcher and collector over
// the snapshot sg reads, and returns its n best hits and how many match.
func bleveTop(t *testing.T, sg *segments, m mapping.IndexMapping, q query.Query, n int) ([]*search.DocumentMatch, int) {
	t.Helper()
	ctx := context.WithValue(context.Background(), search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return bindex.BM25Scoring }))
	s, err := q.Searcher(ctx, sg.r, m, search.SearcherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := collector.NewTopNCollector(n, 0, search.SortOrder{&search.SortScore{Desc: true}})
	if err := c.Collect(ctx, s, sg.r); err != nil {
		t.Fatal(err)
	}
	return c.Results(), int(c.Total())
}

func sameHits(t *testing.T, what string, got []passageHit, want []*search.DocumentMatch) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d hits, bleve %d", what, len(got), len(want))
		return
	}
	for i, h := range got {
		w := want[i]
		if h.doc != w.IndexInternalID.Value() || math.Abs(h.score-w.Score) > 1e-9*w.Score {
			t.Errorf("%s: hit %d is document %d (%.12f), bleve's %d (%.12f)", what, i, h.doc, h.score, w.IndexInternalID.Value(), w.Score)
		}
	}
}

// A hitHeap keeps the n best hits offered, the higher score first and of
// equal scores the first in the index, whatever the order they come in.
func TestHitHeapKeepsTheBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 5, 60} {
		var all []passageHit
		for doc := range uint64(300) {
			all = append(all, passageHit{doc: doc, score: float64(rng.IntN(20)) / 4}) // many ties
		}
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		var h hitHeap
		for _, hit := range all {
			h.offer(hit, n)
		}
		got := h.sorted()
		slices.SortFunc(all, func(a, b passageHit) int {
			if worse(b, a) {
				return -1
			}
			return 1
		})
		if want := all[:n]; !slices.Equal(got, want) {
			t.Errorf("n=%d: kept %v, want %v", n, got, want)
		}
	}
}

func TestSearchWorkersLeaveBusyCPUsAlone(t *testing.T) {
	tests := []struct {
		postings             float64
		running, procs, want int
	}{
		{postings: 10, running: 1, procs: 2, want: 1},                // few postings: one group
		{postings: parallelPostings, running: 1, procs: 2, want: 2},  // alone: every CPU
		{postings: parallelPostings, running: 2, procs: 2, want: 1},  // another search runs: its CPU is busy
		{postings: parallelPostings, running: 2, procs: 8, want: 7},  // six CPUs free and this one
		{postings: parallelPostings, running: 20, procs: 8, want: 1}, // a burst: one group each
		{postings: parallelPostings, running: 1, procs: 1, want: 1},  // one CPU
	}
	for _, tt := range tests {
		if got := searchWorkers(tt.postings, tt.running, tt.procs); got != tt.want {
			t.Errorf("searchWorkers(%v, %d, %d) = %d, want %d", tt.postings, tt.running, tt.procs, got, tt.want)
		}
	}
}

// Searches at the same time share the caches (see searchcache.go) and
// find what they find alone without them.
func TestSearchesShareTheCaches(t *testing.T) {
	ix := retrieveIndex(t)
	// retrieveIndex replaces an article, so scorch merges its segments in
	// the background, and a merge that drops the deleted passages changes
	// the statistics every score is made of. Merge them first: the answers
	// compared below then come from one snapshot's statistics.
	compact(context.Background(), ix.bi, ix.log)
	questions := []string{"when did the harbour reopen after the storm", "ferry fares", "storm damage insurers",
		"fish prices at the port", "harbour", "what will pay for the harbour wall"}
	search := func(q string) knowledge.Results {
		r, err := ix.Search(context.Background(), knowledge.Query{Text: q})
		if err != nil {
			t.Error(err)
		}
		r.Took = 0
		return r
	}
	pc, ps := ix.postings, ix.passages
	ix.postings, ix.passages = nil, nil
	want := map[string]knowledge.Results{}
	for _, q := range questions {
		want[q] = search(q)
	}
	defer func(m uint64) { minCachedPostings = m }(minCachedPostings)
	minCachedPostings = 1
	ix.postings, ix.passages = pc, ps
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for round := range 3 {
				for k := range questions {
					q := questions[(k+g)%len(questions)]
					if got := search(q); !reflect.DeepEqual(got, want[q]) {
						t.Errorf("%q, searcher %d, round %d: %+v, alone and uncached %+v", q, g, round, got, want[q])
					}
				}
			}
		})
	}
	wg.Wait()
	if len(pc.lists) == 0 || len(ps.cur)+len(ps.old) == 0 {
		t.Errorf("the caches hold %d lists and %d passages: the test means to read from them", len(pc.lists), len(ps.cur)+len(ps.old))
	}
}
