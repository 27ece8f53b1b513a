package claims

import (
	"strings"
	"sync"

	"github.com/briefbot/briefbot/knowledge/entities"
	"github.com/briefbot/briefbot/knowledge/text"
)

// Beliefs, intentions and stances ("Ofcom wants to ensure that ...", "she
// thinks the plan will fail", "the union supports the strike") attribute
// what their verb governs to its subject. They are read from the parse, with
// the verbs of lexicon/frames.txt, in the sentences where the patterns found
// no cue for them.

// clFrame is a row of lexicon/frames.txt.
type clFrame struct {
	particle string   // "out" of "point out", or ""
	stance   string   // the claim's stance
	kinds    []string // what the verb governs that is the content, in order
}

// frameWords holds lexicon/frames.txt by the verb's lemma.
var frameWords = sync.OnceValue(func() map[string][]clFrame {
	m := map[string][]clFrame{}
	for _, row := range lexiconRows("frames") {
		if len(row) < 3 {
			panic("knowledge: lexicon frames: a row needs lemma | stance | kinds: " + strings.Join(row, "|"))
		}
		words := strings.Fields(strings.ToLower(row[0]))
		fr := clFrame{stance: row[1]}
		if len(words) > 1 {
			fr.particle = words[1]
		}
		for _, k := range strings.Split(row[2], ",") {
			if k = strings.TrimSpace(k); k != "" {
				fr.kinds = append(fr.kinds, k)
			}
		}
		m[words[0]] = append(m[words[0]], fr)
	}
	return m
})

