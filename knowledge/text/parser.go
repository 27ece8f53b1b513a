package text

import "math/bits"

// The parser is a greedy arc-eager transition parser (Nivre 2003) with an
// averaged perceptron choosing each move, trained with the dynamic oracle of
// Goldberg and Nivre (2012, 2013). The root is a virtual word at the end of
// the input (Ballesteros and Nivre 2013, "Going to the roots of dependency
// parsing"): once the input is read, what is left on the stack without a
// head is attached to it.
//
// The moves are numbered: SHIFT, REDUCE, then LEFT-ARC with each label, then
// RIGHT-ARC with each label. A decision only weighs the labels seen in
// training between words of the parts of speech of S0 and N0 (parser.labels):
// about 20 moves of the 116.

const (
	moveShift  = 0
	moveReduce = 1
	moveLeft   = 2               // + label
	moveRight  = 2 + int(numRel) // + label
	numMoves   = 2 + 2*int(numRel)
	// maxParse is the longest run of tokens parsed as one; a longer sentence
	// is parsed in pieces, whose roots hang from the first piece's root.
	maxParse = 150
)

// parser is the parsing part of a model.
type parser struct {
	templates []template
	features  []string
	weights   *linear
	allowed   [numMoves]bool // the moves seen in training
	// repair is set for a model trained with the non-monotonic Left-Arc
	// (TrainOptions.Repair): a word on the stack with a head may still be
	// given the next word of the input as its head, which replaces it.
	repair bool
	// labels are the sets of labels (bit r for label r) seen in training
	// on the arcs from a head of each part of speech to a dependent of
	// each part of speech, on its left (labels[0][head][dependent]) and on
	// its right (labels[1]): an arc is only given one of those.
	labels [2][numPOS][numPOS]uint64
}

// pstate is a parser configuration over n words, the virtual root being
// word n.
type pstate struct {
	n     int32
	stack []int32
	b     int32 // the first word of the input
	head  []int32
	rel   []Rel
	// The leftmost and second leftmost, rightmost and second rightmost
	// dependents of each word, -1 for none; the number of left and right
	// dependents and the sets of their labels.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8
	sl, sr             []uint64
	// The word and tag values of each word, and its part of speech.
	w, t []uint64
	p    []POS
	// repair allows the non-monotonic Left-Arc (parser.repair).
	repair bool
	// The commas and the verbs before each word (see count).
	commas, verbs []int32
	pos           [numPositions]int32
}

// reset prepares s for a sentence of n words.
func (s *pstate) reset(n int) {
	s.n = int32(n)
	s.stack = s.stack[:0]
	s.b = 0
	m := n + 1
	s.head = fill(s.head, m, -1)
	s.rel = grow(s.rel, m)
	clear(s.rel)
	s.lc1 = fill(s.lc1, m, -1)
	s.lc2 = fill(s.lc2, m, -1)
	s.rc1 = fill(s.rc1, m, -1)
	s.rc2 = fill(s.rc2, m, -1)
	s.nl = grow(s.nl, m)
	clear(s.nl)
	s.nr = grow(s.nr, m)
	clear(s.nr)
	s.sl = grow(s.sl, m)
	clear(s.sl)
	s.sr = grow(s.sr, m)
	clear(s.sr)
	s.w = grow(s.w, m)
	s.t = grow(s.t, m)
	s.p = grow(s.p, m)
	s.w[n], s.t[n], s.p[n] = rootWord, rootWord, POSNone
}

// count counts the commas and verbs before each word, once the words and
// their parts of speech are set: the features read how many lie between S0
// and N0.
func (s *pstate) count() {
	m := int(s.n) + 1
	s.commas, s.verbs = grow(s.commas, m), grow(s.verbs, m)
	var c, v int32
	for i := range m {
		s.commas[i], s.verbs[i] = c, v
		if i < int(s.n) {
			if s.w[i] == commaWord {
				c++
			}
			if s.p[i] == VERB {
				v++
			}
		}
	}
}

