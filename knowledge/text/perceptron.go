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
// addressing table from feature hashes to rows of weights. A weight is one
// byte, a code for one of 127 levels spaced evenly in log scale from the
// largest weight down to 1/4096 of it (smaller weights are dropped). A row
// with few weights lists (class, code) pairs, two bytes each; a row with
// weights for many classes is stored dense, one int16 level per class, which
// is faster to add up. Scores are sums of levels, compared only among
// themselves.
type linear struct {
	nclass int
	size   uint64
	// slots holds fingerprint<<32 | offset into ents, 0 for an empty slot.
	slots []uint64
	// ents holds each row: a sparse row as its count followed by count
	// entries of class<<8 | uint8(code); a dense row as denseRow followed by
	// nclass levels.
	ents []uint16
	// lv is the level of each code byte (lv[256-k] = -lv[k]).
	lv [256]int32
	// kept holds the rows as built, in a model just trained or being pruned,
	// to write it.
	kept []row
}

// The weight levels: level k (1..127) is levelTop * levelRatio^(k-127).
const (
	numLevels = 127
	levelTop  = 32767
	// levelSpan is the ratio of the largest level to the smallest.
	levelSpan = 4096
	// denseRow marks a dense row in ents.
	denseRow = 0x8000
)

var levelRatio = math.Pow(levelSpan, 1.0/(numLevels-1))

func levelTable() [256]int32 {
	var lv [256]int32
	for k := 1; k <= numLevels; k++ {
		v := int32(math.Round(levelTop * math.Pow(levelRatio, float64(k-numLevels))))
		lv[k] = v
		lv[256-k] = -v
	}
	return lv
}

// quantise returns the code of weight w in a model whose largest weight is
// top, 0 when it is too small to keep.
func quantise(w, top float64) int8 {
	a := math.Abs(w)
	if a == 0 || top == 0 {
		return 0
	}
	k := numLevels + math.Round(math.Log(a/top)/math.Log(levelRatio))
	if k < 1 {
		return 0
	}
	k = min(k, numLevels)
	if w < 0 {
		return int8(-k)
	}
	return int8(k)
}

// fingerprint is the upper half of a feature hash, never 0.
func fingerprint(f uint64) uint32 { return uint32(f>>32) | 1 }

// home is the slot where the search for feature f starts.
func (m *linear) home(f uint64) uint64 { return uint64(uint32(f)) * m.size >> 32 }

// find returns the offset of f's row in ents, or -1.
func (m *linear) find(f uint64) int {
	fp := fingerprint(f)
	for i := m.home(f); ; {
		s := m.slots[i]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == fp {
			return int(uint32(s))
		}
		if i++; i == m.size {
			i = 0
		}
	}
}

// score sets scores to the sum of the weights of feats, with slots as
// working memory (returned for reuse). It first reads every feature's home
// slot, loads that do not wait on each other and so overlap their cache
// misses, then resolves them.
func (m *linear) score(feats []uint64, scores []int32, slots []uint64) []uint64 {
	scores = scores[:m.nclass]
	clear(scores)
	slots = grow(slots, len(feats))
	for k, f := range feats {
		slots[k] = m.slots[m.home(f)]
	}
	for k, f := range feats {
		s := slots[k]
		if s == 0 {
			continue
		}
		off := int(uint32(s))
		if uint32(s>>32) != fingerprint(f) {
			if off = m.find(f); off < 0 {
				continue
			}
		}
		n := int(m.ents[off])
		if n == denseRow {
			d := m.ents[off+1 : off+1+len(scores)]
			s := scores[:len(d)] // lets the compiler drop the bounds checks
			for c := range d {
				s[c] += int32(int16(d[c]))
			}
			continue
		}
		for _, e := range m.ents[off+1 : off+1+n] {
			scores[e>>8] += m.lv[e&0xff]
		}
	}
	return slots
}

// denseFactor decides which rows are dense: those with weights for at least
// 1/denseFactor of the classes.
var denseFactor = 3

// appendRow appends the row of classes and codes to m.ents and returns its
// offset.
func (m *linear) appendRow(classes []uint8, codes []int8) uint32 {
	off := uint32(len(m.ents))
	if denseFactor*len(classes) >= m.nclass {
		m.ents = append(m.ents, denseRow)
		at := len(m.ents)
		m.ents = append(m.ents, make([]uint16, m.nclass)...)
		for k, c := range classes {
			m.ents[at+int(c)] = uint16(int16(m.lv[uint8(codes[k])]))
		}
		return off
	}
	m.ents = append(m.ents, uint16(len(classes)))
	for k, c := range classes {
		m.ents = append(m.ents, uint16(c)<<8|uint16(uint8(codes[k])))
	}
	return off
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

// bytes is the memory the table takes.
func (m *linear) bytes() int { return 8*len(m.slots) + 2*len(m.ents) }

// row is one feature's weights in a linear model being built or stored.
type row struct {
	key     uint64
	classes []uint8
	codes   []int8
}

// buildLinear builds the lookup table from rows (in any order, keys unique),
// keeping the rows when keep is set.
func buildLinear(nclass int, rows []row, keep bool) *linear {
	size := tableSize(len(rows))
	m := &linear{nclass: nclass, size: size, slots: make([]uint64, size), lv: levelTable()}
	for _, r := range rows {
		m.insert(r.key, m.appendRow(r.classes, r.codes))
	}
	if keep {
		m.kept = rows
	}
	return m
}

// tableSize is the number of slots for n rows: twice as many, so that the
// search for a feature not in the table stops after two or three slots.
func tableSize(n int) uint64 { return 2*uint64(n) + 8 }

// insert puts the row of key at offset off in the table.
func (m *linear) insert(key uint64, off uint32) {
	i := m.home(key)
	for m.slots[i] != 0 {
		if i++; i == m.size {
			i = 0
		}
	}
	m.slots[i] = uint64(fingerprint(key))<<32 | uint64(off)
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

// averaged returns the averaged weights as rows, quantised (see linear),
// sorted by key, so the same training gives the same bytes.
func (l *learner) averaged() []row {
	now := float64(max(l.now, 1))
	avg := func(w lweight) float64 { return (w.total + (float64(l.now)-float64(w.ts))*float64(w.w)) / now }
	top := 0.0
	for _, ws := range l.rows {
		for _, w := range ws {
			top = max(top, math.Abs(avg(w)))
		}
	}
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
			if q := quantise(avg(w), top); q != 0 {
				r.classes = append(r.classes, uint8(w.class))
				r.codes = append(r.codes, q)
			}
		}
		if len(r.classes) > 0 {
			r.key = k
			out = append(out, r)
		}
	}
	return out
}
