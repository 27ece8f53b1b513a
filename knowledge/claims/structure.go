package claims

import (
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/text"
)

// The patterns find a cue, its speaker and its content by the order of words
// and marks. The parse of the text layer (heads and labels, Universal
// Dependencies) then says what the order of words cannot: whether the cue
// is negated ("did not claim", "refused to say"), whether it is a verb at
// all ("dismissed reports that"), who its subject is, where what it governs
// ends. Only the sentences that hold a cue the patterns matched are parsed.

// parserReady tells whether the text layer has a model to parse with.
var parserReady = sync.OnceValue(func() bool {
	_, err := text.Default()
	return err == nil
})

// parsed makes sure the sentence of view token v is parsed and tells
// whether it is: text.ParseSentence parses a sentence once, for whichever
// room asks first.
func (p *clPara) parsed(v int) bool {
	if v < 0 || v >= len(p.toks) || !parserReady() {
		return false
	}
	si := p.src.Tokens[p.toks[v].tok].Sent
	if si < 0 || si >= len(p.src.Sentences) {
		return false
	}
	if !p.src.Sentences[si].Parsed {
		text.ParseSentence(p.src, si)
	}
	return p.src.Sentences[si].Parsed
}

// node returns the index in the paragraph's tokens of the head of view
// token v: the token of a compound ("Kilroy-Silk") whose head lies outside it.
func (p *clPara) node(v int) int {
	a := p.toks[v].tok
	b := len(p.src.Tokens)
	if v+1 < len(p.toks) {
		b = p.toks[v+1].tok
	}
	for k := a; k < b; k++ {
		if h := p.src.Tokens[k].Head; h < a || h >= b {
			return k
		}
	}
	return b - 1
}

// kid returns the first child of token i with the label rel (any subtype
// of it when rel is a base label: nsubj finds nsubj:pass, obl:agent only
// obl:agent) whose lower-cased form is one of words (any form when words is
// empty), or -1.
func (p *clPara) kid(i int, rel text.Rel, words ...string) int {
	s := p.src.SentenceOf(i)
	for k := s.Start; k < s.End; k++ {
		t := &p.src.Tokens[k]
		if t.Head != i || rel != text.RelNone && t.Rel != rel && (rel.Base() != rel || t.Rel.Base() != rel) {
			continue
		}
		if len(words) == 0 {
			return k
		}
		for _, w := range words {
			if t.Low == w {
				return k
			}
		}
	}
	return -1
}

// clNegators are the words that negate the verb they modify ("hardly
// clarified" says the matter stayed unclear).
var clNegators = []string{"not", "n't", "never", "no", "hardly", "scarcely"}

