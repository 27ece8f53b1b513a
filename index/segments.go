package index

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// segments reads an index snapshot's segments directly: the postings of a
// word and the stored fields of a document, by the document numbers bleve
// gives them in the snapshot (a segment's own numbers after those of the
// segments before it). Reading through bleve's term field reader costs a
// third more a posting, and reading a document by its number through
// bleve looks its name up first, to look it up again by name.
type segments struct {
	r            bindex.IndexReader
	docs         float64 // how many live documents the snapshot holds
	segs         []*scorch.SegmentSnapshot
	first        []uint64 // the number of each segment's first document
	size         uint64   // and the number after the last
	dicts        map[string][]segment.TermDictionary
	pl           segment.PostingsList
	it           segment.PostingsIterator
	files        map[int]*storedFile
	postingCache *postingsCache // the caches searches share (see searchcache.go), nil for none
	passageCache *passageCache
}

// openSegments opens the segments of the live index's current snapshot
// (a scorch index, as Open makes); close them when done.
func openSegments(bi bleve.Index) (*segments, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("cannot read the index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("cannot read the index: %w", err)
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		r.Close()
		return nil, fmt.Errorf("cannot read an index of type %T", r)
	}
	docs, err := r.DocCount()
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("cannot read the index: %w", err)
	}
	s := &segments{r: r, docs: float64(max(docs, 1)), segs: snap.Segments(), dicts: map[string][]segment.TermDictionary{}}
	s.first = make([]uint64, len(s.segs))
	n := uint64(0)
	for i, ss := range s.segs {
		s.first[i] = n
		n += ss.Segment().Count()
	}
	s.size = n
	return s, nil
}

// Close releases the snapshot.
func (s *segments) Close() error {
	for _, f := range s.files {
		if f != nil {
			f.Close()
		}
	}
	return s.r.Close()
}

// averageLength is a field's average length as bleve's BM25 reckons it:
// the number of words in its dictionary over the documents, rounded up.
func (s *segments) averageLength(field string) (float64, error) {
	card, err := s.r.(bindex.BM25Reader).FieldCardinality(field)
	if err != nil {
		return 0, fmt.Errorf("cannot read the %s field: %w", field, err)
	}
	return math.Ceil(float64(card) / s.docs), nil
}

// dictionaries returns each segment's dictionary of a field.
func (s *segments) dictionaries(field string) ([]segment.TermDictionary, error) {
	if ds, ok := s.dicts[field]; ok {
		return ds, nil
	}
	ds := make([]segment.TermDictionary, len(s.segs))
	for i, ss := range s.segs {
		d, err := ss.Segment().Dictionary(field)
		if err != nil {
			return nil, fmt.Errorf("cannot read the %s field: %w", field, err)
		}
		ds[i] = d
	}
	s.dicts[field] = ds
	return ds, nil
}

// docFreq is how many live documents hold term in field.
func (s *segments) docFreq(field, term string) (uint64, error) {
	ds, err := s.dictionaries(field)
	if err != nil {
		return 0, err
	}
	n := uint64(0)
	word := []byte(term)
	for i, d := range ds {
		pl, err := d.PostingsList(word, s.segs[i].Deleted(), s.pl)
		if err != nil {
			return 0, fmt.Errorf("cannot read %s postings: %w", field, err)
		}
		s.pl = pl
		n += pl.Count()
	}
	return n, nil
}

// lengthPosting is a posting that tells its field's length (zap's do):
// cheaper than its norm, which is computed from it.
type lengthPosting interface {
	NormUint64() uint64
}

