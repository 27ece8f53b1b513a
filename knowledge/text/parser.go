package text

import (
	"math/bits"
	"slices"
	"strings"
)

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

// maxBranches is the most parses of a sentence a model may ask for.
const maxBranches = 16

// SetBranching sets the most parses of a sentence the parser makes (1:
// greedy) and how close to the best move a runner-up must score to start
// one, in the weight table's levels (see parseRun); the model file written
// after keeps them. It is not safe to call while m is in use.
func (m *Model) SetBranching(branches int, margin int32) {
	ps := &m.parser
	ps.branches, ps.branchMargin = min(max(branches, 1), maxBranches), max(margin, 0)
	ps.features = slices.DeleteFunc(slices.Clone(ps.features), func(l string) bool {
		return strings.HasPrefix(l, optionBranches+" ")
	})
	if ps.branches > 1 {
		ps.features = append(ps.features, branchOption(ps.branches, ps.branchMargin))
	}
}

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
	// branches is the most parses of a sentence (1: greedy), branchMargin
	// how close to the best move a runner-up must score to start one (see
	// parseRun).
	branches     int
	branchMargin int32
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
// root's head is n), and returns the total score of its moves.
//
// Two conventions of the treebanks are then enforced: a parse with
// several roots (words the parser left without a head) keeps one (oneRoot),
// and a sentence's final full stop, question or exclamation mark hangs
// from its root (finalPunct).
//
// The parse is greedy, with selectional branching (Choi and McCallum 2013,
// "Transition-based dependency parsing with selectional branching"): where
// the runner-up move scores within ps.branchMargin of the best, the greedy
// parse notes it; the ps.branches-1 closest runners-up then each start a
// parse of their own, greedy from there on, and the parse whose moves have
// the highest total score wins. Most decisions are clear, so most
// sentences are parsed once.
func (ps *parser) parseRun(words []uint64, tags []uint16, classes []tagClass, sc *scratch) float64 {
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
	total := ps.search(s, sc)
	ps.oneRoot(s, sc)
	ps.finalPunct(s)
	return total
}

// search parses the configuration s, just set to the start of its words,
// with selectional branching (see parseRun), and returns the total score of
// the parse it keeps.
func (ps *parser) search(s *pstate, sc *scratch) float64 {
	n := int(s.n)
	sc.path = sc.path[:0]
	sc.alts = sc.alts[:0]
	total := ps.finish(s, sc, 0, ps.branches-1)
	if len(sc.alts) == 0 {
		return total
	}
	// The greedy parse's heads and labels, then each branch's.
	sc.bestHead = append(sc.bestHead[:0], s.head[:n]...)
	sc.bestRel = append(sc.bestRel[:0], s.rel[:n]...)
	sc.greedy = append(sc.greedy[:0], sc.path...)
	greedy := sc.greedy
	for _, a := range sc.alts {
		s.replay(greedy[:a.step])
		s.apply(int(a.move))
		sc.path = sc.path[:0]
		if t := ps.finish(s, sc, a.score, 0); t > total {
			total = t
			copy(sc.bestHead, s.head[:n])
			copy(sc.bestRel, s.rel[:n])
		}
	}
	copy(s.head, sc.bestHead)
	copy(s.rel, sc.bestRel)
	return total
}

// branch is a place where a parse may take the runner-up move: after step
// moves of the greedy parse, move, scoring margin below the best, the
// parse's total score then being score.
type branch struct {
	step   int32
	move   uint8
	margin int32
	score  float64
}

// finish parses greedily from configuration s, whose moves so far scored
// total, and returns the total score of its moves. It appends the moves
// it makes to sc.path and, while keep is above 0, keeps in sc.alts the keep
// runners-up closest to the best move (within ps.branchMargin).
func (ps *parser) finish(s *pstate, sc *scratch, total float64, keep int) float64 {
	for !s.done() {
		m := s.only()
		if m < 0 {
			sc.cands = ps.moves(s, sc.cands[:0])
			m = int(sc.cands[0])
			if len(sc.cands) > 1 {
				s.values(&sc.vals)
				sc.feats = features(ps.templates, &sc.vals, sc.feats[:0])
				ps.weights.add(sc.feats, sc.cands, &sc.scores, &sc.look)
				best, second := -1, -1
				for _, c := range sc.cands {
					switch v := sc.scores[c]; {
					case best < 0 || v > sc.scores[best]:
						best, second = int(c), best
					case second < 0 || v > sc.scores[second]:
						second = int(c)
					}
				}
				m = best
				if keep > 0 {
					if d := sc.scores[best] - sc.scores[second]; d < ps.branchMargin {
						sc.alts = addBranch(sc.alts, keep, branch{step: int32(len(sc.path)), move: uint8(second),
							margin: d, score: total + float64(sc.scores[second])})
					}
				}
				total += float64(sc.scores[m])
			}
		}
		sc.path = append(sc.path, uint8(m))
		s.apply(m)
	}
	return total
}