// frames finds the claims of the sentence s that the verbs of
// lexicon/frames.txt make, where no claim covers them yet.
func (x *clExtractor) frames(p *clPara, s clSpan) {
	table := frameWords()
	for v := s.a; v < s.b; v++ {
		t := &p.toks[v]
		if t.kind != clWord || t.quote >= 0 {
			continue
		}
		// "Yahoo, Ask Jeeves and Amazon are seeking ...", "at the recent
		// Consumer Electronics Show in Las Vegas products … got": a capital
		// inside a sentence marks a name, not a verb that attributes, as
		// for the patterns' cues.
		// (Words in capitals throughout are a shouted line, whose verbs
		// stay verbs.)
		if w := p.text[t.s:t.e]; t.upper && v > s.a && p.toks[v-1].kind != clStop && p.toks[v-1].kind != clOpen && p.toks[v-1].kind != clClose && w != strings.ToUpper(w) {
			continue
		}
		tk := &p.src.Tokens[t.tok]
		if tk.POS == text.NOUN {
			x.statementNoun(p, v)
			x.verbTaggedNoun(p, v, table)
			continue
		}
		rows := table[tk.Lemma]
		// "Traders were sceptical that C", "She doubted that C": the
		// clause a doubter governs is not their claim, and no stance here
		// says so. What frames.txt lets such a verb govern ("questioned
		// the need for C") stays.
		if len(rows) == 0 && (x.lex.is(tk.Lemma, wDoubt) || x.lex.is(t.low, wDoubt)) {
			continue
		}
		if len(rows) == 0 {
			// A cue the patterns did not read ("the senator, who said the
			// vote was rigged"): its clause, by the parse.
			// Not "claimed the coaching award": the objects that make the
			// verb no cue make it none here either.
			if st, ok := x.lex.clauseCues[tk.Lemma]; ok && !x.cueObjectAfter(p, v, tk.Lemma) {
				rows = []clFrame{{stance: st, kinds: []string{"clause"}}}
			}
		}
		// Any verb or adjective with a that-clause and a subject that can
		// hold a view ("Regulators suspect that C", "She is confident that
		// C"), bar those whose clause is no one's statement ("ensure that").
		generic := false
		if len(rows) == 0 && (tk.POS == text.VERB || tk.POS == text.ADJ) && thatAfter(p, t.tok) && !x.lex.is(tk.Lemma, wNoThat) {
			rows, generic = thatFrame, true
			// "…, Ms Vale denying that C": a denial the patterns missed
			// stays a denial, never an assertion of C.
			if x.lex.denials[tk.Lemma] || x.lex.denials[t.low] {
				rows = denyThatFrame
			}
		} else if tk.POS != text.VERB {
			continue
		}
		if len(rows) == 0 || x.cued[v] || x.overlapping(p.n, t.s, t.e) || !frameLikely(p, t.tok, rows) ||
			!p.parsed(v) {
			continue
		}
		// "The economy, says Tom Reed, is strong": a name set off by
		// commas after the cue, then a verb, is who speaks; the phrase
		// before the cue, which the parse may make its subject, is what
		// the sentence is about.
		if v > s.a && p.toks[v-1].kind == clComma && x.invertedAside(p, s, v+1) {
			continue
		}
		c := p.node(v)
		// "if it made no cuts, it expects to lose $1bn": what is expected
		// only on a condition is no claim without it.
		if p.conditionOn(c) {
			continue
		}
		// "is likely to want", "appeared to hope": a verb that another
		// predicate governs is the writer's guess; "C, he believed, C2" is
		// for the patterns.
		if r := p.src.Tokens[c].Rel.Base(); r == text.RelXcomp || r == text.RelCsubj || r == text.RelACL && relPronoun(p, c) < 0 ||
			parenthetical(p, s, v) {
			continue
		}
		// "The grant was to support the first stage", "the aim is to back
		// the plan": an infinitive that heads its clause tells a purpose or
		// a plan, not a view its subject holds. "Ministers meet on
		// Thursday to discuss proposals": one that says what a meeting is
		// for (purpose) tells no view held of its object.
		purpose := p.kid(c, text.RelMark, "to") >= 0
		if purpose && p.src.Tokens[c].Rel.Base() != text.RelAdvcl {
			continue
		}
		// "tried to delude itself into believing that C", "was tricked
		// into thinking C": one led into a belief holds no view of its
		// own; what it came to believe is no claim.
		if p.kid(c, text.RelMark, "into") >= 0 || p.kid(c, text.RelCase, "into") >= 0 {
			continue
		}
		// "the election, widely expected to be called for 5 May": a past
		// participle with no subject of its own and no "have" before it
		// is a passive's, whose noun is what others expect, not one who
		// expects.
		// (a verb joined to another takes that one's subject: "met and
		// agreed to present")
		if ct := &p.src.Tokens[c]; ct.Tag == "VBN" && ct.Rel.Base() != text.RelConj && p.kid(c, text.RelNsubj) < 0 &&
			p.kid(c, text.RelAux, "have", "has", "had", "having", "'ve", "'d") < 0 || setOffPassive(p, s, v, v+1) {
			continue
		}
		for _, fr := range rows {
			if fr.particle != "" && p.kid(c, text.RelCompoundPrt, fr.particle) < 0 {
				continue
			}

			if purpose && !containsString(fr.kinds, "clause") {
				continue
			}
			content := frameContent(p, c, fr.kinds)
			// "best director for X and supporting actor for Y": a participle
			// right before a bare singular noun is its adjective, no verb.
			if ct := &p.src.Tokens[c]; content == c+1 && ct.Tag == "VBG" && p.src.Tokens[content].Tag == "NN" && p.kid(content, text.RelDet) < 0 {
				continue
			}
			// "The fines claimed in 2003 eclipsed earlier years" parsed as
			// if the fines claimed that C: a clause with no subject of its
			// own, no "that" and nothing but a phrase between it and the
			// cue is the subject's verb, the cue a participle.
			if content > c && p.src.Tokens[content].Rel.Base() == text.RelCcomp && ownSubjectless(p, c, content) {
				continue
			}
			bareEnd := -1
			if content < 0 && containsString(fr.kinds, "clause") {
				content, bareEnd = bareClause(p, c)
			}
			if content < 0 {
				continue
			}
			// "The new phone promises longer battery life": a thing that
			// promises an object offers it, as the patterns read a thing's
			// vow (thingVows)
			if fr.stance == "vow" && p.src.Tokens[content].Rel.Base() == text.RelObj && x.thingVows(p, v) {
				continue
			}
			// "Women can expect to live to 85", "buyers may want to wait":
			// an intention or expectation under a modal of ability or
			// chance tells what may be, not what its subject holds.
			if p.src.Tokens[content].Rel.Base() == text.RelXcomp && p.kid(c, text.RelAux, "can", "could", "may", "might") >= 0 {
				break
			}
			// "Vale and Ortiz are expected to be fit": the subject of a
			// passive is what others expect, not one who expects.
			if beforePassive(p, c) {
				break
			}
			h := p.subjectOf(c)
			if h < 0 || p.src.Tokens[h].Rel == text.RelExpl {
				break
			}
			// "after it emerged that C", "it appears that C": a verb read
			// for its that-clause alone with "it" for its subject is the
			// writer's, "it" no one's (the parse may not mark it expletive).
			if generic && p.src.Tokens[h].Low == "it" {
				break
			}
			// A verb read for its that-clause alone speaks for its own
			// subject, not for one a participle or a joined verb takes
			// from the main clause ("..., assuming that C").
			if generic && p.src.Tokens[h].Head != c && relPronoun(p, c) < 0 {
				break
			}
			a, b := p.phrase(h)
			if !x.speakerLike(p, a, b) && !pluralNoun(p, h) || insideModifier(p, s, a) {
				break
			}
			// "a link with the Acme chart show, which suggests C": a
			// "which" that stands for a thing speaks for no one (see
			// relativeSpeaker).
			if r := relPronoun(p, c); r >= 0 && p.src.Tokens[r].Low == "which" && p.src.Tokens[h].Text == p.src.Tokens[h].Low &&
				p.src.Tokens[h].POS == text.NOUN && x.lex.thingWord(p.src.Tokens[h].Low) {
				break
			}
			// "The brother of jailed activist X said", with "brother" a
			// second subject: the person described before the preposition
			// speaks, not the name.
			if a2 := p.subjectJustBefore(h, a); a2 >= 0 && personOfCharge(p, a2, b, x.lex) {
				a = a2
			}
			lo, hi := p.src.Subtree(content)
			// What an object frame says is its object ("supports the
			// plan"): a phrase of the circumstances the parse hung on the
			// object ends it ("defended the posters amid claims ...").
			object := p.src.Tokens[content].Rel.Base() == text.RelObj && !containsString(fr.kinds, "pred")
			// (only a phrase of the object's own: "a law that bans protests
			// during elections" keeps its "during")
			for _, k := range p.src.Children(content, nil) {
				if r := p.src.Tokens[k].Rel.Base(); object && k > content && (r == text.RelNmod || r == text.RelACL) &&
					(p.kid(k, text.RelCase, clCircumstances...) >= 0 || p.kid(k, text.RelMark, clCircumstances...) >= 0) {
					hi, _ = p.src.Subtree(k)
					break
				}
			}
			hi = max(hi, bareEnd)
			if invertedAfter(p, c) && p.src.Tokens[content].Head == c+1 {
				lo = c + 1 // "cited disparaging remarks": the adjective too
			}
			// What the verb governs after its content goes with it ("thought
			// it was unlikely a documentary could compete"), up to the end of
			// the clause.
			for _, k := range p.src.Children(c, nil) {
				r := p.src.Tokens[k].Rel.Base()
				if k <= content || r == text.RelPunct || r == text.RelParataxis || r == text.RelCC ||
					r == text.RelConj && (p.src.Tokens[k].POS == text.VERB || p.kid(k, text.RelNsubj) >= 0) {
					continue
				}
				// "defended the posters amid claims they were racist":
				// after an object, a phrase of the circumstances is not what
				// is said, nor a clause with a subject of its own.
				if object && ((r == text.RelObl || r == text.RelAdvcl) && (p.kid(k, text.RelCase, clCircumstances...) >= 0 || p.kid(k, text.RelMark, clCircumstances...) >= 0) ||
					(r == text.RelAdvcl || r == text.RelParataxis) && p.kid(k, text.RelNsubj) >= 0) {
					continue
				}
				_, e := p.src.Subtree(k)
				hi = max(hi, e)
			}
			// "expects the bank to raise rates": the object belongs to what
			// is expected.
			if o := p.kid(c, text.RelObj); o >= 0 && p.src.Tokens[content].Rel.Base() == text.RelXcomp && o < content {
				lo, _ = p.src.Subtree(o)
			}
			// "believe bigotry and xenophobia are acceptable" split by the
			// parse: an object before a clause without a subject is that
			// clause's subject.
			if o := p.kid(c, text.RelObj); o > c && o < content && p.src.Tokens[content].Rel.Base() == text.RelCcomp &&
				p.kid(content, text.RelNsubj) < 0 && p.kid(content, text.RelExpl) < 0 {
				lo, _ = p.src.Subtree(o)
			}
			// "promised there will be no repeat": the parse hung the
			// clause's "there" on the verb, before a clause that opens
			// with its auxiliary.
			if lo-1 > c && p.src.Tokens[lo-1].Low == "there" && p.src.Tokens[lo-1].Head == c && p.src.Tokens[lo].POS == text.AUX &&
				p.kid(content, text.RelExpl) < 0 {
				lo--
			}
			if p.src.Tokens[lo].Low == "that" && p.src.Tokens[lo].Rel == text.RelMark {
				lo++
			}
			// "told Reuters sales were limited": the parse took the
			// listener, a name right after "told", for part of the
			// subject of what was told.
			if tk.Lemma == "tell" && lo == t.tok+1 && lo+1 < hi && p.src.Tokens[lo].POS == text.PROPN &&
				p.src.Tokens[lo+1].Text == p.src.Tokens[lo+1].Low && p.src.Tokens[lo+1].POS.IsNominal() {
				lo++
			}
			// "told a news conference trading will resume", "told the
			// farm committee the plan would fail": the listener, which
			// ends at a word for those told, is no part of what was told.
			// (also after the start of a name the parse made the
			// listener on its own: "told BBC Two's Newsnight programme
			// there was a danger", with "BBC" its indirect object)
			if tk.Lemma == "tell" && (lo == t.tok+1 || nameObjectBefore(p, t.tok, lo)) {
				lo = x.listenerEnd(p, lo, content)
			}
			// "told BBC Radio Four's the World at One his main worry was":
			// a phrase of the listener's title the parse hung on what was
			// told is the listener's.
			if tk.Lemma == "tell" && lo > t.tok+1 && lo+1 < content && p.src.Tokens[lo].POS == text.ADP && p.src.Tokens[lo].Text == p.src.Tokens[lo].Low &&
				capitalisedTok(p, lo-1) && capitalisedTok(p, lo+1) {
				lo++
				for lo < content && capitalisedTok(p, lo) {
					lo++
				}
			}
			hi = clauseEnd(p, lo, hi)
			// "Mr Barber, who said the “problem is worse”, called for a
			// law": a relative clause set off by commas ends at the comma
			// before the main clause's verb.
			if relPronoun(p, c) >= 0 {
				hi = relativeClauseEnd(p, lo, hi)
			}
			// "runs that once a country has reformed, it can pay": a clause
			// of condition or time that stops at a comma lost its main
			// clause to the parse; better no claim than half of one.
			if clSubordinators[p.src.Tokens[lo].Low] && hi < len(p.src.Tokens) && p.src.Tokens[hi].Text == "," {
				break
			}
			// "his radio show who said ...": a content that opens with a
			// relative pronoun tells the parse took a noun for the verb.
			if lo >= hi || lo <= c && c < hi || p.src.Tokens[lo].Low == "who" || p.src.Tokens[lo].Low == "which" {
				break
			}
			// "continued to struggle, with 900 jobs lost": a clause opened
			// by "with" tells the circumstances, no statement (a frame of
			// "with", "agreed with the plan", is another thing).
			if w := firstWordAt(p, lo, hi); w >= 0 && p.src.Tokens[w].Low == "with" && !containsString(fr.kinds, "with") {
				break
			}
			cue := p.text[t.s:t.e]
			if fr.particle != "" {
				cue += " " + fr.particle
			}
			f := clFound{spS: a, spE: b, cS: p.src.Tokens[lo].Start, cE: p.src.Tokens[hi-1].End, cue: cue,
				cueTok: v, lemma: tk.Lemma, frame: frameParse, stance: fr.stance}
			if r := relPronoun(p, c); r >= 0 {
				f.relPron = p.view[r] + 1
			} else if r := x.relativeBefore(p, s, v); r >= b {
				f.relPron = r + 1
			}
			x.emit(p, f)
			break
		}
	}
}

