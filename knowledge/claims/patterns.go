package claims

import (
	"github.com/briefbot/briefbot/knowledge/entities"
	"strings"

	"github.com/briefbot/briefbot/knowledge/text"
)

// The constructions a cue heads. Each returns the speaker phrase (token
// range), the content (byte span) and whether the construction matched.

// clDeterminers open a noun phrase that can be a speaker ("the army", "a source").
var clDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "this": true, "these": true, "those": true, "one": true, "two": true, "three": true,
	"many": true, "some": true, "several": true, "most": true, "other": true, "another": true, "both": true,
	"our": true, "each": true, "few": true, "all": true, "no": true, "any": true, "more": true, "my": true,
	"your": true}

// clPreps open an adverbial phrase between a cue and its content
// ("said on Monday that", "said in a statement that").
var clPreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"last": true, "this": true, "earlier": true, "later": true, "to": true, "from": true, "through": true,
	"via": true, "yesterday": true, "today": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "publicly": true, "repeatedly": true,
	"again": true, "also": true, "recently": true, "late": true, "privately": true, "separately": true,
	"afterwards": true, "afterward": true, "tonight": true, "overnight": true, "previously": true,
	"with": true, "when": true, "while": true, "of": true, "about": true, "for": true, "by": true, "over": true,
	"then": true, "once": true, "too": true, "flatly": true, "firmly": true, "angrily": true, "bluntly": true}

// finite tries a finite cue (said, claimed, told) at [c, ce): first with an
// explicit complement after it (that, a colon, a quote), then as a trailing
// attribution after its content, then with a complement without "that".
func (x *clExtractor) finite(p *clPara, s clSpan, c, ce int, cue clCue, mainSp [2]int) (clFound, bool) {
	t := p.toks
	f := clFound{cue: p.text[t[c].s:t[ce-1].e], cueTok: c, lemma: cue.lemma, frame: cue.frame, stance: cue.stance}
	x.objFrame = cue.frame == frameUrge || cue.frame == frameCall || cue.frame == frameAccuse || cue.frame == frameDemand
	defer func() { x.objFrame = false }()
	// "he was accused of", "the plan was announced": a passive cue names no
	// speaker before it.
	if !cue.ing {
		j := c - 1
		for j > s.a && t[j].kind == clWord && clAdverb(t[j].low) {
			j--
		}
		if j >= s.a && t[j].kind == clWord && clPassive[t[j].low] {
			return f, false
		}
		// "a board member accused by Anil Shah of causing a rift", "a
		// player denied a place by the coach": a participle with its agent
		// after it and no auxiliary before it is a passive too.
		if p.src.Tokens[t[c].tok].Tag == "VBN" && !(j >= s.a && t[j].kind == clWord && clAuxiliary[t[j].low]) && agentAfter(p, s, ce) {
			return f, false
		}
		// "the share price, expected to be announced tomorrow, would
		// be …": a participle set off after a noun, before a passive
		// infinitive, describes the noun; no one expects in it.
		if setOffPassive(p, s, c, ce) {
			return f, false
		}
	}
	subjOK := func() (int, int, bool) {
		a, b := x.subjectBefore(p, s, c)
		if a < 0 && mainSp[0] >= 0 {
			j := c - 1
			for j > s.a && t[j].kind == clWord && (x.lex.is(t[j].low, wSkip) || clAdverb(t[j].low)) {
				j--
			}
			if j >= s.a && t[j].kind == clWord && (t[j].low == "and" || t[j].low == "but") {
				a, b = mainSp[0], mainSp[1]
			}
		}
		if a < 0 {
			j := c - 1
			for j > s.a && t[j].kind == clWord && (x.lex.is(t[j].low, wSkip) || clAdverb(t[j].low)) {
				j--
			}
			if j > s.a && t[j].kind == clWord && (t[j].low == "and" || t[j].low == "but") {
				if sa, sb := x.subjectOf(p, s, true); sa >= 0 && sb <= j {
					a, b = sa, sb
				}
			}
		}
		if a < 0 {
			a, b = x.controller(p, s, c)
		}
		if a < 0 {
			return a, b, false
		}
		if cue.frame == frameDoc && !x.docPhrase(p, a, b) {
			return a, b, false
		}
		if (cue.frame == frameVow || cue.frame == frameUrge) && x.thingVows(p, c) {
			return a, b, false
		}
		return a, b, true
	}
	trail := func(k, spA, spB int) (clFound, bool) {
		if cue.frame == frameDoc && !x.docPhrase(p, spA, spB) {
			return f, false
		}
		f.spS, f.spE = spA, spB
		if k < 0 {
			// C1, X said, C2: the whole sentence.
			end := s.b - 1
			if end > s.a && t[end].kind == clStop && p.text[t[end].s] == '.' {
				end--
			}
			f.cS, f.cE = t[s.a].s, t[end].e
			return f, f.cE > f.cS
		}
		f.cS, f.cE, f.quoted = x.contentBefore(p, s, k)
		return f, true
	}
	// Said Ellis: “C”
	if c == s.a && ce < s.b {
		if a, b := x.phraseAfter(p, s, ce); a >= 0 && b < s.b-1 && (t[b].kind == clColon || t[b].kind == clComma && t[b+1].kind == clOpen) {
			f.spS, f.spE = a, b
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, b+1)
			return f, true
		}
	}
	// “C,” X told reporters after the meeting that ...
	k0, spA0, spB0, ok0, strong := x.trailing(p, s, c, ce, cue)
	if ok0 && strong {
		return trail(k0, spA0, spB0)
	}
	// X said that C / X said: “C” / X told Y that C.
	if k, ok := x.complement(p, s, ce, cue, false); ok {
		if a, b, ok := subjOK(); ok {
			f.spS, f.spE = a, b
			if who := x.relativeBefore(p, s, c); who >= 0 && who >= b {
				f.relPron = who + 1
			}
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
			if f.relPron > 0 {
				f.cE = x.relativeEnd(p, s, k, f.cE)
			}
			return f, true
		}
		if a, who, ok := x.relativeSpeaker(p, s, c); ok {
			f.spS, f.spE, f.relPron = a.a, a.b, who+1
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
			f.cE = x.relativeEnd(p, s, k, f.cE)
			return f, true
		}
	}
	// “C,” X said. / C, X said. / “C,” said X.
	if ok0 {
		return trail(k0, spA0, spB0)
	}
	// X said C.
	if k, ok := x.complement(p, s, ce, cue, true); ok {
		if a, b, ok := subjOK(); ok {
			f.spS, f.spE = a, b
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
			return f, true
		}
	}
	return f, false
}

// participle tries an -ing cue: ", adding that C" takes the speaker of the
// main clause, "with X claiming C" takes X.
func (x *clExtractor) participle(p *clPara, s clSpan, c, ce int, cue clCue, mainSp [2]int, mainCue clCue) (clFound, bool) {
	t := p.toks
	f := clFound{cue: p.text[t[c].s:t[ce-1].e], cueTok: c, lemma: cue.lemma, frame: cue.frame, stance: cue.stance}
	k, ok := x.complement(p, s, ce, cue, true)
	if !ok && cue.frame == frameStrict && ce < s.b && t[ce].kind == clWord && !x.lex.is(t[ce].low, wStop) &&
		!clNotContent[t[ce].low] && clWords(p, ce, s.b) >= 5 {
		// ", suggesting the debate erased ...": a participle takes a clause.
		k, ok = ce, true
	}
	if !ok {
		return f, false
	}
	// "a film just by saying the actor's name": a bare object with no verb
	// is words spoken, no statement.
	if k == ce && x.lex.is(cue.lemma, wUtters) && !x.quotedRest(p, s, k) && !x.holdsVerb(p, k, s.b) {
		return f, false
	}
	// "The paper quoted union leaders as saying C": the ones quoted speak,
	// not the paper that quotes them.
	if a, b := quotedAs(p, s, c); a >= 0 {
		f.spS, f.spE = a, b
		f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
		return f, true
	}
	// "He’s claiming that C": the contraction holds the subject.
	if c-1 > s.a && p.contracted(c-2) != "" {
		f.spS, f.spE = c-2, c
		f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
		return f, true
	}
	// "is saying that": a finite verb after all.
	if c > s.a && t[c-1].kind == clWord && (t[c-1].low == "is" || t[c-1].low == "was" || t[c-1].low == "are" ||
		t[c-1].low == "were" || t[c-1].low == "been" || t[c-1].low == "be") {
		return x.finite(p, s, c, ce, cue, mainSp)
	}
	// with X claiming C; footage of X asking “C”
	with := -1
	for j := c - 1; j >= s.a && j >= c-10; j-- {
		if t[j].kind != clWord || t[j].quote >= 0 {
			break
		}
		if t[j].low == "with" {
			with = j
			break
		}
	}
	for j := c - 1; j >= s.a && j >= c-10; j-- {
		if t[j].kind != clWord || t[j].quote >= 0 {
			break
		}
		if j == with || with < 0 && t[j].low == "of" && x.hasProper(p, j+1, c) {
			if j+1 < c && x.speakerLike(p, j+1, c) {
				f.spS, f.spE = j+1, c
				f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
				return f, true
			}
			break
		}
	}
	prev := c - 1
	if prev >= s.a && t[prev].kind == clWord && !t[prev].upper && x.lex.is(strings.TrimSuffix(t[prev].low, "s"), wDoc) {
		// "must issue a statement promising C": a document yet to be
		// written says nothing so far.
		for j := prev - 1; j >= s.a && j >= prev-6; j-- {
			if t[j].kind == clWord && clModals[t[j].low] {
				return f, false
			}
		}
		// "a statement saying that C", "tweets claiming C"
		if a, b := x.sentenceSubject(p, s); a >= 0 && b <= prev {
			f.spS, f.spE = a, b
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
			return f, true
		}
	}
	if prev >= s.a && t[prev].kind == clClose && prev > s.a && t[prev-1].kind == clComma {
		prev--
	}
	if prev < s.a || t[prev].kind != clComma && t[prev].kind != clDash && !(t[prev].kind == clWord && (t[prev].low == "by" || t[prev].low == "for" || t[prev].low == "before" || t[prev].low == "after" || t[prev].low == "while" || t[prev].low == "when")) {
		return f, false
	}
	switch {
	case mainSp[0] >= 0:
		// "X denied the charge, countering that C": what X goes on to
		// say is a claim of its own, with its own cue.
		f.spS, f.spE = mainSp[0], mainSp[1]
	default:
		a, b := x.sentenceSubject(p, s)
		if a < 0 {
			return f, false
		}
		// "X is being sued by his ex-partner, claiming C": after a
		// passive with its agent, the one claiming may be the agent, not
		// the subject.
		if passiveByBetween(p, b, prev) {
			return f, false
		}
		f.spS, f.spE = a, b
	}
	f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
	return f, true
}

// passiveByBetween tells whether the view tokens from a to b hold a
// passive with its agent: a form of "be", a past participle, then "by".
func passiveByBetween(p *clPara, a, b int) bool {
	t := p.toks
	be, vbn := false, false
	for j := a; j < b && j < len(t); j++ {
		if t[j].kind != clWord {
			continue
		}
		switch w := t[j].low; {
		case w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "being" || w == "be":
			be = true
		case be && p.src.Tokens[t[j].tok].Tag == "VBN":
			vbn = true
		case vbn && w == "by":
			return true
		}
	}
	return false
}

// controller returns the speaker of a cue in an infinitive ("protesters
// continued to call for C", "Trump took to Twitter to accuse X of C"): by
// the parse, the subject of the verb that governs the infinitive, unless
// that verb has an object, who may be the one to do it ("asked the mayor to
// say", "give the chair authority to call"). It returns -1, -1 when there
// is none.
func (x *clExtractor) controller(p *clPara, s clSpan, c int) (int, int) {
	t := p.toks
	if c-1 <= s.a || t[c-1].kind != clWord || t[c-1].low != "to" || !p.parsed(c) {
		return -1, -1
	}
	toks := p.src.Tokens
	i := p.node(c)
	for steps := 0; steps < 2; steps++ {
		r := toks[i].Rel.Base()
		h := toks[i].Head
		if r != text.RelXcomp && r != text.RelAdvcl || h < 0 || h > i || toks[h].POS != text.VERB || p.hasObject(h) {
			return -1, -1
		}
		if k := p.kid(h, text.RelNsubj); k >= 0 {
			if toks[k].Rel == text.RelNsubjPass || toks[k].Rel == text.RelExpl {
				return -1, -1
			}
			a, b := p.phrase(k)
			if a < s.a || b > c || a >= b {
				return -1, -1
			}
			if odd, _ := x.oddSpeaker(p, a, b); odd || !x.speakerLike(p, a, b) && !pluralNoun(p, k) {
				return -1, -1
			}
			return a, b
		}
		i = h
	}
	return -1, -1
}

// findCue returns the token of the first form of cue in s.
func (x *clExtractor) findCue(p *clPara, s clSpan, cue clCue) int {
	for i := s.a; i < s.b; i++ {
		if c, _, ok := x.cueAt(p, i); ok && c.lemma == cue.lemma {
			return i
		}
	}
	return s.a
}

