package index

import (
	"container/list"
	"slices"
	"sync"
	"sync/atomic"

	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"

	"github.com/briefbot/briefbot/knowledge"
)

// postingsCache keeps the decoded postings of the words searches read
// most, in each segment: a few common words ("said", "year", "bank") make
// most of the postings a search reads, and questions asked about the
// news of the day share them. A list read from the cache costs a fifth of
// one decoded from the segment. Only long lists are kept (a short one is
// cheap to decode), and only one asked for a second time, so that words
// read once do not push out those read again; the least recently read
// list leaves first when the cache is full.
//
// A list is kept for a segment with the documents it held live then (see
// postingsKey), so the cache never gives postings of deleted documents.
// The keys hold no pointer: a list kept keeps no index snapshot alive.
// Each bleve index has caches of its own (segment numbers are its own),
// made anew when a rebuild replaces it.
type postingsCache struct {
	mu     sync.Mutex
	budget int // bytes
	used   int
	lists  map[postingsKey]*list.Element
	lru    list.List                // of *cachedList, the most recently read first
	asked  map[postingsKey]struct{} // lists asked for once, not yet kept
}

// postingsKey names the postings of a word in a field of a segment, by the
// segment's number in its index and how many live documents it has: a
// segment's deletions only grow, so the same number of live documents is
// the same deletions.
type postingsKey struct {
	seg, live   uint64
	field, term string
}

// cachedList is a list the cache keeps, with its key (for eviction).
type cachedList struct {
	key      postingsKey
	postings []cachedPosting
}

// cachedPosting is a posting in a segment: its document's number there,
// how often the word is in the field and the field's length.
type cachedPosting struct {
	doc    uint32
	freq   uint16
	length uint16
}

// cachedPostingBytes is the size of a cachedPosting.
const cachedPostingBytes = 8

// minCachedPostings is the shortest list the cache keeps. (A variable
// for the tests.)
var minCachedPostings uint64 = 1024

// postingsCacheBytes is the cache's size: the lists that a burst of
// questions about the day's news shares fit many times over (they took
// 0.9 MB over 21,268 articles), and serving 106,340 articles stays within
// 300 MB (16 MB took it over).
const postingsCacheBytes = 4 << 20

// askedMax bounds the lists remembered as asked for once.
const askedMax = 4096

// newPostingsCache makes a cache of budget bytes of postings.
func newPostingsCache(budget int) *postingsCache {
	return &postingsCache{budget: budget, lists: map[postingsKey]*list.Element{}, asked: map[postingsKey]struct{}{}}
}

