package claims

import (
	"github.com/briefbot/briefbot/knowledge/text"
	"sort"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/knowledge/article"
	"github.com/briefbot/briefbot/knowledge/entities"
)

// Extract finds attributed claims in the body paragraphs of an article
// and resolves their speakers to entities.
//
// The extractor reads each paragraph once as tokens, splits it into sentences
// that never cut a quote, and looks for cues from lexicon/cues.txt outside
// quotes. Each cue is tried in the constructions its frame allows: a leading
// attribution (X said that C, X said: “C”), a trailing one (“C,” X said; C,
// said X), a participle clause (…, adding that C; with X claiming C), an
// accusation (X accused Y of C), a vow (X vowed to C), a document speaking (a
// report by X found C) and "according to X". Quotes that follow an attributed
// quote, in the same paragraph or in paragraphs that continue it, go to the
// same speaker. Speakers are resolved by clResolver.
func Extract(doc *text.Doc, ents []entities.Entity) []Claim {
	if doc == nil {
		return nil
	}
	x := &clExtractor{lex: claimLexicon(), res: newClResolver(doc, ents)}
	x.res.claims = &x.claims
	for i := range doc.Paragraphs {
		par := &doc.Paragraphs[i]
		if article.Kind(par.Kind) != article.KindBody {
			x.colonLead, x.release = nil, nil
			if article.Kind(par.Kind) == article.KindTitle {
				x.headline(par)
			}
			continue
		}
		x.paragraph(par)
	}
	x.flushPending(nil)
	// A question asserts nothing: "Will I still want to race?" she asked
	// is shown as asked, not as something she asserts.
	asked := x.claims[:0]
	for _, c := range x.claims {
		p := doc.Para(c.Paragraph)
		switch {
		case !c.Quoted && p != nil && narratorQuestion(p, c.Start):
			// "At what point will the ministers admit that C?": the
			// writer asks; no one asserts C. What someone asked stays
			// as asked.
			if !askCue(c.Cue) {
				continue
			}
			c.Stance = "ask"
		case asksOnly(c.Content) || p != nil && c.End < len(p.Text) && p.Text[c.End] == '?' && asksOnly(c.Content+"?"):
			// "Who will pay?" ends the content, or just after it when the
			// question mark was left out.
			c.Stance = "ask"
		}
		asked = append(asked, c)
	}
	x.claims = asked
	for i := range x.claims {
		trimAttribution(doc, &x.claims[i])
	}
	claims := tidySpeakers(doc, x.claims)
	sort.SliceStable(claims, func(i, j int) bool {
		if claims[i].Paragraph != claims[j].Paragraph {
			return claims[i].Paragraph < claims[j].Paragraph
		}
		return claims[i].Start < claims[j].Start
	})
	for i := range claims {
		claims[i].ID = "c" + strconv.Itoa(i+1)
	}
	return claims
}

// clExtractor holds the state of one article's extraction.
type clExtractor struct {
	lex    *clLexicon
	res    *clResolver
	claims []Claim
	// lastQuoted is the index of the last quoted claim of the previous body
	// paragraph, or -1; prevOpen tells that paragraph ended inside a quote.
	lastQuoted int
	prevOpen   bool
	prevHad    bool
	// pending are quotes that wait for the next paragraph to name their speaker.
	pending []Claim
	// colonLead is the speaker and cue of a paragraph that ended "X said:".
	colonLead *Claim
	// cued are the view tokens of the current paragraph that are the cue of
	// a claim found.
	cued map[int]bool
	// release is the speaker of a statement printed without quote marks
	// after "X said:", which goes on paragraph by paragraph until another
	// attribution.
	release *Claim
	// void are the contents [start, end) of paragraph para read for a
	// speaker that names no one (a poll's share, "42% said"): no claim,
	// and no other claim read inside them.
	void []struct{ para, start, end int }
	// objFrame tells that the cue being read takes an object and what
	// follows it ("urged X to C", "called X “Z”"), no clause: its content
	// ends before another speaker's statement though it has no verb of
	// its own.
	objFrame bool
}

// clFound is a claim found in a sentence before it becomes a Claim.
type clFound struct {
	spS, spE int // speaker phrase tokens [spS, spE), or spS < 0 for an inherited speaker
	cS, cE   int // content byte span
	cue      string
	cueTok   int // the cue's first token, or -1 when the claim has no cue word
	lemma    string
	frame    string
	stance   string
	quoted   bool
	inherit  *Claim // the claim whose speaker this one takes
	// relPron is 1 + the view token of the relative pronoun that stands
	// for the speaker ("the senator, who said ..."), the speaker's mention;
	// 0 when there is none.
	relPron int
}