// clSubordinators open a clause that leans on a main clause.
var clSubordinators = map[string]bool{"once": true, "if": true, "when": true, "unless": true, "although": true,
	"though": true, "because": true, "while": true, "after": true, "before": true, "since": true, "until": true}

// invertedAfter tells whether the parse made the verb c depend on the
// adjective or participle right after it ("cited disparaging remarks" with
// "disparaging" for the head of the sentence): the two read the other way
// round.
func invertedAfter(p *clPara, c int) bool {
	t := p.src.Tokens
	n := c + 1
	return n < len(t) && t[c].Head == n && t[n].Sent == t[c].Sent && (t[n].POS == text.ADJ || t[n].Tag == "VBG")
}

// frameContent returns the token the verb c governs that is its content, by
// the kinds of a frames.txt row, or -1.
func frameContent(p *clPara, c int, kinds []string) int {
	for _, k := range kinds {
		switch k {
		case "clause":
			if o := p.clause(c); o >= 0 {
				return o
			}
		case "that":
			if o := p.clause(c); o >= 0 && p.kid(o, text.RelMark, "that") >= 0 {
				return o
			}
		case "to":
			if o := p.kid(c, text.RelXcomp); o >= 0 && p.kid(o, text.RelMark, "to") >= 0 {
				return o
			}
		case "noun":
			if o := p.kid(c, text.RelObj); o >= 0 && p.src.Tokens[o].POS != text.PRON {
				return o
			}
			// "cited disparaging remarks" read the other way round: the
			// adjective after the verb taken for its head; its object is
			// the verb's.
			if n := c + 1; invertedAfter(p, c) {
				if o := p.kid(n, text.RelObj); o > n && p.src.Tokens[o].POS != text.PRON {
					return o
				}
			}
		case "thing":
			// "questioned the wisdom of the bailout", not "questioned the
			// banker Tom Ruiz": an object that is a common noun.
			if o := p.kid(c, text.RelObj); o >= 0 && p.src.Tokens[o].POS == text.NOUN && !namedAfter(p, o) {
				return o
			}
		case "pred":
			// "called the charges fabricated", "described him as a fraud":
			// the content runs from the object through what it is called.
			o := p.kid(c, text.RelObj)
			if o < 0 {
				continue
			}
			// "called climate change a hoax" read the other way round: the
			// first noun as what it was called, the second as the object.
			if xc := p.kid(c, text.RelXcomp); xc > c && xc < o && p.src.Tokens[xc].POS.IsNominal() {
				return xc
			}
			// "called an emergency meeting", "called a strike": what is
			// named with "a" is convened, not judged.
			if p.kid(o, text.RelDet, "a", "an") >= 0 {
				continue
			}
			// What it is called hangs from the verb after the object (as an
			// xcomp, a bare noun phrase, "as" a noun), or follows the object
			// as an adjective ("called the charges unsubstantiated").
			s := p.src.SentenceOf(c)
			for k := o + 1; k < s.End; k++ {
				tk := &p.src.Tokens[k]
				switch {
				case tk.Head == c && (tk.Rel.Base() == text.RelXcomp || tk.Rel == text.RelOblUnmarked):
					// "called the payments moratorium on ...": a bare noun
					// right after a noun object is one compound the parse
					// split, not what the object was called.
					if k == o+1 && tk.POS.IsNominal() && p.src.Tokens[o].POS == text.NOUN && p.kid(k, text.RelDet) < 0 {
						return -1
					}
					return o
				case tk.Head == c && tk.Rel.Base() == text.RelObl && p.kid(k, text.RelCase, "as") >= 0:
					return o
				case tk.Head == o && tk.Rel == text.RelAmod:
					return o
				}
			}
		default:
			s := p.src.SentenceOf(c)
			for o := s.Start; o < s.End; o++ {
				// (not "speaking ahead of the match": "of" there is part
				// of a preposition of two words, an adverb of place or
				// cause before it; "spoke emotionally of" has one of manner)
				if cs := p.kid(o, text.RelCase, k); p.src.Tokens[o].Head == c && p.src.Tokens[o].Rel.Base() == text.RelObl && cs >= 0 &&
					!(cs-1 > c && p.src.Tokens[cs-1].POS == text.ADV && !strings.HasSuffix(p.src.Tokens[cs-1].Low, "ly")) {
					return o
				}
			}
		}
	}
	return -1
}