// according handles "according to X": the content is the clause before it, or
// after it when it opens the sentence.
func (x *clExtractor) according(p *clPara, s clSpan, c, ce int, cue clCue) (clFound, bool) {
	t := p.toks
	f := clFound{cue: p.text[t[c].s:t[ce-1].e], cueTok: c, lemma: cue.lemma, frame: cue.frame, stance: cue.stance}
	// Whatever follows "according to" is a source: "exit polls",
	// "interviews with aides".
	spA, spB := x.phraseAfter(p, s, ce)
	if spA < 0 {
		spA, spB = ce, ce
		for spB < s.b && spB < ce+8 && t[spB].kind == clWord && t[spB].quote < 0 &&
			!(spB > ce && x.lex.is(t[spB].low, wStop) && t[spB].low != "of") {
			spB++
		}
		if spB == spA {
			return f, false
		}
	}
	f.spS, f.spE = spA, spB
	// "prices set according to demand", "ranked according to size": right
	// after a participle, with no comma between, it tells how, not who.
	if pv := c - 1; pv > s.a && t[pv].kind == clWord && t[pv].quote < 0 && clMannerVerb(t[pv].low) {
		return f, false
	}
	lead := afterLinkers(t, s.a, c)
	if lead == c || (lead < c && x.lex.words[t[lead].low]&^wBody == 0 && clWords(p, lead, c) == 0) {
		// According to X, C. A comma before a plain noun still lists
		// sources: "according to his friends, aides and allies, he ...".
		k := spB
		for k < s.b && !(t[k].kind == clComma && k+1 < s.b && t[k+1].quote < 0 &&
			(t[k+1].kind != clWord || t[k+1].upper || clSubjectPronouns[t[k+1].low] || clDeterminers[t[k+1].low])) {
			k++
		}
		if k >= s.b-1 {
			for k = spB; k < s.b && t[k].kind != clComma; k++ {
			}
		}
		if k >= s.b-1 {
			return f, false
		}
		f.cS, f.cE, f.quoted = x.contentFrom(p, s, k+1)
		return f, true
	}
	// C, according to X, C continued: a short subject before is enough
	// ("The plan, according to two officials, would cut ...").
	continues := spB < s.b && t[spB].kind == clComma && clWords(p, spB, s.b) >= 3
	if before := clWords(p, lead, c); before < 3 && !(continues && before >= 1) {
		return f, false
	}
	f.cS, f.cE, f.quoted = x.contentBefore(p, s, c)
	// C, according to X, C continued: the whole sentence.
	if continues {
		_, f.cE, _ = x.contentFrom(p, s, spB+1)
	}
	return f, true
}