func (x *clExtractor) paragraph(par *text.Paragraph) {
	p := readPara(par)
	n := p.n
	x.res.seeParagraph(p)
	clear(x.cued)
	first := len(x.claims)
	// "He said:" at the end of the last paragraph: this quote is what he
	// said; a paragraph without quote marks is his statement, and so are
	// the next ones until another attribution.
	// A statement goes on into a paragraph that speaks in the first person.
	release := x.release
	x.release = nil
	if release != nil && !firstPerson(p) {
		release = nil
	}
	if lead := x.colonLead; lead != nil {
		x.colonLead = nil
		switch {
		case len(p.toks) > 0 && p.toks[0].kind == clOpen:
			end := p.quotes[p.toks[0].quote].end
			if c, ok := x.quoteClaim(p, clSpan{0, end}); ok {
				x.inheritSpeaker(&c, lead)
				x.claims = append(x.claims, c)
			}
		case len(p.quotes) == 0:
			release = lead
		}
	}
	sents := p.sentences(x.lex.isCueWord)
	var uncovered []clSpan
	for _, s := range sents {
		x.res.noteSubject(p, s, x.lex)
		x.res.noteOwners(p, s, x.lex)
		before := len(x.claims)
		x.sentence(p, s)
		x.frames(p, s)
		if len(x.claims) == before {
			if q, ok := x.wholeQuote(p, s); ok {
				uncovered = append(uncovered, q)
			}
		} else {
			// Quotes left in a sentence that has a claim: "“A,” he said, “B.”"
			x.leftoverQuotes(p, s, before)
		}
	}
	x.dashQuotes(p)
	x.labelQuotes(p)
	x.transcriptLine(p)
	// Quotes standing alone take the speaker of the nearest quoted claim of
	// the paragraph, or of the quote the previous paragraph left open.
	opensWithQuote := len(p.toks) > 0 && p.toks[0].kind == clOpen
	var nowPending []Claim
	for _, q := range uncovered {
		// The nearest quoted claim of the paragraph before the quote, else
		// the first one after it.
		at := p.toks[q.a].s
		src := -1
		for i := first; i < len(x.claims); i++ {
			if c := &x.claims[i]; c.Quoted && c.Paragraph == n && c.Start < at && (src < 0 || c.Start > x.claims[src].Start) {
				src = i
			}
		}
		if src < 0 {
			for i := first; i < len(x.claims); i++ {
				if c := &x.claims[i]; c.Quoted && c.Paragraph == n && (src < 0 || c.Start < x.claims[src].Start) {
					src = i
				}
			}
			// "“A.” Kim said the plan would “fail”": a speaker named after
			// the quote's sentence, whose cue has content of its own, is not
			// the quote's; only a quote that follows it at once ("“A. “B,”
			// Kim said") hands it back.
			if src >= 0 && !quoteRunsOn(p, q, &x.claims[src]) {
				src = -1
			}
		}
		// "It is not serious, Berg said. “It is a wish list.”": a quote
		// after a reported claim of the paragraph is the same speaker's.
		if src < 0 {
			for i := first; i < len(x.claims); i++ {
				if c := &x.claims[i]; c.Paragraph == n && c.End <= at && c.Stance != "report" && (src < 0 || c.End > x.claims[src].End) {
					src = i
				}
			}
		}
		if src < 0 && opensWithQuote && q.a == 0 && x.lastQuoted >= 0 && (x.prevOpen || x.prevHad) {
			src = x.lastQuoted
		}
		// "“C1,” she says. … Then, says Mr Kotamaraja, the world found
		// out. “C2”": someone else has come forward since, and the quote
		// is not shown as the earlier speaker's.
		if src >= 0 && x.res.otherActorSince(&x.claims[src], n, at) {
			src = -1
			// (the speaker of a later claim of the paragraph, with no one
			// else in between, may still go on: "Edu added that C. “C2”")
			last := -1
			for i := first; i < len(x.claims); i++ {
				if c := &x.claims[i]; c.Paragraph == n && c.End <= at && c.Stance != "report" && (last < 0 || c.End > x.claims[last].End) {
					last = i
				}
			}
			if last >= 0 && !x.res.otherActorSince(&x.claims[last], n, at) {
				src = last
			}
		}
		// "Reed said C. A statement issued on Monday read: “Q1.” “Q2.”":
		// a quote after a document read out since the claim is the
		// document's words, never the earlier speaker's.
		if src >= 0 {
			from := 0
			if x.claims[src].Paragraph == n {
				from = x.claims[src].End
			}
			if x.documentReadBetween(p, from, at) {
				src = -1
			}
		}
		c, ok := x.quoteClaim(p, q)
		if !ok || x.overlapping(c.Paragraph, c.Start, c.End) {
			continue
		}
		if src >= 0 {
			x.inheritSpeaker(&c, &x.claims[src])
			x.claims = append(x.claims, c)
			continue
		}
		nowPending = append(nowPending, c)
	}
	// A paragraph that opens with a quote continues or names the speaker of the
	// quotes the previous paragraph left waiting.
	if len(x.pending) > 0 {
		var head *Claim
		if opensWithQuote {
			for i := first; i < len(x.claims); i++ {
				if x.claims[i].Quoted && x.claims[i].Paragraph == n {
					head = &x.claims[i]
					break
				}
			}
		}
		x.flushPending(head)
	}
	ends := len(p.quotes) > 0 && p.quotes[len(p.quotes)-1].end == len(p.toks) && p.quotes[len(p.quotes)-1].close < 0
	if ends {
		x.pending = nowPending
	}
	x.lastQuoted = -1
	for i := len(x.claims) - 1; i >= first; i-- {
		if x.claims[i].Quoted {
			x.lastQuoted = i
			break
		}
	}
	x.prevOpen = ends
	x.prevHad = x.lastQuoted >= 0 && len(x.claims) > first
	if len(sents) > 0 {
		x.colonLead = x.leadIn(p, sents[len(sents)-1])
	}
	if release != nil && x.colonLead == nil && len(x.claims) == first && len(p.quotes) == 0 && clWords(p, 0, len(p.toks)) >= 4 {
		st, en := clTrim(p.text, 0, len(p.text))
		c := Claim{Content: p.text[st:en], Paragraph: n, Start: st, End: en}
		x.inheritSpeaker(&c, release)
		x.claims = append(x.claims, c)
		x.release = release
	}
}

// leadIn reads a paragraph that ends in a cue and a colon ("He said:",
// "The New York Times reports:") and returns a claim without content that
// carries the speaker and the cue, or nil.
func (x *clExtractor) leadIn(p *clPara, s clSpan) *Claim {
	t := p.toks
	n := len(t)
	if n < 3 || t[n-1].kind != clColon {
		return nil
	}
	for c := s.a; c < n-1; c++ {
		cue, ce, ok := x.cueAt(p, c)
		if !ok {
			continue
		}
		a, b := -1, -1
		switch {
		case ce == n-1 || x.circumstance(p, ce, n-1):
			a, b = x.subjectBefore(p, s, c)
		case c == s.a:
			a, b = x.phraseAfter(p, s, ce) // Said Ellis:
			if b != n-1 {
				a = -1
			}
		}
		if a < 0 {
			continue
		}
		sp := x.res.resolve(p, a, b, x.lex)
		if sp.name == "" {
			return nil
		}
		m := sp.mention
		return &Claim{Speaker: sp.name, SpeakerID: sp.id, SpeakerMention: &m,
			Cue: p.text[t[c].s:t[ce-1].e], Stance: cue.stance}
	}
	return nil
}

// firstPerson tells whether a paragraph speaks in the first person
// outside quotation marks: "we", "our", "I".
func firstPerson(p *clPara) bool {
	for _, t := range p.toks {
		if t.kind == clWord && t.quote < 0 {
			switch t.low {
			case "we", "our", "us", "ours", "i", "my", "me":
				return true
			}
		}
	}
	return false
}

// circumstance tells whether tokens [a, b) are a short phrase of place,
// time or manner after a cue: "in a statement", "on Monday", "in an email to
// staff".
func (x *clExtractor) circumstance(p *clPara, a, b int) bool {
	if a >= b || b-a > 8 || p.toks[a].kind != clWord || !clPreps[p.toks[a].low] {
		return false
	}
	for k := a; k < b; k++ {
		if p.toks[k].kind != clWord && p.toks[k].kind != clComma || p.toks[k].quote >= 0 {
			return false
		}
	}
	return true
}

