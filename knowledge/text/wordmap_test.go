package text

import "testing"

func TestWordMap(t *testing.T) {
	keys := []uint64{0, 1, 7, 8, 15, 16, 1 << 40, 0x9e3779b97f4a7c15, ^uint64(0)}
	m := newWordMap[int](len(keys))
	for i, k := range keys {
		m.put(k, i)
	}
	m.put(7, 70) // a second put replaces the value
	for i, k := range keys {
		want := i
		if k == 7 {
			want = 70
		}
		if v, ok := m.get(k); !ok || v != want {
			t.Errorf("get(%d) = %d, %v; want %d", k, v, ok, want)
		}
	}
	for _, k := range []uint64{2, 9, 1 << 41, 12345} {
		if v, ok := m.get(k); ok {
			t.Errorf("get(%d) = %d, want nothing", k, v)
		}
	}
	var empty wordMap[string]
	if _, ok := empty.get(3); ok {
		t.Error("an empty table has a key")
	}
}