// clMannerVerb tells whether w, just before "according to", is a verb that
// the phrase modifies: a participle ("determined", "set", "paid") or a verb
// of varying.
func clMannerVerb(w string) bool {
	switch w {
	case "set", "paid", "vary", "varies", "varied", "differ", "differs", "run", "made", "done", "built", "spent":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// complement finds where the content starts after a cue ending at ce. With
// bare, a complement without "that" counts too.
func (x *clExtractor) complement(p *clPara, s clSpan, ce int, cue clCue, bare bool) (int, bool) {
	t := p.toks
	if ce >= s.b {
		return 0, false
	}
	k := ce
	// "said, however, that", "added, though, that": an aside between
	// commas stands between the cue and what it says.
	if k+2 < s.b && t[k].kind == clComma {
		for j := k + 1; j < s.b && j <= k+5; j++ {
			if t[j].kind == clComma {
				if j > k+1 && j+1 < s.b && t[j+1].kind == clWord && t[j+1].low == "that" {
					k = j + 1
				}
				break
			}
			if t[j].kind != clWord || t[j].upper {
				break
			}
		}
	}
	switch cue.frame {
	case frameVow:
		if t[k].kind == clWord && (t[k].low == "to" || t[k].low == "that") {
			if t[k].low == "that" {
				k++
			}
			return k, k < s.b
		}
		if k+1 < s.b && t[k].kind == clWord && (t[k].low == "not") && t[k+1].low == "to" {
			return k, true
		}
		if r, ok := x.explicit(p, s, k); ok {
			return r, true
		}
		// "promising lower taxes and “jobs, jobs, jobs”": a quoted promise.
		if bare && x.quotedRest(p, s, k) {
			return k, true
		}
		return 0, false
	case frameAccuse:
		if t[k].kind == clWord && t[k].low == "that" {
			return k + 1, k+1 < s.b
		}
		// the object, then "of" or "for"
		for j := k; j < s.b && j < k+14; j++ {
			if t[j].kind == clComma || t[j].kind == clLParen || t[j].kind == clRParen {
				continue
			}
			if t[j].kind != clWord || t[j].quote >= 0 {
				break
			}
			if t[j].low == "of" || t[j].low == "for" || t[j].low == "as" {
				// "dismissed the case, except for ...": only "as" tells
				// what a dismissal calls its object, and "except for"
				// opens no charge.
				if cue.lemma == "dismiss" && t[j].low != "as" || t[j].low == "for" && j > k && t[j-1].low == "except" {
					break
				}
				if j > k {
					return k, true
				}
				break
			}
		}
		return 0, false
	case frameUrge:
		// "urged Republicans to join": the object, then "to"
		for j := k; j < s.b && j < k+8; j++ {
			if t[j].kind != clWord || t[j].quote >= 0 {
				break
			}
			if t[j].low == "to" {
				return k, j > k
			}
		}
		return x.explicit(p, s, k)
	case frameDeny:
		// "denied the charges", "rejected any wrongdoing"; or that-clauses.
		if r, ok := x.explicit(p, s, k); ok {
			return r, true
		}
		if bare && x.deniesSomeone(p, k, s.b) {
			// "The keeper denied Smith twice", "denied him a second
			// chance": someone kept from something, not a denial.
			return 0, false
		}
		if bare && t[k].kind == clWord && !x.lex.is(t[k].low, wStop) && !clSubjectPronouns[t[k].low] {
			// "denied the charge, countering that C": the participle
			// carries what is denied.
			for j := k + 1; j < s.b && j <= k+5; j++ {
				if t[j].kind == clComma {
					if cue2, _, ok := x.cueAt(p, j+1); ok && cue2.ing {
						return 0, false
					}
					break
				}
			}
			return k, true
		}
		if bare && clSubjectPronouns[t[k].low] && clWords(p, k, s.b) >= 3 {
			return k, true
		}
		return 0, false
	case frameDemand:
		// "called for a moratorium on new schools", "demanded that C"
		if t[k].kind == clWord && t[k].low == "that" {
			return k + 1, k+1 < s.b
		}
		if t[k].kind == clOpen || t[k].kind == clWord && !x.lex.is(t[k].low, wStop) && clWords(p, k, s.b) >= 2 {
			return k, true
		}
		return 0, false
	case frameCall:
		// "called the plan “a disaster”": the object and what it was called,
		// when a quote says it.
		if t[k].kind == clWord && (t[k].low == "for" || t[k].low == "on" || t[k].low == "upon" || t[k].low == "off") {
			return 0, false
		}
		for j := k; j < s.b; j++ {
			if t[j].kind == clOpen {
				return k, j > k || cue.lemma != "call"
			}
		}
		return 0, false
	case frameTell:
		// the listener: "told reporters", "told Al Jazeera", "warned the
		// government"; then that, a colon or a quote.
		j := k
		// A programme's name in quotes is a listener too: told "Morning Report".
		if e := titleQuote(p, s, k); e > 0 {
			j = e + 1
			if j >= s.b || t[j].kind != clWord || t[j].low != "that" {
				return 0, false
			}
		}
		for j < s.b && j < k+12 && (t[j].kind == clWord && t[j].low != "that" || t[j].kind == clComma && j+1 < s.b && t[j+1].kind == clWord && t[j+1].upper) {
			j++
		}
		// "told fishermen this weekend he would consider it a “personal
		// insult” if ...": a subject pronoun after the listener opens the
		// clause told, before any quote inside it.
		// A word that opens another clause or phrase ("how", "when", "to")
		// leaves the pronoun to that one.
		for i := k + 1; i < j && !x.lex.is(t[i-1].low, wStop); i++ {
			// ("it" too right after a name: "told the newspaper Clarin it
			// would not accept")
			it := t[i].low == "it" && t[i-1].kind == clWord && t[i-1].upper
			if t[i].kind == clWord && clSubjectPronouns[t[i].low] && t[i].low != "there" && (t[i].low != "it" || it) &&
				i+1 < s.b && t[i+1].kind == clWord && clWords(p, i, s.b) >= 3 {
				return i, true
			}
		}
		if j < s.b {
			// "warned about e-mails that are circulating", "warned of scams
			// that target the old": after a topic, "that" and a verb open a
			// relative clause, not what was said.
			if t[j].kind == clWord && t[j].low == "that" && j > k && t[k].kind == clWord && clTopicPreps[t[k].low] && j+1 < s.b &&
				t[j+1].kind == clWord && verbTag(p.src.Tokens[t[j+1].tok].Tag) {
				return 0, false
			}
			if t[j].kind == clWord && t[j].low == "that" {
				return j + 1, j+1 < s.b
			}
			// "telling supporters in Columbus, Ohio, that ..."
			if t[j].kind == clComma && j+2 < s.b && t[j+1].kind == clWord && t[j+1].low == "that" {
				return j + 2, true
			}
			if r, ok := x.explicit(p, s, j); ok {
				// "told the Guardian there would be no “Las Vegas-style”
				// casinos": the quote stands inside a clause whose
				// negation it would lose; better no claim.
				if t[j].kind == clOpen && negatedBefore(p, k, j) {
					return 0, false
				}
				return r, true
			}
		}
		// "told his advisers to figure out ..."
		for jj := k + 1; jj < s.b && jj < k+5; jj++ {
			// "told Reuters sales were limited to farmers": a verb before
			// "to" makes it a clause, not a listener and an order.
			if t[jj].kind != clWord {
				break
			}
			if pos := p.src.Tokens[t[jj].tok].POS; pos == text.VERB || pos == text.AUX {
				break
			}
			if t[jj].low == "to" && jj+1 < s.b && t[jj+1].kind == clWord {
				return k, true
			}
		}
		if bare && t[k].kind == clWord {
			// The listener, then a clause: "told reporters the talks ...",
			// "told the AP his firm ...", "told POLITICO she was ...".
			o := k
			switch {
			case clObjects[t[k].low]:
				o = k + 1
			case t[k].upper || t[k].low == "the" && k+1 < s.b && t[k+1].upper:
				o = k + 1
				if t[k].low == "the" {
					o++
				}
				for o < s.b && o < k+5 && t[o].kind == clWord && t[o].upper {
					o++
				}
			}
			if o > k && o < s.b && t[o].kind == clWord && !x.lex.is(t[o].low, wStop) && clWords(p, o, s.b) >= 4 &&
				(clSubjectPronouns[t[o].low] || clDeterminers[t[o].low] || t[o].upper) {
				return o, true
			}
		}
		if cue.lemma == "warn" || cue.lemma == "caution" {
			if t[k].kind == clWord && (t[k].low == "of" || t[k].low == "against") {
				return k, true
			}
		}
		return 0, false
	}
	if r, ok := x.explicit(p, s, k); ok {
		return r, true
	}
	// asked her, “C”
	if t[k].kind == clWord && clObjects[t[k].low] && k+1 < s.b && t[k+1].kind == clComma {
		if r, ok := x.explicit(p, s, k+1); ok {
			return r, true
		}
	}
	// said on Monday that C / said in a statement: “C” / said on radio,
	// in reference to the flood, “C”; but "said about 120,000 hectares
	// were lost": a word that qualifies a number opens no phrase
	approx := x.approxSubject(p, s, k)
	// "continued to suffer, with C": an infinitive is no such phrase.
	if t[k].kind == clWord && t[k].low == "to" && k+1 < s.b && x.infinitiveAt(p, k+1) {
		return 0, false
	}
	if t[k].kind == clWord && clPreps[t[k].low] && !approx {
		for j := k; j < s.b && j < k+20; j++ {
			tj := t[j]
			if tj.quote >= 0 && tj.kind != clOpen || tj.kind == clStop || tj.kind == clSemi {
				break
			}
			if tj.kind == clWord && tj.low == "that" && j > k {
				return j + 1, j+1 < s.b
			}
			if tj.kind == clColon || tj.kind == clOpen {
				return x.explicit(p, s, j)
			}
			if tj.kind == clComma {
				if r, ok := x.explicit(p, s, j); ok {
					return r, true
				}
				if j+1 < s.b && t[j+1].kind == clWord && clPreps[t[j+1].low] && j < k+10 {
					continue // another phrase of time, place or manner
				}
				// (not "the losses claimed in 2003 exceeded those of 2002,
				// ...": a verb of its own before the comma makes the cue a
				// participle of the subject)
				if bare && cue.frame == frameSay && clWords(p, j+1, s.b) >= 5 && t[j+1].kind == clWord &&
					!x.lex.is(t[j+1].low, wStop) && !finiteVerbIn(p, k, j) {
					return j + 1, true
				}
				break
			}
			if tj.kind == clWord && x.lex.isCueWord(tj.low) {
				break
			}
		}
		return 0, false
	}
	if !bare {
		return 0, false
	}
	switch cue.frame {
	case frameSay, frameDoc:
	case frameStrict:
		// "noted several “intangibles” left him": a quote marks the
		// statement even without "that"; so does a subject pronoun
		// ("announced it had pulled out").
		if !x.quotedRest(p, s, k) && !(clSubjectPronouns[t[k].low] && clWords(p, k, s.b) >= 3) {
			return 0, false
		}
	default:
		return 0, false
	}
	if t[k].kind != clWord || x.lex.is(t[k].low, wStop) && !clContentOpeners[t[k].low] && !approx || clNotContent[t[k].low] {
		return 0, false
	}
	if clWords(p, k, s.b) < 4 {
		return 0, false
	}
	return k, true
}

// quotedRest tells whether a quote opens in the sentence from k on, after
// at least one word.
func (x *clExtractor) quotedRest(p *clPara, s clSpan, k int) bool {
	t := p.toks
	if k >= s.b || t[k].kind != clWord || x.lex.is(t[k].low, wStop) || clNotContent[t[k].low] {
		return false
	}
	for j := k + 1; j < s.b; j++ {
		if t[j].kind == clOpen {
			return clWords(p, k, s.b) >= 3
		}
	}
	return false
}

// approxSubject tells whether the words from k on are a subject that starts
// with a qualified number, then its verb: "about 120,000 hectares were …",
// not "over two days of hearings that …" nor "about 30 minutes after the
// blast that …", which say when.
func (x *clExtractor) approxSubject(p *clPara, s clSpan, k int) bool {
	t := p.toks
	if k+1 >= s.b || t[k].kind != clWord || !x.lex.is(t[k].low, wApprox) || p.src.Tokens[t[k+1].tok].POS != text.NUM {
		return false
	}
	for j := k + 2; j < s.b && j < k+12; j++ {
		if t[j].kind != clWord || t[j].low == "that" {
			return false
		}
		if tok := p.src.Tokens[t[j].tok]; tok.POS == text.AUX || tok.POS == text.VERB && finiteTag(tok.Tag) {
			return true
		}
	}
	return false
}

// clSubjectPronouns open a clause after a cue ("announced it had ...").
// deniesSomeone tells whether the bare object of a denial at view token
// k (of a sentence ending at b) is someone: an object pronoun ("denied him
// a second chance"), a name standing alone ("denied Smith twice", "denied
// Arsenal a penalty"; not "denied CIA involvement" nor "denied Tuesday's
// reports") or a title standing alone ("denied the striker again").
func (x *clExtractor) deniesSomeone(p *clPara, k, b int) bool {
	t := p.toks
	if t[k].kind != clWord {
		return false
	}
	switch t[k].low {
	case "him", "them", "me", "us":
		return true
	case "the", "a", "an", "his", "her", "their", "its":
		h := k + 1 // the head, after up to two adjectives or names: "the same player", "the England striker"
		for h < b && h < k+3 && t[h].kind == clWord && (p.src.Tokens[t[h].tok].POS == text.ADJ || t[h].upper && p.src.Tokens[t[h].tok].POS == text.PROPN) {
			h++
		}
		if h < b && t[h].kind == clWord && x.lex.is(t[h].low, wTitle) {
			return alone(p, h, b)
		}
		// "denied her a place", not "denied her involvement"
		return t[k].low == "her" && alone(p, k, b) && !(k+1 < b && p.src.Tokens[t[k+1].tok].POS == text.ADJ)
	}
	// "denying shareholders the chance to react": people, then what
	// they are denied; not "denied allegations a bribe was paid", a
	// statement, nor "denied fans the club would move", a clause.
	if x.peopleNoun(p, k) && k+2 < b && t[k+1].kind == clWord &&
		(t[k+1].low == "the" || t[k+1].low == "a" || t[k+1].low == "an" || t[k+1].low == "any") {
		h := k + 2 // past the second object's words to what follows it
		for h < b && t[h].kind == clWord && h < k+6 {
			switch p.src.Tokens[t[h].tok].POS {
			case text.ADJ, text.NOUN, text.PROPN, text.NUM:
				h++
				continue
			}
			break
		}
		if h >= b || t[h].kind != clWord {
			return true
		}
		next := &p.src.Tokens[t[h].tok]
		return !(next.POS == text.AUX || next.POS == text.VERB && finiteTag(next.Tag))
	}
	if p.src.Tokens[t[k].tok].POS != text.PROPN {
		return false
	}
	// "James denied Tom Duffy, Jan Kowal and Ian Marsh, while …": names
	// of more than one word, alone or in a list, with no verb after them
	// that would make them the subject of what is denied ("denied Acme
	// Corp had paid")
	h := k
	for h < b && t[h].kind == clWord && t[h].upper && p.src.Tokens[t[h].tok].POS == text.PROPN && !p.possessive(h) {
		h++
	}
	if h-k > 1 && (h >= b || t[h].kind != clWord || !p.possessive(h-1) && t[h].low != "'s") {
		j := h
		for j < b && (t[j].kind == clComma || t[j].kind == clWord && (t[j].low == "and" || t[j].upper && p.src.Tokens[t[j].tok].POS == text.PROPN)) {
			if t[j].kind == clWord && p.possessive(j) {
				return false
			}
			j++
		}
		if j >= b || t[j].kind != clWord {
			return true
		}
		next := &p.src.Tokens[t[j].tok]
		if next.POS == text.NOUN && !t[j].upper {
			// "denied Justice Department allegations that …": the names
			// qualify the noun after them, which is the object to judge
			// ("denied Acme Corp workers the right to strike" still is)
			return x.deniesSomeone(p, j, b)
		}
		return !(next.POS == text.AUX || next.POS == text.VERB || next.POS == text.PART)
	}
	return alone(p, k, b)
}

// peopleNoun tells whether view token k is a plural noun for people: a
// group word ("officials", "voters"), a title, or a noun of a trade or a
// role ("shareholders", "pensioners"); never a statement or a document
// ("allegations", "reports", "suggestions", "papers").
func (x *clExtractor) peopleNoun(p *clPara, k int) bool {
	tk := &p.src.Tokens[p.toks[k].tok]
	if tk.Tag != "NNS" && !x.lex.is(p.toks[k].low, wGroup) {
		return false
	}
	if x.lex.is(tk.Low, wReport|wDoc) || ContentNoun(tk.Lemma) {
		return false
	}
	return x.lex.is(tk.Low, wGroup|wTitle) || x.lex.is(tk.Lemma, wTitle) || entities.AgentEnding(tk.Lemma)
}

// alone tells whether view token k is the whole object: no noun, name or
// possessive follows it, nor a verb that makes it the subject of what is
// denied ("denied the campaign was anti-Semitic").
func alone(p *clPara, k, b int) bool {
	t := p.toks
	if k+1 >= b || t[k+1].kind != clWord {
		return true
	}
	switch next := &p.src.Tokens[t[k+1].tok]; next.POS {
	case text.NOUN, text.PROPN, text.PART, text.AUX, text.VERB:
		return false
	default:
		return next.Low != "'s" // (Low has the apostrophe straight)
	}
}

var clSubjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"there": true}

// clContentOpeners open a statement after "said" without "that" ("he says
// if people think ...").
var clContentOpeners = map[string]bool{"if": true, "when": true, "unless": true, "because": true,
	"although": true, "though": true, "while": true, "after": true, "before": true}

// clNotContent are words after "said" that do not open a statement.
var clNotContent = map[string]bool{"so": true, "nothing": true, "yes": true, "no": true, "goodbye": true,
	"hello": true, "much": true, "little": true, "otherwise": true, "something": true, "anything": true,
	"enough": true, "thanks": true, "sorry": true, "hi": true}

// explicit reads a complement opened by "that", a colon or a quote at k.
func (x *clExtractor) explicit(p *clPara, s clSpan, k int) (int, bool) {
	t := p.toks
	if k >= s.b {
		return 0, false
	}
	switch t[k].kind {
	case clWord:
		if t[k].low == "that" && k+1 < s.b {
			return k + 1, true
		}
	case clColon:
		if k+1 < s.b {
			return k + 1, true
		}
	case clComma:
		if k+1 < s.b && t[k+1].kind == clOpen {
			return k + 1, true
		}
	case clOpen:
		return k, true
	}
	return 0, false
}

// contentFrom returns the content that starts at token k: to the end of the
// sentence, or to a comma that opens another attribution (", adding that",
// ", according to", ", he said").
func (x *clExtractor) contentFrom(p *clPara, s clSpan, k int) (int, int, bool) {
	t := p.toks
	end := s.b
	dashes, parens := 0, 0
	for j := k + 1; j < s.b; j++ {
		if t[j].quote >= 0 {
			continue
		}
		switch t[j].kind {
		case clLParen:
			parens++
		case clRParen:
			parens = max(parens-1, 0)
		}
		// "said that C and added that D": a second statement.
		if t[j].kind == clWord && (t[j].low == "and" || t[j].low == "but") && j+1 < s.b {
			jj := j + 1
			for jj < s.b && t[jj].kind == clWord && (x.lex.is(t[jj].low, wSkip) || clAdverb(t[jj].low)) {
				jj++
			}
			// "said C1 but on Wednesday said C2", "said C1 and an army
			// spokesman said C2": after a whole clause, a time phrase or
			// a speaker of its own before a finite cue opens another
			// statement.
			// ("urged councils to act but they have warned that C2",
			// "called this “a scandal” but the government said C2": after
			// an object, the speaker of its own alone tells another
			// statement)
			if jj < s.b && x.objFrame && !finiteVerbIn(p, k, j) && x.ownSpeakerAfter(p, s, j, jj) {
				end = j
				if t[j-1].kind == clComma {
					end = j - 1
				}
				break
			}
			// "said it had acted to curb inflation but the move was
			// criticised by some analysts": a clause whose verb is a
			// passive cue with its agent is the writer's report of
			// another statement.
			if jj < s.b && finiteVerbIn(p, k, j) && x.passiveCueAfter(p, s, jj) {
				end = j
				if t[j-1].kind == clComma {
					end = j - 1
				}
				break
			}
			if jj < s.b && finiteVerbIn(p, k, j) {
				if cue, _, ok := x.cueAt(p, x.afterTimePhrase(p, s, jj)); ok && !cue.base && !cue.ing && cue.frame != framePrep || x.ownSpeakerAfter(p, s, j, jj) {
					end = j
					if t[j-1].kind == clComma {
						end = j - 1
					}
					break
				}
			}
			if jj < s.b {
				if cue, _, ok := x.cueAt(p, jj); ok && !cue.base && !cue.ing && cue.frame != framePrep {
					end = j
					if t[j-1].kind == clComma {
						end = j - 1
					}
					break
				}
			}
			continue
		}
		// "C; they only learned on Friday": the clause after a semicolon is
		// the writer's.
		// (not one in brackets: "1.16bn euros ($1.5bn; £800m)")
		if t[j].kind == clSemi && j > k+3 && parens == 0 {
			end = j
			break
		}
		// "he was “encouraged” by the plan — a modest boost for ...": a
		// dash opens the writer's aside.
		if t[j].kind == clDash {
			dashes++
			// The first of two dashes opens an aside inside the content; the
			// second closes it.
			if dashes%2 == 1 && j > k+3 && clWords(p, j, s.b) >= 2 && !x.dashAfter(p, s, j+1) {
				end = j
				break
			}
		}
		// "criticised the cult of fame: “There's far too much …”",
		// "described it as a bare laptop, “We have to …”": a quotation
		// that opens on a capital after a noun and its colon or comma
		// gives the speaker's own words, no part of what the words before
		// it say.
		if (t[j].kind == clColon || t[j].kind == clComma) && j > k+2 && t[k].quote < 0 && j+2 < s.b && t[j+1].kind == clOpen &&
			t[j+2].kind == clWord && t[j+2].upper && t[j-1].kind == clWord && strings.HasPrefix(p.src.Tokens[t[j-1].tok].Tag, "NN") &&
			!cueWordIn(p, x.lex, k, j) && !documentReadAt(p, x.lex, j, t[k].s) {
			end = j
			break
		}
		if t[j].kind != clComma {
			continue
		}
		if j+1 >= s.b {
			break
		}
		if j > k+2 && t[j+1].kind == clWord {
			w := t[j+1].low
			// ", prompting unions to threaten ...": a participle of the
			// writer's, not of the speaker.
			// (not "repricing, retiming or rescheduling": a list of nouns)
			list := w != "including" && (t[j-1].kind == clWord && len(t[j-1].low) > 5 && strings.HasSuffix(t[j-1].low, "ing") ||
				j+2 < s.b && (t[j+2].kind == clComma || t[j+2].kind == clWord && (t[j+2].low == "or" || t[j+2].low == "and")))
			if len(w) > 5 && strings.HasSuffix(w, "ing") && !t[j+1].upper && !x.lex.isCueWord(w) && !list && !x.setOffBeforeVerb(p, s, j) {
				end = j
				break
			}
			// ", but there is growing anger ..."
			if w == "but" &&
				!(j+2 < s.b && t[j+2].kind == clWord && t[j+2].low == "that") {
				end = j
				break
			}
			// ", Lewandowski said he ...": another attribution.
			if x.speakerThenCue(p, s, j+1) {
				end = j
				break
			}
		}
		// ", though she acknowledged it ...": another attribution starts.
		if t[j+1].kind == clWord && clClauseOpeners[t[j+1].low] {
			for jj := j + 2; jj < s.b && jj < j+7 && t[jj].kind == clWord && t[jj].quote < 0; jj++ {
				// "although they say C": a base form right after its
				// pronoun is finite too.
				if cue, _, ok := x.cueAt(p, jj); ok && (!cue.base || clSubjectPronouns[t[jj-1].low]) && cue.frame != framePrep {
					end = j
					break
				}
			}
			if end == j {
				break
			}
		}
		if cue, _, ok := x.cueAt(p, j+1); ok && (cue.ing || cue.frame == framePrep) {
			end = j
			break
		}
		// ", he said." ", the army said."
		if x.shortCueTail(p, s, j+1) {
			end = j
			break
		}
	}
	if end-1 > k && t[end-1].kind == clStop && p.text[t[end-1].s] == '.' {
		end--
	}
	if k >= end {
		return 0, 0, false
	}
	st, en := t[k].s, t[end-1].e
	return st, en, false
}

// passiveCueAfter tells whether the clause at token i of sentence s has a
// cue in the passive with its agent for its verb, within a few words and
// before any comma: "the move was criticised by analysts", "the plan has
// been rejected by the unions".
func (x *clExtractor) passiveCueAfter(p *clPara, s clSpan, i int) bool {
	t := p.toks
	for j := i + 1; j+1 < s.b && j < i+7 && t[j].kind == clWord && t[j].quote < 0; j++ {
		tk := &p.src.Tokens[t[j].tok]
		if tk.Tag == "VBN" && x.lex.isCueWord(t[j].low) && t[j+1].kind == clWord && t[j+1].low == "by" {
			k := j - 1
			for k > i && t[k].kind == clWord && p.src.Tokens[t[k].tok].POS == text.ADV {
				k--
			}
			switch t[k].low {
			case "was", "were", "is", "are", "been", "be":
				return true
			}
			return false
		}
	}
	return false
}

// setOffBeforeVerb tells whether the phrase after the comma at token j of
// sentence s is set off by a second comma within a few words that a finite
// verb follows: "another issue he would raise on a visit, starting on
// April 13, was access": an aside inside the subject, whose verb comes
// after it.
func (x *clExtractor) setOffBeforeVerb(p *clPara, s clSpan, j int) bool {
	t := p.toks
	for k := j + 1; k+1 < s.b && k <= j+8; k++ {
		if t[k].kind == clComma {
			if t[k+1].kind != clWord {
				return false
			}
			switch p.src.Tokens[t[k+1].tok].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
			return false
		}
		if t[k].kind != clWord {
			return false
		}
	}
	return false
}

// cueWordIn tells whether a word of tokens [a, b) is a cue of speech: what
// a quotation after them gives is what that cue says ("claimed X told Y:
// “C”").
func cueWordIn(p *clPara, lex *clLexicon, a, b int) bool {
	for i := a; i < b; i++ {
		if p.toks[i].kind == clWord && lex.isCueWord(p.toks[i].low) {
			return true
		}
	}
	return false
}

// relativeEnd ends the content of a cue inside a relative clause at the
// comma that closes the clause, where the main clause's verb follows:
// "Acme, which revealed that it would cut jobs, hit a yearly high".
func (x *clExtractor) relativeEnd(p *clPara, s clSpan, k, end int) int {
	t := p.toks
	for j := k + 1; j+1 < s.b && t[j].s < end; j++ {
		if t[j].kind == clComma && t[j].quote < 0 && t[j+1].kind == clWord && !t[j+1].upper && finiteTag(p.src.Tokens[t[j+1].tok].Tag) {
			return t[j-1].e
		}
	}
	return end
}

// dashAfter tells whether another top-level dash follows k in the
// sentence: two dashes set off an aside inside the content.
func (x *clExtractor) dashAfter(p *clPara, s clSpan, k int) bool {
	for j := k; j < s.b; j++ {
		if p.toks[j].kind == clDash && p.toks[j].quote < 0 {
			return true
		}
	}
	return false
}

// clRelative are the words that open a relative clause inside a claim's
// content: ", which the IMF estimated at 70%, was" is no other attribution.
var clRelative = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "that": true}