// dashQuotes reads quotes signed with a dash: "“C” ― Jane Doe".
func (x *clExtractor) dashQuotes(p *clPara) {
	t := p.toks
	for _, q := range p.quotes {
		if q.close < 0 || q.close+2 >= len(t) || t[q.close+1].kind != clDash {
			continue
		}
		a := q.close + 2
		b := a
		for b < len(t) && b < a+6 && t[b].kind == clWord && (t[b].upper || clParticles[t[b].low]) {
			b++
		}
		if b == a || !t[a].upper {
			continue
		}
		if b < len(t) && t[b].kind != clStop && t[b].kind != clOpen && t[b].kind != clDash {
			continue
		}
		if b < len(t) && t[b].kind == clStop && b+1 < len(t) && t[b+1].kind != clOpen {
			continue
		}
		if clWords(p, q.open, q.close) < 2 {
			continue
		}
		x.emit(p, clFound{spS: a, spE: b, cS: q.s, cE: q.e, cue: p.text[t[q.close+1].s:t[q.close+1].e], cueTok: -1,
			stance: "assert", quoted: true})
	}
}

// headline reads the attribution of a headline, written in title case
// where the patterns read no cue: "Pat Caddell: Voters Worried About ...",
// "Flynn Says Trump 'Absolutely Right'": a name of up to six words, then a
// colon or a cue that takes a clause, then the content.
func (x *clExtractor) headline(par *text.Paragraph) {
	p := readPara(par)
	t := p.toks
	if x.headlineTail(p) {
		return
	}
	from := 0
	// "Railing Against Trump, Sanders Vows To ...", "After the Vote, Mayor
	// Says ...": a phrase opened by a participle or a preposition and set
	// off by a comma introduces the headline.
	if len(t) > 0 && t[0].kind == clWord && (p.src.Tokens[t[0].tok].Tag == "VBG" || p.src.Tokens[t[0].tok].POS == text.ADP) {
		for k := 1; k < len(t)-3 && k <= 7; k++ {
			if t[k].kind == clComma {
				from = k + 1
				break
			}
			if t[k].kind != clWord {
				break
			}
		}
	}
	for k := from + 1; k < len(t)-2 && k <= from+6; k++ {
		if t[k-1].kind != clWord || !t[k-1].upper && !clParticles[t[k-1].low] && !t[k-1].clitic {
			return
		}
		st, cue := "assert", ""
		switch {
		case t[k].kind == clColon && from == 0 && t[0].low == "the" && k <= 3:
			// "The Latest: Trump urges ...": a rubric, then the headline.
			from = k + 1
			k = from
			continue
		case t[k].kind == clColon && k == from+1 && x.lex.is(t[from].low, wLabel):
			// "Obituary: Dame Alicia Markova": an editor's label, no
			// speaker.
			from = k + 1
			k = from
			continue
		case t[k].kind == clColon:
			cue = ":"
		case t[k].kind == clWord && strings.HasSuffix(t[k].low, "s"):
			// Title case hides the verb from the tagger ("Vows" as a
			// name): its lemma, else the word less its "s".
			for _, lemma := range []string{strings.ToLower(p.src.Tokens[t[k].tok].Lemma), t[k].low[:len(t[k].low)-1]} {
				if s, ok := x.headlineCue(lemma); ok {
					// "Filing Adds Uncertainty": a bare object, no claim.
					if x.lex.is(lemma, wHeadObj) && !(t[k+1].kind == clWord && (t[k+1].low == "to" || t[k+1].low == "that") || t[k+1].kind == clOpen) {
						break
					}
					if x.headlineFrameFails(p, from, k, lemma) {
						break
					}
					st, cue = s, p.text[t[k].s:t[k].e]
					break
				}
			}
		}
		if cue == "" {
			continue
		}
		cueTok := k
		if cue == ":" {
			cueTok = -1
		}
		x.emit(p, clFound{spS: from, spE: k, cS: t[k+1].s, cE: len(p.text), cue: cue, cueTok: cueTok, stance: st})
		return
	}
}

// headlineFrameFails tells whether the cue at k of a headline, of lemma,
// lacks what its frame needs, as the body's reading would: a document's cue
// needs a document for its subject ("Brown Outlines Third Term Vision" is
// no report, "Poll Shows …" is); a rejection heads no claim before a bare
// object ("Blair Rejects Tory Offer"; "Rejects That …" does); a listener
// set off by a comma is all a warning has ("US Warns Iran, Begins
// Escorting Convoy"); and a verb of frames.txt that governs clauses alone
// governs none in a gerund ("Finland Considers Abolishing Price Controls").
func (x *clExtractor) headlineFrameFails(p *clPara, from, k int, lemma string) bool {
	t := p.toks
	next := t[k+1]
	frame := ""
	for _, c := range x.lex.cues[lemma] {
		if c.lemma == lemma && len(c.words) == 1 {
			frame = c.frame
			break
		}
	}
	// "TV Calls After Keeper Error", "Minister Warns Over Cuts": a
	// preposition of time, cause or place right after the cue opens a
	// circumstance, no statement.
	if next.kind == clWord && x.lex.is(next.low, wCircumstance) {
		return true
	}
	switch {
	case frame == frameDoc:
		for j := from; j < k; j++ {
			if t[j].kind == clWord && x.lex.is(t[j].low, wDoc) {
				return false
			}
		}
		return true
	case frame == frameStrict && x.lex.denials[lemma]:
		// (the statements of others a rejection points at stay:
		// "Kuwait Rejects Spy Boat Charges", "Rejects Lions Rumours")
		for j := k + 1; j < len(t); j++ {
			if t[j].kind == clWord && x.lex.is(t[j].low, wReport) {
				return false
			}
		}
		return !(next.kind == clWord && next.low == "that" || next.kind == clColon || next.kind == clOpen)
	case frame == frameTell:
		for j := k + 1; j < len(t) && j <= k+4; j++ {
			if t[j].kind == clComma {
				return j > k+1
			}
			if t[j].kind != clWord || !t[j].upper {
				return false
			}
		}
		return false
	case frame == "":
		_, clause := x.lex.clauseCues[lemma]
		// (only a verb that governs clauses alone: "Lawson Wants
		// Sterling Around 1.60" is a wish for an object)
		only := false
		for _, fr := range frameWords()[lemma] {
			if fr.particle == "" {
				only = len(fr.kinds) == 1 && fr.kinds[0] == "clause"
			}
		}
		return !clause && only && next.kind == clWord && len(next.low) > 4 && strings.HasSuffix(next.low, "ing")
	}
	return false
}