// parenthetical tells whether the verb v stands in a short aside after its
// content: "The problem, he believed, was ...", "..., they think."
func parenthetical(p *clPara, s clSpan, v int) bool {
	after := v+1 >= s.b || p.toks[v+1].kind == clComma || p.toks[v+1].kind == clStop
	if !after {
		return false
	}
	for k := v - 1; k >= s.a && k >= v-4; k-- {
		if p.toks[k].kind == clComma {
			return true
		}
		if p.toks[k].kind != clWord {
			return false
		}
	}
	return false
}

// frameLikely tells, from the tags alone, whether the verb at token i may
// govern what one of rows asks for, so that a sentence is parsed only when
// it may: a subject before the verb, and after it a verb for a clause, "to"
// and a verb for an infinitive, a noun for an object, the preposition.
func frameLikely(p *clPara, i int, rows []clFrame) bool {
	toks := p.src.Tokens
	s := p.src.SentenceOf(i)
	subject := false
	for k := s.Start; k < i; k++ {
		if toks[k].POS.IsNominal() {
			subject = true
			break
		}
	}
	if !subject {
		return false
	}
	for _, fr := range rows {
		for _, kind := range fr.kinds {
			for k := i + 1; k < s.End && k <= i+12; k++ {
				t := &toks[k]
				switch kind {
				case "clause":
					if k > i+1 && (t.POS == text.VERB || t.POS == text.AUX) {
						return true
					}
				case "that":
					if k <= i+3 && t.Low == "that" && t.POS == text.SCONJ {
						return true
					}
				case "to":
					if t.Low == "to" && k+1 < s.End && toks[k+1].POS == text.VERB {
						return true
					}
				case "noun", "pred", "thing":
					if k <= i+4 && (t.POS == text.NOUN || t.POS == text.PROPN) {
						return true
					}
				default:
					if t.Low == kind && k <= i+3 {
						return true
					}
				}
			}
		}
	}
	return false
}

