package text

// The tagger is a left-to-right averaged perceptron over pairs of tags: each
// class is an English (Penn Treebank) tag together with the universal tag it
// goes with in the treebanks (VBZ/AUX, VBZ/VERB, IN/ADP, IN/SCONJ, …), so one
// decision gives both. Frequent words that always take the same class in the
// treebanks skip the perceptron (the tag dictionary). When the feature table
// reads the tags on the right (tag[1], tag[2]), the sentence is tagged twice:
// a first pass without those features gives the tags on the right to the
// second.

// tagClass is one class of the tagger.
type tagClass struct {
	pos  POS
	xpos string
}

// tagger is the tagging part of a model.
type tagger struct {
	classes []tagClass
	passes  []tagPass          // one or two
	lexicon map[uint64]lexInfo // by word hash
	words   wordMap[lexInfo]   // the same, faster to read
	// byPOS lists the classes of each universal tag, to read tags given
	// before.
	byPOS [numPOS][]uint16
	// sets are the sets of classes the lexicon refers to; open is the set
	// of the classes a word not in the lexicon may take.
	sets [][]uint8
	open int32
	// margin is how far ahead of the next class the first pass's choice
	// must be for the second pass to leave it alone.
	margin int32
}

// tagPass is one left-to-right pass of the tagger.
type tagPass struct {
	templates []template
	features  []string
	weights   *linear
}

// lexInfo is what the treebanks say of a word seen at least three times.
type lexInfo struct {
	amb  uint64 // the hash of the classes it takes (its ambiguity class)
	only int32  // its class if it is frequent and unambiguous, else -1
	set  int32  // the classes the tagger chooses among for it, in sets
	// common is set for a word seen often enough to be tagged with one of
	// its own classes: the "rare" templates skip it.
	common bool
}

// unknownAmb is the ambiguity class of a word not in the lexicon.
var unknownAmb = hashString("\x00unknown")

// Values of the tag of a position before or after the sentence.
const (
	startTag1 = 1 << 20
	startTag2 = 1<<20 + 1
	endTag    = 1<<20 + 2
)

// tagValues computes the values the tagger's features read around token
// i: tags holds the classes already given to the tokens on its left, right
// those a first pass gave to all (nil in the first pass).
func tagValues(lx []lexeme, tags, right []uint16, i int, v *tvalues) {
	n := len(lx)
	for p := -2; p <= 2; p++ {
		j := i + p
		a := v[(p+2)*int(numTagAttrs) : (p+3)*int(numTagAttrs)]
		switch {
		case j < 0 || j >= n:
			w := startWord + uint64(-j)
			if j >= n {
				w = endWord + uint64(j-n)
			}
			for k := range a {
				a[k] = w
			}
		default:
			x := &lx[j]
			a[tWord], a[tForm] = x.word, x.form
			a[tSuf1], a[tSuf2], a[tSuf3], a[tSuf4] = x.suf[0], x.suf[1], x.suf[2], x.suf[3]
			a[tPre1], a[tPre2], a[tPre3] = x.pre[0], x.pre[1], x.pre[2]
			a[tShape], a[tFlags], a[tAmb], a[tSent] = x.shape, x.flags, x.amb, x.sent
		}
		a[tBias] = 1
		switch {
		case p == 0:
			a[tTag] = 0
		case j >= n:
			a[tTag] = endTag + uint64(j-n)
		case p > 0:
			a[tTag] = 0
			if right != nil {
				a[tTag] = uint64(right[j])
			}
		case j >= 0:
			a[tTag] = uint64(tags[j])
		case j == -1:
			a[tTag] = startTag1
		default:
			a[tTag] = startTag2
		}
	}
	v[tZeroValue] = 0
}

// tagFeatures appends the features of token i to out, from the values
// around it; the "rare" templates are left out for a common word.
func tagFeatures(tpls []template, v *tvalues, common bool, out []uint64) []uint64 {
	for ti := range tpls {
		t := &tpls[ti]
		if t.rare && common {
			continue
		}
		x := &t.idx
		w := [4]uint64{v[x[0]], v[x[1]], v[x[2]], v[x[3]]}
		out = append(out, combine(ti, &w))
	}
	return out
}