// headlineCue tells whether a verb in a headline ("Minister Vows To ...",
// "New Poll Shows ...", "Senator Calls Plan 'A Disgrace'") attributes the
// rest of the headline to the words before it, and with which stance: a
// cue of lexicon/cues.txt (bar "according to") or a verb of
// lexicon/frames.txt that takes a clause, by its lemma.
func (x *clExtractor) headlineCue(lemma string) (string, bool) {
	if lemma == "" {
		return "", false
	}
	if s, ok := x.lex.clauseCues[lemma]; ok {
		return s, true
	}
	for _, c := range x.lex.cues[lemma] {
		if c.lemma == lemma && c.frame != framePrep && len(c.words) == 1 {
			return c.stance, true
		}
	}
	// A verb of frames.txt that takes a clause: "Poll Shows ...", not
	// "Georgia Plans Asset Pardon"; or a doubter's object: "Senator
	// Questions Need For Inquiry".
	for _, fr := range frameWords()[lemma] {
		if fr.particle == "" && (containsString(fr.kinds, "clause") || x.lex.is(lemma, wDoubt)) {
			return fr.stance, true
		}
	}
	return "", false
}

// headlineTail reads a headline that ends in its attribution: "Plan Will
// Fail, Former Minister Says": a comma, a name of up to six words in title
// case, and "Says" or "Say".
func (x *clExtractor) headlineTail(p *clPara) bool {
	t := p.toks
	n := len(t)
	if n > 0 && t[n-1].kind == clStop {
		n--
	}
	if n < 5 || t[n-1].kind != clWord || t[n-1].low != "says" && t[n-1].low != "say" {
		return false
	}
	a := n - 1
	for a > 0 && n-1-a < 6 && t[a-1].kind == clWord && (t[a-1].upper || clParticles[t[a-1].low]) {
		a--
	}
	if a == n-1 || a < 3 || t[a-1].kind != clComma || !t[a].upper {
		return false
	}
	x.emit(p, clFound{spS: a, spE: n - 1, cS: t[0].s, cE: t[a-2].e, cue: p.text[t[n-1].s:t[n-1].e], cueTok: n - 1, stance: "assert"})
	return true
}

// transcriptLine reads a paragraph of a transcript, headed by its
// speaker's name in capitals and a colon: "WALLACE: Let's start with ...".
func (x *clExtractor) transcriptLine(p *clPara) {
	t := p.toks
	k := 0
	if len(t) > 0 && t[0].kind != clWord && p.src.Tokens[t[0].tok].Shape == text.ShapeQuote {
		k++ // a stray mark before the name
	}
	from := k
	for k < len(t) && k < from+4 && t[k].kind == clWord && clAcronym(p.text[t[k].s:t[k].e]) && len(p.text[t[k].s:t[k].e]) >= 2 &&
		!strings.ContainsAny(p.text[t[k].s:t[k].e], "0123456789") {
		k++
	}
	if k == from || k >= len(t)-3 || t[k].kind != clColon || clWords(p, k+1, len(t)) < 3 {
		return
	}
	if k == from+1 && x.lex.is(t[from].low, wLabel) {
		return // "NOTE: Net excludes …" is an editor's, no speaker's
	}
	x.emit(p, clFound{spS: from, spE: k, cS: t[k+1].s, cE: len(p.text), cue: ":", cueTok: -1, stance: "assert", quoted: true})
}

// labelQuotes reads quotes headed by a name and a colon, with no verb:
// "Pew Research: “C”", "From the report: “C”".
func (x *clExtractor) labelQuotes(p *clPara) {
	t := p.toks
	for _, q := range p.quotes {
		if q.open < 2 || t[q.open-1].kind != clColon || x.overlapping(p.n, q.s, q.e) {
			continue
		}
		b := q.open - 1
		a := b
		for a > 0 && b-a < 6 && t[a-1].kind == clWord && t[a-1].quote < 0 {
			a--
		}
		if a == b || a > 0 && t[a-1].kind != clStop && t[a-1].kind != clDash && t[a-1].kind != clClose {
			continue
		}
		if a < b && t[a].kind == clWord && (t[a].low == "from" || t[a].low == "more") {
			for a < b && t[a].kind == clWord && !clDeterminers[t[a].low] && (a == q.open-1-(b-a) || !t[a].upper) {
				a++
			}
		}
		named, cue := false, false
		for k := a; k < b; k++ {
			if x.isProperAt(p, k, b) || x.lex.is(t[k].low, wDoc) {
				named = true
			}
			if x.lex.isCueWord(t[k].low) {
				cue = true
			}
		}
		if !named || cue || clWords(p, q.open, len(t)) < 3 || b-a == 1 && x.lex.is(t[a].low, wLabel) {
			continue
		}
		x.emit(p, clFound{spS: a, spE: b, cS: q.s, cE: q.e, cue: ":", cueTok: -1, stance: "assert", quoted: true})
	}
}

// quoteRunsOn tells whether the quoted claim c goes on from the quote q
// with nothing of the writer's between: every word from q's end to c's
// content is inside quotation marks, and c's content opens a quotation. A
// claim signed with a dash ("“C” ― Jane Doe") signs the quotes before it,
// even when a stray mark broke them.
func quoteRunsOn(p *clPara, q clSpan, c *Claim) bool {
	if c.Cue == "―" || c.Cue == "—" {
		return true
	}
	k := q.b
	for ; k < len(p.toks) && p.toks[k].s < c.Start; k++ {
		if p.toks[k].kind == clWord && p.toks[k].quote < 0 {
			return false
		}
	}
	return k < len(p.toks) && k > 0 && p.toks[k].quote >= 0 && p.toks[k-1].kind == clOpen
}

// documentReadBetween tells whether a document read out before a colon
// (see documentReadAt) stands between bytes from and at of paragraph p,
// outside quotes: what the colon opens is the document's.
func (x *clExtractor) documentReadBetween(p *clPara, from, at int) bool {
	for j := 1; j < len(p.toks) && p.toks[j].s < at; j++ {
		if p.toks[j].s >= from && documentReadAt(p, x.lex, j, from) {
			return true
		}
	}
	return false
}

// documentReadAt tells whether token j of paragraph p is a colon, outside
// quotes, after a verb of reading out whose document is named just before
// it, not before byte from: "a statement issued on Monday read:", "a
// letter reading:", "a note which reads:".
func documentReadAt(p *clPara, lex *clLexicon, j, from int) bool {
	t := p.toks
	if j < 2 || t[j].kind != clColon || t[j].quote >= 0 || t[j-1].kind != clWord {
		return false
	}
	switch t[j-1].low {
	case "read", "reads", "reading":
	default:
		return false
	}
	for k := j - 2; k >= 0 && k >= j-8 && t[k].s >= from && t[k].kind != clStop && t[k].quote < 0; k-- {
		if t[k].kind == clWord && (lex.is(t[k].low, wDoc) || lex.is(strings.TrimSuffix(t[k].low, "s"), wDoc)) {
			return true
		}
	}
	return false
}