// speakerThenCue tells whether a speaker phrase of up to four words starts
// at i and a finite cue follows it: "Lewandowski said", "the senator added".
func (x *clExtractor) speakerThenCue(p *clPara, s clSpan, i int) bool {
	t := p.toks
	if clRelative[t[i].low] {
		return false
	}
	for j := i + 1; j < s.b && j <= i+4 && t[j].kind == clWord; j++ {
		if cue, _, ok := x.cueAt(p, j); ok {
			if cue.base || cue.ing || cue.frame == framePrep {
				return false
			}
			a, _ := x.npBefore(p, s, j)
			return a == i
		}
	}
	return false
}

// finiteCueAfter tells whether a speaker of its own opens at i, a name or a
// phrase opened by a determiner or a pronoun of up to four words, and a cue
// the tagger reads as finite follows it ("the Tories say", "Smith said";
// not "to say", "saying").
func (x *clExtractor) finiteCueAfter(p *clPara, s clSpan, i int) bool {
	t := p.toks
	if i >= s.b || t[i].kind != clWord || t[i].quote >= 0 || !(clDeterminers[t[i].low] || clSubjectPronouns[t[i].low] || t[i].upper) {
		return false
	}
	for j := i + 1; j < s.b && j <= i+4 && t[j].kind == clWord; j++ {
		if cue, _, ok := x.cueAt(p, j); ok {
			if cue.ing || cue.frame == framePrep || !finiteTag(p.src.Tokens[t[j].tok].Tag) {
				return false
			}
			a, _ := x.npBefore(p, s, j)
			return a == i
		}
	}
	return false
}

// insideModifier tells whether the phrase that starts at a ends a
// modifier of another noun, so that it is no subject: the agent of a
// participle ("those surveyed by the BBC website think") or what a
// relative clause's verb governs ("users who had tested the software
// reported"; the parse may still find the subject the modifier describes).
func insideModifier(p *clPara, s clSpan, a int) bool {
	t := p.toks
	// (right after the noun it describes: "X is being sued by Y, claiming
	// C" is Y's claim)
	if k := a - 1; k-2 >= s.a && t[k].kind == clWord && t[k].low == "by" && t[k-1].kind == clWord &&
		(p.src.Tokens[t[k-1].tok].Tag == "VBN" || p.src.Tokens[t[k-1].tok].Tag == "VBD") && t[k-2].kind == clWord && p.src.Tokens[t[k-2].tok].POS.IsNominal() {
		return true
	}
	verb := false
	for j := a - 1; j >= s.a && j >= a-6; j-- {
		if t[j].kind != clWord || t[j].quote >= 0 {
			return false
		}
		if t[j].low == "who" || t[j].low == "which" || t[j].low == "whom" {
			return verb
		}
		if pos := p.src.Tokens[t[j].tok].POS; pos == text.VERB {
			verb = true
		}
	}
	return false
}

// commaIn tells whether a comma outside quotations lies among tokens (a, b).
func commaIn(t []clTok, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if t[k].kind == clComma && t[k].quote < 0 {
			return true
		}
	}
	return false
}

// clModals are the modal verbs, after which a cue is a plain predicate.
var clModals = map[string]bool{"should": true, "would": true, "could": true, "will": true, "can": true, "may": true,
	"might": true, "must": true, "shall": true, "to": true}

// clClauseOpeners open a clause after a comma ("..., though she said ...").
var clClauseOpeners = map[string]bool{"though": true, "although": true, "but": true, "and": true, "while": true,
	"whereas": true, "as": true, "yet": true}

// shortCueTail tells whether tokens from i are a short speaker phrase and a
// cue that end the sentence: "he said", "the army added in a statement".
func (x *clExtractor) shortCueTail(p *clPara, s clSpan, i int) bool {
	t := p.toks
	if clRelative[t[i].low] {
		return false
	}
	for j := i; j < s.b && j < i+6; j++ {
		if t[j].kind != clWord {
			return false
		}
		// ", should agree on new rules": a modal makes the verb the
		// content's own predicate, not a speaker's cue.
		if clModals[t[j].low] {
			return false
		}
		if cue, ce, ok := x.cueAt(p, j); ok && j > i && !cue.ing && cue.frame != framePrep {
			_, ok := x.tailAfter(p, s, ce, cue, false)
			return ok
		}
	}
	return false
}

// contentBefore returns the content from the sentence start up to token k.
func (x *clExtractor) contentBefore(p *clPara, s clSpan, k int) (int, int, bool) {
	t := p.toks
	a := s.a
	if a >= k {
		return 0, 0, false
	}
	e := k - 1
	for e > a && (t[e].kind == clComma || t[e].kind == clDash || t[e].kind == clColon) {
		e--
	}
	// The content is a quote: keep it whole, marks included, so clTrim can
	// drop them.
	if t[e].kind == clComma && e > a {
		e--
	}
	st, en := t[a].s, t[e].e
	quoted := false
	if t[a].kind == clOpen && t[a].quote >= 0 {
		q := p.quotes[t[a].quote]
		if q.end-1 == e || q.end == e+2 || q.close < 0 {
			quoted = true
		}
	}
	return st, en, quoted
}

// clTrailStop are words that cannot stand in a speaker phrase between a
// quote and its trailing cue.
var clTrailStop = map[string]bool{"and": true, "by": true, "that": true, "which": true, "who": true, "whom": true, "whose": true,
	"when": true, "while": true, "because": true, "although": true, "if": true, "is": true, "was": true,
	"are": true, "were": true, "but": true, "so": true, "than": true, "not": true, "n't": true}