// clCircumstances open a phrase that tells when, amid what or despite what
// something was said.
var clCircumstances = []string{"amid", "amidst", "despite", "after", "before", "during", "following", "since", "until", "while", "whilst", "because"}

// relPronoun returns the relative pronoun ("who", "which") that is
// the subject of the verb c of a relative clause ("the senator, who says
// the vote was rigged"), or -1.
func relPronoun(p *clPara, c int) int {
	if r := p.src.Tokens[c].Rel; r != text.RelACLRelcl && r != text.RelAdvclRelcl {
		return -1
	}
	return p.kid(c, text.RelNsubj, "who", "which")
}

// pluralNoun tells whether the subject h is a plural common noun standing
// for people who hold a view: "environmentalists worry", "critics fear".
func pluralNoun(p *clPara, h int) bool {
	t := &p.src.Tokens[h]
	return t.POS == text.NOUN && t.Tag == "NNS"
}

// thatFrame is the frame of a verb or adjective that lexicon/frames.txt
// does not list, read when a that-clause follows it.
var thatFrame = []clFrame{{stance: "assert", kinds: []string{"that"}}}

// denyThatFrame is thatFrame for a verb of denial.
var denyThatFrame = []clFrame{{stance: "deny", kinds: []string{"that"}}}

// thatAfter tells whether "that" as a conjunction follows the token i
// closely, with no more than two words between ("suspect that", "ruled
// unanimously that", "pointed out that").
func thatAfter(p *clPara, i int) bool {
	toks := p.src.Tokens
	s := p.src.SentenceOf(i)
	// "so large that", "too late that": a degree, not a statement.
	if i > s.Start && (toks[i-1].Low == "so" || toks[i-1].Low == "too" || toks[i-1].Low == "such") {
		return false
	}
	for k := i + 1; k < s.End && k <= i+3; k++ {
		if toks[k].Low == "that" {
			return toks[k].POS == text.SCONJ
		}
		// Between them, an adverb, a particle or a pronoun: "stop
		// worrying that" is for "worrying".
		switch toks[k].POS {
		case text.ADV, text.PART, text.ADP, text.PRON:
		default:
			return false
		}
	}
	return false
}

// statementNouns holds lexicon/statement_nouns.txt: a noun's lemma and the
// stance of the claim it makes.
var statementNouns = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, row := range lexiconRows("statement_nouns") {
		if len(row) < 2 {
			panic("knowledge: lexicon statement_nouns: a row needs noun | stance: " + strings.Join(row, "|"))
		}
		m[strings.ToLower(row[0])] = row[1]
	}
	return m
})

// ContentNoun tells, by its lemma, a noun whose that-clause is what it
// says: a noun of lexicon/statement_nouns.txt ("claim", "allegation"), or
// one of news ("reports that …", "rumours that …").
func ContentNoun(lemma string) bool {
	lemma = strings.ToLower(lemma)
	if _, ok := statementNouns()[lemma]; ok {
		return true
	}
	switch lemma {
	case "report", "rumour", "rumor", "speculation", "news", "suggestion", "idea":
		return true
	}
	return false
}

