package text

import (
	"math"
	"slices"
)

// A feature is a 64-bit hash of a template and the values it reads (a word,
// a tag, a label set). The model stores no strings: a word is the hash of its
// lower-cased form.

// mix is the splitmix64 finaliser: a cheap, well spread 64-bit hash step.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hashString is FNV-1a over the bytes of s, mixed.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// linear is a trained linear model in its compact, read-only form: an open
// addressing table from feature hashes to rows of (class, weight) pairs, the
// weights quantised to int16. Scores are sums of weights, compared only
// among themselves, so the quantisation scale never needs to be known.
type linear struct {
	nclass int
	mask   uint64
	// slots holds fingerprint<<32 | offset into ents, 0 for an empty slot.
	slots []uint64
	// ents holds each row as a count followed by count entries of
	// class<<16 | uint16(weight).
	ents []uint32
	// keys and offs are the full keys of the rows and their offsets, kept
	// only in a model just trained, to write it.
	keys []uint64
	offs []uint32
}

// fingerprint is the upper half of a feature hash, never 0.
func fingerprint(f uint64) uint32 { return uint32(f>>32) | 1 }

// add adds the weights of feature f to scores.
func (m *linear) add(f uint64, scores []int32) {
	fp := fingerprint(f)
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[i]
		if s == 0 {
			return
		}
		if uint32(s>>32) == fp {
			off := uint32(s)
			n := m.ents[off]
			for _, e := range m.ents[off+1 : off+1+n] {
				scores[e>>16] += int32(int16(uint16(e)))
			}
			return
		}
	}
}

// score sets scores to the sum of the weights of feats.
func (m *linear) score(feats []uint64, scores []int32) {
	clear(scores)
	for _, f := range feats {
		m.add(f, scores)
	}
}

// numFeatures is the number of features with at least one weight.
func (m *linear) numFeatures() int {
	n := 0
	for _, s := range m.slots {
		if s != 0 {
			n++
		}
	}
	return n
}

// row is one feature's weights in a linear model being built or stored.
type row struct {
	key     uint64
	classes []uint16
	weights []int16
}

// buildLinear builds the lookup table from rows (in any order, keys unique),
// keeping the keys when keep is set.
func buildLinear(nclass int, rows []row, keep bool) *linear {
	size := 1
	for size < 2*len(rows)+2 {
		size <<= 1
	}
	m := &linear{nclass: nclass, mask: uint64(size - 1), slots: make([]uint64, size)}
	n := 0
	for _, r := range rows {
		n += 1 + len(r.classes)
	}
	m.ents = make([]uint32, 0, n)
	for _, r := range rows {
		off := uint32(len(m.ents))
		m.ents = append(m.ents, uint32(len(r.classes)))
		for k, c := range r.classes {
			m.ents = append(m.ents, uint32(c)<<16|uint32(uint16(r.weights[k])))
		}
		i := r.key & m.mask
		for m.slots[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = uint64(fingerprint(r.key))<<32 | uint64(off)
		if keep {
			m.keys = append(m.keys, r.key)
			m.offs = append(m.offs, off)
		}
	}
	return m
}

// learner is an averaged perceptron being trained (Collins 2002; the lazy
// averaging of Daumé III): each weight keeps the running total of its value
// over all the updates, so that the average costs nothing per instance.
type learner struct {
	nclass int
	index  map[uint64]int32
	rows   [][]lweight
	now    int32 // instances seen
	// A feature gets weights only at its minUpdates-th update; until then
	// pending counts its updates. Rare features stay out of the model.
	minUpdates int32
	pending    map[uint64]int32
}

type lweight struct {
	class uint16
	ts    int32 // the instance at which total was last brought up to date
	w     float32
	total float64
}

func newLearner(nclass, minUpdates int) *learner {
	return &learner{nclass: nclass, index: map[uint64]int32{}, minUpdates: int32(minUpdates),
		pending: map[uint64]int32{}}
}

// score sets scores to the current (not averaged) weights' sums.
func (l *learner) score(feats []uint64, scores []float64) {
	clear(scores)
	for _, f := range feats {
		if r, ok := l.index[f]; ok {
			for _, w := range l.rows[r] {
				scores[w.class] += float64(w.w)
			}
		}
	}
}

// tick counts one training instance (call it once per decision).
func (l *learner) tick() { l.now++ }

// update moves the weights of feats towards gold and away from guess.
func (l *learner) update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r, ok := l.index[f]
		if !ok {
			if l.minUpdates > 1 {
				if l.pending[f]++; l.pending[f] < l.minUpdates {
					continue
				}
				delete(l.pending, f)
			}
			r = int32(len(l.rows))
			l.index[f] = r
			l.rows = append(l.rows, nil)
		}
		l.bump(r, gold, 1)
		l.bump(r, guess, -1)
	}
}

func (l *learner) bump(r int32, class int, d float32) {
	ws := l.rows[r]
	for k := range ws {
		if int(ws[k].class) == class {
			w := &ws[k]
			w.total += float64(l.now-w.ts) * float64(w.w)
			w.ts = l.now
			w.w += d
			return
		}
	}
	l.rows[r] = append(ws, lweight{class: uint16(class), ts: l.now, w: d})
}

// averaged returns the averaged weights as rows, quantised to int16 so that
// the largest weight is 32767; weights that round to below minQ are dropped
// (pruning), and so are features left without weights. The rows are sorted
// by key, so the same training gives the same bytes.
func (l *learner) averaged(minQ int) []row {
	now := float64(l.now)
	if now == 0 {
		now = 1
	}
	avg := func(w lweight) float64 { return (w.total + (float64(l.now)-float64(w.ts))*float64(w.w)) / now }
	maxAbs := 0.0
	for _, ws := range l.rows {
		for _, w := range ws {
			maxAbs = max(maxAbs, math.Abs(avg(w)))
		}
	}
	if maxAbs == 0 {
		return nil
	}
	scale := 32767 / maxAbs
	keys := make([]uint64, 0, len(l.index))
	for k := range l.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []row
	for _, k := range keys {
		ws := slices.Clone(l.rows[l.index[k]])
		slices.SortFunc(ws, func(a, b lweight) int { return int(a.class) - int(b.class) })
		var r row
		for _, w := range ws {
			q := math.Round(avg(w) * scale)
			if math.Abs(q) < float64(max(minQ, 1)) {
				continue
			}
			r.classes = append(r.classes, w.class)
			r.weights = append(r.weights, int16(q))
		}
		if len(r.classes) > 0 {
			r.key = k
			out = append(out, r)
		}
	}
	return out
}
