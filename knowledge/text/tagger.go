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
}

// tagPass is one left-to-right pass of the tagger.
type tagPass struct {
	templates []template
	features  []string
	weights   *linear
}

// lexInfo is what the treebanks say of a word seen at least three times.
type lexInfo struct {
	amb  uint64 // the hash of the classes it takes
	only int32  // its class if it is frequent and unambiguous, else -1
}

// unknownAmb is the ambiguity class of a word not in the lexicon.
var unknownAmb = hashString("\x00unknown")

// Values of the tag of a position before or after the sentence.
const (
	startTag1 = 1 << 20
	startTag2 = 1<<20 + 1
	endTag    = 1<<20 + 2
)

// tagFeatures appends the features of token i to out; tags holds the
// classes already given to the tokens on its left, right those the first
// pass gave to all (nil in the first pass).
func tagFeatures(tpls []template, lx []lexeme, tags, right []uint16, i int, out []uint64) []uint64 {
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
				case j >= n:
					v[k] = endTag + uint64(j-n)
				case j > i:
					v[k] = uint64(right[j])
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
	sc.iscores = grow(sc.iscores, len(tg.classes))
	var right []uint16
	for pi := range tg.passes {
		var tags []uint16
		if pi+1 < len(tg.passes) {
			tags = sc.pre[:0]
		} else {
			tags = sc.tags[:0]
		}
		tags = tg.passes[pi].tag(lx, tags, right, sc)
		if pi+1 < len(tg.passes) {
			sc.pre, right = tags, tags
		} else {
			sc.tags = tags
		}
	}
	return sc.tags
}

// tag appends to tags a class for each of lx.
func (tp *tagPass) tag(lx []lexeme, tags, right []uint16, sc *scratch) []uint16 {
	for i := range lx {
		if c := lx[i].only; c >= 0 {
			tags = append(tags, uint16(c))
			continue
		}
		sc.feats = tagFeatures(tp.templates, lx, tags, right, i, sc.feats[:0])
		sc.slots = tp.weights.score(sc.feats, sc.iscores, sc.slots)
		best := 0
		for c, s := range sc.iscores {
			if s > sc.iscores[best] {
				best = c
			}
		}
		tags = append(tags, uint16(best))
	}
	return tags
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
