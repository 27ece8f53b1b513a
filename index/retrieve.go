package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2/numeric"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/briefbot/briefbot/knowledge"
)

// This file finds a question's candidate passages in the postings of its
// words, scoring them as bleve scores a disjunction of term queries on the
// text field (BM25, times the share of the words a passage holds), one
// word after another into an array by document (term at a time), rather
// than through bleve's searchers, which merge the words' postings
// document by document and make a match object for each posting: that
// machinery cost about three times the reading of the postings itself.
// The titled passages of a question (see titledCandidates) are scored
// from the same array.

// retrievalTerm is a word that finds candidates, with its boost: 1 for a
// word of the question, less for a word that stands for one.
type retrievalTerm struct {
	term  string
	boost float64
}

// retriever scores the documents of one snapshot for some words of one
// field.
type retriever struct {
	sg    *segments
	field string
	terms []retrievalTerm // a word may come twice: it then counts twice
	// weight is what a word's BM25 in a document is multiplied by: its
	// boost and its IDF, as bleve's query weight (without the query norm,
	// applied to the sum).
	weight      []float64
	idf         []float64
	avg         float64       // the field's average length as bleve reckons it
	sumSq       float64       // the sum of the squared query weights, of which the query norm
	lengthParts *[256]float64 // lengthPart of the shorter lengths
	postings    float64       // how many postings the words have
	// exclude are the documents of the scopes the asker may not see,
	// ascending.
	exclude []uint64
}

// passageHit is a document found by a retriever: its number in the
// snapshot, and its score.
type passageHit struct {
	doc   uint64
	score float64
}