// lexemes computes the lexemes of toks into sc.lex, with what tg's lexicon
// says of each word (tg may be nil).
func (sc *scratch) lexemes(toks []Token, tg *tagger) []lexeme {
	sc.lex = sc.lex[:0]
	for i := range toks {
		t := &toks[i]
		var low []byte
		if t.Low != "" {
			sc.low = append(sc.low[:0], t.Low...)
			low = sc.low
		} else {
			sc.low = normalise(t.Text, sc.low)
			low = sc.low
		}
		x := makeLexeme(t.Text, low)
		x.amb, x.only, x.set = unknownAmb, -1, -1
		if tg != nil {
			x.set = tg.open
			if li, ok := tg.words.get(x.word); ok {
				x.amb, x.only, x.set, x.common = li.amb, li.only, li.set, li.common
			}
		}
		sc.lex = append(sc.lex, x)
	}
	// The case of the sentence: title case when most of its words start
	// with a capital, capitals when most are in capitals, and none.
	words, capital, allCaps := 0, 0, 0
	for i := range sc.lex {
		fl := sc.lex[i].flags
		if toks[i].Text != "" && fl&1 == 0 && fl&48 != 0 { // no digit, 3 characters or more
			words++
			if fl&4 != 0 {
				capital++
			}
			if fl&8 != 0 {
				allCaps++
			}
		}
	}
	sent := uint64(0)
	switch {
	case words < 3:
	case 2*allCaps > words:
		sent = 3
	case 3*capital >= 2*words:
		sent = 2
	case capital == 0:
		sent = 1
	}
	for i := range sc.lex {
		sc.lex[i].sent = sent
	}
	return sc.lex
}

// tagSentence gives a class to each of toks, into sc.tags. The first pass
// tags left to right; the second, when there is one, tags again the words
// the first was not sure of, knowing the first pass's tags on their right.
func (tg *tagger) tagSentence(toks []Token, sc *scratch) []uint16 {
	lx := sc.lexemes(toks, tg)
	n := len(lx)
	sc.margins = grow(sc.margins, n)
	tags := tg.passes[0].tag(tg, lx, sc.tags[:0], nil, sc.margins, sc)
	if len(tg.passes) == 1 {
		sc.tags = tags
		return tags
	}
	sc.pre = append(sc.pre[:0], tags...)
	second := &tg.passes[1]
	for i := range lx {
		if sc.margins[i] >= tg.margin {
			continue
		}
		tagValues(lx, tags, sc.pre, i, &sc.tvals)
		sc.feats = tagFeatures(second.templates, &sc.tvals, lx[i].common, sc.feats[:0])
		c, _ := second.weights.best(sc.feats, tg.candidates(lx[i].set), &sc.scores, &sc.look)
		tags[i] = uint16(c)
	}
	sc.tags = tags
	return tags
}

// index builds the tables that make reading the lexicon and tags given
// before fast.
func (tg *tagger) index() {
	tg.words = newWordMap[lexInfo](len(tg.lexicon))
	for k, li := range tg.lexicon {
		tg.words.put(k, li)
	}
	tg.byPOS = [numPOS][]uint16{}
	for c, tc := range tg.classes {
		if tc.pos < numPOS {
			tg.byPOS[tc.pos] = append(tg.byPOS[tc.pos], uint16(c))
		}
	}
}

// classOf returns the class of a universal and an English tag.
func (tg *tagger) classOf(pos POS, xpos string) (uint16, bool) {
	if pos >= numPOS {
		return 0, false
	}
	for _, c := range tg.byPOS[pos] {
		if tg.classes[c].xpos == xpos {
			return c, true
		}
	}
	return 0, false
}

// candidates returns the classes of set k, nil (all) for k < 0.
func (tg *tagger) candidates(k int32) []uint8 {
	if k < 0 || int(k) >= len(tg.sets) {
		return nil
	}
	return tg.sets[k]
}

// maxMargin is the margin of a choice without a rival.
const maxMargin = 1<<31 - 1

// tag appends to tags a class for each of lx, and sets margins[i] to how
// far ahead of the next class the choice for lx[i] was; right holds the
// tags of a previous pass.
func (tp *tagPass) tag(tg *tagger, lx []lexeme, tags, right []uint16, margins []int32, sc *scratch) []uint16 {
	for i := range lx {
		if c := lx[i].only; c >= 0 {
			tags = append(tags, uint16(c))
			margins[i] = maxMargin
			continue
		}
		cands := tg.candidates(lx[i].set)
		if len(cands) == 1 {
			tags = append(tags, uint16(cands[0]))
			margins[i] = maxMargin
			continue
		}
		tagValues(lx, tags, right, i, &sc.tvals)
		sc.feats = tagFeatures(tp.templates, &sc.tvals, lx[i].common, sc.feats[:0])
		c, margin := tp.weights.best(sc.feats, cands, &sc.scores, &sc.look)
		tags = append(tags, uint16(c))
		margins[i] = margin
	}
	return tags
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
