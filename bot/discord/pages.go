package discord

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// answer is a paged answer kept for its buttons.
type answer struct {
	key     string
	owner   string // the user id of the person who asked
	pages   []*discordgo.MessageEmbed
	bytes   int // what the pages hold, roughly, in memory
	expires time.Time
}

// pageCache keeps paged answers server-side, bounded in number, in bytes
// and in time: an interaction token lives 15 minutes, and so does an
// answer. When a bound is reached, the answers used least recently go.
type pageCache struct {
	max      int // answers
	maxBytes int
	ttl      time.Duration
	now      func() time.Time

	mu    sync.Mutex
	order *list.List // of *answer, most recently used first
	byKey map[string]*list.Element
	bytes int
}

func newPageCache(max, maxBytes int, ttl time.Duration) *pageCache {
	return &pageCache{max: max, maxBytes: maxBytes, ttl: ttl, now: time.Now, order: list.New(), byKey: map[string]*list.Element{}}
}

// Rough costs in memory of an embed and of a field beyond their text.
const (
	embedOverhead = 400
	fieldOverhead = 80
)

// pagesBytes estimates the memory an answer's pages hold.
func pagesBytes(pages []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range pages {
		n += embedOverhead + len(e.Title) + len(e.Description)
		if e.Footer != nil {
			n += len(e.Footer.Text)
		}
		for _, f := range e.Fields {
			n += fieldOverhead + len(f.Name) + len(f.Value)
		}
	}
	return n
}

// put stores an answer's pages and returns its key.
func (c *pageCache) put(owner string, pages []*discordgo.MessageEmbed) string {
	var raw [8]byte
	rand.Read(raw[:])
	a := &answer{key: hex.EncodeToString(raw[:]), owner: owner, pages: pages, bytes: pagesBytes(pages), expires: c.now().Add(c.ttl)}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.byKey[a.key] = c.order.PushFront(a)
	c.bytes += a.bytes
	// The newest answer stays even when it alone is over the byte bound:
	// its buttons must work.
	for c.order.Len() > c.max || c.bytes > c.maxBytes && c.order.Len() > 1 {
		c.remove(c.order.Back())
	}
	return a.key
}

func (c *pageCache) remove(el *list.Element) {
	a := el.Value.(*answer)
	c.order.Remove(el)
	delete(c.byKey, a.key)
	c.bytes -= a.bytes
}

// get returns a stored answer that has not expired.
func (c *pageCache) get(key string) (*answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	a := el.Value.(*answer)
	if c.now().After(a.expires) {
		c.remove(el)
		return nil, false
	}
	c.order.MoveToFront(el)
	return a, true
}

// len returns how many answers are kept and what they hold.
func (c *pageCache) len() (answers, bytes int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.bytes
}