// postings calls fn with each live document that holds term in field, in
// order, with how often it does and the field's length there (when
// lengths).
func (s *segments) postings(field, term string, lengths bool, fn func(doc, freq, length uint64)) error {
	ds, err := s.dictionaries(field)
	if err != nil {
		return err
	}
	for i, d := range ds {
		pl, err := d.PostingsList([]byte(term), s.segs[i].Deleted(), s.pl)
		if err != nil {
			return fmt.Errorf("cannot read %s postings: %w", field, err)
		}
		s.pl = pl
		it := pl.Iterator(lengths, lengths, false, s.it)
		s.it = it
		first := s.first[i]
		for {
			p, err := it.Next()
			if err != nil {
				return fmt.Errorf("cannot read %s postings: %w", field, err)
			}
			if p == nil {
				break
			}
			switch lp, ok := p.(lengthPosting); {
			case lengths && ok:
				fn(first+p.Number(), p.Frequency(), lp.NormUint64())
			case lengths: // older segments keep the norm, made of the length
				n := p.Norm()
				fn(first+p.Number(), p.Frequency(), uint64(math.Round(1/(n*n))))
			default:
				fn(first+p.Number(), 0, 0)
			}
		}
	}
	return nil
}

// blockDocs is how many documents' scores a search adds up at a time: a
// block's scores stay in the processor's cache while every word's
// postings in the block are read, and the search scores the block's
// documents before it reads the next. An array of scores for the whole
// index (sixteen bytes a document) was read from memory at every posting.
const blockDocs = 1 << 13

// cursor reads the postings of one word in one segment, one ahead of
// those given: doc, freq and length are the posting read and not yet
// given (until done), its document numbered in the snapshot.
type cursor struct {
	it                segment.PostingsIterator
	zit               *zap.PostingsIterator // it, when zap's (the segments bleve writes): no dynamic call
	list              []cachedPosting       // the postings not yet read, when the cache holds them (then it is nil)
	first             uint64                // the number of the segment's first document
	doc, freq, length uint64
	done              bool
}

// cursors opens a cursor on the postings of each of terms in field in the
// segment at place i, each at its first posting.
func (s *segments) cursors(field string, terms []string, i int, cs []cursor) ([]cursor, error) {
	ds, err := s.dictionaries(field)
	if err != nil {
		return nil, err
	}
	cs = cs[:0]
	seg, live := s.segs[i].Id(), s.segs[i].Count()
	for _, term := range terms {
		pl, err := ds[i].PostingsList([]byte(term), s.segs[i].Deleted(), nil)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s postings: %w", field, err)
		}
		n := pl.Count()
		c := cursor{first: s.first[i], done: n == 0}
		if !c.done {
			key := postingsKey{seg, live, field, term}
			list, keep := s.postingCache.get(key, n)
			if list == nil && keep {
				if all, ok := readAll(pl.Iterator(true, true, false, nil), n); ok {
					s.postingCache.put(key, all)
					list = all
				}
			}
			if list != nil {
				c.list = list
			} else {
				c.it = pl.Iterator(true, true, false, nil)
				c.zit, _ = c.it.(*zap.PostingsIterator)
			}
			if err := c.next(); err != nil {
				return nil, fmt.Errorf("cannot read %s postings: %w", field, err)
			}
		}
		cs = append(cs, c)
	}
	return cs, nil
}

// next reads the cursor's next posting.
func (c *cursor) next() error {
	if c.it == nil {
		if len(c.list) == 0 {
			c.done = true
			return nil
		}
		p := c.list[0]
		c.list = c.list[1:]
		c.doc, c.freq, c.length = c.first+uint64(p.doc), uint64(p.freq), uint64(p.length)
		return nil
	}
	var p segment.Posting
	var err error
	if c.zit != nil {
		p, err = c.zit.Next()
	} else {
		p, err = c.it.Next()
	}
	if err != nil {
		return err
	}
	switch zp := p.(type) {
	case nil:
		c.done = true
	case *zap.Posting:
		c.doc, c.freq, c.length = c.first+zp.Number(), zp.Frequency(), zp.NormUint64()
	case lengthPosting:
		c.doc, c.freq, c.length = c.first+p.Number(), p.Frequency(), zp.NormUint64()
	default: // older segments keep the norm, made of the length
		n := p.Norm()
		c.doc, c.freq, c.length = c.first+p.Number(), p.Frequency(), uint64(math.Round(1/(n*n)))
	}
	return nil
}

