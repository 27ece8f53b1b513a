package bot

import (
	"testing"
	"time"
)

func TestRateLimiterIsATokenBucketPerUser(t *testing.T) {
	l := NewRateLimiter(3, 2*time.Second)
	now := time.Unix(1_800_000_000, 0)
	l.now = func() time.Time { return now }
	for n := range 3 {
		if !l.Allow("ann") {
			t.Fatalf("command %d of a burst of 3 refused", n+1)
		}
	}
	if l.Allow("ann") {
		t.Error("a 4th command at once was allowed")
	}
	if !l.Allow("ben") {
		t.Error("another user was limited")
	}
	now = now.Add(1900 * time.Millisecond)
	if l.Allow("ann") {
		t.Error("allowed before a token came back")
	}
	now = now.Add(200 * time.Millisecond)
	if !l.Allow("ann") {
		t.Error("refused after 2 s")
	}
	now = now.Add(time.Hour)
	for n := range 3 {
		if !l.Allow("ann") {
			t.Fatalf("after a rest, command %d refused", n+1)
		}
	}
	if l.Allow("ann") {
		t.Error("the bucket holds more than its burst after a rest")
	}
	var nl *RateLimiter
	if !nl.Allow("x") {
		t.Error("a nil limiter limits")
	}
}
