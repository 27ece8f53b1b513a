package discord

import (
	"testing"
	"time"
)

func TestReplayGuardForgetsAfterTheWindowAndIsBounded(t *testing.T) {
	g := newReplayGuard(10*time.Minute, 3)
	t0 := time.Now()
	steps := []struct {
		id   string
		at   time.Duration
		want seen
	}{
		{"1", 0, seenNew},
		{"1", time.Minute, seenBefore},
		{"2", time.Minute, seenNew},
		{"3", 2 * time.Minute, seenNew},
		{"4", 3 * time.Minute, seenFull}, // three remembered: the bound
		{"1", 9 * time.Minute, seenBefore},
		{"4", 10*time.Minute + time.Second, seenNew}, // "1" has expired: room again
		{"1", 10*time.Minute + time.Second, seenFull},
		{"2", 10*time.Minute + time.Second, seenBefore},
		{"1", 11*time.Minute + time.Second, seenNew},  // "2" has expired
		{"2", 11*time.Minute + time.Second, seenFull}, // "3", "4" and "1" remembered
	}
	for k, s := range steps {
		if got := g.add(s.id, t0.Add(s.at)); got != s.want {
			t.Errorf("step %d: add(%s) at +%v = %d, want %d", k, s.id, s.at, got, s.want)
		}
	}
	if len(g.ids) != len(g.order) || len(g.order) > 3 {
		t.Errorf("%d ids in the map, %d in order, bound 3", len(g.ids), len(g.order))
	}
}
