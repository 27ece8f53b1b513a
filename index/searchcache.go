package index

import (
	"container/list"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/index/scorch"
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
// A list is kept for a segment snapshot: the segment with its deletions
// at that time. A snapshot with other deletions is another key, so the
// cache never gives postings of deleted documents; the lists of snapshots
// no search uses any more leave as the others come.
type postingsCache struct {
	mu     sync.Mutex
	budget int // bytes
	used   int
	lists  map[postingsKey]*list.Element
	lru    list.List           // of *cachedList, the most recently read first
	asked  map[postingsKey]int // lists asked for once, not yet kept: how long
}

type postingsKey struct {
	seg   *scorch.SegmentSnapshot
	field string
	term  string
}

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

// defaultPostingsCacheBytes is the cache's size unless Options set it.
const defaultPostingsCacheBytes = 16 << 20

// askedMax bounds the lists remembered as asked for once.
const askedMax = 4096

func newPostingsCache(budget int) *postingsCache {
	return &postingsCache{budget: budget, lists: map[postingsKey]*list.Element{}, asked: map[postingsKey]int{}}
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
	c.asked[key] = int(n)
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
// again and again (12,000 passages read by 200 questions, 3,100 of them
// different). Passages are known by their number in an index snapshot;
// another snapshot's are others. The cache holds two generations of
// passages: when the newer is full it becomes the older, and the older
// is dropped; a passage found in the older moves to the newer.
type passageCache struct {
	mu       sync.Mutex
	max      int // passages in a generation
	cur, old map[snapshotDoc]*passageTraits
}

type snapshotDoc struct {
	snap any // the index snapshot (bleve's reader)
	doc  uint64
}

// passageTraits are what a passage's text alone tells. They are shared
// by the searches that read the passage: nothing may change them, save
// reader, which is worked out when first needed.
type passageTraits struct {
	sents  []knowledge.Span
	hash   uint64
	reader atomic.Int32 // 0 not known yet, 1 no, 2 yes
}

// passageCacheSize is how many passages a generation of the cache holds
// (a few hundred bytes each).
const passageCacheSize = 8192

func newPassageCache(size int) *passageCache {
	return &passageCache{max: size, cur: map[snapshotDoc]*passageTraits{}}
}

// traits returns the traits of a passage of text, working them out the
// first time.
func (c *passageCache) traits(key snapshotDoc, text string) *passageTraits {
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

func (c *passageCache) remember(key snapshotDoc, t *passageTraits) {
	if len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[snapshotDoc]*passageTraits, c.max)
	}
	c.cur[key] = t
}

func newTraits(text string) *passageTraits {
	t := &passageTraits{sents: sentences(text)}
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
	case 1:
		return false
	case 2:
		return true
	}
	r := isReaderVoice(text, hasClaims)
	v := int32(1)
	if r {
		v = 2
	}
	t.reader.Store(v)
	return r
}