// flushPending gives waiting quotes the speaker of head, or drops them.
func (x *clExtractor) flushPending(head *Claim) {
	if head != nil {
		for _, c := range x.pending {
			x.inheritSpeaker(&c, head)
			x.claims = append(x.claims, c)
		}
	}
	x.pending = nil
}

func (x *clExtractor) inheritSpeaker(c, src *Claim) {
	c.Speaker, c.SpeakerID, c.SpeakerMention = src.Speaker, src.SpeakerID, src.SpeakerMention
	c.Cue, c.Stance = src.Cue, src.Stance
	// "X branded the act 'stupid'. 'There is a reservoir of goodwill …'":
	// the quotation after an accusation or a denial is what X says, not
	// another accusation or denial.
	if src.Stance != "" && src.Stance != "assert" {
		c.Cue, c.Stance = "said", "assert"
	}
}

// wholeQuote tells whether sentence s is a quote and nothing more (bar a
// final stop), long enough to be a statement.
func (x *clExtractor) wholeQuote(p *clPara, s clSpan) (clSpan, bool) {
	t := p.toks
	if s.a >= s.b || t[s.a].kind != clOpen {
		return s, false
	}
	end := p.quotes[t[s.a].quote].end
	for k := end; k < s.b; k++ {
		if t[k].kind != clStop && t[k].kind != clComma {
			return s, false
		}
	}
	if clWords(p, s.a, end) < 3 {
		return s, false
	}
	return clSpan{s.a, end}, true
}

// leftoverQuotes makes claims of quotes in a sentence that has claims but
// that no claim covers, when they stand right after a cue phrase.
func (x *clExtractor) leftoverQuotes(p *clPara, s clSpan, before int) {
	for qi, q := range p.quotes {
		if q.open < s.a || q.open >= s.b {
			continue
		}
		covered := false
		for i := before; i < len(x.claims); i++ {
			c := x.claims[i]
			if c.Paragraph == p.n && c.Start < q.e && q.s < c.End {
				covered = true
				break
			}
		}
		if covered || q.open == 0 || p.toks[q.open-1].kind != clComma {
			continue
		}
		end := q.end
		if clWords(p, q.open, end) < 3 {
			continue
		}
		c, ok := x.quoteClaim(p, clSpan{q.open, end})
		if !ok || x.overlapping(c.Paragraph, c.Start, c.End) {
			continue
		}
		// “A,” he said, “B.”: one statement, interrupted by its
		// attribution; the claim runs from A to B.
		if prev := &x.claims[len(x.claims)-1]; qi > 0 && prev.Quoted && prev.Paragraph == p.n &&
			prev.End <= p.quotes[qi-1].e && p.quotes[qi-1].open >= s.a && p.quotes[qi-1].close >= 0 &&
			prev.Start >= p.quotes[qi-1].s && clWords(p, p.quotes[qi-1].end, q.open) <= 6 {
			prev.End = c.End
			prev.Content = p.text[prev.Start:prev.End]
			continue
		}
		x.inheritSpeaker(&c, &x.claims[len(x.claims)-1])
		x.claims = append(x.claims, c)
	}
}

// quoteClaim makes a claim of a whole quote, its speaker still to be set.
func (x *clExtractor) quoteClaim(p *clPara, s clSpan) (Claim, bool) {
	q := p.quotes[p.toks[s.a].quote]
	// `understand. " The visitors wore ...`: a mark with spaces on both
	// sides that no mark closes ends the quote before it; what follows is
	// the writer's.
	if m := p.toks[q.open]; q.close < 0 && m.s > 0 && m.e < len(p.text) && p.text[m.s-1] == ' ' && p.text[m.e] == ' ' {
		return Claim{}, false
	}
	st, en := clTrim(p.text, q.s, q.e)
	if st >= en {
		return Claim{}, false
	}
	return Claim{Content: p.text[st:en], Quoted: true, Paragraph: p.n, Start: st, End: en}, true
}

// clWords counts the word tokens in [a, b).
func clWords(p *clPara, a, b int) int {
	n := 0
	for k := a; k < b && k < len(p.toks); k++ {
		if p.toks[k].kind == clWord {
			n++
		}
	}
	return n
}

// cueAt returns the cue that starts at token i, and the token after it.
func (x *clExtractor) cueAt(p *clPara, i int) (clCue, int, bool) {
	if i < 0 || i >= len(p.toks) {
		return clCue{}, 0, false
	}
	t := p.toks[i]
	if t.kind != clWord || t.quote >= 0 {
		return clCue{}, 0, false
	}
	// "Star Asked Actors To Act": a capital inside a sentence marks a
	// headline in title case, not a cue.
	if t.upper && i > 0 && p.toks[i-1].kind != clStop && p.toks[i-1].kind != clOpen && p.toks[i-1].kind != clClose {
		return clCue{}, 0, false
	}
	// “C,” State Department spokesman X said: after a quote that a comma
	// closes, a capital opens the speaker's name; a cue there is written
	// in lower case ("“C,” said X").
	if t.upper && i > 1 && p.toks[i-1].kind == clClose && p.toks[i-2].kind == clComma && p.text[t.s:t.e] != strings.ToUpper(p.text[t.s:t.e]) {
		return clCue{}, 0, false
	}
	cands := x.lex.cues[t.low]
	best, bestEnd := clCue{}, 0
	for _, c := range cands {
		end := i + 1
		ok := true
		for _, w := range c.words[1:] {
			if end >= len(p.toks) || p.toks[end].kind != clWord || p.toks[end].low != w {
				ok = false
				break
			}
			end++
		}
		if ok && end > bestEnd {
			best, bestEnd = c, end
		}
	}
	if bestEnd == 0 {
		return clCue{}, 0, false
	}
	if best.base && !x.baseCueOK(p, i) {
		return clCue{}, 0, false
	}
	// "claimed twelve lives", "claimed responsibility": no statement.
	if objectFollows(p, bestEnd, best.objects) {
		return clCue{}, 0, false
	}
	return best, bestEnd, true
}

