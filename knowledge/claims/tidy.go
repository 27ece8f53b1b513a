package claims

import (
	"sort"
	"strings"

	"github.com/briefbot/briefbot/knowledge/text"
)

// tidySpeakers checks, last, the speakers that no entity stands for ("a
// Home Office spokeswoman", "analysts"): their words as written, read with
// their tags, must make a noun phrase that names someone. A reader repeats
// the speaker shown, so a claim whose speaker is a stray piece of the
// sentence is dropped rather than shown:
//   - a conjunction or a sentence adverb before it is not part of it ("But
//     a spokeswoman" is "a spokeswoman"), nor a participle or an adverb
//     after it ("the documents released", "many observers now");
//   - a verb in it shows that the words are a clause, not a name ("the
//     government shunned opponents'", "Having");
//   - it must end on a noun, a proper noun or a figure, not on an adjective,
//     a preposition or a determiner ("Oxfam senior"), unless it is a word
//     that stands for unnamed people on its own ("some", "many");
//   - "by" in it joins two parties, and which one speaks is not clear
//     ("the firm F-Secure by Google's team"), and so does a determiner
//     right after a noun ("Mr Peston the prime minister");
//   - a first- or second-person pronoun left unresolved is the speaker of
//     a quotation inside another ("I said then…"), already shown as part of
//     that quotation.
//
// Speakers resolved to an entity are the entity's name and are kept. A
// reported claim whose words start with a finite verb lacks its subject
// ("something he says will boost their cause") and is dropped too.
func tidySpeakers(doc *text.Doc, claims []Claim) []Claim {
	paras := map[int]*text.Paragraph{}
	for i := range doc.Paragraphs {
		paras[doc.Paragraphs[i].N] = &doc.Paragraphs[i]
	}
	kept := claims[:0]
	// bad holds the speakers found to name no one: a later claim whose
	// "he" or "the prime minister" was resolved to one of them goes too
	bad := map[string]bool{}
	for _, c := range claims {
		// "something he says will boost their cause": reported words that
		// start with a finite verb lack their subject, and read wrong alone.
		if p := paras[c.Paragraph]; p != nil && p.Tagged && !openedByQuote(p.Text, c.Start) {
			if i := subjectless(p, c.Start); i >= 0 {
				// "said that was impossible": the "that" read as the
				// conjunction is the subject
				if i == 0 || p.Tokens[i-1].Low != "that" {
					continue
				}
				c.Start = p.Tokens[i-1].Start
				c.Content = p.Text[c.Start:c.End]
			}
			// "where they had said they would be": a few reported words
			// that end on an auxiliary say nothing on their own
			if k := lastToken(p, c.End); k >= 0 && p.Tokens[k].POS == text.AUX && len(strings.Fields(c.Content)) <= 4 && !openedByQuote(p.Text, c.Start) {
				continue
			}
		}
		// "S and P cited …": one letter names no one
		if c.SpeakerID == "" && len([]rune(strings.TrimSpace(c.Speaker))) == 1 {
			continue
		}
		m := c.SpeakerMention
		// the speaker as written, perhaps with its first letter lowered
		if c.SpeakerID == "" && m != nil && len(c.Speaker) == len(m.Text) && strings.EqualFold(c.Speaker, m.Text) {
			p := paras[m.Paragraph]
			if p == nil || !p.Tagged {
				kept = append(kept, c)
				continue
			}
			name, start, ok := describedSpeaker(p, m.Start, m.End)
			if !ok {
				bad[c.Speaker] = true
				continue
			}
			if off := start - m.Start; (start != m.Start || name != m.Text) && off >= 0 && off+len(name) <= len(c.Speaker) {
				mm := *m
				mm.Start, mm.End, mm.Text = start, start+len(name), name
				c.Speaker, c.SpeakerMention = c.Speaker[off:off+len(name)], &mm
			}
		}
		if c.SpeakerID == "" && bad[c.Speaker] {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// openedByQuote tells content at byte start of text that a quotation mark
// or a colon opens: a speaker's own words may start anyhow ("Will do," he
// said; "WALLACE: Do you really see …").
func openedByQuote(text string, start int) bool {
	before := strings.TrimRight(text[:min(start, len(text))], " ")
	for _, m := range []string{"\"", "“", "'", "‘", ":"} {
		if strings.HasSuffix(before, m) {
			return true
		}
	}
	return false
}

// lastToken returns the last token of p that ends at or before byte end,
// or -1.
func lastToken(p *text.Paragraph, end int) int {
	return sort.Search(len(p.Tokens), func(i int) bool { return p.Tokens[i].End > end }) - 1
}

// subjectless returns the token that opens reported content at byte start
// of p when it is a finite verb or a modal ("will boost their cause"), or -1.
func subjectless(p *text.Paragraph, start int) int {
	i := sort.Search(len(p.Tokens), func(i int) bool { return p.Tokens[i].End > start })
	if i == len(p.Tokens) || p.Tokens[i].Start != start {
		return -1
	}
	if finiteTag(p.Tokens[i].Tag) {
		return i
	}
	return -1
}

// describedSpeaker reads the speaker written at [start, end) of paragraph
// p and returns it without a leading conjunction or sentence adverb, where it
// starts then, and whether it names someone (see tidySpeakers).
func describedSpeaker(p *text.Paragraph, start, end int) (string, int, bool) {
	lo, hi := len(p.Tokens), len(p.Tokens)
	for i, t := range p.Tokens {
		if t.Start >= start && lo == len(p.Tokens) {
			lo = i
		}
		if t.End > end {
			hi = i
			break
		}
	}
	toks := p.Tokens[min(lo, hi):hi]
	for len(toks) > 0 && (toks[0].POS == text.CCONJ || toks[0].POS == text.PUNCT ||
		toks[0].POS == text.ADV && sentenceAdverbs[toks[0].Low]) {
		toks = toks[1:]
	}
	// "younger voters, in particular": what follows a comma is an aside;
	// a full stop after an abbreviation is no word of the name
	for i, t := range toks {
		if i > 0 && t.Text == "," {
			toks = toks[:i]
			break
		}
	}
	for len(toks) > 1 && toks[len(toks)-1].POS == text.PUNCT {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return "", start, false
	}
	if len(toks) == 1 && toks[0].POS == text.VERB && toks[0].Tag != "VBG" {
		// "aides say": a lone word before the cue is its subject, whatever
		// the tagger thought of it ("Having" is no one)
		return toks[0].Text, toks[0].Start, true
	}
	for i, t := range toks {
		switch {
		case t.POS == text.VERB || t.POS == text.AUX:
			// "the newly elected mayor", "a leading economist", "elected
			// officials from both parties": a participle before the noun
			// it describes is no clause; one after it is cut off below
			if t.Tag != "VBN" && t.Tag != "VBG" || i == 0 && (len(toks) == 1 || toks[1].POS != text.NOUN && toks[1].POS != text.PROPN) {
				return "", start, false
			}
		case t.POS == text.ADP && t.Low == "by":
			return "", start, false
		case t.POS == text.DET && i > 0 && (toks[i-1].POS == text.PROPN || toks[i-1].POS == text.NOUN):
			// "Mr Peston the prime minister": two noun phrases, two people
			return "", start, false
		}
	}
	// "the documents released": a participle after the noun is a clause
	// of its own, not part of who speaks, and so is an adverb ("many
	// observers now")
	for len(toks) > 1 && (toks[len(toks)-1].Tag == "VBN" || toks[len(toks)-1].Tag == "VBG" || toks[len(toks)-1].POS == text.ADV) {
		toks = toks[:len(toks)-1]
	}
	last := toks[len(toks)-1]
	switch last.POS {
	case text.NOUN, text.PROPN, text.NUM, text.SYM: // "42% say"
	case text.PRON:
		if len(toks) == 1 && personalPronouns[last.Low] {
			return "", start, false
		}
	default:
		// "some say", "many believe": unnamed people, as the article has it
		if len(toks) > 1 || !quantifiers[last.Low] {
			return "", start, false
		}
	}
	s := toks[0].Start
	return p.Text[s:last.End], s, true
}

// sentenceAdverbs open a sentence without belonging to its subject.
var sentenceAdverbs = map[string]bool{
	"but": true, "and": true, "yet": true, "however": true, "so": true, "also": true,
	"now": true, "then": true, "meanwhile": true, "still": true, "instead": true,
}

// quantifiers stand for unnamed people on their own: "some say".
var quantifiers = map[string]bool{"some": true, "many": true, "others": true, "few": true, "several": true, "most": true, "all": true, "both": true}

// personalPronouns are the speakers of a quotation inside a quotation.
var personalPronouns = map[string]bool{"i": true, "me": true, "we": true, "us": true, "you": true}

// trimAttribution cuts from the content of c the attribution written inside
// it ("C1, the department said, with C2", "“C1,” says Reddy, “C2”", "C,
// according to X, vice president"): the content keeps the clause before the
// attribution, or the one after it when no clause comes before ("Currently,
// he said, C"); with neither, the content stays whole.
func trimAttribution(doc *text.Doc, c *Claim) {
	m := c.SpeakerMention
	p := doc.Para(c.Paragraph)
	if m == nil || p == nil || !p.Tagged || m.Paragraph != c.Paragraph || m.Start <= c.Start || m.End >= c.End || c.End > len(p.Text) {
		return
	}
	txt := p.Text
	q := strings.LastIndexByte(txt[c.Start:m.Start], ',')
	if q < 0 {
		return
	}
	q += c.Start
	edge := " \"'“”‘’"
	// "C1, he says, will come about": the attribution parts a subject
	// from its verb; either half alone is no statement.
	before := strings.TrimRight(txt[c.Start:q], edge)
	clauseBefore := len(strings.Fields(before)) >= 3 && finiteBetween(p, c.Start, c.Start+len(before)) && !opensSubordinate(p, c.Start) && !endsOpen(p, c.Start+len(before))
	after := -1
	if a := strings.IndexByte(txt[m.End:c.End], ','); a >= 0 {
		after = c.End - len(strings.TrimLeft(txt[m.End+a+1:c.End], edge))
		// "C1, Licht said, but C2": what follows turns what came before;
		// cut, the content would say the reverse. ("C1, he said, and
		// they had also C2" adds a clause of its own: C1 stands alone;
		// so does a C1 that is a clause before any "and": "“C1,” she
		// said, “and with the new rules C2.”")
		if i := sort.Search(len(p.Tokens), func(i int) bool { return p.Tokens[i].End > after }); i < len(p.Tokens) && p.Tokens[i].Start < c.End &&
			(p.Tokens[i].POS == text.VERB || p.Tokens[i].POS == text.AUX ||
				p.Tokens[i].POS == text.CCONJ && !andClause(p, i) && !(p.Tokens[i].Low == "and" && clauseBefore && quotesClosed(before)) && !(clauseBefore && speakersVerb(p, i)) ||
				p.Tokens[i].POS == text.SCONJ && !circumstanceOpener[p.Tokens[i].Low] ||
				p.Tokens[i].Low == "however" || p.Tokens[i].Low == "yet") {
			return
		}
	}
	if clauseBefore {
		c.End = c.Start + len(before)
		c.Content = txt[c.Start:c.End]
		return
	}
	if after < 0 {
		return
	}
	a, rest := after, txt[after:c.End]
	if len(strings.Fields(rest)) >= 3 && finiteBetween(p, a, c.End) && !opensSubordinate(p, a) {
		c.Start = a
		c.Content = txt[c.Start:c.End]
	}
}

// quotesClosed tells whether every quotation opened in s closes in it: a
// content cut inside a quotation ("Oz is “smart as hell,” X wrote, and
// “full of it.”") would stop in the middle of the quoted words.
func quotesClosed(s string) bool {
	return strings.Count(s, "\"")%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”")
}

// andClause tells whether token i of p is an "and" that opens a clause with
// a subject of its own ("and they had also …", "and the bank will …"), not
// a verb or a phrase joined to what came before ("and added", "and
// abroad").
func andClause(p *text.Paragraph, i int) bool {
	if p.Tokens[i].Low != "and" || i+1 >= len(p.Tokens) {
		return false
	}
	for j := i + 1; j < len(p.Tokens) && j <= i+6; j++ {
		switch t := p.Tokens[j]; {
		case finiteTag(t.Tag):
			return j > i+1
		case t.POS == text.PUNCT:
			return false
		}
	}
	return false
}

// circumstanceOpener are the subordinators after an inner attribution that
// open the writer's circumstance, not a turn nor a condition of what came
// before: "C1, union leaders said, as the troubles showed no sign of
// easing" keeps C1.
// ("because" gives the speaker's reason: "C1, Ms Hale said, because C2"
// still says C1)
var circumstanceOpener = map[string]bool{"as": true, "after": true, "amid": true, "because": true}

// speakersVerb tells whether the conjunction at token i of p joins a verb
// with no subject of its own to the attribution before it ("C, the
// sources said, but declined to name buyers", "…, he said, and refused
// to comment"): the verb is the speaker's act, no part of what was said.
func speakersVerb(p *text.Paragraph, i int) bool {
	j := i + 1
	for j < len(p.Tokens) && j <= i+2 && p.Tokens[j].POS == text.ADV {
		j++
	}
	if j >= len(p.Tokens) {
		return false
	}
	// (the tagger may read a past tense there as a participle: "but
	// declined"; a modal too: "but would not elaborate")
	switch p.Tokens[j].Tag {
	case "VBD", "VBZ", "VBP", "MD":
	case "VBN":
		if p.Tokens[j].POS != text.VERB {
			return false
		}
	default:
		return false
	}
	// The verb, past an auxiliary and its "not" ("would not elaborate",
	// "did not give a date"), must tell what the speaker did: a cue, a
	// refusal or a verb of lexicon class "withhold". Any other verb has
	// the content's subject: "C, the bank said, but remains a risk", "…,
	// analysts said, but could face opposition" hedge C.
	for j < len(p.Tokens) && j <= i+6 && (p.Tokens[j].POS == text.AUX || p.Tokens[j].Tag == "MD" || p.Tokens[j].POS == text.PART || p.Tokens[j].POS == text.ADV) {
		j++
	}
	if j >= len(p.Tokens) || p.Tokens[j].POS != text.VERB {
		return false
	}
	lex := claimLexicon()
	lemma := p.Tokens[j].Lemma
	if _, ok := lex.clauseCues[lemma]; ok {
		return true
	}
	return lex.is(lemma, wRefuse|wWithhold) || lex.is(p.Tokens[j].Low, wRefuse|wWithhold)
}

// finiteBetween tells whether the bytes [st, en) of p hold a finite verb or a
// modal, as the tagger reads them: the words are a clause, not a phrase
// ("But later on Saturday", "To understand the ruling").
func finiteBetween(p *text.Paragraph, st, en int) bool {
	for _, t := range p.Tokens {
		if t.Start >= st && t.End <= en && finiteTag(t.Tag) {
			return true
		}
	}
	return false
}

// opensSubordinate tells whether the words at byte st of p open a clause
// that leans on another ("Every time she went …", "which he sees …",
// "because …"): cut there, the content would lose its main clause.
func opensSubordinate(p *text.Paragraph, st int) bool {
	i := sort.Search(len(p.Tokens), func(i int) bool { return p.Tokens[i].End > st })
	if i == len(p.Tokens) {
		return false
	}
	// ("But", "Even", "Now" before the word that opens the clause)
	for i+1 < len(p.Tokens) && (p.Tokens[i].POS == text.CCONJ || p.Tokens[i].POS == text.ADV || p.Tokens[i].POS == text.PUNCT) {
		i++
	}
	t := p.Tokens[i]
	switch t.Low {
	case "which", "who", "whom", "whose", "that", "every", "each", "whenever", "to", "if", "when", "while", "although", "though",
		"because", "unless", "since", "as", "once", "whether":
		return true
	}
	return t.POS == text.SCONJ || t.POS == text.VERB || t.POS == text.AUX || t.POS == text.PART
}

// endsOpen tells whether the word that ends at byte en of p leaves its
// clause open ("… decided had to go since").
func endsOpen(p *text.Paragraph, en int) bool {
	i := sort.Search(len(p.Tokens), func(i int) bool { return p.Tokens[i].End >= en })
	if i == len(p.Tokens) || p.Tokens[i].End != en {
		return false
	}
	switch p.Tokens[i].POS {
	case text.SCONJ, text.CCONJ, text.ADP, text.DET:
		return true
	}
	switch p.Tokens[i].Low {
	case "since", "because", "as", "that", "which", "whether", "while":
		return true
	}
	return false
}