// split parts the segments into at most n groups of about as many
// documents, each group's segments in order.
func (s *segments) split(n int) [][]int {
	n = max(1, min(n, len(s.segs)))
	groups := make([][]int, n)
	size := make([]uint64, n)
	order := make([]int, len(s.segs))
	for i := range order {
		order[i] = i
	}
	count := func(i int) uint64 { return s.segs[i].Segment().Count() }
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(count(b), count(a)) })
	for _, i := range order { // the largest first, to the smallest group
		g := slices.Index(size, slices.Min(size))
		groups[g] = append(groups[g], i)
		size[g] += count(i)
	}
	for _, g := range groups {
		slices.Sort(g)
	}
	return slices.DeleteFunc(groups, func(g []int) bool { return len(g) == 0 })
}

// normTable holds the field norms of the shorter field lengths, as zap
// computes them from the length: a lookup costs less than the root.
var normTable = func() []float64 {
	t := make([]float64, 4096)
	for n := range t {
		t[n] = float64(float32(1.0 / math.Sqrt(float64(n))))
	}
	return t
}()

// normOf is the norm of a field of length n.
func normOf(n uint64) float64 {
	if n < uint64(len(normTable)) {
		return normTable[n]
	}
	return float64(float32(1.0 / math.Sqrt(float64(n))))
}

// segmentOf is the place of the segment that holds document doc, or -1.
func (s *segments) segmentOf(doc uint64) int {
	return sort.Search(len(s.first), func(i int) bool { return s.first[i] > doc }) - 1
}

// passageRef names a document of the snapshot for the passage cache.
func (s *segments) passageRef(doc uint64) (passageRef, bool) {
	i := s.segmentOf(doc)
	if i < 0 {
		return passageRef{}, false
	}
	return passageRef{s.segs[i].Id(), doc - s.first[i]}, true
}

// visit calls fn with each stored field of a document.
func (s *segments) visit(doc uint64, fn func(field string, typ byte, value []byte)) error {
	i := s.segmentOf(doc)
	if i < 0 {
		return fmt.Errorf("no document %d", doc)
	}
	if sf := s.storedFile(i); sf != nil {
		return sf.visit(doc-s.first[i], fn)
	}
	return s.segs[i].VisitDocument(doc-s.first[i], func(field string, typ byte, value []byte, _ []uint64) bool {
		fn(field, typ, value)
		return true
	})
}

// storedFile returns the stored fields' file of the segment at place i,
// opened once; nil when it is not a zap segment's, or when a merge has
// removed the file of a segment this snapshot still holds: its mapping
// stays readable, and is read then.
func (s *segments) storedFile(i int) *storedFile {
	z, ok := s.segs[i].Segment().(*zap.Segment)
	if !ok {
		return nil
	}
	sf, opened := s.files[i]
	if !opened {
		sf, _ = openStored(z)
		if s.files == nil {
			s.files = map[int]*storedFile{}
		}
		s.files[i] = sf
	}
	return sf
}

// docID returns a document's id, read without decompressing its other
// stored fields; false when its segment cannot read the id alone.
func (s *segments) docID(doc uint64) (string, bool, error) {
	i := s.segmentOf(doc)
	if i < 0 {
		return "", false, fmt.Errorf("no document %d", doc)
	}
	var id []byte
	var err error
	if sf := s.storedFile(i); sf != nil {
		id, err = sf.id(doc - s.first[i])
	} else if r, ok := s.segs[i].Segment().(interface{ DocID(uint64) ([]byte, error) }); ok {
		id, err = r.DocID(doc - s.first[i]) // zap's, through the mapping (the file is gone)
	} else {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	return string(id), id != nil, nil
}