// statementNoun reads a noun of lexicon/statement_nouns.txt at view token v
// with a possessor and a that-clause: "the senator's claim that C", "his
// warning that C". The possessor is the speaker, the clause the content.
func (x *clExtractor) statementNoun(p *clPara, v int) {
	t := &p.toks[v]
	tk := &p.src.Tokens[t.tok]
	stance, ok := statementNouns()[tk.Lemma]
	// "that" right after the noun, or after a copula ("his view is that
	// C"): a conjunction, or a relative pronoun to the tagger; the parse
	// tells.
	next := t.tok + 1
	if next+1 < len(p.src.Tokens) && (p.src.Tokens[next].Low == "is" || p.src.Tokens[next].Low == "was") {
		next++
	}
	if !ok || x.cued[v] || next >= len(p.src.Tokens) || p.src.Tokens[next].Low != "that" || x.overlapping(p.n, t.s, t.e) ||
		!possessorBefore(p, t.tok) || !p.parsed(v) {
		return
	}
	c := p.node(v)
	h := p.kid(c, text.RelNmodPoss)
	// The clause "that" opens, wherever the parse hangs it: on the noun,
	// or (a common slip) on the verb that governs the noun.
	content := -1
	if m := &p.src.Tokens[next]; m.Rel == text.RelMark && m.Head > next {
		content = m.Head
	}
	if h < 0 || content < 0 {
		return
	}
	a, b := p.phrase(h)
	// "his claim", "their warning"; "its prediction" is as often a
	// document's as a body's, and is left out.
	w := p.toks[a].low
	if _, pron := clPossessives[w]; w == "its" || !x.speakerLike(p, a, b) && !(pron && b-a == 1) {
		return
	}
	lo, hi := p.src.Subtree(content)
	// What "that" opens: when the parse makes the clause the head of the
	// sentence ("his view was that C"), its subtree holds the noun too.
	lo = max(lo, next+1)
	hi = clauseEnd(p, lo, hi)
	if lo >= hi {
		return
	}
	x.emit(p, clFound{spS: a, spE: b, cS: p.src.Tokens[lo].Start, cE: p.src.Tokens[hi-1].End, cue: p.text[t.s:t.e],
		cueTok: v, lemma: tk.Lemma, frame: frameNoun, stance: stance})
}

// possessorBefore tells, from the tags, whether the noun i may have a
// possessor: "'s" or a possessive pronoun within the four words before it.
func possessorBefore(p *clPara, i int) bool {
	toks := p.src.Tokens
	s := p.src.SentenceOf(i)
	for k := i - 1; k >= s.Start && k >= i-4; k-- {
		if toks[k].Tag == "POS" || toks[k].Tag == "PRP$" {
			return true
		}
	}
	return false
}

// clauseEnd returns where the content [lo, hi) read from the parse ends:
// before ", but" that opens the writer's own clause ("complain that taxes
// are too high, but many firms have found ways ..."), as the patterns end
// it, and before the punctuation that closes it.
func clauseEnd(p *clPara, lo, hi int) int {
	toks := p.src.Tokens
	for k := lo + 2; k+1 < hi; k++ {
		if toks[k].Low == "but" && toks[k-1].Text == "," && toks[k+1].Low != "that" && p.toks[p.view[k]].quote < 0 {
			hi = k - 1
			break
		}
	}
	for hi-1 > lo && toks[hi-1].Shape == text.ShapePunct {
		hi--
	}
	return hi
}

// conditionOn tells a verb c that governs a clause of condition before it:
// "if it made no cuts, it expects C", "unless rates fall, they plan C".
func (p *clPara) conditionOn(c int) bool {
	s := p.src.SentenceOf(c)
	for k := s.Start; k < c; k++ {
		t := &p.src.Tokens[k]
		if t.Head == c && t.Rel.Base() == text.RelAdvcl && p.kid(k, text.RelMark, "if", "unless") >= 0 {
			return true
		}
	}
	return false
}

// firstWordAt returns the first token of [lo, hi) that is no punctuation,
// or -1.
func firstWordAt(p *clPara, lo, hi int) int {
	for k := lo; k < hi; k++ {
		if p.src.Tokens[k].POS != text.PUNCT {
			return k
		}
	}
	return -1
}

// ownSubjectless tells a clause content, a verb after the cue c, that has
// no subject, expletive or "that" of its own and is reached from the cue
// over a prepositional phrase only ("claimed in 2003 eclipsed").
func ownSubjectless(p *clPara, c, content int) bool {
	toks := p.src.Tokens
	if p.kid(content, text.RelNsubj) >= 0 || p.kid(content, text.RelExpl) >= 0 || p.kid(content, text.RelCsubj) >= 0 ||
		p.kid(content, text.RelMark) >= 0 || toks[content].POS != text.VERB || !finiteTag(toks[content].Tag) {
		return false
	}
	if c+1 >= content || toks[c+1].POS != text.ADP {
		return false
	}
	for k := c + 1; k < content; k++ {
		if toks[k].Shape == text.ShapePunct || toks[k].Shape == text.ShapeQuote {
			return false
		}
	}
	return true
}

