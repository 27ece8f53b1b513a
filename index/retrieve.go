package index

import (
	"container/heap"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

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
var roots = func() []float64 {
	t := make([]float64, 32)
	for i := range t {
		t[i] = math.Sqrt(float64(i))
	}
	return t
}()

func (rt *retriever) excluded(doc uint64) bool {
	_, found := slices.BinarySearch(rt.exclude, doc)
	return found
}

// accumulator holds the scores of one search, by document number.
type accumulator struct {
	docs    []slot
	touched []uint64 // the documents that hold any word, in the order met
}

// slot is what a search adds up for one document: the sum of its words'
// scores and how many of the words it holds, side by side (one memory
// read for both: the postings of a word are spread over the index).
type slot struct {
	sum     float64
	matched uint32
}

// accumulators keeps the accumulators of searches done for the next
// ones: an accumulator holds sixteen bytes a document of the index, and a
// search of common words touches tens of thousands of documents. (A
// sync.Pool drops what it holds at every garbage collection, which a
// search's allocations bring about often.)
var accumulators struct {
	mu   sync.Mutex
	free []*accumulator
}

// keptAccumulators is how many accumulators are kept: one for each search
// that runs at the same time, as many as there are CPUs.
var keptAccumulators = runtime.GOMAXPROCS(0)

// getAccumulator returns an empty accumulator for documents numbered
// below n.
func getAccumulator(n uint64) *accumulator {
	accumulators.mu.Lock()
	var a *accumulator
	if k := len(accumulators.free); k > 0 {
		a = accumulators.free[k-1]
		accumulators.free = accumulators.free[:k-1]
	}
	accumulators.mu.Unlock()
	if a == nil {
		a = &accumulator{}
	}
	if uint64(len(a.docs)) < n {
		a.docs = make([]slot, n)
	}
	return a
}

func putAccumulator(a *accumulator) {
	accumulators.mu.Lock()
	if len(accumulators.free) < keptAccumulators {
		accumulators.free = append(accumulators.free, a)
	}
	accumulators.mu.Unlock()
}

func (a *accumulator) add(doc uint64, s float64) {
	d := &a.docs[doc]
	if d.matched == 0 {
		a.touched = append(a.touched, doc)
	}
	d.sum += s
	d.matched++
}

// scores are the scores of every document that holds one of a
// retriever's words. Release them when done.
type scores struct {
	rt  *retriever
	acc *accumulator
}

// run reads the postings of every word, one word after another, and adds
// each document's scores in the order of the words, as bleve's
// disjunction adds them.
func (rt *retriever) run(ctx context.Context) (*scores, error) {
	acc := getAccumulator(rt.sg.size)
	sc := &scores{rt: rt, acc: acc}
	for i, t := range rt.terms {
		if err := ctx.Err(); err != nil {
			sc.release()
			return nil, err
		}
		idf, weight := rt.idf[i], rt.weight[i]
		err := rt.sg.postings(rt.field, t.term, true, func(doc, freq, length uint64) {
			acc.add(doc, rt.bm25(idf, freq, length)*weight)
		})
		if err != nil {
			sc.release()
			return nil, err
		}
	}
	return sc, nil
}

// release returns the scores' memory for another search.
func (sc *scores) release() {
	a := sc.acc
	if a == nil {
		return
	}
	for _, d := range a.touched {
		a.docs[d] = slot{}
	}
	a.touched = a.touched[:0]
	sc.acc = nil
	putAccumulator(a)
}

// total is how many documents hold any of the words, the excluded scopes'
// aside.
func (sc *scores) total() int {
	n := len(sc.acc.touched)
	for _, d := range sc.rt.exclude {
		if sc.holds(d) {
			n--
		}
	}
	return n
}

// holds tells whether a document holds any of the words.
func (sc *scores) holds(doc uint64) bool {
	return doc < uint64(len(sc.acc.docs)) && sc.acc.docs[doc].matched > 0
}

// of is the score of a document as bleve scores a disjunction of the
// words: their sum, normalised by the query norm made of sumSq, times the
// share of the words it holds; 0 for a document that holds none.
func (sc *scores) of(doc uint64, sumSq float64) float64 {
	a := sc.acc
	if !sc.holds(doc) {
		return 0
	}
	d := a.docs[doc]
	return d.sum * (1 / math.Sqrt(sumSq)) * (float64(d.matched) / float64(len(sc.rt.terms)))
}

// top returns the n best documents that hold any of the words, best
// first; of equal scores, the first in the index. It is best over every
// document touched, with of written out: it reads tens of thousands.
func (sc *scores) top(n int) []passageHit {
	a := sc.acc
	qn := 1 / math.Sqrt(sc.rt.sumSq)
	share := make([]float64, len(sc.rt.terms)+1)
	for m := range share {
		share[m] = float64(m) / float64(len(sc.rt.terms))
	}
	exclude := len(sc.rt.exclude) > 0
	h := make(hitHeap, 0, n)
	for _, d := range a.touched {
		if exclude && sc.rt.excluded(d) {
			continue
		}
		hit := passageHit{d, a.docs[d].sum * qn * share[a.docs[d].matched]}
		h.offer(hit, n)
	}
	return h.sorted()
}

// best returns the n best of docs that hold any of the words, by score,
// best first; of equal scores, the first in the index.
func (sc *scores) best(n int, docs []uint64, score func(doc uint64) float64) []passageHit {
	h := make(hitHeap, 0, n)
	for _, d := range docs {
		if sc.holds(d) && !sc.rt.excluded(d) {
			h.offer(passageHit{d, score(d)}, n)
		}
	}
	return h.sorted()
}

// titled returns the n best passages of the given articles that hold any
// of the words, scored as bleve scores the conjunction of the words'
// disjunction and the disjunction of the articles' terms: the words'
// score, under the query norm of both, plus the article term's, times the
// share of the articles the passage belongs to (one).
func (sc *scores) titled(articles []string, n int) ([]passageHit, error) {
	rt := sc.rt
	avg, err := rt.sg.averageLength("article")
	if err != nil {
		return nil, err
	}
	type posting struct {
		doc, freq, length uint64
		idf               float64
	}
	sumSq := rt.sumSq
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
		sumSq += w * w
		for k := from; k < len(all); k++ {
			all[k].idf = w
		}
	}
	qn := 1 / math.Sqrt(sumSq)
	articleScore := make(map[uint64]float64, len(all))
	docs := make([]uint64, 0, len(all))
	for _, p := range all {
		articleScore[p.doc] = bm25(p.idf, p.freq, p.length, avg) * (p.idf * qn) * (1 / float64(len(articles)))
		docs = append(docs, p.doc)
	}
	slices.Sort(docs)
	return sc.best(n, slices.Compact(docs), func(doc uint64) float64 {
		return sc.of(doc, sumSq) + articleScore[doc]
	}), nil
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
		heap.Push(h, hit)
	case worse((*h)[0], hit):
		(*h)[0] = hit
		heap.Fix(h, 0)
	}
}

// sorted empties the heap into a list, best first.
func (h *hitHeap) sorted() []passageHit {
	out := make([]passageHit, len(*h))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(passageHit)
	}
	return out
}

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(i, j int) bool { return worse(h[i], h[j]) }
func (h hitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(x any)        { *h = append(*h, x.(passageHit)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
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
		out = append(out, c)
	}
	return out, nil
}