// objectFollows tells whether one of the objects that make a cue no cue
// ("claimed twelve lives", "claimed her seventh Grand Slam title") comes in
// the six words from view token k, before a punctuation mark, "that" or a
// finite verb ("claimed the referee cost them the title" states something).
func objectFollows(p *clPara, k int, objects map[string]bool) bool {
	for j := k; j < len(p.toks) && j < k+6 && objects != nil; j++ {
		t := p.toks[j]
		if t.kind == clWord && objects[t.low] {
			return true
		}
		// ("posted an 18% jump": the sign of a figure goes on)
		if t.kind == clOther && (t.low == "%" || t.low == "$" || t.low == "£" || t.low == "€") {
			continue
		}
		if t.kind != clWord || t.low == "that" || j > k && finiteTag(p.src.Tokens[t.tok].Tag) {
			return false
		}
	}
	return false
}

// clAux are words after which a cue's bare form is a verb ("will say").
var clAux = map[string]bool{"who": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "did": true, "do": true, "does": true, "not": true, "never": true, "to": true,
	"they": true, "we": true, "i": true, "you": true, "also": true, "often": true, "still": true, "now": true,
	"n't": true}

// baseCueOK tells whether the bare form of a cue at i is a verb: after an
// auxiliary, a plural pronoun or a plural noun.
func (x *clExtractor) baseCueOK(p *clPara, i int) bool {
	if i == 0 {
		return false
	}
	prev := p.toks[i-1]
	// "“Trump is disgusting,” read one.", "“…,” say officials."
	if prev.kind == clClose || prev.kind == clComma && i > 1 && p.toks[i-2].kind == clClose {
		return true
	}
	if prev.kind == clOther && p.text[prev.s] == '%' { // "42% say"
		return true
	}
	if prev.kind != clWord {
		return false
	}
	if clAux[prev.low] || x.lex.is(prev.low, wGroup|wDoc) {
		return true
	}
	// "Obama and Clinton call them": a plural subject of names.
	if prev.upper && i >= 3 && p.toks[i-2].kind == clWord && p.toks[i-2].low == "and" && p.toks[i-3].upper {
		return true
	}
	// "Experts say", "Mr. King and Mr. Schultz say": "say" after a name or noun.
	if p.toks[i].low == "say" && (prev.upper || !x.lex.is(prev.low, wStop|wSkip) && !clDeterminers[prev.low] && !clPreps[prev.low]) {
		return true
	}
	w := prev.low
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !prev.clitic &&
		!strings.HasSuffix(w, "us") && !x.lex.is(w, wStop|wSkip)
}

// sentence finds the claims of one sentence.
func (x *clExtractor) sentence(p *clPara, s clSpan) {
	t := p.toks
	mainSp := [2]int{-1, -1} // the speaker phrase of the sentence's main cue
	mainCue := clCue{}
	covered := func(i int) bool {
		for k := len(x.claims) - 1; k >= 0; k-- {
			c := x.claims[k]
			if c.Paragraph != p.n {
				break
			}
			if t[i].s >= c.Start && t[i].s < c.End {
				return true
			}
		}
		return false
	}
	for i := s.a; i < s.b; i++ {
		cue, ce, ok := x.cueAt(p, i)
		if !ok || covered(i) {
			continue
		}
		var f clFound
		found := false
		switch {
		case cue.frame == framePrep:
			f, found = x.according(p, s, i, ce, cue)
		case cue.ing:
			f, found = x.participle(p, s, i, ce, cue, mainSp, mainCue)
		default:
			f, found = x.finite(p, s, i, ce, cue, mainSp)
			if !found && mainSp[0] < 0 {
				if a, b := x.subjectBefore(p, s, i); a >= 0 {
					mainSp, mainCue = [2]int{a, b}, cue
				}
			}
		}
		if !found {
			continue
		}
		// "The agreement calls for joint management, the paper said": what
		// a document calls for is the reporter's content, and the whole
		// sentence is the reporter's claim.
		if (f.frame == frameDemand || f.frame == frameDoc || f.frame == frameUrge) && !f.quoted && x.reportedSentence(p, s, ce) {
			continue
		}
		if f.spS >= 0 && mainSp[0] < 0 {
			mainSp, mainCue = [2]int{f.spS, f.spE}, cue
		}
		x.emit(p, f)
		i = max(i, ce-1)
	}
}

// reportedSentence tells whether the sentence s ends, after token from, in
// a comma and a short attribution (", the paper said.").
func (x *clExtractor) reportedSentence(p *clPara, s clSpan, from int) bool {
	for j := s.b - 1; j > from; j-- {
		if p.toks[j].kind == clComma {
			return j+1 < s.b && x.shortCueTail(p, s, j+1)
		}
		if p.toks[j].kind != clWord && p.toks[j].kind != clStop {
			return false
		}
	}
	return false
}

