package text

import (
	"math"
	"slices"
	"unsafe"
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
// with few weights lists (class, code) pairs, two bytes each, in the slot
// itself when there are at most four, so that finding a feature and reading
// its weights cost one cache miss; a row with weights for many classes is
// stored dense, one code per class, so that the classes a decision chooses
// among can be read without the others. Scores are sums of levels, compared
// only among themselves.
type linear struct {
	nclass int
	size   uint64
	slots  []slot
	// ents holds the sparse rows that do not fit in their slot: each its
	// count followed by count entries of class<<8 | uint8(code).
	ents []uint16
	// dense holds the dense rows: nclass codes each, every stride (nclass
	// rounded up to a cache line) bytes from an address aligned on a cache
	// line, with room after the last for a row to be read as an array
	// indexed by any class.
	dense  []uint8
	stride int
	// lv is the level of each code byte (lv[256-k] = -lv[k]).
	lv [256]int32
	// kept holds the rows as built, in a model just trained or being pruned,
	// to write it.
	kept []row
	// keeps is set when kept holds every row.
	keeps bool
}

// slot is one place of the table: a feature's fingerprint (0 for an empty
// slot) and its row: up to inlineEntries entries of class<<8 | uint8(code)
// in e when row counts them, else at ents[row-external], or for a dense row
// at dense[row-denseRow].
type slot struct {
	fp  uint32
	row uint32
	e   [inlineEntries]uint16
}

const (
	inlineEntries = 4
	external      = 8
	denseRow      = 1 << 31
)

// The weight levels: level k (1..127) is levelTop * levelRatio^(k-127).
const (
	numLevels = 127
	levelTop  = 32767
	// levelSpan is the ratio of the largest level to the smallest.
	levelSpan = 4096
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

// find returns the slot of f, or nil.
func (m *linear) find(f uint64) *slot {
	fp := fingerprint(f)
	for i := m.home(f); ; {
		s := &m.slots[i]
		if s.fp == fp {
			return s
		}
		if s.fp == 0 {
			return nil
		}
		if i++; i == m.size {
			i = 0
		}
	}
}

// lookup is the working memory of a table look-up.
type lookup struct {
	homes []uint64
	offs  []int32 // of sparse rows in ents
	rows  []int32 // of dense rows in dense
	sink  uint16  // keeps the loads that warm the rows
}

// maxClasses is the most classes a table has: a class fits in a byte.
const maxClasses = 256

// add sets scores to the sum of the weights of feats: for every class when
// cands is nil, else for the classes of cands at least (the other entries
// of short rows are added too: they cost less to add than to skip). Each
// step runs over all the features before the next, so that the loads of
// their slots, then of the rows outside their slots, do not wait on each
// other and overlap their cache misses.
func (m *linear) add(feats []uint64, cands []uint8, scores *[maxClasses]int32, lk *lookup) {
	clear(scores[:m.nclass])
	lv := &m.lv
	lk.homes = grow(lk.homes, len(feats))
	homes := lk.homes[:len(feats)]
	for k, f := range feats {
		h := m.home(f)
		homes[k] = h | uint64(m.slots[h].fp)<<32
	}
	offs, rows := lk.offs[:0], lk.rows[:0]
	for k, f := range feats {
		fp := fingerprint(f)
		i := uint64(uint32(homes[k]))
		if uint32(homes[k]>>32) != fp {
			for {
				if i++; i == m.size {
					i = 0
				}
				s := m.slots[i].fp
				if s == fp {
					break
				}
				if s == 0 {
					i = m.size
					break
				}
			}
			if i == m.size {
				continue
			}
		}
		s := &m.slots[i]
		switch {
		case s.row >= denseRow:
			rows = append(rows, int32(s.row-denseRow))
		case s.row >= external:
			offs = append(offs, int32(s.row-external))
		default:
			for _, e := range s.e[:s.row&(inlineEntries*2-1)] {
				scores[e>>8] += lv[uint8(e)]
			}
		}
	}
	lk.offs, lk.rows = offs, rows
	// Load the rows outside the slots before adding any: the loads overlap.
	sink := uint16(0)
	for _, o := range offs {
		sink |= m.ents[o]
	}
	dense := m.dense[:cap(m.dense)]
	for _, o := range rows {
		for k := 0; k < m.nclass; k += 64 {
			sink |= uint16(dense[int(o)+k])
		}
	}
	lk.sink = sink
	ents := m.ents
	for _, o := range offs {
		n := int(ents[o])
		for _, e := range ents[int(o)+1 : int(o)+1+n] {
			scores[e>>8] += lv[uint8(e)]
		}
	}
	if len(rows) == 0 {
		return
	}
	if cands == nil {
		for _, o := range rows {
			for c, code := range dense[o : int(o)+m.nclass] {
				scores[uint8(c)] += lv[code]
			}
		}
		return
	}
	cs := cands
	for ; len(cs) >= 4; cs = cs[4:] {
		s0, s1, s2, s3 := gather4(dense, rows, lv, cs[0], cs[1], cs[2], cs[3])
		scores[cs[0]] += s0
		scores[cs[1]] += s1
		scores[cs[2]] += s2
		scores[cs[3]] += s3
	}
	for _, c := range cs {
		scores[c] += gather1(dense, rows, lv, c)
	}
}

// gather1 returns the sum of the levels of class c in the dense rows at
// rows.
func gather1(dense []uint8, rows []int32, lv *[256]int32, c uint8) (s int32) {
	for _, o := range rows {
		s += lv[(*[maxClasses]uint8)(dense[o : int(o)+maxClasses])[c]]
	}
	return s
}

// gather4 returns the sums of the levels of classes c0 to c3 in the dense
// rows at rows: four at a time, in a function of its own, so that the sums
// stay in registers.
//
//go:noinline
func gather4(dense []uint8, rows []int32, lv *[256]int32, c0, c1, c2, c3 uint8) (s0, s1, s2, s3 int32) {
	for _, o := range rows {
		d := (*[maxClasses]uint8)(dense[o : int(o)+maxClasses])
		s0 += lv[d[c0]]
		s1 += lv[d[c1]]
		s2 += lv[d[c2]]
		s3 += lv[d[c3]]
	}
	return
}

// best returns the class of cands (nil: any class) with the highest sum of
// the weights of feats, and by how much it beats the next (maxMargin when
// it has no rival); the lowest class wins a tie.
func (m *linear) best(feats []uint64, cands []uint8, scores *[maxClasses]int32, lk *lookup) (int, int32) {
	m.add(feats, cands, scores, lk)
	best, first, second := -1, int32(0), int32(math.MinInt32)
	if cands == nil {
		for c, v := range scores[:m.nclass] {
			switch {
			case best < 0:
				best, first = c, v
			case v > first:
				best, first, second = c, v, first
			case v > second:
				second = v
			}
		}
	} else {
		for _, c := range cands {
			v := scores[c]
			switch {
			case best < 0:
				best, first = int(c), v
			case v > first:
				best, first, second = int(c), v, first
			case v > second:
				second = v
			}
		}
	}
	if best < 0 {
		return 0, maxMargin
	}
	return best, int32(min(int64(first)-int64(second), maxMargin))
}

// denseFactor decides which rows are dense: those with weights for at least
// 1/denseFactor of the classes. A dense row is read only at the classes a
// decision chooses among, four at a time in registers; every entry of a
// sparse row is added to the scores in memory. From about an eighth of the
// classes on, reading the dense row costs less: with 8 rather than 3 the
// tables take 10% more memory (19.5 MB rather than 17.8) and tagging and
// parsing a corpus take about 8% less CPU. The scores are the same either
// way.
var denseFactor = 8

// put adds the row of classes and codes for feature key.
func (m *linear) put(key uint64, classes []uint8, codes []int8) {
	i := m.home(key)
	for m.slots[i].fp != 0 {
		if i++; i == m.size {
			i = 0
		}
	}
	s := &m.slots[i]
	s.fp = fingerprint(key)
	switch {
	case len(classes) <= inlineEntries:
		s.row = uint32(len(classes))
		for k, c := range classes {
			s.e[k] = uint16(c)<<8 | uint16(uint8(codes[k]))
		}
	case denseFactor*len(classes) >= m.nclass:
		if m.stride == 0 {
			m.stride = (m.nclass + 63) &^ 63
		}
		// Room for a whole maxClasses past the row's start: add reads a
		// row as an array of that many.
		if len(m.dense)+maxClasses > cap(m.dense) {
			m.dense = alignedGrow(m.dense, len(m.dense)+maxClasses)
		}
		at := len(m.dense)
		s.row = denseRow + uint32(at)
		m.dense = m.dense[:at+m.stride]
		for k, c := range classes {
			m.dense[at+int(c)] = uint8(codes[k])
		}
	default:
		s.row = external + uint32(len(m.ents))
		m.ents = append(m.ents, uint16(len(classes)))
		for k, c := range classes {
			m.ents = append(m.ents, uint16(c)<<8|uint16(uint8(codes[k])))
		}
	}
}

// alignedGrow returns b, with room for n bytes, its first byte on a 64-byte
// boundary.
func alignedGrow(b []uint8, n int) []uint8 {
	c := max(2*cap(b), n, 4096)
	buf := make([]uint8, c+64)
	at := int(-uintptr(unsafe.Pointer(&buf[0])) & 63)
	nb := buf[at : at+len(b) : at+c]
	copy(nb, b)
	return nb
}

// numFeatures is the number of features with at least one weight.
func (m *linear) numFeatures() int {
	n := 0
	for _, s := range m.slots {
		if s.fp != 0 {
			n++
		}
	}
	return n
}

// bytes is the memory the table takes.
func (m *linear) bytes() int {
	return int(unsafe.Sizeof(slot{}))*len(m.slots) + 2*len(m.ents) + len(m.dense)
}

// row is one feature's weights in a linear model being built or stored.
type row struct {
	key     uint64
	classes []uint8
	codes   []int8
}

// buildLinear builds the lookup table from rows (in any order, keys unique),
// keeping the rows when keep is set.
func buildLinear(nclass int, rows []row, keep bool) *linear {
	m := newLinear(nclass, len(rows))
	for _, r := range rows {
		m.put(r.key, r.classes, r.codes)
	}
	if keep {
		m.kept, m.keeps = rows, true
	}
	return m
}

// newLinear returns an empty table for n rows over nclass classes: twice as
// many slots, so that the search for a feature not in the table stops after
// two or three slots.
func newLinear(nclass, n int) *linear {
	size := 2*uint64(n) + 8
	return &linear{nclass: nclass, size: size, slots: make([]slot, size), lv: levelTable()}
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
	if gold != guess {
		l.change(feats, gold, guess)
	}
}

// change adds 1 to the weights of feats for class up and takes 1 from those
// for class down; a class below 0 is left alone.
func (l *learner) change(feats []uint64, up, down int) {
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
		if up >= 0 {
			l.bump(r, up, 1)
		}
		if down >= 0 {
			l.bump(r, down, -1)
		}
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
func (l *learner) averaged() []row { return l.averagedTo(l.top()) }

// avg returns the averaged value of w.
func (l *learner) avg(w lweight) float64 {
	return (w.total + (float64(l.now)-float64(w.ts))*float64(w.w)) / float64(max(l.now, 1))
}

// top returns the largest averaged weight, in absolute value.
func (l *learner) top() float64 {
	top := 0.0
	for _, ws := range l.rows {
		for _, w := range ws {
			top = max(top, math.Abs(l.avg(w)))
		}
	}
	return top
}

// averagedTo is averaged with the codes of a table whose largest weight is
// top: two tables whose scores are added up share one top.
func (l *learner) averagedTo(top float64) []row {
	avg := l.avg
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
