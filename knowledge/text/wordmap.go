package text

// wordMap is an open addressing table from 64-bit hashes to values, built
// once and then only read: for keys that are hashes already it is faster
// than a Go map, which hashes them again. Key 0 marks an empty place, so
// its value is kept aside.
type wordMap[V any] struct {
	keys    []uint64 // 0 for an empty place
	vals    []V
	mask    uint64
	zero    V // the value of key 0
	hasZero bool
}

// newWordMap returns a table for n keys.
func newWordMap[V any](n int) wordMap[V] {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return wordMap[V]{keys: make([]uint64, size), vals: make([]V, size), mask: uint64(size - 1)}
}

// put sets the value of k (a table holds at most half as many keys as
// places: newWordMap's n).
func (m *wordMap[V]) put(k uint64, v V) {
	if k == 0 {
		m.zero, m.hasZero = v, true
		return
	}
	for i := k & m.mask; ; i = (i + 1) & m.mask {
		if m.keys[i] == 0 || m.keys[i] == k {
			m.keys[i], m.vals[i] = k, v
			return
		}
	}
}

// get returns the value of k.
func (m *wordMap[V]) get(k uint64) (V, bool) {
	if k == 0 {
		return m.zero, m.hasZero
	}
	if len(m.keys) == 0 {
		var zero V
		return zero, false
	}
	for i := k & m.mask; ; i = (i + 1) & m.mask {
		switch m.keys[i] {
		case k:
			return m.vals[i], true
		case 0:
			var zero V
			return zero, false
		}
	}
}
