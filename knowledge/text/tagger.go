package text

// The tagger is a left-to-right averaged perceptron over pairs of tags: each
// class is an English (Penn Treebank) tag together with the universal tag it
// goes with in the treebanks (VBZ/AUX, VBZ/VERB, IN/ADP, IN/SCONJ, …), so one
// decision gives both. Frequent words that always take the same class in the
// treebanks skip the perceptron (the tag dictionary).

// tagClass is one class of the tagger.
type tagClass struct {
	pos  POS
	xpos string
}

// tagger is the tagging part of a model.
type tagger struct {
	classes   []tagClass
	templates []template
	features  []string
	weights   *linear
	lexicon   map[uint64]lexInfo // by word hash
}

// lexInfo is what the treebanks say of a word seen at least three times.
type lexInfo struct {
	amb  uint64 // the hash of the classes it takes
	only int32  // its class if it is frequent and unambiguous, else -1
}

// unknownAmb is the ambiguity class of a word not in the lexicon.
var unknownAmb = hashString("\x00unknown")

// Values of the tag of a position before the sentence.
const (
	startTag1 = 1 << 20
	startTag2 = 1<<20 + 1
)

// tagFeatures appends the features of token i to out; tags holds the
// classes already given to the tokens on its left.
func tagFeatures(tpls []template, lx []lexeme, tags []uint16, i int, out []uint64) []uint64 {
	n := len(lx)
	for ti := range tpls {
		t := &tpls[ti]
		var v [4]uint64
		for k := 0; k < t.n; k++ {
			a := t.atoms[k]
			j := i + int(a.pos)
			switch {
			case a.attr == tBias:
				v[k] = 1
			case a.attr == tTag:
				switch {
				case j >= 0:
					v[k] = uint64(tags[j])
				case j == -1:
					v[k] = startTag1
				default:
					v[k] = startTag2
				}
			case j < 0:
				v[k] = startWord + uint64(-j)
			case j >= n:
				v[k] = endWord + uint64(j-n)
			default:
				x := &lx[j]
				switch a.attr {
				case tWord:
					v[k] = x.word
				case tForm:
					v[k] = x.form
				case tSuf1, tSuf2, tSuf3, tSuf4:
					v[k] = x.suf[a.attr-tSuf1]
				case tPre1, tPre2, tPre3:
					v[k] = x.pre[a.attr-tPre1]
				case tShape:
					v[k] = x.shape
				case tFlags:
					v[k] = x.flags
				case tAmb:
					v[k] = x.amb
				case tSent:
					v[k] = x.sent
				}
			}
		}
		out = append(out, combine(ti, &v, t.n))
	}
	return out
}

// lexemes computes the lexemes of toks into sc.lex.
func (sc *scratch) lexemes(toks []Token, lexicon map[uint64]lexInfo) []lexeme {
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
		x.amb, x.only = unknownAmb, -1
		if li, ok := lexicon[x.word]; ok {
			x.amb, x.only = li.amb, li.only
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

// tagSentence gives a class to each of toks, into sc.tags.
func (tg *tagger) tagSentence(toks []Token, sc *scratch) []uint16 {
	lx := sc.lexemes(toks, tg.lexicon)
	sc.tags = sc.tags[:0]
	sc.iscores = grow(sc.iscores, len(tg.classes))
	for i := range lx {
		if c := lx[i].only; c >= 0 {
			sc.tags = append(sc.tags, uint16(c))
			continue
		}
		sc.feats = tagFeatures(tg.templates, lx, sc.tags, i, sc.feats[:0])
		sc.slots = tg.weights.score(sc.feats, sc.iscores, sc.slots)
		best := 0
		for c, s := range sc.iscores {
			if s > sc.iscores[best] {
				best = c
			}
		}
		sc.tags = append(sc.tags, uint16(best))
	}
	return sc.tags
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
