package text

// The lemmatizer is learned from the treebanks in two parts: suffix rules
// per English tag ("ies" on NNS -> "y", "ied" on VBD -> "y"), the longest
// matching suffix deciding, and a table of the words the rules get wrong
// ("was"/VBD -> "be", "n't"/RB -> "not", "children"/NNS -> "child").
// Proper nouns keep their case; every other lemma is made from the token's
// lower-cased form.

// lemmaRule rewrites the end of a word: drop strip bytes, append add.
type lemmaRule struct {
	strip uint8
	add   string
}

// suffixKey finds the rule for a suffix under an English tag.
type suffixKey struct {
	xpos   uint8 // index in lemmatizer.xpos
	suffix string
}

// exceptionKey finds the lemma of a word (by the hash of its lower-cased
// form) under a tagger class.
type exceptionKey struct {
	word  uint64
	class uint16
}

// lemmatizer is the lemma part of a model.
type lemmatizer struct {
	xpos       []string // the English tags the rules are indexed by
	classXPOS  []uint8  // tagger class -> index in xpos
	rules      map[suffixKey]lemmaRule
	maxSuffix  int
	hasRules   [256]bool // by English tag
	exceptions map[exceptionKey]string
	// The rules and exceptions again, by hash, faster to read.
	ruleIndex      wordMap[lemmaRule]
	exceptionIndex wordMap[string]
}

// index builds the tables that make reading the rules and exceptions fast.
func (lm *lemmatizer) index() {
	lm.ruleIndex = newWordMap[lemmaRule](len(lm.rules))
	for k, r := range lm.rules {
		lm.ruleIndex.put(suffixHash(k.xpos, k.suffix), r)
	}
	lm.exceptionIndex = newWordMap[string](len(lm.exceptions))
	for k, s := range lm.exceptions {
		lm.exceptionIndex.put(exceptionHash(k.word, k.class), s)
	}
}

// suffixHash is the hash of a suffix under an English tag.
func suffixHash(xpos uint8, suffix string) uint64 {
	return mix(fnv(suffix) + uint64(xpos)*0x9e3779b97f4a7c15)
}

// exceptionHash is the hash of a word under a tagger class.
func exceptionHash(word uint64, class uint16) uint64 {
	return mix(word + uint64(class)*0xd6e8feb86659fd93)
}

// lemmaOf returns the lemma of a word, and whether the rule needs bytes
// appended (then the lemma is base[:len(base)-strip] + add, built by the
// caller), from the word's form as written, its lower-cased form, its hash
// and class.
func (lm *lemmatizer) lemmaOf(text, low string, word uint64, class uint16, pos POS, tg *tagger) (string, lemmaRule, bool) {
	if s, ok := lm.exceptionIndex.get(exceptionHash(word, class)); ok {
		return s, lemmaRule{}, false
	}
	if (pos == VERB || pos == AUX) && lm.past(class) {
		if s, ok := tokenTables().irregular[low]; ok {
			return s, lemmaRule{}, false // "risen": the treebanks did not have it
		}
	}
	base := low
	if pos == PROPN {
		base = text
	}
	r, ok := lm.rule(low, class)
	if !ok || int(r.strip) > len(base) {
		return base, lemmaRule{}, false
	}
	if r.add == "" {
		l := base[:len(base)-int(r.strip)]
		// "declined": a rule for "-ed" that leaves a word the treebanks do
		// not know ("declin") where keeping the "e" gives one they do.
		if pos == VERB && tg != nil && r.strip >= 2 && base[len(l)] == 'e' && !tg.knows(l) && tg.knows(base[:len(l)+1]) {
			l = base[:len(l)+1]
		}
		// "climbed": a rule for "-bed" that keeps an "e" the treebanks
		// do not know ("climbe") where leaving it gives a word they do.
		if pos == VERB && tg != nil && r.strip >= 1 && len(l) > 3 && l[len(l)-1] == 'e' && base[len(l)] == 'd' && !tg.knows(l) && tg.knows(l[:len(l)-1]) {
			l = l[:len(l)-1]
		}
		return l, lemmaRule{}, false
	}
	return base, r, true
}

// knows tells a word the treebanks hold often enough to be in the tagger's
// lexicon.
func (tg *tagger) knows(low string) bool {
	_, ok := tg.words.get(fnv(low))
	return ok
}

// past tells a class whose English tag is a past tense or participle.
func (lm *lemmatizer) past(class uint16) bool {
	if int(class) >= len(lm.classXPOS) {
		return false
	}
	x := lm.xpos[lm.classXPOS[class]]
	return x == "VBD" || x == "VBN"
}

// rule returns the rule of the longest suffix of low that has one.
func (lm *lemmatizer) rule(low string, class uint16) (lemmaRule, bool) {
	if int(class) >= len(lm.classXPOS) {
		return lemmaRule{}, false
	}
	x := lm.classXPOS[class]
	if !lm.hasRules[x] {
		return lemmaRule{}, false
	}
	for k := min(lm.maxSuffix, len(low)-1); k >= 1; k-- {
		if r, ok := lm.ruleIndex.get(suffixHash(x, low[len(low)-k:])); ok {
			return r, true
		}
	}
	return lemmaRule{}, false
}

// lemmatise fills the Lemma of toks, whose classes are tags; the lemmas
// that rules build share one string per call.
func (lm *lemmatizer) lemmatise(toks []Token, tags []uint16, sc *scratch, tg *tagger) {
	sc.pending = sc.pending[:0]
	sc.lemBuf = sc.lemBuf[:0]
	for i := range toks {
		t := &toks[i]
		low := t.Low
		if low == "" {
			low = t.Text // only for tokens made without a tokenizer
			sc.low = normalise(t.Text, sc.low)
			if string(sc.low) != t.Text {
				low = string(sc.low)
			}
		}
		s, r, build := lm.lemmaOf(t.Text, low, sc.lex[i].word, tags[i], t.POS, tg)
		if !build {
			t.Lemma = s
			continue
		}
		a := len(sc.lemBuf)
		sc.lemBuf = append(sc.lemBuf, s[:len(s)-int(r.strip)]...)
		sc.lemBuf = append(sc.lemBuf, r.add...)
		sc.pending = append(sc.pending, pendingLemma{i, a, len(sc.lemBuf)})
	}
	if len(sc.pending) > 0 {
		all := string(sc.lemBuf)
		for _, p := range sc.pending {
			toks[p.tok].Lemma = all[p.a:p.b]
		}
	}
}

type pendingLemma struct{ tok, a, b int }