// clause returns the clause the verb c governs as its complement, or -1: its
// ccomp; one the parse hung on an adverb of c ("complain bitterly that C"),
// for an adverb governs no clause; or a clause with a subject the parse
// joined to c with neither a conjunction nor a comma between them ("felt
// the result exposed his side"), for a conjunct has one or the other.
func (p *clPara) clause(c int) int {
	if o := p.kid(c, text.RelCcomp); o >= 0 {
		return o
	}
	t := p.src.Tokens
	s := p.src.SentenceOf(c)
	for k := s.Start; k < s.End; k++ {
		switch {
		case t[k].Head != c:
		case t[k].Rel == text.RelAdvmod && t[k].POS == text.ADV:
			if o := p.kid(k, text.RelCcomp); o > k {
				return o
			}
		case k > c && clTimes[t[k].Low] && (t[k].Rel.Base() == text.RelObl || t[k].Rel.Base() == text.RelNmod):
			// "said on Thursday it had reached": a clause with a subject
			// the parse made a relative clause of the time is the verb's
			// (no relative pronoun or "when" opens it).
			if o := p.kid(k, text.RelACLRelcl); o > k && p.kid(o, text.RelMark) < 0 {
				if sub := p.kid(o, text.RelNsubj); sub > k && t[sub].Low != "that" && t[sub].Low != "which" && t[sub].Low != "who" {
					return o
				}
			}
		case k > c && t[k].Rel == text.RelConj && p.kid(k, text.RelCC) < 0:
			lo, _ := p.src.Subtree(k)
			for j := c + 1; j < lo; j++ {
				if t[j].POS == text.PUNCT || t[j].POS == text.CCONJ {
					return -1
				}
			}
			// A subject of its own, on the verb or on its auxiliary
			// ("he hadn't yet been held", "he" hung on "had").
			for j := lo; j < k; j++ {
				if h := t[j].Head; t[j].Rel.Base() == text.RelNsubj && (h == k || h >= 0 && t[h].Head == k && t[h].Rel.Base() == text.RelAux) {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// negatedVerb tells whether the verb i is negated: "did not claim", "never
// said", "nobody said", "has yet to confirm", or the complement of a verb
// that refuses ("refused to say", "declined to confirm") or of a negated one
// ("did not want to say").
func (p *clPara) negatedVerb(i int, lex *clLexicon) bool {
	for steps := 0; i >= 0 && steps < 4; steps++ {
		if k := p.kid(i, text.RelAdvmod, clNegators...); k >= 0 && k < i && p.toks[p.view[k]].quote < 0 {
			return true
		}
		// "said, without admitting any allegations, that": what is done
		// without is not done.
		if k := max(p.kid(i, text.RelMark, "without"), p.kid(i, text.RelCase, "without")); k >= 0 && k < i {
			return true
		}
		// "no longer wants", "no more believes": the negator hangs on the
		// adverb.
		if k := p.kid(i, text.RelAdvmod, "longer", "more"); k >= 0 && k < i && p.kid(k, text.RelNone, "no", "not", "never") >= 0 {
			return true
		}
		// "nobody said", "neither regulator estimated", "no official said"
		if s := p.kid(i, text.RelNsubj); s >= 0 && (lex.is(p.src.Tokens[s].Low, wNobody) || p.kid(s, text.RelDet, "no", "neither") >= 0 && p.toks[p.view[s]].quote < 0) {
			return true
		}
		// "has yet to confirm", "is yet to say": not done so far ("yet"
		// on the verb itself or on the one "to" hangs it from).
		if m := p.kid(i, text.RelMark, "to"); m >= 0 {
			if k := p.kid(i, text.RelAdvmod, "yet"); k >= 0 && k < m {
				return true
			}
			if h := p.src.Tokens[i].Head; h >= 0 && h < i {
				if k := p.kid(h, text.RelAdvmod, "yet"); k > h && k < m {
					return true
				}
			}
		}
		t := &p.src.Tokens[i]
		if t.Rel.Base() != text.RelXcomp || t.Head < 0 {
			return false
		}
		h := &p.src.Tokens[t.Head]
		if lex.is(h.Lemma, wRefuse) || lex.is(h.Low, wRefuse) {
			return true
		}
		i = t.Head
	}
	return false
}

// structureAgrees checks a claim the patterns found against the parse of its
// sentence, and tells whether it stands. A cue the tagger reads as a noun
// ("dismissed reports that C") is no cue; a negated cue makes no claim; the
// clause of "reports that C" rejected or dismissed is no one's claim. A
// sentence without a parse keeps what the patterns found.
func (x *clExtractor) structureAgrees(p *clPara, f *clFound) bool {
	// "asked whether the plan could work", "whether or not we should":
	// a question or a hedge asserts nothing.
	if !f.quoted && f.cS >= 0 && f.cS < len(p.text) {
		rest := strings.TrimLeft(strings.ToLower(p.text[f.cS:]), " ,;:")
		// "said, without admitting C, that": a phrase of what is not
		// done is no statement, whatever the words after it.
		if strings.HasPrefix(rest, "whether ") || f.lemma == "ask" && strings.HasPrefix(rest, "if ") || strings.HasPrefix(rest, "without ") {
			return false
		}
		// "will reject that by claiming C": what is claimed is the
		// participle's content, not the first cue's. (Before the cue, "By
		// declaring their assets, people would …, he said" is content.)
		if w, _, _ := strings.Cut(strings.TrimPrefix(rest, "by "), " "); len(rest) > 3 && rest[:3] == "by " && strings.HasSuffix(w, "ing") && x.lex.isCueWord(w) &&
			f.cueTok >= 0 && f.cS > p.toks[f.cueTok].s {
			return false
		}
	}
	// "when an industry complains that C": what anyone of a kind would
	// say, no one's statement.
	if f.spS > 0 && f.spS < f.spE && f.inherit == nil {
		switch p.toks[f.spS-1].low {
		case "when", "whenever", "unless", "if", "once":
			switch p.toks[f.spS].low {
			case "a", "an", "any", "every", "each", "anyone", "anybody", "someone", "somebody":
				return false
			}
		}
	}
	if f.cueTok >= 0 && f.spS >= 0 && f.spE <= f.cueTok && f.inherit == nil && f.relPron == 0 && f.frame != frameParse && f.frame != frameNoun && f.frame != framePrep {
		// "Following a swiftly called meeting, the council issued ...",
		// "Chastened by the analyses, Trump revised his plan, promising
		// ...": the words before the cue are no noun phrase; the parse
		// names the speaker, or no one does. A phrase after a preposition
		// ("marching through the streets chanted") may be the end of the
		// speaker's: the parse says, or the phrase stays.
		// A name set off by a comma before its apposition ("Lomu, rugby's
		// first star after the World Cup, said") is no odd speaker when
		// it is a person's or a body's, whatever the tagger made of it.
		apposed := f.spE < len(p.toks) && p.toks[f.spE].kind == clComma && x.res.namesEntity(p.n, p.toks[f.spS].s, p.toks[f.spE-1].e)
		if odd, weak := x.oddSpeaker(p, f.spS, f.spE); odd && !apposed {
			a, b := -1, -1
			if p.parsed(f.cueTok) {
				c := p.node(f.cueTok)
				if h := p.subjectOf(c); h >= 0 && p.src.Tokens[h].Rel != text.RelExpl {
					a, b = p.phrase(h)
					odd, weak := x.oddSpeaker(p, a, b)
					// "with the police command claiming C": the noun a
					// participle hangs on does what it says, whatever
					// preposition comes before the noun.
					if odd && weak && p.src.Tokens[c].Head == h && p.src.Tokens[c].Rel.Base() == text.RelACL && p.src.Tokens[c].Tag == "VBG" {
						odd = false
					}
					if odd || !x.speakerLike(p, a, b) && !pluralNoun(p, h) {
						a = -1
					}
					// "“… a civic commons,” Will Davies … told": a subject
					// inside a quotation is a word of what is said
					if a >= 0 && p.toks[a].quote >= 0 && p.toks[f.cueTok].quote < 0 {
						a = -1
					}
				}
			}
			// "A senior economist with Banco Azul said": the name after the
			// preposition says where the one described works, unless the
			// parse found a longer phrase.
			ra := -1
			if weak && (a < 0 || a >= f.spS) {
				ra = x.roleBefore(p, f.spS)
			}
			switch {
			case ra >= 0:
				f.spS = ra
			case a >= 0:
				f.spS, f.spE = a, b
			case !weak:
				return false
			case p.parsed(f.cueTok) && p.prepHead(f.spS, f.spE) >= 0:
				// "elected officials from both parties say": the phrase
				// after the preposition modifies the noun right before it,
				// which heads the speaker's phrase; a noun that is itself
				// governed by a preposition ("in a meeting with the board")
				// names no speaker.
				g := p.nounBefore(f.spS, p.prepHead(f.spS, f.spE))
				if g < 0 {
					return false
				}
				a, b = p.phrase(g)
				if odd, _ := x.oddSpeaker(p, a, b); odd || !x.speakerLike(p, a, b) && !pluralNoun(p, g) {
					return false
				}
				// The parse may have hung the phrase after the preposition
				// elsewhere: it is the noun's all the same.
				f.spS, f.spE = a, max(b, f.spE)
			}
		}
	}
	// "Labour say C, while the Tories say C2": after a whole clause,
	// "while" or "whereas" with a speaker of its own and a cue sets
	// another's statement against C, wherever the parse hung it.
	if !f.quoted && f.cueTok >= 0 {
		t := p.toks
		sent := p.src.SentenceOf(t[f.cueTok].tok)
		span := clSpan{p.view[sent.Start], p.view[sent.End-1] + 1}
		first := -1
		for j := f.cueTok + 1; j < span.b && t[j].s < f.cE; j++ {
			if t[j].s < f.cS {
				continue
			}
			if first < 0 {
				first = j
			}
			if t[j].kind == clWord && t[j].quote < 0 && (t[j].low == "while" || t[j].low == "whereas") && j-2 > first &&
				t[j-1].kind == clComma && finiteVerbIn(p, first, j-1) && x.finiteCueAfter(p, span, j+1) {
				f.cE = t[j-2].e
				break
			}
		}
		// "While Simpson declared C, his focus turned to …": a cue in a
		// clause of contrast that opens the sentence says only what that
		// clause holds, up to the comma before the main clause (the last
		// one with a finite verb on both sides), however the parse hung
		// them.
		if k := afterLinkers(t, span.a, f.cueTok); first > 0 && k < f.cueTok && t[k].kind == clWord &&
			(t[k].low == "while" || t[k].low == "although" || t[k].low == "though" || t[k].low == "whereas") && !commaIn(t, k, f.cueTok) {
			last := first
			for last+1 < span.b && t[last+1].s < f.cE {
				last++
			}
			for j := last - 1; j > first+1; j-- {
				if t[j].kind == clComma && t[j].quote < 0 && finiteVerbIn(p, j+1, last+1) && finiteVerbIn(p, first, j) {
					f.cE = t[j-1].e
					break
				}
			}
		}
	}
	// "calls from listeners to his radio program who said ...": the
	// speaker of a relative clause is the noun the parse hangs it on, not
	// the name the words before "who" hold.
	if f.relPron > 0 && f.cueTok >= 0 && f.frame != frameParse && p.parsed(f.cueTok) {
		c := p.node(f.cueTok)
		if r := relPronoun(p, c); r >= 0 && p.view[r] == f.relPron-1 {
			if !p.src.Tokens[p.src.Tokens[c].Head].POS.IsNominal() {
				return false // a relative clause hung on a verb: the parse is lost
			}
			a, b := p.phrase(p.src.Tokens[c].Head)
			if odd, _ := x.oddSpeaker(p, a, b); odd || !x.speakerLike(p, a, b) && !pluralNoun(p, p.src.Tokens[c].Head) {
				return false
			}
			f.spS, f.spE = a, b
		} else if who := f.relPron - 1; who > 0 && p.toks[who-1].kind != clComma && f.spE != who {
			// "calls from skippers to his show who said": without a comma,
			// "who" stands for the words right before it, or the parse
			// must say whom.
			return false
		}
	}
	if f.cueTok < 0 || !x.worthParsing(p, f) || !p.parsed(f.cueTok) {
		return true
	}
	c := p.node(f.cueTok)
	ct := &p.src.Tokens[c]
	// "Blair dismissed reports that he would quit": the cue is the noun
	// a denial governs.
	if f.frame != framePrep && f.frame != frameNoun && ct.POS == text.NOUN && ct.Rel.Base() == text.RelObj && ct.Head >= 0 &&
		x.lex.denials[p.src.Tokens[ct.Head].Lemma] {
		return false
	}
	if f.frame != framePrep && p.negatedVerb(c, x.lex) {
		return false
	}
	if f.stance == "deny" && p.deniesReport(c, x.lex) {
		return false
	}
	// "Blair dismissed reports he told Brown he would quit", "she denied
	// that she had said the vote was rigged": a cue inside what someone
	// denies belongs to the denied statement; shown as a claim it would
	// say the reverse of the article.
	if p.insideDenial(c, x.lex) {
		return false
	}
	// "He declined to say whether Turkey believed C", "if they say C":
	// a cue in an indirect question or a condition asserts nothing.
	if p.conditional(c) {
		return false
	}
	// "All athletes must inform their federations": an obligation, not
	// something anyone said.
	if p.kid(c, text.RelAux, "must", "should", "ought") >= 0 {
		return false
	}
	// "By declaring their assets, ...": a participle that says how
	// something is done, with a noun for its object, says nothing.
	if f.frame == frameStrict && !f.quoted && p.clause(c) < 0 &&
		(p.kid(c, text.RelMark) >= 0 || p.kid(c, text.RelCase) >= 0) {
		if o := p.kid(c, text.RelObj); o >= 0 {
			if a, _ := p.src.Subtree(o); p.src.Tokens[a].Start == f.cS {
				return false
			}
		}
	}
	// "While he said the panel were not snubbing the film, he thought ...":
	// a cue in a clause set before the main one says only what that clause
	// holds.
	if !f.quoted && ct.Rel.Base() == text.RelAdvcl && ct.Head > c && p.kid(c, text.RelMark, "while", "although", "though", "whereas") >= 0 {
		_, b := p.src.Subtree(c)
		if b < len(p.src.Tokens) && p.src.Tokens[b].Text == "," || b-1 > c && p.src.Tokens[b-1].Text == "," {
			for b-1 > c && p.src.Tokens[b-1].Shape == text.ShapePunct {
				b--
			}
			if e := p.src.Tokens[b-1].End; e > f.cS && e < f.cE {
				f.cE = e
			}
		}
	}
	// "X said C but Y rejected his comments": the reply of another is not
	// part of what X said, wherever the parse hung it.
	if !f.quoted || p.text[f.cS] != '"' && !strings.HasPrefix(p.text[f.cS:], "“") {
		s := p.src.SentenceOf(c)
		for j := c + 1; j < s.End; j++ {
			if p.src.Tokens[j].Start >= f.cE || !butReply(p.src, j, x.lex) || p.toks[p.view[j]].quote >= 0 {
				continue
			}
			a, _ := p.src.Subtree(p.kid(j, text.RelCC, "but"))
			if cut := p.src.Tokens[a].Start; cut > f.cS && cut < f.cE {
				end := a - 1
				for end > 0 && p.src.Tokens[end].Shape == text.ShapePunct {
					end--
				}
				if e := p.src.Tokens[end].End; e > f.cS {
					f.cE = e
				}
			}
			break
		}
	}
	// "X warned against disunity and Y may take up the theme", "X said he
	// had had a “gutful” but the league's Y rejected it": a clause joined
	// to the cue's, with a subject of its own, is not what X said.
	{
		s := p.src.SentenceOf(c)
		for j := c + 1; j < s.End; j++ {
			tj := &p.src.Tokens[j]
			if tj.Head != c || tj.Rel != text.RelConj {
				continue
			}
			// A subject named or described anew ("and the council trimmed
			// its estimate"), not a pronoun that goes on with the
			// speaker's thought nor a second "that" clause.
			sj := p.kid(j, text.RelNsubj)
			if sj < 0 || p.src.Tokens[sj].POS != text.PROPN && p.src.Tokens[sj].POS != text.NOUN || p.kid(j, text.RelMark) >= 0 || p.kid(sj, text.RelCase) >= 0 {
				break
			}
			a, _ := p.src.Subtree(j)
			if p.toks[p.view[a]].quote >= 0 {
				break
			}
			// (a comma before the joined clause sets it apart)
			comma := a > 0 && p.src.Tokens[a-1].Text == ","
			for a < j && (p.src.Tokens[a].Rel == text.RelCC || p.src.Tokens[a].Rel == text.RelPunct) && p.src.Tokens[a].Head == j {
				comma = comma || p.src.Tokens[a].Text == ","
				a++
			}
			// (not when what a cue of speech would be left saying holds
			// no verb and no comma parts it from the "and": "said the
			// program between it and Bell Systems will apply" is one
			// clause the parse split at its "and"; an object frame's
			// content, "wants a computer", has no verb)
			if cut := p.src.Tokens[a].Start; cut > f.cS && cut < f.cE && (f.frame == frameParse || comma || finiteBetween(p.src, f.cS, cut)) {
				end := a - 1
				for end > 0 && (p.src.Tokens[end].Rel == text.RelCC || p.src.Tokens[end].Shape == text.ShapePunct) {
					end--
				}
				if e := p.src.Tokens[end].End; e > f.cS {
					f.cE = e
				}
			}
			break
		}
	}
	return true
}

// worthParsing tells whether the words around a claim give one of the checks
// below something to find: a negation or a verb that refuses before the cue,
// a cue read as a noun, a denial of a report, a participle after a
// preposition, a clause joined to the content, a concessive clause. Parsing
// costs ten times tagging; most sentences need none of it.
func (x *clExtractor) worthParsing(p *clPara, f *clFound) bool {
	cue := &p.src.Tokens[p.toks[f.cueTok].tok]
	if cue.POS == text.NOUN {
		return true
	}
	s := p.src.SentenceOf(p.toks[f.cueTok].tok)
	for k := s.Start; k < s.End; k++ {
		t := &p.src.Tokens[k]
		switch {
		case t.Start < cue.Start:
			switch t.Low {
			case "not", "n't", "never", "no", "hardly", "scarcely", "nobody", "none", "neither", "without", "while", "although", "though", "whereas", "by", "yet",
				"whether", "if", "must", "should", "ought", "whenever", "unless":
				return true
			}
			if x.lex.is(t.Lemma, wRefuse) || x.lex.denials[t.Lemma] || x.lex.is(t.Low, wReport) {
				return true
			}
		case t.Start > cue.Start && t.Start < f.cE:
			if f.stance == "deny" && x.lex.is(t.Low, wReport) {
				return true
			}
			if (t.Low == "and" || t.Low == "but") && (nameAhead(p.src.Tokens[k+1:s.End]) || k > s.Start && p.src.Tokens[k-1].Text == "," && clauseAhead(p.src.Tokens[k+1:s.End])) {
				return true
			}
		}
	}
	return false
}

// nameAhead tells whether a proper noun opens toks, or follows a few
// words of the noun phrase it heads ("the league's chairman Tom Parry"),
// before any verb.
func nameAhead(toks []text.Token) bool {
	for k := 0; k < len(toks) && k < 6; k++ {
		switch toks[k].POS {
		case text.PROPN:
			return true
		case text.PRON:
			if toks[k].Tag != "PRP$" {
				return false
			}
		case text.VERB, text.AUX, text.PUNCT, text.CCONJ, text.SCONJ:
			return false
		}
	}
	return false
}

// clauseAhead tells whether a clause with a subject of its own opens toks:
// a noun phrase of a few words, then a finite verb ("the council trimmed").
func clauseAhead(toks []text.Token) bool {
	noun := false
	for k := 0; k < len(toks) && k < 6; k++ {
		switch t := &toks[k]; {
		case t.POS == text.NOUN || t.POS == text.PROPN:
			noun = true
		case t.POS == text.DET || t.POS == text.ADJ || t.POS == text.NUM || t.Tag == "PRP$" || t.Tag == "POS":
			if noun && t.POS != text.ADJ && t.Tag != "POS" {
				return false
			}
		case t.POS == text.VERB || t.POS == text.AUX:
			return noun && finiteTag(t.Tag)
		default:
			return false
		}
	}
	return false
}

// conditional tells whether the parse marks the cue c as an indirect
// question ("whether Turkey believed") or as what happens under a condition
// with a verb of its own ("if the state held up the deal, Patriot could
// threaten"; but "If anything, experts say C" says C).
func (p *clPara) conditional(c int) bool {
	if p.kid(c, text.RelMark, "whether", "whenever", "unless") >= 0 {
		return true
	}

	m := p.kid(c, text.RelMark, "if")
	if m < 0 {
		return false
	}
	s := p.src.SentenceOf(c)
	for k := m + 1; k < s.End && p.src.Tokens[k].Text != ","; k++ {
		if pos := p.src.Tokens[k].POS; pos == text.VERB || pos == text.AUX {
			return true
		}
	}
	return false
}

// insideDenial tells whether the cue i stands inside what a denial governs:
// up through the clauses and objects that hold it ("reports [he told
// Brown]", "denied [that she had said]"), never across a verb joined to the
// denial ("rejected the plan and said"). A statement that is itself the
// object of the denial ("rejected his warning") is not inside it.
func (p *clPara) insideDenial(i int, lex *clLexicon) bool {
	toks := p.src.Tokens
	if toks[i].POS == text.VERB && p.afterDenial(i, lex) {
		return true
	}
	for steps := 0; steps < 6 && toks[i].Head >= 0; steps++ {
		switch toks[i].Rel.Base() {
		case text.RelCcomp, text.RelACL, text.RelObj, text.RelXcomp:
		default:
			return false
		}
		h := toks[i].Head
		if toks[h].POS == text.VERB && lex.denials[toks[h].Lemma] {
			// "rejected his warning that C": the statement itself is what
			// is rejected, and it was made
			return steps > 0 || toks[i].Rel.Base() != text.RelObj
		}
		i = h
	}
	return false
}

// afterDenial tells whether a verb of denial comes before the verb i in its
// sentence with nothing between them that ends the denied words: no comma,
// no "and", "but" or semicolon ("dismissed reports she told the council",
// but "denied the charges, saying", "rejected it and said"). The words
// decide when the parse hangs the denial on the cue.
func (p *clPara) afterDenial(i int, lex *clLexicon) bool {
	toks := p.src.Tokens
	s := p.src.SentenceOf(i)
	for k := i - 1; k >= s.Start; k-- {
		t := &toks[k]
		switch t.Low {
		case ",", ";", ":", "and", "but", "while", "—", "–", "-":
			return false
		}
		if t.POS == text.VERB && lex.denials[t.Lemma] {
			return true
		}
	}
	return false
}

// deniesReport tells whether the denial i is of someone else's statement
// with its content: "dismissed reports that he would quit", "rejected claims
// of a cover-up".
func (p *clPara) deniesReport(i int, lex *clLexicon) bool {
	o := p.kid(i, text.RelObj)
	if o < 0 || !lex.is(p.src.Tokens[o].Low, wReport) {
		return false
	}
	if p.kid(o, text.RelACL) >= 0 || p.kid(o, text.RelCcomp) >= 0 {
		return true // "reports that he would quit"
	}
	// "reports of a rift"
	n := p.kid(o, text.RelNmod)
	return n >= 0 && p.kid(n, text.RelCase, "of") >= 0
}

// subjectOf returns the token that names who does the verb i: its subject;
// for a verb joined to another ("rejected the plan and said"), a participle
// (", adding that") or a verb after a relative pronoun ("X, who said"), the
// noun the subject stands for; the agent of a passive ("was claimed by X");
// for "according to X", X. It returns -1 when the parse names none.
func (p *clPara) subjectOf(i int) int {
	t := p.src.Tokens
	if t[i].Low == "according" {
		if t[i].Rel.Base() == text.RelCase && t[i].Head >= 0 {
			return t[i].Head
		}
		return p.kid(i, text.RelObl)
	}
	for steps := 0; i >= 0 && steps < 3; steps++ {
		if k := p.nearestSubject(i); k >= 0 {
			switch {
			case t[k].Rel == text.RelNsubjPass:
				return p.kid(i, text.RelOblAgent)
			case (t[k].Low == "who" || t[k].Low == "which" || t[k].Low == "that") && (t[i].Rel == text.RelACLRelcl || t[i].Rel == text.RelAdvclRelcl):
				if h := t[i].Head; h >= 0 && t[h].POS.IsNominal() {
					return h
				}
				return -1 // a relative clause hung on a verb: the parse is lost
			case t[k].Low == "who" || t[k].Low == "which":
				// "McConnell, now the majority leader, who in 2010 said":
				// a relative clause the parse hung elsewhere stands for
				// the noun right before its comma, or the parse is lost.
				if k >= 2 && t[k-1].Text == "," && (t[k-2].POS == text.NOUN || t[k-2].POS == text.PROPN) && t[k-2].Sent == t[k].Sent {
					return k - 2
				}
				return -1
			}
			if t[k].POS == text.VERB && t[k].Tag != "VBZ" && t[k].Tag != "VBP" {
				// "Kill Bill director X said", "Ask Jeeves": a verb for a
				// subject, the parse is lost ("aides" read as a verb in
				// "McConnell aides acknowledged" is a plural noun).
				return -1
			}
			return k
		}
		if k := p.unlabelledSubject(i); k >= 0 {
			return k
		}
		switch t[i].Rel.Base() {
		case text.RelAdvcl, text.RelXcomp:
			// "asked the harbour master to confirm": the object of the
			// verb above, not its subject, is who is to do it.
			if h := t[i].Head; h >= 0 && i > h && p.kid(i, text.RelMark, "to") >= 0 && p.hasObject(h) {
				return -1
			}
			// "He decided to back the plan as the police said C": a
			// finite verb has a subject of its own; when the parse lost
			// it, the verb above does not lend its own.
			if tag := t[i].Tag; (tag == "VBD" || tag == "VBZ" || tag == "VBP") && p.kid(i, text.RelAux, "having", "being") < 0 {
				return -1
			}
			i = t[i].Head
		case text.RelConj:
			// "NATO steps up patrols as the operator denies": a verb joined
			// without "and" or a comma, right after a noun, is that noun's
			// (the parse took "as" for a preposition).
			if p.kid(i, text.RelCC) < 0 && i > 0 && t[i-1].POS.IsNominal() {
				return -1
			}
			// "X has been cautious, but on Monday Mr Reed said C": the
			// verb has a subject of its own that the parse lost (it made
			// the day the subject and hung the name on it); the first
			// verb's subject is not who speaks.
			if p.ownSubjectLost(i) {
				return -1
			}
			i = t[i].Head
		case text.RelACL:
			if t[i].Tag == "VBG" { // "a statement saying"
				return t[i].Head
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// nearestSubject returns the subject of the verb i, or -1: of two the parse
// may give it ("Launching the initiative Mr Clarke said"), the one nearest
// before the verb, for the first is then a phrase the parse lost the place
// of; not a relative pronoun ("His wife Sharon, who called the police,
// said") nor a time ("the Bank last month agreed"), which tell the parse
// lost the clause around them instead. A time alone is no subject.
func (p *clPara) nearestSubject(i int) int {
	k := p.kid(i, text.RelNsubj)
	if k < 0 || k > i {
		return k
	}
	for j := k + 1; j < i; j++ {
		t := &p.src.Tokens[j]
		// (no bracket either: "<Pacific Western Airlines Corp> said", the
		// ">" made a subject)
		if t.Head == i && t.Rel.Base() == text.RelNsubj && t.Tag != "WP" && t.Tag != "WDT" && !clTimes[t.Low] && t.POS != text.PUNCT && t.POS != text.SYM {
			k = j
		}
	}
	// "tweets early Friday saying": a time the parse made the subject
	// is none; "the Bank last month agreed" read as the Bank's month: the
	// possessor is.
	if clTimes[p.src.Tokens[k].Low] {
		if q := p.kid(k, text.RelNmodPoss); q >= 0 && (p.src.Tokens[q].POS == text.PROPN || p.src.Tokens[q].POS == text.NOUN) {
			return q
		}
		// "on Monday Mr Reed said" read as Monday's name: the name is.
		if q := p.namedAfterTime(k); q >= 0 {
			return q
		}
		return -1
	}
	return k
}

// ownSubjectLost tells whether the verb i has a subject of its own that
// nearestSubject would not take (a time), with a name written between it
// and the verb: "on Monday Mr Reed said" parsed as Monday's Mr Reed.
func (p *clPara) ownSubjectLost(i int) bool {
	t := p.src.Tokens
	k := p.kid(i, text.RelNsubj)
	if k < 0 || k > i {
		return false
	}
	for j := k; j < i; j++ {
		if t[j].POS == text.PROPN && !clTimes[t[j].Low] {
			return true
		}
	}
	return false
}

// namedAfterTime returns the name the parse hung on the time word k as one
// name with it ("Monday Mr Reed", flat or compound), or -1.
func (p *clPara) namedAfterTime(k int) int {
	t := p.src.Tokens
	for _, q := range p.src.Children(k, nil) {
		if q > k && (t[q].Rel == text.RelFlat || t[q].Rel.Base() == text.RelCompound) && t[q].POS == text.PROPN && !clTimes[t[q].Low] {
			return q
		}
	}
	return -1
}

// mainSubject returns the view range of the proper-noun subject of the main
// verb of the sentence of view token v by its parse, or -1, -1; it parses
// nothing (a parse changes what the figures read of a sentence).
func (p *clPara) mainSubject(v int) (int, int) {
	t := p.src.Tokens
	si := t[p.toks[v].tok].Sent
	if si < 0 || si >= len(p.src.Sentences) || !p.src.Sentences[si].Parsed {
		return -1, -1
	}
	sent := p.src.Sentences[si]
	for h := sent.Start; h < sent.End; h++ {
		if t[h].Head >= 0 {
			continue
		}
		for k := sent.Start; k < h; k++ {
			if t[k].Head == h && t[k].Rel == text.RelNsubj && t[k].POS == text.PROPN {
				return p.phrase(k)
			}
		}
	}
	return -1, -1
}

// hasObject tells whether the verb h has an object, bar a day the parse
// took for one ("gathered Friday to discuss").
func (p *clPara) hasObject(h int) bool {
	if p.kid(h, text.RelIobj) >= 0 {
		return true
	}
	o := p.kid(h, text.RelObj)
	return o >= 0 && !claimLexicon().is(p.src.Tokens[o].Low, wSkip)
}

// objectAfter tells whether the parse gives the verb at view token v an
// object right after it ("rejected the remark"), bar a day taken for one.
func (p *clPara) objectAfter(v int) bool {
	if !p.parsed(v) {
		return false
	}
	h := p.node(v)
	o := p.kid(h, text.RelObj)
	if o <= h || claimLexicon().is(p.src.Tokens[o].Low, wSkip) {
		return false
	}
	a, _ := p.src.Subtree(o)
	return a == h+1
}

// unlabelledSubject returns the subject of the finite verb i that the parse
// hung on it under another label, as it does a measure of time ("A majority
// of voters expect C" read like "Last week expect"): a noun phrase that opens
// the sentence and runs up to the verb (bar adverbs and auxiliaries) and
// gives a share of a group ("a majority of voters", "half of the members"),
// or -1.
func (p *clPara) unlabelledSubject(i int) int {
	t := p.src.Tokens
	// The tagger may read the verb as a bare form for want of a subject:
	// any verb form but a participle or an infinitive with "to".
	if t[i].POS != text.VERB || t[i].Tag == "VBG" || t[i].Tag == "VBN" || p.kid(i, text.RelMark, "to") >= 0 {
		return -1
	}
	s := p.src.SentenceOf(i)
	for k := s.Start; k < i; k++ {
		r := t[k].Rel
		if t[k].Head != i || r != text.RelOblUnmarked && r != text.RelOblNpmod && r != text.RelOblTmod || !t[k].POS.IsNominal() {
			continue
		}
		lo, hi := p.src.Subtree(k)
		if lo != s.Start || hi > i {
			return -1
		}
		for j := hi; j < i; j++ {
			if t[j].POS != text.ADV && t[j].POS != text.AUX && t[j].POS != text.PART {
				return -1
			}
		}
		if n := p.kid(k, text.RelNmod); n >= 0 && p.kid(n, text.RelCase, "of") >= 0 {
			return k
		}
		return -1
	}
	return -1
}

// phrase returns the view range of the noun phrase headed by h, without
// what is set off from it (appositions, relative clauses, punctuation): "the
// Syrian Observatory for Human Rights", "Al Sharaa's office". A description
// with a name in apposition gives the name: "A lawyer for the family,
// Gregory Ioannidis, said".
func (p *clPara) phrase(h int) (int, int) {
	t := p.src.Tokens
	if t[h].POS != text.PROPN {
		if ap := p.kid(h, text.RelAppos); ap >= 0 && t[ap].POS == text.PROPN {
			h = ap
		}
	}
	lo, hi := h, h+1
	s := p.src.SentenceOf(h)
	for k := s.Start; k < s.End; k++ {
		if t[k].Head != h {
			continue
		}
		switch r := t[k].Rel.Base(); {
		case r == text.RelDet, r == text.RelAmod, r == text.RelCompound, r == text.RelFlat, r == text.RelNmod, r == text.RelNummod,
			r == text.RelFixed, r == text.RelConj, r == text.RelCC,
			// "many of his supporters": a quantifier and what it counts.
			r == text.RelObl && k > h && clQuantifiers[t[h].Low] && p.kid(k, text.RelCase, "of") >= 0:
			a, b := p.src.Subtree(k)
			lo, hi = min(lo, a), max(hi, b)
		}
	}
	return p.view[lo], p.view[hi-1] + 1
}

// subjectJustBefore returns the view token that opens another subject of
// the verb whose subject is the source token h, when that subject ends
// right where the view token a opens h's phrase ("The brother of jailed
// activist X said" parsed with two subjects, "brother" and X); else -1.
func (p *clPara) subjectJustBefore(h, a int) int {
	t := p.src.Tokens
	if t[h].Rel.Base() != text.RelNsubj || t[h].Head < 0 || a <= 0 {
		return -1
	}
	s := p.src.SentenceOf(h)
	for k := s.Start; k < h; k++ {
		if t[k].Head != t[h].Head || t[k].Rel.Base() != text.RelNsubj {
			continue
		}
		if lo, hi := p.src.Subtree(k); hi > 0 && p.view[hi-1]+1 == a {
			return p.view[lo]
		}
	}
	return -1
}

// oddSpeaker tells, from the tags, whether the view tokens [a, b) the
// patterns took for a speaker are no noun phrase that can speak: a phrase
// that opens with a verb or a preposition ("Following a", "Having"), ends
// in no noun or pronoun ("Chastened", "his early-morning"), or is a
// demonstrative ("That"). weak tells that the only sign is a preposition
// before the phrase ("through the streets", "in 2017 America").
func (x *clExtractor) oddSpeaker(p *clPara, a, b int) (odd, weak bool) {
	if a < 0 || a >= b || b > len(p.toks) {
		return false, false
	}
	toks := p.src.Tokens
	// The phrase's last word, before an aside in brackets: "Sen. Claire
	// Ward (D-Mo.)".
	e := b - 1
	for depth := 0; e > a; e-- {
		w := p.text[p.toks[e].s:p.toks[e].e]
		if w == ")" {
			depth++
		} else if w == "(" {
			depth--
		}
		if depth == 0 && w != "(" && w != ")" && toks[p.toks[e].tok].POS != text.PUNCT {
			break
		}
	}
	first, last := &toks[p.toks[a].tok], &toks[p.toks[e].tok]
	// "Will Davies", "Grant Thornton": a capitalised word before a name
	// is a given name, whatever the tagger made of it.
	// (not after "to": "the Committee to Protect Bloggers")
	if p.toks[a].upper && b-a >= 2 && (first.POS == text.AUX || first.POS == text.VERB) && toks[p.toks[a+1].tok].POS == text.PROPN && last.POS == text.PROPN &&
		!(a > 0 && p.toks[a-1].low == "to") {
		return false, false
	}
	switch {
	case first.POS == text.AUX || first.POS == text.ADP || first.POS == text.SCONJ:
		return true, false
	case first.POS == text.VERB && first.Tag != "VBN" && first.Tag != "VBD": // not "retired general X"
		return true, false
	}
	if !last.POS.IsNominal() && !(b-a == 1 && clQuantifiers[last.Low]) && last.Text != "%" {
		return true, false
	}
	if b-a == 1 {
		switch first.Low {
		case "that", "this", "these", "those":
			return true, false
		}
	}
	if i := p.toks[a].tok; i > 0 && toks[i-1].Sent == first.Sent && toks[i-1].POS == text.ADP && toks[i-1].Low != "of" {
		// "after US Treasury Secretary John Snow said": a conjunction
		// the tagger took for a preposition opens a clause whose subject
		// is the name.
		if clSubordinators[toks[i-1].Low] && x.hasProper(p, a, b) && !finiteIn(p, a, b) {
			return false, false
		}
		return true, true
	}
	return false, false
}

// prepHead returns the head of the view tokens [a, b) when the parse makes
// them a phrase governed by a preposition ("through the streets"): the
// token whose own head lies outside, an oblique or a nominal modifier, or a
// noun with a preposition of its own whatever its label (a subject "from
// both parties" is a phrase the parse lost the noun of); else -1.
func (p *clPara) prepHead(a, b int) int {
	lo, hi := p.toks[a].tok, p.toks[b-1].tok+1
	for k := lo; k < hi; k++ {
		if h := p.src.Tokens[k].Head; h < lo || h >= hi {
			if r := p.src.Tokens[k].Rel.Base(); r == text.RelObl || r == text.RelNmod || p.preposition(k) >= 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// preposition returns the preposition the parse gives the nominal k (a case
// marker tagged ADP, not the possessive "'s"), or -1.
func (p *clPara) preposition(k int) int {
	t := p.src.Tokens
	for c := p.src.SentenceOf(k).Start; c < k; c++ {
		if t[c].Head == k && t[c].Rel == text.RelCase && t[c].POS == text.ADP {
			return c
		}
	}
	return -1
}

// nounBefore returns the noun that the phrase at view token a, headed by
// token h, modifies across the one preposition before it ("officials from
// both parties"), when the parse makes it so (the phrase hangs on the noun)
// or hangs the phrase with its preposition where no such phrase goes (as a
// subject), and that noun is not itself governed by a preposition; else -1.
func (p *clPara) nounBefore(a, h int) int {
	i := p.toks[a].tok
	if i < 2 || p.src.Tokens[i-1].POS != text.ADP {
		return -1
	}
	g := i - 2
	t := &p.src.Tokens[g]
	if t.POS != text.NOUN && t.POS != text.PROPN {
		return -1
	}
	if r := t.Rel.Base(); r == text.RelObl || r == text.RelNmod {
		return -1
	}
	if p.preposition(h) == i-1 && p.src.Tokens[h].Rel.Base() == text.RelNsubj {
		return g
	}
	// The phrase after the preposition hangs on g.
	for k := i; k < len(p.src.Tokens) && p.src.Tokens[k].Sent == t.Sent; k++ {
		if p.src.Tokens[k].Head == g && p.src.Tokens[k].Rel.Base() == text.RelNmod {
			return g
		}
	}
	return -1
}

// asksOnly tells whether content is questions and nothing else: "Will I
// still want to race?", she asked. A question asserts nothing; content
// that goes on to answer it ("Do they want our place? We are top.") does.
func asksOnly(content string) bool {
	c := strings.TrimRight(content, " \"'”’»)")
	if !strings.HasSuffix(c, "?") {
		return false
	}
	c = strings.TrimSuffix(c, "?")
	// "Have you seen it? Ever seen one?": questions one after another
	// still assert nothing; a statement among them does.
	for _, end := range []string{". ", "! ", ".\" ", ".” ", "!\" ", "!” "} {
		if strings.Contains(c, end) {
			return false
		}
	}
	return true
}

// narratorQuestion tells whether the sentence of paragraph p that holds
// byte at is a question the writer asks: it ends with a question mark and
// quotes no one.
func narratorQuestion(p *text.Paragraph, at int) bool {
	for _, se := range p.Sentences {
		if se.Start >= se.End || se.End > len(p.Tokens) {
			continue
		}
		st, en := p.Tokens[se.Start].Start, p.Tokens[se.End-1].End
		if at < st || at >= en {
			continue
		}
		s := strings.TrimSpace(p.Text[st:en])
		return strings.HasSuffix(s, "?") && !strings.ContainsAny(s, "\"“”«»")
	}
	return false
}

// askCue tells a cue that reports a question ("asked", "wonders").
func askCue(cue string) bool {
	c := strings.ToLower(cue)
	return strings.HasPrefix(c, "ask") || strings.HasPrefix(c, "wonder") || strings.HasPrefix(c, "inquir") || strings.HasPrefix(c, "enquir")
}

// roleBefore returns where the phrase starts whose last word is a role or
// a group ("a senior economist", "officials") right before the preposition
// that opens the speaker phrase at view token a ("with Banco Azul", "close
// to the board"), or -1.
func (x *clExtractor) roleBefore(p *clPara, a int) int {
	t := p.toks
	k := a - 1
	if k < 1 || t[k].kind != clWord {
		return -1
	}
	h := k - 1
	switch t[k].low {
	case "with", "at", "from", "in":
	case "to":
		if t[h].low != "close" {
			return -1
		}
		h--
	default:
		return -1
	}
	if h < 0 || t[h].kind != clWord || t[h].upper || t[h].clitic || !x.lex.is(t[h].low, wTitle|wGroup) || x.lex.is(t[h].low, wOrg) {
		return -1
	}
	s := h
	for s > 0 && h-s < 5 && t[s-1].kind == clWord && t[s-1].quote < 0 && !t[s-1].clitic &&
		!(x.lex.is(t[s-1].low, wStop) && !t[s-1].upper) && !x.lex.is(t[s-1].low, wPronPerson|wPronOrg|wPronPlural) {
		s--
		if clDeterminers[t[s].low] {
			break
		}
	}
	return s
}