// trailing recognises a cue that follows its content: "“C,” X said",
// "C, X told Y", "“C,” said X", "C1, X said, C2". It returns the token where
// the content ends (or -1 when the content is the whole sentence) and the
// speaker phrase.
func (x *clExtractor) trailing(p *clPara, s clSpan, c, ce int, cue clCue) (int, int, int, bool, bool) {
	t := p.toks
	switch cue.frame {
	case frameSay, frameStrict, frameTell, frameDoc, frameVow, frameDemand:
	default:
		return 0, 0, 0, false, false // "C, X accused ..." is no attribution
	}
	// Back from the cue over skip words and the speaker phrase to a comma or
	// a closing quote.
	j := x.skipBack(p, s, c-1)
	spEnd := j + 1
	// "“C,” Smith, an economist, told me": the speaker is set off by commas.
	if j > s.a && t[j].kind == clComma {
		a, b := x.appositive(p, s, j)
		for a > s.a+1 && t[a-1].kind == clComma && !x.isProperAt(p, a, b) {
			a2, b2 := x.npBefore(p, s, a-1)
			if a2 < 0 || !x.isProperAt(p, a2, b2) {
				break
			}
			a, b = a2, b2
		}
		if a > s.a && (t[a-1].kind == clClose || t[a-1].kind == clComma) {
			spEnd, j = b, a-1
		}
		// else "C, said X": the speaker follows the cue.
	}
	joined := false
	for j >= s.a && c-j <= 16 && j >= spEnd-16 {
		tj := t[j]
		if tj.kind == clComma || tj.kind == clClose || tj.kind == clDash {
			break
		}
		if tj.kind == clRParen {
			for j > s.a && t[j].kind != clLParen {
				j--
			}
			j--
			continue
		}
		// "C, analysts and traders said": two groups joined inside the
		// speaker phrase (checked below: nouns only, a group's noun last)
		if tj.kind == clWord && tj.low == "and" && !tj.upper && tj.quote < 0 && j+1 < spEnd && j > s.a && t[j-1].kind == clWord {
			joined = true
			j--
			continue
		}
		if tj.kind != clWord || tj.quote >= 0 || !tj.upper && clTrailStop[tj.low] {
			return 0, 0, 0, false, false
		}
		j--
	}
	if j < s.a || spEnd-j > 16 {
		return 0, 0, 0, false, false
	}
	spA := j + 1
	if joined && !x.joinedGroups(p, spA, spEnd) {
		return 0, 0, 0, false, false
	}
	// "C, a small part of what she asked for": a free relative, no speaker.
	for k := spA; k < spEnd; k++ {
		if t[k].kind == clWord && clWh[t[k].low] {
			return 0, 0, 0, false, false
		}
	}
	// "“C,” X, an economist, told me": the name before the description;
	// "“C,” X, Freedonia Post editor said" too, when the entities know X for
	// a person (the body's name opens the description, not the speaker's).
	// (not a pronoun: "C, including Qatar and Mexico, they said" names no
	// one "they" describes)
	pronoun := spEnd-spA == 1 && x.lex.is(t[spA].low, wPronPerson|wPronOrg|wPronPlural)
	// ("“C,” Jo Hale, the Tokyo manager of Acme Bank told …": a role
	// described after "the", though a name ends it, is a description too)
	roleDescribed := func() bool {
		_, typ := descriptionHead(p, spA, spEnd, x.lex)
		return typ == entities.EntityPerson && !t[spA].upper && clDeterminers[t[spA].low]
	}
	if described := spA < spEnd && x.isNameAt(p, spA, spEnd) && (!t[spEnd-1].upper && x.roleWords(p, spA, spEnd) || roleDescribed()); spA < spEnd && !pronoun && (!x.isNameAt(p, spA, spEnd) || described) && t[j].kind == clComma {
		k := j - 1
		for k >= s.a && j-k <= 8 && t[k].kind == clWord && t[k].quote < 0 {
			k--
		}
		// (after a quote closed, a name set off before the role is the
		// speaker's even when the entities took it for a body's: "“C,”
		// Red Cavaney, American Paper Institute president said")
		// (not a place, nor a state's abbreviation, that ends the content's
		// address: "based in Fresno, Calif., the company said")
		// (tested after the cheap conditions: placeAt scans the entities)
		if k >= s.a && k < j-1 && (t[k].kind == clClose || t[k].kind == clComma) && x.isNameAt(p, k+1, j) &&
			!(j-k == 2 && t[k+1].abbr && t[k+1].upper) && !x.res.placeAt(p.n, t[k+1].s, t[j-1].e) &&
			(!described || x.res.namesPerson(p.n, t[k+1].s, t[j-1].e) || t[k].kind == clClose && x.personLikeName(p, k+1, j)) {
			spA, spEnd, j = k+1, j, k
		}
	}
	if clWords(p, s.a, j) < 1 || clWords(p, s.a, j) < 2 && t[j].kind != clClose && !x.parenthetical(p, s, ce) {
		return 0, 0, 0, false, false
	}
	// A quote closed right before the speaker is strong evidence: what follows
	// the cue may be long ("told reporters after the meeting that ...").
	strong := t[j].kind == clClose
	after := ce
	if spA >= spEnd {
		// “C,” said X.
		if !x.lex.is(cue.lemma, wInverts) || t[j].kind != clComma && t[j].kind != clClose {
			return 0, 0, 0, false, false
		}
		// "Local traders, who asked not to be named, told Reuters they
		// ...": after "told" without a quote before it comes the listener,
		// not the speaker.
		if cue.frame == frameTell && t[j].kind != clClose {
			return 0, 0, 0, false, false
		}
		a, b := x.phraseAfter(p, s, ce)
		quoteBefore := t[j].kind == clClose || t[j].kind == clComma && j > s.a && t[j-1].kind == clClose
		if a < 0 || !(x.hasProper(p, a, b) || x.lex.is(t[a].low, wTitle) || x.lex.is(t[b-1].low, wTitle|wGroup|wOrg|wDoc) ||
			quoteBefore && clDeterminers[t[a].low]) {
			return 0, 0, 0, false, false
		}
		// "Jo Bell, who chairs the board, said she had quit": what follows
		// the cue is a clause, so what comes before it is the subject, not
		// the content.
		if !quoteBefore && x.holdsVerb(p, a, b) {
			return 0, 0, 0, false, false
		}
		// "Parry, speaking to the BBC, admits Keane, who …, will have the
		// final say": words before the cue with no finite verb are its
		// subject, and the name after it begins what is admitted.
		if !quoteBefore && !finiteIn(p, s.a, j) {
			return 0, 0, 0, false, false
		}
		spA, spEnd, after = a, b, b
		// "C, said one source in the room." but not "C, said the union
		// expected ..."; after a quote the speaker may run on ("said one of
		// two witnesses who ...").
		n := 0
		for k := b; k < s.b && t[k].kind == clWord; k++ {
			n++
		}
		if !quoteBefore && (n > 5 || n > 0 && !clPreps[t[b].low]) {
			return 0, 0, 0, false, false
		}
		// "The paper, citing “sources close to the firm,” said Acme plans
		// to ...": a finite verb right after the name makes it the subject
		// of what was said, not the one who said the quote.
		if quoteBefore && b-1 > a && finiteVerbIn(p, b-1, min(b+1, s.b)) {
			return 0, 0, 0, false, false
		}
		if quoteBefore {
			after = s.b
		}
	} else if !x.speakerLike(p, spA, spEnd) {
		return 0, 0, 0, false, false
	}
	// The speaker phrase starts like one (a name, a determiner, a title) or
	// ends in a speaker's noun ("top black lawmakers").
	if !x.isNameAt(p, spA, spEnd) && !clDeterminers[t[spA].low] && !x.lex.is(t[spA].low, wTitle|wGroup|wOrg|wDoc|wPronPerson|wPronOrg|wPronPlural) &&
		!(t[spA].kind == clWord && clIsDigit(p.text[t[spA].s])) && !x.lex.is(t[spEnd-1].low, wTitle|wGroup|wOrg|wDoc) &&
		!x.hasProper(p, spA, spEnd) {
		return 0, 0, 0, false, false
	}
	whole := false
	if strong {
		if after < s.b && (t[after].kind == clColon || t[after].kind == clOpen || t[after].kind == clWord && t[after].low == "that") {
			return 0, 0, 0, false, false
		}
		// "“C.” Ward rejected the remark": a cue with an object of its own
		// answers what came before; the quote is not its speaker's words.
		// (A listener is no object: "“C,” Ward told the BBC".)
		if after == ce && cue.frame != frameTell && after < s.b && t[after].kind == clWord && p.objectAfter(c) {
			return 0, 0, 0, false, false
		}
		// "“C1.” Vidal told a local radio station: “C2”": the cue
		// introduces the quote after its listener, not the one before.
		for k := after; k < s.b && k < after+8 && t[k].kind == clWord && t[k].quote < 0; k++ {
			if k+2 < s.b && t[k+1].kind == clColon && t[k+2].kind == clOpen {
				return 0, 0, 0, false, false
			}
		}
		// A quote that does not open the sentence ends the content only
		// when the attribution ends the sentence too.
		more, ok := x.tailAfter(p, s, after, cue, after > ce)
		if t[s.a].kind != clOpen && !ok {
			return 0, 0, 0, false, false
		}
		// "“C1,” Jordan said, and still “C2”"; "Despite his “brash
		// persona,” the lawyer wrote, he is ...": the sentence goes on.
		whole = ok && more && after == ce && (x.quoteAfterComma(p, s, after) || t[s.a].kind != clOpen)
	} else {
		more, ok := x.tailAfter(p, s, after, cue, after > ce)
		if !ok {
			return 0, 0, 0, false, false
		}
		// "One delegate, Kelly Smith, told POLITICO she was ...": the
		// listener is followed by what was told.
		if after == ce && cue.frame == frameTell {
			if _, ok := x.complement(p, s, ce, cue, true); ok {
				return 0, 0, 0, false, false
			}
		}
		// "The editor I spoke to, Tim Grieve, interrupted": a noun phrase
		// before a name is its apposition, not what the name said.
		if after == ce && !more && clWords(p, s.a, j) <= 6 && t[s.a].kind == clWord &&
			(t[s.a].low == "a" || t[s.a].low == "an" || t[s.a].low == "one" || t[s.a].low == "the") &&
			x.isProperAt(p, spA, spEnd) && !strings.ContainsAny(p.text[t[s.a].s:t[j].s], "“”\"") {
			return 0, 0, 0, false, false
		}
		// "C1, he said, C2", "Instead, Trump told CNN, C2"
		if more && after == ce {
			n := 0
			for j := ce; j < s.b && t[j].kind == clWord; j++ {
				n++
			}
			whole = t[ce].kind == clComma || n <= 3 && j2Comma(t, ce+n, s.b)
		}
		// "Although C1, said Mr Hogan, C2": a clause that leans on the
		// one after the speaker is no claim alone ("although" C1 is not
		// what he asserts); the whole sentence is.
		// (not "…, said Ann Lee, head of research": a description follows)
		if more && !whole && after < s.b && t[after].kind == clComma && t[s.a].kind == clWord && clSubordinators[t[s.a].low] &&
			finiteIn(p, after+1, s.b) {
			whole = true
		}
	}
	// "During the rally Monday, the president said ...": a short phrase
	// opened by a preposition introduces the sentence; it is no content.
	// (An adjective is no preposition: "Earlier warnings were wrong, he
	// argued" is what he argued.)
	if !whole && t[s.a].kind == clWord && (clPreps[t[s.a].low] || clNotName[t[s.a].low]) && clWords(p, s.a, j) <= 8 &&
		!strings.ContainsAny(p.text[t[s.a].s:t[j].s], "“”\"") &&
		!(p.src.Tokens[t[s.a].tok].POS == text.ADJ && finiteIn(p, s.a+1, j)) {
		return 0, 0, 0, false, false
	}
	k := j // the comma or closing quote that ends the content
	if t[k].kind == clClose {
		k++ // keep the closing mark in the content
	}
	if whole {
		k = -1
	}
	return k, spA, spEnd, true, strong
}

// thingVows tells whether the parse gives the vow at view token c a thing
// for its subject, a singular common noun that names no one ("The strike
// threatened to halt production", "a row over fishing threatened to become
// a trade war"): what it threatens or promises is what may happen, no one's
// word, and a name inside the subject's phrase is not who gives it.
func (x *clExtractor) thingVows(p *clPara, c int) bool {
	if !p.parsed(c) {
		return false
	}
	// (its own subject only: a verb the parse joined to another takes a
	// subject that may not be its own, "Yukos claims its downfall was
	// punishment and has vowed to sue")
	h := p.kid(p.node(c), text.RelNsubj)
	if h < 0 {
		return false
	}
	tk := &p.src.Tokens[h]
	if tk.POS != text.NOUN || tk.Tag != "NN" || tk.Text != tk.Low {
		return false // (a capital: "The IMF urges", "the Farm Bureau")
	}
	return !x.lex.is(tk.Low, wTitle|wGroup|wOrg|wDoc|wBody) && !entities.AgentEnding(tk.Low) && !gendered(tk.Low)
}

// joinedGroups tells whether [a, b), which holds an "and", names speakers
// joined ("analysts and traders", "military and diplomatic sources",
// "Treasury and central bank officials"): nouns, adjectives and names only,
// a group's or a title's plural last; not a clause ("prices fell and
// dealers").
func (x *clExtractor) joinedGroups(p *clPara, a, b int) bool {
	t := p.toks
	// (the last word a plural in lower case: "Office of Industry, Trade
	// and Labour said" ends a name that commas split)
	if b-a < 3 || t[a].low == "and" || t[b-1].upper || p.src.Tokens[t[b-1].tok].Tag != "NNS" || !x.lex.is(t[b-1].low, wTitle|wGroup) {
		return false
	}
	for k := a; k < b; k++ {
		if t[k].kind != clWord {
			return false
		}
		switch p.src.Tokens[t[k].tok].POS {
		case text.NOUN, text.PROPN, text.ADJ, text.CCONJ:
		default:
			return false
		}
	}
	return true
}

// infinitiveAt tells a verb after "to" at token k, as the tagger reads it
// or, as it may not ("to struggle" read as a noun), a lower-case word that
// is none of a listener's: no determiner, pronoun, title, group or plural
// ("said to reporters", "told to the BBC").
func (x *clExtractor) infinitiveAt(p *clPara, k int) bool {
	w := p.toks[k]
	if w.kind != clWord || w.upper {
		return false
	}
	if p.src.Tokens[w.tok].Tag == "VB" {
		return true
	}
	return !clDeterminers[w.low] && !x.lex.is(w.low, wTitle|wGroup|wOrg|wDoc|wPronPerson|wPronOrg|wPronPlural) &&
		!strings.HasSuffix(w.low, "s") && p.src.Tokens[w.tok].Tag != "PRP$" && p.src.Tokens[w.tok].Tag != "CD"
}

// quoteAfterComma tells whether a quote follows the first comma after k.
func (x *clExtractor) quoteAfterComma(p *clPara, s clSpan, k int) bool {
	t := p.toks
	j := k
	for j < s.b && t[j].kind != clComma {
		j++
	}
	for j++; j < s.b && j < k+8; j++ {
		if t[j].kind == clOpen {
			return true
		}
		if t[j].kind != clWord || !(clClauseOpeners[t[j].low] || x.lex.is(t[j].low, wSkip) || clAdverb(t[j].low)) {
			return false
		}
	}
	return false
}

