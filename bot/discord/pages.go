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
	expires time.Time
}

// pageCache keeps paged answers server-side, bounded in number and in
// time: an interaction token lives 15 minutes, and so does an answer.
type pageCache struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu    sync.Mutex
	order *list.List // of *answer, most recently used first
	byKey map[string]*list.Element
}

func newPageCache(max int, ttl time.Duration) *pageCache {
	return &pageCache{max: max, ttl: ttl, now: time.Now, order: list.New(), byKey: map[string]*list.Element{}}
}

// put stores an answer's pages and returns its key.
func (c *pageCache) put(owner string, pages []*discordgo.MessageEmbed) string {
	var raw [8]byte
	rand.Read(raw[:])
	a := &answer{key: hex.EncodeToString(raw[:]), owner: owner, pages: pages, expires: c.now().Add(c.ttl)}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.byKey[a.key] = c.order.PushFront(a)
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.byKey, old.Value.(*answer).key)
	}
	return a.key
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
		c.order.Remove(el)
		delete(c.byKey, key)
		return nil, false
	}
	c.order.MoveToFront(el)
	return a, true
}

func (c *pageCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
