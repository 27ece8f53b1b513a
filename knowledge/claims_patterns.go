package knowledge

// The constructions a cue heads. Each returns the speaker phrase (token
// range), the content (byte span) and whether the construction matched.

// clDeterminers open a noun phrase that can be a speaker ("the army", "a source").
var clDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "this": true, "these": true, "those": true, "one": true, "two": true, "three": true,
	"many": true, "some": true, "several": true, "most": true, "other": true, "another": true, "both": true,
	"our": true, "each": true, "few": true, "all": true, "no": true, "any": true, "more": true}

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
func (x *clExtractor) finite(p *clPara, s clSpan, c, ce int, cue clCue) (clFound, bool) {
	t := p.toks
	f := clFound{cue: p.text[t[c].s:t[ce-1].e], stance: cue.stance}
	subjOK := func() (int, int, bool) {
		a, b := x.subjectBefore(p, s, c)
		if a < 0 {
			return a, b, false
		}
		if cue.frame == frameDoc && !x.docPhrase(p, a, b) {
			return a, b, false
		}
		return a, b, true
	}
	// X said that C / X said: “C” / X told Y that C.
	if k, ok := x.complement(p, s, ce, cue, false); ok {
		if a, b, ok := subjOK(); ok {
			f.spS, f.spE = a, b
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
			return f, true
		}
		if a, ok := x.relativeSpeaker(p, s, c); ok {
			f.spS, f.spE = a.a, a.b
			f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
			return f, true
		}
	}
	// “C,” X said. / C, X said. / “C,” said X.
	if k, spA, spB, ok := x.trailing(p, s, c, ce, cue); ok {
		if cue.frame == frameDoc && !x.docPhrase(p, spA, spB) {
			return f, false
		}
		f.spS, f.spE = spA, spB
		f.cS, f.cE, f.quoted = x.contentBefore(p, s, k)
		return f, true
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
	f := clFound{cue: p.text[t[c].s:t[ce-1].e], stance: cue.stance}
	k, ok := x.complement(p, s, ce, cue, true)
	if !ok {
		return f, false
	}
	// "is saying that": a finite verb after all.
	if c > s.a && t[c-1].kind == clWord && (t[c-1].low == "is" || t[c-1].low == "was" || t[c-1].low == "are" ||
		t[c-1].low == "were" || t[c-1].low == "been" || t[c-1].low == "be") {
		return x.finite(p, s, c, ce, cue)
	}
	// with X claiming C
	for j := c - 1; j >= s.a && j >= c-10; j-- {
		if t[j].kind != clWord || t[j].quote >= 0 {
			break
		}
		if t[j].low == "with" {
			if j+1 < c && x.speakerLike(p, j+1, c) {
				f.spS, f.spE = j+1, c
				f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
				return f, true
			}
			break
		}
	}
	prev := c - 1
	if prev >= s.a && t[prev].kind == clClose && prev > s.a && t[prev-1].kind == clComma {
		prev--
	}
	if prev < s.a || t[prev].kind != clComma && t[prev].kind != clDash {
		return f, false
	}
	switch {
	case mainSp[0] >= 0:
		f.spS, f.spE = mainSp[0], mainSp[1]
		// X denied the charge, countering that C: the main verb is the cue.
		if mainCue.lemma != "" && !mainCue.ing && (mainCue.stance == "deny" || mainCue.stance == "accuse") {
			f.cue, f.stance = p.text[t[x.findCue(p, s, mainCue)].s:t[x.findCue(p, s, mainCue)].e], mainCue.stance
		}
	default:
		a, b := x.sentenceSubject(p, s)
		if a < 0 {
			return f, false
		}
		f.spS, f.spE = a, b
	}
	f.cS, f.cE, f.quoted = x.contentFrom(p, s, k)
	return f, true
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
	f := clFound{cue: p.text[t[c].s:t[ce-1].e], stance: cue.stance}
	spA, spB := x.phraseAfter(p, s, ce)
	if spA < 0 {
		return f, false
	}
	f.spS, f.spE = spA, spB
	lead := s.a
	for lead < c && t[lead].kind == clWord && (t[lead].low == "but" || t[lead].low == "and" || t[lead].low == "yet") {
		lead++
	}
	if lead == c || (lead < c && x.lex.words[t[lead].low] == 0 && clWords(p, lead, c) == 0) {
		// According to X, C.
		k := spB
		for k < s.b && t[k].kind != clComma {
			k++
		}
		if k >= s.b-1 {
			return f, false
		}
		f.cS, f.cE, f.quoted = x.contentFrom(p, s, k+1)
		return f, true
	}
	if clWords(p, lead, c) < 3 {
		return f, false
	}
	f.cS, f.cE, f.quoted = x.contentBefore(p, s, c)
	// C, according to X, C continued: the whole sentence.
	if spB < s.b && t[spB].kind == clComma && clWords(p, spB, s.b) >= 3 {
		_, f.cE, _ = x.contentFrom(p, s, spB+1)
	}
	return f, true
}

// complement finds where the content starts after a cue ending at ce. With
// bare, a complement without "that" counts too.
func (x *clExtractor) complement(p *clPara, s clSpan, ce int, cue clCue, bare bool) (int, bool) {
	t := p.toks
	if ce >= s.b {
		return 0, false
	}
	k := ce
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
		return x.explicit(p, s, k)
	case frameAccuse:
		if t[k].kind == clWord && t[k].low == "that" {
			return k + 1, k+1 < s.b
		}
		// the object, then "of" or "for"
		for j := k; j < s.b && j < k+10; j++ {
			if t[j].kind != clWord || t[j].quote >= 0 {
				break
			}
			if t[j].low == "of" || t[j].low == "for" {
				if j > k {
					return k, true
				}
				break
			}
		}
		return 0, false
	case frameTell:
		// the listener: "told reporters", "told Al Jazeera", "warned the
		// government"; then that, a colon or a quote.
		j := k
		for j < s.b && j < k+8 && t[j].kind == clWord && t[j].low != "that" {
			j++
		}
		if j < s.b {
			if t[j].kind == clWord && t[j].low == "that" {
				return j + 1, j+1 < s.b
			}
			if r, ok := x.explicit(p, s, j); ok {
				return r, true
			}
		}
		if bare && j == k+1 && t[k].kind == clWord {
			w := t[k].low
			if w == "me" || w == "him" || w == "her" || w == "us" || w == "them" || w == "reporters" || w == "journalists" {
				if clWords(p, k+1, s.b) >= 4 && t[k+1].kind == clWord && !x.lex.is(t[k+1].low, wStop) {
					return k + 1, true
				}
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
	// said on Monday that C / said in a statement: “C”
	if t[k].kind == clWord && clPreps[t[k].low] {
		for j := k; j < s.b && j < k+10; j++ {
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
				if bare && cue.frame == frameSay && clWords(p, j+1, s.b) >= 5 && t[j+1].kind == clWord &&
					!x.lex.is(t[j+1].low, wStop) {
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
	default:
		return 0, false
	}
	if t[k].kind != clWord || x.lex.is(t[k].low, wStop) || clNotContent[t[k].low] {
		return 0, false
	}
	if clWords(p, k, s.b) < 4 {
		return 0, false
	}
	return k, true
}

// clNotContent are words after "said" that do not open a statement.
var clNotContent = map[string]bool{"so": true, "nothing": true, "yes": true, "no": true, "goodbye": true,
	"hello": true, "much": true, "little": true, "otherwise": true, "something": true, "anything": true,
	"more": true, "less": true, "enough": true, "thanks": true, "sorry": true, "hi": true}

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
	for j := k + 1; j < s.b; j++ {
		if t[j].quote >= 0 || t[j].kind != clComma {
			continue
		}
		if j+1 >= s.b {
			break
		}
		if cue, ce, ok := x.cueAt(p, j+1); ok && (cue.ing || cue.frame == framePrep || x.trailingTail(p, s, ce)) {
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

// shortCueTail tells whether tokens from i are a short speaker phrase and a
// cue that end the sentence: "he said", "the army added in a statement".
func (x *clExtractor) shortCueTail(p *clPara, s clSpan, i int) bool {
	t := p.toks
	for j := i; j < s.b && j < i+6; j++ {
		if t[j].kind != clWord {
			return false
		}
		if cue, ce, ok := x.cueAt(p, j); ok && j > i && !cue.ing && cue.frame != framePrep {
			return x.trailingTail(p, s, ce)
		}
	}
	return false
}

// trailingTail tells whether what follows a trailing cue ending at ce is
// short circumstance, not a complement: "in a post on X.", "told Al Jazeera."
func (x *clExtractor) trailingTail(p *clPara, s clSpan, ce int) bool {
	t := p.toks
	for j := ce; j < s.b; j++ {
		switch t[j].kind {
		case clStop, clComma, clSemi, clDash:
			return true
		case clOpen, clColon:
			return false
		case clWord:
			if t[j].low == "that" {
				return false
			}
		}
		if j-ce > 12 {
			return false
		}
	}
	return true
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
		if q.close == e || q.close == e+1 || q.close < 0 {
			quoted = true
		}
	}
	return st, en, quoted
}

// trailing recognises a cue that follows its content: "“C,” X said",
// "C, X told Y", "“C,” said X". It returns the token where the content ends
// and the speaker phrase.
func (x *clExtractor) trailing(p *clPara, s clSpan, c, ce int, cue clCue) (int, int, int, bool) {
	t := p.toks
	if cue.frame == frameVow && !x.trailingTail(p, s, ce) {
		return 0, 0, 0, false
	}
	if !x.trailingTail(p, s, ce) {
		return 0, 0, 0, false
	}
	// Back from the cue over skip words and the speaker phrase to a comma or
	// a closing quote.
	j := c - 1
	for j >= s.a && t[j].kind == clWord && x.lex.is(t[j].low, wSkip) {
		j--
	}
	spEnd := j + 1
	for j >= s.a && c-j <= 14 {
		tj := t[j]
		if tj.kind == clComma || tj.kind == clClose || tj.kind == clColon || tj.kind == clDash {
			break
		}
		if tj.kind == clRParen {
			for j > s.a && t[j].kind != clLParen {
				j--
			}
			j--
			continue
		}
		if tj.kind != clWord || tj.quote >= 0 {
			return 0, 0, 0, false
		}
		if x.lex.is(tj.low, wStop) && !tj.upper && tj.low != "of" {
			return 0, 0, 0, false
		}
		j--
	}
	if j < s.a || c-j > 14 {
		return 0, 0, 0, false
	}
	k := j // the comma or closing quote that ends the content
	if t[k].kind == clClose {
		k++ // keep the closing mark in the content
	}
	if clWords(p, s.a, j) < 2 {
		return 0, 0, 0, false
	}
	spA := j + 1
	if spA >= spEnd {
		// “C,” said X.
		a, b := x.phraseAfter(p, s, ce)
		if a < 0 {
			return 0, 0, 0, false
		}
		return k, a, b, true
	}
	if !x.speakerLike(p, spA, spEnd) {
		return 0, 0, 0, false
	}
	return k, spA, spEnd, true
}

// subjectBefore returns the speaker phrase that ends at the cue c: the noun
// phrase before it, past adverbs and auxiliaries, back to a clause boundary.
func (x *clExtractor) subjectBefore(p *clPara, s clSpan, c int) (int, int) {
	t := p.toks
	j := c - 1
	for j >= s.a && t[j].kind == clWord && !t[j].upper && (x.lex.is(t[j].low, wSkip) || clAdverb(t[j].low)) {
		j--
	}
	end := j + 1
	for j >= s.a && end-j <= 12 {
		tj := t[j]
		if tj.kind == clRParen {
			for j > s.a && t[j].kind != clLParen {
				j--
			}
			j--
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
			break
		}
		j--
	}
	a := j + 1
	for a < end && t[a].kind == clWord && (t[a].low == "but" || t[a].low == "and" || t[a].low == "so") {
		a++
	}
	if a >= end || !x.speakerLike(p, a, end) {
		return -1, -1
	}
	return a, end
}

// relativeSpeaker reads "X, who said that C": the speaker is the phrase before
// "who".
func (x *clExtractor) relativeSpeaker(p *clPara, s clSpan, c int) (clSpan, bool) {
	t := p.toks
	j := c - 1
	for j >= s.a && t[j].kind == clWord && (x.lex.is(t[j].low, wSkip) || clAdverb(t[j].low)) {
		j--
	}
	if j < s.a+1 || t[j].low != "who" || t[j-1].kind != clComma {
		return clSpan{}, false
	}
	a, b := x.subjectBefore(p, s, j-1)
	if a < 0 {
		return clSpan{}, false
	}
	return clSpan{a, b}, true
}

// clAdverb tells a lower-case -ly word.
func clAdverb(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ly" }

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
		if !tj.upper && x.lex.is(tj.low, wStop) && tj.low != "of" {
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
	return k, j
}

// sentenceSubject returns the noun phrase that opens the sentence, past a
// leading conjunction or an introductory phrase ended by a comma.
func (x *clExtractor) sentenceSubject(p *clPara, s clSpan) (int, int) {
	t := p.toks
	a := s.a
	for a < s.b && t[a].kind == clWord && (t[a].low == "but" || t[a].low == "and" || t[a].low == "yet" || t[a].low == "so") {
		a++
	}
	if a >= s.b || t[a].kind != clWord || t[a].quote >= 0 {
		return -1, -1
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
		if !tj.upper && !clDeterminers[tj.low] && !x.lex.is(tj.low, wTitle|wGroup|wOrg|wDoc) && tj.low != "of" &&
			tj.low != "for" && !x.lex.is(tj.low, wPronPerson|wPronOrg|wPronPlural) {
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
	return a, j
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
	if b-a == 1 && first.kind == clWord && x.lex.is(first.low, wPronPerson|wPronOrg|wPronPlural) {
		return true
	}
	if last.kind == clWord && x.lex.is(last.low, wTitle|wGroup|wOrg|wDoc) {
		return true
	}
	return first.kind == clWord && clDeterminers[first.low] && b-a >= 2 && b-a <= 6
}

// docPhrase tells whether [a, b) names a document: "the statement", "a 2024
// report by X", "the survey".
func (x *clExtractor) docPhrase(p *clPara, a, b int) bool {
	for k := a; k < b; k++ {
		if p.toks[k].kind == clWord && !p.toks[k].upper && x.lex.is(p.toks[k].low, wDoc) {
			return true
		}
	}
	return false
}