func fill(s []int32, n int, v int32) []int32 {
	s = grow(s, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func (s *pstate) done() bool { return s.b == s.n && len(s.stack) == 0 }

func (s *pstate) s0() int32 {
	if len(s.stack) == 0 {
		return -1
	}
	return s.stack[len(s.stack)-1]
}

// valid reports whether move m can be made.
func (s *pstate) valid(m int) bool {
	s0 := s.s0()
	switch {
	case m == moveShift:
		return s.b < s.n
	case m == moveReduce:
		return s0 >= 0 && s.head[s0] >= 0
	case m < moveRight:
		r := Rel(m - moveLeft)
		if s0 >= 0 && s.head[s0] >= 0 {
			// The non-monotonic Left-Arc, not to the root.
			return s.repair && s.b < s.n && r != RelNone && r != RelRoot
		}
		return s0 >= 0 && r != RelNone && (s.b == s.n) == (r == RelRoot)
	default:
		r := Rel(m - moveRight)
		return s0 >= 0 && s.b < s.n && r != RelNone && r != RelRoot
	}
}

// only returns the one move that can be made, or -1 when there is a choice:
// with an empty stack the parser must shift, and at the end it must reduce
// or attach to the root.
func (s *pstate) only() int {
	s0 := s.s0()
	switch {
	case s0 < 0:
		return moveShift
	case s.b < s.n:
		return -1
	case s.head[s0] >= 0:
		return moveReduce
	default:
		return moveLeft + int(RelRoot)
	}
}

// apply makes move m.
func (s *pstate) apply(m int) {
	switch {
	case m == moveShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case m == moveReduce:
		s.stack = s.stack[:len(s.stack)-1]
	case m < moveRight:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		if s.head[d] >= 0 {
			s.unarc(d)
		}
		s.arc(s.b, d, Rel(m-moveLeft))
	default:
		s.arc(s.s0(), s.b, Rel(m-moveRight))
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

func (s *pstate) arc(h, d int32, r Rel) {
	s.head[d], s.rel[d] = h, r
	if d < h {
		s.nl[h]++
		s.sl[h] |= 1 << r
		switch {
		case s.lc1[h] < 0 || d < s.lc1[h]:
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		case s.lc2[h] < 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.sr[h] |= 1 << r
		switch {
		case d > s.rc1[h]:
			s.rc2[h], s.rc1[h] = s.rc1[h], d
		case d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// unarc takes away the arc to d, a right dependent of its head (the
// non-monotonic Left-Arc replaces it).
func (s *pstate) unarc(d int32) {
	h := s.head[d]
	s.head[d], s.rel[d] = -1, RelNone
	s.nr[h]--
	s.sr[h], s.rc1[h], s.rc2[h] = 0, -1, -1
	for k := h + 1; k < s.n; k++ {
		if s.head[k] != h {
			continue
		}
		s.sr[h] |= 1 << s.rel[k]
		s.rc2[h], s.rc1[h] = s.rc1[h], k
	}
}

// values computes the values the features of the configuration read.
func (s *pstate) values(v *pvalues) {
	p := &s.pos
	at := func(a []int32, i int32) int32 {
		if i < 0 {
			return -1
		}
		return a[i]
	}
	s0 := s.s0()
	p[pS0] = s0
	p[pS0h] = at(s.head, s0)
	p[pS0h2] = at(s.head, p[pS0h])
	p[pS0l] = at(s.lc1, s0)
	p[pS0l2] = at(s.lc2, s0)
	p[pS0r] = at(s.rc1, s0)
	p[pS0r2] = at(s.rc2, s0)
	p[pS1], p[pS2] = -1, -1
	if len(s.stack) > 1 {
		p[pS1] = s.stack[len(s.stack)-2]
	}
	if len(s.stack) > 2 {
		p[pS2] = s.stack[len(s.stack)-3]
	}
	p[pS1h] = at(s.head, p[pS1])
	p[pS1l] = at(s.lc1, p[pS1])
	p[pS1r] = at(s.rc1, p[pS1])
	p[pN0] = s.b
	p[pN0l] = s.lc1[s.b]
	p[pN0l2] = s.lc2[s.b]
	p[pN1], p[pN2], p[pN3] = -1, -1, -1
	if s.b+1 <= s.n {
		p[pN1] = s.b + 1
	}
	if s.b+2 <= s.n {
		p[pN2] = s.b + 2
	}
	if s.b+3 <= s.n {
		p[pN3] = s.b + 3
	}
	for k, j := range p {
		a := v[k*int(numParserAttrs) : (k+1)*int(numParserAttrs)]
		if j < 0 {
			for i := range a {
				a[i] = noneWord + uint64(i)
			}
			continue
		}
		a[aWord] = s.w[j]
		a[aTag] = s.t[j]
		a[aLabel] = uint64(s.rel[j])
		a[aValL] = uint64(s.nl[j])
		a[aValR] = uint64(s.nr[j])
		a[aSetL] = s.sl[j]
		a[aSetR] = s.sr[j]
	}
	dist := uint64(0)
	if s0 >= 0 {
		switch d := s.b - s0; {
		case d <= 4:
			dist = uint64(d)
		case d <= 6:
			dist = 5
		case d <= 9:
			dist = 6
		default:
			dist = 7
		}
	}
	v[distValue] = dist
	btw := uint64(0)
	if s0 >= 0 {
		btw = uint64(min(s.commas[s.b]-s.commas[s0+1], 2)) + 3*uint64(min(s.verbs[s.b]-s.verbs[s0+1], 1))
	}
	v[betweenValue] = btw
	v[zeroValue] = 0
}

// features appends the features of templates tpls to out, from the values
// of a configuration.
func features(tpls []template, v *pvalues, out []uint64) []uint64 {
	for ti := range tpls {
		x := &tpls[ti].idx
		w := [4]uint64{v[x[0]], v[x[1]], v[x[2]], v[x[3]]}
		out = append(out, combine(ti, &w))
	}
	return out
}

// moves appends to out the moves the parser may choose among when there
// is a choice (s.only() < 0): shift, reduce when S0 has a head, else a left
// arc, and a right arc, each with the labels seen in training between words
// of those parts of speech.
func (ps *parser) moves(s *pstate, out []uint8) []uint8 {
	s0, b := s.s0(), s.b
	out = append(out, moveShift)
	if s.head[s0] >= 0 {
		out = append(out, moveReduce)
		if ps.repair {
			out = ps.arcs(out, moveLeft, ps.labels[0][s.p[b]][s.p[s0]]&^(1<<RelRoot))
		}
	} else {
		out = ps.arcs(out, moveLeft, ps.labels[0][s.p[b]][s.p[s0]]&^(1<<RelRoot))
	}
	return ps.arcs(out, moveRight, ps.labels[1][s.p[s0]][s.p[b]]&^(1<<RelRoot|1<<RelNone))
}

// arcs appends the moves first+r for the labels r of set seen in training.
func (ps *parser) arcs(out []uint8, first int, set uint64) []uint8 {
	for set != 0 {
		r := bits.TrailingZeros64(set)
		set &= set - 1
		if m := first + r; ps.allowed[m] {
			out = append(out, uint8(m))
		}
	}
	return out
}

// parseRun parses the words whose word values are words and whose classes
// are tags (at most maxParse), leaving heads and labels in sc.st (the
// root's head is n).
func (ps *parser) parseRun(words []uint64, tags []uint16, classes []tagClass, sc *scratch) {
	s := &sc.st
	n := len(words)
	s.reset(n)
	s.repair = ps.repair
	for i, w := range words {
		s.w[i] = w
		s.t[i] = uint64(tags[i]) + 1
		if int(tags[i]) < len(classes) {
			s.p[i] = classes[tags[i]].pos
		}
	}
	s.count()
	for !s.done() {
		m := s.only()
		if m < 0 {
			sc.cands = ps.moves(s, sc.cands[:0])
			m = int(sc.cands[0])
			if len(sc.cands) > 1 {
				m = ps.choose(s, sc.cands, sc)
			}
		}
		s.apply(m)
	}
}

// choose returns the move of cands with the highest score.
func (ps *parser) choose(s *pstate, cands []uint8, sc *scratch) int {
	s.values(&sc.vals)
	sc.feats = features(ps.templates, &sc.vals, sc.feats[:0])
	m, _ := ps.weights.best(sc.feats, cands, &sc.scores, &sc.look)
	return m
}