// newRetriever prepares the scoring of terms (with their document
// frequencies) in a field, leaving out the documents that hold any of the
// excluded scopes.
func newRetriever(sg *segments, field string, terms []retrievalTerm, df map[string]float64, excluded []string) (*retriever, error) {
	rt := &retriever{sg: sg, field: field, terms: terms, weight: make([]float64, len(terms)), idf: make([]float64, len(terms))}
	avg, err := sg.averageLength(field)
	if err != nil {
		return nil, err
	}
	rt.avg, rt.lengthParts = avg, lengthPartsOf(avg)
	for i, t := range terms {
		rt.idf[i] = idf(sg.docs, df[t.term])
		rt.weight[i] = t.boost * rt.idf[i]
		rt.sumSq += rt.weight[i] * rt.weight[i]
		rt.postings += df[t.term]
	}
	for _, s := range excluded {
		err := sg.postings("scope", s, false, func(doc, _, _ uint64) { rt.exclude = append(rt.exclude, doc) })
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(rt.exclude)
	return rt, nil
}

// idf is bleve's BM25 IDF of a word that df of docs documents hold.
func idf(docs, df float64) float64 {
	return math.Log(1 + (docs-df+0.5)/(df+0.5))
}

// bm25 is bleve's BM25 of a word of that IDF in a document's field that
// holds it freq times, of length length, in a field of average length
// avg: computed from the field's norm (one over the root of its length,
// as a float32), as bleve computes it.
func bm25(idf float64, freq, length uint64, avg float64) float64 {
	tf := math.Sqrt(float64(freq))
	return idf * (tf * search.BM25_k1) / (tf + lengthPart(length, avg))
}

// lengthPart is the part of BM25's denominator that a field's length
// makes.
func lengthPart(length uint64, avg float64) float64 {
	norm := normOf(length)
	fieldLength := 1 / (norm * norm)
	return search.BM25_k1 * (1 - search.BM25_b + (search.BM25_b * fieldLength / avg))
}

// bm25 is the package's bm25 in the retriever's field, with the length
// parts of the shorter lengths from a table: a search computes it for
// every posting of its words.
func (rt *retriever) bm25(idf float64, freq, length uint64) float64 {
	var lp float64
	if length < uint64(len(rt.lengthParts)) {
		lp = rt.lengthParts[length]
	} else {
		lp = lengthPart(length, rt.avg)
	}
	var tf float64
	if freq < uint64(len(roots)) {
		tf = roots[freq]
	} else {
		tf = math.Sqrt(float64(freq))
	}
	return idf * (tf * search.BM25_k1) / (tf + lp)
}

// lengthParts holds the tables of lengthPart, by average length (a whole
// number, and the same for every search until the index grows).
var lengthParts sync.Map

func lengthPartsOf(avg float64) *[256]float64 {
	if t, ok := lengthParts.Load(avg); ok {
		return t.(*[256]float64)
	}
	t := new([256]float64)
	for n := range t {
		t[n] = lengthPart(uint64(n), avg)
	}
	lengthParts.Store(avg, t)
	return t
}

// roots are the square roots of the smaller frequencies.
var roots = func() *[32]float64 {
	t := new([32]float64)
	for i := range t {
		t[i] = math.Sqrt(float64(i))
	}
	return t
}()

func (rt *retriever) excluded(doc uint64) bool {
	_, found := slices.BinarySearch(rt.exclude, doc)
	return found
}

// block holds the scores of one block of documents (see blockDocs) for
// one search: what the words add up to for each document, by its place
// in the block.
type block struct {
	docs    [blockDocs]slot
	touched []uint32 // the places of the documents that hold any word, in the order met
}

// slot is what a search adds up for one document: the sum of its words'
// scores and how many of the words it holds, side by side.
type slot struct {
	sum     float64
	matched uint32
}

// blocks keeps the blocks of searches done for the next ones, one for
// each search that runs at the same time. (A sync.Pool would drop them at
// every garbage collection, which a search's allocations bring about
// often.)
var blocks struct {
	mu   sync.Mutex
	free []*block
}

func getBlock() *block {
	blocks.mu.Lock()
	defer blocks.mu.Unlock()
	if k := len(blocks.free); k > 0 {
		b := blocks.free[k-1]
		blocks.free = blocks.free[:k-1]
		return b
	}
	return &block{}
}

func putBlock(b *block) {
	blocks.mu.Lock()
	defer blocks.mu.Unlock()
	if len(blocks.free) < runtime.GOMAXPROCS(0) {
		blocks.free = append(blocks.free, b)
	}
}

// retrieval is what a run finds: the best documents, the best of the
// titled ones (see titledSet), and how many documents hold any word.
type retrieval struct {
	top, titled []passageHit
	total       int
}

// titledSet are the passages of some articles, scored as bleve scores
// the conjunction of the words' disjunction and the disjunction of the
// articles' terms: the words' score, under the query norm of both
// (sumSq), plus what the article term adds (article).
type titledSet struct {
	docs    []uint64 // ascending
	article map[uint64]float64
	sumSq   float64
}

// titledSet prepares the scoring of the passages of the given articles.
func (rt *retriever) titledSet(articles []string) (*titledSet, error) {
	avg, err := rt.sg.averageLength("article")
	if err != nil {
		return nil, err
	}
	type posting struct {
		doc, freq, length uint64
		idf               float64
	}
	ts := &titledSet{sumSq: rt.sumSq}
	var all []posting
	for _, a := range articles {
		from := len(all)
		err := rt.sg.postings("article", a, true, func(doc, freq, length uint64) {
			all = append(all, posting{doc: doc, freq: freq, length: length})
		})
		if err != nil {
			return nil, err
		}
		w := idf(rt.sg.docs, float64(len(all)-from))
		ts.sumSq += w * w
		for k := from; k < len(all); k++ {
			all[k].idf = w
		}
	}
	qn := 1 / math.Sqrt(ts.sumSq)
	ts.article = make(map[uint64]float64, len(all))
	for _, p := range all {
		ts.article[p.doc] = bm25(p.idf, p.freq, p.length, avg) * (p.idf * qn) * (1 / float64(len(articles)))
		ts.docs = append(ts.docs, p.doc)
	}
	slices.Sort(ts.docs)
	ts.docs = slices.Compact(ts.docs)
	return ts, nil
}

// run reads the postings of the words a block of documents at a time, and
// in a block one word after another, adding each document's scores in the
// order of the words, as bleve's disjunction adds them; then scores the
// documents of the block as bleve's disjunction does (their sum, under
// the query norm, times the share of the words they hold). It returns the
// n best, the titledN best of ts (nil for none), and how many documents
// hold any word, the excluded ones aside.
//
// A search that reads many postings in an index of several segments reads
// them on the CPUs no other search is using, a group of segments each, and
// merges what each finds. (When every CPU has a search, as in a burst of
// questions, splitting one only adds the cost of the groups.)
func (rt *retriever) run(ctx context.Context, n int, ts *titledSet, titledN int) (retrieval, error) {
	if err := ctx.Err(); err != nil {
		return retrieval{}, err
	}
	running := retrievals.Add(1)
	defer retrievals.Add(-1)
	groups := rt.sg.split(searchWorkers(rt.postings, int(running), runtime.GOMAXPROCS(0)))
	if len(groups) == 1 {
		return rt.runSegments(ctx, groups[0], n, ts, titledN)
	}
	// The field's dictionaries are read here, once: the groups share them.
	if _, err := rt.sg.dictionaries(rt.field); err != nil {
		return retrieval{}, err
	}
	found := make([]retrieval, len(groups))
	errs := make([]error, len(groups))
	var wg sync.WaitGroup
	for g, segs := range groups {
		wg.Go(func() { found[g], errs[g] = rt.runSegments(ctx, segs, n, ts, titledN) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return retrieval{}, err
	}
	var out retrieval
	for _, f := range found {
		out.top, out.titled = append(out.top, f.top...), append(out.titled, f.titled...)
		out.total += f.total
	}
	best := func(hs []passageHit, n int) []passageHit {
		slices.SortFunc(hs, func(a, b passageHit) int {
			switch {
			case worse(b, a):
				return -1
			case worse(a, b):
				return 1
			}
			return 0
		})
		return hs[:min(n, len(hs))]
	}
	out.top, out.titled = best(out.top, n), best(out.titled, titledN)
	return out, nil
}

// yield gives the CPU to the goroutines waiting for one. A search runs
// for a millisecond or more, well within the ten milliseconds after which
// Go would preempt it; in a burst the interactions waiting for their first
// response (a signature check and a deferral: microseconds of work each)
// would wait behind every search under way. So a search steps aside now
// and then: not after every block, for each step aside costs a few
// microseconds. (Variables for the tests.)
var (
	yield      = runtime.Gosched
	yieldEvery = 100 * time.Microsecond
)

// yielder steps aside when yieldEvery has passed since it last did.
type yielder struct{ last time.Time }

func newYielder() yielder { return yielder{last: time.Now()} }

func (y *yielder) maybe() {
	if now := time.Now(); now.Sub(y.last) >= yieldEvery {
		yield()
		y.last = now
	}
}

// retrievals counts the retrievers running, to read a search's postings
// on the CPUs the others leave free.
var retrievals atomic.Int32

// searchWorkers is how many groups a search of that many postings reads
// in, when running retrievals run (this one among them) on procs CPUs.
func searchWorkers(postings float64, running, procs int) int {
	if postings < parallelPostings {
		return 1
	}
	return max(1, procs-running+1)
}

// parallelPostings is how many postings a search reads before it reads
// them on several CPUs: fewer are read faster than goroutines start. (A
// variable for the tests.)
var parallelPostings = 50_000.0

// runSegments is run over some segments (by their place, ascending): in
// each, a block of documents at a time, it reads the postings of the
// words in the block, word after word, then scores the block's
// documents that hold any.
func (rt *retriever) runSegments(ctx context.Context, segs []int, n int, ts *titledSet, titledN int) (retrieval, error) {
	b := getBlock()
	defer putBlock(b)
	defer b.clear()
	y := newYielder()
	terms := make([]string, len(rt.terms))
	for i, t := range rt.terms {
		terms[i] = t.term
	}
	qn := 1 / math.Sqrt(rt.sumSq)
	share := make([]float64, len(rt.terms)+1)
	for m := range share {
		share[m] = float64(m) / float64(len(rt.terms))
	}
	var titledQN float64
	var titled []uint64
	if ts != nil {
		titledQN, titled = 1/math.Sqrt(ts.sumSq), ts.docs
	}
	top, best := make(hitHeap, 0, n), make(hitHeap, 0, titledN)
	total := 0
	lps := rt.lengthParts
	var cs []cursor
	for _, i := range segs {
		var err error
		if cs, err = rt.sg.cursors(rt.field, terms, i, cs); err != nil {
			return retrieval{}, err
		}
		last := rt.sg.first[i] + rt.sg.segs[i].Segment().Count()
		for from := rt.sg.first[i]; from < last && !allDone(cs); from += blockDocs {
			if err := ctx.Err(); err != nil {
				return retrieval{}, err
			}
			to := min(from+blockDocs, last)
			for t := range cs {
				c := &cs[t]
				idf, w := rt.idf[t], rt.weight[t]
				for !c.done && c.doc < to {
					d := &b.docs[c.doc-from]
					if d.matched == 0 {
						b.touched = append(b.touched, uint32(c.doc-from))
					}
					var s float64
					if c.length < uint64(len(lps)) && c.freq < uint64(len(roots)) {
						tf := roots[c.freq] // rt.bm25, written out for the most postings
						s = idf * (tf * search.BM25_k1) / (tf + lps[c.length])
					} else {
						s = rt.bm25(idf, c.freq, c.length)
					}
					d.sum += s * w
					d.matched++
					if err := c.next(); err != nil {
						return retrieval{}, fmt.Errorf("cannot read %s postings: %w", rt.field, err)
					}
				}
			}
			// The block's documents: those that cannot be among the n best
			// are left at the first comparison.
			for _, k := range b.touched {
				doc := from + uint64(k)
				if len(rt.exclude) > 0 && rt.excluded(doc) {
					continue
				}
				total++
				score := b.docs[k].sum * qn * share[b.docs[k].matched]
				if len(top) == n && score < top[0].score {
					continue
				}
				top.offer(passageHit{doc, score}, n)
			}
			// The titled documents of the block that hold a word.
			for len(titled) > 0 && titled[0] < to {
				doc := titled[0]
				titled = titled[1:]
				if doc < from || len(rt.exclude) > 0 && rt.excluded(doc) {
					continue
				}
				if d := b.docs[doc-from]; d.matched > 0 {
					best.offer(passageHit{doc, d.sum*titledQN*share[d.matched] + ts.article[doc]}, titledN)
				}
			}
			b.clear()
			y.maybe()
		}
	}
	return retrieval{top: top.sorted(), titled: best.sorted(), total: total}, nil
}

// clear zeroes the scores of the documents touched.
func (b *block) clear() {
	for _, k := range b.touched {
		b.docs[k] = slot{}
	}
	b.touched = b.touched[:0]
}

// allDone tells whether every cursor has given its last posting.
func allDone(cs []cursor) bool {
	for i := range cs {
		if !cs[i].done {
			return false
		}
	}
	return true
}

// hitHeap holds the best hits found so far, the worst on top: the lowest
// score, and of equal scores the last in the index.
type hitHeap []passageHit

func worse(a, b passageHit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

// offer keeps a hit if it is among the n best so far.
func (h *hitHeap) offer(hit passageHit, n int) {
	switch {
	case n <= 0:
	case len(*h) < n:
		*h = append(*h, hit)
		h.up(len(*h) - 1)
	case worse((*h)[0], hit):
		(*h)[0] = hit
		h.down(0)
	}
}

// sorted empties the heap into a list, best first.
func (h *hitHeap) sorted() []passageHit {
	out := make([]passageHit, len(*h))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = (*h)[0]
		last := len(*h) - 1
		(*h)[0] = (*h)[last]
		*h = (*h)[:last]
		h.down(0)
	}
	return out
}

// up moves the hit at j up the heap to its place; down moves the hit at i
// down (as container/heap does, without its interface's calls).
func (h hitHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !worse(h[j], h[i]) {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (h hitHeap) down(i int) {
	for {
		j := 2*i + 1
		if j >= len(h) {
			return
		}
		if r := j + 1; r < len(h) && worse(h[r], h[j]) {
			j = r
		}
		if !worse(h[j], h[i]) {
			return
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
}

// loadCandidates reads the passages of hits from their stored fields, with
// their figures if asked.
func loadCandidates(sg *segments, hits []passageHit, figures bool) ([]*candidate, error) {
	out := make([]*candidate, 0, len(hits))
	for _, h := range hits {
		c := &candidate{claim: -1, bm25: h.score}
		err := sg.visit(h.doc, func(field string, _ byte, value []byte) {
			switch field {
			case "article":
				c.article = string(value)
			case "n":
				if i, err := numeric.PrefixCoded(value).Int64(); err == nil {
					c.n = int(numeric.Int64ToFloat64(i))
				}
			case "kind":
				c.kind = knowledge.Kind(value)
			case "text":
				c.text = string(value)
			case "claims":
				c.claims = string(value)
			case "figures":
				if figures {
					c.figures = string(value)
				}
			}
		})
		if err != nil {
			return nil, fmt.Errorf("cannot read passage %d: %w", h.doc, err)
		}
		if key, ok := sg.passageRef(h.doc); ok && sg.passageCache != nil {
			c.traits = sg.passageCache.traits(key, c.text)
		}
		out = append(out, c)
	}
	return out, nil
}