// tailAfter checks what follows a trailing cue ending at ce: nothing, or
// short circumstance ("in a post on X", "told Al Jazeera", "on Monday"). It
// tells whether more content follows a comma after it ("C1, he said, C2").
func (x *clExtractor) tailAfter(p *clPara, s clSpan, ce int, cue clCue, named bool) (bool, bool) {
	t := p.toks
	// "After the vote, the firm announced £50m of investment": a number
	// after the cue is its object, so what stands before is no content.
	if ce < s.b && !named && strings.IndexByte("0123456789£$€¥", p.text[t[ce].s]) >= 0 {
		return false, false
	}
	if ce < s.b && t[ce].kind == clWord && cue.frame != frameTell && !named {
		w := t[ce]
		if !(w.upper || clPreps[w.low] || clObjects[w.low] || w.low == "of" || clAdverb(w.low)) {
			return false, false
		}
		// "the industry continued to struggle, with ...": "to" before a
		// verb makes an infinitive the cue governs, no listener.
		if w.low == "to" && ce+1 < s.b && x.infinitiveAt(p, ce+1) {
			return false, false
		}
		// "said Obamacare is causing ...": a name that opens a long clause
		// is the content's subject, not a listener.
		if w.upper && !clPreps[w.low] {
			n := 0
			for j := ce; j < s.b && t[j].kind == clWord; j++ {
				n++
			}
			if n > 4 {
				return false, false
			}
		}
	}
	for j := ce; j < s.b; j++ {
		switch t[j].kind {
		case clStop, clSemi, clDash:
			return false, true
		case clComma:
			if j+1 < s.b && t[j+1].kind != clOpen && clWords(p, j+1, s.b) >= 3 {
				if cue2, _, ok := x.cueAt(p, j+1); ok && (cue2.ing || cue2.frame == framePrep) {
					return false, true
				}
				// "..., citing the release of prisoners": a participle after
				// the comma tells what the speaker did, not more of what was
				// said, unless it is the subject of a clause ("..., he said,
				// replacing her would be harder").
				if t[j+1].kind == clWord && p.src.Tokens[t[j+1].tok].Tag == "VBG" && !x.gerundSubject(p, s, j+1) {
					return false, true
				}
				// "..., while suggesting that C2": a participle opened by a
				// conjunction of time or manner does the same.
				if t[j+1].kind == clWord && clParticipleOpeners[t[j+1].low] && j+2 < s.b && t[j+2].kind == clWord && p.src.Tokens[t[j+2].tok].Tag == "VBG" {
					return false, true
				}
				return true, true
			}
			return false, true
		case clOpen:
			if e := titleQuote(p, s, j); e > 0 && j == ce {
				j = e // a listener in quotes: told "Morning Report"
				continue
			}
			if j-ce < 2 {
				return false, false
			}
		case clColon:
			return false, false
		case clWord:
			if t[j].low == "that" && j-ce < 4 {
				return false, false
			}
		}
		if j-ce > 12 {
			return false, false
		}
	}
	return false, true
}

// negatedBefore tells whether a word of negation stands among view tokens
// [a, b) outside quotation marks.
func negatedBefore(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if t := p.toks[k]; t.kind == clWord && t.quote < 0 && clNegation[t.low] {
			return true
		}
	}
	return false
}

// clNegation are the words that negate what follows them in a clause.
var clNegation = map[string]bool{"no": true, "not": true, "n't": true, "never": true, "nothing": true, "none": true,
	"neither": true, "nor": true, "nobody": true, "without": true, "hardly": true}

// clParticipleOpeners open a participle clause after a comma: "..., while
// insisting", "..., before adding".
var clParticipleOpeners = map[string]bool{"while": true, "whilst": true, "when": true, "before": true, "after": true, "by": true, "without": true}

// gerundSubject tells whether the -ing word at k opens the subject of a
// clause: an auxiliary or a modal follows it before the clause ends
// ("replacing her would be harder", "keeping them is costly"). The tags
// decide, the parse of such sentences often hangs the clause on the cue.
func (x *clExtractor) gerundSubject(p *clPara, s clSpan, k int) bool {
	t := p.toks
	for j := k + 1; j < s.b && j <= k+10 && t[j].kind == clWord; j++ {
		tk := &p.src.Tokens[t[j].tok]
		if tk.POS == text.AUX && finiteTag(tk.Tag) {
			return true
		}
		if tk.POS == text.VERB && tk.Tag != "VBG" && tk.Tag != "VBN" {
			return false
		}
	}
	return false
}

// titleQuote returns the closing quote of a short capitalised name in
// quotes opening at k (a programme, a newspaper: "Morning Report"), or -1.
func titleQuote(p *clPara, s clSpan, k int) int {
	t := p.toks
	if k >= s.b || t[k].kind != clOpen {
		return -1
	}
	e := k + 1
	for e < s.b && e < k+6 && t[e].kind == clWord && t[e].upper {
		e++
	}
	if e > k+1 && e < s.b && t[e].kind == clClose {
		return e
	}
	return -1
}

// clTopicPreps open what a cue is about ("warned about", "spoke of"), not
// whom it is told to.
var clTopicPreps = map[string]bool{"about": true, "of": true, "against": true, "over": true, "on": true}

// clObjects are listeners after a cue ("told me", "said to reporters").
var clObjects = map[string]bool{"me": true, "him": true, "her": true, "us": true, "them": true,
	"reporters": true, "journalists": true}

// subjectBefore returns the speaker phrase that ends at the cue c: the noun
// phrase before it, past adverbs and auxiliaries, back to a clause boundary.
// "X, a spokesman for Y, said" and "A lawyer for Y, X, said" give X.
func (x *clExtractor) subjectBefore(p *clPara, s clSpan, c int) (int, int) {
	t := p.toks
	j := x.skipBack(p, s, c-1)
	if j > s.a && t[j].kind == clComma {
		return x.appositive(p, s, j)
	}
	// "But Mr Herron - who runs his own campaign - said": the subject
	// stands before an aside set off by dashes.
	// (but not "… – the steepest drop in a decade – said Jane Doe": the
	// speaker follows the cue)
	if j > s.a && t[j].kind == clDash && !(c+1 < s.b && t[c+1].kind == clWord && t[c+1].upper) {
		for k := j - 1; k > s.a && j-k <= 40; k-- {
			if t[k].kind == clStop || t[k].kind == clSemi {
				break
			}
			if t[k].kind == clDash {
				if a, b := x.npBefore(p, s, k); a >= 0 && x.isNameAt(p, a, b) {
					return a, b
				}
				break
			}
		}
	}
	if j >= s.a && t[j].kind == clWord && (t[j].low == "and" || t[j].low == "but" || t[j].low == "or") {
		return -1, -1 // "... and said": the subject is the sentence's
	}
	a, b := x.npBefore(p, s, j+1)
	if a < 0 || insideModifier(p, s, a) {
		return -1, -1
	}
	// "a small part of what she asked for": a subject after "what" is a
	// free relative's, whose verb states nothing.
	for k := max(a-1, s.a); k < b; k++ {
		if t[k].kind == clWord && clWh[t[k].low] {
			return -1, -1
		}
	}
	if na, nb := x.nameBeforeRole(p, s, a, b); na >= 0 {
		return na, nb
	}
	return a, b
}

// invertedAside tells whether a name starts at k and runs to a comma after
// which a finite verb follows: "says Tom Reed, is strong", "says Frank Stone
// of Velcom, is to shape".
func (x *clExtractor) invertedAside(p *clPara, s clSpan, k int) bool {
	t := p.toks
	if k >= s.b || !x.isNameAt(p, k, s.b) {
		return false
	}
	for j := k; j < s.b && j < k+8; j++ {
		if t[j].kind == clComma {
			if j+1 >= s.b || t[j+1].kind != clWord {
				return false
			}
			return finiteTag(p.src.Tokens[t[j+1].tok].Tag)
		}
		if t[j].kind != clWord || t[j].quote >= 0 {
			return false
		}
	}
	return false
}

// roleWords tells a description of a person that ends in its role word:
// "Freedonia Post editor", "the network's planner".
func (x *clExtractor) roleWords(p *clPara, a, b int) bool {
	if x.lex.is(p.toks[b-1].low, wTitle) {
		return true
	}
	// "the Acme Group's futurologist": a singular noun for a person by what
	// they do, though no title the lexicon knows.
	if last := p.toks[b-1]; last.kind == clWord && !last.upper && p.src.Tokens[last.tok].Tag == "NN" && entities.AgentEnding(last.low) {
		return true
	}
	_, typ := descriptionHead(p, a, b, x.lex)
	return typ == entities.EntityPerson
}

// nameBeforeRole finds the person a role before the cue describes when the
// writer left out the comma that closes the apposition: "Tom Reyes,
// chairman and chief executive said", "David Haggard, American Soybean
// Association, ASA, president said", "Melvin Sims, USDA's general sales
// manager told", "Ann Wood, Freedonia Post editor said". It returns the
// person's name, or -1.
func (x *clExtractor) nameBeforeRole(p *clPara, s clSpan, a, b int) (int, int) {
	t := p.toks
	// (a name inside may own the role, "USDA's general sales manager", or
	// follow it, "head of Norbank")
	_, typ := descriptionHead(p, a, b, x.lex)
	// (a lower-case role word may follow the body's name, "Freedonia Post
	// editor": a description still, not a name)
	role := x.lex.is(t[b-1].low, wTitle) && (!x.hasProper(p, a, b) || possessed(p, a, b) || !t[b-1].upper) ||
		typ == entities.EntityPerson && !t[a].upper
	if !role {
		return -1, -1
	}
	k := a - 1
	for k > s.a && a-k <= 4 && t[k].kind == clWord && !t[k].upper && (t[k].low == "and" || x.lex.is(t[k].low, wTitle)) {
		k--
	}
	for seg := 0; seg < 3 && k > s.a && t[k].kind == clComma; seg++ {
		e := k
		k--
		for k >= s.a && t[k].kind == clWord && t[k].quote < 0 && e-k <= 6 {
			k--
		}
		st, en := k+1, e
		if st < en && x.isNameAt(p, st, en) && x.res.namesPerson(p.n, t[st].s, t[en-1].e) {
			return st, en
		}
	}
	return -1, -1
}

// clTimes are words of a time phrase between a speaker and the cue ("on
// Tuesday", "Thursday evening", "last week").
var clTimes = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "week": true, "weekend": true, "month": true, "year": true, "today": true,
	"yesterday": true, "tonight": true, "earlier": true, "later": true, "recently": true}

// skipBack steps back from token j over adverbs, auxiliaries and time
// phrases ("has repeatedly", "on Tuesday", "Thursday evening") to where the
// speaker phrase ends.
func (x *clExtractor) skipBack(p *clPara, s clSpan, j int) int {
	t := p.toks
	// "Fisons Plc <FISN.L> said": the ticker after a name.
	if j > s.a && t[j].kind != clWord && p.text[t[j].s] == '>' {
		k := j - 1
		for k > s.a && j-k <= 6 && p.text[t[k].s] != '<' {
			k--
		}
		switch {
		case k > s.a && p.text[t[k].s] == '<' && t[k-1].kind == clWord && t[k-1].upper:
			j = k - 1
		case k >= s.a && p.text[t[k].s] == '<' && j-k > 1:
			// "<Pacific Western Airlines Corp> said": the wire's brackets
			// around the name itself.
			j--
		}
	}
	for j >= s.a && t[j].kind == clWord {
		w := t[j]
		switch {
		case !w.upper && (x.lex.is(w.low, wSkip) || clAdverb(w.low)):
			j--
		case clTimes[w.low]:
			j--
			for j >= s.a && t[j].kind == clWord && (clTimes[t[j].low] || t[j].low == "on" || t[j].low == "last" ||
				t[j].low == "this" || t[j].low == "late" || t[j].low == "early") {
				j--
			}
		default:
			return j
		}
	}
	return j
}