// bareClause reads a clause without "that" that the parse split into an
// object and the rest ("believes his efforts to slow the warming will be
// his legacy"): an object right after the verb, then, with no mark of
// punctuation or relative pronoun between, a finite verb or a modal. It
// returns the object and the end of the sentence, or -1, -1.
func bareClause(p *clPara, c int) (int, int) {
	toks := p.src.Tokens
	o := p.kid(c, text.RelObj)
	if o < 0 {
		return -1, -1
	}
	if lo, _ := p.src.Subtree(o); lo != c+1 || toks[o].POS == text.PRON && toks[o].Low != "it" {
		return -1, -1
	}
	s := p.src.SentenceOf(c)
	for k := o + 1; k < s.End && k <= o+12; k++ {
		switch {
		case toks[k].Shape == text.ShapePunct || toks[k].Shape == text.ShapeQuote:
			return -1, -1
		case toks[k].Tag == "WDT" || toks[k].Tag == "WP" || toks[k].Low == "that":
			// "believed the polls that showed him ahead": the verb is the
			// object's relative clause.
			return -1, -1
		case toks[k].Rel.Base() == text.RelMark && toks[k].Low != "to":
			// "continued his good run as he won again": the verb is an
			// adverbial clause's, and the object only the verb's object.
			return -1, -1
		case (toks[k].POS == text.AUX || toks[k].POS == text.VERB) && finiteTag(toks[k].Tag):
			return o, s.End
		}
	}
	return -1, -1
}

// verbTaggedNoun reads a verb of frames.txt that the tagger took for a noun
// after a plural subject ("environmentalists worry that C", "critics fear
// that C"): a plural noun right before it, "that" right after, and the
// clause "that" opens in the parse.
func (x *clExtractor) verbTaggedNoun(p *clPara, v int, table map[string][]clFrame) {
	t := &p.toks[v]
	i := t.tok
	toks := p.src.Tokens
	s := p.src.SentenceOf(i)
	if i == s.Start || i+1 >= s.End || toks[i+1].Low != "that" || toks[i-1].Tag != "NNS" || x.cued[v] || x.overlapping(p.n, t.s, t.e) {
		return
	}
	stance := ""
	for _, fr := range table[toks[i].Lemma] {
		if fr.particle == "" && containsString(fr.kinds, "clause") {
			stance = fr.stance
			break
		}
	}
	if stance == "" || !p.parsed(v) {
		return
	}
	// "that" as the mark of the clause, or (the parse lost too) hung on
	// the clause's verb under another label.
	m := &toks[i+1]
	if m.Head <= i+1 || m.Rel != text.RelMark && toks[m.Head].POS != text.VERB {
		return
	}
	// The subject: the plural noun and the words before it that modify it
	// ("many local environmentalists").
	a := i - 1
	for a > s.Start && (toks[a-1].POS == text.ADJ || toks[a-1].POS == text.DET || toks[a-1].POS == text.NOUN) {
		a--
	}
	_, hi := p.src.Subtree(m.Head)
	lo := i + 2
	hi = clauseEnd(p, lo, hi)
	if lo >= hi || p.view[a] > p.view[i-1] {
		return
	}
	x.emit(p, clFound{spS: p.view[a], spE: p.view[i-1] + 1, cS: toks[lo].Start, cE: toks[hi-1].End, cue: p.text[t.s:t.e],
		cueTok: v, lemma: toks[i].Lemma, frame: frameNoun, stance: stance})
}

// namedAfter tells a noun a name follows in apposition: "the banker Tom
// Ruiz".
func namedAfter(p *clPara, o int) bool {
	for _, rel := range []text.Rel{text.RelAppos, text.RelFlat, text.RelCompound} {
		if k := p.kid(o, rel); k == o+1 || k > o && k <= o+2 && p.src.Tokens[k].POS == text.PROPN {
			return p.src.Tokens[k].POS == text.PROPN
		}
	}
	return false
}

// beforePassive tells a participle in -ed at token i that a form of "be"
// makes passive, adverbs between ("are widely expected"), whatever label
// the parse gave its subject.
func beforePassive(p *clPara, i int) bool {
	t := p.src.Tokens
	if t[i].Tag != "VBN" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3 && t[k].Sent == t[i].Sent; k-- {
		switch {
		case t[k].POS == text.ADV:
			continue
		case t[k].Lemma == "be" || clPassive[t[k].Low]:
			return true
		}
		return false
	}
	return false
}

// cueObjectAfter tells whether one of the objects that make the cue with
// the lemma no cue ("claimed the award", "claimed responsibility") follows
// view token v closely (see objectFollows).
func (x *clExtractor) cueObjectAfter(p *clPara, v int, lemma string) bool {
	var objects map[string]bool
	for _, cs := range x.lex.cues {
		for _, c := range cs {
			if c.lemma == lemma && c.objects != nil {
				objects = c.objects
			}
		}
	}
	return objectFollows(p, v+1, objects)
}

// relativeClauseEnd returns the end of a content from source token lo to
// hi inside a relative clause: the comma before a lower-case verb
// ("…, who said C, called for D") closes the clause, so the content ends
// before it.
func relativeClauseEnd(p *clPara, lo, hi int) int {
	toks := p.src.Tokens
	for j := lo + 1; j+1 < hi; j++ {
		if toks[j].Text != "," {
			continue
		}
		// (not a comma inside a quotation)
		if p.toks[p.view[j]].quote >= 0 {
			continue
		}
		n := &toks[j+1]
		if n.Text == n.Low && (finiteTag(n.Tag) || n.Tag == "VBN" || n.Tag == "MD") {
			return j
		}
	}
	return hi
}