// get returns the kept postings of key, if any. Otherwise it tells
// whether a list of n postings should be kept once read: when it is long
// enough and was asked for before.
func (c *postingsCache) get(key postingsKey, n uint64) (postings []cachedPosting, keep bool) {
	if c == nil || n < minCachedPostings || n*cachedPostingBytes > uint64(c.budget) {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.lists[key]; ok {
		c.lru.MoveToFront(e)
		return e.Value.(*cachedList).postings, false
	}
	if _, ok := c.asked[key]; ok {
		delete(c.asked, key)
		return nil, true
	}
	if len(c.asked) >= askedMax {
		clear(c.asked)
	}
	c.asked[key] = struct{}{}
	return nil, false
}

// put keeps postings read for key, making room for them.
func (c *postingsCache) put(key postingsKey, postings []cachedPosting) {
	size := len(postings) * cachedPostingBytes
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.lists[key]; ok || size > c.budget {
		return
	}
	for c.used+size > c.budget {
		last := c.lru.Back()
		old := c.lru.Remove(last).(*cachedList)
		delete(c.lists, old.key)
		c.used -= len(old.postings) * cachedPostingBytes
	}
	c.lists[key] = c.lru.PushFront(&cachedList{key: key, postings: postings})
	c.used += size
}

// readAll decodes every posting of an iterator, or says it cannot: a
// frequency or a length too large for a cachedPosting.
func readAll(it segment.PostingsIterator, n uint64) ([]cachedPosting, bool) {
	out := make([]cachedPosting, 0, n)
	c := cursor{it: it}
	c.zit, _ = it.(*zap.PostingsIterator)
	for {
		if err := c.next(); err != nil {
			return nil, false
		}
		if c.done {
			return out, true
		}
		if c.doc > 1<<32-1 || c.freq > 1<<16-1 || c.length > 1<<16-1 {
			return nil, false
		}
		out = append(out, cachedPosting{doc: uint32(c.doc), freq: uint16(c.freq), length: uint16(c.length)})
	}
}

// passageCache keeps what searches work out of a passage's text alone,
// whatever the question: its sentences, its text's hash (see collapse)
// and whether it is a reader's voice. A search reads about 80 passages,
// and a burst of questions about the day's news reads the same ones
// again and again (800 questions read 4,300 different passages 64,000
// times). A passage is known by its segment's number and its own there
// (its text never changes). The cache holds two generations of passages:
// when the newer is full it becomes the older, and the older is dropped;
// a passage found in the older moves to the newer.
type passageCache struct {
	mu       sync.Mutex
	max      int // passages in a generation
	cur, old map[passageRef]*passageTraits
}

// passageRef names a passage: its segment's number in the index and its
// document's number in the segment.
type passageRef struct {
	seg, doc uint64
}

// passageTraits are what a passage's text alone tells. They are shared
// by the searches that read the passage: nothing may change them (sents
// is read only), save reader and reasons, worked out when first needed.
type passageTraits struct {
	sents   []knowledge.Span
	hash    uint64
	reader  atomic.Int32           // readerUnknown, readerNo or readerYes
	reasons atomic.Pointer[[]bool] // whether each sentence gives a reason, once a "why" has asked
}

const (
	readerUnknown = iota
	readerNo
	readerYes
)

// passageCacheSize is how many passages a generation of the cache holds
// (a few hundred bytes each): a burst of 800 questions read 4,300
// different ones.
const passageCacheSize = 2048

// newPassageCache makes a cache of two generations of size passages.
func newPassageCache(size int) *passageCache {
	return &passageCache{max: size, cur: map[passageRef]*passageTraits{}}
}

// traits returns the traits of a passage of text, working them out the
// first time.
func (c *passageCache) traits(key passageRef, text string) *passageTraits {
	if c == nil {
		return newTraits(text)
	}
	c.mu.Lock()
	t, ok := c.cur[key]
	if !ok {
		if t, ok = c.old[key]; ok {
			c.remember(key, t)
		}
	}
	c.mu.Unlock()
	if ok {
		return t
	}
	t = newTraits(text)
	c.mu.Lock()
	c.remember(key, t)
	c.mu.Unlock()
	return t
}

// remember keeps a passage's traits in the newer generation, which
// becomes the older when full. The caller holds the lock.
func (c *passageCache) remember(key passageRef, t *passageTraits) {
	if len(c.cur) >= c.max {
		c.old, c.cur = c.cur, map[passageRef]*passageTraits{}
	}
	c.cur[key] = t
}

// newTraits works out the traits of a passage of text: one sentence of
// it all when the splitter finds none.
func newTraits(text string) *passageTraits {
	t := &passageTraits{sents: slices.Clip(sentences(text))}
	if len(t.sents) == 0 {
		t.sents = []knowledge.Span{{Start: 0, End: len(text)}}
	}
	t.hash, _ = textHash(text)
	return t
}

// isReader tells whether the passage is a reader's voice (see
// isReaderVoice), working it out the first time.
func (t *passageTraits) isReader(text string, hasClaims bool) bool {
	switch t.reader.Load() {
	case readerNo:
		return false
	case readerYes:
		return true
	}
	r := isReaderVoice(text, hasClaims)
	v := int32(readerNo)
	if r {
		v = readerYes
	}
	t.reader.Store(v)
	return r
}

// givesReason tells whether sentence i of the passage's text gives a
// reason (see givesReason), working it out for every sentence the first
// time a "why" asks.
func (t *passageTraits) givesReason(text string, i int) bool {
	rs := t.reasons.Load()
	if rs == nil {
		all := make([]bool, len(t.sents))
		for k, s := range t.sents {
			all[k] = givesReason(text[s.Start:s.End])
		}
		t.reasons.Store(&all)
		rs = &all
	}
	return (*rs)[i]
}