// clPassive are the auxiliaries of a passive ("was accused").
var clPassive = map[string]bool{"was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"being": true, "get": true, "got": true, "gets": true}

// clAuxiliary are the words of a perfect before a participle ("has
// denied"): the participle is then a finite cue's.
var clAuxiliary = map[string]bool{"has": true, "have": true, "had": true, "having": true, "'s": true, "'ve": true, "'d": true}

// agentAfter tells whether "by" follows the cue ending at ce within its
// clause, before any comma, quote or other cue word: the agent of a
// passive participle ("accused by X of C", "denied a place by X").
func agentAfter(p *clPara, s clSpan, ce int) bool {
	t := p.toks
	for k := ce; k < s.b && k < ce+5; k++ {
		if t[k].kind != clWord || t[k].quote >= 0 {
			return false
		}
		if t[k].low == "by" {
			return true
		}
		// (a verb between opens a clause of its own: "found output had
		// risen by 5%")
		if t[k].low == "that" || verbTag(p.src.Tokens[t[k].tok].Tag) {
			return false
		}
	}
	return false
}

// clWh are words before a subject that make its clause a question or an
// object, not a statement ("what Trump says", "whether he said").
var clWh = map[string]bool{"what": true, "how": true, "why": true, "whether": true, "where": true}

// npBefore returns the noun phrase that ends at token end, scanning back to a
// clause boundary.
func (x *clExtractor) npBefore(p *clPara, s clSpan, end int) (int, int) {
	t := p.toks
	// "an injury he said he suffered": a pronoun right before the cue is
	// the subject.
	if end-1 >= s.a && t[end-1].kind == clWord && x.lex.is(t[end-1].low, wPronPerson|wPronOrg|wPronPlural) {
		return end - 1, end
	}
	j := end - 1
	for j >= s.a && end-j <= 12 {
		tj := t[j]
		if tj.kind == clRParen {
			for j > s.a && t[j].kind != clLParen {
				j--
			}
			j--
			continue
		}
		if tj.kind == clOther && p.text[tj.s] == '%' && j > s.a && t[j-1].kind == clWord {
			j-- // "42% say"
			continue
		}
		if tj.kind != clWord || tj.quote >= 0 {
			break
		}
		if !tj.upper && x.lex.is(tj.low, wStop) {
			if tj.low == "and" && j > s.a && t[j-1].upper && j+1 < end && t[j+1].upper {
				j--
				continue
			}
			// "An aide to foreign minister X said": a person's role for
			// the one a preposition's phrase describes as a person holds
			// that phrase.
			if chargePreps[tj.low] && j > s.a && t[j-1].kind == clWord && !t[j-1].upper &&
				x.lex.is(t[j-1].low, wTitle|wMale|wFemale|wPerson) && !x.lex.is(t[j-1].low, wModifier|wOrg) {
				k0 := end
				for k0-1 > j && t[k0-1].kind == clWord && t[k0-1].upper {
					k0--
				}
				if k0 < end && chargeBefore(p, j-1, k0, x.lex) {
					j--
					continue
				}
			}
			break
		}
		j--
	}
	a := j + 1
	// "but", "so", "In 2003 her employers": words that open the clause,
	// not the speaker.
	for a < end && t[a].kind == clWord && (t[a].low == "but" || t[a].low == "and" || t[a].low == "so" || clNotName[t[a].low] && !usCountry(p, a) ||
		clIsDigit(p.text[t[a].s]) && a+1 < end && t[a+1].kind == clWord && clDeterminers[t[a+1].low]) {
		a++
	}
	if a >= end || !x.speakerLike(p, a, end) {
		return x.npConnected(p, s, end)
	}
	return a, end
}

// clConnectors join the parts of a longer speaker phrase ("experts on North
// Korea and nuclear policy", "developers and supporters in Congress").
var clConnectors = map[string]bool{"and": true, "of": true, "on": true, "in": true, "for": true, "at": true, "to": true,
	"from": true, "with": true}

// npConnected scans back from end across connectors for a phrase that
// starts like a speaker: a name, a determiner or a known head.
func (x *clExtractor) npConnected(p *clPara, s clSpan, end int) (int, int) {
	t := p.toks
	best := -1
	for j := end - 1; j >= s.a && end-j <= 12; j-- {
		tj := t[j]
		if tj.kind != clWord || tj.quote >= 0 {
			break
		}
		if !tj.upper && x.lex.is(tj.low, wStop) && !clConnectors[tj.low] {
			break
		}
		// "close to him", not the "to" of a verb ("took to Twitter to
		// accuse"): the phrase holds no clause.
		if tj.low == "to" && (j+1 >= end || p.src.Tokens[t[j+1].tok].POS == text.VERB) {
			break
		}
		if clConnectors[tj.low] {
			continue
		}
		if (tj.upper && !clNotName[tj.low]) || clDeterminers[tj.low] || x.lex.is(tj.low, wGroup|wTitle) {
			if x.speakerLike(p, j, end) {
				best = j
			}
		}
	}
	if best < 0 {
		return -1, -1
	}
	return best, end
}

// clNotName are capitalised words that open a sentence but no name.
var clNotName = map[string]bool{"even": true, "also": true, "only": true, "just": true, "then": true, "now": true,
	"still": true, "meanwhile": true, "however": true, "instead": true, "yet": true, "but": true, "and": true,
	"so": true, "indeed": true, "moreover": true, "separately": true, "earlier": true, "later": true,
	"there": true, "here": true, "that": true, "this": true, "what": true, "when": true, "while": true, "if": true, "as": true, "in": true, "on": true,
	"at": true, "for": true, "after": true, "before": true, "since": true, "to": true, "with": true,
	"by": true, "from": true, "during": true, "though": true, "although": true, "because": true,
	"despite": true, "like": true, "unlike": true, "asked": true, "speaking": true, "according": true,
	"we": true, "i": true, "you": true, "us": true, "our": true, "my": true, "your": true}

// usCountry tells whether view token k is "US", the country, not "us".
func usCountry(p *clPara, k int) bool {
	return p.toks[k].low == "us" && p.text[p.toks[k].s:p.toks[k].e] == "US"
}

// isNameAt tells whether a name starts at token k: a capitalised word that
// is no function word, or "The" before one.
func (x *clExtractor) isNameAt(p *clPara, k, end int) bool {
	t := p.toks
	if k < end && t[k].kind == clWord && (t[k].low == "the" || t[k].low == "a" || t[k].low == "an") {
		// "the Dubai-registered Corvan Shipping Services"
		return k+1 < end && t[k+1].kind == clWord && t[k+1].upper && !clNotName[t[k+1].low]
	}
	if k >= end || t[k].kind != clWord || !t[k].upper || clNotName[t[k].low] || p.contracted(k) != "" {
		return false
	}
	if clDeterminers[t[k].low] {
		return k+1 < end && t[k+1].kind == clWord && t[k+1].upper
	}
	return true
}

// isProperAt tells whether a proper name starts at token k: a capitalised
// word that is neither a determiner nor a function word.
func (x *clExtractor) isProperAt(p *clPara, k, end int) bool {
	t := p.toks
	return k < end && t[k].kind == clWord && t[k].upper && !clDeterminers[t[k].low] && !clNotName[t[k].low] && !clTimes[t[k].low] &&
		p.contracted(k) == ""
}

// hasProper tells whether a proper name stands in [a, b).
func (x *clExtractor) hasProper(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if x.isProperAt(p, k, b) {
			return true
		}
	}
	return false
}

// appositive reads the speaker of "X, a spokesman for Y, said" back from the
// comma before the cue: the name before the descriptions, or a name set off
// by commas after a description ("A lawyer for Y, X, said").
func (x *clExtractor) appositive(p *clPara, s clSpan, comma int) (int, int) {
	t := p.toks
	// "Arrowfield, whose brands include Penfold, Roseway and Lindell,
	// said": the names of a list inside a relative clause set off before
	// the cue are not who speaks; the phrase before the relative word is.
	// (only across a list: with no comma inside the clause the segments
	// below read it)
	listed := false
	for k := comma - 1; k > s.a && comma-k <= 40; k-- {
		if t[k].kind == clStop || t[k].kind == clSemi || t[k].quote >= 0 {
			break
		}
		if t[k].kind == clWord && (t[k].low == "which" || t[k].low == "who" || t[k].low == "whose") && t[k-1].kind == clComma {
			if a, b := x.npBefore(p, s, k-1); listed && a >= 0 && x.isNameAt(p, a, b) && (a == s.a || t[a-1].kind != clComma) {
				return a, b
			}
			break
		}
		listed = listed || t[k].kind == clComma
	}
	end := comma
	fa, fb := -1, -1 // the first name found, when none starts a clause
	for tries := 0; tries < 3; tries++ {
		k := end - 1
		for k >= s.a && t[k].kind != clComma {
			if t[k].kind == clStop || t[k].kind == clSemi || t[k].quote >= 0 || end-k > 25 {
				return fa, fb
			}
			k--
		}
		if k < s.a {
			return fa, fb
		}
		segA, segB := k+1, end
		// "a trader in Cincinnati, Ohio, said": a place after a place and
		// its comma is the rest of an address, not who speaks
		if k > s.a && t[k-1].kind == clWord && segA < segB && x.res.placeEndsAt(p.n, t[k-1].e) && x.res.placeAt(p.n, t[segA].s, t[segB-1].e) {
			end = k
			continue
		}
		ha, hb := x.npBefore(p, s, k)
		if fa < 0 && ha >= 0 && x.isNameAt(p, ha, hb) {
			fa, fb = ha, hb
		}
		// The head starts a clause: "Trump, speaking in Wilmington, N.C.,
		// warned" is not Wilmington's warning.
		if ha > s.a && t[ha-1].kind != clComma && t[ha-1].kind != clLParen && t[ha-1].kind != clDash && t[ha-1].kind != clClose &&
			!(t[ha-1].kind == clWord && clClauseOpeners[t[ha-1].low]) {
			ha = -1
		}
		// "Ann Reyes, a Dayton, Ohio, investor with a stake in Acme, said":
		// a place (or a state's abbreviation, "Calif.") whose comma runs on
		// into a lower-case description is the address inside that
		// description, not who speaks.
		if ha >= 0 && segA < segB && t[segA].kind == clWord && !t[segA].upper &&
			(x.res.placeAt(p.n, t[ha].s, t[hb-1].e) || hb-ha == 1 && t[ha].abbr && t[ha].upper) {
			end = k
			// (the town before it, "a Dayton,", opens the same description)
			if ha-1 > s.a && t[ha-1].kind == clComma {
				if a2, _ := x.npBefore(p, s, ha-1); a2 > s.a && t[a2].kind == clWord && (t[a2].low == "a" || t[a2].low == "an") && t[a2-1].kind == clComma {
					end = a2
				}
			}
			continue
		}
		// "A NATO spokeswoman, Ingrid Aasheim, said": a description that
		// ends in a common noun gives way to the name set off after it.
		described := ha >= 0 && !t[hb-1].upper && t[hb-1].kind == clWord
		// "Tom Reyes, 58, MP for Ashby in Norfolk, said": a role opening a
		// phrase of its own ("MP for", "Head of") describes the one named
		// before it, past an age; the place it serves does not speak.
		if x.roleSegment(p, segA, segB) {
			if ha >= 0 && x.isNameAt(p, ha, hb) {
				return ha, hb
			}
			end = k
			continue
		}
		if x.isNameAt(p, segA, segB) && x.speakerLike(p, segA, segB) && (ha < 0 || !x.isNameAt(p, ha, hb) || described) &&
			(t[k].kind == clComma && (k == s.a || ha >= 0 || t[k-1].kind == clWord)) && !(segB-segA == 1 && t[segA].abbr) {
			return segA, segB
		}
		if ha >= 0 && x.isNameAt(p, ha, hb) {
			return ha, hb
		}
		end = k
	}
	return fa, fb
}

// personLikeName tells whether tokens [a, b) may be a person's name: two
// or three capitalised words, none a word of a body's name ("Corp",
// "Institute", "Post") nor a place the entities know.
func (x *clExtractor) personLikeName(p *clPara, a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		w := p.toks[k]
		if w.kind != clWord || !w.upper || w.abbr || x.lex.is(w.low, wOrg) || clGenericOrg[w.low] || x.res.placeAt(p.n, w.s, w.e) {
			return false
		}
	}
	return true
}

// relativeSpeaker reads "X, who said that C": the speaker is the phrase before
// "who", and "who" the token that mentions them.
func (x *clExtractor) relativeSpeaker(p *clPara, s clSpan, c int) (clSpan, int, bool) {
	t := p.toks
	j := x.relativeBefore(p, s, c)
	if j < s.a+1 {
		return clSpan{}, 0, false
	}
	who := j
	if t[j-1].kind == clComma {
		j--
	}
	a, b := x.subjectBefore(p, s, j)
	if a < 0 {
		return clSpan{}, 0, false
	}
	// "a link with the Acme chart show, which suggests C": "which" stands
	// for a thing, or for what the clause before it tells, when a lower-case
	// word that names no body, group, document or person heads its
	// phrase; no one speaks (a name inside that phrase only qualifies it).
	if h := t[b-1]; t[who].low == "which" && h.kind == clWord && !h.upper && x.lex.thingWord(h.low) {
		return clSpan{}, 0, false
	}
	return clSpan{a, b}, who, true
}

// relativeBefore returns the relative pronoun right before the cue c ("who
// said", "which also notes"), or -1.
func (x *clExtractor) relativeBefore(p *clPara, s clSpan, c int) int {
	t := p.toks
	j := c - 1
	for j >= s.a && t[j].kind == clWord && (x.lex.is(t[j].low, wSkip) || clAdverb(t[j].low)) {
		j--
	}
	if j < s.a || t[j].kind != clWord || t[j].low != "who" && t[j].low != "which" && t[j].low != "that" {
		return -1
	}
	return j
}

// clAdverb tells a lower-case -ly word.
func clAdverb(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ly" }

// holdsVerb tells whether a lower-case word of [a, b) is tagged a verb
// or an auxiliary: "he had suspended the member" is a clause, "Ann Bell, a
// lawyer" a noun phrase.
func (x *clExtractor) holdsVerb(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if t := p.toks[k]; t.kind == clWord && !t.upper {
			if pos := p.src.Tokens[t.tok].POS; pos == text.VERB || pos == text.AUX {
				return true
			}
		}
	}
	return false
}