// listenerEnd returns where what was told starts when the listener opens
// the parse's clause at lo: past a word for those told ("a news
// conference", "the farm committee", "reporters", "a radio programme"), a
// name after it ("the newspaper Clarion") and a place it was in ("a
// briefing in Tokyo"), when the clause's verb, content, comes after; else
// lo.
func (x *clExtractor) listenerEnd(p *clPara, lo, content int) int {
	if e := x.listenerWordEnd(p, lo, content); e != lo {
		return e
	}
	return x.nameListenerEnd(p, lo, content)
}

// listenerWordEnd is listenerEnd for a listener that ends at a lower-case
// word for those told.
func (x *clExtractor) listenerWordEnd(p *clPara, lo, content int) int {
	ts := p.src.Tokens
	for i := lo; i < content && i < lo+5; i++ {
		switch pos := ts[i].POS; {
		case pos == text.DET || pos == text.ADJ || pos == text.NOUN || pos == text.PROPN || pos == text.PART:
		case pos == text.NUM && capitalisedTok(p, i): // "BBC Two's Newsnight programme"
		case pos == text.VERB && (ts[i].Tag == "VBN" || ts[i].Tag == "VBG"): // "a packed briefing"
		default:
			return lo
		}
		if ts[i].Text != ts[i].Low || !x.lex.is(ts[i].Low, wListener) {
			continue
		}
		// (not a word for those told that is the told clause's subject:
		// "told the conference delegates should vote")
		e := i + 1
		for e < content && ts[e].Text == ts[e].Low && x.lex.is(ts[e].Low, wListener) && !verbAt(p, e+1, content) {
			e++
		}
		// (not a name that describes the told clause's subject: "told a
		// news conference Eurocheque cards can be used", nor one that is
		// it: "told parliament Labour would cut taxes")
		n := e
		for n < content && ts[n].POS == text.PROPN && capitalisedTok(p, n) {
			n++
		}
		if n < content && (ts[n].Text != ts[n].Low || !ts[n].POS.IsNominal()) && !verbAt(p, n, content) {
			e = n
		}
		if e+1 < content && ts[e].POS == text.ADP && ts[e].Text == ts[e].Low && capitalisedTok(p, e+1) {
			e++
			for e < content && capitalisedTok(p, e) {
				e++
			}
		}
		if e >= content {
			return lo
		}
		return e
	}
	return lo
}

// nameListenerEnd returns where what was told starts when a name opens the
// parse's clause at lo and the told clause's subject is a second name after
// it: "told the BBC Mr Howard had always backed the cards" (the entities
// name the listener, an organisation, apart from what follows it), "told
// BBC News Labour MPs would get no free vote" (the name ends in a word for
// those told). The clause's subject must come after the listener; else lo.
func (x *clExtractor) nameListenerEnd(p *clPara, lo, content int) int {
	ts := p.src.Tokens
	i := lo
	if i < content && ts[i].POS == text.DET && ts[i].Text == ts[i].Low {
		i++
	}
	subj := p.kid(content, text.RelNsubj)
	if subj < 0 {
		subj = p.kid(content, text.RelNsubjPass)
	}
	for e := i + 1; e < content && e <= subj && ts[e-1].POS == text.PROPN && capitalisedTok(p, e-1); e++ {
		if !capitalisedTok(p, e) || ts[e].POS != text.PROPN {
			return lo
		}
		byWord := e-1 > i && x.lex.is(ts[e-1].Low, wOutlet)
		byName := x.res.mentionIs(p.n, ts[i].Start, ts[e-1].End, entities.EntityOrganization) &&
			(x.res.mentionStarts(p.n, ts[e].Start) || x.lex.is(ts[e].Low, wTitle))
		if byWord || byName {
			return e
		}
	}
	return lo
}

// nameObjectBefore tells whether the tokens between the cue c and lo are a
// capitalised name the parse made the cue's indirect or direct object.
func nameObjectBefore(p *clPara, c, lo int) bool {
	if lo <= c+1 {
		return false
	}
	if r := p.src.Tokens[c+1].Rel.Base(); p.src.Tokens[c+1].Head != c || r != text.RelIobj && r != text.RelObj {
		return false
	}
	for k := c + 1; k < lo; k++ {
		if p.src.Tokens[k].POS != text.PROPN || !capitalisedTok(p, k) {
			return false
		}
	}
	return true
}

// verbAt tells whether the source token k is the told clause's verb,
// content, or a finite verb or an auxiliary before it: the words before k
// are that clause's subject.
func verbAt(p *clPara, k, content int) bool {
	if k == content {
		return true
	}
	if k > content || k >= len(p.src.Tokens) {
		return false
	}
	tk := p.src.Tokens[k]
	return tk.POS == text.AUX || tk.POS == text.VERB && finiteTag(tk.Tag)
}

// capitalisedTok tells a source token that opens with a capital letter.
func capitalisedTok(p *clPara, i int) bool {
	w := p.src.Tokens[i].Text
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
