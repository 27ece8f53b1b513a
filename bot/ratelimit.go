package bot

import (
	"sync"
	"time"
)

// RateLimiter is a token bucket per key (a user id): each key may spend
// Burst commands at once and gets one more every Every. It is safe for
// concurrent use and keeps at most a bounded number of buckets.
type RateLimiter struct {
	burst float64
	every time.Duration
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// maxBuckets bounds the memory of a RateLimiter; full buckets are dropped
// first, since a fresh bucket is the same as a full one.
const maxBuckets = 100_000

// NewRateLimiter returns a limiter allowing burst commands at once and one
// more every every.
func NewRateLimiter(burst int, every time.Duration) *RateLimiter {
	return &RateLimiter{burst: float64(max(burst, 1)), every: max(every, time.Millisecond), now: time.Now, buckets: map[string]*bucket{}}
}

// Allow spends a token of key's bucket, or reports false when it is empty.
func (l *RateLimiter) Allow(key string) bool {
	if l == nil {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.prune(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+float64(now.Sub(b.at))/float64(l.every))
	b.at = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// prune drops the buckets that have refilled; if none has, the oldest half.
func (l *RateLimiter) prune(now time.Time) {
	full := time.Duration(l.burst * float64(l.every))
	for k, b := range l.buckets {
		if now.Sub(b.at) >= full {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) < maxBuckets {
		return
	}
	n := 0
	for k := range l.buckets {
		if n >= maxBuckets/2 {
			break
		}
		delete(l.buckets, k)
		n++
	}
}