// afterTimePhrase returns the token after a short time phrase that starts
// at i ("on Wednesday", "last week", "earlier"), else i.
func (x *clExtractor) afterTimePhrase(p *clPara, s clSpan, i int) int {
	t := p.toks
	j := i
	for j < s.b && j < i+4 && t[j].kind == clWord && t[j].quote < 0 && (clPreps[t[j].low] || clTimeNouns[t[j].low]) {
		j++
	}
	if j >= s.b || j > i && t[j-1].low != "earlier" && t[j-1].low != "later" && !clTimeNouns[t[j-1].low] && !weekday(t[j-1].low) {
		return i
	}
	return j
}

// weekday tells a day of the week, lower case.
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// finiteVerbIn tells a lower-case verb of a finite form (VBD, VBZ, VBP, MD)
// among tokens [a, b).
func finiteVerbIn(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if t := p.toks[k]; t.kind == clWord && !t.upper && finiteTag(p.src.Tokens[t.tok].Tag) {
			return true
		}
	}
	return false
}

// finiteIn tells whether the view tokens [a, b) hold a verb that is no
// bare participle in -ing, as the tagger reads them (it may take a finite
// verb for a participle, not for a gerund).
func finiteIn(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if t := p.toks[k]; t.kind == clWord && !t.upper {
			if tk := p.src.Tokens[t.tok]; (tk.POS == text.VERB || tk.POS == text.AUX) && tk.Tag != "VBG" {
				return true
			}
		}
	}
	return false
}

// ownSpeakerAfter tells whether a speaker of its own and a finite cue start
// at i, after the "and" or "but" at j ("... and an army spokesman said",
// "but others said", "but he noted"): a pronoun or a phrase opened by a
// determiner, before an active cue, not one joined to a
// name in a relative clause ("which Smith and the analysts agreed"), and
// no "had" that puts the cue back into the reported past ("... and all had
// agreed"). (The parse is no help: it joins "the Philippines and an army
// spokesman" as one subject.)
func (x *clExtractor) ownSpeakerAfter(p *clPara, s clSpan, j, i int) bool {
	t := p.toks
	if !x.speakerThenCue(p, s, i) || !(clDeterminers[t[i].low] || clSubjectPronouns[t[i].low] || t[i].low == "others") {
		return false
	}
	for k := j - 1; k >= s.a && k >= j-3; k-- {
		if clRelative[t[k].low] {
			return false
		}
	}
	c := i + 1
	for c < s.b && c <= i+4 {
		if _, _, ok := x.cueAt(p, c); ok {
			break
		}
		c++
	}
	switch t[c-1].low {
	case "had", "to", "be", "been", "being", "is", "was", "are", "were":
		// ("the amount to be charged": no speaker of a cue)
		return false
	}
	if c >= s.b {
		return false
	}
	return true
}

// clFirmForms are the words after "and" that end a firm's name ("Bear
// Stearns and Co", "Smith and Sons").
var clFirmForms = map[string]bool{"co": true, "co.": true, "company": true, "sons": true, "partners": true, "associates": true}

// phraseAfter returns the noun phrase that starts at k: "according to the
// State Department", "said Smith, a spokesman".
func (x *clExtractor) phraseAfter(p *clPara, s clSpan, k int) (int, int) {
	t := p.toks
	j := k
	for j < s.b && j < k+12 {
		tj := t[j]
		if tj.kind == clLParen {
			for j < s.b && t[j].kind != clRParen {
				j++
			}
			j++
			continue
		}
		if tj.kind != clWord || tj.quote >= 0 {
			break
		}
		// "said Bear Stearns and Co analyst Ann Reis": "and Co" is part
		// of the firm's name.
		andCo := tj.low == "and" && j > k && t[j-1].upper && j+1 < s.b && t[j+1].kind == clWord && clFirmForms[t[j+1].low]
		if !tj.upper && x.lex.is(tj.low, wStop) && tj.low != "of" && !andCo {
			break
		}
		if j > k && !tj.upper && x.lex.isCueWord(tj.low) {
			break
		}
		j++
	}
	if j > s.b {
		j = s.b
	}
	for j > k && t[j-1].kind == clWord && t[j-1].low == "of" {
		j--
	}
	if j <= k || !x.speakerLike(p, k, j) {
		return -1, -1
	}
	return k, x.authorsAfter(p, s, k, j)
}

// authorsAfter extends a source phrase [k, j) that names a document's
// author ("a joint statement by Saudi Arabia") over the other authors
// listed after it (", the United States and the African Union"), and
// returns the new end.
func (x *clExtractor) authorsAfter(p *clPara, s clSpan, k, j int) int {
	t := p.toks
	by := false
	for m := k; m < j; m++ {
		by = by || t[m].low == "by" && m > k && x.lex.is(t[m-1].low, wDoc)
	}
	if !by {
		return j
	}
	name := func(m int) int { // the end of a name at m ("the United States"), or m
		if m < s.b && t[m].kind == clWord && t[m].low == "the" {
			m++
		}
		e := m
		for e < s.b && t[e].kind == clWord && t[e].upper && t[e].quote < 0 {
			e++
		}
		return e
	}
	for m := j; m < s.b && t[m].kind == clComma; {
		e := name(m + 1)
		if e == m+1 || e >= s.b {
			return j
		}
		if t[e].kind == clWord && t[e].low == "and" {
			if last := name(e + 1); last > e+1 {
				return last
			}
			return j
		}
		m = e
	}
	return j
}

// sentenceSubject returns the noun phrase that opens the sentence, past a
// leading conjunction or an introductory phrase ended by a comma.
func (x *clExtractor) sentenceSubject(p *clPara, s clSpan) (int, int) {
	return x.subjectOf(p, s, false)
}

// setOffPassive tells a cue [c, ce) in -ed right after a comma and before a
// passive infinitive ("the price, expected to be announced tomorrow,
// would be …"): a participle that describes the noun before the comma,
// whom no one in the sentence is said to expect.
func setOffPassive(p *clPara, s clSpan, c, ce int) bool {
	t := p.toks
	if c-1 < s.a || t[c-1].kind != clComma || ce+2 >= s.b || t[ce].kind != clWord || t[ce].low != "to" || t[ce+1].kind != clWord ||
		t[ce+1].low != "be" || p.src.Tokens[t[ce+2].tok].Tag != "VBN" {
		return false
	}
	tag := p.src.Tokens[t[c].tok].Tag
	return tag == "VBN" || tag == "VBD"
}

// subjectOf is sentenceSubject; with described, common nouns that describe
// a name after them are part of the subject ("UK advertising giant Zentro
// has posted record profits and predicted that C": Zentro's, not the UK's).
func (x *clExtractor) subjectOf(p *clPara, s clSpan, described bool) (int, int) {
	t := p.toks
	a := s.a
	for a < s.b && t[a].kind == clWord && (t[a].low == "but" || t[a].low == "and" || t[a].low == "yet" || t[a].low == "so") {
		a++
	}
	if a >= s.b || t[a].kind != clWord || t[a].quote >= 0 {
		return -1, -1
	}
	// "On Monday, X ...", "In a statement, X ..."
	if clPreps[t[a].low] || clNotName[t[a].low] {
		k := a
		for k < s.b && k < a+12 && t[k].kind != clComma {
			k++
		}
		if k >= s.b || t[k].kind != clComma {
			return -1, -1
		}
		a = k + 1
		if a >= s.b || t[a].kind != clWord || t[a].quote >= 0 {
			return -1, -1
		}
	}
	if x.lex.isCueWord(t[a].low) {
		return -1, -1 // "Said Ellis: ..."
	}
	j := a
	for j < s.b && j < a+10 {
		tj := t[j]
		if tj.kind == clLParen {
			for j < s.b && t[j].kind != clRParen {
				j++
			}
			j++
			continue
		}
		if tj.kind != clWord || tj.quote >= 0 {
			break
		}
		if !tj.upper && !clDeterminers[tj.low] && !x.lex.is(tj.low, wTitle|wGroup|wOrg|wDoc|wMale|wFemale) && !gendered(tj.low) && tj.low != "of" &&
			tj.low != "for" && !x.lex.is(tj.low, wPronPerson|wPronOrg|wPronPlural) && !p.possessive(j) && !tj.clitic {
			if k := describedName(p, s, j); described && k > j {
				j = k
				continue
			}
			break
		}
		j++
	}
	if j > s.b {
		j = s.b
	}
	for j > a && t[j-1].kind == clWord && (t[j-1].low == "of" || t[j-1].low == "for") {
		j--
	}
	if j <= a || !x.speakerLike(p, a, j) {
		return -1, -1
	}
	// "Nearly 30% more firms filed reports": an adverb capitalised to open
	// the sentence before a number names no one.
	adverbs := true
	for k := a; k < j && adverbs; k++ {
		adverbs = strings.HasPrefix(p.src.Tokens[t[k].tok].Tag, "RB")
	}
	if adverbs {
		return -1, -1
	}
	return a, j
}

// describedName returns the token of a capitalised name that one to three
// lower-case nouns or adjectives from j lead to ("advertising giant
// Zentro"), or j.
func describedName(p *clPara, s clSpan, j int) int {
	t := p.toks
	k := j
	for k < s.b && k < j+3 && t[k].kind == clWord && !t[k].upper && t[k].quote < 0 {
		switch p.src.Tokens[t[k].tok].Tag {
		case "NN", "NNS", "JJ":
			k++
			continue
		}
		return j
	}
	if k > j && k < s.b && t[k].kind == clWord && t[k].upper && t[k].quote < 0 {
		return k
	}
	return j
}

// speakerLike tells whether tokens [a, b) can name a speaker: a name, a
// pronoun, or a noun phrase with a determiner or a known head.
func (x *clExtractor) speakerLike(p *clPara, a, b int) bool {
	t := p.toks
	if a >= b || b > len(t) {
		return false
	}
	for k := a; k < b; k++ {
		if t[k].kind == clWord && t[k].upper && !(k == a && clDeterminers[t[k].low]) {
			return true
		}
	}
	first, last := t[a], t[b-1]
	if b-a == 1 && first.kind == clWord && (x.lex.is(first.low, wPronPerson|wPronOrg|wPronPlural) || clQuantifiers[first.low]) {
		return true
	}
	// "42% say", "63 percent of voters said", "1,409 teachers said"
	if first.kind == clWord && clIsDigit(p.text[first.s]) && (b-a >= 2 || b < len(t) && t[b].kind == clOther) {
		return true
	}
	if last.kind == clWord && x.lex.is(last.low, wTitle|wGroup|wOrg|wDoc) {
		return true
	}
	return first.kind == clWord && clDeterminers[first.low] && b-a >= 2 && b-a <= 6
}

// clQuantifiers stand alone for a group of speakers ("most said", "several
// told reporters").
var clQuantifiers = map[string]bool{"most": true, "many": true, "several": true, "some": true, "others": true,
	"both": true, "all": true, "few": true}

// docPhrase tells whether [a, b) names a document: "the statement", "a 2024
// report by X", "the survey".
func (x *clExtractor) docPhrase(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if p.toks[k].kind == clWord && (!p.toks[k].upper || k == a) && x.lex.is(p.toks[k].low, wDoc) {
			return true
		}
	}
	return false
}

// j2Comma tells whether token j is a comma.
func j2Comma(t []clTok, j, end int) bool { return j < end && t[j].kind == clComma }

// parenthetical tells whether the cue ending at ce is followed by a comma and
// more content: "But, Carson added, he did not ...".
func (x *clExtractor) parenthetical(p *clPara, s clSpan, ce int) bool {
	t := p.toks
	j := ce
	for j < s.b && j < ce+4 && t[j].kind == clWord {
		j++
	}
	return j < s.b && t[j].kind == clComma && clWords(p, j, s.b) >= 3
}

// quotedAs returns the phrase quoted in "X quoted Y as saying C" (Y, the
// tokens between a form of "quote" and the "as" before the participle at
// c), else -1, -1.
func quotedAs(p *clPara, s clSpan, c int) (int, int) {
	t := p.toks
	if c-1 <= s.a || t[c-1].kind != clWord || t[c-1].low != "as" {
		return -1, -1
	}
	for j := c - 2; j >= s.a && j >= c-12; j-- {
		if t[j].kind != clWord || t[j].quote >= 0 {
			if t[j].kind == clComma || t[j].kind == clLParen || t[j].kind == clRParen {
				continue
			}
			return -1, -1
		}
		switch t[j].low {
		case "quoted", "quotes", "quoting", "quote":
			if j+1 < c-1 {
				return j + 1, c - 1
			}
			return -1, -1
		}
	}
	return -1, -1
}

// roleSegment tells whether tokens [a, b) are a role and what it serves, with
// no person named in them: "MP for Ashby in Norfolk", "Head of Research at
// Acme" (not "Secretary of State Tom Reed", who is named).
func (x *clExtractor) roleSegment(p *clPara, a, b int) bool {
	t := p.toks
	if b-a < 3 || t[a].kind != clWord || !x.lex.is(t[a].low, wTitle) {
		return false
	}
	if w := t[a+1]; w.kind != clWord || w.upper || (w.low != "for" && w.low != "of" && w.low != "at") {
		return false
	}
	return !x.res.personIn(p.n, t[a].s, t[b-1].e)
}