// emit resolves the speaker of f and records the claim, unless its content
// overlaps a claim already found in the paragraph.
func (x *clExtractor) emit(p *clPara, f clFound) {
	if !x.structureAgrees(p, &f) {
		return
	}
	// "the study -- which notes that C, ...": a speaker that runs on into
	// what is said is a phrase the parse lost the end of (a speaker set
	// inside the content, "C, he said, C2", is another thing).
	if f.inherit == nil && f.spS >= 0 && f.spS < f.spE && f.spE <= len(p.toks) && p.toks[f.spS].s < f.cS && p.toks[f.spE-1].e > f.cS {
		return
	}
	// ", German car maker Acme": no comma opens a speaker's phrase.
	for f.inherit == nil && f.spS >= 0 && f.spS+1 < f.spE && f.spE <= len(p.toks) && p.toks[f.spS].kind == clComma {
		f.spS++
	}
	st, en := clTrim(p.text, f.cS, f.cE)
	if en-st < 2 {
		return
	}
	if x.overlapping(p.n, st, en) {
		return
	}
	if !f.quoted && f.cS >= 0 && f.cE <= len(p.text) && f.cS < f.cE {
		f.quoted = strings.ContainsAny(p.text[f.cS:f.cE], "“”\"") || strings.Contains(p.text[f.cS:f.cE], "''")
	}
	if !f.quoted && strings.Count(p.text[st:en], " ") < 2 && f.stance != "deny" {
		return // "that spot": too short to be a statement
	}
	// "told the paper Mr Hale would “effectively lead” the campaign": a
	// content that opens on a quoted phrase its clause goes on after, with
	// no subject of its own, lost its subject to the words before it.
	if subjectlessFragment(p, st, en, f.cueTok, strings.ToLower(f.cue)) {
		return
	}
	if f.inherit == nil && inRelativeClause(p, f.spS) {
		return
	}
	// "… Gordon Brown will say as he sets out his goals": a content that
	// is only the writer's "as" clause of when it is said says nothing.
	// ("said: As output fell, stocks are likely to have fallen", "said as
	// prices rose the bank would act" have their main clause after it)
	if i := sort.Search(len(p.src.Tokens), func(i int) bool { return p.src.Tokens[i].End > st }); i+1 < len(p.src.Tokens) &&
		p.src.Tokens[i].Low == "as" && p.src.Tokens[i].POS == text.SCONJ && !f.quoted && !mainClauseAfterAs(p.src, i, st, en) {
		return
	}
	// "32% said C", "Some 82% believe C": a poll's figure, no speaker; what
	// its people said is no one else's claim either ("… said the affair
	// showed C" is no claim of the affair's).
	if f.inherit == nil && f.spS >= 0 && bareShare(p, f.spS, shareEnd(p, f.spE, x.lex), x.lex) {
		x.voidContent(p.n, st, en, f.cueTok)
		return
	}
	// "800m hope McIlroy never got near his best": a measure, a number
	// with its unit, names no one who speaks.
	if f.inherit == nil && f.spS >= 0 && measureOnly(p, f.spS, f.spE) {
		return
	}
	c := Claim{Cue: f.cue, Stance: f.stance, Content: p.text[st:en], Quoted: f.quoted,
		Paragraph: p.n, Start: st, End: en}
	if !c.Quoted {
		c.Quoted = strings.ContainsAny(c.Content, "“”\"")
	}
	if f.inherit != nil {
		c.Speaker, c.SpeakerID, c.SpeakerMention = f.inherit.Speaker, f.inherit.SpeakerID, f.inherit.SpeakerMention
	} else if prev := x.sameMention(p, f.spS, f.spE); prev != nil {
		// "C1, he claimed, saying C2": the same words name the same
		// speaker for both cues, though the names in C1 are not in C2.
		c.Speaker, c.SpeakerID, c.SpeakerMention = prev.Speaker, prev.SpeakerID, prev.SpeakerMention
	} else {
		x.res.content.para, x.res.content.start, x.res.content.end = p.n, st, en
		sp := x.res.resolve(p, f.spS, f.spE, x.lex)
		x.res.content.para = 0
		if sp.name == "" {
			return
		}
		c.Speaker, c.SpeakerID = sp.name, sp.id
		m := sp.mention
		if f.relPron > 0 {
			w := p.toks[f.relPron-1]
			m.Start, m.End, m.Text = w.s, w.e, p.text[w.s:w.e]
		}
		c.SpeakerMention = &m
	}
	x.claims = append(x.claims, c)
	if f.cueTok >= 0 {
		if x.cued == nil {
			x.cued = map[int]bool{}
		}
		x.cued[f.cueTok] = true
	}
}

// voidContent marks the content [st, en) of paragraph n and its cue token
// as read for a claim that names no speaker, so that no other claim is read
// in them.
func (x *clExtractor) voidContent(n, st, en, cueTok int) {
	x.void = append(x.void, struct{ para, start, end int }{n, st, en})
	if cueTok >= 0 {
		if x.cued == nil {
			x.cued = map[int]bool{}
		}
		x.cued[cueTok] = true
	}
}

// clauseAfterComma tells whether a comma after token i of p, before byte
// en, is followed by a finite verb before en: a main clause after a
// clause that leans on it.
// mainClauseAfterAs tells whether the content [st, en) that opens with
// "as" at token i holds a finite clause outside the "as" clause, as the
// parse tells: the verb the "as" clause hangs on ("As output fell, stocks
// are likely to …"), or a clause the parse hangs on the "as" clause's verb
// after it ("as prices rose the bank would act"); a relative clause ("as
// he sets out his goals, which include …") is part of the "as" clause.
// Without a parse, a finite verb after a comma tells.
func mainClauseAfterAs(p *text.Paragraph, i, st, en int) bool {
	as := &p.Tokens[i]
	if as.Rel != text.RelMark || as.Head < 0 || as.Head >= len(p.Tokens) {
		return clauseAfterComma(p, i, en)
	}
	v := as.Head
	in := func(k int) bool {
		return k >= 0 && k < len(p.Tokens) && p.Tokens[k].Start >= st && p.Tokens[k].End <= en
	}
	if h := p.Tokens[v].Head; in(h) && h != v && p.Tokens[v].Rel.Base() == text.RelAdvcl && finiteClause(p, h, i) {
		return true
	}
	for k := v + 1; k < len(p.Tokens) && in(k); k++ {
		if r := p.Tokens[k].Rel; p.Tokens[k].Head == v && (r == text.RelCcomp || r == text.RelParataxis) && finiteClause(p, k, i) {
			return true
		}
	}
	return false
}

// finiteClause tells whether token k heads a finite clause: an auxiliary
// or a copula, one that an auxiliary or a copula hangs on, or a verb in
// the past; a verb in the present ("UK aims") only after a comma that
// follows the "as" at i.
func finiteClause(p *text.Paragraph, k, i int) bool {
	tk := &p.Tokens[k]
	if tk.POS == text.AUX || tk.Tag == "VBD" || tk.Tag == "MD" {
		return true
	}
	for j := range p.Tokens {
		if r := p.Tokens[j].Rel; p.Tokens[j].Head == k && (r.Base() == text.RelAux || r == text.RelCop) {
			return true
		}
	}
	if tk.Tag == "VBZ" || tk.Tag == "VBP" {
		for j := i + 1; j < k; j++ {
			if p.Tokens[j].Text == "," {
				return true
			}
		}
	}
	return false
}

func clauseAfterComma(p *text.Paragraph, i, en int) bool {
	comma := false
	for k := i + 1; k < len(p.Tokens) && p.Tokens[k].End <= en; k++ {
		if p.Tokens[k].Text == "," {
			comma = true
		} else if comma && finiteTag(p.Tokens[k].Tag) {
			return true
		}
	}
	return false
}

// subjectlessFragment tells a content [st, en) that opens with a quoted
// phrase closed before the content ends and that goes on a clause begun
// before it, as the tags tell: after an auxiliary ("Mr Hale would
// “effectively lead” the campaign", "will be “deep cleaned” next week"), a
// preposition ("steer away from “demonising” Mr Hale"), or another word
// than the cue before a quoted verb ("said this “dramatically changes”
// its purpose"). A quoted subject ("said “fair trade” was a scam") or a
// quoted order ("told them to “go and vote”") stays.
func subjectlessFragment(p *clPara, st, en, cueTok int, cue string) bool {
	open := -1
	for k, t := range p.toks {
		if t.s >= st {
			if t.kind == clOpen && t.s == st {
				open = k
			}
			break
		}
	}
	if open < 1 || open+1 >= len(p.toks) || p.toks[open-1].kind != clWord {
		return false
	}
	q := p.quotes[p.toks[open].quote]
	if q.close < 0 || q.close+1 >= len(p.toks) || p.toks[q.close+1].s >= en || p.toks[q.close+1].kind != clWord {
		return false
	}
	before := &p.src.Tokens[p.toks[open-1].tok]
	// (the cue's own last word: "said “…”", "called for “…”")
	ofCue := cueTok >= 0 && (open-1 == cueTok || open-2 == cueTok && strings.HasSuffix(cue, " "+p.toks[open-1].low))
	switch {
	case ofCue || before.Low == "that" || before.Tag == "TO":
		return false
	case before.POS == text.AUX, before.POS == text.ADP && before.Tag == "IN":
		return true
	}
	for k := open + 1; k < q.close; k++ {
		tk := &p.src.Tokens[p.toks[k].tok]
		if tk.POS == text.ADV {
			continue
		}
		return strings.HasPrefix(tk.Tag, "VB")
	}
	return false
}