// addBranch adds b to alts, which keeps the keep branches of the smallest
// margins, in the order of their margins (the earlier first on a tie).
func addBranch(alts []branch, keep int, b branch) []branch {
	if len(alts) == keep && alts[keep-1].margin <= b.margin {
		return alts
	}
	if len(alts) < keep {
		alts = append(alts, b)
	}
	k := len(alts) - 1
	for ; k > 0 && alts[k-1].margin > b.margin; k-- {
		alts[k] = alts[k-1]
	}
	alts[k] = b
	return alts
}

// replay sets s back to the start of its sentence and makes moves.
func (s *pstate) replay(moves []uint8) {
	n := int(s.n)
	s.stack = s.stack[:0]
	s.b = 0
	m := n + 1
	for i := range m {
		s.head[i], s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1, -1
	}
	clear(s.rel[:m])
	clear(s.nl[:m])
	clear(s.nr[:m])
	clear(s.sl[:m])
	clear(s.sr[:m])
	for _, mv := range moves {
		s.apply(int(mv))
	}
}

// oneRoot leaves one root in the parse in s when the parser left several
// words without a head (all given the virtual root, word n): the one heading
// the most words, a verb before any other word and punctuation after,
// stays; the others hang from it, as parataxis (punctuation as punct when
// that label was seen on such an arc).
func (ps *parser) oneRoot(s *pstate, sc *scratch) {
	n := s.n
	roots := 0
	for k := range n {
		if s.head[k] == n {
			roots++
		}
	}
	if roots < 2 {
		return
	}
	sc.size = grow(sc.size, int(n))
	size := sc.size[:n]
	clear(size)
	for k := range n {
		for h, steps := k, int32(0); 0 <= h && h < n && steps <= n; h, steps = s.head[h], steps+1 {
			size[h]++
		}
	}
	rank := func(k int32) int32 {
		switch s.p[k] {
		case VERB:
			return size[k] + 2*n
		case PUNCT:
			return size[k] - 2*n
		}
		return size[k]
	}
	best := int32(-1)
	for k := range n {
		if s.head[k] == n && (best < 0 || rank(k) > rank(best)) {
			best = k
		}
	}
	for k := range n {
		if s.head[k] == n && k != best {
			s.head[k], s.rel[k] = best, RelParataxis
			if s.p[k] == PUNCT && ps.seen(s, best, k, RelPunct) {
				s.rel[k] = RelPunct
			}
		}
	}
}

// The marks that end a sentence.
var (
	fullStopWord    = fnv(".")
	questionWord    = fnv("?")
	exclamationWord = fnv("!")
)

// finalPunct hangs the last word of the parse in s from its root when it is
// a full stop, question mark or exclamation mark the parser hung lower: the
// mark closes the whole sentence. The arc is projective, the root heading
// every word. A label never seen between words of those parts of speech
// leaves the parse as it is.
func (ps *parser) finalPunct(s *pstate) {
	last := s.n - 1
	if last < 1 || s.p[last] != PUNCT {
		return
	}
	if w := s.w[last]; w != fullStopWord && w != questionWord && w != exclamationWord {
		return
	}
	root := int32(-1)
	for k := range last {
		if s.head[k] == s.n {
			root = k
			break
		}
	}
	if root >= 0 && s.head[last] != s.n && ps.seen(s, root, last, RelPunct) {
		s.head[last], s.rel[last] = root, RelPunct
	}
}

// seen reports whether label r was seen in training on an arc from a word
// of the part of speech of h to one of that of d (words of s), in their
// direction.
func (ps *parser) seen(s *pstate, h, d int32, r Rel) bool {
	dir := 0
	if d > h {
		dir = 1
	}
	return ps.labels[dir][s.p[h]][s.p[d]]&(1<<r) != 0
}