// inRelativeClause tells a speaker at view token spS that speaks inside a
// relative clause whose pronoun, or whose noun, stands for a part of what
// is said: "Tom Reed, who it says headed the team" (who headed it, by its
// word), "an injury he said he suffered" (he suffered it). What is said
// lacks that part, and reads as another statement without it.
func inRelativeClause(p *clPara, spS int) bool {
	if spS < 2 || spS >= len(p.toks) || p.toks[spS-1].kind != clWord {
		return false
	}
	sp := &p.src.Tokens[p.toks[spS].tok]
	before := &p.src.Tokens[p.toks[spS-1].tok]
	switch before.Low {
	case "who", "whom", "which", "that":
		// (not "the senator, who said C": there the pronoun speaks; nor
		// "a letter in which he said C", where it is no part of C)
		if spS >= 2 && p.toks[spS-2].kind == clWord && p.src.Tokens[p.toks[spS-2].tok].POS == text.ADP {
			return false
		}
		return before.Tag == "WP" || before.Tag == "WDT"
	}
	// "an injury he said": a noun after its article, then a pronoun that
	// speaks; not "last week he said".
	if sp.POS != text.PRON || !clSubjectPronouns[sp.Low] || before.POS != text.NOUN || clTimeNouns[before.Low] {
		return false
	}
	k := spS - 2
	for k >= 0 && p.toks[k].kind == clWord && p.src.Tokens[p.toks[k].tok].POS == text.ADJ {
		k--
	}
	if k < 0 || p.toks[k].kind != clWord || !clDeterminers[p.toks[k].low] {
		return false
	}
	// Only a noun governed by a preposition after another noun: "suing the
	// studio over an injury he said"; not a phrase of its own, "In a
	// statement he said", nor an object a clause ends on, "asked whether
	// he was taking a risk he replied".
	return k >= 2 && p.toks[k-1].kind == clWord && p.src.Tokens[p.toks[k-1].tok].POS == text.ADP &&
		p.toks[k-2].kind == clWord && p.src.Tokens[p.toks[k-2].tok].POS.IsNominal()
}

// clTimeNouns say when, before a speaker ("that day he said").
var clTimeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "time": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true}

// overlapping tells whether a claim found already in paragraph n overlaps
// the bytes [st, en).
func (x *clExtractor) overlapping(n, st, en int) bool {
	for k := len(x.claims) - 1; k >= 0 && k >= len(x.claims)-64; k-- {
		c := x.claims[k]
		if c.Paragraph == n && c.Start < en && st < c.End {
			return true
		}
	}
	for _, v := range x.void {
		if v.para == n && v.start < en && st < v.end {
			return true
		}
	}
	return false
}

// clTrim trims spaces, and the commas, dashes and colons that close a clause,
// from both ends of text[s:e]; a span that is one quote loses its marks.
func clTrim(text string, s, e int) (int, int) {
	if s < 0 {
		s = 0
	}
	if e > len(text) {
		e = len(text)
	}
	for s < e {
		switch {
		case text[s] == ' ' || text[s] == '\t' || text[s] == '\n' || text[s] == ',' || text[s] == ':':
			s++
			continue
		case strings.HasPrefix(text[s:e], "\u00a0"):
			s += 2
			continue
		}
		break
	}
	for e > s {
		c := text[e-1]
		if c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ':' || c == ';' {
			e--
			continue
		}
		if strings.HasSuffix(text[s:e], "\u00a0") {
			e -= 2
			continue
		}
		if strings.HasSuffix(text[s:e], "—") || strings.HasSuffix(text[s:e], "–") {
			e -= len("—")
			continue
		}
		if c == '-' && e-1 > s && text[e-2] == ' ' {
			e--
			continue
		}
		break
	}
	// One quote and nothing else: drop its marks.
	if e-s >= 2 {
		o, osz := clQuoteMark(text[s:e], true)
		c, csz := clQuoteMark(text[s:e], false)
		if o && c && e-s > osz+csz && !strings.ContainsAny(text[s+osz:e-csz], "“”\"") {
			s, e = s+osz, e-csz
			return clTrim(text, s, e)
		}
		if o && !strings.ContainsAny(text[s+osz:e], "“”\"") {
			// An unclosed quote to the end of the paragraph.
			return clTrim(text, s+osz, e)
		}
	}
	return s, e
}

// clQuoteMark tells whether text starts (or ends) with a double quote mark,
// and its length.
func clQuoteMark(text string, start bool) (bool, int) {
	for _, m := range []string{"“", "”", "\"", "''", "«", "»", "„"} {
		if start && strings.HasPrefix(text, m) || !start && strings.HasSuffix(text, m) {
			return true, len(m)
		}
	}
	return false, 0
}

// sameMention returns a claim of paragraph p found already whose speaker
// mention is the tokens [a, b), else nil.
func (x *clExtractor) sameMention(p *clPara, a, b int) *Claim {
	if a < 0 || b > len(p.toks) || a >= b {
		return nil
	}
	st, en := p.toks[a].s, p.toks[b-1].e
	for i := len(x.claims) - 1; i >= 0 && x.claims[i].Paragraph == p.n; i-- {
		if m := x.claims[i].SpeakerMention; m != nil && m.Paragraph == p.n && m.Start == st && m.End == en {
			return &x.claims[i]
		}
	}
	return nil
}

// measureOnly tells whether the tokens [a, b) of p are one word of digits
// with a unit in lower case after them: "800m", "10,000m", "5km".
func measureOnly(p *clPara, a, b int) bool {
	if a < 0 || a >= b || b > len(p.toks) {
		return false
	}
	w := p.text[p.toks[a].s:p.toks[b-1].e]
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || i > 0 && (w[i] == ',' || w[i] == '.')) {
		i++
	}
	if i == 0 || len(w)-i < 1 || len(w)-i > 3 {
		return false
	}
	for _, r := range w[i:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
